"""A chronology table plain pdftotext printed column after column: how tall each row prints, told
by which dates (and agencies' names) share a run, settles where each event's text opens when the
word wrap alone does not (row_heights)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.extractors.chronology.row_heights import joined_dates, least_lines, settle_by_heights
from dhrparse.extractors.chronology.wrapped_cells import cell_spans
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "chron_colprint_row_heights"

# the lead of a printing as line numbers: each row's date in a run of its own, its agency's name
# in the run after it; rows 3 and 4 one after another in one run (row 3 one line tall)
_RUNS = [[10], [12], [14], [16], [18], [20, 21], [23, 24], [26, 27]]
_DATES = [[10], [14], [18], [23], [24]]


def test_a_date_apart_from_the_next_with_a_one_line_agency_makes_a_tall_event():
    assert least_lines(_RUNS, _DATES, joined_dates(_DATES)) == [
        2,  # (apart, a one-line agency: the extra line is the event's)
        2,
        1,  # (an agency wrapped over two lines may make the row tall on its own)
        1,  # (its date shares its run: nothing is told)
        1,  # (the printing's last row may run on over the page)
    ]


def test_a_table_that_sets_every_date_apart_says_nothing_of_heights():
    # (no two rows' dates in one run: the export may set even one-line rows apart)
    runs = [[10], [12], [14], [16], [18], [20]]
    dates = [[10], [14], [18]]
    assert not joined_dates(dates)
    assert least_lines(runs, dates, joined_dates(dates)) == [1, 1, 1]
    assert least_lines(runs, dates, True) == [2, 2, 1]


def test_a_date_apart_with_two_cells_between_tells_nothing():
    # (a time of day printed in a run of its own, then the agency: the row may be tall for either)
    runs = [[10], [12], [14], [16], [18]]
    assert least_lines(runs, [[10], [16]], True) == [1, 1]


def test_a_date_over_two_lines_or_sharing_its_run_with_the_agency_tells_nothing():
    runs = [[10, 11], [13], [15, 16], [18], [20]]
    assert least_lines(runs, [[10, 11], [15], [18]], True) == [1, 1, 1]


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
    assert settle_by_heights(spans, _EVENTS, [1, 2, 1, 1]) == _TRUTH


def test_no_row_known_tall_settles_nothing():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [1, 1, 1, 1]) == spans


def test_bounds_that_fit_more_than_one_cut_settle_nothing():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [1, 1, 1, 3]) == spans


def test_bounds_that_fit_no_cut_settle_nothing():
    spans = cell_spans(_EVENTS, 4)
    assert settle_by_heights(spans, _EVENTS, [3, 3, 3, 3]) == spans


def test_a_cell_the_wrap_settled_is_never_overruled():
    spans = [(0, 2), None, None, None]
    assert settle_by_heights(spans, _EVENTS, [1, 2, 1, 1]) == spans


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
