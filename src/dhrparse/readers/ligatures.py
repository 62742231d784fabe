"""Letters a typeface prints joined as one glyph (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), read as the letters they join.

A PDF tool, or text copied out of a PDF, gives such a glyph as one character ("Griﬃngton",
"Duﬃeld"): every field would read a name cut at it or spelt otherwise than the same report's
Word file spells it. Each reader's document is read with them unjoined (their compatibility
form, as NFKC gives it), in every line, cell, block and running head.

Only the ligatures are unjoined: the rest of Unicode's compatibility forms stay as read. The
readers print a footnote number as superscript digits, which NFKC would run into the word or
date before it ("April 2022²" is not "April 20222").
"""

from __future__ import annotations

import re
import unicodedata

from dhrparse.document import SourceDocument

_LIGATURE = re.compile("[\ufb00-\ufb06]")


def _letters(m: re.Match) -> str:
    return unicodedata.normalize("NFKC", m.group())


def unjoined(text: str) -> str:
    """The text with its ligatures as the letters they join."""
    if text.isascii() or not _LIGATURE.search(text):
        return text
    return _LIGATURE.sub(_letters, text)


def _unjoin_lines(doc: SourceDocument) -> None:
    for ln in doc.lines:
        if not ln.text or ln.text.isascii() and ln.raw.isascii():
            continue
        text, raw = unjoined(ln.text), unjoined(ln.raw)
        if text is not ln.text or raw is not ln.raw:
            ln.raw = raw
            ln.text = text
        if ln.cells is not None:
            ln.cells = [unjoined(c) for c in ln.cells]


def unjoin_ligatures(doc: SourceDocument) -> SourceDocument:
    """The document as read, its ligatures unjoined wherever a reader put text."""
    _unjoin_lines(doc)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text = unjoined(cell.text)
    for block in doc.blocks:
        block.text = unjoined(block.text)
    doc.running = [unjoined(t) for t in doc.running]
    return doc
