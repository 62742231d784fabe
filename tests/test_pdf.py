"""PDF reader: text layer with page provenance, ruled tables, scanned, encrypted and
broken files (fixtures built in tests/pdf_fixtures.py), and the published samples."""

from __future__ import annotations

import os

import pytest
from conftest import SAMPLES, analysed_file, invoke_cli
from pdf_fixtures import styled_pdf, text_pdf, with_scanned_pages

from dhrparse.readers import Limits, ReadError, read_bytes, read_path
from dhrparse.readers.pdf_cell_text import join_cell_lines

PLAN_PDF = SAMPLES / "002_8c558d289ea6a1d3.pdf"


def test_lines_carry_page_and_line_numbers():
    doc = read_bytes(text_pdf([["First page line", "Another line"], ["Second page"]]), "r.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    assert [(ln.number, ln.page, ln.text) for ln in doc.lines] == [
        (1, 1, "First page line"),
        (2, 1, "Another line"),
        (3, 2, "Second page"),
    ]


def test_running_head_and_page_footer_become_furniture():
    from dhrparse.patterns import load_patterns
    from dhrparse.prepare.cleaning import clean

    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    pages = [
        ["Overview Report - Review 7"]
        + [f"The {w} paragraph on this page says {words[n]} things." for w in words]
        + [f"Page {n}"]
        for n in range(1, 6)
    ]
    doc = clean(read_bytes(text_pdf(pages), "r.pdf"), load_patterns())
    kinds = {ln.text: ln.kind for ln in doc.lines}
    assert kinds["Overview Report - Review 7"] == "furniture"
    assert kinds["Page 3"] == "furniture"
    assert kinds["The charlie paragraph on this page says delta things."] == "text"


def test_scanned_pdf_fails_with_one_clear_message(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(with_scanned_pages(None, 3))
    with pytest.raises(ReadError, match="no text layer.*needs OCR"):
        read_path(path)
    result = invoke_cli("extract", str(path))
    assert result.returncode == 1
    assert result.stderr.decode().strip().count("\n") == 0 and "OCR" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_a_few_image_only_pages_give_a_warning_naming_them():
    data = with_scanned_pages(text_pdf([["Some report text here."]] * 3), 2)
    doc = read_bytes(data, "mixed.pdf")
    assert doc.pages == 5
    assert [(code, "4-5" in msg) for code, msg, _ in doc.reader_warnings] == [("image_only_pages", True)]


def test_encrypted_pdf_needs_password(tmp_path):
    data = text_pdf([["Confidential report text"]], password="s3cret")
    with pytest.raises(ReadError, match="encrypted.*--password"):
        read_bytes(data, "enc.pdf")
    with pytest.raises(ReadError, match="password given does not open it"):
        read_bytes(data, "enc.pdf", password="wrong")
    doc = read_bytes(data, "enc.pdf", password="s3cret")
    assert [ln.text for ln in doc.lines] == ["Confidential report text"]
    path = tmp_path / "enc.pdf"
    path.write_bytes(data)
    assert invoke_cli("extract", str(path)).returncode == 1
    ok = invoke_cli("extract", str(path), "--password", "s3cret")
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize(
    "data",
    [
        PLAN_PDF.read_bytes()[:40000],  # truncated download
        os.urandom(3000),  # random bytes named .pdf
        b"%PDF-1.7\n" + os.urandom(2000),  # a PDF header and nothing usable
        b"",
    ],
)
def test_broken_pdfs_give_read_error_not_traceback(data):
    with pytest.raises(ReadError):
        read_bytes(data, "broken.pdf")


def test_page_limit():
    with pytest.raises(ReadError, match="over the limit"):
        read_bytes(text_pdf([["a"]] * 4), "r.pdf", limits=Limits(max_pages=3))


def test_cell_lines_joined_with_spaces_and_line_end_hyphens_kept():
    from dhrparse.readers.pdf_cell_text import resolve_splits

    joined = join_cell_lines("Multi\x02\r\nagency training \r\nand\r\nsupport")
    assert resolve_splits(joined, set()) == "Multi-agency training and support"


@pytest.fixture(scope="module")
def plan_doc():
    return read_path(PLAN_PDF)


def test_sample_tables_are_read_cell_by_cell(plan_doc):
    rows = [ln for ln in plan_doc.lines if ln.cells]
    headers = [ln for ln in rows if ln.cells[0] == "REF"]
    assert headers and all(len(ln.cells) == 7 for ln in headers)
    assert headers[0].cells[1] == "Action (SMART)"
    assert all(ln.text == "\t".join(ln.cells) for ln in rows)
    # a row spanning the whole table (merged cells) keeps its text in the first cell
    spanning = [ln for ln in rows if ln.cells[0].startswith("Recommendation") and not any(ln.cells[1:])]
    assert spanning
    # an action row: ref, action text, lead, date, ... each in its own cell
    action = next(ln for ln in rows if ln.cells[0] == "1.1" and "Midwifery" in ln.cells[1])
    assert action.cells[3] == "July 2019" and action.cells[2] == "Specialist DA Midwife"


def test_repeated_header_row_dropped_on_continuation_pages(plan_doc):
    # the Word file the PDF was printed from has no pages, so no repeated header rows: every
    # header row the PDF has beyond it is a repeat at the top of a continuation page (a
    # header row the report itself prints again may still fall at a page top)
    def headers(doc):
        return sum(1 for ln in doc.lines if ln.cells and ln.cells[0] == "REF")

    word = read_path(PLAN_PDF.with_suffix(".docx"))
    assert headers(plan_doc) == headers(word) > 10


def test_headings_from_font_size(plan_doc):
    hints = {ln.text: ln.hint for ln in plan_doc.lines if ln.hint}
    assert hints.get("4. CHRONOLOGY") == "heading:1"
    assert hints.get("8.1 Overview Recommendations") == "heading:2"


def test_table_blocks_have_pdf_origin():
    analysis = analysed_file(SAMPLES / "002_8c558d289ea6a1d3.pdf")
    assert analysis.source.tables and {t.origin for t in analysis.source.tables} == {"pdf"}
    assert (
        analysis.document.source.format == "pdf" and analysis.document.source.pages == analysis.source.pages
    )


# -- layout a word processor leaves in the PDF: bold subheadings, list levels, paragraph spacing --
_BODY = "The panel agreed these points with every agency that took part in the review and"


def _agency_list_pdf() -> bytes:
    """An "Individual Recommendations" list as Word prints it: the agency names bold at the
    body size, a list item without a full stop, a plain agency line set off by paragraph
    spacing only, and title items with second-level items under them."""
    lines = [("8.2 Individual Recommendations", {"size": 15, "bold": True, "gap": 0})]
    lines += [(_BODY, {"gap": 24})] + [(_BODY, {})] * 4 + [("its managers.", {})]
    lines += [
        ("Housing Services", {"bold": True, "gap": 24}),
        ("• Improve information to customers on pathways and procedures", {"gap": 24}),
        ("Probation Service (now part of the National Probation Service)", {"gap": 24}),
        ("• Training", {"gap": 24}),
        ("• To deliver refresher training to all case managers.", {"x": 90}),
        ("• To deliver safeguarding training to all case managers.", {"x": 90}),
        ("• Management Oversight", {}),
        ("• Through case oversight ensure enforcement actions are taken.", {"x": 90}),
    ]
    lines += [("BIBLIOGRAPHY", {"size": 15, "bold": True, "gap": 30})]
    lines += [(_BODY, {"gap": 24})] + [(_BODY, {})] * 12
    return styled_pdf(lines)


def test_bold_lines_nested_items_and_paragraph_spacing_become_hints():
    doc = read_bytes(_agency_list_pdf(), "r.pdf")
    hints = {ln.text: ln.hint for ln in doc.lines}
    assert hints["Housing Services"] == "bold"
    assert hints["Probation Service (now part of the National Probation Service)"] == "para"
    assert hints["• To deliver refresher training to all case managers."] == "bullet:1"
    assert hints["• Training"] is None and hints["• Management Oversight"] is None
    # lines of one paragraph are not set apart
    body = [ln.hint for ln in doc.lines if ln.text == _BODY]
    assert body[0] == "para" and body[1:5] == [None] * 4


def test_agency_list_read_from_pdf_layout(tmp_path):
    from dhrparse.pipeline import analyse

    path = tmp_path / "r.pdf"
    path.write_bytes(_agency_list_pdf())
    recs = analyse(path).document.recommendations
    got = [(r.agency, r.title, r.text.splitlines()[0]) for r in recs]
    probation = "Probation Service (now part of the National Probation Service)"
    assert got == [
        ("Housing Services", None, "Improve information to customers on pathways and procedures"),
        (probation, "Training", "To deliver refresher training to all case managers."),
        (probation, "Management Oversight", "Through case oversight ensure enforcement actions are taken."),
    ]
    assert len(recs[1].text.splitlines()) == 2


def test_words_split_by_a_narrow_table_column_are_rejoined_when_the_document_prints_them_whole():
    from dhrparse.readers.pdf_cell_text import MAYBE_SPLIT, document_words, join_cell_lines, resolve_splits

    cell = join_cell_lines("Southval\r\ne CSP to review\r\nthe plan\r\n.")
    assert cell == f"Southval{MAYBE_SPLIT}e CSP to review{MAYBE_SPLIT}the plan."
    words = document_words(["Southvale Community Safety Partnership", cell])
    assert resolve_splits(cell, words) == "Southvale CSP to review the plan."
    assert resolve_splits(join_cell_lines("Findings\r\nreported"), words) == "Findings reported"


def test_a_split_word_after_a_wrap_in_the_same_cell_is_rejoined():
    # the word broken by the column follows a line wrapped between two words: each line end
    # is weighed with the piece after it, that piece also opening the next pair
    from dhrparse.readers.pdf_cell_text import document_words, join_cell_lines, resolve_splits

    words = document_words(["Head of Neighbourhood Teams", "the documentation standard"])
    cell = join_cell_lines("Head of\r\nNeighbourho\r\nod Teams\r\nand staff")
    assert resolve_splits(cell, words) == "Head of Neighbourhood Teams and staff"
    cell = join_cell_lines("Develop\r\ndocumentati\r\non\r\nstandards")
    assert resolve_splits(cell, words) == "Develop documentation standards"


# -- route parity: unruled tables, footnotes in small print ------------------------------


def _cell_by_cell(
    rows: list[list[list[str]]], xs=(72, 200, 380), pitch=13, row_gap=22
) -> list[tuple[str, dict]]:
    """A table set without rules as a word processor prints it: cell after cell, each
    cell's lines one under another, the next cell back up at the row's first baseline."""
    out: list[tuple[str, dict]] = []
    for row in rows:
        first = True
        depth = 0  # lines printed below the row's first baseline so far
        for x, cell in zip(xs, row):
            for k, line in enumerate(cell):
                if first:
                    gap, first = row_gap, False
                elif k == 0:
                    gap = -depth * pitch  # back up to the row's first baseline
                else:
                    gap = pitch
                depth = k
                out.append((line, {"x": x, "gap": gap, "size": 10}))
        if max(len(c) for c in row) - 1 > depth:  # end the row below its longest cell
            out.append((" ", {"x": 72, "gap": (max(len(c) for c in row) - 1 - depth) * pitch, "size": 10}))
    return out


def test_unruled_table_rows_come_back_with_their_cells():
    from pdf_fixtures import styled_pdf

    body = [("The agencies agreed the following actions.", {"size": 10})]
    table = _cell_by_cell(
        [
            [["Ref"], ["Action"], ["Lead agency"]],
            [["1.1"], ["Review the referral", "pathway for stalking"], ["Eastbrook Police"]],
            [["1.2"], ["Train call handlers"], ["Eastbrook Police", "Control Room"]],
            [["2.1"], ["Audit closed concerns", "each quarter", "from April"], ["Adult Social Care"]],
        ]
    )
    after = [
        (
            "This paragraph follows the table and runs across the whole width of the page text.",
            {"size": 10, "gap": 30},
        )
    ]
    doc = read_bytes(styled_pdf(body + table + after), "plan.pdf")
    rows = [ln.cells for ln in doc.lines if ln.cells]
    assert rows == [
        ["Ref", "Action", "Lead agency"],
        ["1.1", "Review the referral pathway for stalking", "Eastbrook Police"],
        ["1.2", "Train call handlers", "Eastbrook Police Control Room"],
        ["2.1", "Audit closed concerns each quarter from April", "Adult Social Care"],
    ]
    texts = [ln.text for ln in doc.lines if not ln.cells and ln.text.strip()]
    assert texts[0].startswith("The agencies") and texts[-1].startswith("This paragraph follows")


def test_a_list_with_a_hanging_indent_is_not_a_table():
    from pdf_fixtures import styled_pdf

    lines = []
    for n, words in enumerate(
        ["Review the referral pathway", "Train all call handlers", "Audit closed cases"], 1
    ):
        lines += [
            (f"{n}.", {"x": 72, "gap": 20, "size": 10}),
            (words, {"x": 100, "gap": 0, "size": 10}),
            ("and report to the board.", {"x": 100, "gap": 13, "size": 10}),
        ]
    doc = read_bytes(styled_pdf(lines), "list.pdf")
    assert not any(ln.cells for ln in doc.lines)


def test_footnote_in_small_print_at_the_page_foot_is_not_body_text():
    from pdf_fixtures import styled_pdf

    from dhrparse.pipeline import analyse

    body = [
        (f"Paragraph {k} of the analysis sets out what the panel found about the agencies.", {"size": 11})
        for k in range(12)
    ]
    notes = [
        (
            "3 The form in use at the time did not prompt officers to check the call record.",
            {"size": 8, "gap": 60},
        ),
        ("It was replaced in 2023.", {"size": 8, "gap": 10}),
    ]
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "notes.pdf"
        path.write_bytes(styled_pdf(body + notes))
        source = analyse(path).source
    kinds = {ln.text[:12]: ln.kind for ln in source.lines if ln.text.strip()}
    assert kinds["3 The form i"] == "footnote" and kinds["It was repla"] == "footnote"
    assert kinds["Paragraph 1 "] == "text"


def test_a_nested_numbered_list_is_not_a_table():
    from pdf_fixtures import styled_pdf

    lines = [
        ("55.", {"x": 72, "gap": 20, "size": 10}),
        ("The review found that the referral was late.", {"x": 100, "gap": 0, "size": 10}),
        ("Recommendation 1", {"x": 72, "gap": 20, "size": 10}),
    ]
    for ref, words in (
        ("1.1", "A working group should be set up"),
        ("1.2", "Membership of the boards should be reviewed"),
    ):
        lines += [
            (ref, {"x": 100, "gap": 16, "size": 10}),
            (words, {"x": 130, "gap": 0, "size": 10}),
            ("by the partnership within six months.", {"x": 130, "gap": 13, "size": 10}),
        ]
    lines += [
        ("56.", {"x": 72, "gap": 20, "size": 10}),
        ("The review also found gaps in supervision.", {"x": 100, "gap": 0, "size": 10}),
    ]
    doc = read_bytes(styled_pdf(lines), "nested.pdf")
    assert not any(ln.cells for ln in doc.lines)


def test_a_title_wrapped_over_two_lines_is_one_line_of_its_own():
    """Word prints a long agency name over two lines; the text export and the .docx hold it
    as one line, so the PDF route must too, even at the top of a page."""
    from pdf_fixtures import styled_pdf

    body = [
        (
            f"Paragraph {k} of the report runs on to the right margin of the page as body text does.",
            {"size": 10, "gap": 13 if k % 3 else 22},
        )
        for k in range(24)
    ]
    title = [
        (
            "Individual Agency Recommendations for Northtown and District Community Mental Health",
            {"size": 10, "gap": 24},
        ),
        ("Services Partnership", {"size": 10, "gap": 13}),
        ("The partnership accepted every recommendation made to it.", {"size": 10, "gap": 24}),
    ]
    doc = read_bytes(styled_pdf(body + title), "title.pdf")
    texts = [ln.text for ln in doc.lines]
    assert (
        "Individual Agency Recommendations for Northtown and District Community Mental Health Services "
        "Partnership" in texts
    )
    assert any(t.startswith("Paragraph 23 of the report") for t in texts)  # body lines are left as printed


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st

# short words, at most two to a line: a cell's line fits its column, as Word wraps it
_WORDS = [
    "review",
    "agency",
    "police",
    "housing",
    "audit",
    "risk",
    "plan",
    "board",
    "Trust",
    "staff",
    "MARAC",
    "ongoing",
    "2024",
    "GP",
    "IDVA",
]
_cell_line = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2).map(" ".join)


@st.composite
def _unruled_tables(draw):
    columns = draw(st.integers(min_value=3, max_value=4))
    width = 440 // columns
    header = [[f"Head{j}"] for j in range(columns)]
    rows = [
        [[f"{r + 1}.{1}"]] + [draw(st.lists(_cell_line, min_size=1, max_size=3)) for _ in range(columns - 1)]
        for r in range(draw(st.integers(min_value=2, max_value=5)))
    ]
    return [header] + rows, tuple(72 + j * width for j in range(columns))


@given(_unruled_tables())
def test_unruled_tables_of_any_shape_come_back_row_by_row(drawn):
    """The same rows set without rules at any column count and cell height come back as
    the rows they are (cells joined line by line)."""
    from pdf_fixtures import styled_pdf

    rows, xs = drawn
    lines = [("The plan agreed by the panel is set out below in full.", {"size": 10})]
    lines += _cell_by_cell(rows, xs=xs)
    lines += [
        (
            "The panel will review progress on every action at its next meeting in the spring.",
            {"size": 10, "gap": 30},
        )
    ]
    doc = read_bytes(styled_pdf(lines), "plan.pdf")
    got = [ln.cells for ln in doc.lines if ln.cells]
    assert got == [[" ".join(cell) for cell in row] for row in rows]


def test_one_line_entries_of_a_short_report_stay_apart():
    """A page of one-line dated entries has more paragraph gaps than line gaps: the line
    spacing is read from the closest lines, so each entry is a paragraph of its own."""
    import pathlib
    import tempfile

    from pdf_fixtures import styled_pdf

    from dhrparse.pipeline import analyse

    intro = [
        ("Each agency was asked for a chronology of its contact with the family, and the", {"size": 10}),
        (
            "combined chronology is summarised below in the order the contacts happened and",
            {"size": 10, "gap": 12},
        ),
        (
            "with the agency that recorded each of them named after the date of the contact.",
            {"size": 10, "gap": 12},
        ),
    ]
    entries = [
        (
            f"{day}.03.2019 – Police: officers attended the address after a call from a neighbour and left.",
            {"size": 10, "gap": 22},
        )
        for day in (11, 12, 13, 14, 15, 16, 17)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "entries.pdf"
        path.write_bytes(styled_pdf(intro + entries))
        blocks = [b.text for b in analyse(path).source.blocks]
    assert sum(1 for b in blocks if "Police: officers attended" in b) == 7
