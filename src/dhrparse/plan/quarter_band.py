"""A tracker header printed as two rows in corpus text: a progress name merged over one column a
quarter, its quarters' labels printed on the line under the header, and the last name's wrapped
words after them:

    Ref Action Lead Target Progress 2024/25 Status Evidence of
    Q1 Q2 Q3 completion

The first line names the progress column once; the line under it says there are as many
progress columns as quarters, and completes the last name ("Evidence of" + "completion"). Read
only where the labels are the year's quarters in order, two or more, the line holds nothing else
but the last name's wrapped words, and those words make a column's name with the first line's
words no name took (a column no field is for then: the quarters hold the progress).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

    from dhrparse.plan.tables import ColumnMap

MIN_QUARTERS = 2  # the fewest quarters' labels that make the line a header's second row


def quarter_labels(words: list[str], quarter: regex.Pattern) -> int:
    """How many quarters' labels open the line, in the year's order ("Q1 Q2 Q3"); 0 when they
    are fewer than two or out of order."""
    n = 0
    while n < len(words) and quarter.match(words[n]):
        n += 1
    digits = [w[-1] for w in words[:n]]
    if n < MIN_QUARTERS or any(int(b) != int(a) + 1 for a, b in zip(digits, digits[1:])):
        return 0
    return n


def _last_name(cm: ColumnMap, first: list[str], cols: list[str], rest: list[str]) -> str | None:
    """The last column's name, the first line's closing words no name took completed by the
    wrapped words `rest`; None when they make no column's name."""
    for k in range(len(first) - 1, 0, -1):
        if cm.scan(" ".join(first[:k])) != cols:
            break
        name = " ".join([*first[k:], *rest])
        if not cm.scan(" ".join(first[k:])) and cm.names_exactly(name):
            return name
    return None


def quarter_band(
    cm: ColumnMap, quarter: regex.Pattern, first: str, below: str
) -> tuple[int, str | None] | None:
    """(how many quarters' columns the progress name is, the last column's name its wrapped
    words complete or None), for a header's first line `first` and the line under it `below`;
    None when `below` is no quarters' row of that header."""
    words, cols = below.split(), cm.scan(first)
    n = quarter_labels(words, quarter)
    if not n or cols.count("progress") != 1:
        return None
    rest = words[n:]
    if not rest:
        return n, None
    name = _last_name(cm, first.split(), cols, rest)
    return None if name is None else (n, name)
