"""A tracker's key of numbered ratings ("Rating: 1 = complete (green), 2 = on track (amber),
3 = delayed (red), 4 = not started"): what each digit in the plan's rating column means.

Some trackers rate each action by a digit in a shaded cell and say what the digits mean only in
one key line over the table. The rating cell then names no status in words, so the digit is
read through that key: each digit's meaning by the status vocabulary of patterns/actions.toml
[status], else by the colour printed beside it ("(green)") as the plan's colour key or the
defaults rate it. A key explains at least three digits, 1 up, each once; a line that is a table row
of more than two cells, or a long sentence, is no key.
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.rag_key import RAG_COLOURS
from dhrparse.plan.ratings import colour_value
from dhrparse.plan.status import status_words
from dhrparse.prepare.markup import flatten

MIN_ENTRIES = 3  # "1 = yes, 2 = no" is a form's answer list; a rating key explains three or more
MAX_KEY_CHARS = 300
_SIGN = r"(?:\s*(?:=|–|—|:|-)\s*|\s+)"  # ("Rating 1 Complete 2 On track ...": a space alone too)
_ASIDE = r"(?:\s*\([^()]{1,24}\))?"  # a colour printed by the digit: "1 (green) = complete"
_ENTRY = regex.compile(
    rf"(?<![\w./])(?P<digit>[1-9]){_ASIDE}{_SIGN}(?P<meaning>[^;,|=]+?)\s*(?=[;,|]|\s+[1-9]{_ASIDE}{_SIGN}|$)",
    regex.I,
)
_PARTS = regex.compile(r"[()/]")
_COLOUR = regex.compile(rf"\b({RAG_COLOURS})\b", regex.I)
_DIGIT_CELL = regex.compile(r"^\W*(?P<digit>[1-9])\W*$")


def key_line_texts(doc: SourceDocument):
    """The text of each content line that may hold a plan's key (plan.number_key,
    plan.symbol_key): its cells joined, a plan's row of more than two cells left out."""
    for ln in doc.content_lines():
        if ln.cells is not None and sum(1 for c in ln.cells if c.strip()) > 2:
            continue  # (a plan's row, not a key)
        yield " ".join(ln.cells) if ln.cells is not None else ln.text


def read_number_key(doc: SourceDocument, colours: dict[str, str], p: Patterns) -> dict[str, str]:
    """Digit -> status value, from a key line printed anywhere in the document; {} without one."""
    for text in key_line_texts(doc):
        if "=" not in text and "–" not in text and "-" not in text or len(text) > MAX_KEY_CHARS:
            continue
        key = _line_key(flatten(text), colours, p)
        if key:
            return key
    return {}


def _line_key(text: str, colours: dict[str, str], p: Patterns) -> dict[str, str]:
    key: dict[str, str] = {}
    for m in _ENTRY.finditer(text):
        digit = m.group("digit")
        if digit in key:
            return {}  # (a digit explained twice: a list of numbered points, not a key)
        value = _meaning(m.group(0), colours, p)
        if value is not None:
            key[digit] = value
    # a key rates its digits from 1 up, each in turn: 1, 2, 3 (, 4)
    return key if len(key) >= MIN_ENTRIES and sorted(key) == [str(n) for n in range(1, len(key) + 1)] else {}


def _meaning(entry: str, colours: dict[str, str], p: Patterns) -> str | None:
    """A digit's status: the words of its meaning ("on track (amber)", "Amber (on track)",
    "complete / green") by the status vocabulary, else its colour as the plan's key rates it."""
    entry = entry.split("=", 1)[-1] if "=" in entry else entry.lstrip()[1:]
    for part in _PARTS.split(entry):
        value = status_words(part.strip(" \t–—:-"), p)
        if value is not None:
            return value
    colour = _COLOUR.search(entry)
    return colour_value(colour.group(1), colours, p) if colour else None


def through_number_key(status: Status, cell: str | None, key: dict[str, str]) -> Status:
    """A status cell holding a rating digit alone, read through the plan's number key: the key
    is the plan's own word on what the digit means, so it outranks a state judged from the
    row's progress text (the digit itself says nothing a judgement could read)."""
    m = _DIGIT_CELL.match(cell or "")
    if not m or m.group("digit") not in key or (status.value != "unknown" and not status.judged_from):
        return status
    return status.model_copy(update={"value": key[m.group("digit")], "judged_from": None})
