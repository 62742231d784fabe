"""Plans printed as a block of labelled fields per action ("Recommendation 1: ..." / "Action: ..."
/ "Lead: ..." / "Target date: ..." / "Status: ..."), turned into the cell rows the plan reader reads
(plan.layouts says why; one Line per printed line keeps every number and page)."""

from __future__ import annotations

import regex

from dhrparse.document import Line, line_spaced
from dhrparse.plan.key_values import ACTION_NUMBER, key_value_field, numbered_actions
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.printed_header import MIN_COLUMNS
from dhrparse.plan.tables import ColumnMap

WRAPPED = 40  # a labelled line at least this long may wrap its value onto the next printed line
_LABEL = regex.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z/&()' ]{1,45}?)(?:\s+(?P<ref>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?))?"
    # an aside on the label ("Progress (March 2025):") and a question's mark ("How will we know?:")
    r"(?:\s*\([^()]{1,30}\))?\s*\??\s*:\s*(?P<value>.*)$"
)
# a numbered opener without a colon: "Recommendation 2", "Recommendation 2 – The council ..."
_NUMBERED = regex.compile(
    r"^\s*(?P<label>[A-Za-z]+)\s+(?P<ref>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\.?(?:\s+[–-])?\s*(?P<value>.*)$"
)
# a recommendation code printed as a label's whole value ("Recommendation: L1", "Recommendation: 2.3")
_CODE = regex.compile(r"^\(?[A-Za-z]{0,4}\s?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\)?\.?$")


class LabelledBlocks:
    """Blocks of "Label: value" lines, one block per action, to cell rows."""

    def __init__(self, cm: ColumnMap):
        self.cm = cm

    def field(self, ln: Line) -> tuple[str, str, str | None, str] | None:
        """(field, label, ref, value) of a labelled line, or of a key/value table's row."""
        if ln.cells is not None:
            return key_value_field(ln.cells, self.cm)
        if not self.cm.may_open_with_field(ln.text):
            return None  # (every line is asked: one whose label could name no field is not matched)
        m = _LABEL.match(ln.text) if ":" in ln.text else None
        if m is None:
            m = _NUMBERED.match(ln.text)
            if m is None or self.cm.field_of(m.group("label")) not in ("recommendation", "action"):
                return None
        f = self.cm.field_of(m.group("label"))
        if not f:
            return None
        ref, value = m.group("ref"), m.group("value").strip()
        if f == "recommendation" and ref is None and _CODE.match(value):
            # the block names the recommendation it answers by its code: the code is the row's ref
            ref, value = value.strip("().").strip(), ""
        return f, m.group("label").strip(), ref, value

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        # (in line-spaced text one blank line between a block's lines is no break)
        self.line_step = 2 if line_spaced([ln.number for ln in lines]) else 1
        i = 0
        while i < len(lines):
            end, fields = self._run(lines, i)
            if fields is None:
                out.append(lines[i])
                i += 1
                continue
            self._rows(lines[i:end], fields, out)
            i = end
        return out

    def _run(self, lines: list[Line], i: int) -> tuple[int, list[str] | None]:
        """End of a run of labelled blocks starting at `i`, and its fields in first-seen order."""
        first = self.field(lines[i])
        if first is None or first[0] not in ("recommendation", "action", "ref"):
            return i, None
        fields: list[str] = []
        j = i
        awaiting = False  # a label printed alone: its value follows, maybe after a blank line
        # the line step of the block's own labels: a text export that prints a blank line after
        # every line (step 2) wraps a value over a blank line too
        step = max(self._label_step(lines, i), self.line_step)
        while j < len(lines):
            got = self.field(lines[j])
            if got is not None:
                if got[0] not in fields:
                    fields.append(got[0])
                awaiting = not got[3] and got[0] != "recommendation"
            elif (
                lines[j].cells is not None
                or not awaiting
                and lines[j].number > lines[j - 1].number + self.line_step
                and (lines[j].number > lines[j - 1].number + step or not self._wraps(lines[j - 1], lines[j]))
            ):
                break  # text after a blank line is not a wrapped value
            else:
                awaiting = False
            j += 1
        if len(fields) < MIN_COLUMNS or "action" not in fields:
            return i, None
        return j, fields

    @staticmethod
    def _wraps(prev: Line, nxt: Line) -> bool:
        """Whether `nxt`, printed after a blank line, wraps the value on `prev`: it opens in lower
        case, or `prev` was a full line that stopped mid-sentence (a short "Status: Complete" is a
        whole value, and a running footer after it is not part of it)."""
        text = nxt.text.strip()
        if text[:1].islower():
            return True
        before = prev.text.rstrip()
        return len(before) >= WRAPPED and not before.endswith((".", ";", "!", "?"))

    def _label_step(self, lines: list[Line], i: int) -> int:
        """Line-number step between the first two labelled lines of a block (1 or 2), when
        they follow each other; 1 otherwise."""
        if i + 1 < len(lines) and self.field(lines[i + 1]) is not None:
            return max(1, min(2, lines[i + 1].number - lines[i].number))
        return 1

    def _rows(self, lines: list[Line], fields: list[str], out: list[Line]) -> None:
        opener = fields[0]
        labels = {f: "" for f in fields}
        refs = False
        for ln in lines:
            got = self.field(ln)
            if got is not None:
                labels[got[0]] = labels[got[0]] or got[1]
                refs = refs or (got[0] == opener and got[2] is not None)
        # without numbered openers a row is told by its opening label, not by a ref
        columns = (["ref"] if refs else []) + fields
        header = (["No."] if refs else []) + [labels[f] for f in fields]
        numbered = refs and numbered_actions(opener, fields, [self.field(ln) for ln in lines])
        if numbered:  # each action's own number in a column after the recommendation's
            columns.insert(2, ACTION_NUMBER)
            header.insert(2, ACTION_NUMBER)
        # a header row naming the columns as their labels print them, on the first block's line
        out.append(_cells_line(lines[0], header))
        k, rec_ref, first, acted = 0, "", False, False
        for ln in lines:
            cells = [""] * len(columns)
            got = self.field(ln)
            opens = False  # a further action under the same recommendation opens a row of its own
            if got is not None:
                k = columns.index(got[0])
                cells[k] = got[3]
                if got[0] == opener:
                    acted = False
                if got[0] == opener and refs:
                    cells[0] = rec_ref = got[2] or ""
                    first = True
                elif numbered and got[0] == "action":
                    # the first action fills its recommendation's row; a further one opens a row of
                    # its own under the same recommendation
                    cells[0], cells[2], first = ("" if first else rec_ref), got[2] or "", False
                elif got[0] == "action" and opener == "recommendation":
                    # "Action:" printed again without a number: the next action of the same
                    # recommendation, not more of the first one's text
                    opens = acted
                    if opens and refs:
                        cells[0] = rec_ref
                    acted = True
            else:
                cells[k] = ln.text.strip()
            opener_line = got is not None and got[0] == opener
            # (without refs, the opening label is what says a new row starts: "Recommendation: ...")
            out.append(
                _cells_line(ln, cells, not refs and not opens and not opener_line, not refs and opener_line)
            )
