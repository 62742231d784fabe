"""The PDF reader's shortcuts give what the plain, slower way gives: table cells placed a
line at a time read the same as word by word, on the published action plan's pages, and
every unchecked call into PDFium (pdfium_raw) reads what pypdfium2's own API reads."""

from __future__ import annotations

import bisect
import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from conftest import SAMPLES

from dhrparse.readers import pdfium_raw
from dhrparse.readers.pdf_cells import (
    _OUTSIDE,
    assign_chars,
    grids,
    line_place,
    line_spans,
    table_rows,
)
from dhrparse.readers.pdf_tables import PdfTable, Seg, cell_owners, find_tables
from dhrparse.readers.pdfium_raw import Box

PLAN_PDF = SAMPLES / "002_8c558d289ea6a1d3.pdf"


def _word_by_word(
    tables: list[PdfTable], textpage, text: str
) -> tuple[list[list[list[str]]], dict[int, int]]:
    """Every word placed by its first character's box: the reference the line shortcut must
    match (the rows of each table, and the table each word starts in)."""
    where = {}
    owners = [cell_owners(t) for t in tables]
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
    xs, ys = [50, 150, 350], [300, 200, 100]
    return PdfTable(
        left=50,
        bottom=100,
        right=350,
        top=300,
        xs=xs,
        ys=ys,
        h_rules=[Seg(y, 50, 350) for y in ys],  # every rule drawn
        v_rules=[Seg(x, 100, 300) for x in xs],
    )


def test_a_line_goes_whole_to_a_cell_only_when_all_its_boxes_lie_inside_it():
    t = _grid()
    geometry = grids([t], [cell_owners(t)])
    assert line_place(geometry, [Box(160, 210, 200, 220), Box(205, 210, 340, 220)]) == (0, (0, 1))
    assert line_place(geometry, [Box(60, 110, 140, 120)]) == (0, (1, 0))
    assert line_place(geometry, [Box(60, 400, 300, 410)]) is _OUTSIDE
    # crossing a column rule, two cells, or a table edge: placed word by word
    assert line_place(geometry, [Box(100, 210, 200, 220)]) is None
    assert line_place(geometry, [Box(60, 210, 100, 220), Box(160, 210, 200, 220)]) is None
    assert line_place(geometry, [Box(60, 295, 100, 305)]) is None
    assert line_place(geometry, [Box(60, 400, 100, 410), Box(60, 210, 100, 220)]) is None
    assert line_place(geometry, [Box(60, 210, 60, 210)]) is None  # an empty box


# -- words printed whole, read once per distinct chunk --
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st

from dhrparse.readers.pdf_cell_text import _WORDISH, MAYBE_SPLIT, document_words  # noqa: E402
from dhrparse.readers.pdf_guard import _STREAM, _streams  # noqa: E402

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
    t.v_rules = [v for v in t.v_rules if v.pos != 150] + [Seg(150, 100, 200)]
    geometry = grids([t], [cell_owners(t)])  # the top row's two slots are one cell
    assert line_place(geometry, [Box(60, 210, 300, 220)]) == (0, (0, 0))
    assert line_place(geometry, [Box(60, 110, 300, 120)]) is None  # the bottom row is still split


# -- every unchecked PDFium call against pypdfium2's own API (or its checked binding where
# pypdfium2 wraps none), on every page of the sample PDFs --

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


def _pages(path):
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            yield page, textpage
            textpage.close()
            page.close()
    finally:
        pdf.close()


def _plain_charbox(textpage, index: int):
    try:
        return textpage.get_charbox(index)
    except pdfium.PdfiumError:
        return None


def _checked_font_name(raw_tp, index: int):
    buffer = ctypes.create_string_buffer(128)
    if not pdfium_c.FPDFText_GetFontInfo(raw_tp, index, buffer, len(buffer), None):
        return None
    return buffer.value


def _checked_origin(raw_tp, index: int):
    x, y = ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(raw_tp, index, x, y):
        return None
    return x.value, y.value


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_character_calls_read_what_pypdfium2_reads(path):
    assert SAMPLE_PDFS
    checked = 0
    for _, textpage in _pages(path):
        raw_tp = textpage.raw
        n = textpage.count_chars()
        # every 13th character, and the indexes just past the page's text (no character there)
        for index in [*range(0, n, 13), n, n + 1]:
            box = pdfium_raw.char_box(raw_tp, index)
            assert box == _plain_charbox(textpage, index)
            assert pdfium_raw.font_size(raw_tp, index) == pdfium_c.FPDFText_GetFontSize(raw_tp, index)
            assert pdfium_raw.font_weight(raw_tp, index) == pdfium_c.FPDFText_GetFontWeight(raw_tp, index)
            assert pdfium_raw.font_name(raw_tp, index) == _checked_font_name(raw_tp, index)
            assert pdfium_raw.char_origin(raw_tp, index) == _checked_origin(raw_tp, index)
            if box is not None and box.left < box.right:
                x, y = (box.left + box.right) / 2, (box.bottom + box.top) / 2
                at = pdfium_raw.char_at(raw_tp, x, y, 0.5, 0.5)
                assert (None if at == -1 else at) == textpage.get_index(x, y, 0.5, 0.5)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_text_boxes_are_pypdfium2s_rects(path):
    for _, textpage in _pages(path):
        raw_tp = textpage.raw
        text = textpage.get_text_range()
        for first, last in line_spans(text)[::3]:
            count = last - first + 1
            rects = pdfium_raw.text_rects(raw_tp, first, count)
            assert (
                pdfium_raw.rect_count(raw_tp, first, count)
                == textpage.count_rects(first, count)
                == len(rects)
            )
            assert rects == [textpage.get_rect(r) for r in range(len(rects))]
            assert all(isinstance(r, Box) for r in rects)


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_drawing_objects_are_pypdfium2s_objects(path):
    for page, _ in _pages(path):
        objects = list(page.get_objects(max_depth=1))
        assert pdfium_raw.object_count(page.raw) == len(objects)
        paths, images = pdfium_raw.page_objects(page.raw)
        plain_paths = [o for o in objects if o.type == pdfium_c.FPDF_PAGEOBJ_PATH]
        assert images == sum(1 for o in objects if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE)
        assert [ctypes.cast(p, ctypes.c_void_p).value for p in paths] == [
            ctypes.cast(o.raw, ctypes.c_void_p).value for o in plain_paths
        ]
        for raw_obj, obj in zip(paths, plain_paths):
            assert pdfium_raw.object_bounds(raw_obj) == obj.get_bounds()
            assert pdfium_raw.segment_count(raw_obj) == pdfium_c.FPDFPath_CountSegments(raw_obj)
