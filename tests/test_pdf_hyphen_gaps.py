"""A line PDFium joined at a hyphen ending its first printed line ("re-" / "issued ...") spans two
printed lines: the gap to the line below is measured from its last printed line, so the item's
third line carries it on instead of opening a paragraph (readers.pdf_lines)."""

from dhrparse.readers.pdf_lines import _paragraph_starts
from dhrparse.readers.pdf_page import PageLine

PITCH, GAP = 13.0, 24.0  # line spacing inside a paragraph, and between paragraphs


def _page(joined_at: int | None) -> list[PageLine]:
    """A page of list items, one printed line each, with paragraph spacing between items; item
    `joined_at` is printed over three lines, its first two joined by PDFium at a hyphen."""
    lines, y = [], 700.0
    for k in range(8):
        if k == joined_at:
            lines.append(
                PageLine(
                    f"• Item {k} to be re-issued to all staff", 1, 11.0, y=y, bullet=True, y_end=y - PITCH
                )
            )
            lines.append(PageLine("with a follow-up audit of ten cases.", 1, 11.0, y=y - 2 * PITCH))
            y -= 2 * PITCH + GAP
        else:
            lines.append(PageLine(f"• Item {k} stands on its own line", 1, 11.0, y=y, bullet=True))
            lines.append(PageLine("and wraps once.", 1, 11.0, y=y - PITCH))
            y -= PITCH + GAP
    return lines


def test_the_line_under_a_hyphen_joined_line_carries_it_on():
    lines = _page(joined_at=3)
    rest = next(k for k, ln in enumerate(lines) if ln.text.startswith("with a follow-up"))
    starts = _paragraph_starts(lines)
    assert rest not in starts
    assert rest + 1 in starts  # (the next item is still set apart)


def test_without_the_joined_end_the_gap_would_read_as_a_paragraph():
    lines = _page(joined_at=3)
    rest = next(k for k, ln in enumerate(lines) if ln.text.startswith("with a follow-up"))
    lines[rest - 1].y_end = None  # (as read before: the gap taken from the first printed line)
    assert rest in _paragraph_starts(lines)
