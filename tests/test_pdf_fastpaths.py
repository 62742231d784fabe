"""The PDF reader's shortcuts give what the plain, slower way gives: table cells placed a
line at a time read the same as word by word, on the published action plan's pages."""

from __future__ import annotations

import bisect
import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from conftest import SAMPLES

from dhrparse.readers.pdf_tables import (
    _OUTSIDE,
    PdfTable,
    _geometry,
    _line_place,
    _owners,
    assign_chars,
    find_tables,
    line_spans,
    table_rows,
)

PLAN_PDF = SAMPLES / "002_8c558d289ea6a1d3.pdf"


def _word_by_word(
    tables: list[PdfTable], textpage, text: str
) -> tuple[list[list[list[str]]], dict[int, int]]:
    """Every word placed by its first character's box: the reference the line shortcut must
    match (the rows of each table, and the table each word starts in)."""
    where = {}
    owners = [_owners(t) for t in tables]
    cell_text: list[dict] = [{} for _ in tables]
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for m in re.finditer(r"\S+\s*", text):
        if not pdfium_c.FPDFText_GetCharBox(textpage.raw, m.start(), left, right, bottom, top):
            continue
        x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
        for k, t in enumerate(tables):
            if t.left <= x <= t.right and t.bottom <= y <= t.top:
                j = min(max(bisect.bisect_right(t.xs, x) - 1, 0), len(t.xs) - 2)
                i = min(max(bisect.bisect_right([-v for v in t.ys], -y) - 1, 0), len(t.ys) - 2)
                cell_text[k].setdefault(owners[k][i][j], []).append(m.group(0))
                where[m.start()] = k
                break
    return [table_rows(owners[k], cell_text[k]) for k in range(len(tables))], where


@pytest.fixture(scope="module")
def plan_pages():
    pdf = pdfium.PdfDocument(PLAN_PDF)
    pages = []
    for index in range(len(pdf)):
        page = pdf[index]
        if find_tables(page.raw, *page.get_size()):
            textpage = page.get_textpage()
            pages.append((page, textpage, textpage.get_text_range()))
    yield pages
    pdf.close()


def test_line_placement_reads_the_same_cells_as_word_by_word(plan_pages):
    assert len(plan_pages) > 10
    for page, textpage, text in plan_pages:
        tables = find_tables(page.raw, *page.get_size())
        where = assign_chars(tables, textpage, text)
        rows, word_where = _word_by_word(find_tables(page.raw, *page.get_size()), textpage, text)
        assert [t.rows for t in tables] == rows
        # the reader asks where each line starts
        starts = [first for first, _ in line_spans(text)]
        assert [where.get(s) for s in starts] == [word_where.get(s) for s in starts]
        assert any(s in where for s in starts) and any(s not in where for s in starts)


def test_line_spans_are_the_printed_lines():
    text = "  Ref\tAction \r\n\r\n1.1 Train staff\r\n"
    assert [text[a : b + 1] for a, b in line_spans(text)] == ["Ref\tAction", "1.1 Train staff"]
    text = "one\n two"
    assert [text[a : b + 1] for a, b in line_spans(text)] == ["one", "two"]


def _grid() -> PdfTable:
    t = PdfTable(left=50, bottom=100, right=350, top=300, xs=[50, 150, 350], ys=[300, 200, 100])
    t._h = [type("S", (), {"pos": y, "lo": 50, "hi": 350})() for y in t.ys]  # every rule drawn
    t._v = [type("S", (), {"pos": x, "lo": 100, "hi": 300})() for x in t.xs]
    return t


def test_a_line_goes_whole_to_a_cell_only_when_all_its_boxes_lie_inside_it():
    t = _grid()
    geometry = _geometry([t], [_owners(t)])
    assert _line_place(geometry, [(160, 210, 200, 220), (205, 210, 340, 220)]) == (0, (0, 1))
    assert _line_place(geometry, [(60, 110, 140, 120)]) == (0, (1, 0))
    assert _line_place(geometry, [(60, 400, 300, 410)]) is _OUTSIDE
    # crossing a column rule, two cells, or a table edge: placed word by word
    assert _line_place(geometry, [(100, 210, 200, 220)]) is None
    assert _line_place(geometry, [(60, 210, 100, 220), (160, 210, 200, 220)]) is None
    assert _line_place(geometry, [(60, 295, 100, 305)]) is None
    assert _line_place(geometry, [(60, 400, 100, 410), (60, 210, 100, 220)]) is None
    assert _line_place(geometry, [(60, 210, 60, 210)]) is None  # an empty box


# -- words printed whole, read once per distinct chunk --
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st

from dhrparse.readers.pdf_guard import _STREAM, _streams  # noqa: E402
from dhrparse.readers.pdf_tables import _WORDISH, MAYBE_SPLIT, document_words  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list("abcAB ΣςσİI'’-_\n\t.\u00a0") + [MAYBE_SPLIT]), max_size=40)


def _words_text_by_text(texts: list[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        text = re.sub(r"\S*\u200b\S*", " ", text)  # the pieces of a split word are not words
        words.update(_WORDISH.findall(text.lower()))
    return words


@settings(deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_document_words_are_the_words_of_each_text(texts):
    assert document_words(texts) == _words_text_by_text(texts)


@settings(deadline=None)
@given(
    st.binary(max_size=60)
    | st.lists(st.sampled_from([b"stream", b"end", b"\r", b"\n", b"x", b"S", b" "]), max_size=12).map(
        b"".join
    )
)
def test_stream_finder_finds_what_the_regex_finds(data):
    assert list(_streams(data)) == [(m.start(), m.end()) for m in _STREAM.finditer(data)]


def test_a_box_across_merged_slots_of_one_cell_goes_to_that_cell():
    t = _grid()
    t._v = [v for v in t._v if v.pos != 150] + [type("S", (), {"pos": 150, "lo": 100, "hi": 200})()]
    geometry = _geometry([t], [_owners(t)])  # the top row's two slots are one cell
    assert _line_place(geometry, [(60, 210, 300, 220)]) == (0, (0, 0))
    assert _line_place(geometry, [(60, 110, 300, 120)]) is None  # the bottom row is still split


def test_unchecked_calls_read_what_the_checked_ones_do():
    from dhrparse.readers.pdf_tables import CHAR_BOX, FONT_SIZE, page_objects

    pdf = pdfium.PdfDocument(PLAN_PDF)
    page = pdf[0]
    textpage = page.get_textpage()
    checked = [ctypes.c_double() for _ in range(4)]
    bare = [ctypes.c_double() for _ in range(4)]
    for index in range(0, textpage.count_chars(), 7):
        assert FONT_SIZE(textpage.raw, index) == pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
        assert CHAR_BOX(textpage.raw, index, *map(ctypes.byref, bare)) == pdfium_c.FPDFText_GetCharBox(
            textpage.raw, index, *checked
        )
        assert [v.value for v in bare] == [v.value for v in checked]
    paths, images = page_objects(page.raw)
    types = [
        pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, j))
        for j in range(pdfium_c.FPDFPage_CountObjects(page.raw))
    ]
    assert len(paths) == types.count(pdfium_c.FPDF_PAGEOBJ_PATH) and images == types.count(
        pdfium_c.FPDF_PAGEOBJ_IMAGE
    )
    textpage.close()
    page.close()
    pdf.close()
