"""A plan's key of status symbols ("Key: ✓ complete  ◐ in progress  ✗ not started"): what each
mark in the plan's "Done?" column means.

Some plans mark each action done or not by one symbol in a narrow column and say what the
symbols mean only in one key line over the table. The cell then names no status in words, so
the mark is read through that key. A key pairs at least two marks, each once, with meanings the
status vocabulary of patterns/actions.toml [status] reads. A PDF may print the marks (set in a
fallback font) after all the meanings ("complete in progress not started ✓ ◐ ✗"): the meanings
are then shared out to the marks in order, each the shortest run of words naming a status.
A key may instead be a small table, a row for each mark ("✔ | Action completed and signed off",
"◑ | Work under way"): its rows print one under another, each a mark and its meaning, read as
one key where two or more follow each other, each mark once (a meaning's wrapped last words, a
short line with no mark, may print between them).
A line that is a table row of more than two cells, or a long sentence, is no key.
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.key_tables import table_key
from dhrparse.plan.layout_words import bullet_mark
from dhrparse.plan.number_key import key_line_texts
from dhrparse.plan.status import status_words
from dhrparse.prepare.markup import flatten

MIN_ENTRIES = 2
MAX_KEY_CHARS = 200
MAX_MEANING_WORDS = 4  # "not yet started", "in progress"
ROW_MEANING_WORDS = 6  # a key table's meaning cell: "Action completed and signed off"
# a mark: one symbol character (a tick, a cross, a part-filled circle, a bullet a tick became)
_MARK = regex.compile(r"(?<!\S)[\p{So}•●○◐◑◒◓✓✔✗✘×](?!\S)")
_MARK_CELL = regex.compile(r"^\s*([\p{So}•●○◐◑◒◓✓✔✗✘×])\s*$")
# a key table's row: its mark, then the meaning, no other mark ("✘ Not yet started")
_KEY_ROW = regex.compile(r"^\s*(?P<mark>[\p{So}•●○◐◑◒◓✓✔✗✘×])\s+(?P<meaning>[^\p{So}•●○◐◑◒◓✓✔✗✘×]+?)\s*$")
_TICKS, _BULLET = ("✓", "✔"), "•"  # a tick, and the bullet a tick opening a line becomes


def read_symbol_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    """Mark -> status value, from a key line printed anywhere in the document, else from a key
    table's rows; {} without either."""
    # (every mark is a character beyond ASCII: most lines hold none, and a line of ASCII with no
    # markup is left as printed, only its words counted)
    texts = [
        printed if printed.isascii() and "<" not in printed else flatten(printed)
        for printed in key_line_texts(doc)
    ]
    for text in texts:
        if text.isascii():
            continue
        if len(text) > MAX_KEY_CHARS or len(_MARK.findall(text)) < MIN_ENTRIES:
            continue
        key = _line_key(text, p)
        if key:
            return key
    return _table_key(texts, p)


def _table_key(texts: list[str], p: Patterns) -> dict[str, str]:
    """The first run of a key table's rows, one mark and its meaning a line ("◑ Work under way"),
    two rows or more, each mark once; {} without one."""
    return table_key(texts, lambda text: _row_entry(text, p), lambda text: _MARK.search(text) is not None)


def _row_entry(text: str, p: Patterns) -> tuple[str, str] | None:
    """(mark, status) of a key table's row: one mark opening the line, then a short meaning the
    status vocabulary reads."""
    m = _KEY_ROW.match(text)
    if m is None or len(m.group("meaning").split()) > ROW_MEANING_WORDS:
        return None
    value = status_words(m.group("meaning"), p)
    return (m.group("mark"), value) if value is not None else None


def _line_key(text: str, p: Patterns) -> dict[str, str]:
    text = text.split(":", 1)[-1]  # (the key's own label: "Key to the Done? column:")
    marks = _MARK.findall(text)
    if len(set(marks)) != len(marks):
        return {}
    parts = [part.strip(" \t;,=–—-") for part in _MARK.split(text)]
    if not parts[0] and all(parts[1:]):  # each mark before its meaning
        meanings = parts[1:]
    elif not any(parts[1:]):  # the marks printed after all the meanings
        meanings = _shared_out(parts[0].split(), len(marks), p)
    else:
        return {}
    values = [status_words(m, p) for m in meanings]
    if len(values) != len(marks) or None in values:
        return {}
    return dict(zip(marks, values, strict=True))


def _shared_out(words: list[str], n: int, p: Patterns) -> list[str]:
    """The words cut into `n` meanings in order, each a run naming a status, the shortest
    first that leaves the rest a reading ("complete in progress not started" for three marks:
    "complete", "in progress", "not started"); [] when no cut reads."""
    if n == 0 or not words:
        return [] if n or words else [""]
    for end in range(1, min(len(words), MAX_MEANING_WORDS) + 1):
        meaning = " ".join(words[:end])
        if status_words(meaning, p) is None:
            continue
        rest = _shared_out(words[end:], n - 1, p)
        if rest:
            return [meaning, *[r for r in rest if r]]
    return []


def lone_mark(text: str) -> bool:
    """The cell holds one mark alone ("✓", "◐")."""
    return _MARK_CELL.match(text) is not None


def status_mark(text: str) -> bool:
    """One mark alone that is no bullet's ("✔", "◑", "✘", not "•"): a status column's whole
    cell, never a list's mark printed apart from its item (patterns/layout.toml bullet_mark)."""
    return lone_mark(text) and not bullet_mark().match(text.strip())


def through_symbol_key(status: Status, cells: list[str | None], key: dict[str, str]) -> Status:
    """A row whose status cell, or a column no field is for ("Done?"), holds one mark of the
    plan's key alone: its state read through the key."""
    if status.value != "unknown" or not key:
        return status
    for cell in cells:
        mark = keyed_mark(cell, key)
        if mark is not None:
            return status.model_copy(update={"value": key[mark], "raw": status.raw or cell.strip()})
    return status


def keyed_mark(cell: str | None, key: dict[str, str]) -> str | None:
    """The key's mark the cell holds alone, or None."""
    m = _MARK_CELL.match(cell or "")
    mark = m.group(1) if m else None
    # (a tick the key line printed at a cell's start was read there as a list's bullet)
    if mark in _TICKS and mark not in key:
        mark = _BULLET
    return mark if mark in key else None
