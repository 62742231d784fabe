"""A tracker's header line in corpus text that names its columns with more than their names: an
aside dating a column ("Update (January 2025)", "Progress (as at 31 March 2025)") and one
column no field is for ("Assurance" beside "Status"):

    Ref Recommendation Action Lead Due Status Assurance Update (January 2025)

No such line reads as header words, so no table is found under it. The tracker reader
(plan.tracker_rows) reads it with the asides taken out and the unnamed column kept in its place
as an extra column (its cells handed on under its printed name); a header the tracker does not
take is printed again as it was, so the other readers see the report as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.dated_names import ASIDE, dated_aside

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

EXTRA = "extra"  # the role of the column no field is for
EXTRA_DATE = "extra_date"  # ... one holding the day a row was closed ("Date closed")
MAX_UNNAMED = 2  # the most such columns a header names (more leave too little to cut the rows by)


class TrackerHeaders:
    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        # (the names, each as its words: "Assurance evidence", "Date closed")
        self.unnamed = {tuple(w.lower().split()) for w in p.list("actions.tracker.unnamed_columns")}
        self.longest = max((len(n) for n in self.unnamed), default=0)
        self.unnamed_words = {w for n in self.unnamed for w in n}
        quarter = p.get("actions.tracker.quarter_label")
        self.quarter = regex.compile(quarter, regex.I) if quarter else None
        self.printed: dict[int, Line] = {}  # each header rewritten, by its line's number: as printed
        self.extra: dict[int, list[tuple[int, str]]] = {}  # ... its unnamed columns: (place, printed name)
        self.dated: dict[int, int] = {}  # ... how many columns its asides date (one update a quarter)

    def _header(self, text: str) -> tuple[str, list[tuple[int, str]] | None] | None:
        """The header's text without its dated asides and its unnamed columns' names, and those
        columns' (place among the columns, printed name); None when the line is no such header."""
        plain = (
            ASIDE.sub(lambda m: "" if dated_aside(m.group(1), self.p) else m.group(), text)
            if "(" in text
            else text
        )
        words = plain.split()
        if plain != text and self.quarter is not None:
            # (a quarter's label before a name its aside dates, "Q2 update (Jul-Sep 2024)", dates
            # the column too)
            words = [w for w in words if not self.quarter.match(w)]
            plain = " ".join(words)
        extras, kept = [], []
        k = 0
        while k < len(words):
            size = self._unnamed_at(words, k)
            if size:
                before = " ".join(kept)
                if not before or not self.cm.is_header_words(before):
                    return None
                # (its place among the columns: the named ones before it, and the unnamed ones)
                extras.append(
                    (len(self.cm.scan(before)) + len(extras), " ".join(words[k : k + size]).strip(".,:"))
                )
                k += size
                continue
            kept.append(words[k])
            k += 1
        if len(extras) > MAX_UNNAMED or (plain == text and not extras):
            return None
        extra = extras or None
        if extras:
            plain = " ".join(kept).strip()
        # (every other word must be a column's name: a word no name holds, "Evidence", is a
        # column the tracker could not place, and its cuts would give its words to the next)
        if not self.cm.is_header_words(plain) or self.cm.unnamed_words(plain):
            return None
        return plain, extra

    def _unnamed_at(self, words: list[str], k: int) -> int:
        """How many words from words[k] name a column no field is for (the longest such name)."""
        for size in range(min(self.longest, len(words) - k), 0, -1):
            if tuple(w.lower().strip(".,:") for w in words[k : k + size]) in self.unnamed:
                return size
        return 0

    def strip(self, lines: list[Line]) -> list[Line]:
        """The lines with every such header read without its asides and unnamed column."""
        out = []
        for ln in lines:
            if ln.cells is None and ("(" in ln.text or self.unnamed_words & set(ln.text.lower().split())):
                got = None if self.cm.is_header_words(ln.text) else self._header(ln.text)
                if got is not None:
                    self.printed[ln.number] = ln
                    self.dated[ln.number] = sum(
                        1 for m in ASIDE.finditer(ln.text) if dated_aside(m.group(1), self.p)
                    )
                    if got[1] is not None:
                        self.extra[ln.number] = got[1]
                    ln = replace(ln, text=got[0])
            out.append(ln)
        return out

    def restore(self, lines: list[Line]) -> list[Line]:
        """The lines with every header rewritten that no table was read under printed again."""
        if not self.printed:
            return lines
        return [self.printed.get(ln.number, ln) if ln.cells is None else ln for ln in lines]
