"""python-docx helpers shared by the blind sets' build scripts (tests/heldout6 .. heldout9b).

Each set's build.py keeps its own documents' content and any helper only that set uses; the
page set-up, tables, shaded and merged cells, PAGE-field footers and contents lines with dotted
leaders live here so that one change reaches every set. Re-running a set's build.py must still
reproduce the committed .docx parts exactly, so a helper whose copies differed between sets
takes the difference as a parameter whose default is the common behaviour.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# the Home Office DHR action plan template's column names, as partnerships print them unchanged
HO_PLAN_HEADERS = (
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
)


def new_doc(landscape=False, header="", footer_label="", font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    add_page_footer(sec, footer_label)
    if header:
        sec.header.paragraphs[0].text = header
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    return sec


def add_field(run, code):
    """A Word field (PAGE, NUMPAGES) in the run: begin, instruction, end; the viewer fills the value."""
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = code
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def add_page_footer(sec, label=""):
    p = sec.footer.paragraphs[0]
    p.text = ""
    if label:
        p.add_run(label + "    ")
    add_field(p.add_run(), "PAGE")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def make_table(doc, headers, widths, header_fill="D9D9D9", size=9, repeat=True):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    if repeat:
        repeat_header(hdr)
    for c, h in zip(hdr.cells, headers):
        set_text(c, h, bold=True, size=size)
        if header_fill:
            shade(c, header_fill)
    set_widths(t, widths)
    return t


def add_row(t, values, widths, size=9, fills=None, bold_cols=()):
    row = t.add_row()
    for i, (c, v) in enumerate(zip(row.cells, values)):
        set_text(c, v, size=size, bold=i in bold_cols)
        c.width = Cm(widths[i])
        if fills and fills.get(i):
            shade(c, fills[i])
    return row


def merge_down(t, col, first, last, size=9, bold=False):
    if last > first:
        a = t.cell(first, col)
        b = t.cell(last, col)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        lines = keep.split("\n")
        r = m.paragraphs[0].add_run(lines[0])
        r.font.size = Pt(size)
        r.bold = bold
        for line in lines[1:]:
            r = m.add_paragraph().add_run(line)
            r.font.size = Pt(size)
            r.bold = bold


def merged_plan_table(doc, headers, widths, groups, size=9):
    """A plan table whose leading cells (a recommendation, its scope) are merged down over the
    rows of their actions, as Word action plans print them. `groups` holds (leading cells, [the
    rest of each action's row])."""
    t = make_table(doc, headers, widths, size=size)
    row = 1
    for lead, actions in groups:
        first = row
        for action in actions:
            add_row(t, [*lead, *action], widths, size=size)
            row += 1
        for col in range(len(lead)):
            merge_down(t, col, first, row - 1, size=size)
    return t


def full_row(t, text, fill="DDEBF7", size=9, bold=True):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_text(c, text, bold=bold, size=size)
    shade(c, fill)
    return row


def box(doc, text, fill="EAF1DD", width=16.5, bold_first=True, size=10):
    """A one-cell shaded table, the way reports print learning points and key messages."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    lines = text.split("\n")
    set_text(c, lines[0], bold=bold_first, size=size)
    for line in lines[1:]:
        c.add_paragraph().add_run(line).font.size = Pt(size)
    shade(c, fill)
    set_widths(t, [width])
    doc.add_paragraph()
    return t


def para(doc, text, bold=False, size=None, italic=False, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def numbered(doc, num, text):
    """A numbered paragraph as reports print them: '4.3<tab>text' with a hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(f"{num}\t{text}")
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def page_break(doc):
    doc.add_page_break()


def docx_saver(folder):
    """save(doc, stem) writing <stem>.docx into the set's folder (or a scratch copy of it)."""
    folder = Path(folder)

    def save(doc, stem):
        doc.save(folder / f"{stem}.docx")
        print("wrote", stem)

    return save


def dotted_line(doc, text, page, width_cm=15.5, indent=None):
    """A contents line with a dotted leader to a right tab stop, as Word's TOC prints it;
    `indent` (a level, 0.6 cm a step) is written only when given, as the sets' copies did."""
    p = doc.add_paragraph()
    if indent is not None:
        p.paragraph_format.left_indent = Cm(0.6 * indent)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(f"{text}\t{page}")
    return p


def sup(p, mark):
    """A superscript footnote mark after the paragraph's text."""
    r = p.add_run(mark)
    r.font.superscript = True
    return r


def footnote_line(doc, mark, text):
    """A footnote printed as small text at the foot of the page, as a PDF export shows it."""
    p = doc.add_paragraph()
    r = p.add_run(f"{mark} {text}")
    r.font.size = Pt(8)
    return p


def kv_table(doc, pairs, widths=(6, 10), size=10, bold_keys=True):
    """A two-column bordered table of label / value pairs (review facts, panel members)."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in pairs:
        row = t.add_row()
        set_text(row.cells[0], k, bold=bold_keys, size=size)
        set_text(row.cells[1], v, size=size)
    set_widths(t, list(widths))
    doc.add_paragraph()
    return t


def paragraphs_and_table(paragraphs, header, rows) -> bytes:
    """A Word file of plain paragraphs and then one plain table (header row, then `rows`), as
    bytes: the shape of a published plan or response table in the tests' own documents."""
    import io

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=len(header))
    for cell, name in zip(table.rows[0].cells, header):
        cell.text = name
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
