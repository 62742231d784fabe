"""The agency column's cells told to their rows by their order, in a chronology table a plain text
export printed column after column (apart_rows).

The export does not always print a row's agency cell straight after its date: where the rows sit
close, it gathers several rows' agency cells into one run of lines ("Ashby Police" / "Ashby
Children's" / "Services" / "Ashby Police"), before or after the dates they belong to, which it
gathers into runs of their own. The runs keep the column's order all the same, top to bottom, so
the cells pair with the dates in order once each run is cut into its cells. A run is cut between
the agencies it names where other words stand between them (the next cell's own words, its
area's name): a run naming one agency or none is one cell (a name the vocabulary does not know,
"Family"), and names printed straight after each other are one cell's ("Hospital Emergency
Department"). The pairing holds only when the cells so counted are exactly as many as the dates:
otherwise some cell names two agencies, or none among others, and no row is told its agency."""

from __future__ import annotations

from collections.abc import Callable

import regex

# what may stand between two names of one cell: spaces, a joining word or mark
_JOINED = regex.compile(r"[\s,/&()–-]*(?:(?:and|or)[\s,/&()–-]*)?")


def cells_in_order(
    runs: list[list[str]],
    rows: int,
    mentions: Callable[[str], list[tuple[int, int, str]]],
    names: Callable[[str], list[str]],
) -> list[frozenset[str]] | None:
    """Each row's agency cell as the agencies it names, from the printing's agency runs (each run's
    lines, in print order); None when the runs cannot be cut into exactly `rows` cells, or fewer
    than two cells name an agency. `mentions` gives every agency a text names, in order, once per
    mention, as (start, end, name); `names` the agencies a one-cell run names or implies."""
    cells: list[frozenset[str]] = []
    for lines in runs:
        text = " ".join(" ".join(t.split()) for t in lines)
        parts = _cells(text, mentions(text))
        if len(parts) >= 2:
            cells += parts
        else:
            cells.append(frozenset(names(text)))
    if len(cells) != rows or sum(1 for cell in cells if cell) < 2:
        return None
    return cells


def _cells(text: str, found: list[tuple[int, int, str]]) -> list[frozenset[str]]:
    """The run's names gathered into cells: a name straight after the one before is its cell's."""
    cells: list[set[str]] = []
    end = None
    for start, stop, name in found:
        if end is not None and _JOINED.fullmatch(text[end:start]):
            cells[-1].add(name)
        else:
            cells.append({name})
        end = stop
    return [frozenset(cell) for cell in cells]
