"""A chronology table's time column ("Date | Time | Agency | Event"), as a text export prints it.

The time cell is not always a clock: an agency that could not give the time writes so ("Not
known"), or qualifies it ("Approx." over "23:00", wrapped in the narrow column). Such a cell is
the row's time, never the agency's name or the event's first words.

A table with a time column gives a second contact on the same day a row of its own with the
date cell left empty: the row opens with its time ("14:30" / "Gateway Team" / "Advice given
..."), printed after the event above has ended its sentence. That row is a separate event on
the date of the row above; read as the rest of the row above, its time and agency would run into
that row's event text. A clock at the head of a line only opens such a row where the row above
has its own time already (else it is the rest of that row's time cell, "Approx." over "23:00")."""

from __future__ import annotations

from dhrparse.extractors.chronology.vocabulary import CELL_TIME, SENTENCE_END
from dhrparse.patterns import Patterns


def is_clock(text: str) -> bool:
    """The text is only a clock time ("14:30", "09.05", "2130 hrs" aside)."""
    found = CELL_TIME.search(f"x {text.strip()}")
    return found is not None and found.start() == 1


def time_cell(words: list[str], p: Patterns) -> str | None:
    """The time the cell's words give: the clock ("Approx. 23:00" gives "23:00"), "" for a cell
    saying no time was recorded ("Not known"), None when the words are no time cell."""
    text = " ".join(words)
    if not text:
        return None
    if is_clock(text):
        return text
    if p.joined("dates.cells.unknown_time").fullmatch(text):
        return ""
    qualifier = p.joined("dates.cells.approximate_time")
    if len(words) >= 2 and qualifier.fullmatch(words[0]) and is_clock(" ".join(words[1:])):
        return " ".join(words[1:])
    return None


def opens_same_day_row(clock_text: str, above: str, row_timed: bool) -> bool:
    """A line opening with a clock time (`clock_text`, its first word) opens a row printed with no
    date of its own: the row above has its time already and its event ended a sentence on the
    line before (`above`)."""
    return row_timed and is_clock(clock_text) and SENTENCE_END.search(above.strip()) is not None


def date_only(date: str) -> str:
    """The date cell's text without the clock time put after it ("20/01/2023 09:05")."""
    found = CELL_TIME.search(date)
    return date[: found.start()].strip(" ,") if found and date[: found.start()].strip() else date
