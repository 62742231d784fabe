"""What a PDF page's text layer says about one printed line beyond its characters: the
size it is printed in, whether it is set bold, where it stands, footnote numbers printed
small and raised, and the gap before a contents line's page number."""

from __future__ import annotations

import re
from functools import lru_cache

from dhrparse.readers.pdfium_raw import char_box, font_name, font_size, font_weight

# a list item's marker: Word's bullet glyphs (often private-use symbols), dashes, "o"
BULLET_START = re.compile(
    r"^(?:[•●▪◦‣⁃∙■□➢✓✔*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u25aa\u25cf\u25e6]|[-–—o](?=\s))"
)
_GLUED_NOTE = re.compile(r"(?<=[A-Za-z\)\.’'”\"])\d{1,3}(?=[\s.,;:)]|$)")
# what every _GLUED_NOTE match starts with: a line without one has no footnote number
_DIGIT_AFTER_WORD = re.compile(r"\d(?<=[A-Za-z\)\.’'”\"]\d)")
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# font names say bold where the weight field does not ("ABCDEF+Calibri-Bold", "Arial,Bold")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_LEADING_NUMBER = re.compile(r"\d{1,3}\s*(?=[^\W\d_])")
_PAGE_NUMBER_END = re.compile(r"(?<=\S)(\s+)\d{1,4}\s*$")
LONG_LINE = 150  # characters: a line this long is body text, never a heading


def line_type(
    textpage_raw, first: int, last: int, short: bool, bullet: bool
) -> tuple[float, bool, float | None, float | None]:
    """How the printed line text[first:last + 1] is set: its first character's size and
    position (bottom, left), and whether the whole line is bold. `short`: the line is
    heading length; only such a line (or a list item) needs its position."""
    size = font_size(textpage_raw, first)
    y = x = None
    # the position joins a heading wrapped over two lines and nests list items
    if short or bullet:
        box = char_box(textpage_raw, first)
        if box is not None:
            y, x = box.bottom, box.left
    # bold only matters for heading-length lines: the whole line set bold
    bold = short and is_bold(textpage_raw, first) and is_bold(textpage_raw, last)
    return size, bold, y, x


def is_bold(textpage_raw, index: int) -> bool:
    return font_weight(textpage_raw, index) >= 600 or _bold_name(font_name(textpage_raw, index))


@lru_cache(maxsize=10_000)
def _bold_name(name: bytes | None) -> bool:
    """Whether a font's name says bold; None (no font) does not."""
    return name is not None and bool(_BOLD_FONT.search(name.decode("latin-1").split("+")[-1]))


def note_size(textpage_raw, first: int, stripped: str) -> float:
    """The size of the text after a line's leading number (a footnote prints it small);
    0 when the line does not open with a number."""
    if not stripped[:1].isdecimal():
        return 0.0
    number = _LEADING_NUMBER.match(stripped)
    return font_size(textpage_raw, first + number.end()) if number else 0.0


def printed_text(textpage_raw, piece: str, start: int, size: float) -> str:
    """The line's text with footnote numbers as superscript digits and a contents line's
    page number set off by a tab; most lines have no digit after a word and do not end
    in one, and are returned as they are."""
    if _DIGIT_AFTER_WORD.search(piece):
        piece = _mark_superscripts(textpage_raw, piece, start)
    if piece.rstrip()[-1:].isdecimal():
        piece = _tab_before_page_number(textpage_raw, piece, start, size)
    return piece


def _mark_superscripts(textpage_raw, piece: str, start: int) -> str:
    """A footnote number printed small and raised after a word becomes superscript digits,
    which cleaning removes from the text."""
    for m in reversed(list(_GLUED_NOTE.finditer(piece))):
        before = font_size(textpage_raw, start + m.start() - 1)
        mine = font_size(textpage_raw, start + m.start())
        if before and mine and mine < 0.8 * before:
            piece = piece[: m.start()] + m.group(0).translate(_SUPER) + piece[m.end() :]
    return piece


def _tab_before_page_number(textpage_raw, piece: str, start: int, size: float) -> str:
    """A contents line sets its page number far to the right ("1.3 Timescales      9");
    PDFium prints the gap as one space, so it is put back as the tab it was."""
    m = _PAGE_NUMBER_END.search(piece)
    if not m or not size:
        return piece
    before = char_box(textpage_raw, start + m.start(1) - 1)
    if before is not None:
        after = char_box(textpage_raw, start + m.end(1))
        if after is not None and after.left - before.right > 3 * size:
            return piece[: m.start(1)] + "\t" + piece[m.end(1) :]
    return piece
