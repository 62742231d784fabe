"""Action rows a recommendation cell merged down over them opens in lower case.

In a plan "No. | Recommendation | Action | Lead | Target date" whose Recommendation cell is
merged down over its actions ("1.1" and "1.2" under one "1. <text>" cell), text taken out a
printed line at a time prints the recommendation's words on past its first action's row when
they are long: the second action's first line opens with its number and then the
recommendation's next words, in lower case ("1.2 for front line staff covers abuse Ask each
..."). A number opening a line opens such a row only where it carries the series of the rows
found on ("1.1" then "1.2" or "2.1"): a number out of the series is a figure in a cell.

Those rows' first lines open their recommendation's cell mid-sentence, so they tell nothing of
where the columns' cells open: the columns' widths are taken from the rows found by their
capitals alone (plan.column_widths), and every row is then read from its own number.
"""

from __future__ import annotations

import regex

# an action's number under its recommendation's: "1.2", "R1.2", "3.1."
ACTION_NUMBER = regex.compile(r"^(?P<code>[A-Z]{0,3})(?P<rec>\d{1,2})\.(?P<act>\d{1,2})\.?$")


def _key(words: list[str]) -> tuple[str, int, int] | None:
    m = ACTION_NUMBER.match(words[0]) if words else None
    return None if m is None else (m["code"], int(m["rec"]), int(m["act"]))


def _carries_on(last: tuple[str, int, int], key: tuple[str, int, int]) -> bool:
    """Whether `key` numbers the action after `last`'s: its recommendation's next action, or
    the next recommendation's first."""
    (code, rec, act), (code2, rec2, act2) = last, key
    return code == code2 and ((rec2 == rec and act2 == act + 1) or (rec2 == rec + 1 and act2 == 1))


def merged_row_starts(texts: list[str], starts: list[int]) -> list[int]:
    """`starts` with the rows added whose first line opens with the next action's number and a
    merged recommendation's words after it in lower case. Only where every row found numbers
    its action under its recommendation ("1.1", "2.1"): other tables keep the rows they have."""
    keys = {n: _key(texts[n].split()) for n in starts}
    if len(starts) < 2 or None in keys.values():
        return starts
    out, last = list(starts), None
    for n in range(starts[0], len(texts)):
        words = texts[n].split()
        key = _key(words)
        if n in keys:
            last = keys[n]
        elif key and last and len(words) > 1 and words[1][:1].islower() and _carries_on(last, key):
            out.append(n)
            last = key
    return sorted(out)
