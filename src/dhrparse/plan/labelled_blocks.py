"""Plans printed as a block of labelled fields per action ("Recommendation 1: ..." / "Action: ..."
/ "Lead: ..." / "Target date: ..." / "Status: ..."), turned into the cell rows the plan reader reads
(plan.layouts says why; one Line per printed line keeps every number and page)."""

from __future__ import annotations

from functools import lru_cache

import regex

from dhrparse.document import Line, line_spaced
from dhrparse.patterns import Patterns
from dhrparse.plan.form_tails import form_label_tail, open_aside
from dhrparse.plan.key_values import ACTION_NUMBER, bare_label, code_as_ref, key_value_field, numbered_actions
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.line_readings import LineReading, LineReadings
from dhrparse.plan.printed_header import MIN_COLUMNS
from dhrparse.plan.status import normalise_status
from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.alternation import literal_alternation

MAX_STATUS_WORDS = 3  # a status cell of so many words at most ("Not yet started") is whole
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


# (the fields a block opens with: printed without a colon they need their number, "Action 1.2")
_OPENERS = ("recommendation", "action", "ref")
# a value opens as a cell's first line does: a capital, a digit, a bracket or a quote mark
_VALUE_OPENS = regex.compile(r"^[\p{Lu}\d(\"'‘“£]")


@lru_cache(maxsize=8)
def _spaced_label(synonyms: tuple[str, ...]) -> regex.Pattern:
    """A line opening with a field's label and then its value, with no colon between them: a
    key/value table's row as text taken out a printed line at a time joins its two cells
    ("Timescale 31 March 2024", "Progress (March 2025) Audit done."). Longest label first."""
    names = literal_alternation(synonyms, spaced=True)
    return regex.compile(
        rf"^\s*(?P<label>(?:{names})(?:\s*\([^()]{{1,30}}\))?\s*\??)\s+(?P<value>\S.*)$", regex.IGNORECASE
    )


def _label_name(label: str) -> str:
    """A label as it names its field, its aside and question mark left out ("progress")."""
    return " ".join(regex.sub(r"\([^()]*\)|[?:]", " ", label).lower().split())


def _may_label(ln: Line, reading: LineReading) -> bool:
    """A row of cells (a key/value table's) or a line whose label may name a field (`field` asks
    this first)."""
    return ln.cells is not None or reading.may_name


class LabelledBlocks:
    """Blocks of "Label: value" lines, one block per action, to cell rows."""

    def __init__(
        self,
        cm: ColumnMap,
        patterns: Patterns | None = None,
        headings: frozenset[int] = frozenset(),
        readings: LineReadings | None = None,
    ):
        self.cm, self.patterns = cm, patterns
        # (each line read once for every layout: whether it may open with a column's name)
        self.readings = readings or LineReadings(cm)
        # the report's section headings, by line: a block's value never carries on over one (a
        # PDF prints no blank line between a recommendation's paragraph and the next section)
        self.headings = headings
        # in line-spaced text: the labelled lines printed without a colon, by id of the line
        self._spaced: dict[int, tuple[str, str, str | None, str]] = {}
        self._tails: set[int] = set()  # (the lines of a label's wrapped aside under its value)

    def field(self, ln: Line) -> tuple[str, str, str | None, str] | None:
        """(field, label, ref, value) of a labelled line, or of a key/value table's row."""
        if ln.cells is not None:
            got = key_value_field(ln.cells, self.cm)
            if got is None and self._box_recommendation(ln.cells):
                # (the recommendation's words in a row of their own under "Recommendation N")
                return ("recommendation", ln.cells[0].strip(), None, ln.cells[1].strip())
            return got and code_as_ref(got)
        if not self.readings.of(ln).may_name:
            return None  # (every line is asked: one whose label could name no field is not matched)
        m = _LABEL.match(ln.text) if ":" in ln.text else None
        if m is None:
            m = _NUMBERED.match(ln.text)
            if m is None or self.cm.field_of(m.group("label")) not in ("recommendation", "action"):
                return self._spaced.get(id(ln))
        f = self.cm.field_of(m.group("label"))
        if not f:
            return None
        # (a block naming the recommendation it answers by its code: the code is the row's ref)
        return code_as_ref((f, m.group("label").strip(), m.group("ref"), m.group("value").strip()))

    def _box_words(self, ln: Line, got: tuple) -> bool:
        """The field is a box's recommendation words ("Issue identified | ...")."""
        return (
            got[0] == "recommendation"
            and got[2] is None
            and ln.cells is not None
            and (self._box_recommendation(ln.cells))
        )

    def _box_recommendation(self, cells: list[str]) -> bool:
        """A two-cell row labelled as a box's recommendation text ("Issue identified")."""
        if len(cells) != 2 or not cells[1].strip() or self.patterns is None:
            return False
        labels = self.patterns.list("actions.plan.box_recommendation_labels")
        return " ".join(cells[0].lower().strip(" :").split()) in labels

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        # (in line-spaced text one blank line between a block's lines is no break; a printed line
        # of several labels, split a field a line by plan.list_plans, counts once)
        numbers = [ln.number for k, ln in enumerate(lines) if not k or ln.number != lines[k - 1].number]
        self.line_step = 2 if line_spaced(numbers) else 1
        if self.line_step == 2:
            self._spaced = self._spaced_fields(lines)
        i = 0
        while i < len(lines):
            # (a line whose label could name no field, no cells, opens no block: passed over)
            k = self.readings.opening(lines, i, _may_label)
            out.extend(lines[i:k])
            if (i := k) == len(lines):
                break
            end, fields = self._run(lines, i)
            if fields is None:
                out.append(lines[i])
                i += 1
                continue
            self._rows(lines[i:end], fields, out)
            i = end
        return out

    def _spaced_fields(self, lines: list[Line]) -> dict[int, tuple[str, str, str | None, str]]:
        """The labelled lines without a colon of key/value tables whose cells each printed line
        joins ("Lead Board Manager"): read only inside a block opened by a numbered
        recommendation or action ("Action 1.2 ..."), each label once per action, its value
        opening as a cell does. A wrapped value's line that happens to open with a label's word
        ("Status of the ...", a label already given) stays the value's."""
        found: dict[int, tuple[str, str, str | None, str]] = {}
        pattern = _spaced_label(tuple(syn for syn, _ in self.cm.pairs))
        seen: set[str] | None = None  # the fields of the current action; None outside a block
        # the block's opening field when its line holds only the label and number (a box's first
        # row, "Recommendation 2"); whether the block has named its action
        opener, acted = "", False
        for k, ln in enumerate(lines):
            if ln.cells is not None:
                seen = None
                continue
            got = self.field(ln)
            if got is not None:
                if got[0] in _OPENERS and got[2] is not None:
                    seen, acted = {_label_name(got[1])}, got[0] == "action"
                    opener = got[0] if not got[3] else ""
                elif seen is not None:
                    seen.add(_label_name(got[1]))
                    acted = acted or got[0] == "action"
                continue
            if seen is None or not self.cm.may_open_with_field(ln.text):
                continue
            m = pattern.match(ln.text)
            if m is None or not _VALUE_OPENS.match(m.group("value")) or open_aside(m.group("value")):
                continue
            # (a form's question names its field as the label does: "Who is responsible?")
            f, label = self.cm.field_of(m.group("label").rstrip(" ?")), _label_name(m.group("label"))
            # a box whose first row is only "Recommendation 2" gives its action unnumbered, once
            # ("Action Audit the ..."); any other opener printed without its number is not a field
            # here (under "Recommendation 2: The Trust should ..." a line opening "Action" is the
            # plan's own text)
            own_action = f == "action" and opener == "recommendation" and not acted
            if f is None or f in _OPENERS and not own_action or label in seen:
                continue
            seen.add(label)
            acted = acted or own_action
            found[id(ln)] = (f, m.group("label").strip(), None, m.group("value").strip())
            if form_label_tail(ln, lines[k + 1] if k + 1 < len(lines) else None, self.line_step):
                self._tails.add(id(lines[k + 1]))
        return found

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
            if got is not None and j > i and self._box_words(lines[j], got) and first[3]:
                break  # (a box's recommendation words only under a first row printing its number alone)
            if got is not None:
                if got[0] not in fields:
                    fields.append(got[0])
                awaiting = not got[3] and got[0] != "recommendation"
            elif _form_question(lines[j]) or id(lines[j]) in self._tails:
                awaiting = False  # a form's row no field names: the block goes on past it
            elif (
                lines[j].cells is not None
                or lines[j].number in self.headings
                or not awaiting
                and lines[j].number > lines[j - 1].number + self.line_step
                and (lines[j].number > lines[j - 1].number + step or not self._wraps(lines[j - 1], lines[j]))
            ):
                break  # text after a blank line is not a wrapped value
            elif id(lines[j - 1]) in self._spaced and self._whole_status(lines[j - 1], lines[j]):
                break  # a bare status ("RAG Red") ends its table: the line after is the report's
            else:
                awaiting = False
            j += 1
        if len(fields) < MIN_COLUMNS or "action" not in fields:
            return i, None
        return j, fields

    def _header_name(self, f: str, label: str) -> str:
        """The header cell of a field's column: its label as printed, or, where the table reader
        would not know it so ("By whom? (Grade, rank, role):"), the label bare of its aside."""
        if self.cm.field_of(label.strip().rstrip(":").strip()) == f:
            return label
        name = bare_label(label)
        return name if self.cm.field_of(name) == f else label

    def _whole_status(self, prev: Line, nxt: Line) -> bool:
        """Whether `prev`, a labelled line without a colon, gives a status that is a whole cell
        ("Status Complete", "RAG Amber") and `nxt` opens as a sentence of its own: a status cell
        of a word or two is not wrapped on to a capitalised line."""
        f, _, _, value = self._spaced[id(prev)]
        if f != "status" or len(value.split()) > MAX_STATUS_WORDS or nxt.text.strip()[:1].islower():
            return False
        status = normalise_status(value, patterns=self.patterns)
        return status.value is not None or status.rag is not None

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

    def _block_columns(self, lines: list[Line], fields: list[str]) -> tuple[list[str], list[str], bool, bool]:
        """(the columns, their names as the labels print them, whether the openers are
        numbered, whether each action has its own number) of the blocks' table."""
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
        header = (["No."] if refs else []) + [self._header_name(f, labels[f]) for f in fields]
        numbered = refs and numbered_actions(opener, fields, [self.field(ln) for ln in lines])
        if numbered:  # each action's own number in a column after the recommendation's
            columns.insert(2, ACTION_NUMBER)
            header.insert(2, ACTION_NUMBER)
        return columns, header, refs, numbered

    def _rows(self, lines: list[Line], fields: list[str], out: list[Line]) -> None:
        opener = fields[0]
        columns, header, refs, numbered = self._block_columns(lines, fields)
        # a header row naming the columns as their labels print them, on the first block's line
        out.append(cells_line(lines[0], header))
        k, rec_ref, first, acted = 0, "", False, False
        for ln in lines:
            got = self.field(ln)
            if got is None and (_form_question(ln) or id(ln) in self._tails):
                continue  # (how the action is taken forward: detail of the action, no field of a plan's)
            cells = [""] * len(columns)
            opens = False  # a further action under the same recommendation opens a row of its own
            if got is not None:
                k = columns.index(got[0])
                cells[k] = got[3]
                if got[0] == opener:
                    acted = False
                if got[0] == opener and refs and got[2] is None and rec_ref and got[0] == "recommendation":
                    pass  # (the recommendation's words under its numbered first row: the same row)
                elif got[0] == opener and refs:
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
                cells_line(ln, cells, not refs and not opens and not opener_line, not refs and opener_line)
            )


FORM_QUESTION_WORDS = 8  # a form's question label is short ("How will it be taken forward?")


def _form_question(ln: Line) -> bool:
    """A key/value box's row whose label no plan field names but which is set as a form's label
    (a short question or a label ending in a colon) over a value: the MAPPA plan form's "How will it
    be taken forward? | <how>" between the action's rows. Not a break in the box."""
    if ln.cells is None or len(ln.cells) != 2 or not ln.cells[1].strip():
        return False
    label = " ".join(ln.cells[0].split())
    return bool(label) and label.endswith(("?", ":")) and len(label.split()) <= FORM_QUESTION_WORDS
