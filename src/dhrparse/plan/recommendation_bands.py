"""Recommendations printed as bands of the plan's own table, their actions lettered under them.

A single agency's plan often prints one table headed "Ref | Recommendation / action | Owner |
Deadline | Update | Status" in which each recommendation is a row of its own (bold, shaded,
its text in the second column or spanning the row, every other cell empty) followed by the rows
of the actions that answer it, numbered after it with a letter or a decimal ("1a", "1b", "1.2")
and each with its own owner, deadline and status. The header names one column for both, so the
header map calls the rows recommendations. Read together, the rows say otherwise: a row whose
ref is a bare number and whose other cells are empty is that recommendation, and the rows
numbered under it are its actions. Only a table every row of which reads so is taken.

A band spanning the row prints, in a layout text export, as one line across the columns; the
layout reader cuts it at the columns' edges. A bare-numbered row printed on one line whose
recommendation cell stops mid-sentence and whose other cells carry the sentence on to its end
(no date, no status word among them) is such a band, its words read back in column order.
"""

from __future__ import annotations

import regex

from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.statements import Statement
from dhrparse.plan.tables import PlanRow, PlanTable
from dhrparse.vocab.refs import display_ref

# the number of a recommendation ("3", "R3") and of an action numbered under it ("3a", "3(b)", "3.2",
# in roman numerals "3(ii)")
BAND = regex.compile(r"^\s*(?P<number>[A-Za-z]{0,4}\s?\d{1,3})\s*\.?\s*$")
_UNDER = regex.compile(
    r"^\s*(?P<number>[A-Za-z]{0,4}\s?\d{1,3})(?:\s*[./]\s*\d{1,2}|\s*\(?[a-z]\)?|\s*\([ivx]{1,4}\))\s*$"
)
# the cells an action row carries of its own (a recommendation band leaves them empty)
_ACTION_CELLS = ("lead", "target_date", "status", "progress")
_SENTENCE_END = regex.compile(r"[.;]['’”)]?\s*$")


def read_bands(tables: list[PlanTable], roles: ColumnRoles) -> list[Statement]:
    """The recommendations printed as bands in these tables, as confirmed statements; each such
    table's rows become its actions, each linked to the band above it."""
    found: list[Statement] = []
    for table in tables:
        found += _table_bands(table, roles)
    return found


def _table_bands(table: PlanTable, roles: ColumnRoles) -> list[Statement]:
    cols = table.columns
    if "ref" not in cols or "recommendation" not in cols or "action" in cols:
        return []
    parents: list[str | None] = []  # each row's band number, None for a band itself
    spanning: dict[int, str] = {}  # a band printed across the columns: its text read back
    current = None
    for k, row in enumerate(table.rows):
        across = _printed_across(row, table, roles)
        if across is not None:
            spanning[k] = across
        if across is not None or _is_band(row):
            current = _number(row.ref)
            parents.append(None)
            continue
        m = _UNDER.match(row.ref or "")
        if current is None or m is None or band_key(m.group("number")) != current:
            return []  # a row neither band nor action under the band above: not this layout
        if not any(row.cells.get(c) for c in _ACTION_CELLS):
            return []
        parents.append(current)
    if not any(p is not None for p in parents):
        return []  # bands alone: a table of recommendations
    statements: list[Statement] = []
    rows: list[PlanRow] = []
    for k, (row, parent) in enumerate(zip(table.rows, parents)):
        if parent is None:
            statements.append(band_statement(row, table, spanning.get(k) or row.cells["recommendation"]))
            continue
        row.recommendation_ref = statements[-1].ref
        row.cells["action"] = row.cells.pop("recommendation", "")
        rows.append(row)
    table.rows = rows
    table.columns = ["action" if c == "recommendation" else c for c in cols]
    return statements


def _is_band(row: PlanRow) -> bool:
    """A row numbered alone ("2") holding only the recommendation's text."""
    return (
        bool(BAND.match(row.ref or ""))
        and bool((row.cells.get("recommendation") or "").strip())
        and not any(v.strip() for k, v in row.cells.items() if k != "recommendation")
        and not any(v.strip() for v in row.extra.values())
    )


def _printed_across(row: PlanRow, table: PlanTable, roles: ColumnRoles) -> str | None:
    """The text of a band a layout text export printed across the columns on one line, or None."""
    if table.origin != "text" or row.line_start != row.line_end or row.extra or not BAND.match(row.ref or ""):
        return None
    opening = (row.cells.get("recommendation") or "").strip()
    rest = [
        row.cells[c].strip() for c in table.columns if c not in ("ref", "recommendation") and row.cells.get(c)
    ]
    if not opening or not rest or _SENTENCE_END.search(opening):
        return None  # (a row of cells, or a band whose text its own cell holds)
    if any(roles.is_date(t) or roles.is_status(t) for t in rest):
        return None  # a cell of its own: a deadline or a status is no part of a sentence
    text = " ".join([opening, *rest])
    return text if _SENTENCE_END.search(text) else None


def _number(ref: str | None) -> str:
    m = BAND.match(ref or "")
    return band_key(m.group("number")) if m else ""


def band_key(number: str) -> str:
    """A band's number as its actions' numbers are matched with it ("R 1" -> "r1")."""
    return "".join(number.split()).lower()


def band_statement(row: PlanRow, table: PlanTable, text: str) -> Statement:
    """The recommendation a band row prints, its words on one line, confirmed by its table."""
    return Statement(
        ref=display_ref(row.ref) or row.ref or "",
        lines=[" ".join(text.split())],
        line_start=row.line_start,
        line_end=row.line_end,
        page=row.page,
        table=table,
        section=row.section,
        confirmed=True,
    )
