"""The agency column's evidence for where a row's event opens, in a chronology table a plain text
export printed column after column (apart_rows).

Where the line breaks leave two openings as well evidenced as each other (both only a sentence's
end, say), the wrap cannot choose between them (guessed_cells keeps such rows unread). But each
row prints its agency ("GP", "Police", "Health visiting") in its own cell, and an event usually
names the agency that acted ("The GP noted ...", "Health visitor completed ..."): a cut that leaves
a GP row's cell without the GP, or puts the GP's words in another agency's row, fits worse.

A cut is taken only when the evidence singles it out: of the cuts the line breaks favour most, it
fits the rows' agencies best, and every other such cut fits them strictly worse. Otherwise the
rows stay unread: a row dated from its neighbour's event is worse than a warning."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from math import comb

from dhrparse.extractors.chronology.guessed_cells import unsettled_runs
from dhrparse.patterns import Patterns

_MOST_CUTS = 5000  # more ways to cut a stretch than this: not weighed (the table is not read so)
# a cut chosen because one row's event names its agency rests on one cue: with two rows of the same
# agency, or an event naming the agency it was told to, that name may belong to the row beside it
# (unless every other cut the line breaks favour as much gives a row of a known agency only
# another row's agency: then that cut is refuted, not merely less liked)
_FEWEST_FITS = 2


def agency_finder(p: Patterns, find: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    """The agencies a text names (`find`, the gazetteer) or implies by its cue words ("Officers
    attended": the police; chronology.agency_cues)."""
    cues = [
        (name, p.joined(f"chronology.agency_cues.{name}")) for name in p.get("chronology.agency_cues", {})
    ]

    def names(text: str) -> list[str]:
        found = find(text)
        return found + [name for name, rx in cues if name not in found and rx.search(text)]

    return names


def settle_by_agency(
    spans: list[tuple[int, int] | None],
    lines: list[str],
    worth: dict[int, float],
    agencies: list[frozenset[str]],
    find: Callable[[str], list[str]],
) -> tuple[list[tuple[int, int] | None], list[int]]:
    """The unsettled spans cut where the rows' agencies single the cut out: (spans, indices of the
    cells so read). `worth` is each line's evidence as a cell's opening (guessed_cells.openings);
    `agencies` each row's agency cell as canonical names (empty where unknown); `find` names the
    agencies a text names."""
    spans = list(spans)
    read: list[int] = []
    for k, end in unsettled_runs(spans):
        low = spans[k - 1][1] if k else 0
        high = spans[end][0] if end < len(spans) else len(lines)
        cut = _cut(lines, worth, agencies[k:end], low, high, find)
        if cut is not None:
            starts = [low, *cut, high]
            for j in range(end - k):
                spans[k + j] = (starts[j], starts[j + 1])
            read += range(k, end)
    return spans, read


def _cut(
    lines: list[str],
    worth: dict[int, float],
    rows: list[frozenset[str]],
    low: int,
    high: int,
    find: Callable[[str], list[str]],
) -> tuple[int, ...] | None:
    """The openings that cut lines[low:high] into len(rows) cells, where the agencies decide."""
    places = sorted(p for p in worth if low < p < high)
    need = len(rows) - 1
    known = sum(1 for names in rows if names)
    if need < 1 or len(places) < need or comb(len(places), need) > _MOST_CUTS or known < 2:
        return None
    named: dict[tuple[int, int], frozenset[str]] = {}  # (a cell's lines are weighed in many cuts)

    def names(a: int, b: int) -> frozenset[str]:
        if (a, b) not in named:
            named[a, b] = frozenset(find(" ".join(" ".join(t.split()) for t in lines[a:b])))
        return named[a, b]

    weighed = []
    for cut in combinations(places, need):
        starts = [low, *cut, high]
        cells = [names(starts[j], starts[j + 1]) for j in range(len(rows))]
        weighed.append((_fit(rows, cells), sum(worth[p] for p in cut), cut, _contradicted(rows, cells)))
    # (the agencies choose among the cuts the line breaks favour most, never against them: an
    # event names the agency it was told to as readily as its own, "notification sent to
    # children's services", so a weaker opening that fits the names better is no better cut)
    strongest = max(w[1] for w in weighed)
    fit, evidence, cut, _ = max(w for w in weighed if w[1] >= strongest)
    if 2 * fit < known:
        return None  # (most rows' events do not name their agency: the column tells little)
    rivals = [w for w in weighed if w[2] != cut and w[1] >= evidence]
    if any(w[0] >= fit for w in rivals):
        return None
    if fit < _FEWEST_FITS and not all(w[3] for w in rivals):
        return None
    return cut


def _fit(rows: list[frozenset[str]], cells: list[frozenset[str]]) -> int:
    """How well the cells' text fits the rows' agencies: a point for each row whose event names
    its own agency, less one for each that names only other rows' agencies (a row whose agency
    cell names no known agency too: "Family", "Employer" does not attend as the police)."""
    others = frozenset().union(*rows)
    score = 0
    for own, names in zip(rows, cells):
        if own & names:
            score += 1
        elif names & (others - own):
            score -= 1
    return score


def _contradicted(rows: list[frozenset[str]], cells: list[frozenset[str]]) -> bool:
    """Some row whose agency cell names a known agency gets an event naming only the other rows'
    agencies: the police's sentence in the GP's row."""
    others = frozenset().union(*rows)
    return any(own and names and not names & own and names & others for own, names in zip(rows, cells))
