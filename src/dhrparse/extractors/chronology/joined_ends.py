"""The end-date cell of a chronology table printed with its cells joined ("From | To | Setting |
What happened"): the episode's last day printed as the first word after the row's date
("19/02/2022 08/03/2022 Tollbridge Admitted ..."), or the dash a single day's row prints there.
The cell is one word that never wraps, so it is taken off the row's first line before the other
cells are parted, as the time's clock is (joined_times)."""

from __future__ import annotations

from dhrparse.extractors.chronology.cell_costs import NOTHING_MARK
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_cells import cell_date


def ends_off(
    split: list[tuple[str, list[list[str]]]], fields: list[str], p: Patterns
) -> tuple[list[tuple[str, list[list[str]]]], list[str]]:
    """Each row's lines without its end cell, and the end cells ("" where the row's first word
    after its date is neither a date nor a dash); the rows as they were without an end column."""
    if "end" not in fields:
        return split, [""] * len(split)
    rows, ends = [], []
    for date, body in split:
        first = body[0] if body else []
        word = first[0] if first else ""
        if word in NOTHING_MARK or word and cell_date(word, p) is not None:
            body = [first[1:], *body[1:]]
        else:
            word = ""
        rows.append((date, body))
        ends.append(word)
    return rows, ends
