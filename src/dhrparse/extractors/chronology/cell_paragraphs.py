"""The paragraphs of a chronology row's event cell, where the reader saw them: a two-column table
(Date | What happened) whose right cell tells several paragraphs under one date, each an entry of
its own (the contract's one entry per paragraph). A Word cell knows its paragraphs; a PDF cell's
printed line that stops short of the cell's edge ends one (readers: `Cell.breaks`). A row is cut
only where the table has the shape (a date cell, an event cell, nothing else), the date cell is
a date, every paragraph reads as one (it opens as a sentence does and the one before it ended a
sentence), and the table writes so in two rows at least (a lone cell of two paragraphs tells one
contact at more length). Anything else keeps the cell whole, as the routes without breaks read it."""

from __future__ import annotations

from dhrparse.document import Row
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

HABIT = 2  # rows of a table holding several paragraphs that make it the table's way of writing


def paragraph_cuts(
    rows: list[Row], all_texts: list[list[str]], cols: dict[str, int], p: Patterns
) -> dict[int, list[list[str]]]:
    """For each row of the table (by index) whose event cell is cut, its texts once per paragraph.
    Only a table that writes several paragraphs under one date as its way (in two rows at least)
    is cut: a lone cell of two paragraphs tells one contact at more length, one entry."""
    cuts = {}
    for k, (row, texts) in enumerate(zip(rows, all_texts)):
        paragraphs = _paragraphs(row, texts, cols, p)
        if paragraphs is not None:
            cuts[k] = _dated(paragraphs, texts, cols, p)
    return cuts if len(cuts) >= HABIT else {}


def _dated(paragraphs: list[str], texts: list[str], cols: dict[str, int], p: Patterns) -> list[list[str]]:
    """The row's texts once per paragraph: each under the row's date, or under its own where it
    opens with a whole date."""
    date = texts[cols["date"]]
    out = []
    for text in paragraphs:
        part = list(texts)
        part[cols["event"]] = text
        part[cols["date"]] = _own_date(text, p) or date
        out.append(part)
    return out


def _paragraphs(row: Row, texts: list[str], cols: dict[str, int], p: Patterns) -> list[str] | None:
    """The event cell's paragraphs, or None where the row is not cut (see the module's note)."""
    named = {name for name in cols if not name.startswith(OTHER)}
    if named != {"date", "event"} or len(row.cells) != 2 or len(texts) != 2:
        return None
    breaks = row.cells[cols["event"]].breaks
    if not breaks or not is_date_cell(texts[cols["date"]], p):
        return None
    words = texts[cols["event"]].split()
    if list(breaks) != sorted(set(breaks)) or breaks[0] <= 0 or breaks[-1] >= len(words):
        return None  # (the cell's words changed after reading: its breaks no longer fit them)
    bounds = [0, *breaks, len(words)]
    paragraphs = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
    if all(_reads_as_paragraph(before, text) for before, text in zip(paragraphs, paragraphs[1:])):
        return paragraphs
    return None


def _reads_as_paragraph(before: str, text: str) -> bool:
    """A paragraph after `before`: it opens as a sentence (a capital or a figure) and the
    paragraph before ended one (a bullet list or a wrapped clause is one entry's text)."""
    return bool(SENTENCE_END.search(before)) and (text[:1].isupper() or text[:1].isdigit())


def _own_date(text: str, p: Patterns) -> str | None:
    """The whole date a paragraph opens with ("14 March 2020 – ..."), else None."""
    found = find_dates(text, p)
    if found and found[0].start == 0 and found[0].value.precision == "day":
        return text[found[0].start : found[0].end]
    return None
