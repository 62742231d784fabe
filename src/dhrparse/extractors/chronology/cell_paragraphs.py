"""The paragraphs of a chronology row's event cell, where the reader saw them: a two-column table
(Date | What happened) whose right cell tells several paragraphs under one date, each an entry of
its own (the contract's one entry per paragraph). A Word cell knows its paragraphs; a PDF cell's
printed line that stops short of the cell's edge ends one (readers: `Cell.breaks`). A row is cut
only where the table has the shape (a date cell, an event cell, nothing else), the date cell is
a date, and every paragraph reads as one: it opens as a sentence does and the one before it
ended a sentence. Anything else keeps the cell whole, as the routes without breaks read it."""

from __future__ import annotations

from dhrparse.document import Row
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates


def paragraph_rows(row: Row, texts: list[str], cols: dict[str, int], p: Patterns) -> list[list[str]]:
    """The row's texts once per paragraph of its event cell ([texts] when it is not cut): each
    paragraph under the row's date, or under its own where it opens with a whole date."""
    paragraphs = _paragraphs(row, texts, cols, p)
    if paragraphs is None:
        return [texts]
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
