"""Footnotes printed under a rule: a line of underscores (the separator a word processor draws
above its notes, or that an author types above notes set by hand at a section's end) and under
it the notes, each opening with its number ("2 The officers' video was not kept ..."). Plain
`pdftotext` prints them in the running text; they are notes, not the report's paragraphs
(a note under a chronology is no event)."""

from __future__ import annotations

import re

from dhrparse.document import BLANK, FOOTNOTE, FURNITURE, TEXT, Line

# (the readers take "__" pairs for bold marks: a typed rule may come down to one "_")
_RULE = re.compile(r"^\s*(?:_{5,}|_)\s*$")
_NOTE = re.compile(r"^\s*\d{1,3}\s+\S")


def mark_ruled_footnotes(lines: list[Line]) -> None:
    """Mark each rule of underscores with numbered notes under it, and the notes."""
    for i, ln in enumerate(lines):
        if ln.kind != TEXT or not (_RULE.match(ln.text) or _RULE.match(ln.raw)):
            continue
        first = _next_content(lines, i + 1)
        if first is None or not _NOTE.match(lines[first].text):
            continue  # a rule over something else (a signature line, a form's blank)
        ln.kind = FURNITURE
        _mark_notes(lines, first)


def _mark_notes(lines: list[Line], k: int) -> None:
    """Each note from line k: its numbered first line and the lines wrapped under it; a blank
    line ends the notes unless another numbered note follows it."""
    while k < len(lines) and lines[k].kind == TEXT:
        lines[k].kind = FOOTNOTE
        nxt = k + 1
        if nxt < len(lines) and lines[nxt].kind == BLANK:
            after = _next_content(lines, nxt)
            if after is None or not _NOTE.match(lines[after].text) or after - nxt > 1:
                return
            nxt = after
        k = nxt


def _next_content(lines: list[Line], k: int) -> int | None:
    while k < len(lines) and lines[k].kind == BLANK:
        k += 1
    return k if k < len(lines) and lines[k].kind == TEXT else None
