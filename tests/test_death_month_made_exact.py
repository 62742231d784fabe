"""A review that tells the death only by its month ("Walter died at home in September 2022") and
dates it to the day only in its chronology's last row ("22 September 2022 ... found dead") has the
row's day as its date of death (pipeline.death_dated_by_chronology): the review's own reading is
vaguer and holds that day, so the row tells the same death more exactly. A death the chronology
tells on a day outside the review's month is another's, and the review's reading stands."""

from __future__ import annotations

from pathlib import Path

from dhrparse.models import ChronologyEvent, DateValue, Location, Review
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import death_dated_by_chronology, extract

P = load_patterns()


def _date(raw: str, start: str, end: str, precision: str) -> DateValue:
    return DateValue(raw=raw, start=start, end=end, precision=precision)


def _event(text: str, day: str) -> ChronologyEvent:
    date = _date(day, day, day, "day")
    return ChronologyEvent(id="chron-1", text=text, date=date, location=Location(line_start=1, line_end=1))


def _dated(told: DateValue, *events: ChronologyEvent) -> str | None:
    review = death_dated_by_chronology(Review(date_of_death=told), list(events), P)
    return review.date_of_death.start if review.date_of_death else None


MONTH = _date("September 2022", "2022-09", "2022-09", "month")


def test_the_rows_day_makes_the_told_month_exact():
    rows = (
        _event("A second concern, from the ward, was screened.", "2022-08-11"),
        _event("Walter was found dead at home by officers who forced entry.", "2022-09-22"),
    )
    assert _dated(MONTH, *rows) == "2022-09-22"


def test_a_season_or_year_is_made_exact_the_same_way():
    row = _event("Walter was found dead at home by officers.", "2022-09-22")
    assert _dated(_date("autumn of 2022", "2022-09", "2022-11", "season"), row) == "2022-09-22"
    assert _dated(_date("2022", "2022", "2022", "year"), row) == "2022-09-22"


def test_a_death_on_a_day_outside_the_told_month_leaves_the_review_reading():
    row = _event("Walter was found dead at home by officers.", "2022-10-03")
    assert _dated(MONTH, row) == "2022-09"


def test_a_told_day_stands():
    day = _date("21 September 2022", "2022-09-21", "2022-09-21", "day")
    row = _event("Walter was found dead at home by officers.", "2022-09-22")
    assert _dated(day, row) == "2022-09-21"


def test_a_standin_report_on_plain_text_reads_the_day():
    stem = "sar_chron_date_source_event_comment_mixed_dates_layout_rowanbridge"
    doc = extract(Path(__file__).parent / "zoo" / "pending" / f"{stem}.txt")
    assert doc.review.date_of_death is not None and doc.review.date_of_death.start == "2022-09-22"
