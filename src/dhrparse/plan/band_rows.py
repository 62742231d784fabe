"""A plan whose recommendations print as bands across its table ("Recommendation 2: The Council
should ...") over action rows that carry no number of their own, "Action | Lead officer | By
when | Evidence of impact | Status", in corpus text (each printed line joining its cells).

With no ref to open them, the action rows are found by what their first printed line holds:
it opens with a capital, under a band's last line or anywhere below it, and prints a date (or
a no-date word, or a span's first line) in the target column. The tracker reader's cut
(plan.tracker_rows.cut_first_lines) then parts those first lines into their cells where the
rows' widths agree; the table is kept only where every row's date cell reads as a date and its
status cell, where one is printed, as a status. The bands stay as printed: the walk reads each
as the statement of the recommendation the rows under it answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from dhrparse.plan.tracker_rows import TrackerShapes

MIN_BANDS = 2  # the fewest recommendation bands that make a plan of this kind
MIN_ROWS = 3
LEAD_WORDS = 2  # the fewest words of an action before its lead and date on its first line
MAX_DATE_WORDS = 2
_OPENS = regex.compile(r"^[\p{Lu}‘'\"“]")


def band_lines(texts: dict[int, str], statement: regex.Pattern) -> list[int]:
    """The body lines that open a recommendation's band."""
    return [k for k, text in texts.items() if statement.match(text)]


def row_openings(
    texts: dict[int, str], bands: list[int], shapes: TrackerShapes
) -> list[tuple[int, list[str]]]:
    """The printed lines that open an action row, each with an empty ref before its words:
    below the first band, opening with a capital (not a year: a progress cell's wrapped date),
    printing a date after the action's first words."""
    out: list[tuple[int, list[str]]] = []
    for k, text in texts.items():
        words = text.split()
        if k in bands or k < bands[0] or not words or not _OPENS.match(words[0]):
            continue
        if _dated_at(words, shapes) is not None:
            out.append((k, ["", *words]))
    return out


def _dated_at(words: list[str], shapes: TrackerShapes) -> int | None:
    """Where a date cell opens on the line (after the action's and the lead's first words)."""
    for a in range(LEAD_WORDS + 1, len(words)):
        for n in range(MAX_DATE_WORDS, 0, -1):
            if a + n <= len(words) and shapes.date_shape(" ".join(words[a : a + n])) > 0:
                if not words[a][:1].isupper() and not words[a][:1].isdigit():
                    continue
                return a
    return None


def clear(rows, roles: list[str], shapes: TrackerShapes) -> bool:
    """Every row's action opens it, its date cell reads as a date and a status printed reads
    as one."""
    action, date = roles.index("action"), roles.index("target_date")
    status = roles.index("status") if "status" in roles else None
    for _, _, cells in rows:
        if not cells[action] or not _OPENS.match(cells[action]):
            return False
        if not cells[date] or shapes.fit("target_date", cells[date]) >= 0:
            return False
        if status is not None and cells[status] and not _status_part(cells[status], shapes):
            return False
    return True


def _status_part(cell: str, shapes: TrackerShapes) -> bool:
    """A status, or a status's first word over the rest ("In" over "progress", "Not" over
    "started")."""
    if shapes.fit("status", cell) < 0:
        return True
    return len(cell.split()) == 1 and cell.lower() in shapes.status_openings
