"""A tracker's header in corpus text whose dated column name wraps over its two printed lines,
the aside's opening on the first and its close under it among another name's wrapped word:

    Rec Recommendation Actions Responsible Target Progress update (June Status
    officer 2025)

No header was read there (an aside never closing, a year naming no column), so the plan was
not read. The tracker's header reader closes the aside on the first line (plan.split_asides)
and reads the dated name as one column's, as where it prints on one line."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.split_asides import rejoined
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
PLAN = PENDING / "plan_agency_bands_restarting_numbers.corpus.txt"
HEADER = "Rec Recommendation Actions Responsible Target Progress update (June Status"
P = load_patterns()
CM = ColumnMap(P)


def test_the_aside_is_closed_on_the_header_line_its_close_taken_from_under_it():
    got = rejoined(CM, P, HEADER, "officer 2025)")
    assert got == (
        "Rec Recommendation Actions Responsible Target Progress update (June 2025) Status",
        "officer",
    )


def test_asides_of_other_shapes_split_over_the_lines():
    quarter = rejoined(CM, P, "Ref Recommendation Action Lead Target date Progress (Q1 Status", "2025/26)")
    assert quarter == ("Ref Recommendation Action Lead Target date Progress (Q1 2025/26) Status", "")
    as_at = rejoined(
        CM, P, "Rec Recommendation Action Lead officer Target date Update (as at", "31 March 2025)"
    )
    assert as_at == ("Rec Recommendation Action Lead officer Target date Update (as at 31 March 2025)", "")


def test_prose_or_an_undated_aside_is_left_as_printed():
    assert rejoined(CM, P, "the review was published (June and", "2025) the panel met") is None
    assert (
        rejoined(CM, P, "Ref Recommendation Action Lead Target date Progress (see Status", "notes)") is None
    )
    # (an aside that closes on its own line is the one-line header's, read as it was)
    assert (
        rejoined(CM, P, "Ref Recommendation Action Lead Target date Update (June 2025) Status", "officer")
        is None
    )


def test_the_header_lines_are_printed_again_as_they_were():
    headers = TrackerHeaders(CM, P)
    lines = [Line(1, "Plan"), Line(2, HEADER), Line(3, ""), Line(4, "officer 2025)")]
    stripped = headers.strip(lines)
    assert stripped[1].text == "Rec Recommendation Actions Responsible Target Progress update Status"
    assert stripped[3].text == "officer"
    assert [ln.text for ln in headers.restore(stripped)] == [ln.text for ln in lines]


def test_the_plan_under_such_a_header_is_read():
    doc = dhrparse.extract(PLAN)
    assert len(doc.actions) == 8
    assert "plan_not_read" not in {w.code for w in doc.warnings}
    assert doc.actions[0].progress and "Prompt added" in doc.actions[0].progress
