"""Record systems' year-first dates: "2021-07-14" in a chronology's text, "2021-06 (day not
recorded)" in a date cell, and the "Entry type" column beside them naming no event."""

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.patterns import load_patterns
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import find_dates, plain_find_dates

P = load_patterns()


def _days(text):
    return [(f.start, f.end, f.value.start) for f in find_dates(text, P)]


def test_year_first_date_opening_a_joined_row_is_its_date():
    assert _days("2021-07-14 Police incident Kestow Police A neighbour rang") == [(0, 10, "2021-07-14")]
    assert _days("Seen on 2020-11-19 at home.") == [(8, 18, "2020-11-19")]


def test_year_first_date_inside_a_code_or_longer_run_is_none():
    assert _days("REF-2021-07-14") == []
    assert _days("2021-07-14-3") == []
    assert _days("Plan 2021-13-01") == []


def test_form_search_finds_what_the_plain_search_finds():
    for text in ("2021-07-14 Referral", "x 2019-01-31.", "in 2011-12 the"):
        assert [m.value for m in find_dates(text, P)] == [m.value for m in plain_find_dates(text, P)]


def test_year_month_cell_with_a_note_is_the_month():
    value = cell_date("2021-06 (day not recorded)", P)
    assert (value.start, value.precision) == ("2021-06", "month")


def test_financial_year_cell_is_no_month():
    value = cell_date("2011-12", P)
    assert value is None or value.precision != "month"


def test_entry_type_column_names_no_event():
    columns = Columns(P)
    # (the kind of entry: a column kept with the entry, never its text)
    assert columns.field_of("Entry type") == "kind"
    assert columns.field_of("Event type") == "kind"
    assert columns.field_of("Summary") == "event"
    assert columns.field_of("Entry") == "event"
