"""Status words a narrow table column broke inside the word.

A RAG or status column too narrow for "Complete" wraps the word itself, and plain pdftotext
prints "Complet" and, on the next line, "e". Neither line then reads as a status, so the plan
reader cannot tell the status cell nor pair it with its row. A line holding one word, straight
above a line holding only a short lower-case tail, is one word where the two make a single-word
status of the plan vocabulary (`actions.status`: "complete", "ongoing"; `actions.status.rag`:
"amber") and the first alone is none: the tail goes back on the end of the word's line.
"""

from __future__ import annotations

import re

from dhrparse.document import BLANK, TEXT, Line
from dhrparse.patterns import Patterns

_WORD = re.compile(r"^[A-Za-z]{3,}$")
_TAIL = re.compile(r"^[a-z]{1,3}$")  # a word's last letters (a wider column breaks none)
# the status kinds whose words (patterns' actions.status) a line break or a lost space may split
STATUS_KINDS = ("not_started", "in_progress", "complete", "not_finished")


def status_words(patterns: Patterns) -> frozenset[str]:
    """The plan vocabulary's single-word statuses and RAG colours, lower case."""
    words = {w for state in STATUS_KINDS for w in patterns.list(f"actions.status.{state}")}
    words |= set((patterns.get("actions.status.rag") or {}).keys())
    return frozenset(w.lower() for w in words if _WORD.match(w))


def join_broken_words(lines: list[Line], patterns: Patterns) -> None:
    """Put a status word's last letters back on its line (see the module's doc)."""
    words: frozenset[str] | None = None  # (worked out at the first broken-looking pair only)
    for above, below in zip(lines, lines[1:]):
        if above.kind != TEXT or below.kind != TEXT or above.cells or below.cells:
            continue
        if not _TAIL.match(below.text) or not _WORD.match(above.text):
            continue
        words = words if words is not None else patterns.derived("prepare.status_words", status_words)
        joined = above.text + below.text
        if joined.lower() in words and above.text.lower() not in words:
            above.text = joined
            below.text, below.kind = "", BLANK
