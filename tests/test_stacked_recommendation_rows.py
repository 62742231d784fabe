"""A "No. | Recommendation | For" table plain pdftotext printed a cell at a time: each row's
number alone, its paragraph, then the body's short lines (read as headings by segmenting)."""

from __future__ import annotations

from pathlib import Path

from dhrparse import extract

ZOO = Path(__file__).parent / "zoo"
TEXT = (ZOO / "stacked_recs_number_for_column.txt").read_text(encoding="utf-8")


def _recs(text: str):
    return extract(text, name="stacked.txt").recommendations


def test_every_row_read_with_its_number():
    recs = _recs(TEXT)
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]
    assert recs[2].text.startswith("Thornwick Housing Trust should offer a tenant")
    assert "Thornwick Housing" not in recs[2].text.split("days.")[-1]  # the body's cell not read in


def test_rows_out_of_count_are_no_table():
    # the second row numbered 3: the count breaks after one row, too few to be read as a table
    broken = TEXT.replace("\n2\n\nBrackenfold", "\n3\n\nBrackenfold", 1)
    assert [r.ref for r in _recs(broken)] != ["1", "3", "3", "4"]
    assert not any(r.ref == "3" and r.text.startswith("Brackenfold") for r in _recs(broken))
