"""A plan set as one two-column label table per recommendation ("Recommendation 1 | <text>", "Lead
agency", "Lead officer", "Actions", "Target dates", "Update, January 2026"), as plain pdftotext
prints it: each page's label column as one stack of labels, every table's on the page one after
another, then the value column's cells in the same order.

Nothing printed parts one value from the next but what each holds, so the stacks give the labels'
order and each value is read by its kind: the recommendation's words run to the first line that
ends a sentence; a value whose first line opens a lettered item ("(a) ...") runs over its items
and the lines wrapped under them (opening in lower case) until the letters start again or a line
opens with a capital; any other value is one line. A page break may part a table's labels over two
stacks: the labels are read as one series and the values as one series, so a table's rest on the
next page reads on. The tables are read only where every label takes a value, the tables' lettered
cells each count as many items, and at least MIN_TABLES tables so read; each label and its value
then become a two-cell row, as a PDF's table gives it, for plan.labelled_blocks to read. A line
printed among the values that the document prints elsewhere too (a running foot) is no value and
is kept after the rows, as printed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from dhrparse.plan.key_values import without_aside
from dhrparse.plan.layouts import cells_line

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap

MIN_TABLES = 2  # one table says nothing by its order
MIN_LABELS = 3  # a table's labels at least, the recommendation's among them
MAX_SENTENCE_LINES = 8  # a recommendation's words printed over so many lines at most
_NUMBERED = regex.compile(r"^(?P<label>\p{Lu}\p{Ll}+) \d{1,2}(?:\.\d{1,2})?[a-z]?$")  # "Recommendation 2"
_LETTER = regex.compile(r"^\((?P<letter>[a-z])\)\s")  # a lettered item's mark: "(a) "
_YEAR = regex.compile(r"^(?:19|20)\d\d$")  # a label's dating aside wrapped: "Update, January" / "2026"


class LabelStacks:
    """Label tables printed as stacks of labels, then their values, to two-cell rows."""

    def __init__(self, cm: ColumnMap, on: bool):
        self.cm, self.on = cm, on

    def field_of(self, text: str) -> str | None:
        """The field a label line names exactly, its dating aside aside; "Recommendation 2" the
        recommendation's."""
        text = text.strip()
        m = _NUMBERED.match(text)
        name = m.group("label") if m else without_aside(text)
        return self.cm.field_of(name) if self.cm.names_exactly(name) else None

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        repeated = Counter(ln.text.strip() for ln in lines if ln.cells is None)
        i = 0
        while i < len(lines):
            read = self._tables(lines, i, repeated) if self._opens_stack(lines, i) else None
            if read is None:
                i += 1
                continue
            end, rows = read
            lines = [*lines[:i], *rows, *lines[end:]]
            i += len(rows)
        return lines

    def _opens(self, ln: Line) -> bool:
        return (
            ln.cells is None
            and bool(_NUMBERED.match(ln.text.strip()))
            and self.field_of(ln.text) == "recommendation"
        )

    def _opens_stack(self, lines: list[Line], i: int) -> bool:
        """A table's number line with a label under it: a stack of labels opens at i."""
        return self._opens(lines[i]) and self._stack_at(lines, i)

    def _label_at(self, lines: list[Line], k: int) -> tuple[str, int] | None:
        """(the label, the lines it takes) of a label line at k, a wrapped year taken with it."""
        ln = lines[k]
        if ln.cells is not None:
            return None
        text = ln.text.strip()
        nxt = lines[k + 1].text.strip() if k + 1 < len(lines) and lines[k + 1].cells is None else ""
        if _YEAR.match(nxt) and "," in text and self.field_of(f"{text} {nxt}"):
            return f"{text} {nxt}", 2
        return (text, 1) if self.field_of(text) else None

    def _split(
        self, lines: list[Line], i: int, repeated: Counter
    ) -> tuple[list, list[Line], list[Line], int]:
        """(labels as (name, line), the value lines, the loose lines, the index after the region)
        from the first stack at i: stacks and values alternate until a line that is neither
        follows the values (the report's text after the tables)."""
        labels: list[tuple[str, Line]] = []
        values: list[Line] = []
        loose: list[Line] = []
        k, stacked = i, -1  # (the index after the last label taken: a stack's next label follows it)
        while k < len(lines) and lines[k].cells is None:
            got = self._label_at(lines, k)
            if got is not None and (
                k == stacked or self._stack_at(lines, k) or labels and not values or _apart(lines, k, got[1])
            ):
                labels.append((got[0], lines[k]))
                k = stacked = k + got[1]
            elif repeated[lines[k].text.strip()] > 1 and _apart(lines, k):
                loose.append(lines[k])
                k += 1
            else:
                values.append(lines[k])
                k += 1
        return labels, values, loose, k

    def _stack_at(self, lines: list[Line], k: int) -> bool:
        """Line k opens a stack: it and the next line are labels."""
        first = self._label_at(lines, k)
        return first is not None and self._label_at(lines, k + first[1]) is not None

    def _tables(self, lines: list[Line], i: int, repeated: Counter) -> tuple[int, list[Line]] | None:
        labels, values, loose, _ = self._split(lines, i, repeated)
        boxes = _boxes(labels, self)
        if len(boxes) < MIN_TABLES or any(len(box) < MIN_LABELS for box in boxes):
            return None
        read = _values(boxes, values)
        if read is None:
            return None
        rows, used = read
        # (the tables end at their last label or value, whichever prints later; the lines after
        # are the report's, and any line among them no table took is kept as printed)
        last = max(values[used - 1].number, boxes[-1][-1][1].number)
        end = next((k for k in range(i, len(lines)) if lines[k].number > last), len(lines))
        kept = [ln for ln in [*loose, *values[used:]] if ln.number < last]
        return end, [*rows, *kept]


def _apart(lines: list[Line], k: int, taken: int = 1) -> bool:
    """The `taken` lines from k stand apart, a blank line before and after them: a running foot
    among the values, or a label the page printed alone (a table's last labels after a page break,
    the next table's number line before its values)."""
    last = k + taken - 1
    before = k == 0 or lines[k].number > lines[k - 1].number + 1
    return before and (last + 1 >= len(lines) or lines[last + 1].number > lines[last].number + 1)


def _boxes(labels: list[tuple[str, Line]], stacks: LabelStacks) -> list[list[tuple[str, Line]]]:
    """The labels parted into tables, each opening on its "Recommendation N"."""
    boxes: list[list[tuple[str, Line]]] = []
    for name, ln in labels:
        if _NUMBERED.match(name) and stacks.field_of(name) == "recommendation":
            boxes.append([])
        if boxes:
            boxes[-1].append((name, ln))
    return boxes


def _values(boxes, values: list[Line]) -> tuple[list[Line], int] | None:
    """(the two-cell rows, how many value lines they took), or None where a label takes no value or
    a table's lettered cells count unlike."""
    rows: list[Line] = []
    k = 0
    kinds: dict[str, bool] = {}  # (each label's value lettered or not, alike in every table)
    for box in boxes:
        counts = set()
        for n, (name, label_line) in enumerate(box):
            taken = _value(values, k, first=n == 0)
            if not taken:
                return None
            lettered = [ln for ln in values[k : k + taken] if _LETTER.match(ln.text.strip())]
            if kinds.setdefault(name, bool(lettered)) != bool(lettered):
                return None
            if lettered:
                counts.add(len(lettered))
            text = " ".join(ln.text.strip() for ln in values[k : k + taken])
            # (the row where its label is printed: the tables' lines open at their first stack)
            rows.append(cells_line(label_line, [name, text]))
            k += taken
        if len(counts) > 1:
            return None
    return rows, k


def _value(values: list[Line], k: int, first: bool) -> int:
    """How many value lines from k the next label's value takes (0: none left)."""
    if k >= len(values):
        return 0
    if first:  # the recommendation's words: to the line that ends a sentence
        for n in range(k, min(k + MAX_SENTENCE_LINES, len(values))):
            if values[n].text.rstrip().endswith((".", ".”", '."')):
                return n - k + 1
        return 0
    if not _LETTER.match(values[k].text.strip()):
        return 1
    n = k + 1
    while n < len(values):
        text = values[n].text.strip()
        m = _LETTER.match(text)
        if m and m.group("letter") == "a" or not m and not text[:1].islower():
            break
        n += 1
    return n - k
