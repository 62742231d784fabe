"""Key/value plan tables whose label column prints before its values.

A plan set as one two-column table per recommendation ("Recommendation 1 | <text>", "Action
1.1 | <text>", "Lead | ...", "Timescale | ...", "RAG | Blue") comes out of a plain PDF-to-text
export (pdftotext without -layout) column by column: every label on the page, one a line, and
only then every value, in the same order, a long value wrapped over several lines. The labels
name the fields; the values are matched to them by position, which is safe only when the
printed order settles it: the values, once wrapped lines are joined, are exactly as many as
the labels, and every value under a status label reads as a status. Otherwise the lines are
left as printed (the other readers, and the plan's unread-text warning, see them). A form's
labels are read as plan.form_labels reads a box's: a question no column names ("How will this
be delivered?") and a label its narrow column wrapped ("By whom? (Role and" / "agency):") are
labels of the run all the same, each with a value of its own.

Values printed last on every page (a status, "In progress", over the page number; or a whole
table that two recommendations share word for word) look like a running footer to cleaning,
which sets them aside and leaves the page values short. When the lines set aside straight under
the values make up exactly the missing values and the last, under the last label Status, reads
as a status, they are those labels' values: the printed order still settles the pairing. Any
other shortfall (an empty cell prints nothing) stays undecided.

The pairs become two-cell rows at the value's own line, as a PDF or Word reader gives the
same tables, for the labelled-blocks reader (plan.labelled_blocks) to turn into plan rows.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dhrparse.document import Line
from dhrparse.plan.form_labels import form_label
from dhrparse.plan.key_values import key_value_field
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.line_readings import LineReading, LineReadings
from dhrparse.plan.status import normalise_status
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapping import SENTENCE_END as _ENDS

MIN_LABELS = 2  # a label column holds a numbered opener and at least one more field (a page may
# break a table after its first two rows)
LABEL_GAP = 3  # labels of the next table may follow after a blank line or two
WRAPPED = 40  # a value line at least this long may wrap on to the next printed line
OPENERS = ("recommendation", "action")
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")


class LabelColumns:
    """Label runs followed by value runs, to [label, value] cell rows."""

    def __init__(self, cm: ColumnMap, set_aside: Iterable[Line] = (), readings: LineReadings | None = None):
        self.cm = cm
        self.readings = readings or LineReadings(cm)  # (each line read once for every layout)
        # lines cleaning set aside as page furniture, by printed line: a page's last value may be one
        self.set_aside = {ln.number: ln for ln in set_aside}
        # the label each printed line reads as, by its text and its text as read: this reader and
        # the label-rows reader (plan.label_rows) each ask of every line of the plan
        self._labels: dict[tuple[str, str], tuple[str, str, str | None] | None] = {}

    def label(self, ln: Line) -> tuple[str, str, str | None] | None:
        """(field, label, ref) of a line printed as a bare key/value label ("Action 1.2", "Lead")."""
        if ln.cells is not None or not ln.text.strip():
            return None
        key = (ln.text, ln.raw)
        if key not in self._labels:
            self._labels[key] = self._label(*key)
        return self._labels[key]

    def _label(self, text: str, raw: str) -> tuple[str, str, str | None] | None:
        got = key_value_field([text, "-"], self.cm)
        # (cleaning may take the last figure of "Action 4.1" for a footnote mark: the raw line keeps it)
        if raw.strip() != text.strip():
            got = key_value_field([raw, "-"], self.cm) or got
        return (got[0], got[1], got[2]) if got else None

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i, open_table = 0, False  # open_table: the rows just made may carry on past a page break
        while i < len(lines):
            # (the lines up to the next that may be a label, read as printed: no label opens there)
            if (k := self.readings.opening(lines, i, may_label)) > i:
                out.extend(lines[i:k])
                i, open_table = k, False
                continue
            got = self._pairs(lines, i, open_table)
            if isinstance(got, int):  # a label column whose values do not settle: left as printed
                out.extend(lines[i:got])
                i, open_table = got, False
                continue
            if got is None:
                out.append(lines[i])
                i, open_table = i + 1, False
                continue
            i, rows = got
            out.extend(rows)
            open_table = True
        return out

    def _pairs(self, lines: list[Line], i: int, open_table: bool) -> tuple[int, list[Line]] | int | None:
        """(index after the values, the cell rows) of a label run at `i` and its values; the
        index after the labels when they open a table whose values do not settle; None when
        no label column starts at `i`."""
        labels, j = self._label_run(lines, i)
        if not labels or not (open_table or self._opens_table(labels)):
            return None
        values, end = self._value_run(lines, j, len(labels))
        values = self._with_footer_values(labels, values)
        if len(values) != len(labels) or not self._fits(labels, values):
            return j
        rows = [
            cells_line(value[0], [label[1], " ".join(ln.text.strip() for ln in value)])
            for label, value in zip(labels, values)
        ]
        return end, rows

    def _label_run(self, lines: list[Line], i: int) -> tuple[list[tuple[str, str, str | None]], int]:
        """The bare labels printed one a line from `i` (blank lines between tables allowed)."""
        labels: list[tuple[str, str, str | None]] = []
        j = i
        while j < len(lines):
            # (a form's label a narrow column wrapped, "By whom? (Role and" / "agency):", is one
            # label; a question the form asks, "How will this be delivered?", a row all the same)
            got = form_label(lines, j, self.label) if labels else (self.label(lines[j]), j + 1)
            if got is None or got[0] is None or labels and lines[j].number > lines[j - 1].number + LABEL_GAP:
                break
            labels.append(got[0])
            j = got[1]
        return labels, j

    @staticmethod
    def _opens_table(labels: list[tuple[str, str, str | None]]) -> bool:
        """A label column of its own: opened by a numbered recommendation or action, naming an
        action."""
        fields = {f for f, _, _ in labels}
        return (
            len(labels) >= MIN_LABELS
            and labels[0][0] in OPENERS
            and labels[0][2] is not None
            and "action" in fields
        )

    def _value_run(
        self, lines: list[Line], j: int, wanted: int, values: list[list[Line]] | None = None
    ) -> tuple[list[list[Line]], int]:
        """Up to `wanted` values printed from line `j` (after `values` already read), each its
        printed lines."""
        values = [list(v) for v in values or []]
        while j < len(lines):
            ln = lines[j]
            if values and (inside := self._set_aside_between(values[-1][-1], ln)) is not None:
                ln, j = inside, j - 1  # read it here, then `lines[j]` again
            if ln.cells is not None or self.label(ln) is not None:
                break
            if values and _wraps(values[-1][-1], ln):
                values[-1].append(ln)
            elif len(values) == wanted:
                break
            else:
                values.append([ln])
            j += 1
        return values, j

    def _set_aside_between(self, prev: Line, nxt: Line) -> Line | None:
        """The line cleaning set aside (as a running head or footer) printed straight under one
        value line with the next value still to come on the page, at most a blank line below it:
        a footer prints below a page's text, never inside its column."""
        ln = self.set_aside.get(prev.number + 1)
        inside = nxt.page == prev.page and prev.number + 2 <= nxt.number <= prev.number + 3
        return ln if ln is not None and inside and ln.text.strip() else None

    def _with_footer_values(
        self, labels: list[tuple[str, str, str | None]], values: list[list[Line]]
    ) -> list[list[Line]]:
        """The values with the page's last ones put back when cleaning set them aside as a
        running footer: the values short, the last label a status, and the lines set aside
        straight under the values making up exactly the missing values, the last a status."""
        if not values or len(values) >= len(labels) or labels[-1][0] != "status":
            return values
        footer: list[Line] = []
        while (ln := self.set_aside.get(values[-1][-1].number + 1 + len(footer))) is not None:
            footer.append(ln)
        more, used = self._value_run(footer, 0, len(labels), values)
        if not footer or used != len(footer) or len(more) != len(labels):
            return values
        return more if _reads_as_status(" ".join(ln.text for ln in more[-1])) else values

    @staticmethod
    def _fits(labels: list[tuple[str, str, str | None]], values: list[list[Line]]) -> bool:
        """Every value under a status label reads as a status (words or a RAG colour)."""
        return all(
            _reads_as_status(" ".join(ln.text for ln in value))
            for (f, _, _), value in zip(labels, values)
            if f == "status"
        )


def may_label(ln: Line, reading: LineReading) -> bool:
    """A line `LabelColumns.label` may read as a label: no cells, and its text (or the text as
    read, where cleaning changed it) may open with a column's name (key_value_field asks that first)."""
    return ln.cells is None and (reading.may_name or ln.raw is not ln.text)


def _reads_as_status(text: str) -> bool:
    """Whether `text` reads as a status: status words or a RAG colour."""
    status = normalise_status(text)
    return status.value != "unknown" or status.rag is not None


def _wraps(prev: Line, nxt: Line) -> bool:
    """Whether `nxt`, printed straight under `prev`, carries on the same value: `prev` stops
    mid-sentence and `nxt` opens in lower case, or `prev` is a full line ending on a lower-case
    word ("... complete a" / "DASH risk assessment.")."""
    if nxt.number != prev.number + 1:
        return False
    before, text = prev.text.rstrip(), nxt.text.strip()
    if not text or _ENDS.search(before):
        return False
    if text[:1].islower():
        return True
    last = _LAST_WORD.search(before)
    return len(before) >= WRAPPED and last is not None and last.group(1).islower()
