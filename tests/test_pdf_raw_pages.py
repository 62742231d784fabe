"""The PDF reader opens pages and reads their text straight through PDFium's C API
(pdfium_raw.open_page, open_text, page_text) and takes a document's font sizes once
(pdf_lines.size_weights): each gives what the plain way gives, pypdfium2's page objects
and rounding every line's size."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import ROOT, SAMPLES
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.readers import pdfium_raw
from dhrparse.readers.pdf_lines import heading_levels, size_weights
from dhrparse.readers.pdf_page import PageLine

# the samples, the zoo's renderings and the held-out sets' PDFs: Word, LibreOffice and
# hand-built PDFs, some with tables, footnotes and contents pages
PDFS = sorted(SAMPLES.glob("*.pdf")) + sorted((ROOT / "tests" / "zoo").glob("*.pdf"))
PDFS += sorted(p for p in (ROOT / "tests").glob("heldout*/**/*.pdf"))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", PDFS[::3] + PDFS[1::3][:4], ids=_name)
def test_pages_opened_through_the_c_api_read_what_pypdfium2_reads(path):
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            with (
                pdfium_raw.open_page(pdf.raw, index) as raw_page,
                pdfium_raw.open_text(raw_page.raw) as raw_tp,
            ):
                n_chars = pdfium_raw.char_count(raw_tp.raw)
                assert n_chars == textpage.count_chars()
                assert pdfium_raw.page_text(raw_tp.raw, n_chars) == textpage.get_text_range()
                assert pdfium_raw.page_size(raw_page.raw) == page.get_size()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def test_text_of_an_empty_text_layer_is_empty():
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 300)
    try:
        with pdfium_raw.open_page(pdf.raw, 0) as page, pdfium_raw.open_text(page.raw) as textpage:
            assert pdfium_raw.char_count(textpage.raw) == 0
            assert pdfium_raw.page_text(textpage.raw, 0) == ""
            assert pdfium_raw.page_size(page.raw) == (200, 300)
    finally:
        pdf.close()


def test_a_page_past_the_end_fails_as_pypdfium2s_does():
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 300)
    try:
        with pytest.raises(pdfium.PdfiumError, match="Failed to load page"), pdfium_raw.open_page(pdf.raw, 1):
            pass
    finally:
        pdf.close()


def _plain_weights(raw: list[PageLine]) -> dict[float, int]:
    weights: dict[float, int] = {}
    for ln in raw:
        if ln.cells is None and ln.size:
            weights[round(ln.size, 1)] = weights.get(round(ln.size, 1), 0) + len(ln.text)
    return weights


_SIZES = st.sampled_from(
    [0.0, 8.04, 9.96, 10.0, 10.049999, 10.05, 11.0, 11.04, 12.0, 13.98, 14.0, 16.02, 20.0]
)


@given(
    st.lists(
        st.tuples(_SIZES, st.text(max_size=30), st.booleans()),
        max_size=40,
    )
)
def test_size_weights_taken_once_are_every_lines_rounded_size(lines):
    raw = [PageLine(text, 1, size, cells=[text] if in_table else None) for size, text, in_table in lines]
    weights = size_weights(raw)
    plain = _plain_weights(raw)
    assert weights == plain
    assert list(weights) == list(plain)  # the same order: the body size is the first of equal weights
    assert heading_levels(weights) == heading_levels(plain)
