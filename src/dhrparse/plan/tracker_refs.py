"""A tracker's row refs: the header's agency and numbers columns, the rows they open, the
numbers printed a second time beside an action's."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.header_room import MAX_LINES
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.percent_columns import PERCENT
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_shapes import (
    ABBREVIATED,
    AGENCY_WORDS,
    HEADER_WRAPS,
    NUMBER,
    REVIEW_WORDS,
    ROWS_ASKED,
    extra_role,
    joined_ref,
)
from dhrparse.plan.wrapped_columns import FLAG, agency_beside_officer
from dhrparse.plan.wrapped_refs import wrapped_ref

NUMBER_NAME_WORDS = 3  # the most words naming the recommendation's number column ("Rec ref no.")


class TrackerRefs:
    """Where a tracker's rows open and which numbers are theirs."""

    def _agency_first(self, header: str, cols: list[str]) -> bool:
        """The header opens with the name of a column of who acts, then the ref's ("Agency Ref
        Action ..."): each row's agency printed before its ref, whether another column names the
        lead or none does ("Agency | No. | Action | Target date | Status", the agency the lead)."""
        m = self.who.match(header)
        return bool(m) and self.pl.cm.scan(header[m.end() :])[:1] == ["ref"]

    def _agency_less(self, header: str, name: bool = False) -> str:
        """The header's text after its agency column's name (or, asked so, that name)."""
        m = self.who.match(header)
        return header[: m.end()] if name else header[m.end() :].strip()

    def _header_wraps(self, lines: list[Line], nxt: int, agency: bool) -> tuple[list[str], int]:
        """The header's wrapped lines under its first ("required outcome – completed", "worked?"),
        and the index after them: lines of header words, or of the words that complete a wrapped
        name, up to the first row."""
        wraps, j = [], nxt
        while (
            j < len(lines)
            and len(wraps) < HEADER_WRAPS
            and lines[j].cells is None
            and self.pl.cm.is_wrapped_header_words(lines[j].text)
        ):
            words = self.pl.flat(lines[j].text).split()
            at = self._ref_after_agency(words) if agency else self._ref_at(words, False)
            if at is not None:
                break
            wraps.append(self.pl.flat(lines[j].text))
            j += 1
        return wraps, j

    def _ref_after_agency(self, words: list[str]) -> int | None:
        """Where a row's ref is on a printed line opening a row of an agency-first plan: first,
        or after the agency's name's first words ("Northfell Police 2a Add ..."), each a word of
        letters, the first a capital's, the ref followed by a cell's opening."""
        if words and self.ref.match(words[0]):
            return 0
        for at in range(1, min(AGENCY_WORDS, len(words) - 1) + 1):
            name = words[:at]
            if not all(w.isalpha() for w in name):
                return None
            if (
                name[0][:1].isupper()
                and self.ref.match(words[at])
                and not self.label.match(name[-1])
                and _OPENS.match(words[at + 1])
            ):
                return at
        return None

    def _words_open_rows(self, lines: list[Line], nxt: int) -> bool:
        """The table's first row opens with a recommendation's number in words ("One Publish
        ..."), as the report numbers them."""
        for k in range(nxt, min(nxt + 3, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words:
                return (
                    bool(self.word_ref.match(words[0]))
                    and len(words) > 1
                    and _OPENS.match(words[1]) is not None
                )
        return False

    def _numbers_open_rows(self, lines: list[Line], nxt: int) -> bool:
        """The table's first row opens with a bare number ("1 Draft the ...")."""
        for k in range(nxt, min(nxt + 3, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words:
                return words[0].isdigit() and len(words) > 1 and _OPENS.match(words[1]) is not None
        return False

    def _first_row(self, lines: list[Line], nxt: int) -> int | None:
        """The line the table's first row opens on with a number ("1", "1.", "12.1") and a
        capitalised word, under the lines the header's long names wrap onto ("recommend" /
        "ation", each opening with a small letter); None where the first row opens otherwise."""
        for k in range(nxt, min(nxt + 2 * MAX_LINES, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words and not words[0][:1].islower():
                numbered = (
                    bool(self.ref.match(words[0])) and len(words) > 1 and _OPENS.match(words[1]) is not None
                )
                return k if numbered else None
        return None

    def _asks_first(self, lines: list[Line], nxt: int) -> bool:
        """Some of the first rows opening with a number go on with a recommendation's words
        ("1 The Trust should ..."): a modal among the words their first lines print."""
        seen = 0
        for k in range(nxt, min(nxt + ROWS_ASKED * 8, len(lines))):
            words = self.pl.flat(lines[k].text).lower().split() if lines[k].cells is None else []
            if not words or not words[0].isdigit():
                continue
            if any(w.strip(",.;:") in self.modals for w in words[1:]):
                return True
            seen += 1
            if seen >= ROWS_ASKED:
                break
        return False

    def _flagged_names(
        self, lines: list[Line], i: int, nxt: int, wraps: list[str]
    ) -> list[tuple[str, str]] | None:
        """(role, printed name) of each column of a header naming a completion flag column
        ("Closed (Y/N)"), or a status column only its wrapped words name ("Open/" over "Closed"),
        whose names' wrapped words print on the lines under its first (read with the header as
        printed, up to `nxt`, and `wraps` after): the flag is the status
        column, unless a status column is named too; a column of who acts or one no field is
        for is an extra column. None for any other header."""
        above = [self.pl.flat(lines[k].text) for k in range(i + 1, nxt) if lines[k].cells is None]
        first = self.pl.flat(lines[i].text)
        broken = self.headers.broken.get(lines[i].number)
        if broken is not None:
            # (names a narrow column broke inside a word: read as printed, each rest under its
            # own name, "Evide" / "nce")
            first = self.pl.flat(broken)
            printed = self.headers.printed
            above = [
                self.pl.flat(printed[ln.number].text if ln.number in printed else ln.text)
                for ln in lines[i + 1 : nxt + len(wraps)]
                if ln.cells is None
            ]
            wraps = []
        named = self.named.columns(first, [*above, *wraps])
        if named is None:
            return None
        roles = [r for r, _ in named]
        # (or a status column only its wrapped words name, "Open/" over "Closed")
        # (or a ref column only its wrapped word names, "Action" / "ref": plan.wrapped_refs)
        # (or a percent column whose "complete" wrapped under its "%", plan.percent_columns)
        if (
            FLAG not in roles
            and PERCENT not in roles
            and ("status" not in roles or "status" in self.pl.cm.scan(first))
            and not wrapped_ref(roles, self.pl.cm.scan(first))
        ):
            return None
        status = any(r == "status" for r, _ in named)
        out = []
        named = agency_beside_officer(named, self.who)
        for role, name in named:
            if role == FLAG:
                role = EXTRA if status else "status"
            elif role == EXTRA:
                role = extra_role(name, self.p)
            out.append((role, name))
        return out

    def _second_refs(
        self,
        header: str,
        texts: list[tuple[int, list[str]]],
        pair: list[str] | None = None,
        rag: int = 0,
        under: set[int] | None = None,
    ) -> dict[int, str] | None:
        """A header opening with two names of number columns ("No. Ref"), which the column scan
        reads as one: {row's line: the second number} where every row prints a second number
        after its own ("1 IMR 1 Add a ..."); {} where some rows print one and some do not (the
        columns cannot be told); None where no row prints one (one column named in two words,
        "Ref No.").

        With `rag` columns printed between the two (a RAG colour, "1.1 Blue 1 ..."), the second
        number is read after them, and a row printing none whose own number extends the one
        above's recommendation number ("1.2" under "1") is a later action under a merged
        recommendation cell: it takes that number, its line put in `under`."""
        names = pair or self._number_names(header)
        if not pair and (len(names) < 2 or any(self.pl.cm.scan(n) != ["ref"] for n in names)):
            return None
        seconds, last = {}, None
        for k, words in texts:
            if rag and not all(self._rag_word(w) for w in words[1 : 1 + rag]):
                return {}
            rest = joined_ref(words[1 + rag :], self.ref)
            if len(rest) > 1 and self.ref.match(rest[0]) and _OPENS.match(rest[1]):
                seconds[k] = last = rest[0]
            elif rag and under is not None and last and words[0].startswith(last + "."):
                seconds[k] = last
                under.add(k)
        if not seconds:
            return None
        return seconds if len(seconds) == len(texts) else {}

    def _number_names(self, header: str) -> list[str]:
        """The header's first two names where both name number columns: one word each ("No.
        Ref"), or the second in a few words naming the recommendation's number by the review's
        kind or a number word ("Ref SAR rec", "ID Rec no."), which a one-word split breaks."""
        words = header.split()
        if len(words) < 2 or self.pl.cm.scan(words[0]) != ["ref"]:
            return words[:2]
        size = next(
            (
                n
                for n in range(NUMBER_NAME_WORDS, 1, -1)
                if self.rec_number_header.match(" ".join(words[1 : 1 + n]))
            ),
            1,
        )
        return [words[0], " ".join(words[1 : 1 + size])]

    def _numbers_column(self, header: str, cols: list[str], named, before, pair) -> bool:
        """The header's second name is a short one of the recommendation's ("Rec") after the
        row's number column: it may head the recommendations' numbers only."""
        words = header.split()
        return (
            not before
            and pair is None
            and cols[:3] == ["ref", "recommendation", "action"]
            and len(words) > 2
            and len(words[1].rstrip(".")) <= ABBREVIATED
            and self.pl.cm.scan(words[1]) == ["recommendation"]
            and (named is None or [r for r, _ in named[:2]] == ["ref", "recommendation"])
        )

    def _named_numbers(self, name: str, texts: list[tuple[int, list[str]]]) -> dict[int, str] | None:
        """{row's line: its recommendation's number} where every row prints one after its own,
        bare or after the column's short name ("1.2 Rec 1 Ask ...", "1.2 1 Ask ..."); else None."""
        out = {}
        short = name.lower().rstrip(".")
        for k, words in texts:
            named = len(words) > 3 and words[1].lower().rstrip(".") == short
            number = words[2 if named else 1] if len(words) > 2 else ""
            after = words[3 if named else 2] if len(words) > 3 else ""
            if not (NUMBER.fullmatch(number.rstrip(".")) and _OPENS.match(after)):
                return None
            out[k] = f"{words[1]} {number}" if named else number
        return out

    def _reviewed_refs(self, texts: list[tuple[int, list[str]]], places: dict[int, int]) -> dict[int, str]:
        """{row's line: its recommendation's number} where every row prints one after its id and
        its review's first words ("BSP-071 BSP 1 Brackwater ..."), its place put in `places`;
        {} otherwise (the columns cannot be told)."""
        seconds = {}
        for k, words in texts:
            at = next(
                (
                    t
                    for t in range(2, min(2 + REVIEW_WORDS, len(words) - 1))
                    if self.ref.match(words[t])
                    and _OPENS.match(words[t + 1])
                    and not self.ref.match(words[t + 1])
                ),
                None,
            )
            if at is None:
                return {}
            seconds[k], places[k] = words[at], at
        return seconds
