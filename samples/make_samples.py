"""Make Word and PDF versions of the text corpus, the way councils publish them.

Each samples/NNN_*.txt is read with dhrparse's own text route (reader, cleaning,
segmentation) and rebuilt as a Word document: real heading styles, list bullets,
ruled tables (header row repeated on every page, merged cells where the text had
a row spanning the table), footnote lines in small print, a running head and a
"Page N" footer. LibreOffice then exports the PDF.

Run by hand (not in CI; needs LibreOffice: apt-get install libreoffice-writer-nogui):
    PYTHONPATH=src python samples/make_samples.py            # all samples
    PYTHONPATH=src python samples/make_samples.py --repeat 3 --out /tmp/big  # benchmark input
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from dhrparse.prepare.cleaning import clean  # noqa: E402
from dhrparse.document import FOOTNOTE  # noqa: E402
from dhrparse.patterns import load_patterns  # noqa: E402
from dhrparse.readers.text import read_text  # noqa: E402
from dhrparse.prepare.segment import segment  # noqa: E402

_RULE = re.compile(r"^\s*-{2,}\s*$")


def _items(path: Path):
    """(line, kind, payload) in document order: the text route's blocks plus footnote lines."""
    data = path.read_bytes()
    doc = read_text(data, name=path.name, path=str(path), sha256="")
    before = {}
    for ln in doc.lines:
        before.setdefault(ln.number, []).append(ln.text)
    printed = [ln.text for ln in doc.lines if ln.text.strip()]
    # PDF-extracted text marks wrapped lines with a trailing space; most lines carry one
    before["space_cue"] = sum(t != t.rstrip() for t in printed) >= 0.3 * max(1, len(printed))
    clean(doc, load_patterns())
    segment(doc, load_patterns())
    items = []
    for block in doc.blocks:
        items.append((block.line_start, block.kind, block, before))
    for ln in doc.lines:
        if ln.kind == FOOTNOTE:
            items.append((ln.number, "footnote", ln, before))
    items.sort(key=lambda it: it[0])
    return items


_BULLET_GLYPH = re.compile(r"^\s*(?:[•●▪◦‣⁃∙■➢✓✔*\uf0b7\uf0a7]|[-–—])\s*")


_STATEMENT = re.compile(load_patterns().get("actions.plan.recommendation_statement"), re.I)


def _title_line(text: str) -> bool:
    """A short line of capitalised words without closing punctuation: a title standing on
    its own line (the text export ran it on after the cell text above it)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'&-]*", text) if len(w) > 3]
    return 2 <= len(text.split()) <= 8 and not re.search(r"[.,;:]$", text) and bool(words) \
        and all(w[0].isupper() for w in words)


def _runs(printed: list[str], space_cue: bool) -> list[str]:
    """Printed lines grouped into Word paragraphs. In text whose wrapped lines keep a trailing
    space (PDF text extraction), a line printed without one ended its paragraph or table cell
    on the page: it stays a paragraph of its own (cell fragments, a status, a title before
    its text), as the publisher set it. Otherwise the text route's block is one paragraph."""
    runs: list[list[str]] = []
    for raw in printed:
        t = raw.strip()
        # a bullet, a new numbered statement, or a title line (an agency's name over its rows)
        starts_own = _BULLET_GLYPH.match(t) or _STATEMENT.match(t) or _title_line(t)
        if runs and (not space_cue or runs[-1][-1].endswith((" ", "\t"))) and not (space_cue and starts_own):
            runs[-1].append(raw)
        else:
            runs.append([raw])
    return [re.sub(r"\s+", " ", " ".join(x.strip() for x in r)) for r in runs]


def _text_of(block, before) -> list[str]:
    """The block's printed text with its number and superscript footnote markers, as one
    Word paragraph per run of wrapped lines (the first keeps the block's style)."""
    texts = []
    for n in dict.fromkeys(block.lines):
        pieces = before.get(n, [])
        if len(pieces) != 1:
            return [(f"{block.number} " if block.number else "") + block.text]
        texts.append(pieces[0])
    texts = [t for t in texts if t.strip()]
    if not texts:
        return [block.text]
    if len(texts) > 1 and max(len(t.strip()) for t in texts) < 80:
        return ["\n".join(t.strip() for t in texts)]        # title-page lines: kept as printed, one line each
    runs = _runs(texts, before.get("space_cue", False))
    if block.kind == "bullet":
        runs[0] = _BULLET_GLYPH.sub("", runs[0])
    return runs


def _nested_bullets(items) -> set[int]:
    """Line numbers of bullets Word would show one level in: in a run of bullets the
    more-indented ones, when the list returns to its outer indent at least once (an
    indented tail after only the first bullet is an artefact of the text export)."""
    nested: set[int] = set()
    run: list = []

    def close() -> None:
        indents = [len(raw) - len(raw.lstrip(" \t")) for _, raw in run]
        if indents:
            outer = min(indents)
            if indents.count(outer) >= 2 and any(i > outer for i in indents):
                nested.update(n for (n, _), i in zip(run, indents) if i > outer)
        run.clear()

    for _, kind, item, before in items:
        if kind == "footnote":
            continue
        if kind == "bullet":
            raw = before.get(item.line_start, [""])[0]
            run.append((item.line_start, raw))
        else:
            close()
    close()
    return nested


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_table(document, rows: list[list[str]], ruled: bool = True):
    """A Word table of the rows (rule-only rows dropped), header bold and repeated on each page.

    `ruled=False` leaves the borders off, as many published plans are set. Returns the table,
    or None when no row has text.
    """
    rows = [r for r in rows if not all(_RULE.match(c) or not c.strip() for c in r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    if ruled:
        table.style = "Table Grid"
    for i, cells in enumerate(rows):
        cells = cells + [""] * (width - len(cells))
        row = table.rows[i]
        # a row whose text stops early spans the rest of the table, as a merged cell
        last = max((k for k, c in enumerate(cells) if c.strip()), default=0)
        span_from = last if last < width - 1 and sum(1 for c in cells if c.strip()) <= 2 else None
        for k, text in enumerate(cells):
            if span_from is not None and k > span_from:
                break
            cell = row.cells[k]
            cell.text = text.strip()
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(8)
                    if i == 0:
                        r.bold = True
        if span_from is not None:
            row.cells[span_from].merge(row.cells[width - 1])
    if sum(1 for c in rows[0] if c.strip()) >= 2:
        _repeat_header(table.rows[0])  # a header row; a merged first row (a title) is not repeated
    return table


def build_docx(paths: list[Path], out: Path, title: str) -> None:
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    if any("001_" in p.name for p in paths):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.header.paragraphs[0].text = title
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    _page_field(footer)
    styles = document.styles
    styles["Normal"].font.size = Pt(10)
    for path in paths:
        pending_rows: list[list[str]] = []
        items = _items(path)
        nested = _nested_bullets(items)
        for _, kind, item, before in items:
            if kind != "table" and pending_rows:
                add_table(document, pending_rows)
                pending_rows = []
            if kind == "table":
                pending_rows.extend(r.texts for r in item.table.rows)
            elif kind in ("heading", "bullet", "paragraph"):
                first, *rest = _text_of(item, before)
                if kind == "heading" and item.level <= 4:
                    document.add_heading(first, level=item.level)
                elif kind == "heading":      # "Recommendation 1" labels: bold paragraphs, as Word authors set them
                    document.add_paragraph().add_run(first).bold = True
                elif kind == "bullet":
                    document.add_paragraph(first, style="List Bullet 2" if item.level or item.line_start in nested
                                           else "List Bullet")
                else:
                    document.add_paragraph(first)
                for text in rest:            # lines the text route ran together that were never one paragraph
                    if _BULLET_GLYPH.match(text):
                        document.add_paragraph(_BULLET_GLYPH.sub("", text), style="List Bullet")
                    else:
                        document.add_paragraph(text)
            elif kind == "footnote":
                p = document.add_paragraph(item.text)
                for r in p.runs:
                    r.font.size = Pt(7)
            elif kind == "toc":          # contents line: right-aligned page number after a dotted leader
                printed = before.get(item.line_start, [item.text])[0]
                p = document.add_paragraph("\t".join(c.strip() for c in printed.split("\t") if c.strip()))
                p.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            else:
                document.add_paragraph(item.text)
        if pending_rows:
            add_table(document, pending_rows)
    document.save(out)


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is needed to export PDFs")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=600)
    return out_dir / (docx_path.stem + ".pdf")


TITLES = {"000": "Domestic Homicide Review – Executive Summary",
          "001": "Domestic Homicide Review – Action Plan",
          "002": "Domestic Homicide Review – Overview Report"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=0, help="one document holding every sample this many times")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = sorted(HERE.glob("[0-9][0-9][0-9]_*.txt"))
    if args.repeat:
        out = args.out / "bench_repeated.docx"
        build_docx(texts * args.repeat, out, "Domestic Homicide Review")
        print(to_pdf(out, args.out))
        return
    for path in texts:
        out = args.out / (path.stem + ".docx")
        build_docx([path], out, TITLES.get(path.name[:3], "Domestic Homicide Review"))
        print(out, to_pdf(out, args.out))


if __name__ == "__main__":
    main()
