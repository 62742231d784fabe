"""A chronology table that prints each year once, in a full-width band row ("2020") over that
year's rows, whose date cells carry no year ("14 Mar", "late Jun", "May"): the band is no event
and gives its year to the rows below it (year_band_rows), on corpus text (the band line taken
out, its year put after each row's date) and in a table read cell by cell (PDF, Word)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.year_band_rows import band_year, month_in_band, years_put_in
from dhrparse.lines import Line
from dhrparse.models import DateValue
from dhrparse.patterns import load_patterns

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_year_bands_completed_plan_thornbury"  # (tests/zoo/pending/build_dhr_year_bands_completed_plan.py)
WANT = ["2020-03-14", "2020-06", "2020-08-03", "2021-05", "2021-11-19", "2021-12-02", "2022-02"]


def test_a_band_row_is_no_event_and_dates_the_rows_below_on_every_table_route():
    for ext in (".corpus.txt", ".pdf", ".docx"):
        events = extracted(PENDING / f"{STEM}{ext}").chronology
        assert [e.date.start for e in events] == WANT, ext
        assert events[3].text.startswith("Maya attended the emergency department"), ext


def test_the_joined_table_ends_with_its_numbered_section():
    # (the next section, "2. Recommendations", is numbered on from the table's: not the last row's)
    events = extracted(PENDING / f"{STEM}.corpus.txt").chronology
    assert events[-1].text == "Maya missed two appointments and did not answer the practice's calls."


def test_band_lines_give_their_year_to_the_dates_below():
    dates = DateOpening(load_patterns())
    lines = [
        Line(n, t)
        for n, t in enumerate(["2019", "3 Apr GP A visit.", "the rest.", "2020", "Jan Police A call."])
    ]
    assert [ln.text for ln in years_put_in(lines, 0, dates)] == [
        "3 Apr 2019 GP A visit.",
        "the rest.",
        "Jan 2020 Police A call.",
    ]
    # (no band line first: the lines as they are; a date with its year keeps it)
    assert years_put_in(lines, 1, dates) == lines
    with_year = [Line(1, "2019"), Line(2, "3 Apr 2018 GP A visit.")]
    assert years_put_in(with_year, 0, dates)[0].text == "3 Apr 2018 GP A visit."


def test_a_band_cell_and_a_month_alone():
    p = load_patterns()
    assert band_year("2021", "") == "2021" and band_year("2021", "Police called.") is None
    assert band_year("14 Mar", "") is None
    band = DateValue(raw="2021", start="2021", end="2021", precision="year")
    assert month_in_band("May", band, p).start == "2021-05"
    assert month_in_band("May", None, p) is None  # (no band above: "May" says no year)
    assert month_in_band("Police", band, p) is None
    # (under a dated row, a month before the row's is the next year's, as "14 Jan" is read)
    december = DateValue(raw="12/12/2019", start="2019-12-12", end="2019-12-12", precision="day")
    assert month_in_band("January", december, p).start == "2020-01"
    assert month_in_band("December", december, p).start == "2019-12"
