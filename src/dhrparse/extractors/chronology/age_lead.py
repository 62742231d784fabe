"""A child's age printed before the date in a chronology table that plain text prints row by
row ("Age" / "Date" / "Agency" / "Contact", then "3 days" / "14.03.2023" / "Midwifery" / the
event). Child practice reviews set the baby's age at each contact first; the date still dates
the row. Each row's age cell prints after the row above's event, so read as the stacked rows
are (a row opens at its date) it would end the event above: it is the next row's, kept beside
that row's entry. The header tells how many cells follow the age, so the runs after the last
row's cells are the report's text under the table (a box of what practitioners said), not its
event."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.life_days import is_count_name
from dhrparse.patterns import Patterns

_AGE_LINES = 2  # an age cell's lines in its narrow column: "10" over "days"
_AGE_WORDS = 3  # the words of one of its lines


def age_name(line: Line, p: Patterns) -> bool:
    """`line` (the line that holds words above the date column's name) names an age column."""
    return is_count_name(line.text, p)


def lead_cell(lines: list[Line], p: Patterns) -> list[Line]:
    """The age cell opening `lines`: its lines printed straight under each other, short, none
    a date (empty when the first line is none such)."""
    cell: list[Line] = []
    for ln in lines[:_AGE_LINES]:
        if cell and ln.number != cell[-1].number + 1:
            break
        if not 0 < len(ln.text.split()) <= _AGE_WORDS or is_date_cell(ln.text, p):
            break
        cell.append(ln)
    return cell


def age_cells(
    rows: list[list[Line]], cells: int, p: Patterns, end: int
) -> tuple[list[list[Line]], dict[int, list[Line]], int]:
    """The rows with each age cell taken off the row above's end (or off a first "row" that is
    only the first age cell), the age cell of each row (its lines, by the row's id), and the
    table's last line once the last row keeps only its `cells` cells after the age."""
    ages: dict[int, list[Line]] = {}
    if rows and not is_date_cell(rows[0][0].text, p) and len(rows) > 1:
        head = rows.pop(0)
        if lead_cell(head, p) == head:
            ages[id(rows[0])] = head
    for above, row in zip(rows, rows[1:]):
        runs = _runs(above)
        if len(runs) > cells and lead_cell(runs[-1], p) == runs[-1]:
            del above[-len(runs[-1]) :]
            ages[id(row)] = runs[-1]
    if rows:
        runs = _runs(rows[-1])
        if len(runs) > cells:  # (the report's text under the table printed after the last row)
            kept = [ln for run in runs[:cells] for ln in run]
            rows[-1][:] = kept
            end = kept[-1].number
    return rows, ages, end


def _runs(row: list[Line]) -> list[list[Line]]:
    """The row's lines in runs printed straight under each other: one cell a run."""
    runs: list[list[Line]] = []
    for ln in row:
        if runs and ln.number == runs[-1][-1].number + 1:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    return runs


def cell_words(lines: list[Line]) -> str:
    return " ".join(" ".join(ln.text.split()) for ln in lines)
