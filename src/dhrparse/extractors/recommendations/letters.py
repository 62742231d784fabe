"""A letter appended to a report: a review panel's or a board's feedback on it (the Home Office
Quality Assurance Panel's letter after a DHR's executive summary: address block, date, "Dear
...", numbered "Areas for final development", "Yours sincerely"). Its numbered points ask for
changes to the report; they are not the report's recommendations, and a recommendations chapter
printed above it ends where the letter opens. A salutation alone is no letter: a sign-off must
close it within a few blocks (patterns recommendations.letter)."""

from __future__ import annotations

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.patterns import Patterns


def letter_openings(doc: SourceDocument, blocks: list[Block], p: Patterns) -> set[int]:
    """The indices of the blocks that open an appended letter: a salutation on the block's first
    line, a sign-off on a line of a block after it (a text export may run the closing words on
    into the paragraph above)."""
    salutation = regex.compile(p.get("recommendations.letter.salutation", r"(?!x)x"), regex.I)
    sign_off = regex.compile(p.get("recommendations.letter.sign_off", r"(?!x)x"), regex.I)
    reach = int(p.get("recommendations.letter.max_blocks", 40))
    opened = set()
    for i, b in enumerate(blocks):
        if b.kind in ("paragraph", "heading") and salutation.match(_line(doc, b.line_start)):
            later = (
                _line(doc, n)
                for a in blocks[i + 1 : i + 1 + reach]
                for n in range(a.line_start, a.line_end + 1)
            )
            if any(sign_off.match(t) for t in later):
                opened.add(i)
    return opened


def _line(doc: SourceDocument, number: int) -> str:
    line = doc.line_numbered(number)
    return " ".join(line.text.split()) if line is not None else ""
