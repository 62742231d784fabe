"""A plan's separate progress table: "Part B – Progress update" Ref | Update | Status printed after
the plan itself (Ref | Action | Lead | Target date, no status column), the board's latest position
on each action keyed by the action's ref.

Its rows are no further actions: each is the state of the plan's action with the same ref. This
module only reads the table as printed (plan stage: every table is interpreted once, here); which
action each row belongs to is linking, done after the actions are made (`progress_links`), so a
row whose ref names no action is told there, never given to an action by its position.

A progress table is known by its header alone: a ref column and an update or status column, and
no column that only a plan of actions has (action, lead, target date, recommendation); and by its
rows: every row opens with a ref of the plan's kind.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.status import state_alone
from dhrparse.plan.tables import ColumnMap, header_form
from dhrparse.plan.vocabulary import PlanVocabulary

__all__ = [
    "PROGRESS_TABLE",
    "ProgressRow",
    "progress_columns",
    "progress_header_line",
    "read_joined_progress",
    "read_progress_table",
]

PROGRESS_TABLE = "progress table"  # what its lines are read as (the plan's structure)
# the columns a progress table may have besides its ref: the update and the state it reports
_PROGRESS_FIELDS = {"progress", "status"}
_STATUS_WORDS = 3  # the most words of a state printed as the last cell ("Not yet started")
_HEADER_WORDS = 8  # the most words of a progress header line with words beyond the header vocabulary
_NOT_HEADER = regex.compile(r"\d|[.;:!?]\s*$")  # (a figure, or a sentence's end: a line of prose)
_WRAPPED_WORDS = 2
_CARRIED_LINES = 3  # the most lines of a row's update wrapped under its first line
_HEADER_ABOVE = 2  # the names a line above must name to be the header this line wraps from  # the most words of a first column's name wrapped under the header ("ref", "no.")


@dataclass
class ProgressRow:
    """One printed row of a progress table: the ref it reports on, its update and status cells."""

    ref: str
    update: str | None
    status: str | None
    line_start: int
    line_end: int
    page: int | None


def progress_columns(texts: list[str], cm: ColumnMap) -> list[str] | None:
    """The fields of a progress table's header ("Ref | Update | Status", "Action ref | Progress |
    RAG"), or None where the header names anything a plan of actions has."""
    fields = [cm.field_of(t) for t in texts]
    if len(fields) < 2 or fields[0] != "ref" or None in fields[1:]:
        return None
    rest = set(fields[1:])
    return fields if rest <= _PROGRESS_FIELDS and len(fields) == len(set(fields)) else None


def progress_header_line(text: str, cm: ColumnMap) -> list[str] | None:
    """A progress table's header printed as one line of words, its cells joined ("Ref Update
    Status", as corpus text prints it; a name's aside the header vocabulary lacks, "Progress since
    last report", allowed in a short line with no figure or sentence's end): the ref's name opens
    the line and the last name closes it ("No update received" is a note, not a header); None for
    any other line."""
    words = text.split()
    if not cm.is_header_words(text) and (len(words) > _HEADER_WORDS or _NOT_HEADER.search(text)):
        return None
    form = header_form(text)
    names = list(cm.name_search.finditer(form))
    if not names or names[0].start() > 0 or form[names[-1].end() :].strip(" .:"):
        return None
    fields = cm.scan(text)
    ok = len(fields) >= 2 and fields[0] == "ref" and set(fields[1:]) <= _PROGRESS_FIELDS
    return fields if ok and len(fields) == len(set(fields)) else None


def read_progress_table(
    lines: list[Line], i: int, cm: ColumnMap, vocab: PlanVocabulary, flat
) -> tuple[list[ProgressRow], int] | None:
    """The rows of the progress table whose header is the line of cells at i, and the index of
    the line after it; None where it is no progress table (fewer than two rows, or a row that
    opens with no ref). A header printed again on a new page is passed over; a line of cells
    with no ref carries the row above on (a cell the page broke)."""
    fields = progress_columns([flat(c) for c in lines[i].cells], cm)
    if fields is None:
        return None
    rows: list[ProgressRow] = []
    j = i + 1
    while j < len(lines) and lines[j].cells is not None and len(lines[j].cells) == len(fields):
        texts = [flat(c) for c in lines[j].cells]
        ln = lines[j]
        j += 1
        if progress_columns(texts, cm) == fields or not any(texts):
            continue  # (the header again on a new page; an empty row)
        ref = vocab.cell_ref(texts[0]) if texts[0] else None
        if ref is None and texts[0]:
            return None  # a first cell that is no ref: not a table keyed by ref
        if ref is None and not rows:
            return None
        if ref is None:
            _carry_on(rows[-1], fields, texts, ln)
            continue
        cells = dict(zip(fields[1:], texts[1:]))
        rows.append(
            ProgressRow(
                ref, cells.get("progress") or None, cells.get("status") or None, ln.number, ln.number, ln.page
            )
        )
    return (rows, j) if len(rows) >= 2 else None


def _carry_on(row: ProgressRow, fields: list[str], texts: list[str], ln: Line) -> None:
    cells = dict(zip(fields[1:], texts[1:]))
    if cells.get("progress"):
        row.update = f"{row.update} {cells['progress']}" if row.update else cells["progress"]
    if cells.get("status"):
        row.status = f"{row.status} {cells['status']}" if row.status else cells["status"]
    row.line_end = ln.number


def read_joined_progress(
    lines: list[Line], i: int, cm: ColumnMap, vocab: PlanVocabulary, p: Patterns, flat
) -> tuple[list[ProgressRow], int] | None:
    """The rows of a progress table whose header is printed as line i with its cells joined on
    each line: a row is a line opening with a ref and, where the header names a status column,
    ending in a whole state ("R1.2 Audit tool agreed ... Underway"); the lines between two rows
    carry the row above's update on. None unless two rows or more read so; the table ends at the
    first line after its last row that opens no row (its update's later lines, if any, are left
    as printed rather than guessed apart from the notes under the table)."""
    found = _joined_header(lines, i, cm, flat)
    if found is None:
        return None
    fields, j = found
    rows: list[ProgressRow] = []
    carried: list[Line] = []  # lines since the last row, not yet known to be its update's
    while j < len(lines) and lines[j].cells is None and len(carried) <= _CARRIED_LINES:
        ln, j = lines[j], j + 1
        text = flat(ln.text).strip()
        row = _joined_row(text, ln, fields, vocab, p)
        if row is None and not rows and text:
            return None  # (the first line under the header opens no row: no progress table here)
        if row is None:
            carried += [ln] if text else []
            continue
        if rows and carried:
            _carry_on(
                rows[-1], ["ref", "progress"], ["", " ".join(flat(c.text) for c in carried)], carried[-1]
            )
        carried = []
        rows.append(row)
    end = j - len(carried) if carried else j
    return (rows, end) if len(rows) >= 2 else None


def _joined_header(lines: list[Line], i: int, cm: ColumnMap, flat) -> tuple[list[str], int] | None:
    """The fields of a progress header printed on line i and the index after it; where the first
    column is too narrow for its name, its last word wraps onto the line below ("Action Progress
    since last report RAG" over "ref"), the name made whole again."""
    text = flat(lines[i].text)
    above = flat(lines[i - 1].text) if i and lines[i - 1].cells is None else ""
    if above.strip() and cm.is_header_words(above) and len(set(cm.scan(above))) >= _HEADER_ABOVE:
        return None  # (a plan header's wrapped last line, "Rec ... RAG Progress update" over "No. status")
    fields = progress_header_line(text, cm)
    if fields is not None:
        return fields, i + 1
    below = flat(lines[i + 1].text) if i + 1 < len(lines) and lines[i + 1].cells is None else ""
    if not below.strip() or len(below.split()) > _WRAPPED_WORDS or not cm.is_header_words(below):
        return None
    first, *rest = text.split() or [""]
    fields = progress_header_line(" ".join([first, *below.split(), *rest]), cm)
    return (fields, i + 2) if fields is not None else None


def _state(words: list[str], p: Patterns) -> bool:
    """The words are a state alone ("Underway", "Not started") or a RAG rating's colour ("Amber")."""
    text = " ".join(words)
    return state_alone(text, p) or text.strip(" .").lower() in p.get("actions.status.rag", {})


def _joined_row(
    text: str, ln: Line, fields: list[str], vocab: PlanVocabulary, p: Patterns
) -> ProgressRow | None:
    """A progress row printed on one line: its ref first, its state last where there is a status
    column, the update between."""
    words = text.split()
    ref = vocab.cell_ref(words[0]) if words else None
    if ref is None:
        return None
    rest, status = words[1:], None
    if "status" in fields:
        n = next((n for n in range(_STATUS_WORDS, 0, -1) if len(rest) > n and _state(rest[-n:], p)), 0)
        if not n:
            return None
        rest, status = rest[:-n], " ".join(rest[-n:])
    return ProgressRow(ref, " ".join(rest) or None, status, ln.number, ln.number, ln.page)
