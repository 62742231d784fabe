"""Render a text document (a zoo family, or a bundled sample) the way authors publish it:
as a Word document, exported to PDF by a word processor.

The text is read with dhrparse's own text route (reader, cleaning, segmentation) and
rebuilt as Word would hold it:

* headings in Word's heading styles;
* numbered paragraphs and lettered / roman sub-items as Word *auto-numbered* list
  paragraphs (the number is drawn by Word from the numbering definitions; it is not in the
  paragraph's text), bullets in the "List Bullet" styles (bullet glyphs drawn by Word);
* tables as real Word tables, ruled (every cell boxed) or unruled (no borders at all, as
  many authors set plans and summary tables), header row repeated on every page;
* footnotes as real Word footnotes (the marker a superscript reference, the note at the
  page foot), a running head in the page header and "Page N of M" in the footer; the text
  route's own running heads, page numbers and form feeds are page furniture and are not
  copied into the body.

LibreOffice exports the PDF (`soffice --headless --convert-to pdf`). The renderings are
committed beside their text so tests never need LibreOffice.

    PYTHONPATH=src python tests/zoo/render.py tests/zoo/parity_overview_report.txt
    PYTHONPATH=src python tests/zoo/render.py samples/002_*.txt --unruled --out /tmp/r --suffix .word
    PYTHONPATH=src python tests/zoo/render.py samples/002_*.txt --typed-pdf --out /tmp/r   # text printed to PDF
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from dhrparse.document import FOOTNOTE, FURNITURE
from dhrparse.patterns import load_patterns
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

sys.path.insert(0, str(ROOT / "samples"))
from make_samples import _runs, add_table, to_pdf

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SUPER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_RUN = re.compile(f"[{_SUPER_DIGITS}]+")
_FROM_SUPER = str.maketrans(_SUPER_DIGITS, "0123456789")
_BULLET_GLYPH = re.compile(r"^\s*(?:[•●▪◦‣⁃∙■➢✓✔*\uf0b7\uf0a7]|[-–—])\s*")
# the printed number of a numbered paragraph: "7.", "7", "7)", "(7)", "8.10", "8.10."
_PARA_NUMBER = re.compile(r"^\s*(?P<open>\()?(?P<number>\d{1,3}(?:\.\d{1,3}){0,2})(?P<close>[.)]?)(?=\s)")
# a lettered or roman item marker: "a)", "(a)", "ii)", "(ii)", "a.", "iv."
_ITEM_MARKER = re.compile(r"^\s*(?P<open>\()?(?P<label>[a-z]|[ivx]{1,4})(?P<close>[).])(?=\s)")
_ROMAN = re.compile(r"^[ivx]{1,4}$")


@dataclass
class Style:
    """How the author set the document."""

    ruled: bool = True  # table cells boxed; False: no borders (an "unruled" table)
    autonumber: bool = True  # numbered paragraphs and items as Word lists
    footnotes: bool = True  # footnote lines as real Word footnotes
    numbered_headings: bool = False  # heading numbers drawn by Word's heading numbering
    title: str = "Domestic Homicide Review"
    landscape: bool = False


@dataclass
class _Item:
    line: int
    kind: str  # block kinds, or "footnote"
    block: object
    raw: list[str] = field(default_factory=list)  # the block's printed lines, as read


def items(path: Path) -> tuple[list[_Item], dict[int, str], bool]:
    """The text route's blocks in document order, each with its printed lines, the
    document's footnotes by number, and whether its wrapped lines keep a trailing space
    (a PDF text layer's export: a line without one ended its paragraph or table cell)."""
    doc = read_text(path.read_bytes(), name=path.name, path=str(path), sha256="")
    raw = {}
    for ln in doc.lines:
        raw.setdefault(ln.number, []).append(ln.text)
    printed = [ln.text for ln in doc.lines if ln.text.strip()]
    space_cue = sum(t != t.rstrip() for t in printed) >= 0.3 * max(1, len(printed))
    patterns = load_patterns()
    clean(doc, patterns)
    segment(doc, patterns)
    out = [
        _Item(
            b.line_start, b.kind, b, [raw[n][0] for n in dict.fromkeys(b.lines) if len(raw.get(n, ())) == 1]
        )
        for b in doc.blocks
    ]
    notes: dict[int, str] = {}
    last = None
    for ln in doc.lines:
        if ln.kind == FOOTNOTE:
            m = re.match(rf"^\s*([{_SUPER_DIGITS}]+|\d{{1,3}})\s*(.*)$", ln.text)
            if m and m.group(1).translate(_FROM_SUPER).isdigit() and m.group(2):
                last = int(m.group(1).translate(_FROM_SUPER))
                notes[last] = m.group(2).strip()
            elif last is not None:
                notes[last] += " " + ln.text.strip()
        elif ln.kind != FURNITURE and ln.text.strip():
            last = None
    out.sort(key=lambda it: it.line)
    return out, notes, space_cue


# -- Word numbering ---------------------------------------------------------------------

_FORMATS = {"decimal": "decimal", "lower": "lowerLetter", "upper": "upperLetter", "roman": "lowerRoman"}


class Numbering:
    """Word list definitions made as the document needs them: one list per run of items
    printed with the same shape ("7.", "8.3", "a)", "(ii)"), restarted where the printed
    number does not follow on, so Word draws exactly the printed numbers."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.next_abstract = 100
        self.next_num = 100
        self.runs: dict[tuple, tuple[str, int]] = {}  # shape -> (numId, last value)

    def _define(self, levels: list[tuple[str, str, int]]) -> str:
        """levels: (format, level text, start) for ilvl 0.. ; returns the new numId."""
        a_id, n_id = str(self.next_abstract), str(self.next_num)
        self.next_abstract += 1
        self.next_num += 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="567"/></w:pPr></w:lvl>'
            for i, (fmt, text, start) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{a_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{n_id}"><w:abstractNumId w:val="{a_id}"/></w:num>')
        # abstract definitions come before the num elements that use them
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.root.append(num)
        return n_id

    def paragraph_number(self, printed: str) -> tuple[str, int] | None:
        """(numId, ilvl) for a paragraph printed with this number ("7.", "8.10", "(3)")."""
        m = _PARA_NUMBER.match(printed)
        # "12.03.17 – Police: ..." opens with a date, typed; Word never draws a list number
        # with a leading zero
        if not m or any(p.startswith("0") for p in m.group("number").split(".")):
            return None
        parts = [int(p) for p in m.group("number").split(".")]
        open_, close = m.group("open") or "", m.group("close") or ""
        shape = ("decimal", len(parts), open_, close, tuple(parts[:-1]))
        return self._item(
            shape,
            parts[-1],
            lambda start: [
                (
                    "decimal",
                    open_
                    + ".".join(f"%{k + 1}" for k in range(i + 1))
                    + (close if i == len(parts) - 1 else "."),
                    parts[i] if i < len(parts) - 1 else start,
                )
                for i in range(len(parts))
            ],
        )

    def item_marker(self, printed: str, after_roman: bool) -> tuple[str, int] | None:
        """(numId, ilvl) for a lettered or roman sub-item ("a)", "(ii)", "iv.")."""
        m = _ITEM_MARKER.match(printed)
        if not m:
            return None
        label = m.group("label")
        open_, close = m.group("open") or "", m.group("close")
        # "i" opens a roman list unless it follows "h"; "v" and "x" are roman only inside one
        letters = self.runs.get(("lowerLetter", 1, open_, close, ()))
        roman = bool(_ROMAN.match(label)) and (
            len(label) > 1 or (label == "i" and (letters is None or letters[1] != 8)) or after_roman
        )
        value = _roman_value(label) if roman else ord(label) - ord("a") + 1
        fmt = "lowerRoman" if roman else "lowerLetter"
        shape = (fmt, 1, open_, close, ())
        return self._item(shape, value, lambda start: [(fmt, f"{open_}%1{close}", start)])

    def _item(self, shape: tuple, value: int, levels) -> tuple[str, int]:
        known = self.runs.get(shape)
        if known is not None and value == known[1] + 1:
            self.runs[shape] = (known[0], value)
            return known[0], shape[1] - 1
        num_id = self._define(levels(value))
        self.runs[shape] = (num_id, value)
        return num_id, shape[1] - 1


def _roman_value(label: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for a, b in zip(label, label[1:] + " "):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return total


def _number_paragraph(paragraph, num_id: str, ilvl: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    num_pr.append(lvl)
    num_pr.append(nid)
    p_pr.append(num_pr)


# -- footnotes ----------------------------------------------------------------------------


class Footnotes:
    """Real Word footnotes (word/footnotes.xml): the reference in the text, the note at the
    foot of the page."""

    def __init__(self, document, notes: dict[int, str]):
        self.notes = notes
        self.used: dict[int, int] = {}
        self.document = document
        self.root = parse_xml(
            f'<w:footnotes xmlns:w="{W_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote></w:footnotes>"
        )

    def reference(self, paragraph, number: int) -> bool:
        """Put footnote `number`'s reference at the end of the paragraph so far."""
        text = self.notes.get(number)
        if text is None or number in self.used:
            return False
        note_id = len(self.used) + 1
        self.used[number] = note_id
        run = paragraph.add_run()
        r_pr = run._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        r_pr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run._r.append(ref)
        from xml.sax.saxutils import escape

        self.root.append(
            parse_xml(
                f'<w:footnote xmlns:w="{W_NS}" w:id="{note_id}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
                "</w:footnote>"
            )
        )
        return True

    def save_into(self, document) -> None:
        if not self.used:
            return
        from lxml import etree

        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True),
            document.part.package,
        )
        document.part.relate_to(part, RT.FOOTNOTES)


# -- the document ---------------------------------------------------------------------------


def _field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _add_table(document, rows: list[list[str]], style: Style) -> None:
    if add_table(document, rows, ruled=style.ruled) is not None:
        document.add_paragraph()  # Word keeps a paragraph between a table and what follows


_KEEP_HYPHEN = set(load_patterns().list("cleaning.keep_hyphen_prefixes"))


def _joined(lines: list[str]) -> str:
    """A block's printed lines as one paragraph's text (a hyphen ending a line joins the
    word, or stays after a prefix such as "multi-")."""
    out = ""
    for line in lines:
        t = line.strip()
        if not t:
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and t[:1].islower():
            prefix = re.search(r"([A-Za-z]+)-$", out).group(1)
            out = out + t if prefix.lower() in _KEEP_HYPHEN else out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return out


def _add_text(paragraph, text: str, notes: Footnotes | None, bold: bool = False) -> None:
    """Text with superscript footnote numbers as footnote references (or superscript digits)."""
    pos = 0
    for m in _SUPER_RUN.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()]).bold = bold or None
        number = int(m.group(0).translate(_FROM_SUPER))
        if notes is None or not notes.reference(paragraph, number):
            paragraph.add_run(m.group(0).translate(_FROM_SUPER)).font.superscript = True
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:]).bold = bold or None


def _nested_bullets(blocks: list[_Item]) -> set[int]:
    """Lines of bullets Word would show one level in: in a run of bullets the more-indented
    ones, when the run returns to its outer indent at least once (an indented tail after
    only the first bullet is an artefact of the text export)."""
    nested: set[int] = set()
    run: list[tuple[int, str]] = []

    def close() -> None:
        indents = [len(raw) - len(raw.lstrip(" \t")) for _, raw in run]
        if indents:
            outer = min(indents)
            if indents.count(outer) >= 2 and any(i > outer for i in indents):
                nested.update(n for (n, _), i in zip(run, indents) if i > outer)
        run.clear()

    for it in blocks:
        if it.kind == "bullet" and it.raw:
            run.append((it.line, it.raw[0]))
        else:
            close()
    close()
    return nested


def build_docx(path: Path, out: Path, style: Style) -> None:
    blocks, notes, space_cue = items(path)
    nested = _nested_bullets(blocks)
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    if style.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.header.paragraphs[0].text = style.title
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    document.styles["Normal"].font.size = Pt(10)
    numbering = Numbering(document) if style.autonumber else None
    footnotes = Footnotes(document, notes) if style.footnotes else None
    pending: list[list[str]] = []
    after_roman = False
    first_heading = next((k for k, it in enumerate(blocks) if it.kind in ("heading", "toc")), None)
    last_toc = max((k for k, it in enumerate(blocks) if it.kind == "toc"), default=None)
    for k, it in enumerate(blocks):
        block = it.block
        if k and k in (first_heading, (last_toc + 1) if last_toc is not None else None):
            document.add_page_break()  # the title page and the contents stand on pages of their own
        if it.kind != "table" and pending:
            _add_table(document, pending, style)
            pending = []
        if it.kind == "table":
            pending.extend(r.texts for r in block.table.rows)
            continue
        printed = _joined(it.raw) or block.text
        if block.kind == "paragraph" and block.number and not _PARA_NUMBER.match(printed):
            # a number the export printed on a line of its own (a hanging indent), put back by cleaning
            printed = f"{block.number}{'' if '.' in block.number else '.'} {printed}"
        rest: list[str] = []
        if space_cue and it.kind in ("paragraph", "bullet") and len(it.raw) > 1:
            # the text route ran lines together that the page printed as separate paragraphs
            # or cells (make_samples' reading of a PDF text export)
            printed, *rest = _runs(it.raw, True)
        if it.kind == "heading":
            text = printed if it.raw else ((f"{block.number} " if block.number else "") + block.text)
            if block.level <= 4:
                p = document.add_heading(level=block.level)
                _add_text(p, text, footnotes)
            else:  # "Recommendation 1" labels: bold paragraphs, as Word authors set them
                _add_text(document.add_paragraph(), text, footnotes, bold=True)
            continue
        if it.kind == "toc":
            line = it.raw[0] if it.raw else block.text
            p = document.add_paragraph("\t".join(c.strip() for c in line.split("\t") if c.strip()))
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            continue
        if (
            len(it.raw) > 1
            and max(len(t.strip()) for t in it.raw) < 60
            and block.kind == "paragraph"
            and not block.number
        ):
            for line in it.raw:  # title-page lines: one paragraph each, as printed
                _add_text(document.add_paragraph(), line.strip(), footnotes)
            continue
        numbered = None
        if numbering is not None:
            numbered = numbering.paragraph_number(printed) if block.number else None
            if numbered is None and it.kind == "bullet" and block.marker and block.marker not in "•-–—*o●▪◦":
                numbered = numbering.item_marker(printed, after_roman)
                after_roman = (
                    bool(numbered)
                    and bool(_ITEM_MARKER.match(printed))
                    and bool(_ROMAN.match(_ITEM_MARKER.match(printed).group("label")))
                )
        if numbered is not None:
            body = (
                _PARA_NUMBER.sub("", printed, count=1)
                if block.number
                else _ITEM_MARKER.sub("", printed, count=1)
            )
            p = document.add_paragraph(style="List Paragraph")
            _number_paragraph(p, *numbered)
            _add_text(p, body.strip(), footnotes)
        elif it.kind == "bullet" and _BULLET_GLYPH.match(printed):
            p = document.add_paragraph(
                style="List Bullet 2" if block.level or it.line in nested else "List Bullet"
            )
            _add_text(p, _BULLET_GLYPH.sub("", printed, count=1), footnotes)
        else:
            _add_text(document.add_paragraph(), printed, footnotes)
        for text in rest:
            if _BULLET_GLYPH.match(text):
                _add_text(
                    document.add_paragraph(style="List Bullet"),
                    _BULLET_GLYPH.sub("", text, count=1),
                    footnotes,
                )
            else:
                _add_text(document.add_paragraph(), text, footnotes)
    if pending:
        _add_table(document, pending, style)
    if footnotes is not None:
        footnotes.save_into(document)
    document.save(out)


def render(path: Path, out_dir: Path, style: Style, suffix: str = "") -> tuple[Path, Path]:
    """path.txt -> out_dir/<stem><suffix>.docx and .pdf"""
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_path = out_dir / f"{path.stem}{suffix}.docx"
    build_docx(path, docx_path, style)
    return docx_path, to_pdf(docx_path, out_dir)


def typed_pdf(path: Path, out_dir: Path, suffix: str = ".typed") -> Path:
    """The text printed straight to PDF (each line of the text one printed paragraph)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy_path = Path(tmp) / f"{path.stem}{suffix}.txt"
        copy_path.write_bytes(path.read_bytes().replace(b"\f", b"\n"))
        pdf = to_pdf(copy_path, Path(tmp))
        out_dir.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy(pdf, out_dir / pdf.name))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="output folder (default: beside the text)")
    ap.add_argument("--suffix", default="", help="added to the stem of the renderings")
    ap.add_argument("--unruled", action="store_true", help="tables without borders")
    ap.add_argument(
        "--typed-numbers", action="store_true", help="paragraph numbers typed in the text, not Word lists"
    )
    ap.add_argument("--no-footnotes", action="store_true")
    ap.add_argument("--landscape", action="store_true")
    ap.add_argument("--title", default=None, help="running head (default: the document's first line)")
    ap.add_argument("--typed-pdf", action="store_true", help="print the text straight to PDF instead")
    args = ap.parse_args()
    for path in args.texts:
        out = args.out or path.parent
        if args.typed_pdf:
            print(typed_pdf(path, out, args.suffix or ".typed"))
            continue
        title = args.title or next(
            (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()),
            "Domestic Homicide Review",
        )
        style = Style(
            ruled=not args.unruled,
            autonumber=not args.typed_numbers,
            footnotes=not args.no_footnotes,
            title=title,
            landscape=args.landscape,
        )
        print(*render(path, out, style, args.suffix))


if __name__ == "__main__":
    main()
