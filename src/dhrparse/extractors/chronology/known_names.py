"""The agency cells of a chronology table printed with its cells joined on each line, read again
where the word wrap alone left a tie: a name wrapped in its narrow column ("Skelwith Fire" over
"and Rescue") may go on the event's line below as well as end where it did, and an event's name
("the Emergency" over "Department") may be taken for the agency's last word.

A report names its agencies whole elsewhere: the table's other rows print the same agency's cell
(a practice seen many times), and the report's list of the agencies that took part prints each
name in a sentence of its own. A row whose agency cell, as read, is no such name is read once
more with its cell held to a name the report does print whole, the row's lines opening with its
words line after line; that reading is kept when it costs the word wrap no more than a line break
would (the two readings were near a tie, and the name decides). Nothing else moves: a row whose
cell no known name fits, or fits only at a greater cost, stands as read."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.cell_costs import Part
from dhrparse.extractors.chronology.joined_cells import JoinedCells

_MARGIN = 1.5  # a held reading may cost this much more than the free one (a line break the wrap
# would not have made, and the small costs of a name's later lines)
_NAME_LINE = 4  # the words one line of a name cell prints, at most
_NAME_LINES = 4  # the lines a name cell runs over, at most
_SEEN = 2  # a name other rows print whole this many times is known
# a name's word: capitalised, or a joining word inside it ("Fire and Rescue", "Court of Appeal")
_NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.&-]*|and|of|for|the|&)")
# a name listed in prose: after a list's separator, before one (not before "and": "Fire" of "Fire
# and Rescue" is no name)
_LISTED = r"(?:^|[,:;(]\s*|\band\s+)({})(?=\s*(?:[,.;:)]|$))"


def named_rows(
    parted: JoinedCells, bodies: list[list[list[str]]], read: list[list[str] | None], prose: str
) -> list[list[str] | None]:
    """The rows' cells (`read`, one list a row, None for a row no reading fits) with each agency
    cell no known name printed held to one that is, where the word wrap allows it. `bodies`: each
    row's lines' words after its date; `prose`: the report's text outside the table."""
    col = _name_column(parted)
    if col is None:
        return read
    # (a name a row prints whole on its first line: a name the word wrap put together over lines
    # may be a wrong reading's, and is not taken for a known name)
    seen: dict[str, int] = {}
    for body, cells in zip(bodies, read):
        if cells and body and cells[col] and " ".join(body[0]).startswith(cells[col] + " "):
            seen[cells[col]] = seen.get(cells[col], 0) + 1
    every: dict[str, int] = {}
    for cells in read:
        if cells and cells[col]:
            every[cells[col]] = every.get(cells[col], 0) + 1
    out = []
    for body, cells in zip(bodies, read):
        if cells is None or not body or not cells[col]:
            out.append(cells)
            continue
        own = cells[col]

        def known(name: str, own: str = own) -> bool:
            others = seen.get(name, 0) - (name == own)
            if others >= _SEEN and not _begins(name, own, every):
                return True
            return name in prose and _listed(name, prose)

        out.append(cells if known(own) else _held(parted, body, cells, known) or cells)
    return out


def _begins(name: str, own: str, every: dict[str, int]) -> bool:
    """The name is the first words of another row's cell that goes on as a name ("Larchfield" of
    "Larchfield Police", however printed): the rest of a name may wrap onto the lines below, so it
    ends no cell. (A cell going on with an event's words, "says she is", is a wrong reading's.)"""
    for other, count in every.items():
        rest = other[len(name) + 1 :].split()
        going_on = other.startswith(name + " ") and (other != own or count > 1)
        if going_on and rest[0][:1].isupper() and all(_NAME_WORD.fullmatch(w) for w in rest):
            return True
    return False


def _name_column(parted: JoinedCells) -> int | None:
    """The agency's column, when it is the first after the date's and the table's only name
    column before the event's (its cell then opens every line it prints on)."""
    names = [c for c in range(parted.wide) if not parted.prose[c]]
    return 0 if names == [0] else None


def _listed(name: str, prose: str) -> bool:
    return (
        len(name.split()) > 1 and regex.search(_LISTED.format(regex.escape(name)), prose, regex.M) is not None
    )


def _held(parted: JoinedCells, body: list[list[str]], cells: list[str], known) -> list[str] | None:
    """The row's cells read with its agency cell held to a known name, the cheapest such reading,
    when it costs no more than _MARGIN over the free one; else None."""
    if parted._name_lines(body)[1]:
        return None  # (a name's word on a line of its own: joined_cells reads it so)
    parted._links = {}
    free = parted._decode(body, parted.widths)
    if free is None:
        return None
    best = None
    for plan in _plans(body):
        name = " ".join(w for words, k in zip(body, plan) for w in words[:k])
        if name == cells[0] or not known(name):
            continue
        held = _decode_held(parted, body, plan)
        if held is not None and held[0] <= free[0] + _MARGIN and (best is None or held[0] < best[0]):
            best = held
    if best is None:
        return None
    texts: list[list[str]] = [[] for _ in range(parted.ncols)]
    for words, part in zip(body, best[1]):
        for c, a, b in part.pieces:
            texts[c].extend(words[a:b])
    return [" ".join(t) for t in texts]


def _plans(body: list[list[str]]):
    """Every way a name cell may open the row's lines: how many of each line's first words are
    the name's (a name's words all, its later lines none), each line's at most _NAME_LINE."""

    def walk(j: int, plan: list[int]):
        if plan and (j == len(body) or j == _NAME_LINES):
            yield plan + [0] * (len(body) - j)
        if j == len(body) or j == _NAME_LINES:
            return
        words = body[j]
        for k in range(1, min(len(words) - (j == 0), _NAME_LINE) + 1):
            if not _NAME_WORD.fullmatch(words[k - 1]):
                break
            yield from walk(j + 1, plan + [k])
        if plan:
            yield plan + [0] * (len(body) - j)

    seen = set()
    for plan in walk(0, []):
        if tuple(plan) not in seen:
            seen.add(tuple(plan))
            yield plan


def _decode_held(parted: JoinedCells, body: list[list[str]], plan: list[int]):
    """joined_cells' reading of the row with each line's name piece held to the plan's words."""
    return parted._decode(body, parted.widths, lambda j, part: _follows(part, plan[j]))


def _follows(part: Part, k: int) -> bool:
    name = [(a, b) for c, a, b in part.pieces if c == 0]
    return name == [(0, k)] if k else not name
