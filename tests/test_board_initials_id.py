"""A Welsh board's concise review prints its reference only in a shaded header box beside the
board's name ("<Board> / Adult Practice Review Report" | "<code> n/yyyy / Concise review"): on
the PDF and Word routes the box is one row of two cells, on corpus text the cells' lines are
joined across, so the reference is never alone on its line. It is read where its capitals are the
initials of a name the cover prints.

Stand-in: tests/zoo/pending/wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = (
    Path(__file__).parent
    / "zoo/pending/wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw"
)


@pytest.mark.parametrize("ext", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_header_box_reference_read_on_every_route(ext):
    assert dhrparse.extract(Path(f"{STEM}{ext}")).review.review_id == "LRSB 2/2024"


def test_code_naming_nothing_on_the_cover_is_not_an_id():
    text = "Tarnwick Safeguarding Board\tQXTB 2/2024 Concise review\n\nLegal context\n\nSome text.\n"
    assert dhrparse.extract(text).review.review_id is None


def test_code_inside_a_sentence_is_not_an_id():
    text = "Tarnwick Safeguarding Board\n\nThe board followed the TSB 2/2024 protocol in this review.\n"
    assert dhrparse.extract(text).review.review_id is None
