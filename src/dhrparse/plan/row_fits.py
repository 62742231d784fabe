"""The fits the wide-row programme (plan.cell_segments) asks most often, worked out inside its
loops: a free-text cell's near starts, a lead cell and a target-date cell.

A wide plan row is tried with every cell from every place a cell may start to every place it
may end within a short cell's reach: tens of thousands of runs of words in a long plan. Each
fit is a few comparisons of the row's per-word running counts (`_Row`), and asking them
through `RowCells._cell_cost` cost more in calls than in comparisons. Here the same
comparisons are made in the loop, from facts read once per place a cell may start or end.
Every function here is the plain fit it stands for (`RowCells._text_cost`, `_lead_cost`,
`_date_cost`), term for term and in the same order of additions, so the costs are the same
floats; tests/test_read_shortcuts.py checks the whole programme against the plain one.
"""

from __future__ import annotations

from dhrparse.plan.cell_programme import NEVER, Programme

TEXT_DATE_WORDS = 4  # a free-text cell this short may be a bare date (`_text_cost`)
TEXT_NAME_WORDS = 6  # ... or a name's tail
LEAD_SIZE_WORDS = 8  # a lead cell's length counts up to this many words (`_lead_cost`)


def text_starts(rc, row, near: int, opening) -> dict[int, list[tuple[int, float]]]:
    """Per end point j: (i, `_text_cost` of the cell from points[i] to points[j]) for each start
    i < j at most `near` words back, nearest first (`cell_segments._listed`)."""
    points, digits, not_name, text_end = row.points, row.digits, row.not_name, row.text_end
    opens, closes = row.name_opens(), row.sentence_ends()
    out: dict[int, list[tuple[int, float]]] = {}
    for j in range(len(points)):
        b = points[j]
        end, nb, named_end = text_end[b], not_name[b], not closes[j]
        starts: list[tuple[int, float]] = []
        for i in range(j - 1, -1, -1):
            a = points[i]
            n = b - a
            if n > near:
                break
            cost = opening[a]
            if n <= TEXT_DATE_WORDS and digits[b] > digits[a] and rc._is_date(row, a, b):
                cost += 2.0
            cost += end
            if n <= TEXT_NAME_WORDS and named_end and opens[i] and not_name[a] == nb:
                cost += 1.5  # (`_Row.name_like`)
            starts.append((i, cost))
        out[j] = starts
    return out


def offer_leads(table: Programme, c: int, ends, row, near: int, empty: float, opening) -> None:
    """`Programme.offer_near` of lead cells (`RowCells._lead_cost`)."""
    before, best, back = table.best[c - 1], table.best[c], table.back[c]
    points, not_name, role = row.points, row.not_name, row.role
    opens, closes = row.name_opens(), row.sentence_ends()
    for j in ends:
        least, at = best[j], back[j]
        if before[j] < NEVER and before[j] + empty < least:
            least, at = before[j] + empty, j
        b = points[j]
        nb, rb, closed = not_name[b], role[b], closes[j]
        for i in range(j - 1, -1, -1):
            a = points[i]
            if b - a > near:
                break
            if before[i] < NEVER:
                if closed or not opens[i] or not_name[a] != nb:
                    fit = 3.0  # not a name (`_Row.name_like`)
                else:
                    size = 0.1 * min(b - a, LEAD_SIZE_WORDS)
                    fit = -2.0 - size if rb > role[a] else -0.5 - size
                total = before[i] + (opening[a] + fit)
                if total < least:
                    least, at = total, i
        best[j], back[j] = least, at


def offer_dates(rc, table: Programme, c: int, ends, row, near: int, empty: float, opening) -> None:
    """`Programme.offer_near` of target-date cells (`RowCells._date_cost`): a run that holds no
    digit and cannot read as a no-date word ("Ongoing", "TBC") costs 4.0 unread."""
    before, best, back = table.best[c - 1], table.best[c], table.back[c]
    points, digits = row.points, row.digits
    firsts = rc.no_date_firsts
    maybe_no_date = [may_open_no_date(row.words[a].text, firsts) for a in points[:-1]]
    date_cost = rc._date_cost
    for j in ends:
        least, at = best[j], back[j]
        if before[j] < NEVER and before[j] + empty < least:
            least, at = before[j] + empty, j
        b = points[j]
        db = digits[b]
        for i in range(j - 1, -1, -1):
            a = points[i]
            if b - a > near:
                break
            if before[i] < NEVER:
                fit = date_cost(row, a, b) if maybe_no_date[i] or db > digits[a] else 4.0
                total = before[i] + (opening[a] + fit)
                if total < least:
                    least, at = total, i
        best[j], back[j] = least, at


def no_date_firsts(no_date: set[str]) -> frozenset[str]:
    """The first words of the no-date phrases ("on" of "on going"): a run opening with none of
    them is none of the phrases."""
    return frozenset(phrase.split(" ")[0] for phrase in no_date)


def may_open_no_date(word: str, firsts: frozenset[str]) -> bool:
    """Whether a run of words opening with `word` may read as a no-date phrase once joined,
    lower-cased and stripped of spaces and full stops at its ends (`RowCells._date_cost`). The
    stripped text's first word is the word without the stops before it, or without those after
    it too when the rest of the run is stops; a word of stops alone leaves the next word first
    (then the run is read)."""
    lowered = word.lower()
    bare = lowered.strip(".")
    return not bare or bare in firsts or lowered.lstrip(".") in firsts
