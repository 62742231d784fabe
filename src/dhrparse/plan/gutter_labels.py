"""A plan set as one two-column box per recommendation or action (a label column, "Actions to be
taken" / "Person responsible" / "Target completion date", beside its values), as pdftotext
-layout prints it: each label at the line's start, its value after a wide gap, the value's later
lines indented to the same column, a label too long for its column wrapped onto the next line
("Target completion" / "date"). Nothing but the column the values stand in tells the two cells
apart, so a box is read only where every line of it keeps that gutter (the same column on every
line of a page: a new page may set it again), its labels open with a capital (a wrapped label's
later words do not), and at least MIN_FIELDS of its labels name a plan's fields, one naming the
action. Each label becomes a two-cell row with its whole value, as a PDF or Word reader gives the
same box, for plan.labelled_blocks to read; the box's number line above it ("Recommendation 2")
becomes its first row. Any other line is left as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line

MIN_GAP = 2  # spaces between a label and its value at least (one space joins a label's words)
MIN_GUTTER = 12  # the value column starts at least this far in (a label is a few words wide)
MIN_FIELDS = 3  # labels naming a plan's field in a box at least
NEAR = 3  # columns a value after a label's single space may print short of the gutter
SLACK = 1  # columns a value's line may stand off the gutter (pdftotext rounds positions)
_LABEL_GAP = regex.compile(r"^(?P<label>\S(?:\S| (?! ))*)(?P<gap> {2,})(?P<value>\S.*)$")
_NUMBERED = regex.compile(r"^\p{Lu}\p{Ll}+ \d{1,2}(?:\.\d{1,2})?[a-z]?\.?$")  # "Recommendation 2"


@dataclass
class _Label:
    line: Line
    label: list[str] = field(default_factory=list)
    value: list[str] = field(default_factory=list)
    tight: bool = False  # cut at a single space near the gutter: the label must name a field


class GutterLabels:
    """Two-column label boxes printed with a gutter (pdftotext -layout) to two-cell rows."""

    def __init__(self, field):
        """`field`: a two-cell row's (field, label, ref, value), or None (plan.labelled_blocks)."""
        self.field = field

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i = 0
        while i < len(lines):
            box = self._box(lines, i)
            if box is None:
                out.append(lines[i])
                i += 1
                continue
            labels, end = box
            if out and out[-1].cells is None and _NUMBERED.match(_printed(out[-1]).strip()):
                opener = out.pop()
                out.append(cells_line(opener, [opener.text.strip(), ""]))
            out.extend(cells_line(x.line, [" ".join(x.label), " ".join(x.value)]) for x in labels)
            i = end
        return out

    def _box(self, lines: list[Line], i: int) -> tuple[list[_Label], int] | None:
        """The labels of a box opening at line i and the index after it, or None."""
        first = lines[i]
        gutter = self._gutter(lines, i)
        part = self._part(_printed(first), gutter) if gutter is not None else None
        if part is None or not part[0][:1].isupper() or not part[1]:
            return None
        page = first.page
        labels = [_Label(first, [part[0]], [part[1]], part[2])]
        j = i + 1
        while j < len(lines):
            ln = lines[j]
            raw = _printed(ln)
            if ln.cells is not None or not raw.strip():
                break
            if ln.page == page and ln.number - lines[j - 1].number > 2:
                break  # (blank lines between: the next box, or the text after the plan)
            if ln.page != page:  # (a new page may set the gutter again: its first labelled line tells)
                m = _LABEL_GAP.match(raw)
                if m is None and len(raw) - len(raw.lstrip()) < MIN_GUTTER:
                    break
                gutter, page = m.start("value") if m else len(raw) - len(raw.lstrip()), ln.page
            part = self._part(raw, gutter)
            if part is None:
                break
            label, value, tight = part
            if label and label[:1].isupper():
                labels.append(_Label(ln, [label], [value] if value else [], tight))
            else:
                if label:
                    labels[-1].label.append(label)
                    labels[-1].tight = labels[-1].tight or tight
                if value:
                    labels[-1].value.append(value)
            j += 1
        # (a line of the report after the box, cut at the gutter, names no field: left as printed)
        while labels and self._field(labels[-1]) is None and labels[-1].line is not first:
            j = lines.index(labels.pop().line, i)
        if not self._names_fields(labels):
            return None
        return labels, j

    @staticmethod
    def _gutter(lines: list[Line], i: int) -> int | None:
        """The column a box opening at line i prints its values in: where its first value starts
        after a wide gap, or, where the first label fills its column ("Issue identified The ..."),
        where the value's next line starts, printed straight under it."""
        first = lines[i]
        printed = _printed(first) if first.cells is None else ""
        if not printed[:1].isupper():
            return None
        # (asked of every line: a line without two spaces in a row has no gap to match)
        m = _LABEL_GAP.match(printed) if "  " in printed else None
        if m is not None and m.start("value") >= MIN_GUTTER:
            return m.start("value")
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or nxt.number != first.number + 1 or nxt.cells is not None:
            return None
        raw = _printed(nxt)
        indent = len(raw) - len(raw.lstrip())
        return indent if indent >= MIN_GUTTER and raw.strip() else None

    @staticmethod
    def _part(raw: str, gutter: int) -> tuple[str, str, bool] | None:
        """(label words, value words, cut tight) of a box's printed line, or None when it keeps no
        gutter."""
        indent = len(raw) - len(raw.lstrip())
        if indent:  # (a value's later line: it starts at the gutter)
            return ("", raw.strip(), False) if abs(indent - gutter) <= SLACK else None
        m = _LABEL_GAP.match(raw)
        if m is not None and abs(m.start("value") - gutter) <= SLACK:
            return m.group("label"), m.group("value"), False
        if len(raw) < gutter:  # (a label's later words alone, "date": nothing at the gutter)
            return raw.strip(), "", False
        # (a label filling its column leaves one space before its value, which may then print
        # a column or two short of the gutter: "Actions to take 1. Add", "Evidence to be Record")
        for at in sorted(range(gutter - NEAR, gutter + SLACK + 1), key=lambda k: abs(k - gutter)):
            if 0 < at < len(raw) and raw[at - 1] == " " and raw[at] != " " and raw[at - 2 : at] != "  ":
                return raw[:at].strip(), raw[at:].strip(), True
        return None

    def _field(self, label: _Label) -> str | None:
        """The field the label names, read as plan.labelled_blocks reads a two-cell row."""
        cells = [" ".join(label.label), " ".join(label.value)]
        got = self.field(Line(label.line.number, "\t".join(cells), cells=cells))
        return got[0] if got else None

    def _names_fields(self, labels: list[_Label]) -> bool:
        """At least MIN_FIELDS labels, each with a value, name a plan's fields, one the action."""
        if any(not x.value for x in labels):
            return False
        fields = [self._field(x) for x in labels]
        if any(x.tight and f is None for x, f in zip(labels, fields)):
            return False  # (a cut near the gutter that leaves no label: it may have cut a value)
        return "action" in fields and sum(1 for f in fields if f) >= MIN_FIELDS


def _printed(ln: Line) -> str:
    """The line as pdftotext -layout printed it, its columns kept (a page's form feed left out)."""
    return ln.raw.replace("\f", "").rstrip()
