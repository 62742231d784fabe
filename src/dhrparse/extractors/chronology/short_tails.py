"""A column's cells settled by the count of rows where the word wrap proves all but a few cuts
and a brief last sentence on a line of its own tells which sentence ends are no cut.

A plain text export of a table printed column after column gives the date column's N cells and
the event column as one run of lines. The wrap proves a cut where a line left room for the next
line's first word, or where the column has a gap (wrapped_cells): a paragraph ended there, and an
event's cell holds one paragraph. The rows the dates still need open at a sentence's end alone
(a line ending a sentence too full to have taken the next word, the next line opening one), and
so do many sentences inside a cell.

One such sentence end is no cut: a brief sentence of a few words alone on its line after a full
line that ended a sentence, its own line leaving room for the next word ("... a cupboard door."
/ "DASH completed: standard risk." / "Domestic abuse notification ..."). That is an outcome
written after the event ("Wound dressed.", "No follow-up was booked."), not an event of its
own, unless the table shows events of one line (a cell of one line whose ends the wrap both
proves, "Referral sent to the Victim Hub."): there a brief line alone may be a row's whole
event, and nothing is settled this way. The other sentence ends are read as cuts only when they
are exactly as many as the rows still need: then the count settles every one of them. Where
they are more, the cells stay unread, for the guess and its warning (guessed_cells).

A row whose whole event is a brief note ("Case closed.") printed after a full line, in a table
that shows no other one-line event, is out of this reading's reach: it would be taken for the
tail of the row above. Reports write an event's row as a sentence about a contact; an outcome
alone is written after it, in its cell."""

from __future__ import annotations

from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import (
    column_width,
    opens_cell,
    room_for_next_word,
    written_as_notes,
)

_NOTE_WORDS = 5  # an outcome note written after an event's last full line runs to this many words


def settle_by_count(
    spans: list[tuple[int, int] | None], lines: list[str], apart: frozenset[int] = frozenset()
) -> list[tuple[int, int] | None]:
    """The spans with the unsettled ones read where the count of rows settles them once the short
    tails are set aside (see the module's note); else the spans as they were."""
    cells = len(spans)
    if all(sp is not None for sp in spans) or cells < 2 or written_as_notes(lines):
        return spans
    width = column_width(lines)
    proven = [k for k in range(1, len(lines)) if _proven(lines, k, width, apart)]
    ends = [
        k
        for k in range(1, len(lines))
        if k not in proven and opens_cell(lines[k]) and SENTENCE_END.search(lines[k - 1])
    ]
    if _one_line_event(proven, len(lines)):
        return spans  # (the table's events may be one short line: a short line alone may be one)
    cuts = [k for k in ends if not (k + 1 in proven and brief_note(lines[k]))]  # (a tail is no cut)
    if len(proven) + len(cuts) != cells - 1:
        return spans
    starts = sorted([0, *proven, *cuts])
    found = list(zip(starts, [*starts[1:], len(lines)]))
    if any(sp is not None and sp != f for sp, f in zip(spans, found)):
        return spans  # (never against a cell the wrap settled)
    return found


def brief_note(line: str) -> bool:
    """The line is one brief sentence, an outcome note of a few words ("Wound dressed.")."""
    words = line.split()
    return len(words) <= _NOTE_WORDS and not any(SENTENCE_END.search(w) for w in words[:-1])


def _one_line_event(proven: list[int], count: int) -> bool:
    """The wrap proves a cell of one line inside the run (both its ends proven): the table writes
    some events in one line."""
    return any(b - a == 1 for a, b in zip(proven, [*proven[1:], count]) if b < count)


def _proven(lines: list[str], k: int, width: int, apart: frozenset[int]) -> bool:
    """lines[k] opens a cell for certain: it opens a sentence after a gap in the column, or after
    a line that left room for its first word."""
    return opens_cell(lines[k]) and (k in apart or room_for_next_word(lines[k - 1], lines[k], width))
