"""A spreadsheet printed with its print headings on and read side by side (pdftotext -layout):
each page prints the sheet's letters row ("A  B  C ...") over that page's columns, and a page
laid out narrower moves every column, its letters with them. Where a page's letters stand over
the columns the header's page read its cells in (each cell start under its own letter), the next
page's letters are where that page's columns start, though none of its rows prints a cell in
every column (a row under merged or empty cells: "4.5  Share the findings ...  Jun-26")."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.printed_header import column_of
from dhrparse.prepare.print_headings import letter_places


def page_letters(furniture: list[Line]) -> dict[int, list[int]]:
    """Each page's letters row, where it prints its letters (the first on the page)."""
    places: dict[int, list[int]] = {}
    for ln in furniture:
        if ln.page is not None and ln.page not in places and (found := letter_places(ln)) is not None:
            places[ln.page] = found
    return places


def lettered_starts(letters: dict[int, list[int]], before: int | None, page: int | None, starts: list[int]):
    """The column starts of `page` from its letters, or None: only where the page `before` it
    printed one letter a column, each column's start under its own letter."""
    over, under = letters.get(before), letters.get(page)
    if over is None or under is None or not len(over) == len(under) == len(starts):
        return None
    if any(column_of(over, s, "") != n for n, s in enumerate(starts)):
        return None
    return list(under)
