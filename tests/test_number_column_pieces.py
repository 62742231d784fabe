"""A "No. | Recommendation | Single / multi-agency | Agency" table printed by plain pdftotext column
by column, its number column in pieces: the first row's "1" above the texts, "2" "3" "4" after the
fourth text's first lines (where the rows' heights fell), and after the page break, under the
repeated header, "5" "6" above the rest. Each run of unnumbered recommendations takes the lone
numbers among its lines when they count up one a row, from 1 or from where the column stopped
before the page break (extractors/recommendations/number_column; zoo:
tests/zoo/pending/build_mappa_scr_rec_table_agency_kind.py, heldout42 family 4's form)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


@pytest.mark.parametrize(
    ("stem", "count"),
    [
        ("mappa_scr_rec_table_agency_kind_split_row_four_corthwaite", 6),
        ("mappa_scr_rec_table_agency_kind_split_last_row_harrowfield", 5),
    ],
)
def test_a_number_column_printed_in_pieces_numbers_its_rows(stem, count):
    doc = extracted(PENDING / f"{stem}.txt")
    assert [r.ref for r in doc.recommendations] == [str(k) for k in range(1, count + 1)]
