"""PDF reader: PDFium text layer, ruled tables, heading sizes, scanned/encrypted checks.

PDFium reads a page's text layer tens of times faster than a pdfminer layout pass,
so every page is read with it. Pages that draw a ruled grid also get their tables
read cell by cell (pdf_tables); those rows become Lines carrying `cells`, placed
where the table stands in the page's reading order. A repeated header row at the
top of a table continued from the previous page is dropped, and a row the page
break split is joined back to its first part.

Line.number counts the lines of the extracted text (1-based) and Line.page is the
1-based PDF page, so every record points back to the printed page.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from dhrparse.document import Line, SourceDocument
from dhrparse.patterns import load_patterns
from dhrparse.readers.pdf_columns import find_unruled, line_pieces
from dhrparse.readers.pdf_guard import ObjectBudget, check_pdf
from dhrparse.readers import Limits, ReadError
from dhrparse.readers.pdf_tables import (CHAR_BOX, FONT_SIZE, MAX_PATHS, MAYBE_SPLIT, PdfTable, assign_chars, document_words,
                         find_tables, page_objects, resolve_splits, unchecked)

MAX_PAGE_CHARS = 500_000    # text on one page beyond this is not a report page (bomb guard)
_GLUED_NOTE = re.compile(r"(?<=[A-Za-z\)\.’'”\"])\d{1,3}(?=[\s.,;:)]|$)")
# what every _GLUED_NOTE match starts with, found faster (the digit is looked for first)
_DIGIT_AFTER_WORD = re.compile(r"\d(?<=[A-Za-z\)\.’'”\"]\d)")
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_L, _R, _B, _T = (pdfium_c.c_double() for _ in range(4))
_BOX = tuple(ctypes.byref(v) for v in (_L, _R, _B, _T))
_FONT_WEIGHT = unchecked(pdfium_c.FPDFText_GetFontWeight)
_FONT_INFO = unchecked(pdfium_c.FPDFText_GetFontInfo)
# font names say bold where the weight field does not ("ABCDEF+Calibri-Bold", "Arial,Bold")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_NAME_SIZE = ctypes.c_ulong(len(_FONT_NAME))
# a list item's marker: Word's bullet glyphs (often private-use symbols), dashes, "o"
_BULLET_START = re.compile(r"^(?:[•●▪◦‣⁃∙■□➢✓✔*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u25aa\u25cf\u25e6]|[-–—o](?=\s))")


@dataclass
class _Raw:
    """One extracted line before numbering: text, page, font size, bold, or a table row."""
    text: str
    page: int
    size: float = 0.0
    bold: bool = False
    cells: list[str] | None = None
    table: "PdfTable | None" = None
    y: float | None = None          # baseline-ish bottom of the first character
    x: float | None = None          # left edge of the first character (list markers only)
    bullet: bool = False            # starts with a list marker
    nested: bool = False            # a list item indented under the one before it
    note_size: float = 0.0          # size of the text after a leading number (footnotes print it small)
    footnote: bool = False


def _open(data: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise ReadError("the PDF is encrypted and the password given does not open it") from None
            raise ReadError("the PDF is encrypted; pass its password with --password") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError("the PDF uses an encryption scheme that cannot be opened") from None
        raise ReadError("this is not a readable PDF (the file is damaged, truncated or not a PDF)") from None


def read_pdf(data: bytes, *, name: str, path: str | None, sha256: str, password: str | None = None,
             limits: Limits | None = None) -> SourceDocument:
    limits = limits or Limits()
    check_pdf(data, limits)
    pdf = _open(data, password)
    try:
        return _read(pdf, data, name=name, path=path, sha256=sha256, limits=limits)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"the PDF could not be read ({exc})") from None
    finally:
        pdf.close()


def _read(pdf: pdfium.PdfDocument, data: bytes, *, name: str, path: str | None, sha256: str,
          limits: Limits) -> SourceDocument:
    n_pages = len(pdf)
    if n_pages == 0:
        raise ReadError("the PDF has no pages (the file may be truncated)")
    if n_pages > limits.max_pages:
        raise ReadError(f"document has {n_pages:,} pages, over the limit of {limits.max_pages:,} "
                        f"(raise it with --max-pages)")
    warnings: list[tuple[str, str, int | None]] = []
    raw: list[_Raw] = []
    image_only: list[int] = []
    text_pages = 0
    prev_table: PdfTable | None = None
    drawn = ObjectBudget(limits.max_objects)
    for index in range(n_pages):
        page_no = index + 1
        page = pdf[index]
        try:
            drawn.spend(pdfium_c.FPDFPage_CountObjects(page.raw), page_no)
            textpage = page.get_textpage()
            n_chars = textpage.count_chars()
            if n_chars > MAX_PAGE_CHARS:
                warnings.append(("page_skipped", f"page {page_no} holds {n_chars:,} characters; skipped", None))
                continue
            text = textpage.get_text_range() if n_chars else ""
            paths, images = page_objects(page.raw)
            if not text.strip():
                if images:
                    image_only.append(page_no)
                continue
            text_pages += 1
            tables: list[PdfTable] = []
            if 3 <= len(paths) <= MAX_PATHS:
                width, height = page.get_size()
                tables = find_tables(page.raw, width, height, paths)
            in_table = assign_chars(tables, textpage, text) if tables and len(text) == n_chars else None
            if in_table is None:
                tables = []
            page_lines = _page_lines(textpage, text, n_chars, page_no, tables, in_table)
            prev_table = _stitch(page_lines, raw, prev_table)
            raw.extend(page_lines)
            textpage.close()
        finally:
            page.close()
        if len(raw) > limits.max_lines:
            raise ReadError(f"document has over {limits.max_lines:,} lines of text, over the limit")
    if text_pages == 0:
        if image_only:
            raise ReadError("the PDF has no text layer (it is a scanned image); it needs OCR before "
                            "dhrparse can read it")
        raise ReadError("the PDF has no text")
    if image_only:
        warnings.append(("image_only_pages",
                         f"page(s) {_ranges(image_only)} are scanned images without a text layer; "
                         f"their text was not read (OCR them first)", None))
    _nest_bullets(raw)
    _mark_footnotes(raw)
    split_rows = [r for r in raw if r.cells is not None and MAYBE_SPLIT in r.text]
    if split_rows:
        words = document_words([r.text for r in raw])
        for r in split_rows:
            r.cells = [resolve_splits(c, words) for c in r.cells]
            r.text = "\t".join(r.cells)
    lines = _number(raw, _heading_levels(raw))
    return SourceDocument(name=name, path=path, sha256=sha256, format="pdf", lines=lines, pages=n_pages,
                          reader_warnings=warnings)


def _ranges(pages: list[int]) -> str:
    out: list[str] = []
    start = prev = pages[0]
    for p in pages[1:] + [None]:  # type: ignore[list-item]
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if p is not None:
            start = prev = p
    return ", ".join(out)


def _page_lines(textpage, text: str, n_chars: int, page_no: int, tables: list[PdfTable],
                in_table: dict[int, int] | None) -> list[_Raw]:
    """The page's lines in PDFium's reading order, each table's rows put where its first
    line of text stood."""
    aligned = len(text) == n_chars     # string offsets are char indices (no surrogate pairs)
    raw_tp = textpage.raw
    font_size, char_box, box = FONT_SIZE, CHAR_BOX, _BOX
    out: list[_Raw] = []
    spans: list[tuple[int, int]] = []      # first and last character of each printed line in `out`
    placed: set[int] = set()
    sep = "\r\n" if "\r\n" in text else "\n"
    step = len(sep)
    offset = 0
    for piece in text.split(sep):
        start = offset
        offset += len(piece) + step
        stripped = piece.strip()
        if not stripped:
            continue
        first = start + (len(piece) - len(piece.lstrip()))
        table_index = in_table.get(first) if in_table else None
        if table_index is not None:
            if table_index not in placed:
                placed.add(table_index)
                out.extend(_table_lines(tables[table_index], page_no))
            continue
        size, bold, y, x = 0.0, False, None, None
        bullet = bool(_BULLET_START.match(stripped))
        if aligned:
            size = font_size(raw_tp, first)
            short = len(piece) <= 150
            # the position joins a heading wrapped over two lines and nests list items
            if (short or bullet) and char_box(raw_tp, first, *box):
                y, x = _B.value, _L.value
            # bold only matters for heading-length lines: the whole line set bold
            if short:
                bold = _is_bold(raw_tp, first) and _is_bold(raw_tp, first + len(stripped) - 1)
            # cheap tests first: most lines have no digit after a word and do not end in one
            if _DIGIT_AFTER_WORD.search(piece):
                piece = _mark_superscripts(textpage, piece, start)
            if piece.rstrip()[-1:].isdecimal():
                piece = _tab_before_page_number(textpage, piece, start, size)
        for k, table in enumerate(tables):   # a table no line fell in goes above text printed below it
            if k not in placed and y is not None and y < table.bottom:
                placed.add(k)
                out.extend(_table_lines(table, page_no))
        if "\ufffe" in piece or "\x02" in piece:
            piece = piece.replace("\ufffe", "-").replace("\x02", "-")
        note_size = 0.0
        if aligned and stripped[:1].isdecimal():
            number = _LEADING_NUMBER.match(stripped)
            if number:
                note_size = font_size(raw_tp, first + number.end())
        out.append(_Raw(text=piece.strip(), page=page_no, size=size, bold=bold, y=y, x=x, bullet=bullet,
                        note_size=note_size))
        spans.append((first, start + len(piece.rstrip()) - 1))
    for k, table in enumerate(tables):
        if k not in placed:
            out.extend(_table_lines(table, page_no))
    if not tables and aligned and len(out) >= 3:
        out = _unruled_tables(textpage, text, out, spans, page_no)
    return out


_COUNT_RECTS = unchecked(pdfium_c.FPDFText_CountRects)
_COLUMN_BOX = tuple(ctypes.c_double() for _ in range(4))
_COLUMN_BOX_REFS = tuple(ctypes.byref(v) for v in _COLUMN_BOX)


def _unruled_tables(textpage, text: str, out: list[_Raw], spans: list[tuple[int, int]], page_no: int) -> list[_Raw]:
    """The page's lines with each table set without rules replaced by its rows (see
    pdf_columns). Only a page where some line starts well right of the text's left edge
    can hold one (a table's second column does), unless PDFium joined the cells of every
    row into one printed line."""
    lefts = [ln.x for ln in out if ln.x is not None]
    if not lefts:
        return out
    margin = min(lefts)
    indented = sum(1 for ln in out if ln.x is not None and ln.x > margin + 40 and not ln.bullet)
    # cells PDFium joined into one printed line leave several text boxes on it: one call
    # counts the page's boxes
    if indented < 2 and _COUNT_RECTS(textpage.raw, 0, len(text)) < len(out) + 3:
        return out
    sizes = sorted(ln.size for ln in out if ln.size)
    if not sizes:
        return out
    size = sizes[len(sizes) // 2]
    raw_tp = textpage.raw
    lines = [line_pieces(raw_tp, text, first, last, k, 0.8 * size, _COLUMN_BOX, _COLUMN_BOX_REFS)
             for k, (first, last) in enumerate(spans)]
    found = find_unruled(lines, size)
    if not found:
        return out
    rebuilt: list[_Raw] = []
    k = 0
    for f in found:
        rebuilt.extend(out[k:f.start])
        rebuilt.extend(_table_lines(f.table, page_no))
        k = f.end
    rebuilt.extend(out[k:])
    return rebuilt


_BOLD_NAMES: dict[bytes, bool] = {}
_LEADING_NUMBER = re.compile(r"\d{1,3}\s*(?=[^\W\d_])")


def _body_size(raw: list[_Raw]) -> float:
    """The size most of the document's text is printed in."""
    weights: dict[float, int] = {}
    for ln in raw:
        if ln.cells is None and ln.size:
            key = round(ln.size, 1)
            weights[key] = weights.get(key, 0) + len(ln.text)
    return max(weights, key=weights.get) if weights else 0.0


def _mark_footnotes(raw: list[_Raw]) -> None:
    """Footnotes at a page's foot: a line opening with a number whose text is printed
    smaller than the body, and the small-print lines after it on that page. Word and
    LibreOffice print the note's number at the body size or raised, so the number alone
    does not tell a note from a numbered paragraph; the size of its text does."""
    body = _body_size(raw)
    if not body:
        return
    small = 0.9 * body
    in_note = False
    for k, ln in enumerate(raw):
        if k and raw[k - 1].page != ln.page:
            in_note = False
        if ln.cells is not None:
            in_note = False
            continue
        if ln.note_size and ln.note_size < small:
            ln.footnote = in_note = True
        elif in_note and ln.size and ln.size < small:
            ln.footnote = True
        else:
            in_note = False


def _is_bold(raw_tp, index: int) -> bool:
    if _FONT_WEIGHT(raw_tp, index) >= 600:
        return True
    if not _FONT_INFO(raw_tp, index, _FONT_NAME, _FONT_NAME_SIZE, None):
        return False
    name = _FONT_NAME.value
    bold = _BOLD_NAMES.get(name)
    if bold is None:
        if len(_BOLD_NAMES) > 10_000:
            _BOLD_NAMES.clear()
        bold = _BOLD_NAMES[name] = bool(_BOLD_FONT.search(name.decode("latin-1").split("+")[-1]))
    return bold


def _nest_bullets(raw: list[_Raw]) -> None:
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


def _table_lines(table: PdfTable, page_no: int) -> list[_Raw]:
    return [_Raw(text="\t".join(cells), page=page_no, cells=list(cells), table=table) for cells in table.rows]


def _mark_superscripts(textpage, piece: str, start: int) -> str:
    """A footnote number printed small and raised after a word becomes superscript digits,
    which cleaning removes from the text."""
    matches = list(_GLUED_NOTE.finditer(piece))
    if not matches:
        return piece
    raw_tp = textpage.raw
    for m in reversed(matches):
        before = pdfium_c.FPDFText_GetFontSize(raw_tp, start + m.start() - 1)
        mine = pdfium_c.FPDFText_GetFontSize(raw_tp, start + m.start())
        if before and mine and mine < 0.8 * before:
            piece = piece[:m.start()] + m.group(0).translate(_SUPER) + piece[m.end():]
    return piece


_PAGE_NUMBER_END = re.compile(r"(?<=\S)(\s+)\d{1,4}\s*$")


def _tab_before_page_number(textpage, piece: str, start: int, size: float) -> str:
    """A contents line sets its page number far to the right ("1.3 Timescales      9");
    PDFium prints the gap as one space, so it is put back as the tab it was."""
    m = _PAGE_NUMBER_END.search(piece)
    if not m or not size:
        return piece
    before, after = start + m.start(1) - 1, start + m.end(1)
    if pdfium_c.FPDFText_GetCharBox(textpage.raw, before, _L, _R, _B, _T):
        right = _R.value
        if pdfium_c.FPDFText_GetCharBox(textpage.raw, after, _L, _R, _B, _T) and _L.value - right > 3 * size:
            return piece[:m.start(1)] + "\t" + piece[m.end(1):]
    return piece


def _stitch(page_lines: list[_Raw], earlier: list[_Raw], prev_table: PdfTable | None) -> PdfTable | None:
    """Join a table continued from the previous page: drop its repeated header row and
    rejoin a row the page break split. Returns the last table seen."""
    first_table = next((ln.table for ln in page_lines if ln.table is not None), None)
    before_first = []
    for ln in page_lines:
        if ln.table is not None:
            break
        before_first.append(ln)
    # looked for only when both pages hold a table (a scan back over every earlier line was quadratic)
    last_prev = next((ln for ln in reversed(earlier) if ln.cells is not None), None) \
        if first_table is not None and prev_table is not None else None
    continued = (first_table is not None and prev_table is not None and last_prev is not None
                 and earlier and earlier[-1].page == page_lines[0].page - 1 if page_lines else False)
    if continued and not first_table.ys and not prev_table.ys and len(first_table.xs) < len(prev_table.xs):
        _widen(page_lines, first_table, prev_table)
    if continued and len(before_first) <= 2 and len(first_table.xs) == len(prev_table.xs) \
            and all(abs(a - b) <= 2.5 for a, b in zip(first_table.xs, prev_table.xs)):
        rows = [ln for ln in page_lines if ln.table is first_table]
        header = prev_table.rows[0] if prev_table.rows else None
        if rows and header is not None and rows[0].cells == header:
            page_lines.remove(rows[0])
            rows = rows[1:]
        if rows and rows[0].cells and not rows[0].cells[0] and last_prev.cells and last_prev.cells[0] \
                and len(rows[0].cells) == len(last_prev.cells):
            joined = [f"{a} {b}".strip() for a, b in zip(last_prev.cells, rows[0].cells)]
            last_prev.cells = joined
            last_prev.text = "\t".join(joined)
            page_lines.remove(rows[0])
        first_table.rows = prev_table.rows[:1] + first_table.rows   # header carries on
    tables = [ln.table for ln in page_lines if ln.table is not None]
    if tables:
        return tables[-1]
    return prev_table if not page_lines else None


def _widen(page_lines: list[_Raw], table: PdfTable, prev: PdfTable) -> None:
    """An unruled table continued on a new page may have text in only some of its columns
    (the tail of a row the page break split): its cells go back to the columns of the table
    they continue, found by their left edges."""
    slots = []
    for x in table.xs:
        near = [j for j, px in enumerate(prev.xs) if abs(px - x) <= 3.0]
        if not near:
            return
        slots.append(near[0])
    width = len(prev.xs)

    def spread(cells: list[str]) -> list[str]:
        out = [""] * width
        for j, cell in zip(slots, cells):
            out[j] = cell
        return out

    table.rows = [spread(r) for r in table.rows]
    table.xs = list(prev.xs)
    for ln in page_lines:
        if ln.table is table and ln.cells is not None:
            ln.cells = spread(ln.cells)
            ln.text = "\t".join(ln.cells)


def _heading_levels(raw: list[_Raw]) -> dict[float, int]:
    """Font sizes larger than the body text, largest first: heading levels 1, 2, 3."""
    weights: dict[float, int] = {}
    for ln in raw:
        if ln.cells is None and ln.size:
            key = round(ln.size, 1)
            weights[key] = weights.get(key, 0) + len(ln.text)
    if not weights:
        return {}
    body = max(weights, key=weights.get)
    total = sum(weights.values())
    # a heading size is rare (under 15% of the text) and clearly larger than the body
    sizes = sorted((s for s, w in weights.items() if s >= body * 1.15 and w < 0.15 * total), reverse=True)
    return {s: min(i + 1, 3) for i, s in enumerate(sizes[:3])}


def _paragraph_starts(raw: list[_Raw]) -> set[int]:
    """Indexes of lines set off from the line above by more than the line spacing: Word
    puts space between paragraphs, so a wide gap starts a new paragraph even where the
    line above did not end a sentence (a list item, a title without a full stop)."""
    gaps = [a.y - b.y for a, b in zip(raw, raw[1:])
            if a.page == b.page and a.y is not None and b.y is not None and a.cells is None and b.cells is None]
    pitches = sorted(g for g in gaps if g > 0)
    if len(pitches) < 6:
        return set()
    # the line spacing inside a paragraph: a low quantile, not the median, since a short
    # document of one-line paragraphs (a chronology of dated entries) has more paragraph
    # gaps than line gaps
    pitch = pitches[len(pitches) // 5]
    out = set()
    for k in range(1, len(raw)):
        a, b = raw[k - 1], raw[k]
        if a.page == b.page and a.y is not None and b.y is not None and a.cells is None and b.cells is None \
                and b.size and a.y - b.y > max(1.35 * pitch, pitch + 0.35 * b.size):
            out.add(k)
    return out


_NUMBERED_START = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s")
_CLOSING = re.compile(r"[.!?;:,]['’”\")]*$")


def _wrapped_titles(raw: list[_Raw], starts: set[int]) -> set[int]:
    """Indexes of lines that finish a title wrapped over two printed lines ("...for
    Staffordshire and West Midlands Community" / "Rehabilitation Company"): a paragraph of
    exactly two lines, set apart by paragraph spacing above and below, printed at one left
    edge and size, neither line closing a sentence or clause. A Word document and its text
    export hold such a title as one line; so does this reader."""
    out: set[int] = set()
    if not starts:
        return out      # no paragraph spacing measured: nothing tells a title from a paragraph
    lengths = sorted(len(ln.text) for ln in raw if ln.cells is None)
    full = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0     # a line that reached the margin

    def opens(k: int) -> bool:
        return k == 0 or k in starts or raw[k - 1].page != raw[k].page or raw[k - 1].cells is not None

    for k in range(len(raw) - 1):
        a, b = raw[k], raw[k + 1]
        if a.cells is not None or b.cells is not None or a.page != b.page or a.x is None or b.x is None \
                or abs(a.x - b.x) > 2 or a.size != b.size or a.bullet or b.bullet or a.footnote or b.footnote:
            continue
        if not opens(k) or (k + 1) in starts or not (k + 2 >= len(raw) or opens(k + 2)):
            continue
        # the first line ran to the margin; the second carries on a title (capitalised), not a sentence
        if len(a.text) < 0.7 * full or not b.text[:1].isupper() or _NUMBERED_START.match(a.text):
            continue
        if _CLOSING.search(a.text) or _CLOSING.search(b.text) or len(a.text.split()) + len(b.text.split()) > 24:
            continue
        out.add(k + 1)
    return out


def _number(raw: list[_Raw], levels: dict[float, int]) -> list[Line]:
    starts = _paragraph_starts(raw)
    wrapped = _wrapped_titles(raw, starts)
    labels = load_patterns().joined("headings.labels")
    lines: list[Line] = []
    number = 0
    prev_hint: str | None = None
    prev_y: float | None = None
    for k, ln in enumerate(raw):
        hint = None
        if ln.footnote:
            hint = "footnote"
        elif ln.cells is None and ln.size:
            level = levels.get(round(ln.size, 1))
            if level and len(ln.text.split()) <= 20:
                hint = f"heading:{level}"
            elif ln.bold:
                hint = "bold"
            elif ln.nested:
                hint = "bullet:1"
            elif k in starts and not ln.bullet:
                hint = "para"
        # a heading (or a line set bold) wrapped over two printed lines is one line; a label
        # ("Recommendation 1: ...") set bold under a bold heading starts a line of its own
        if hint and hint.startswith(("heading:", "bold")) and hint == prev_hint and lines \
                and lines[-1].page == ln.page and not re.match(r"^\s*\d+(\.\d+)*\.?\s", ln.text) \
                and not labels.match(ln.text) \
                and prev_y is not None and ln.y is not None and 0 < prev_y - ln.y <= 1.5 * ln.size:
            lines[-1].text = f"{lines[-1].text} {ln.text}"
            lines[-1].raw = lines[-1].text
            prev_y = ln.y
            continue
        if k in wrapped and lines:
            lines[-1].text = f"{lines[-1].text} {ln.text}"
            lines[-1].raw = lines[-1].text
            if lines[-1].hint in (None, "para"):
                lines[-1].hint = "title"        # a paragraph of its own, even at the top of a page
            prev_y = ln.y
            continue
        number += 1
        lines.append(Line(number=number, text=ln.text, page=ln.page, raw=ln.text,
                          cells=list(ln.cells) if ln.cells is not None else None, hint=hint))
        prev_hint, prev_y = hint, ln.y
    return lines
