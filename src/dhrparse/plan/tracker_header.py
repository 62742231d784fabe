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


class TrackerHeaders:
    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        self.unnamed = {w.lower() for w in p.list("actions.tracker.unnamed_columns")}
        quarter = p.get("actions.tracker.quarter_label")
        self.quarter = regex.compile(quarter, regex.I) if quarter else None
        self.printed: dict[int, Line] = {}  # each header rewritten, by its line's number: as printed
        self.extra: dict[int, tuple[int, str]] = {}  # ... its unnamed column: (place, printed name)
        self.dated: dict[int, int] = {}  # ... how many columns its asides date (one update a quarter)

    def _header(self, text: str) -> tuple[str, tuple[int, str] | None] | None:
        """The header's text without its dated asides and its unnamed column's word, and that
        column's (place among the columns, printed name); None when the line is no such header."""
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
        unnamed = [k for k, w in enumerate(words) if w.lower().strip(".,:") in self.unnamed]
        if len(unnamed) > 1 or (plain == text and not unnamed):
            return None
        extra = None
        if unnamed:
            k = unnamed[0]
            before, after = " ".join(words[:k]), " ".join(words[k + 1 :])
            if not before or not self.cm.is_header_words(before):
                return None
            extra = (len(self.cm.scan(before)), words[k].strip(".,:"))
            plain = " ".join([before, after]).strip()
        # (every other word must be a column's name: a word no name holds, "Evidence", is a
        # column the tracker could not place, and its cuts would give its words to the next)
        if not self.cm.is_header_words(plain) or self.cm.unnamed_words(plain):
            return None
        return plain, extra

    def strip(self, lines: list[Line]) -> list[Line]:
        """The lines with every such header read without its asides and unnamed column."""
        out = []
        for ln in lines:
            if ln.cells is None and ("(" in ln.text or self.unnamed & set(ln.text.lower().split())):
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
