"""A plan table's header printed over two or three lines in text taken out a printed line at a
time (the cells of a line joined by single spaces), its narrow columns' names going on below
the first line: a word broken inside ("Acti" / "on", "Comple" / "te") or a name's last word
("Rec" / "no.", "Target" / "date", "Completed" / "(Y/N)").

    Rec Recommendation Acti Action Lead agency Target Progress RAG
    no. on
    no.

Read as printed, the first line names a column twice or not at all ("Action Action": the
actions' number column beside the action's), or names no column with its broken word, and the
lines under it read as more columns at the header's end. Each piece printed below is given
back to the name it goes on: the pieces of one printed line go to the names in the order they
print, a broken word's piece to a broken word it completes (a column's name, or a completion
flag's, "Complete (Y/N)"), a name's last word to a name it makes another column's name with
("Rec no."), a name printed twice beside itself first (its two columns need two names). The
header is rewritten as one line only where every piece finds its name, every name is then
whole, and the first line as printed broke a word or named a column twice beside itself;
other headers are left to the readers that read them as printed. Run after plan.split_names,
which joins a word broken over two lines where the rest of the header reads as printed; a
header rewritten here that no reader takes is printed again as it was (`restore_unread`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import BLANK, Line
from dhrparse.plan.name_runs import done_made, name_runs, names_more
from dhrparse.plan.tables import vocabulary_word, vocabulary_words

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MAX_BELOW = 2  # the lines a header's names go on over, under its first line
MIN_NAMED = 3  # the columns the first line names as printed (fewer: no plan's header)


class HeaderTails:
    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm = cm
        self.flag = p.regexes("actions.completion_flag_header")
        self.done = p.regexes("actions.completion_date_header")  # ("Date signed off")
        self.ran = False  # (the header being read had a long name's last words given back)
        # each header rewritten, by its first line's number: its printed lines as they were
        self.blocks: dict[int, list[Line]] = {}

    def _known(self, token: str) -> bool:
        words = vocabulary_words(token)
        return bool(words) and all(w in self.cm.vocabulary for w in words)

    def _broken(self, token: str) -> bool:
        """A word a narrow column broke: the start of a header word, no word of its own."""
        w = vocabulary_word(token)
        return token.isalpha() and not self._known(token) and w in self.cm.word_prefixes

    def _whole(self, name: str) -> bool:
        """A name the header's pieces may make: a column's name, a completion flag's or the
        completion day's ("Date" / "completed")."""
        if any(rx.search(name) for rx in (*self.flag, *self.done)):
            return True
        return len(self.cm.scan(name)) == 1 and not self.cm.unnamed_words(name)

    def _completes(self, token: str, piece: str) -> bool:
        """A broken word `token` completed, or carried on, by `piece` ("Acti" + "on")."""
        if not (self._broken(token) and piece.isalpha() and piece.islower()):
            return False
        whole = token + piece
        return vocabulary_word(whole) in self.cm.vocabulary or self._whole(whole) or self._broken(whole)

    def _place(self, names: list[str], pieces: list[str], above: set[int]) -> set[int] | None:
        """The pieces of one printed line given to `names` (changed in place), and the places
        of the names they went to: None when one finds no name. `above`: the places of the
        names the line above went on (narrow columns, whose names go on further)."""
        at: list[int | None] = [None] * len(pieces)
        start = 0
        for n, piece in enumerate(pieces):  # (a broken word's pieces first: they fix the order)
            k = next((k for k in range(start, len(names)) if self._completes(names[k], piece)), None)
            if k is not None:
                at[n], start = k, k
                names[k] += piece
        for n, piece in enumerate(pieces):
            if at[n] is not None:
                continue
            # (a piece printed before a broken word's piece is another column's, further left)
            low = max((a for a in at[:n] if a is not None), default=0)
            high = min((a - 1 for a in at[n + 1 :] if a is not None), default=len(names) - 1)
            fits = [
                k
                for k in range(low, high + 1)
                if not self._broken(names[k])
                and vocabulary_word(piece) not in vocabulary_words(names[k])
                and self._whole(f"{names[k]} {piece}")
            ]
            if not fits:
                # (a long name's last words, "Evidence of" / "completion", "Date" / "signed off")
                run = name_runs(self, names, pieces, at, n, low, high)
                if run is None:
                    return None
                self.ran = True
                continue
            # (a completion flag's "(Y/N)" closes its name, as "completed" the completion day's
            # "Date"; a narrow column's name goes on
            # below where it went on before; a name printed twice beside itself needs more)
            done = [] if self._names_column(names, fits, piece) else self._done_names(names, fits, piece)
            flag = [k for k in fits if any(rx.search(f"{names[k]} {piece}") for rx in self.flag)]
            below = [k for k in fits if k in above]
            twice = [k for k in fits if names[k] in names[max(0, k - 1) : k] + names[k + 1 : k + 2]]
            at[n] = k = (done or flag or below or twice or fits)[0]
            names[k] = f"{names[k]} {piece}"
        return {k for k in at if k is not None}

    def _names_column(self, names: list[str], fits: list[int], piece: str) -> bool:
        """A piece that makes one of the names a column's own name ("Evidence of" / "completion")."""
        return any(
            len(self.cm.scan(f"{names[k]} {piece}")) == 1 and not self.cm.unnamed_words(f"{names[k]} {piece}")
            for k in fits
        )

    def _done_names(self, names: list[str], fits: list[int], piece: str) -> list[int]:
        """The names the piece makes the completion day's ("Date" / "completed")."""
        return [k for k in fits if any(rx.search(f"{names[k]} {piece}") for rx in self.done)]

    def _block(self, texts: list[str]) -> str | None:
        """The header printed on `texts` as one line, or None when it is no header so printed."""
        names = texts[0].split()
        if len(set(self.cm.scan(texts[0]))) < MIN_NAMED:
            return None
        if not all(self._known(t) or self._broken(t) for t in names):
            return None
        broken = any(self._broken(t) for t in names)
        twice = any(a == b for a, b in zip(names, names[1:]))
        above: set[int] = set()
        self.ran = False
        for text in texts[1:]:
            got = self._place(names, text.split(), above)
            if got is None:
                return None
            above = got
        if any(self._broken(t) for t in names):
            return None
        got = " ".join(names)
        more = names_more(self.cm, texts[0], got, self.done)
        # (a name still printed twice beside itself: the header only where a long name's last
        # words were given back, "Action" beside "Action owner"; a header with no broken word and
        # no name printed twice only where its lines below make it name more columns)
        ran = self.ran or done_made(self.done, texts[0], got)
        if any(a == b for a, b in zip(names, names[1:])) and not (ran and more):
            return None
        if not (broken or twice or more):
            return None
        return got

    def _header_words(self, first: str, got: str) -> bool:
        """Every word of the rewritten header a column's, or the completion day's name finished
        below a first line of header words ("... Target Date" / "completed")."""
        return self.cm.is_header_words(got) or (
            self.cm.is_header_words(first) and done_made(self.done, first, got)
        )

    def _lower(self, text: str, width: int) -> bool:
        """A line that may hold a header's pieces: short, every piece a header word, a word's
        broken piece (small letters) or a completion flag's "(Y/N)"."""
        tokens = text.split()
        if not tokens or len(tokens) > width:
            return False
        return all(
            self._known(t)
            or (t.isalpha() and t.islower())
            or any(rx.search(f"completed {t}") for rx in self.flag)
            for t in tokens
        )

    def rewrite(self, lines: list[Line]) -> list[Line]:
        printed = [
            i for i, ln in enumerate(lines) if ln.kind != BLANK and ln.text.strip() and ln.cells is None
        ]
        new: dict[int, str] = {}
        for n, i in enumerate(printed):
            width = len(lines[i].text.split())
            below = []
            for j in printed[n + 1 : n + 1 + MAX_BELOW]:
                if not self._lower(lines[j].text, width):
                    break
                below.append(j)
            got = self._block([lines[j].text for j in [i, *below]]) if below else None
            if got is None or not self._header_words(lines[i].text, got):
                continue
            new[i] = got
            new.update({j: "" for j in below})
            self.blocks[lines[i].number] = [lines[j] for j in [i, *below]]
        if not new:
            return lines
        return [
            replace(ln, text=new[k]) if k in new else ln for k, ln in enumerate(lines) if new.get(k) != ""
        ]

    def restore_unread(self, lines: list[Line]) -> list[Line]:
        """The lines with every rewritten header no reader took (its first line not made a cell
        row) printed again as it was: its rows were not read under the names given back."""
        unread = {n for n in self.blocks if any(ln.number == n and ln.cells is None for ln in lines)}
        if not unread:
            return lines
        old = {ln.number: ln for n in unread for ln in self.blocks[n]}
        out = [old.pop(ln.number, ln) for ln in lines]
        for ln in sorted(old.values(), key=lambda ln: ln.number):  # (the lower lines, dropped)
            at = next((k for k, o in enumerate(out) if o.number > ln.number), len(out))
            out.insert(at, ln)
        return out
