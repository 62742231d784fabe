"""A chronology table plain pdftotext printed column after column: how tall each row prints, told
by which dates (and agencies' names) share a run, settles where each event's text opens when the
word wrap alone does not (row_heights)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.extractors.chronology.row_heights import FREE, Height, row_heights, settle_by_heights
from dhrparse.extractors.chronology.wrapped_cells import cell_spans
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "chron_colprint_row_heights"

# the lead of a printing as line numbers: each row's date in a run of its own, its agency's name
# in the run after it; rows 3 and 4 one after another in one run (row 3 one line tall)
_RUNS = [[10], [12], [14], [16], [18], [20, 21], [23, 24], [26, 27]]
_DATES = [[10], [14], [18], [23], [24]]


def test_dates_in_one_run_bound_the_upper_row_and_dates_apart_the_others():
    assert row_heights(_RUNS, _DATES) == [
        Height(least=2),  # (apart, a one-line agency: the extra line is the event's)
        Height(least=2),
        FREE,  # (an agency wrapped over two lines may make the row tall on its own)
        Height(most=1),  # (its agency's one line and the next row's fill the run)
        FREE,  # (the printing's last row may run on over the page)
    ]


def test_without_a_row_shown_one_line_tall_dates_apart_say_nothing():
    runs = [[10], [12], [14], [16], [18], [20, 21], [23], [25]]
    assert row_heights(runs, [[10], [14], [18], [23]]) == [FREE] * 4


def test_a_longer_agencies_run_leaves_the_upper_row_more_lines():
    runs = [[10], [12], [14, 15], [17, 18, 19], [21], [23]]
    heights = row_heights(runs, [[10], [14], [15], [21]])
    assert heights[1] == Height(most=2)
    assert heights[0] == FREE  # (no row shown one line tall: a date apart tells nothing)


def test_a_date_run_holding_its_agency_tells_nothing():
    runs = [[10, 11], [13, 14], [15], [17, 18]]
    assert row_heights(runs, [[10], [13], [14]]) == [FREE, FREE, FREE]


# an event run the wrap does not cut: "Painkillers" would not fit after "questions.", nor
# "Bronwen" after "night.", so either may open a row or go on with one
_EVENTS = [
    "Bronwen asked for help with headaches and tiredness; Grady",
    "came into the room with her and answered most questions.",
    "Painkillers were advised.",
    "A passer-by reported a man shouting at a woman in a parked",
    "car outside the station. Officers located the car and both",
    "occupants said that they had been arguing about the rent.",
    "Complaint from the flat below about banging late at night.",
    "Bronwen rang 999 and said Grady had taken her car keys",
    "and would not let her leave; by the time officers arrived she",
    "said the matter was settled.",
]
_TRUTH = [(0, 3), (3, 6), (6, 7), (7, 10)]


def test_the_wrap_alone_leaves_the_run_uncut():
    assert cell_spans(_EVENTS, 4) == [None] * 4


def test_a_row_taller_than_a_line_settles_the_cut():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [FREE, Height(least=2), FREE, FREE]) == _TRUTH


def test_a_row_one_line_tall_settles_the_cut():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [FREE, FREE, Height(most=1), FREE]) == _TRUTH


def test_bounds_that_fit_more_than_one_cut_settle_nothing():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [FREE, FREE, FREE, Height(least=3)]) == spans


def test_bounds_that_fit_no_cut_settle_nothing():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [Height(most=1)] * 4) == spans


def test_a_cell_the_wrap_settled_is_never_overruled():
    spans = [(0, 2), None, None, None]
    assert settle_by_heights(spans, _EVENTS, [FREE, Height(least=2), FREE, FREE]) == spans


def test_the_zoo_chronology_reads_every_row_with_its_own_event():
    gold = json.loads(ZOO.with_suffix(".json").read_text(encoding="utf-8"))["chronology"]
    doc = extract(ZOO.with_suffix(".txt").read_text(encoding="utf-8"))
    assert [e.date.start for e in doc.chronology] == [g["date"] for g in gold]
    for event, row in zip(doc.chronology, gold):
        assert " ".join(event.text.split()).startswith(row["text_start"])
    assert not [w for w in doc.warnings if w.code.startswith("chronology_table_rows")]
    # an event opening with an agency's word keeps it; a row broken over the page keeps its rest
    assert doc.chronology[-1].text.startswith("Police and paramedics attended")
    assert " ".join(doc.chronology[-3].text.split()).endswith("was started but not completed.")
