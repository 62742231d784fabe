"""The paragraphs of a row's event cell in a two-column chronology table (Date | What happened)
printed with each line's cells joined (corpus text): each paragraph an entry under the row's date,
as the PDF and Word readers read the cell (cell_paragraphs). A text export carries no paragraph
marks, so a line opens a new paragraph only where the word wrap proves it: the line before ended
a sentence and left room for this line's first word (a wrapped paragraph would have taken the word
onto it), measured against the widest line of the rows round it (a narrower table elsewhere in the
report proves nothing here), and this line opens a sentence with a capital. Each paragraph must
read as one (prose, not a running head in capitals; its last line ending a sentence), and the
table must write so in two rows at least (cell_paragraphs' habit); else the rows stay whole."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.cell_paragraphs import HABIT
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import column_width, opens_cell, room_for_next_word

_LINES = 4  # a column's width is told from this many event lines at least
_NEAR = 2  # rows either side whose lines tell the width a row's lines are measured against


def paragraph_starts(bodies: list[list[list[str]]]) -> list[list[int]]:
    """For each row's event lines (words a line, the date taken off), the lines opening its
    paragraphs: [0] alone where nothing proves a second paragraph (or the table does not write
    several paragraphs to a date as its way)."""
    texts = [[" ".join(words) for words in body] for body in bodies]
    if sum(len([t for t in body if t]) for body in texts) < _LINES:
        return [[0] for _ in bodies]
    widest = column_width([t for body in texts for t in body if t])
    starts = [_starts(body, _width(texts, k, widest)) for k, body in enumerate(texts)]
    if sum(len(s) > 1 for s in starts) < HABIT:
        return [[0] for _ in bodies]
    return starts


def _width(texts: list[list[str]], k: int, widest: int) -> int:
    """The width row k's lines are measured against: the widest line of the rows round it, if
    narrower than the table's (a table of another width printed near it proves nothing here)."""
    near = [t for body in texts[max(0, k - _NEAR) : k + _NEAR + 1] for t in body if t]
    return min(widest, column_width(near)) if near else widest


def _starts(lines: list[str], width: int) -> list[int]:
    starts = [0]
    for k in range(1, len(lines)):
        before, line = lines[k - 1], lines[k]
        if not (before and _opens_sentence(line) and SENTENCE_END.search(before)):
            continue
        if room_for_next_word(before, line, width):
            starts.append(k)
    if len(starts) > 1 and not all(
        _reads_as_paragraph(lines, a, b) for a, b in zip(starts, [*starts[1:], len(lines)])
    ):
        return [0]
    return starts


def _opens_sentence(line: str) -> bool:
    """The line opens a sentence with a capital letter: a numbered line ("4.3 Brookfold Medical
    Practice") after a table's last row is a heading or paragraph of the report, not a cell's."""
    return bool(line) and line[:1].isupper() and opens_cell(line)


def _reads_as_paragraph(lines: list[str], a: int, b: int) -> bool:
    """lines[a:b] read as a paragraph: prose in lower case (no running head in capitals), its
    last line ending a sentence."""
    text = " ".join(lines[a:b])
    return (
        any(ch.islower() for ch in text)
        and not lines[a].isupper()
        and bool(SENTENCE_END.search(lines[b - 1]))
    )


def add_paragraphs(
    row: list[Line], date: str, body: list[list[str]], starts: list[int], entries: Entries
) -> None:
    """A row whose event cell holds several paragraphs: each an entry under the row's date."""
    for a, b in zip(starts, [*starts[1:], len(row)]):
        text = " ".join(w for words in body[a:b] for w in words)
        entries.add_row([date, text], {"date": 0, "event": 1}, row[a].number, row[b - 1].number, row[a].page)
