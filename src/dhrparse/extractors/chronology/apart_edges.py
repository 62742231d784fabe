"""Where a chronology table printed column after column ends inside its event column's runs.

A plain text export prints the report's text after the table in runs of its own, after a blank
line, among the table's last cells: a paragraph of the report (its lines far wider than the
event column's) or the next numbered heading ("5.4 County Council – Adult Social Care", a
sub-heading over the next agency's table). Neither is an event's text: such a run, and what
follows it in the printing, is left out of the cells and reported as a note."""

from __future__ import annotations

import regex

from dhrparse.document import Line
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import printed_width

_WIDER = 115  # a line this share (%) of the event column's widest line or more is not the column's
# a numbered heading: "5.4 Wendlebury Police", "D4.2 Health Centre" (a number, a capital after)
_NUMBERED_HEADING = regex.compile(r"^[A-Z]?\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}")


def beyond_table(lines: list[Line], event_width: int) -> bool:
    """The run is the report's text after the table, not an event cell's."""
    if not lines or event_width <= 0:
        return False
    first = lines[0].text.strip()
    if _NUMBERED_HEADING.match(first) and not SENTENCE_END.search(first):
        return True
    # (most of a paragraph's lines are full; the export may join one line of a cell with the
    # next where a word was broken by a hyphen, so one wide line proves nothing)
    wide = sum(printed_width(ln.text.strip()) * 100 >= event_width * _WIDER for ln in lines)
    return wide >= 2 and wide * 2 >= len(lines)
