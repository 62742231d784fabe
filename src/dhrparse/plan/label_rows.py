"""Key/value plan boxes printed a row at a time: each label alone on its line, its value under it.

A plan set as one small two-column box per action ("Recommendation | 2", "Action | <text>",
"Lead | ...", "By when | ...", "Progress | ...") comes out of a plain PDF-to-text export
(pdftotext without -layout) row by row when the label cells are short: the label, a blank
line, the value (a long value wrapped over lines printed together), a blank line, the next
label. (When the labels print first and the values after them, plan.label_columns reads the
box.) The printed order settles the pairing only where it alternates cleanly: every label has
exactly one printed block of value lines before the next label, the boxes open on a
recommendation or action label, name an action, and every value under a status label reads as
a status. Anything else is left as printed for the other readers and the plan's unread-text
warning.

A bare number in a box ("Recommendation" over "2") looks like a page number to cleaning, which
sets it aside as page furniture; a line set aside between a recommendation label and the next
label that is only a code ("2", "R3", "4.1") is that label's value.

The pairs become two-cell rows at the value's own line, as a PDF or Word reader gives the same
boxes, for the labelled-blocks reader (plan.labelled_blocks) to turn into plan rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from dhrparse.document import Line
from dhrparse.plan.form_labels import QUESTION, form_label
from dhrparse.plan.key_values import RECOMMENDATION_CODE
from dhrparse.plan.label_columns import MIN_LABELS, OPENERS, LabelColumns, may_label
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.tables import ColumnMap

# the most printed lines between a label and its value, or a value and the next label: a blank
# line, or a page's foot and head set aside by cleaning
MAX_GAP = 12

Label = tuple[str, str, str | None]


class LabelRows:
    """Label line, value lines, label line, ... to [label, value] cell rows."""

    def __init__(self, cm: ColumnMap, set_aside: Iterable[Line] = (), labels: LabelColumns | None = None):
        """`labels`: the label-column reader of the same lines, whose labels are read already."""
        self.labels = LabelColumns(cm) if labels is None else labels
        # lines cleaning set aside as page furniture, by printed line: a box's bare number may be one
        self.set_aside = {ln.number: ln for ln in set_aside}

    def rewrite(self, lines: list[Line]) -> list[Line]:
        # (boxes open at a label: the lines before the next that may be one are passed over)
        return rewrite_tables(
            lines, self._boxes, lambda out, i: self.labels.readings.opening(out, i, may_label)
        )

    def _boxes(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """(index after the boxes, their cell rows) of boxes printed a row at a time from `i`."""
        first = self.labels.label(lines[i])
        if first is None or first[0] not in OPENERS:
            return None
        pairs: list[tuple[Label, list[Line]]] = []
        j = i
        while j < len(lines):
            got = form_label(lines, j, self.labels.label)
            if got is None or pairs and lines[j].number - pairs[-1][1][-1].number > MAX_GAP:
                break
            label, after = got
            value, k = self._value(lines, after - 1, label)
            if not value:
                break
            pairs.append((label, value))
            j = k
        fields = {label[0] for label, _ in pairs}
        if (
            len(pairs) < MIN_LABELS
            or "action" not in fields
            or not _repeated_boxes(pairs)
            or not self._fits(pairs)
        ):
            return None
        rows = [
            cells_line(value[0], [label[1], " ".join(ln.text.strip() for ln in value)])
            for label, value in pairs
        ]
        return j, rows

    def _value(self, lines: list[Line], j: int, label: Label) -> tuple[list[Line], int]:
        """The value printed under the label at `j`: one block of lines printed together, or,
        under a recommendation label, the code cleaning set aside; and the index after it."""
        k = j + 1
        nxt = lines[k] if k < len(lines) else None
        if label[0] == "recommendation" and label[2] is None:
            end = nxt.number if nxt is not None else lines[j].number + MAX_GAP
            aside = self._codes_aside(lines[j].number, end)
            if len(aside) == 1 and (nxt is None or form_label(lines, k, self.labels.label) is not None):
                return aside, k
        if nxt is None or nxt.cells is not None or self.labels.label(nxt) is not None:
            return [], k
        if nxt.number - lines[j].number > MAX_GAP or not (
            self._blank_between(lines[j], nxt) or self._opens_page(lines, j)
        ):
            # the value printed apart from its label, a blank line between, as plain pdftotext
            # sets a box's rows: a label straight over a line (a PDF or Word reader's lines, a
            # heading over its paragraph, a status cell "Action" / "completed" a page break
            # parted) is not a box's row
            return [], k
        value = [nxt]
        k += 1
        while k < len(lines) and lines[k].number == value[-1].number + 1 and lines[k].cells is None:
            if self.labels.label(lines[k]) is not None:
                break
            value.append(lines[k])
            k += 1
        return value, k

    def _codes_aside(self, start: int, end: int) -> list[Line]:
        """The codes cleaning set aside between the two printed lines, up to the first other line
        it set aside: a page's foot after the box's number ("3", "<running title>", "1") ends
        what can be the box's, its page number is the page's."""
        codes: list[Line] = []
        for n, ln in sorted(self.set_aside.items()):
            if not start < n < end:
                continue
            if not RECOMMENDATION_CODE.match(ln.text.strip()):
                break
            codes.append(ln)
        return codes

    def _opens_page(self, lines: list[Line], j: int) -> bool:
        """The label at `j` is the page's first line, under its head that cleaning set aside:
        plain pdftotext prints a page's first box row with no blank line between its label and
        its value."""
        label = lines[j]
        return j > 0 and label.number - 1 in self.set_aside and (lines[j - 1].page or 0) < (label.page or 0)

    def _blank_between(self, above: Line, below: Line) -> bool:
        """A blank line stands between the two: a printed line number between them that is
        neither text nor a line cleaning set aside as page furniture."""
        return any(n not in self.set_aside for n in range(above.number + 1, below.number))

    @staticmethod
    def _fits(pairs: list[tuple[Label, list[Line]]]) -> bool:
        """Every value under a status label reads as a status (words or a RAG colour)."""
        return LabelColumns._fits([label for label, _ in pairs], [value for _, value in pairs])


def _repeated_boxes(pairs: list[tuple[Label, list[Line]]]) -> bool:
    """The labels make two boxes or more, each opened by the same bare label and naming the same
    fields in the same order: what a plan of one box per action prints. A table's column names
    printed one a line over its columns' text (a plain export of an ordinary plan) name each
    field once."""
    opener, numbered = pairs[0][0][0], pairs[0][0][2] is not None
    boxes: list[list[str]] = []
    refs: set[str] = set()
    for (field, _, ref), _ in pairs:
        if field == opener:
            # (every box opened bare, or every box numbered in its opener, "Action 1:", each
            # number its own: a table's name printed once over its columns is neither)
            if (ref is not None) != numbered or ref is not None and ref in refs:
                return False
            refs.add(ref or "")
            boxes.append([])
        boxes[-1].append(field)
    # (a box names its action and at least one more field: lead, date or progress)
    named = [f for f in boxes[0] if f != QUESTION]
    return len(boxes) >= 2 and len(named) >= MIN_LABELS and all(box == boxes[0] for box in boxes)
