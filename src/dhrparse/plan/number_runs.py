"""Row numbers of a spaced plan table (plan.spaced_rounds) that plain pdftotext printed in a
run, one after another ("4a" / "4b" / "5"), before the cells of their rows: which lines are
whose.

Where a row above ends low (a tall lead or progress cell), pdftotext may print the numbers of
the next few short rows together, each a block of its own, and then the rows' cells in one of
two orders:

- the rows one after another, each a line at a time across its cells (rounds, plan.round_fit);
- the rows in two parts: the left columns of every row (each row's left cells as rounds, one
  row after another), then the right columns of every row the same way, then the last lines of
  the last row's left cells, which run lower than its right cells.

The numbers say how many rows follow but not where one ends; each row (each left part) opens
with its first cell's first line. The lines after the run are cut into exactly as many rows as
the run has numbers, the cut whose rows read best, and each row must hold in its short cells
only what their columns hold (a status of a few words, one date, no status in the lead's):
"In progress Not yet due. Not started" is two rows' statuses and a progress note met in one
cell. A run no cut reads so is left as it was, its rows untold.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.round_fit import OPENS as _CELL_OPENS  # (a cell opens as round_fit's do)
from dhrparse.plan.round_fit import Reading, RoundFit
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.spaced_rounds import following_numbers
from dhrparse.vocab.dates import find_dates

OPENS = regex.compile(r"^[\p{Lu}\d]")
_WORD = regex.compile(r"\w+")
STATUS_WORDS = 3  # a status cell of a run's row: "Green – complete", "Not yet started"
MAX_RUN = 6  # more numbers than this printed together are a list, not a table's rows
MAX_LINES = 48  # the lines of a run's rows (round_fit reads a row of at most 60)
_LETTERED = regex.compile(r"^\(?(?P<n>\d{1,2})\)?\s*\(?(?P<l>[a-z])?\)?[.:]?$")


def cells_hold(reading: Reading, fields: list[str], roles: ColumnRoles) -> bool:
    """Whether a run's row holds in its short cells only what their columns hold: its target
    date one date and at most a word more ("by March 2025"), its status a status of a few words
    ("Green – complete", "Not yet started"), its lead no date or status line. (A row cut from
    lines of several rows printed among each other meets other rows' cells in its own.) Every
    cell opens as a cell does (a capital, a number, a bullet: "closed." is a line carried on), and
    no line of an action is a date alone (it is the date column's, a row's date wrapped)."""
    for field, parts in zip(fields, reading.cells):
        text = " ".join(parts)
        if not text:
            continue
        if not _CELL_OPENS.match(text):
            return False
        if field == "action" and any(len(_WORD.findall(part)) <= 2 and roles.is_date(part) for part in parts):
            return False
        if field == "target_date":
            found = find_dates(text, roles.p)
            rest = text[: found[0].start] + text[found[0].end :] if len(found) == 1 else text
            if (
                len(found) > 1
                or (found and len(_WORD.findall(rest)) > 1)
                or (not found and not roles.is_date(text))
            ):
                return False
        elif field == "status":
            if len(_WORD.findall(text)) > STATUS_WORDS or not roles.is_status(text):
                return False
        elif field == "lead" and any(find_dates(part, roles.p) or roles.is_status(part) for part in parts):
            return False
    return True


def _opens(fit: RoundFit, text: str, field: str) -> bool:
    """Whether a printed line may open a right part: its first cell's first line (a date for
    the date's column, a status for the status's, a name for the lead's)."""
    if not OPENS.match(text):
        return False
    roles = fit.roles
    if field == "target_date":
        return roles.is_date(text)
    if field == "status":
        return roles.opens_status(text)
    if field == "lead":
        return roles.is_name(text) or roles.is_bare_name(text)
    return True


def in_turn(before: str, after: str) -> bool:
    """Whether row number `after` may follow `before` in one table: the same number (a
    recommendation's number repeated on each of its action rows), the next ("1.1" -> "1.2",
    "2" -> "3") or the next letter or number of a lettered one ("4a" -> "4b" -> "5")."""
    a, b = ref_tuple(before), ref_tuple(after)
    if a is not None and b is not None:
        return b == a or b in following_numbers(a)
    ma, mb = _LETTERED.match(before.strip()), _LETTERED.match(after.strip())
    if not ma or not mb:
        return False
    na, nb = int(ma.group("n")), int(mb.group("n"))
    la, lb = ma.group("l"), mb.group("l")
    if nb == na:
        return bool(la and lb) and ord(lb) == ord(la) + 1
    return nb == na + 1 and lb in (None, "a")


def cut_rows(
    fit: RoundFit, texts: list[str], fields: list[str], count: int, shaped: Callable[[Reading], bool]
) -> list[int] | None:
    """Where each of `count` rows opens among `texts`, the lines printed after a run of
    `count` row numbers (the first opens at 0), or None when no cut reads every row as rounds
    that use all its lines, each cell holding what its column holds (`shaped`). `fields`: the
    columns after the number's."""
    n, inf = len(texts), float("inf")
    if count < 2 or count > MAX_RUN or n < count or n > MAX_LINES or not fields:
        return None
    opens = [a for a in range(n) if fit.may_open(texts[a], fields[0])]
    if not opens or opens[0] != 0:
        return None
    cost: dict[tuple[int, int], float] = {}

    def row(a: int, b: int) -> float:
        if (a, b) not in cost:
            reading = fit.rounds(texts[a:b], fields)
            whole = reading is not None and reading.used == b - a and shaped(reading)
            cost[(a, b)] = reading.cost if whole else inf
        return cost[(a, b)]

    # best[r][b]: least cost of r rows ending before line b; back: where the r-th opens
    best = [dict.fromkeys([*opens, n], inf) for _ in range(count + 1)]
    back: list[dict[int, int]] = [{} for _ in range(count + 1)]
    best[0][0] = 0.0
    for r in range(1, count + 1):
        for b in [*opens[1:], n]:
            for a in opens:
                if a >= b or best[r - 1].get(a, inf) == inf:
                    continue
                price = best[r - 1][a] + row(a, b)
                if price < best[r][b]:
                    best[r][b], back[r][b] = price, a
    if best[count][n] == inf:
        return None
    starts, b = [], n
    for r in range(count, 0, -1):
        b = back[r][b]
        starts.append(b)
    return starts[::-1]


MAX_HALVES = 2  # rows read in two parts: more would be guessed at (and the search grows fast)
MAX_TAIL = 3  # the last row's left cells' lines printed after every right part
MAX_PART = 10  # one row's lines in one part


def cut_halves(
    fit: RoundFit,
    texts: list[str],
    fields: list[str],
    count: int,
    shaped: Callable[[Reading], bool],
    right: frozenset[str] | None = None,
    carried: tuple[str, ...] = (),
) -> list[tuple[Reading, list[int]]] | None:
    """The rows after a run of `count` numbers printed in two parts: the left columns of
    every row (each row's left cells as rounds, one row after another), then the right
    columns of every row the same way, then the last lines of the last row's left cells
    (they run lower than its right cells' lines). Each row's reading over all `fields` and
    the indexes of its lines among `texts`, for the split column that reads best; None when
    no split reads every row so, each cell holding what its column holds. `right`: the fields
    the right part may open with (all, when None). `carried`: the last row's left cells' last
    lines where a page broke the row and they printed among the header's names again
    (plan.spaced_rounds.page): they carry its left cells on as rounds of their own, after its
    tail, and must all be read so."""
    n, inf = len(texts), float("inf")
    if count < 1 or count > MAX_HALVES or n < 2 * count or n > MAX_LINES or len(fields) < 2:
        return None
    best: tuple[float, list[tuple[Reading, list[int]]]] | None = None
    memo: dict[tuple, Reading | None] = {}  # (the same part's lines are tried under every tail)
    # (the left part holds the action: the column the rows open with)
    # (the tail carries cells on: its lines open in small letters)
    tails = next((t for t in range(min(MAX_TAIL, n - 2 * count) + 1) if OPENS.match(texts[n - t - 1])), 0)
    if len(carried) > MAX_TAIL:
        return None
    for s in range(1, len(fields)):
        if right is not None and fields[s] not in right:
            continue
        for tail in range(tails + 1):
            found = _halves(
                fit, texts[: n - tail], texts[n - tail :], fields, s, count, shaped, memo, carried
            )
            if found is not None and (best is None or found[0] < best[0]):
                best = found
    if best is None or best[0] == inf:
        return None
    return best[1]


def _halves(fit, body, tail, fields, s, count, shaped, memo, carried=()):
    """(cost, rows) of the best cut of `body` into `count` left parts then `count` right
    parts at split column s, the `tail` lines carrying the last left part on (then the
    `carried` lines, printed over a page break); or None."""
    n = len(body)
    left, right = fields[:s], fields[s:]
    parts = 2 * count
    # (a left part opens as the row's first cell does; a right part with a capital or a number,
    # its first cell maybe a date or a status)
    first = [a for a in range(n) if fit.may_open(body[a], left[0])]
    later = [a for a in range(n) if _opens(fit, body[a], right[0])]
    opens = {p: first if p < count else later for p in range(parts)}
    parted = _Parts(fit, body, tail, carried, left, right, count, memo)
    back = _cheapest_parts(parted, opens, n, parts, count)
    if back is None:
        return None
    spans, b = [], n
    for p in range(parts, 0, -1):
        a = back[p][b]
        spans.append((a, b))
        b = a
    return _paired_rows(parted, spans[::-1], n, len(tail), count, shaped)


class _Parts:
    """One cut's parts of the body read as rounds, each (lines, columns, carried) read once:
    `memo` is shared by every split column tried."""

    def __init__(self, fit, body, tail, carried, left, right, count, memo):
        self.fit, self.body, self.tail, self.carried = fit, body, tail, carried
        self.left, self.right, self.count, self.memo = left, right, count, memo

    def read(self, p: int, a: int, b: int) -> Reading | None:
        """Part p read from body line a to b (the last left part with the tail, and the lines
        carried over a page break), or None where its rounds do not take every line."""
        fit, memo, count = self.fit, self.memo, self.count
        lines = tuple(self.body[a:b]) + (tuple(self.tail) if p == count - 1 else ())
        columns = tuple(self.left if p < count else self.right)
        more = tuple(self.carried) if p == count - 1 else ()
        if (lines, columns, more) not in memo:
            r = fit.rounds(list(lines), list(columns))
            r = r if r is not None and r.used == len(lines) else None
            if r is not None and more:
                # (the page's lines carry the cells on: rounds again, from the first column)
                on = fit.rounds(list(more), list(columns), after=r.cells)
                whole = on is not None and on.used == len(more)
                r = Reading(on.cells, r.used + on.used, r.cost + on.cost) if whole else None
            memo[(lines, columns, more)] = r
        return memo[(lines, columns, more)]


def _cheapest_parts(
    parted: _Parts, opens: dict, n: int, parts: int, count: int
) -> list[dict[int, int]] | None:
    """Where each part opens in the cheapest cut into `parts` parts (back[p][b]: the line part p
    - 1 opens at, given part p opens at b), or None when no cut reads every part."""
    inf = float("inf")
    # best[p][a]: least cost of parts before p, part p opening at line a
    best = [dict[int, float]() for _ in range(parts + 1)]
    back: list[dict[int, int]] = [{} for _ in range(parts + 1)]
    best[0][0] = 0.0 if 0 in opens[0] else inf
    for p in range(parts):
        ends = [*opens[p + 1]] if p + 1 < parts else [n]
        for a, cost in best[p].items():
            if cost == inf:
                continue
            for b in ends:
                if b <= a or b - a > MAX_PART + (MAX_TAIL if p == count - 1 else 0):
                    continue
                r = parted.read(p, a, b)
                if r is None:
                    continue
                if cost + r.cost < best[p + 1].get(b, inf):
                    best[p + 1][b], back[p + 1][b] = cost + r.cost, a
    if best[parts].get(n, inf) == inf:
        return None
    return back


def _paired_rows(parted: _Parts, spans: list, n: int, tail: int, count: int, shaped):
    """(cost, rows): each row's left part and right part read together, its lines' places
    (the tail's after the body's); None where a row's cells hold what their columns do not."""
    rows, total = [], 0.0
    for i in range(count):
        (la, lb), (ra, rb) = spans[i], spans[count + i]
        lr, rr = parted.read(i, la, lb), parted.read(count + i, ra, rb)
        reading = Reading(lr.cells + rr.cells, lr.used + rr.used, lr.cost + rr.cost)
        if not shaped(reading):
            return None
        at = [*range(la, lb), *(range(n, n + tail) if i == count - 1 else ()), *range(ra, rb)]
        rows.append((reading, at))
        total += reading.cost
    return total, rows
