"""A tracker printed as column blocks whose Ref column codes each recommendation with a series,
a hyphen, an agency's letter and a number ("OV-1", "IMR-A1"; plan.recommendation_cells): the
merged recommendation cells take those codes in order, and the bare numbers cleaning set aside
as page numbers beside them are no recommendation's.

`dhr_tracker_source_column_overview_imr_harwood.txt` is a genuine LibreOffice -> plain pdftotext
export (builder `tests/zoo/pending/build_dhr_tracker_source_column_overview_imr.py`)."""

from __future__ import annotations

from pathlib import Path

import regex

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.recommendation_cells import numbers

ZOO = Path(__file__).parent / "zoo" / "pending"


def test_coded_refs_number_the_merged_cells_on_the_text_route():
    doc = extract(ZOO / "dhr_tracker_source_column_overview_imr_harwood.txt")
    assert [r.ref for r in doc.recommendations] == ["OV-1", "OV-2", "IMR-A1", "IMR-C1", "IMR-N1"]
    assert not any(r.text.startswith("Recommendation") for r in doc.recommendations)
    # the overview's codes printed with no hyphen beside the IMRs' (builder
    # build_dhr_tracker_plain_overview_codes.py)
    doc = extract(ZOO / "dhr_tracker_plain_overview_codes_harwood.txt")
    assert [r.ref for r in doc.recommendations] == ["OV1", "OV2", "IMR-P1", "IMR-G1", "IMR-H1"]


def test_page_numbers_beside_coded_refs_are_set_aside():
    assert numbers(["OV-1", "OV-2", "IMR-A1", "1", "2"]) == ["OV-1", "OV-2", "IMR-A1"]
    # (an overview code without its hyphen beside the IMRs' codes is kept)
    assert numbers(["OV1", "OV2", "IMR-P1", "IMR-G1", "3"]) == ["OV1", "OV2", "IMR-P1", "IMR-G1"]
    # a plan numbering its recommendations plainly keeps its numbers
    assert numbers(["1", "2", "3"]) == ["1", "2", "3"]
    assert numbers(["R1", "R2"]) == ["R1", "R2"]


def test_a_statement_labelled_with_a_coded_ref():
    statement = regex.compile(load_patterns().get("actions.plan.recommendation_statement"), regex.I)
    m = statement.match("Recommendation IMR-A1: The Ambulance Service should record who was present.")
    assert m is not None and m.group("ref") == "IMR-A1"
    assert statement.match("Recommendation IMR-A1 was accepted by the panel.") is None
