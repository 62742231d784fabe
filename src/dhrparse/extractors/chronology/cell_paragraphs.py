"""The paragraphs of a row's event cell in a two-column chronology table (Date | What happened)
printed with each line's cells joined: a cell may hold several paragraphs, each its own entry
under the row's date. Text exports carry no paragraph marks, so a line opens a new paragraph only
where the word wrap proves it: the line before ended a sentence and left room for this line's
first word (a wrapped paragraph would have taken the word onto it), measured against the
column's widest line."""

from __future__ import annotations

from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import column_width, opens_cell, room_for_next_word

_LINES = 4  # a column's width is told from this many event lines at least


def paragraph_starts(bodies: list[list[list[str]]]) -> list[list[int]]:
    """For each row's event lines (words a line, the date taken off), the lines opening its
    paragraphs: [0] alone where nothing proves a second paragraph."""
    texts = [" ".join(words) for body in bodies for words in body if words]
    if len(texts) < _LINES:
        return [[0] for _ in bodies]
    width = column_width(texts)
    return [_starts([" ".join(words) for words in body], width) for body in bodies]


def _starts(lines: list[str], width: int) -> list[int]:
    starts = [0]
    for k in range(1, len(lines)):
        before, line = lines[k - 1], lines[k]
        if not before or not line or not opens_cell(line) or not SENTENCE_END.search(before):
            continue
        if room_for_next_word(before, line, width):
            starts.append(k)
    return starts
