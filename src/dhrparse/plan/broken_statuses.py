"""A status printed first in a narrow column, its word broken by the column's edge: the row's
first line opens with the word's first part before the row's ref, the line under it with the
rest, in lower case ("Implement WH4/R1/A2 ..." over "ed reports at ..."):

    Implement WH4/R1/A2 earlier domestic abuse Brief every call handler Wexholm 30.4.25
    ed reports at the address on the new prompt. Police

The parts are one status word only where together they make a status phrase whole, the part on
the first line no status word alone, and the row's ref follows it; the rest is then the status
cell's, not the first words of the cell beside it (plan.tracker_table reads the row with the
word made whole and the rest taken off the line under it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

MAX_STATUS_WORDS = 3  # the most words of a status phrase ("Not yet due")


def mended_status(
    words: list[str], below: list[str], status: regex.Pattern, ref: regex.Pattern
) -> int | None:
    """Where the row's ref is when the first line's status, its last word broken, is made whole
    by the first word of the line under it (`below`); None when it is not so broken."""
    if not below or not below[0].isalpha() or not below[0].islower():
        return None
    for at in range(1, min(MAX_STATUS_WORDS, len(words) - 1) + 1):
        if not ref.match(words[at]):
            continue
        printed = " ".join(words[:at])
        whole = printed + below[0]
        m = status.match(whole)
        if m is not None and m.end() == len(whole) and not _whole_status(status, printed):
            return at
    return None


def _whole_status(status: regex.Pattern, text: str) -> bool:
    m = status.match(text)
    return m is not None and m.end() == len(text)
