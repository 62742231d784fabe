"""Chronology tables plain pdftotext prints apart, read on the text route: a week-commencing
table whose date and agency cells run together into one paragraph under "What happened", a
table whose years print only in band rows over yearless date cells ("2019" over "9 Jan"), and a
plan's timescale column that is no chronology (its lines are dates and nothing more)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.date_run import date_cells_run
from dhrparse.extractors.chronology.year_band_rows import band_cells
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _starts(stem: str) -> tuple[list, list]:
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))["chronology"]
    doc = extract(PENDING / f"{stem}.txt")
    return [(g["date"], g["text_start"][:25]) for g in gold], [
        (e.date.start, " ".join(e.text.split())[:25]) for e in doc.chronology
    ]


@pytest.mark.parametrize(
    "stem",
    [
        "cspr_week_commencing_done_plan",
        "cspr_week_marks_wc_targets_stallowby",
        "dhr_year_bands_wrapped_plan_marlow",
        "dhr_year_bands_completed_plan_thornbury",
    ],
)
def test_tables_printed_apart_give_each_row_its_own_date(stem):
    gold, got = _starts(stem)
    assert got == gold


def test_a_band_year_goes_to_the_yearless_cells_under_it_only():
    dates = DateOpening(load_patterns())
    texts = ["Date", "2019", "9 Jan", "mid Apr", "Agency", "GP", "2021", "Sep", "Police", "2020", "Police"]
    assert band_cells(texts, dates) == [
        "Date",
        None,
        "9 Jan 2019",
        "mid Apr 2019",
        "Agency",
        "GP",
        None,
        "Sep 2021",
        "Police",
        "2020",
        "Police",
    ]  # (a year with no yearless cell under it is a cell of its own)
    # date cells wrapped in a narrow column, each with its year on its second line: no band
    wrapped = ["w/c 18 March", "2019", "Early April", "2019", "11.04.2019"]
    assert band_cells(wrapped, dates) == wrapped


def test_date_and_agency_cells_run_together_are_a_table_not_prose():
    p = load_patterns()
    cells = "Health visiting w/c 06/03/2023 GP practice w/c 24/04/2023 Police w/c 15/05/2023 Hospital"
    assert date_cells_run(cells, p) == 3
    prose = "On 06/03/2023 the GP saw her. On 24/04/2023 the police attended a call. Then 15/05/2023."
    assert date_cells_run(prose, p) == 0


def test_a_plan_timescale_column_is_no_chronology():
    assert extract(PENDING / "plan_names_inside_cells.txt").chronology == []
