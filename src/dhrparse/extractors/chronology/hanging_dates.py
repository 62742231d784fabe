"""A "Key dates" list printed as hanging paragraphs (a bold date phrase, a tab, what happened)
that a PDF's reading takes for a table of three columns: the date at the margin, an empty
column where the hanging indent's gap falls, the event beyond it. A numbered heading printed at
the same margin straight after the list ("3. Recommendations") is read as one more row, its
other cells empty.

Read as the two-column table of dates a Word export keeps (chronology.tables): every row but
those trailing headings holds exactly two cells with words, a date first and prose after it,
the prose in the same column on every row. The trailing rows are the report's headings, not
events."""

from __future__ import annotations

from collections.abc import Callable

MIN_ROWS = 3  # fewer dated rows are too few to call a list of key dates


def trailing_headings(rows: list[list[str]], is_date: Callable[[str], bool]) -> int:
    """How many rows at the end hold words in their first cell alone, no date: headings."""
    n = 0
    for texts in reversed(rows):
        filled = [k for k, t in enumerate(texts) if t]
        if filled != [0] or is_date(texts[0]):
            break
        n += 1
    return n


def hanging_date_columns(rows: list[list[str]], is_date: Callable[[str], bool]) -> dict[str, int] | None:
    """{"date": 0, "event": k} for rows of a date and an event `k` cells on, empty cells between
    (the hanging indent's gap), with only headings after them; else None."""
    if not rows or max(len(t) for t in rows) < 3:
        return None  # (two cells a row: the plain table of dates, read as such)
    dated = rows[: len(rows) - trailing_headings(rows, is_date)]
    if len(dated) < MIN_ROWS:
        return None
    events = set()
    for texts in dated:
        filled = [k for k, t in enumerate(texts) if t]
        if len(filled) != 2 or filled[0] != 0 or not is_date(texts[0]) or is_date(texts[filled[1]]):
            return None
        events.add(filled[1])
    return {"date": 0, "event": events.pop()} if len(events) == 1 else None
