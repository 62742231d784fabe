"""A chronology table Date | Contact grouped under full-width agency bands (a row whose first
cell alone names a body): the band is no entry, it is the heading of the rows under it
(extractors.chronology.agency_band_rows). The whole family: tests/zoo/pending/
sar_agency_band_chronology (its recommendations each a boxed label "Recommendation N (single
agency – <body>)", the body the label names acting, the scope's words not)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.agency_band_rows import band_name
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_agency_band_chronology"


def _no_date(text: str) -> bool:
    return False


def test_a_band_names_a_body_across_the_table():
    assert band_name(["Ashby Moor Police", ""], _no_date) == "Ashby Moor Police"
    assert band_name(["Head of Service for Adults", "", ""], _no_date) == "Head of Service for Adults"


def test_no_band_from_an_entry_a_note_or_a_date():
    assert band_name(["Ashby Moor Police", "Officers called."], _no_date) is None
    assert band_name(["Not known", ""], _no_date) is None
    assert band_name(["March 2022", ""], lambda t: True) is None
    assert band_name(["Mrs Petra was seen at home by her GP.", ""], _no_date) is None
    assert band_name(["Ashby Moor Police"], _no_date) is None


def test_pdf_and_word_read_each_row_under_its_band():
    for route in ("pdf", "docx"):
        doc = extract(ZOO / f"{STEM}.{route}")
        assert len(doc.chronology) == 7, route
        assert [e.heading for e in doc.chronology][:3] == [
            "Ashby Moor Adult Social Care",
            "Ashby Moor Adult Social Care",
            "Ashby Moor Police",
        ], route
        assert all(e.text for e in doc.chronology), route


def test_the_label_names_the_body_not_the_scope():
    doc = extract(ZOO / f"{STEM}.docx")
    agencies = [r.agency for r in doc.recommendations]
    assert agencies[2:] == ["Fellside GP Practice", "Ashby Moor Police"]
    assert not any(a and "agency" in a.lower() for a in agencies)
