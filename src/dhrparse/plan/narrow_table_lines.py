"""A narrower plan table's rows, once cut (plan.narrow_rows cuts them), written back as the
plan's lines: each row's cells on its first printed line, the lines left as printed kept (a
recommendation printed across the table, an agency's heading over its header named again), every
other line of the table an empty row, so every printed line keeps its own Line."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.narrow_sections import REF_SPACE


def under_ref(ref: str, word: str) -> bool:
    """Whether `word` numbers an action under the recommendation numbered `ref` ("1" and
    "1(i)", "2" and "2a", "3" and "3.1")."""
    return (
        ref.isdigit()
        and word.startswith(ref)
        and len(word) > len(ref)
        and (word[len(ref)].isalpha() or word[len(ref)] in ".(")
    )


def action_ref(cells: list[str], action: int) -> list[str]:
    """A row's cells with the action's own number moved to the ref's cell, where the ref cell
    holds the recommendation's bare number and the action opens with a number under it ("1" |
    "1(i) Write to ..."): a table printing the recommendation's number in a column of its own
    beside the action's, on its first action's row only (the rows below open with the action's
    number alone), is cut as one ref column; the recommendation's number is the action's
    number's own start, so nothing of it is lost."""
    words = cells[action].split(maxsplit=1)
    if action < 1 or len(words) < 2 or not under_ref(cells[0], words[0]):
        return cells
    return [words[0], *cells[1:action], words[1], *cells[action + 1 :]]


def row_firsts(
    rows, body: list[int], kept: list[int], paired: bool, action: int = -1
) -> dict[int, list[str]]:
    """Each row's cells, by its first printed line (a paired ref parted again into the
    recommendation's code and the action's number; an action's number cut into its action's
    cell moved to the ref's)."""
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
            elif action > 0:
                cells = action_ref(cells, action)
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
