"""Chronology tables found by their column names printed alone on lines, under a heading that
names no chronology ("What happened"): the header printed a name a line ("When" / "What
happened" / "Services involved") with the rows a cell at a time below, or the date column's
cells under its name and the event column's name after them (apart_tables). A span's date cell
wrapped after its dash ("October 2020 –" / "February 2021") is one cell (apart_columns)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.document import Line
from dhrparse.extractors.chronology.row_agency import cell_goes_on
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"


def _events(stem: str):
    doc = extract((ZOO / f"{stem}.txt").read_text(encoding="utf-8"))
    gold = json.loads((ZOO / f"{stem}.json").read_text(encoding="utf-8"))["chronology"]
    return doc, gold


def _read_as_gold(doc, gold) -> None:
    assert len(doc.chronology) == len(gold)
    for event, row in zip(doc.chronology, gold, strict=True):
        assert " ".join(event.text.split()).startswith(row["text_start"])
        assert str(event.date.start).startswith(row["date"])


def test_a_header_printed_a_name_a_line_under_an_unnamed_heading_gives_its_rows():
    doc, gold = _events("chron_when_services_table")
    _read_as_gold(doc, gold)
    # (the services cell is the row's agency, not the event's words)
    assert all("Women's Aid" not in e.text for e in doc.chronology)
    assert any(e.agencies for e in doc.chronology)


def test_a_span_wrapped_after_its_dash_is_one_date_cell():
    doc, gold = _events("chron_period_ranges_table")
    _read_as_gold(doc, gold)
    assert doc.chronology[0].date.raw.startswith("October 2020")


def test_a_date_name_with_no_dated_cells_under_it_makes_no_chronology():
    text = (
        "Summary\n\nWhen\n\nThe panel met four times.\n\nWhat happened\n\n"
        "The family spoke to the reviewer about the support they had.\n"
    )
    assert extract(text).chronology == []


def test_a_heading_under_an_open_list_of_names_is_that_cell_wrapped():
    # ("Kelderby Police;" over "KDAS": the capitals a segmenter may take for a heading go on
    # the cell above, so they end neither the table nor its section)
    assert cell_goes_on(Line(7, "Kelderby Police;"))
    assert cell_goes_on(Line(7, "Housing and"))
    assert not cell_goes_on(Line(7, "Nia was found dead at her sister's flat."))
    assert not cell_goes_on(Line(7, "Kelderby Police"))
    assert not cell_goes_on(None)
