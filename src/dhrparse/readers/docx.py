"""Word (.docx) reader: paragraphs and tables in body order.

Heading styles become `heading:N` hints, a paragraph set bold throughout a "bold" hint,
list paragraphs bullets ("• " prefix, hint
"bullet" or "bullet:1" for a nested item), and each table row one Line whose
`cells` hold the cell texts (a merged cell's text in its first slot, the slots it
covers empty, as in tab-separated text). Footnotes, headers and footers are not
body text and are left out. Line numbers count the extracted lines; there are no
pages (Word lays pages out only when printing).
"""

from __future__ import annotations

import io
import re
import zipfile

from dhrparse.document import Line, SourceDocument
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.prepare.labels import dotted_code_label, labelled_text, list_label
from dhrparse.prepare.markup import list_item
from dhrparse.readers import Limits, ReadError
from dhrparse.readers.docx_box_items import box_lines
from dhrparse.readers.docx_picture_rows import picture_rows
from dhrparse.readers.docx_styles import MAX_STYLE_DEPTH, StyleBook
from dhrparse.readers.docx_styles import WORDML as _W
from dhrparse.readers.text import convert_line

_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|kop)\s*(\d)$", re.I)
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MAX_UNPACKED = 1024 * 1024 * 1024  # a .docx unpacking to more than this is a zip bomb


def _check_zip(data: bytes, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            unpacked = sum(info.file_size for info in zf.infolist())
            # the parts parsed as XML (media are never unpacked) against the inflate limit
            markup = sum(
                info.file_size for info in zf.infolist() if info.filename.lower().endswith((".xml", ".rels"))
            )
    except zipfile.BadZipFile:
        raise ReadError(
            "this is not a readable Word document (.docx); it may be damaged, encrypted, "
            "or an old .doc file (save it as .docx first)"
        ) from None
    if "word/document.xml" not in names:
        raise ReadError("this zip file is not a Word document (it has no word/document.xml)")
    if unpacked > min(MAX_UNPACKED, max(limits.max_bytes, 1) * 50):
        raise ReadError(f"the Word document unpacks to {unpacked:,} bytes, too large to read safely")
    # a 500-page report's XML is a few tens of MB; parsing 100 MB of it takes minutes
    markup_limit = limits.max_inflate // 2
    if markup > markup_limit:
        raise ReadError(
            f"the Word document's text parts unpack to {markup:,} bytes, over the limit of "
            f"{markup_limit // (1 << 20):,} MB (half of --max-inflate-mb; a zip bomb?); raise "
            f"--max-inflate-mb if the file is genuine"
        )


def read_docx(
    data: bytes,
    *,
    name: str,
    path: str | None,
    sha256: str,
    limits: Limits | None = None,
    patterns: Patterns | None = None,
) -> SourceDocument:
    limits = limits or Limits()
    _check_zip(data, limits)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as exc:  # python-docx raises several types for broken packages
        raise ReadError(f"this Word document could not be read ({type(exc).__name__})") from None
    # the user's list labels too: a typed "L3<TAB>text" is numbered as the text route numbers it
    patterns = patterns or load_patterns()
    add = _LineSink(limits.max_lines, list_label(patterns), dotted_code_label(patterns))
    lines = add.lines
    numbers = _ListNumbers(document)
    body = document.element.body
    parent = StyleBook(document)  # styles read once, not searched per paragraph
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _paragraph(Paragraph(child, parent), add, numbers)
        elif tag == "tbl":
            _table(Table(child, parent), add, numbers)
        elif tag == "sdt":  # content controls (e.g. a contents table) hold paragraphs
            for p in child.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                _paragraph(Paragraph(p, parent), add, numbers)
    doc = SourceDocument(name=name, path=path, sha256=sha256, format="docx", lines=lines, pages=None)
    doc.running = _running_text(document)
    return doc


def _running_text(document) -> list[str]:
    """The text of each section's headers and footers (not body text: the page furniture a
    PDF prints on every page, where a review often names the board that publishes it)."""
    out: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts = [p.text.strip() for p in part.paragraphs] if not part.is_linked_to_previous else []
            except Exception:  # a broken header part is furniture lost, never a failed read
                continue
            out.extend(t for t in texts if t and t not in out)
    return out


class _LineSink:
    """Collects the document's Lines, numbered as they come."""

    def __init__(self, max_lines: int, list_label: re.Pattern, dotted_label: re.Pattern):
        self.lines: list[Line] = []
        self.max_lines = max_lines
        self.list_label = list_label  # what a paragraph number typed before a tab looks like
        self.dotted_label = dotted_label  # "R.1": a label only before a paragraph's tab

    def __call__(
        self, text: str, hint: str | None = None, cells: list[str] | None = None, breaks=None, merged=()
    ) -> None:
        if len(self.lines) >= self.max_lines:
            raise ReadError(f"document has over {self.max_lines:,} lines, over the limit")
        line = Line(number=len(self.lines) + 1, text=text, page=None, raw=text, cells=cells, hint=hint)
        if breaks is not None and any(breaks):
            line.breaks = breaks
        if merged:
            line.merged = merged
        self.lines.append(line)

    def last_is_row(self) -> bool:
        return bool(self.lines) and self.lines[-1].cells is not None


def _run_text(paragraph) -> str:
    """Paragraph text with footnote numbers typed as superscript turned into superscript
    digits (cleaning removes them); footnote references themselves carry no text."""
    parts = []
    for item in paragraph.iter_inner_content():
        text = item.text
        font = getattr(item, "font", None)
        if font is not None and font.superscript and text.strip().isdigit():
            text = text.translate(_SUPER)
        parts.append(text)
    return "".join(parts)


def _list_level(paragraph) -> int | None:
    """None for an ordinary paragraph, else the list nesting level (0 = top)."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if num_pr is not None and num_pr.numId is not None and num_pr.numId.val != 0:
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return int(ilvl or 0)
    if style.lower().startswith(("list bullet", "list number", "list paragraph")):
        m = re.search(r"(\d)$", style)
        return int(m.group(1)) - 1 if m else 0
    return None


class _ListNumbers:
    """The numbers Word draws in front of auto-numbered paragraphs ("1.", "2.1", "a)"):
    they are not in the paragraph's text, yet reviews cite paragraphs and recommendations
    by them. Counters run per list and level, as Word's do."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (fmt, text, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for a in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl"))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "%1.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[a.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            for ilvl, spec in abstract.get(ref.get(f"{_W}val") if ref is not None else None, {}).items():
                self.formats[(num.get(f"{_W}numId"), ilvl)] = spec

    def is_bullet(self, paragraph) -> bool:
        """A list paragraph Word draws a bullet in front of (its list level's format is a bullet,
        or, where the document has no numbering part, its style is a bullet list's)."""
        if _list_level(paragraph) is None:
            return False
        num_pr = _num_pr(paragraph)
        if num_pr is None or not self.formats:
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            return "bullet" in style.lower()
        num_id = num_pr.find(f"{_W}numId")
        ilvl_el = num_pr.find(f"{_W}ilvl")
        num_id = num_id.get(f"{_W}val") if num_id is not None else None
        ilvl = int(ilvl_el.get(f"{_W}val")) if ilvl_el is not None else 0
        spec = self.formats.get((num_id, ilvl))
        return spec is not None and spec[0] == "bullet"

    def label(self, paragraph) -> str | None:
        """The drawn number of a numbered paragraph ("3.", "2.1"), or None (bullets, plain text)."""
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return None
        num_id = num_pr.find(f"{_W}numId")
        ilvl_el = num_pr.find(f"{_W}ilvl")
        num_id = num_id.get(f"{_W}val") if num_id is not None else None
        ilvl = int(ilvl_el.get(f"{_W}val")) if ilvl_el is not None else 0
        spec = self.formats.get((num_id, ilvl))
        if spec is None or spec[0] in ("bullet", "none"):
            return None
        counts = self.counters.setdefault(num_id, [0] * 9)
        starts = [self.formats.get((num_id, k), ("decimal", "", 1))[2] for k in range(9)]
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else starts[ilvl]
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        text = spec[1]
        for k in range(ilvl + 1):
            fmt = self.formats.get((num_id, k), ("decimal",))[0]
            text = text.replace(f"%{k + 1}", _format_number(counts[k] or starts[k], fmt))
        return text.strip() or None


def _num_pr(paragraph):
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return p_pr.numPr
    style = paragraph.style
    for _ in range(MAX_STYLE_DEPTH):  # "List Number" numbers through its style
        if style is None:
            break
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None:
            return s_pr.numPr
        style = style.base_style
    return None


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        out, value = "", n
        for v, r in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while value >= v:
                out, value = out + r, value - v
        return out if fmt == "lowerRoman" else out.upper()
    return str(n)


def _paragraph(paragraph, add, numbers: _ListNumbers | None = None) -> None:
    text = _run_text(paragraph)
    if not text.strip():
        add("")
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    m = _HEADING_STYLE.match(style.strip())
    if m or style.strip().lower() == "title":
        label = numbers.label(paragraph) if numbers is not None else None  # "4 CHRONOLOGY" numbered by Word
        add(
            (f"{label} " if label else "") + " ".join(text.split()),
            hint=f"heading:{int(m.group(1)) if m else 1}",
        )
        return
    level = _list_level(paragraph)
    pieces = [p for p in text.split("\n") if p.strip()]
    label = numbers.label(paragraph) if numbers is not None and level is not None else None
    if label and not style.lower().startswith("heading"):
        add(f"{label} " + " ".join(" ".join(pieces).split()))  # a numbered paragraph, as printed
        return
    if level is not None and not style.lower().startswith("heading"):
        add(list_item(" ".join(" ".join(pieces).split())), hint="bullet" if level == 0 else "bullet:1")
        return
    if len(pieces) == 1 and _all_bold(paragraph):
        add(pieces[0].strip(), hint="bold")  # a subheading set in bold type, not a heading style
        return
    for piece in pieces:  # soft line breaks print as separate lines
        _plain_line(piece, add)


def _plain_line(piece: str, add) -> None:
    """A line of a plain paragraph. Text laid out with tabs is a table row, and HTML
    fragments left in the text are read, as they are in a text file: a Word document
    made from a text export keeps both."""
    stripped = piece.strip()
    # a paragraph number and a tab ("5.1<TAB>In the summer ...", a hanging indent) number the
    # paragraph; under a table's rows it is a row like the others
    numbered = _typed_label_text(stripped, add) if "\t" in stripped else None
    if numbered is not None and not add.last_is_row():
        add(numbered)
        return
    # tabs between words make a row; tabs only in front are an indent, unless the line
    # carries on the rows above (a continuation row's first cells are empty)
    row = "\t" in stripped or ("\t" in piece.rstrip() and add.last_is_row())
    # leading spaces stay, as in a text file: they are how a typed list nests its items
    for segment in convert_line(piece.rstrip() if row else piece.rstrip().lstrip("\t")):
        add(segment.rstrip(), cells=segment.split("\t") if "\t" in segment else None)


def _typed_label_text(stripped: str, add: _LineSink) -> str | None:
    """ "R.1 The Board ..." for a paragraph typed as its label, a tab and its text."""
    parts = stripped.split("\t")
    return labelled_text(parts, add.list_label) or labelled_text(parts, add.dotted_label)


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(
        r.bold or (r.bold is None and (style_bold or (r.style is not None and r.style.font.bold)))
        for r in runs
    )


def _cell_paragraph(paragraph, numbers: _ListNumbers | None) -> str:
    """A paragraph of a table cell; a bullet paragraph keeps its bullet ("• Write to ..."), as
    the PDF of the same cell prints it: a cell listing its steps as bullets keeps them told
    apart in the row's one action (plan.action_bullets)."""
    text = " ".join(_run_text(paragraph).split())
    if text and numbers is not None and numbers.is_bullet(paragraph):
        return list_item(text)
    return _numbered_cell(paragraph, text, numbers)


def _numbered_cell(paragraph, text: str, numbers: _ListNumbers | None) -> str:
    """A cell paragraph Word numbers itself ("No." cells holding only an automatic number, kept
    in numbering.xml): the number as Word draws it, before any text the paragraph has."""
    if numbers is None or _list_level(paragraph) is None:
        return text
    label = numbers.label(paragraph)
    return f"{label} {text}".strip() if label else text


def _cell_text(cell, numbers: _ListNumbers | None = None) -> str:
    return _cell_read(cell, numbers)[0]


def _cell_read(cell, numbers: _ListNumbers | None = None) -> tuple[str, tuple[int, ...]]:
    """The cell's text, and the word offsets in it at which its second and later paragraphs open
    (none for a cell holding a table of its own: its rows are not paragraphs). Each paragraph is
    read once: Word's automatic numbers count on as they are read."""
    texts = [_cell_paragraph(p, numbers) for p in cell.paragraphs]
    counts = [len(t.split()) for t in texts if t]
    breaks = () if cell.tables else tuple(sum(counts[:k]) for k in range(1, len(counts)))
    for nested in cell.tables:  # a table inside a cell: its text, row by row
        for row in nested.rows:
            texts.append(" ".join(_cell_text(c, numbers) for c in row.cells))
    return " ".join(t for t in texts if t), breaks


def _table(table, add, numbers: _ListNumbers | None = None) -> None:
    from docx.table import _Cell

    if picture_rows(table, lambda c: _cell_text(c, numbers), add):
        return  # (rows of a picture beside words: the words are paragraphs)
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        breaks: list[tuple[int, ...]] = []
        merged: list[int] = []  # the slots a cell merged down from a row above covers
        for tc in tr.tc_lst:
            # a merged cell: its text in its first grid slot, the slots it covers empty
            span = max(1, tc.grid_span)
            continued = tc.vMerge == "continue"
            if continued:
                merged.extend(range(len(cells), len(cells) + span))
            text, cut = ("", ()) if continued else _cell_read(_Cell(tc, table), numbers)
            cells.append(text)
            breaks.append(cut)
            cells.extend([""] * (span - 1))
            breaks.extend([()] * (span - 1))
        items = box_lines(tr.tc_lst, table, lambda c: [_cell_paragraph(p, numbers) for p in c.paragraphs])
        if items:  # (a box's numbered items, "4.1 ...", "4.2 ...", or its title over its text: a line each)
            for item in items:
                add(item, cells=[item])
        elif any(c.strip() for c in cells):
            add("\t".join(cells), cells=cells, breaks=tuple(breaks), merged=tuple(merged))
