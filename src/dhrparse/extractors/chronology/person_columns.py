"""A summary chronology setting two people's contacts side by side, "Date | <her first name> | <his first name>": each
event printed in the column of the person it concerns, the other person's cell left blank. A
person's first name is no column's name the vocabulary knows, so the header says nothing; the
cells decide: columns no vocabulary names whose every cell is an event told in a sentence, each
left blank on some rows, and most rows filling only one of them. A row filling both tells two
contacts on one date: an entry each, in the columns' order."""

from __future__ import annotations

from dhrparse.extractors.chronology.column_roles import OTHER

EVENT_WORDS = 5  # an event is told in a sentence, never in a label, a code or a name
MIN_ROWS = 3  # (two rows are too few to tell a habit of the table)


def side_by_side_columns(cols: dict[str, int], rows: list[list[str]]) -> list[int]:
    """The unnamed columns holding the events side by side, or [] where the table has an event
    column, or its unnamed columns are not such (a comment beside every event, a code column)."""
    if "event" in cols or len(rows) < MIN_ROWS:
        return []
    unnamed = sorted(i for name, i in cols.items() if name.startswith(OTHER))
    chosen = [i for i in unnamed if _events_with_gaps(i, rows)]
    if len(chosen) < 2:
        return []
    counts = [sum(1 for i in chosen if _cell(r, i)) for r in rows]
    filled = sum(1 for n in counts if n)
    alone = sum(1 for n in counts if n == 1)
    return chosen if alone * 2 > filled else []


def row_parts(texts: list[str], columns: list[int]) -> list[list[str]]:
    """The row once per filled side-by-side cell, the other such cells blanked; the row itself
    where it fills one or none."""
    filled = [i for i in columns if _cell(texts, i)]
    if len(filled) < 2:
        return [texts]
    return [[t if j == keep or j not in columns else "" for j, t in enumerate(texts)] for keep in filled]


def _events_with_gaps(i: int, rows: list[list[str]]) -> bool:
    cells = [_cell(r, i) for r in rows]
    told = [c for c in cells if c]
    return bool(told) and len(told) < len(cells) and all(len(c.split()) >= EVENT_WORDS for c in told)


def _cell(texts: list[str], i: int) -> str:
    return texts[i].strip() if i < len(texts) else ""
