"""A two-row plan header a word processor saved as text, one cell a line: the first row's names
("No." / "Recommendation" / "Action" / "Lead" / "By when" / "Progress (January 2025)"), the last
merged across the columns under it, then the second row, whose cells under the names merged down
print as blank lines and whose names under the merged-across one print last ("Update" / "RAG").

The two rows are one header: the columns are the first row's names but the last, then the names
printed under it. Read only where the blank cells number at least the names merged down (every
one of them printed empty) and the names under it are two or more column names the first row
does not hold; anything else is no such header."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap

MIN_SUB_NAMES = 2  # one name under another is a wrapped name, not a second header row
MAX_NAME_WORDS = 4  # a column's name printed on its own line is short


def sub_header(
    top: list[str],
    after: list[Line],
    blanks: list[int],
    cm: ColumnMap,
    flat: Callable[[str], str],
) -> tuple[list[str], int] | None:
    """The header's column names and the count of lines the second row takes from `after` (the
    lines after the first row's last name), or None where no second row follows the first."""
    if not after or len(top) < 2:
        return None
    if _blank_run(after[0].number, blanks) < len(top) - 1:
        return None
    taken = {cm.field_of(name) for name in top[:-1]}
    subs: list[str] = []
    fields: list[str] = []
    for k, ln in enumerate(after):
        text = flat(ln.text).strip()
        if k and ln.number != after[k - 1].number + 1:
            break
        field = cm.field_of(text) if ln.cells is None and 0 < len(text.split()) <= MAX_NAME_WORDS else None
        if field is None or field in taken or field in fields or not cm.is_header_words(text):
            break
        subs.append(text)
        fields.append(field)
    if len(subs) < MIN_SUB_NAMES:
        return None
    names = top[:-1] + subs
    return (names, len(subs)) if cm.header_columns(names) is not None else None


def _blank_run(number: int, blanks: list[int]) -> int:
    """How many blank lines print straight before line `number` (the sorted `blanks`)."""
    k = bisect_left(blanks, number)
    run = 0
    while k - run > 0 and blanks[k - run - 1] == number - run - 1:
        run += 1
    return run
