"""Status words a PDF's text layer printed glued to the next cell's first word.

A status column's word sitting against the next column's text ("Ongoing" / "Anonymised
briefings were ...") can lose the space between them in the text layer, and the line then
reads "OngoingAnonymised briefings ...": no status phrase is found, and the row's status is
lost. A word that opens with a single-word status of the plan vocabulary (`actions.status`,
five letters or more: "Ongoing", "Completed", "Outstanding") and goes straight on with a
capitalised word in lower case is parted again. Short words and the RAG colours are left
alone: names are built from them ("Greenfield", "RedHill", "DoneWell"), not from "Ongoing".
"""

from __future__ import annotations

import regex

from dhrparse.document import TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.prepare.broken_words import STATUS_KINDS as _STATES
from dhrparse.vocab.alternation import literal_alternation

_WORD = regex.compile(r"^[A-Za-z]{5,}$")


def _glued(patterns: Patterns) -> regex.Pattern:
    words = {
        w.lower() for state in _STATES for w in patterns.list(f"actions.status.{state}") if _WORD.match(w)
    }
    # the status word capitalised as a cell opens ("Ongoing"), then a capitalised word in lower case
    alts = literal_alternation((w.capitalize() for w in words), longest_first=True)
    return regex.compile(rf"(?<![\w’'-])(?:{alts})(?=\p{{Lu}}\p{{Ll}}{{2,}})")


def part_glued_words(lines: list[Line], patterns: Patterns) -> None:
    """Put the lost space back after a status word glued to the next word (see the module's doc)."""
    rx: regex.Pattern | None = None
    for ln in lines:
        if ln.kind != TEXT or ln.cells:
            continue
        text = ln.text
        if text.isascii() and text[1:].lower() == text[1:]:
            continue  # (no capital past the first letter: nothing can be glued to one)
        rx = rx if rx is not None else patterns.derived("prepare.glued_status_words", _glued)
        parted = rx.sub(lambda m: m.group(0) + " ", text)
        if parted != text:
            ln.clean_to(parted)
