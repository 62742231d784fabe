"""A small plan table with no ref column, "Improvement action | Lead | Timescale", in text whose
printed lines join their cells (pdfplumber's lines): a table per recommendation, printed under
the recommendation's own statement. Nothing numbers its rows; each row's first printed line is
the only one holding its timescale (the last column, a date or a span: "December 2024"), the
action's and the lead's later lines printed below it without one. So a row opens on each line
that ends in a date, and the narrower-plan reader (plan.narrow_rows) cuts the lines by the
columns' widths as it cuts numbered rows."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.vocab.dates import find_dates

DATED_ROWS = 2  # a table per recommendation: as few as two actions
TAIL = 3  # the most characters after a date that end a row's first line (" .")


def dated_rows(cols: list[str]) -> bool:
    """Whether a header is such a table's: an action first, then its lead, the date last (or
    the date, then a status column whose cells are a status word or two)."""
    return cols in (["action", "lead", "target_date"], ["action", "lead", "target_date", "status"])


def dated_starts(texts: list[str], p, statement, status=None) -> tuple[list[int], set[int]]:
    """(the lines a row opens on: those ending in a date, or in a date and a whole status cell
    matching `status` where the table has one; the lines of the next recommendation's
    statement, printed between its table and the last, up to the next row)."""
    return row_starts(texts, statement, lambda text: _opens_row(text, p, status))


def row_starts(texts: list[str], statement, opens_row: Callable[[str], bool]) -> tuple[list[int], set[int]]:
    """(the lines `opens_row` opens a row on; the lines of a recommendation's statement printed
    across the table, `statement` matching its first, up to the next row's first line)."""
    starts: list[int] = []
    bands: set[int] = set()
    in_band = False
    for n, text in enumerate(texts):
        if statement.match(text):
            in_band = True
        elif opens_row(text):
            in_band = False
            starts.append(n)
        if in_band:
            bands.add(n)
    return starts, bands


def _opens_row(text: str, p, status=None) -> bool:
    """A line ending in a date with words before it, and no full stop after the date: a
    statement's sentence ending on a date ("... by March 2025.") opens no row, whose timescale
    cell prints none. With a status column, the date is followed by the status cell's words,
    a status word and nothing else ("31/10/2024 Complete", "January 2025 In progress")."""
    dates = find_dates(text, p)
    if not dates or dates[-1].start == 0 or text.rstrip().endswith("."):
        return False
    tail = text.rstrip()[dates[-1].end :].strip()
    if status is not None:
        m = status.match(tail)
        return m is not None and m.end() == len(tail)
    return len(tail) <= TAIL
