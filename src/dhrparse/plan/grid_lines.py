"""A delivery grid's header in text taken out a printed line at a time (corpus text: the cells of a
line joined by single spaces), its period columns' labels among the names and each label's year on
the line under it (plan.delivery_grid reads the grid on PDF and Word):

    Ref Action Lead Q1 Q2 Q3 Q4 Status
    2025/26 2025/26 2025/26 2025/26
    1.1 Add questions on harm from the cared-for person to the Principal Social Worker, ● Complete

Where a row's mark stands among its joined cells says nothing of the period it marks (the columns'
widths are gone), so the grid is no column a reader could cut: the header is rewritten without the
period labels and their years, and a mark standing alone between two words of a row under it is
taken out of the row's first line (opening with its ref), so the plan's other cells read as a plan
without the grid. The targets stay unread, told at the grid's header on each page it prints
(`plan_cells_untold`): unread beats wrong. Read only where the labels run period after period (Q1 Q2
Q3 in order, or months in the calendar's order), the line under the header holds one year for each
label and nothing else (but the first name's closing mark, "No" over "."), and what the header names
without them is a plan's header.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import BLANK, Line

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MIN_PERIODS = 2  # one dated name is a column of its own, not a grid
ROW_REACH = 8  # printed lines a row's wrapped cells take at most, between two marked rows
UNTOLD = "a delivery grid's marks printed among a row's joined cells say no period: the rows' targets were not read"


class GridLines:
    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        self.quarter = p.joined("actions.plan.delivery_grid.quarter_label")
        self.year = p.joined("actions.plan.delivery_grid.label_year")
        self.mark = p.joined("actions.plan.delivery_grid.mark", flags=0)
        self.opening = p.joined("actions.plan.delivery_grid.row_opening", flags=0)
        self.months = {name.lower(): number for name, number in (p.get("dates.months") or {}).items()}
        self.warnings: list[tuple[str, Line]] = []

    def rewrite(self, lines: list[Line]) -> list[Line]:
        printed = [
            i for i, ln in enumerate(lines) if ln.kind != BLANK and ln.text.strip() and ln.cells is None
        ]
        new: dict[int, str] = {}
        reach = -1  # the last printed line a grid's rows may reach
        for n, i in enumerate(printed[:-1]):
            header = self._header(lines[i].text, lines[printed[n + 1]].text)
            if header is not None:
                new[i], new[printed[n + 1]] = header, ""
                reach = n + 1 + ROW_REACH
                if not self.warnings or self.warnings[-1][1].page != lines[i].page:
                    self.warnings.append((UNTOLD, lines[i]))
            elif n <= reach and i not in new and (unmarked := self._unmarked(lines[i].text)) is not None:
                new[i], reach = unmarked, n + ROW_REACH
        if not new:
            return lines
        return [
            replace(ln, text=new[k]) if k in new else ln for k, ln in enumerate(lines) if new.get(k) != ""
        ]

    def _header(self, text: str, below: str) -> str | None:
        """The header's words without the grid's labels, where the line under it holds their years."""
        pieces = below.split()
        if len(pieces) < MIN_PERIODS or not self.year.match(pieces[-1]):  # (most lines: no years under them)
            return None
        words = text.split()
        first, count = self._run(words)
        years = [y for y in pieces if self.year.match(y)]
        if count < MIN_PERIODS or len(years) != count:
            return None
        if pieces[0] != years[0]:  # (the first name's closing mark wrapped under it: "No" / ".")
            if len(pieces) != count + 1 or not first or not self.cm.names_exactly(words[0] + pieces[0]):
                return None
            words = [words[0] + pieces[0], *words[1:]]
        elif len(pieces) != count:
            return None
        rest = " ".join(words[:first] + words[first + count :])
        return rest if self.cm.is_header_words(rest) and len(self.cm.scan(rest)) >= 3 else None

    def _run(self, words: list[str]) -> tuple[int, int]:
        """Where the longest run of period labels in order opens, and how many it holds."""
        best = (0, 0)
        for k in range(len(words)):
            n = 0
            while k + n < len(words) and self._label(words[k + n]) is not None:
                if n and not self._follows(words[k + n - 1], words[k + n]):
                    break
                n += 1
            best = max(best, (k, n), key=lambda b: b[1])
        return best

    def _label(self, word: str) -> int | None:
        """The label's place in its year: a quarter 1-4, a month 1-12 (as 100 + month)."""
        if self.quarter.match(word):
            return int(word[-1])
        month = self.months.get(word.lower().rstrip("."))
        return 100 + month if isinstance(month, int) and word[:1].isupper() else None

    def _follows(self, before: str, after: str) -> bool:
        a, b = self._label(before), self._label(after)
        if a is None or b is None or (a > 100) != (b > 100):
            return False
        return b == a + 1 or (a == 112 and b == 101)

    def _unmarked(self, text: str) -> str | None:
        """A row's first line (opening with its ref) with the one mark standing alone between two
        of its words taken out."""
        words = text.split()
        if not words or not self.opening.match(words[0]):
            return None
        marks = [k for k, w in enumerate(words) if 0 < k < len(words) - 1 and self.mark.match(w)]
        if len(marks) != 1 or len(words[marks[0]]) != 1:
            return None
        return " ".join(words[: marks[0]] + words[marks[0] + 1 :])


__all__ = ["UNTOLD", "GridLines"]
