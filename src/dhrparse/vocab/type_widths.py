"""How wide printed words are, in the common typefaces reports are set in.

A report's text taken out of a PDF a printed line at a time (pdfplumber's `extract_text`)
joins the cells of a table line with single spaces; where one cell's words end and the next
cell's begin is told by how much room each column has. type_widths.json holds the advance
widths (thousandths of an em) of the printable Latin-1 characters and the usual typographic
punctuation in the faces Office and LibreOffice set reports in: Calibri, Arial, Times New
Roman and Cambria (measured from their metric-compatible free faces Carlito, Liberation Sans,
Liberation Serif and Caladea) and DejaVu Sans. A width is in ems: the font size cancels out
of every comparison made within one table.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_FILE = Path(__file__).with_name("type_widths.json")
UNKNOWN = 0.55  # a character the table lacks: about an average lower-case letter


@cache
def _faces() -> dict[str, dict[str, float]]:
    raw = json.loads(_FILE.read_text(encoding="utf-8"))
    return {face: {ch: w / 1000 for ch, w in widths.items()} for face, widths in raw.items()}


def faces() -> list[str]:
    return list(_faces())


class Face:
    """The widths of one typeface; `width(text)` in ems."""

    def __init__(self, name: str):
        self.name = name
        self._chars = _faces()[name]
        self._words: dict[str, float] = {}
        self.space = self._chars[" "]

    def width(self, text: str) -> float:
        known = self._words.get(text)
        if known is None:
            chars = self._chars
            known = self._words[text] = sum(chars.get(ch, UNKNOWN) for ch in text)
        return known

    def words_width(self, words: list[str]) -> float:
        """A run of words printed on one line, a space between each."""
        return sum(map(self.width, words)) + self.space * (len(words) - 1)
