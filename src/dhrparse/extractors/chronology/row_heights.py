"""A table's event column printed as one run of wrapped lines, cut into its rows with one more
piece of evidence than the word wrap: how tall a row is.

A plain text export prints a column's cells one after another and leaves a blank line wherever
the next cell stands lower than the next line would: two date cells printed on consecutive lines,
nothing between them, belong to rows no taller than the first date cell ("14/09/2021" /
"17/09/2021": the first row is one line tall, so its event is one line). Every way of cutting the
run is weighed (a cut only where a cell may open, at every end the wrap proves, each row no taller
than its date cell allows); a row is read only where every such way gives it the same lines."""

from __future__ import annotations

from dhrparse.extractors.chronology.wrapped_cells import _may_open, _room_for_next_word, column_width

Span = tuple[int, int]


def by_row_heights(
    lines: list[str], dates: list, goes_on: bool, apart: frozenset[int]
) -> list[Span | None] | None:
    """The cells' spans when some date cell's row height is known (see the module's note), else
    None. `dates`: the printing's date cells (their `lines`); `goes_on`: the run opens with the
    rest of the row before the page."""
    heights = [_height(d, n) for d, n in zip(dates, dates[1:])] + [None] if dates else []
    if not any(h is not None for h in heights):
        return None
    return settled_spans(lines, [None] * goes_on + heights, apart)


def _height(date, following) -> int | None:
    """The most lines the row has: its date cell's lines, when the next date cell is printed on
    the very next line."""
    last, nxt = date.lines[-1], following.lines[0]
    return len(date.lines) if nxt.number == last.number + 1 and nxt.page == last.page else None


def settled_spans(
    lines: list[str], most: list[int | None], apart: frozenset[int] = frozenset()
) -> list[Span | None] | None:
    """Each of the `len(most)` cells as (first line, line after its last), or None where the ways
    of cutting disagree; None when no way of cutting fits. `most[c]`: the most lines cell c has."""
    cells = len(most)
    if cells <= 0 or len(lines) < cells:
        return None
    width = column_width(lines)
    possible = [k for k in range(1, len(lines)) if _may_open(lines, k, width, apart)]
    proven = {k for k in possible if k in apart or _room_for_next_word(lines[k - 1], lines[k], width)}
    cuts = [0, *possible, len(lines)]
    ahead = _forward(cuts, proven, most)
    behind = _backward(cuts, proven, most)
    if not ahead[cells] or cuts[-1] not in ahead[cells]:
        return None
    spans: list[Span | None] = []
    for c in range(cells):
        ways = {(a, b) for a in ahead[c] for b in _ends(cuts, proven, a, most[c]) if b in behind[c + 1]}
        spans.append(next(iter(ways)) if len(ways) == 1 else None)
    return spans


def _ends(cuts: list[int], proven: set[int], start: int, most: int | None) -> list[int]:
    """Where a cell opening at `start` may end: at a later cut, no proven end passed over, no
    taller than `most` lines."""
    ends = []
    for b in cuts:
        if b <= start:
            continue
        if most is not None and b - start > most:
            break
        ends.append(b)
        if b in proven:
            break
    return ends


def _forward(cuts: list[int], proven: set[int], most: list[int | None]) -> list[set[int]]:
    """ahead[c]: where the first c cells may end."""
    ahead = [{0}]
    for c in range(len(most)):
        ahead.append({b for a in ahead[c] for b in _ends(cuts, proven, a, most[c])})
    return ahead


def _backward(cuts: list[int], proven: set[int], most: list[int | None]) -> list[set[int]]:
    """behind[c]: where cell c may open so that it and the cells after it fill the run."""
    cells, last = len(most), cuts[-1]
    behind: list[set[int]] = [set() for _ in range(cells + 1)]
    behind[cells] = {last}
    for c in range(cells - 1, -1, -1):
        behind[c] = {a for a in cuts[:-1] if any(b in behind[c + 1] for b in _ends(cuts, proven, a, most[c]))}
    return behind
