"""A plan's header whose column names plain pdftotext printed apart, one name a line, each over
its own column's cells ("Ref" / "1.1" / "1.2" ... "Recommendation" / ... "Action" / ... "Lead"),
found so that a plan no reader could cut still gets its `plan_not_read` warning
(plan.unread_plans), never a silent drop.

A table printed a column at a time has no line naming three columns: its names stand alone, a
column's cells between one name and the next, the last columns' names often after the page's
running foot. A run of such lines is a plan's header where its names are three fields or more,
one of them asking for action (plan.tables.acts_on) or a status, a due date and a lead among
them, each name at most a column's cells away from the one before. A heading of a report's own ("Recommendations", "Action plan") names no second
and third column near it, so prose with a few headings is passed over.
"""

from __future__ import annotations

import re

from dhrparse.document import SourceDocument
from dhrparse.plan.tables import ColumnMap, acts_on
from dhrparse.prepare.markup import flatten

# the printed lines, blank lines not counted, one column's cells may fill between its name and
# the next column's name (a recommendation column of three wrapped cells, a page's running foot)
MAX_CELL_LINES = 24
MIN_FIELDS = 3  # a header names three columns or more (plan.unread_plans counts alike)
# a tracker export's own names, "Status" / "Due Date" / "Assigned To", ask for action without an
# action column: no table of recommendations or events has a status, a due date and a lead
TRACKED = {"status", "target_date", "lead"}
# a printed line this long is a paragraph's, wider than any plan column's cell (a landscape
# plan's widest Action column prints about 60 characters a line)
PROSE_CHARS = 80
_WORD = re.compile(r"[a-z]+")


def _lone_name(cm: ColumnMap, text: str) -> str | None:
    """The one field a line names when the line is a column's name and nothing else."""
    if not text or not cm.is_header_words(text):
        return None
    fields = [f for f in cm.scan(text) if not f.startswith("extra:")]
    return fields[0] if len(fields) == 1 else None


def _runs(doc: SourceDocument, cm: ColumnMap) -> list[list[tuple[int, str, str, int]]]:
    """Runs of (line number, printed name, field, place among the printed lines) of lone names,
    each name at most a column's cells after the one before."""
    printed = [ln for ln in doc.lines if ln.is_content and ln.text.strip()]
    runs: list[list[tuple[int, str, str, int]]] = []
    since = MAX_CELL_LINES + 1  # printed lines since the last lone name
    for k, ln in enumerate(printed):
        field = None if _row_of_cells(ln) else _lone_name(cm, ln.text.strip())
        if field is None or _over_prose(printed[k + 1 : k + 2]):
            since += 1
            continue
        if since > MAX_CELL_LINES or not runs:
            runs.append([])
        runs[-1].append((ln.number, flatten(ln.text).strip(), field, k))
        since = 0
    return runs


def _label_table(run: list[tuple[int, str, str, int]]) -> bool:
    """Each name followed by one value line and then the next name: a cover's label table
    ("Date" / "12 May 2025" / "Status" / "Final"), not a column's name over its cells."""
    places = [entry[3] for entry in run]
    return all(b - a == 2 for a, b in zip(places, places[1:]))


def _row_of_cells(ln) -> bool:
    """A row of cells the reader saw is no name printed apart."""
    return ln.cells is not None and len([c for c in ln.cells if c.strip()]) > 1


def _over_prose(after: list) -> bool:
    """The line after a name runs the page's width: the name is a report's heading over its
    paragraph ("Actions" over what the Board will do), not a column's name over a narrow cell."""
    return bool(after) and len(flatten(after[0].text).strip()) > PROSE_CHARS


def apart_headers(doc: SourceDocument, cm: ColumnMap) -> list[tuple[int, str, list[str]]]:
    """(first name's line, the names as one key, fields) of every header printed a name a line."""
    found: list[tuple[int, str, list[str]]] = []
    for printed in _runs(doc, cm):
        # (a name printed twice in one run is a column's cell, "In Progress" under "Status":
        # a header names each column once)
        texts = [entry[1].lower() for entry in printed]
        run = [entry for entry, text in zip(printed, texts) if texts.count(text) == 1]
        fields = list(dict.fromkeys(entry[2] for entry in run))
        if len(fields) < MIN_FIELDS or not (acts_on(fields) or set(fields) >= TRACKED) or _label_table(run):
            continue
        key = " ".join(w for entry in run for w in _WORD.findall(entry[1].lower()))
        found.append((run[0][0], key, fields))
    return found
