"""Where a chronology table printed column after column ends inside its event column's runs.

A plain text export prints the report's text after the table in runs of its own, after a blank
line, among the table's last cells: a paragraph of the report (its lines far wider than the
event column's) or the next numbered heading ("5.4 County Council – Adult Social Care", a
sub-heading over the next agency's table). Neither is an event's text: such a run, and what
follows it in the printing, is left out of the cells and reported as a note.

A later column ("Comment") as wide as the event column, with no cell on a page, still has its
name printed there, among the event text; the event lines before the name then cannot hold the
page's rows, and the runs after it are the event column's too.

A row broken over a page leaves its event's first lines on the page before; the next page's
event text opens with the rest, which may open like a cell of its own ("Owen; she asked ...").
When the row broke at a sentence's end, the next page's text opens a sentence like any row's:
where the word wrap settles both readings, that page's rows are not paired."""

from __future__ import annotations

from typing import Any

import regex

from dhrparse.document import Line
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import (
    cell_spans,
    column_width,
    opens_cell,
    printed_width,
    room_for_next_word,
)

_SETTLED_ENDS = 3  # a page's events this many or more, each ending a sentence, show its cells do
_WIDER = 115  # a line this share (%) of the event column's widest line or more is not the column's
# a numbered heading: "5.4 Marlstow Police", "D4.2 Health Centre" (a number, a capital after);
# the number's parts are taken whole (possessive), so a long run of "1.1.1…" is scanned once
_NUMBERED_HEADING = regex.compile(r"^[A-Z]?\d{1,2}(?:\.\d{1,2})++\.?\s+\p{Lu}")


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


def holds_cells(lines: list[Line], cells: int) -> bool:
    """The event lines could hold as many cells as the printing has dates (and the rest of a row
    run on from the page before): each cell opens a sentence after a line that ended one."""
    if not lines:
        return cells == 0
    opens = 1 + sum(
        1
        for k in range(1, len(lines))
        if opens_cell(lines[k].text) and SENTENCE_END.search(lines[k - 1].text)
    )
    return opens >= cells + (not opens_cell(lines[0].text))


def left_mid_sentence(rows: list[tuple[Any, list[Line] | None]]) -> bool:
    """The page before ended its last event mid-sentence where its other events each end one: that
    row broke over the page, and this page's event text opens with its rest (perhaps with a name,
    "Owen; she asked ...", that opens a line like a cell)."""
    ends = [lines[-1].text for _, lines in rows if lines]
    return (
        len(ends) >= _SETTLED_ENDS
        and rows[-1][1] is not None
        and not SENTENCE_END.search(ends[-1])
        and all(SENTENCE_END.search(end) for end in ends[:-1])
    )


def run_on(rows: list[tuple[Any, list[Line] | None]], lines: list[Line]) -> None:
    """A row's event text run on over a page joins the row (when that row was read)."""
    if lines and rows and rows[-1][1] is not None:
        rows[-1] = (rows[-1][0], rows[-1][1] + lines)


def may_run_on(last: Line | None, texts: list[str], dates: int, gaps: frozenset[int]) -> bool:
    """A later page's event text that opens a sentence may still be the rest of the row broken
    over the page, ended there at a sentence's end, when the page before printed its last event
    line full (the first word here would not have fitted on it; a cell's last line with room to
    spare ended the cell). When the word wrap settles that reading too (one cell more than the
    page's dates), the page's rows cannot be paired (nor guessed): a row would be given its
    neighbour's sentence."""
    if last is None or not texts or not texts[0].split():
        return False
    if room_for_next_word(last.text, texts[0], column_width([last.text, *texts])):
        return False
    return all(sp is not None for sp in cell_spans(texts, dates + 1, gaps))
