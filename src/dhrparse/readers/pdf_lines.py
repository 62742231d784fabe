"""A PDF document's printed lines as numbered Lines with reader hints.

Across the whole document: which font sizes are headings, which lines are footnotes,
which list items are nested, where Word's paragraph spacing starts a paragraph, and which
two printed lines are one title wrapped. A heading or bold line wrapped over two printed
lines becomes one Line, as a Word document and its text export hold it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dhrparse.document import TEXT, Line
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.readers.pdf_page import PageLine
from dhrparse.sentence_ends import CLAUSE_STOPS, line_end

_NUMBERED_START = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s")
_NUMBERED_HEADING = re.compile(r"^\s*\d+(\.\d+)*\.?\s")
_CLOSING = line_end(CLAUSE_STOPS + ",", spaces=False)


def size_weights(raw: list[PageLine]) -> dict[float, int]:
    """How many characters of running text are printed in each font size (rounded to a
    tenth of a point). Taken once per document: the body size and the heading sizes are
    both read from it."""
    weights: dict[float, int] = {}
    rounded: dict[float, float] = {}  # a document prints in a handful of sizes
    for ln in raw:
        size = ln.size
        if size and ln.cells is None:
            key = rounded.get(size)
            if key is None:
                key = rounded[size] = round(size, 1)
            weights[key] = weights.get(key, 0) + len(ln.text)
    return weights


def body_size(weights: dict[float, int]) -> float:
    """The size most of the document's text is printed in."""
    return max(weights, key=weights.get) if weights else 0.0


def heading_levels(weights: dict[float, int]) -> dict[float, int]:
    """Font sizes larger than the body text, largest first: heading levels 1, 2, 3."""
    if not weights:
        return {}
    body = max(weights, key=weights.get)
    total = sum(weights.values())
    # a heading size is rare (under 15% of the text) and clearly larger than the body
    sizes = sorted((s for s, w in weights.items() if s >= body * 1.15 and w < 0.15 * total), reverse=True)
    return {s: min(i + 1, 3) for i, s in enumerate(sizes[:3])}


def mark_footnotes(raw: list[PageLine], body: float) -> None:
    """Footnotes at a page's foot: a line opening with a number whose text is printed
    smaller than the `body` size, and the small-print lines after it on that page. Word and
    LibreOffice print the note's number at the body size or raised, so the number alone
    does not tell a note from a numbered paragraph; the size of its text does."""
    if not body:
        return
    small = 0.9 * body
    in_note = False
    page = None
    for ln in raw:
        if ln.page != page:  # a note ends with its page
            in_note, page = False, ln.page
        if ln.cells is not None:
            in_note = False
            continue
        if ln.note_size and ln.note_size < small:
            ln.footnote = in_note = True
        elif in_note and ln.size and ln.size < small:
            ln.footnote = True
        else:
            in_note = False


def nest_bullets(raw: list[PageLine]) -> None:
    """A list item whose marker stands clearly right of the item that opened the list is
    nested under it (Word's second list level). The list ends at a table or at a line of
    text back at the opening marker's position (a page's first and last lines, the
    running head and foot, do not end it)."""
    top: float | None = None
    for k, ln in enumerate(raw):
        if ln.cells is not None:
            top = None
            continue
        if ln.x is None or not ln.size:
            continue
        tol = 0.8 * ln.size
        if ln.bullet:
            if top is None or ln.x < top + tol:
                top = ln.x if top is None else min(top, ln.x)
            else:
                ln.nested = True
            continue
        edge = k == 0 or raw[k - 1].page != ln.page or k + 1 == len(raw) or raw[k + 1].page != ln.page
        if top is not None and ln.x < top + tol and not edge:
            top = None


def _text_pair(a: PageLine, b: PageLine) -> bool:
    """Two lines of running text on one page, both with a measured position."""
    return a.page == b.page and a.y is not None and b.y is not None and a.cells is None and b.cells is None


def _paragraph_starts(raw: list[PageLine]) -> set[int]:
    """Indexes of lines set off from the line above by more than the line spacing: Word
    puts space between paragraphs, so a wide gap starts a new paragraph even where the
    line above did not end a sentence (a list item, a title without a full stop)."""
    # (index, gap above) of each line of running text below another on its page
    # (from the last printed line of a line PDFium joined at a hyphen)
    gaps = [
        (k, (a.y if a.y_end is None else a.y_end) - b.y)
        for k, (a, b) in enumerate(zip(raw, raw[1:]), 1)
        if _text_pair(a, b)
    ]
    pitches = sorted(g for _, g in gaps if g > 0)
    if len(pitches) < 6:
        return set()
    # the line spacing inside a paragraph: a low quantile, not the median, since a short
    # document of one-line paragraphs (a chronology of dated entries) has more paragraph
    # gaps than line gaps
    pitch = pitches[len(pitches) // 5]
    wide = 1.35 * pitch
    return {k for k, g in gaps if g > wide and raw[k].size and g > max(wide, pitch + 0.35 * raw[k].size)}


def _title_pair(a: PageLine, b: PageLine) -> bool:
    """Two lines of running text on one page printed at one left edge and size, neither a
    list item nor a footnote."""
    return not (
        a.cells is not None
        or b.cells is not None
        or a.page != b.page
        or a.x is None
        or b.x is None
        or abs(a.x - b.x) > 2
        or a.size != b.size
        or a.bullet
        or b.bullet
        or a.footnote
        or b.footnote
    )


def _wrapped_titles(raw: list[PageLine], starts: set[int]) -> set[int]:
    """Indexes of lines that finish a title wrapped over two printed lines ("...for
    Staffordshire and West Midlands Community" / "Rehabilitation Company"): a paragraph of
    exactly two lines, set apart by paragraph spacing above and below, printed at one left
    edge and size, neither line closing a sentence or clause. A Word document and its text
    export hold such a title as one line; so does this reader."""
    out: set[int] = set()
    if not starts:
        return out  # no paragraph spacing measured: nothing tells a title from a paragraph
    lengths = sorted(len(ln.text) for ln in raw if ln.cells is None)
    full = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0  # a line that reached the margin

    def opens(k: int) -> bool:
        return k == 0 or k in starts or raw[k - 1].page != raw[k].page or raw[k - 1].cells is not None

    for k in range(len(raw) - 1):
        a, b = raw[k], raw[k + 1]
        if not _title_pair(a, b):
            continue
        if not opens(k) or (k + 1) in starts or not (k + 2 >= len(raw) or opens(k + 2)):
            continue
        # the first line ran to the margin; the second carries on a title (capitalised), not a sentence
        if len(a.text) < 0.7 * full or not b.text[:1].isupper() or _NUMBERED_START.match(a.text):
            continue
        if (
            _CLOSING.search(a.text)
            or _CLOSING.search(b.text)
            or len(a.text.split()) + len(b.text.split()) > 24
        ):
            continue
        out.add(k + 1)
    return out


def _hint(ln: PageLine, k: int, level_of: dict[float, int | None], starts: set[int]) -> str | None:
    """The reader's hint for a printed line: footnote, heading level, bold, nested list
    item, or the start of a paragraph. `level_of`: the heading level of each size printed."""
    if ln.footnote:
        return "footnote"
    if ln.cells is not None or not ln.size:
        return None
    level = level_of[ln.size]
    if level and len(ln.text.split()) <= 20:
        return f"heading:{level}"
    if ln.bold:
        return "bold"
    if ln.nested:
        return "bullet:1"
    if k in starts and not ln.bullet:
        return "para"
    return None


def number_lines(
    raw: list[PageLine], levels: dict[float, int], patterns: Patterns | None = None
) -> list[Line]:
    """The document's Lines, numbered from 1, with wrapped headings and titles joined (a bold
    label of the run's `patterns`, the user's too, starts a line of its own). `levels`: the
    heading level of each size (rounded to a tenth of a point), from heading_levels."""
    # the level of each size as printed, looked up once per size rather than once per line
    level_of = {size: levels.get(round(size, 1)) for size in {ln.size for ln in raw}}
    starts = _paragraph_starts(raw)
    wrapped = _wrapped_titles(raw, starts)
    labels = (patterns or load_patterns()).joined("headings.labels")
    lines: list[Line] = []
    prev_hint: str | None = None
    prev_y: float | None = None
    for k, ln in enumerate(raw):
        hint = _hint(ln, k, level_of, starts)
        # a heading (or a line set bold) wrapped over two printed lines is one line; a label
        # ("Recommendation 1: ...") set bold under a bold heading starts a line of its own
        if (
            hint
            and hint.startswith(("heading:", "bold"))
            and hint == prev_hint
            and lines
            and lines[-1].page == ln.page
            and not _NUMBERED_HEADING.match(ln.text)
            and not labels.match(ln.text)
            and prev_y is not None
            and ln.y is not None
            and 0 < prev_y - ln.y <= 1.5 * ln.size
        ):
            _join_to_last(lines, ln)
        elif k in wrapped and lines:
            _join_to_last(lines, ln)
            if lines[-1].hint in (None, "para"):  # a paragraph of its own, even at the top of a page
                # (made anew: a line read without a hint has no slot for one)
                lines[-1] = replace(lines[-1], hint="title")
        else:
            lines.append(_line(ln, len(lines) + 1, hint))
            prev_hint = hint
        prev_y = ln.y
    return lines


def _join_to_last(lines: list[Line], ln: PageLine) -> None:
    lines[-1].text = f"{lines[-1].text} {ln.text}"
    lines[-1].raw = lines[-1].text


def _line(ln: PageLine, number: int, hint: str | None) -> Line:
    cells = list(ln.cells) if ln.cells is not None else None
    line = Line(number, ln.text, ln.page, ln.text, TEXT, cells, hint)
    if cells is not None and ln.breaks is not None and len(ln.breaks) == len(cells):
        line.breaks = ln.breaks
    if cells is not None and ln.merged:
        line.merged = ln.merged
    return line
