"""A delivery grid's header in plain pdftotext (no -layout), which prints a table's names one a
line and each row a line at a time across its cells (plan.line_rounds reads such tables):

    Ref / Action / Lead / Q1 / Q2 / Q3 / Q4 / Status / 2025/26 / 2025/26 / 2025/26 / 2025/26
    1.1 / Add questions on harm ... / Principal Social Worker, / ● / Complete / carer's ...

or, on a page whose header prints each name whole, "Q1" / "2025/26" / "Q2" / "2025/26" ....
A mark printed alone on its line says nothing of the period it marks (the columns' places are
gone), so the grid is no column a reader could cut: its labels and their years are taken out of
the header, and the marks printed alone under it (or closing a lead's line, "Domestic Abuse
Coordinator ●") taken out of the rows, so the plan's other cells read as a plan without the
grid. The targets stay unread, told at the grid's header on each page it prints
(`plan_cells_untold`): unread beats wrong. Read only where the labels run period after period,
as many years as labels print among them and nothing else but header names, and what the header
names without them is a plan's header (plan.grid_lines reads the grid in corpus text, its
cells joined on each line).
"""

from __future__ import annotations

from dataclasses import replace

from dhrparse.document import BLANK, Line
from dhrparse.plan.grid_lines import MIN_PERIODS, ROW_REACH, GridLines

NAMES_BEFORE = 6  # printed lines of header names before the grid's first label, at most
UNTOLD = "a delivery grid's marks printed a line at a time say no period: the rows' targets were not read"


class GridRounds(GridLines):
    taken: frozenset[int] = frozenset()  # the numbers of the lines taken out (they leave no gap)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        printed = [
            i for i, ln in enumerate(lines) if ln.kind != BLANK and ln.text.strip() and ln.cells is None
        ]
        texts = [lines[i].text.strip() for i in printed]
        dropped: set[int] = set()
        new: dict[int, str] = {}
        reach = -1  # the last printed line a grid's marks may reach
        n = 0
        while n < len(printed):
            header = self._grid(texts, n)
            if header:
                dropped.update(printed[k] for k in header)
                reach = header[-1] + ROW_REACH
                if not self.warnings or self.warnings[-1][1].page != lines[printed[n]].page:
                    self.warnings.append((UNTOLD, lines[printed[n]]))
                n = header[-1] + 1
                continue
            if n <= reach:
                words = texts[n].split()
                if len(words) == 1 and self.mark.match(words[0]):
                    dropped.add(printed[n])
                    reach = n + ROW_REACH
                elif len(words) > 2 and len(words[-1]) == 1 and self.mark.match(words[-1]):
                    new[printed[n]] = " ".join(words[:-1])  # (a mark closing a lead's first line)
                    reach = n + ROW_REACH
            n += 1
        self.taken = frozenset(lines[k].number for k in dropped)
        if not dropped:
            return lines
        return [
            replace(ln, text=new[k]) if k in new else ln for k, ln in enumerate(lines) if k not in dropped
        ]

    def _grid(self, texts: list[str], n: int) -> list[int]:
        """The printed lines (indices into `texts`) of a grid's labels and years whose first label
        is line n, or [] where none opens there."""
        if self._label(texts[n]) is None or " " in texts[n]:
            return []
        labels, years, names = [n], [], []
        k = n + 1
        while k < len(texts) and len(years) < MIN_PERIODS * 8:
            text = texts[k]
            if " " not in text and self._label(text) is not None:
                if not self._follows(texts[labels[-1]], text):
                    break
                labels.append(k)
            elif self.year.match(text):
                years.append(k)
            elif not years and self.cm.is_header_words(text) and self.cm.scan(text):
                names.append(k)  # (a header name printed among the labels, "Status")
            else:
                break
            if len(years) == len(labels) and (k + 1 >= len(texts) or self._label(texts[k + 1]) is None):
                break
            k += 1
        if len(labels) < MIN_PERIODS or len(years) != len(labels):
            return []
        before = [t for t in texts[max(0, n - NAMES_BEFORE) : n] if self.cm.is_header_words(t)]
        header = " ".join([*before, *(texts[k] for k in names)])
        if not self.cm.is_header_words(header) or len(self.cm.scan(header)) < 3:
            return []
        return sorted(labels + years)


__all__ = ["UNTOLD", "GridRounds"]
