"""A tracker whose recommendation cell, merged down over its actions' rows, holds the
recommendation's label and number on a line of its own ("Rec 1") above its text, each action
row's ref carrying the recommendation's number ("R1.1", "R1.2"):

    Ref Recommendation Action Owner Deadline RAG Update (November 2024)
    R1.1 Rec 1 Compile the directory with all CSP Business 31/03/2024 Blue May 2024: ...
    commissioned services. Manager
    Kelby Community Safety September 2024: ...
    R1.2 Partnership should publish a Review the directory every six CSP Business ...

In text whose printed lines join the cells, a row's first line holds the label and number
alone in the recommendation's column (its text starts a line or more below, beside the
actions' later lines, or on a later action's first line), so the first-line cut read them as
the action's opening words. Where the first row's recommendation cell was left empty and its
action opens with a label and its number ("Rec 1", "Recommendation 2") before its own words,
the number is the recommendation's cell, each such row's so. The rows under it whose refs
carry the same number ("R1.2") are under the same merged cell: they take its number, and
words the cut gave their recommendation cell are a piece of its text, not a recommendation
of their own (the cells' later lines are not read: the tracker's warning says so)."""

from __future__ import annotations

import regex

_NUMBER = regex.compile(r"^\d{1,2}[.:]?$")  # (the recommendation's number after its label)
_REF_NUMBER = regex.compile(r"^[A-Za-z]{0,3}\s?(\d{1,2})[.:]")  # (its number in an action's ref, "R1.2")


def moved_labels(firsts: dict[int, list[str]], roles: list[str], label: regex.Pattern) -> None:
    """The rows' cells (`firsts`: each row's first line, its ref then its cells in `roles`'
    order) with each label and number opening an action cell under an empty recommendation
    cell moved there as the number alone, and that number given to the rows under it whose
    refs carry it; the rows as they were unless the first row opens so."""
    if "recommendation" not in roles or "action" not in roles:
        return
    r, a = 1 + roles.index("recommendation"), 1 + roles.index("action")
    rows = [firsts[k] for k in sorted(firsts)]
    if a != r + 1 or not rows or _labelled(rows[0], r, a, label) is None:
        return
    number = ""
    for cells in rows:
        own = _labelled(cells, r, a, label)
        if own is not None:
            number, cells[r], cells[a] = own
            continue
        m = _REF_NUMBER.match(cells[0] or "")
        if number and m is not None and m.group(1) == number:
            cells[r] = number  # (under the merged cell: its number, any piece of its text dropped)


def _labelled(cells: list[str], r: int, a: int, label: regex.Pattern) -> tuple[str, str, str] | None:
    """(the number, the recommendation cell, the action cell) of a row whose recommendation cell
    is empty and whose action cell opens with a label, its number and a capitalised word."""
    words = cells[a].split()
    if cells[r] or len(words) < 3 or not label.match(words[0]) or not _NUMBER.match(words[1]):
        return None
    if not words[2][:1].isupper():
        return None
    number = words[1].rstrip(".:")
    return number, number, " ".join(words[2:])
