"""A column's aside may date it with a month and a two-digit year, often after the meeting it
was written for ("Update (Board Jan 25)", "Progress (Mar 24)"): a spreadsheet's export names
its update column so. In a column's aside the number can only be the year, so the aside dates
the column as "(January 2025)" would, and the header reads with the aside taken out
(plan.dated_names, plan.tracker_header)."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.dated_names import dated_aside
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders

P = load_patterns()


def test_a_month_and_a_short_year_date_an_aside():
    for aside in ["Jan 25", "Mar 24", "Board Jan 25", "Panel Sept 24"]:
        assert dated_aside(aside, P), aside


def test_other_short_asides_do_not():
    for aside in [
        "Ref 25",  # no month
        "Board of the Jan 25",  # too many words before the date
        "Jan 25 draft",  # a word after it
        "see note 3",
    ]:
        assert not dated_aside(aside, P), aside


def test_a_header_dated_so_reads_without_its_aside():
    headers = TrackerHeaders(ColumnMap(P), P)
    text = "ID Rec Recommendation Action Lead officer Target date Update (Board Jan 25) Status"
    assert headers._undated(text) == "ID Rec Recommendation Action Lead officer Target date Update Status"
    assert headers._dated_columns(text) == 1
