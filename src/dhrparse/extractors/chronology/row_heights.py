"""How tall a chronology table's rows print, told by its date and agency columns, where a plain
text export printed the table column after column (apart_rows): the event column's cells are then
one run of wrapped lines, and a row's height is what says how many of them are its own.

The export gathers printed lines into one run when they follow closely down a column and sets a
blank line between runs further apart. Two rows' one-line dates printed in one run ("14/09/2022"
over "17/09/2022"), their agencies' names in the one run after them, stand close: the agencies'
lines follow one another at a line's spacing, so the upper row is as tall as its agency's name,
and its event prints on no more lines than the agencies' run leaves it (each agency has a line
at least). Where that bound shows a row one line tall, one line's height keeps two dates in one
run in this table; a row whose one-line date then stands in a run of its own, apart from the next
one, is taller than a line, and when its other short cells (the agency's name) print on one line
or none, the extra lines are its event's: that event prints on two lines or more. A row whose
agency's name wraps over two lines tells nothing of its event's height.

These bounds settle the cut of the event run only where exactly one cut fits them together with
the wrap's evidence (wrapped_cells.openings): then no row is dated from its neighbour's event.
Otherwise the spans are left as they were, for the other rules (short_tails, guessed_cells)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from dhrparse.extractors.chronology.wrapped_cells import openings

_MANY = 2  # counting cuts stops here: one cut is settled, two or more are not


@dataclass(frozen=True)
class Height:
    """The lines a row's event may print on: at least `least`, at most `most` (None: no bound)."""

    least: int = 1
    most: int | None = None

    def holds(self, lines: int) -> bool:
        return lines >= self.least and (self.most is None or lines <= self.most)


FREE = Height()


def row_heights(runs: list[list[int]], dates: list[list[int]]) -> list[Height]:
    """Each row's event height from the printing's lead: its runs (each run's printed line
    numbers, in order) and the line numbers of each row's date cell among them. A row whose date
    is the printing's last tells nothing: the row may run on over the page."""
    run_of = {n: k for k, run in enumerate(runs) for n in run}
    taken = {n for cell in dates for n in cell}
    heights = [FREE] * len(dates)
    chains = _chains(dates)
    for chain in chains:
        if len(chain) > 1:
            _bound_joined(chain, dates, runs, run_of, taken, heights)
    if any(h.most == 1 for h in heights):
        # (a row one line tall keeps its date in one run with the next one here: a row whose date
        # stands apart is taller)
        for chain, after in zip(chains, chains[1:]):
            if len(chain) == 1:
                heights[chain[0]] = _apart(dates[chain[0]], dates[after[0]], runs, run_of, taken)
    return heights


def _chains(dates: list[list[int]]) -> list[list[int]]:
    """The rows whose dates print in one run, one line after another."""
    chains: list[list[int]] = []
    for k, cell in enumerate(dates):
        if chains and cell[0] == dates[k - 1][-1] + 1:
            chains[-1].append(k)
        else:
            chains.append([k])
    return chains


def _bound_joined(
    chain: list[int],
    dates: list[list[int]],
    runs: list[list[int]],
    run_of: dict[int, int],
    taken: set[int],
    heights: list[Height],
) -> None:
    """Rows whose one-line dates print in one run, their run holding nothing else and followed by
    one run of other cells (the rows' agencies) before the next date: those cells print one after
    another too, so each row is as tall as its agency's lines, and each agency has one line at
    least; every row but the chain's last holds no more event lines than the run leaves it."""
    if any(len(dates[k]) != 1 for k in chain):
        return
    first = run_of[dates[chain[0]][0]]
    if len(runs[first]) != len(chain):
        return
    others = _runs_until_date(runs, first + 1, taken)
    if len(others) != 1 or len(others[0]) < len(chain):
        return
    most = len(others[0]) - (len(chain) - 1)
    for k in chain[:-1]:
        heights[k] = Height(most=most)


def _apart(
    cell: list[int], below: list[int], runs: list[list[int]], run_of: dict[int, int], taken: set[int]
) -> Height:
    """A row whose one-line date prints in a run of its own, apart from the next row's: taller than
    a line, so where its other cells print on one line (or none), its event takes two lines."""
    here, there = run_of[cell[0]], run_of[below[0]]
    if len(cell) != 1 or len(runs[here]) != 1:
        return FREE
    between = [n for run in runs[here + 1 : there] for n in run if n not in taken]
    return Height(least=2) if len(between) <= 1 else FREE


def _runs_until_date(runs: list[list[int]], k: int, taken: set[int]) -> list[list[int]]:
    out = []
    while k < len(runs) and not any(n in taken for n in runs[k]):
        out.append(runs[k])
        k += 1
    return out


def settle_by_heights(
    spans: list[tuple[int, int] | None],
    lines: list[str],
    heights: list[Height],
    apart: frozenset[int] = frozenset(),
) -> list[tuple[int, int] | None]:
    """The spans with every cell read where exactly one cut of the run into len(spans) cells opens
    each cell where one may open, at every place where one must, with each cell's height within
    its bound and the cells already settled kept; else the spans as they were."""
    cells = len(spans)
    if all(sp is not None for sp in spans) or all(h == FREE for h in heights) or len(lines) < cells:
        return spans
    possible, proven = openings(lines, apart)
    cut = _only_cut(len(lines), cells, sorted(possible), proven, heights)
    if cut is None or any(sp is not None and sp != c for sp, c in zip(spans, cut)):
        return spans
    return cut


def _only_cut(
    size: int, cells: int, possible: list[int], proven: set[int], heights: list[Height]
) -> list[tuple[int, int]] | None:
    """The one way to cut `size` lines into `cells` cells (None when there is none or more than
    one), counted forward cell by cell: a cell opening at a line may end at any later possible
    opening up to the first place one must open (or the run's end, for the last cell)."""
    places = [*possible, size]
    # ways[j]: for each line where cell j may open, how many cuts of the cells before lead there
    # (capped), and the line where the cell before opened
    ways: list[dict[int, tuple[int, int]]] = [{0: (1, -1)}]
    for j in range(cells):
        height = heights[j] if j < len(heights) else FREE
        last = j == cells - 1
        nxt: dict[int, tuple[int, int]] = {}
        for start, (count, _) in ways[-1].items():
            for end in _ends(places, start, proven, size):
                if (end == size) != last or not height.holds(end - start):
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
