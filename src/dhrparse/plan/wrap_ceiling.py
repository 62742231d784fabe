"""How wide a tracker's first column can be, told by where its cells' lines wrap (text taken out
a printed line at a time, the cells of a line joined by single spaces).

A cell's words wrap at its column's edge: its first printed line holds as many words as fit,
so the line with the next word added is wider than the column. The first cell after the row's
ref (the action, or the recommendation) goes on at the start of the row's second printed line,
where a word in lower case carries its sentence on (a later cell's line, or a new cell, opens
further along or with a capital). Every row so read bounds the column: no row's first line of
that cell is as wide as another row's first line with its next word added. A cut giving the
first cell a word of the next cell ("Update the attending officer Supt," | "Contact") widens
the column past that bound, and is refused for the cut that keeps it ("... officer" | "Supt,
Contact").
"""

from __future__ import annotations

import regex

_CARRIED = regex.compile(r"^\p{Ll}[\p{Ll}'’-]*[,;]?$")  # a word carrying a sentence on ("incidents")
# (words that carry a name on as well as a sentence: "Head of" / "Learning and Development")
_NAME_JOINS = {"and", "of", "&", "for", "the", "in"}
ROOM = 0.03  # the share of a width the typefaces' measure may be out by (a face not the report's)
OVER = 1000.0  # the cost of a first cell wider than its column's bound


def next_words(texts: list[tuple[int, list[str]]], body: list[int], flat, roles: list[str]) -> dict[int, str]:
    """{row's first line: the first word of its second printed line} where that word carries
    a sentence on; `flat(k)` the text of the table's printed line k. Only where the first
    column is the action's: an action is a sentence, its first line filled to the column's
    edge, where a recommendation's short title ("CPS review") may end on its first line and
    leave the second line's first word to a later cell."""
    if roles[:1] != ["action"]:
        return {}
    starts = {k for k, _ in texts}
    after = {k: body[n + 1] for n, k in enumerate(body[:-1])}
    out = {}
    for k, _ in texts:
        j = after.get(k)
        if j is None or j in starts:
            continue
        words = flat(j).split()
        if words and _CARRIED.match(words[0]) and words[0].lower() not in _NAME_JOINS:
            out[k] = words[0]
    return out


def ceiling(firsts: list[float | None], nexts: list[float | None], space: float, skip: int) -> float | None:
    """The widest the first column may be: the least of the rows' first cells (`firsts`, their
    widths) each with its next word (`nexts`) added, leaving row `skip` out; None when no row
    tells it."""
    bounds = [
        f + space + n
        for r, (f, n) in enumerate(zip(firsts, nexts))
        if r != skip and f is not None and n is not None
    ]
    return min(bounds) if bounds else None


def over(width: float, cap: float | None, own_next: float | None, room: float, space: float) -> float:
    """The cost of a first cell `width` wide: the column's bound passed (`cap`), or its own next
    word fitting in the room the other rows' first cells give the column (`room`)."""
    cost = 0.0
    if cap is not None and width > cap * (1 + ROOM):
        cost += OVER
    if own_next is not None and room and width + space + own_next < room * (1 - ROOM):
        cost += OVER
    return cost


def one_line_rows(texts: list[tuple[int, list[str]]], body: list[int]) -> set[int]:
    """The rows printed on one line (the next printed line opens the next row, or the table
    ends): none of their cells wraps, so none is filled to its column's edge."""
    starts = {k for k, _ in texts}
    after = {k: body[n + 1] for n, k in enumerate(body[:-1])}
    return {k for k, _ in texts if after.get(k) is None or after[k] in starts}


def wrapped(width: float, first: bool, wrap: tuple | None, room: float, line) -> tuple[float, bool]:
    """The cost of a cell `width` wide by the first column's bound (`first`: the row's first
    cell; `wrap`: the bound and the row's next word's width, or None), and whether its fill is
    told: a first cell whose next word is known is filled as far as that word tells, and a row
    printed on one line (`line.alone`) fills no cell."""
    told = wrap is not None and first
    cost = over(width, wrap[0], wrap[1], room, line.space) if told else 0.0
    return cost, line.alone or (told and wrap[1] is not None)
