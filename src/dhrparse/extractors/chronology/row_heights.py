"""How tall a chronology table's rows print, told by its date column, where a plain text export
printed the table column after column (apart_rows): the event column's cells are then one run of
wrapped lines, and a row's height is what says how many of them are its own.

The export gathers a column's lines into one run when each follows the one above at about a
line's spacing, and prints a blank line between runs. A table printed column after column has
rows with next to no padding (a padded table prints row by row), so two rows one line tall keep
their dates in one run ("14/09/2022" over "17/09/2022"); the rule is only trusted where the table
shows such a pair somewhere (an export that set every date apart says nothing of heights). A row
whose one-line date stands in a run of its own, apart from the next row's date, is taller than a
line; when its other short cells
(the agency's name printed between the two dates) take one line or none, the extra lines are its
event's: that event prints on two lines or more. A row whose agency's name wraps over two lines,
or whose date shares its run, tells nothing of its event's height; nor does the printing's last
row (it may run on over the page).

That bound settles the cut of the event run only where exactly one cut fits it together with the
wrap's evidence (wrapped_cells.openings): then no row is dated from its neighbour's event.
Otherwise the spans are left as they were, for the other rules (short_tails, guessed_cells)."""

from __future__ import annotations

from bisect import bisect_right

from dhrparse.extractors.chronology.wrapped_cells import openings

_MANY = 2  # counting cuts stops here: one cut is settled, two or more are not
_TALL = 2  # the event lines of a row shown taller than a line, its other cells one line each


def joined_dates(dates: list[list[int]]) -> bool:
    """Two rows' dates printed one line after the other, in one run: the export keeps close rows'
    dates together (see the module's note)."""
    return any(below[0] == above[-1] + 1 for above, below in zip(dates, dates[1:]))


def least_lines(runs: list[list[int]], dates: list[list[int]], joins: bool) -> list[int]:
    """The fewest lines each row's event prints on (1 where nothing is known), from the printing's
    lead: its runs (each run's printed line numbers, in order) and each row's date cell's line
    numbers among them. `joins`: the table shows two rows' dates in one run somewhere."""
    if not joins:
        return [1] * len(dates)
    run_of = {n: k for k, run in enumerate(runs) for n in run}
    taken = {n for cell in dates for n in cell}
    least = [1] * len(dates)
    for k, (cell, below) in enumerate(zip(dates, dates[1:])):
        here, there = run_of[cell[0]], run_of[below[0]]
        if len(cell) != 1 or len(runs[here]) != 1 or here == there:
            continue  # (a date of two lines, or sharing its run: its row's height is not told)
        between = sum(1 for run in runs[here + 1 : there] for n in run if n not in taken)
        if between <= 1:
            least[k] = _TALL
    return least


def settle_by_heights(
    spans: list[tuple[int, int] | None],
    lines: list[str],
    least: list[int],
    apart: frozenset[int] = frozenset(),
) -> list[tuple[int, int] | None]:
    """The spans with every cell read where exactly one cut of the run into len(spans) cells opens
    each cell where one may open, at every place where one must, with each cell as long as its
    row needs and the cells already settled kept; else the spans as they were."""
    cells = len(spans)
    if all(sp is not None for sp in spans) or max(least, default=1) <= 1 or len(lines) < cells:
        return spans
    possible, proven = openings(lines, apart)
    cut = _only_cut(len(lines), cells, possible, proven, least)
    if cut is None or any(sp is not None and sp != c for sp, c in zip(spans, cut)):
        return spans
    return cut


def _only_cut(
    size: int, cells: int, possible: list[int], proven: set[int], least: list[int]
) -> list[tuple[int, int]] | None:
    """The one way to cut `size` lines into `cells` cells (None when there is none or more than
    one), counted forward cell by cell: a cell opening at a line may end at any later possible
    opening up to the first place one must open (or the run's end, for the last cell)."""
    places = [*sorted(possible), size]
    # ways[j]: for each line where cell j may open, how many cuts of the cells before lead there
    # (capped), and the line where the cell before opened
    ways: list[dict[int, tuple[int, int]]] = [{0: (1, -1)}]
    for j in range(cells):
        fewest = least[j] if j < len(least) else 1
        nxt: dict[int, tuple[int, int]] = {}
        for start, (count, _) in ways[-1].items():
            for end in _ends(places, start, proven, size):
                if (end == size) != (j == cells - 1) or end - start < fewest:
                    continue
                seen, origin = nxt.get(end, (0, start))
                nxt[end] = (min(seen + count, _MANY), origin)
        ways.append(nxt)
    count, _ = ways[-1].get(size, (0, -1))
    if count != 1:
        return None
    starts, at = [size], size
    for j in range(cells, 0, -1):
        at = ways[j][at][1]
        starts.append(at)
    starts.reverse()
    return list(zip(starts, starts[1:]))


def _ends(places: list[int], start: int, proven: set[int], size: int) -> list[int]:
    """Where a cell opening at `start` may end: each possible opening after it, up to and
    including the first one that must open (no cell runs over a proven end)."""
    out = []
    for place in places[bisect_right(places, start) :]:
        out.append(place)
        if place in proven or place == size:
            break
    return out
