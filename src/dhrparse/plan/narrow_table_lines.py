"""A narrower plan table's rows, once cut (plan.narrow_rows cuts them), written back as the
plan's lines: each row's cells on its first printed line, the lines left as printed kept (a
recommendation printed across the table, an agency's heading over its header named again), every
other line of the table an empty row, so every printed line keeps its own Line."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.narrow_sections import REF_SPACE


def row_firsts(rows, body: list[int], kept: list[int], paired: bool) -> dict[int, list[str]]:
    """Each row's cells, by its first printed line (a paired ref parted again into the
    recommendation's code and the action's number)."""
    firsts: dict[int, list[str]] = {}
    above = ""  # (the recommendation's number last printed beside an action's)
    for row in rows:
        for part, first in zip(row.parts, row.firsts):
            cells = [" ".join(words) for words in part]
            if paired:
                # (a ref alone is the action's: the recommendation's cell merged down from the
                # row above prints its number on that row's first line only)
                pair = cells[0].split(REF_SPACE, 1) if REF_SPACE in cells[0] else [above, cells[0]]
                above = pair[0]
                cells = [*pair, *cells[1:]]
            firsts[body[kept[first]]] = [cell.replace(REF_SPACE, " ") for cell in cells]
    return firsts


def table_lines(
    lines: list[Line], i: int, j: int, names, firsts: dict, left: set, sections: dict
) -> list[Line]:
    """The table's lines as cells: the header named, each row's first line its cells, the
    lines left as printed kept, every other line blank."""
    blank = [""] * len(names)
    out = [cells_line(lines[i], names)]
    # (each agency's heading kept as printed over its header, named again: the walk reads
    # the section as in a table printed with its cells)
    left |= set(sections)
    headers = {h + 1 for h, after in sections.items() if after > h + 1}
    for k in range(i + 1, j):
        if k in headers:
            out.append(cells_line(lines[k], names))
        elif k in firsts:
            out.append(cells_line(lines[k], firsts[k]))
        elif k in left:
            out.append(lines[k])  # (a recommendation printed across the table: the walk reads it)
        else:
            out.append(cells_line(lines[k], blank))
    return out
