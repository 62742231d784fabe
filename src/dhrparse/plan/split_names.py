"""A plan table's header whose narrow columns break their names mid-word, in text taken out a
printed line at a time (every printed line followed by a blank line, the cells of a line joined
by single spaces).

A column too narrow for its name prints it over two or three lines, broken inside the word
("Recommendat" over "ion", "Actio" over "n"), and the other columns' header words share those
printed lines:

    Ref Recommendat Action Lead Target date RAG
    ion agency

No such line reads as header words, so the header is never found. Each word of a header line
that is no header word is joined to a word of the next printed line (the first, left to right,
that makes a column-heading word with it: "Recommendat" + "ion"), and that word is taken off
the next line. The lines are rewritten only when every word of the first line then reads as a
header word; the next lines keep what is left of them (a line left empty is dropped).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import BLANK, Line
from dhrparse.plan.tables import vocabulary_word, vocabulary_words

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

MAX_LINES = 6  # the most printed lines one header runs over
MIN_KNOWN = 2  # header words the first line prints whole (a sentence's broken word is no header)
BROKEN_HEADER = "a plan table's header breaks its column names mid-word; its rows, their cells joined on each line, were not read"


class SplitNames:
    def __init__(self, cm: ColumnMap):
        self.cm = cm
        # each header rewritten, by its first line's number: its printed lines as they were
        self.blocks: dict[int, list[Line]] = {}
        self._joined_at: set[int] = set()  # the words `_joined` made whole, by place
        self._taken_at: dict[int, int] = {}  # ... and where on the line below their piece was

    def _known(self, token: str) -> bool:
        return all(w in self.cm.vocabulary for w in vocabulary_words(token))

    def _joined(
        self, tokens: list[str], below: list[str], further: list[str] | None = None
    ) -> tuple[list[str], list[str], list[str] | None] | None:
        """The line's tokens with every unknown word joined to a word below (or, broken over
        three lines, to a word below and one on the line after: "Recom" / "mendati" / "on"),
        and what is left on those lines; None when an unknown word finds no word that
        completes it."""
        out, left, start = [], list(below), 0
        rest, after = (list(further) if further is not None else None), 0
        for token in tokens:
            if self._known(token):
                out.append(token)
                continue
            for k in range(start, len(left)):
                whole = token + left[k]
                if vocabulary_word(left[k]) and vocabulary_word(whole) in self.cm.vocabulary:
                    m = None
                else:
                    m = self._third(whole, left[k], rest, after)
                    if m is None:
                        continue
                self._joined_at.add(len(out))
                self._taken_at[len(out)] = k
                del left[k]
                start = k
                if m is not None and rest is not None:
                    whole += rest.pop(m)
                    after = m
                out.append(whole)
                break
            else:
                return None
        return out, left, rest

    def _third(self, part: str, middle: str, rest: list[str] | None, start: int) -> int | None:
        """Where on the third line the last piece of a word broken over three lines stands
        ("Recom" / "mendati" / "on"): the first two pieces the start of a header word, the
        middle piece no word of its own (a bare run of small letters), and a piece on the third
        line, from `start` on, completing the word; None when there is none."""
        if rest is None or not middle.isalpha() or not middle.islower():
            return None
        if middle in self.cm.vocabulary or vocabulary_word(part) not in self.cm.word_prefixes:
            return None
        for m in range(start, len(rest)):
            piece = rest[m]
            if piece.isalpha() and piece.islower() and vocabulary_word(part + piece) in self.cm.vocabulary:
                return m
        return None

    def _block(self, texts: list[str]) -> list[str] | None:
        """A header's printed lines with their broken words joined, or None when they are no
        header broken so."""
        tokens = [t.split() for t in texts]
        first = tokens[0]
        known = sum(1 for t in first if self._known(t))
        if known < MIN_KNOWN or known == len(first):
            return None
        joined_any = False
        first_joined: set[int] = set()
        first_taken: dict[int, int] = {}
        for k in range(len(tokens) - 1):
            self._joined_at, self._taken_at = set(), {}
            if all(self._known(t) for t in tokens[k]):
                if k == 0:
                    break
                continue
            got = self._joined(tokens[k], tokens[k + 1], tokens[k + 2] if k + 2 < len(tokens) else None)
            if got is None:
                if k == 0:
                    return None
                break
            tokens[k], tokens[k + 1], third = got
            if third is not None:
                tokens[k + 2] = third
            joined_any = True
            if k == 0:
                first_joined, first_taken = self._joined_at, dict(self._taken_at)
        if not joined_any or not all(self._known(t) for t in tokens[0]):
            return None
        # a joined name printed beside the same name ("Actio" over "n no." beside "Action"): the
        # header's two columns cannot be told apart by their names, and its rows are not read
        names = [vocabulary_word(t) for t in tokens[0]]
        for a in range(len(names) - 1):
            if names[a] == names[a + 1] and {a, a + 1} & first_joined:
                if not self._numbered(tokens, a if a in first_joined else a + 1, first_taken):
                    return None
                names = [vocabulary_word(t) for t in tokens[0]]
        # (a line nothing was joined to or taken from keeps its text as printed)
        return [" ".join(t) if t != old.split() else old for t, old in zip(tokens, texts)]

    def _numbered(self, tokens: list[list[str]], a: int, taken: dict[int, int]) -> bool:
        """The joined name at `a`, printed beside the same name, completed by the word its piece
        wrapped beside on the line below into another column's name ("Actio" over "n no." beside
        "Action": "Action no.", the actions' number column): that word is taken into it. False
        when the word makes no other column's name (two columns the names cannot tell apart)."""
        below = tokens[1]
        k = taken.get(a)
        if k is None or k >= len(below):
            return False
        name = f"{tokens[0][a]} {below[k]}"
        field = self.cm.field_of(name)
        if field is None or field == self.cm.field_of(tokens[0][a]) or not self._known(name):
            return False
        tokens[0][a] = name
        del below[k]
        return True

    def rewrite(self, lines: list[Line]) -> list[Line]:
        printed = [
            i for i, ln in enumerate(lines) if ln.kind != BLANK and ln.text.strip() and ln.cells is None
        ]
        new: dict[int, str] = {}
        for n, i in enumerate(printed):
            if i in new or self.cm.is_header_words(lines[i].text):
                continue
            if n and self.cm.is_header_words(lines[printed[n - 1]].text):
                continue  # (the lower lines of a header whose first line reads whole as printed)
            run = printed[n : n + MAX_LINES]
            got = self._block([lines[j].text for j in run])
            if got is None or not self.cm.is_header_words(got[0]):
                continue
            changed = [j for j, text in zip(run, got) if text != lines[j].text]
            for j in changed:
                new[j] = got[run.index(j)]
            self.blocks[lines[i].number] = [lines[j] for j in changed]
        if not new:
            return lines
        out = []
        for i, ln in enumerate(lines):
            text = new.get(i)
            if text is None:
                out.append(ln)
            elif text:
                out.append(replace(ln, text=text))
        return out

    def restore_unread(self, lines: list[Line]) -> tuple[list[Line], list[int]]:
        """The lines with every rewritten header no corpus-text reader took (its first line not
        made a cell row) printed again as it was: the plan walk cannot read such a table's
        joined cells, and a wrong row is worse than none. Also the numbers of those headers."""
        unread = {n for n in self.blocks if any(ln.number == n and ln.cells is None for ln in lines)}
        if not unread:
            return lines, []
        old = {ln.number: ln for n in unread for ln in self.blocks[n]}
        out = [old.pop(ln.number, ln) for ln in lines]
        for ln in sorted(old.values(), key=lambda ln: ln.number):  # (lines left empty and dropped)
            at = next((k for k, o in enumerate(out) if o.number > ln.number), len(out))
            out.insert(at, ln)
        return out, sorted(unread)
