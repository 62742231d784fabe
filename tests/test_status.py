"""Status and target-date normalisers: known forms, and property tests (never raise; start <= end)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import judge, normalise_status
from dhrparse.vocab.dates import parse_target_date

P = load_patterns()


@pytest.mark.parametrize(
    "cell, value",
    [
        ("Action completed", "complete"),
        ("Complete", "complete"),
        ("Completed", "complete"),
        ("Ongoing", "in_progress"),
        ("On-going", "in_progress"),
        ("In progress", "in_progress"),
        ("not started", "not_started"),
        ("Not commenced", "not_started"),
        ("Not yet commenced", "not_started"),
        ("Carried forward", "not_started"),
        ("Post publication", "not_started"),
        ("Partially completed", "in_progress"),
        # a tracker's action still open (not yet closed)
        ("Open", "in_progress"),
        ("Open – overdue", "in_progress"),
        ("The plan stays open until the board has seen evidence.", "unknown"),
        ("Closed", "complete"),
        ("", "unknown"),
        ("See note", "unknown"),
    ],
)
def test_status_cells(cell, value):
    assert normalise_status(cell, None, P).value == value


def test_rag_kept_and_used_only_without_words():
    s = normalise_status("Amber", None, P)
    assert (s.rag, s.value) == ("amber", "in_progress")
    s = normalise_status("Green - ongoing", None, P)
    assert (s.rag, s.value) == ("green", "in_progress")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Update: Complete. The campaign ran in December.", "complete"),
        ("This action is completed and shall be ongoing.", "complete"),
        ("Partially completed. Revised timetable agreed.", "in_progress"),
        ("As audits were not undertaken this recommendation should carry forward.", "not_started"),
        ("The team is reviewing & updating the guidelines.", "in_progress"),
        ("Section is now included in the guidance.", "complete"),
        ("The group met in May.", None),
    ],
)
def test_judged_from_progress_text(text, value):
    assert judge(text, P) == value
    s = normalise_status(None, [text], P)
    assert s.value == (value or "unknown")
    assert (s.judged_from is not None) == (value is not None)


@pytest.mark.parametrize(
    "cell, start, end, precision",
    [
        ("Mar-14", "2014-03", "2014-03", "month"),
        ("30/04/2013", "2013-04-30", "2013-04-30", "day"),
        ("01.02.13", "2013-02-01", "2013-02-01", "day"),
        ("Sept 2016", "2016-09", "2016-09", "month"),
        ("Dec-13 to Sept-14", "2013-12", "2014-09", "month"),
        ("31/06/2019", "2019-06", "2019-06", "month"),
        ("Ongoing", None, None, "unknown"),
        ("TBC", None, None, "unknown"),
        ("12 months after publication", None, None, "unknown"),
    ],
)
def test_target_dates(cell, start, end, precision):
    value, problems = parse_target_date(cell, P)
    assert (value.start, value.end, value.precision) == (start, end, precision)
    assert value.raw == cell
    assert bool(problems) == (cell == "31/06/2019")


date_like = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\A(?:\d{1,2}[./-]){2}\d{2,4}\Z"),
    st.from_regex(r"\A(?:Jan|Mar|Sept|Dec|June)[- ]\d{2}(?: to (?:Jan|Mar|Sept|Dec)-\d{2})?\Z"),
)


@settings()  # examples: the profile in conftest.py
@given(date_like)
def test_target_date_never_raises_and_is_ordered(text):
    value, problems = parse_target_date(text, P)
    if value is not None and value.start and value.end:
        assert value.start[: len(value.end)] <= value.end


@settings()  # examples: the profile in conftest.py
@given(st.text(max_size=60), st.lists(st.text(max_size=80), max_size=3))
def test_status_never_raises(cell, progress):
    s = normalise_status(cell, progress, P)
    assert s.value in ("complete", "in_progress", "not_started", "unknown")


@pytest.mark.parametrize(
    "flag, updates, value",
    [
        ("Y", ["Letter sent in April."], "complete"),
        ("Yes", [], "complete"),
        ("N", ["Two of three sessions delivered."], "in_progress"),  # work reported, not closed
        ("N", ["Script has been updated; audit to follow."], "in_progress"),  # never complete while open
        ("N", ["Not yet started."], "not_started"),
        ("N", [], "unknown"),
        ("No", ["No update received"], "unknown"),
    ],
)
def test_a_completion_flag_is_read_with_the_update(flag, updates, value):
    status = normalise_status(flag, updates, P)
    assert status.value == value
    assert status.raw == flag


@pytest.mark.parametrize(
    "progress, value",
    [
        ("Dates booked for March; 40% of staff trained to date.", "in_progress"),
        ("Six practices trained so far.", "in_progress"),
        ("Draft leaflet out for comment with partners.", "in_progress"),
        ("Completed - 100% of staff trained.", "complete"),  # the state printed first wins
    ],
)
def test_part_of_the_work_reported_done_is_in_progress(progress, value):
    assert normalise_status(None, [progress], P).value == value


@pytest.mark.parametrize(
    "cell, value",
    [
        # two rows' status cells run together over a page break: the row's own comes first
        ("Complete – March 2024. In progress. Two of four quarterly samples done.", "complete"),
        ("Not started. In progress elsewhere in the county.", "not_started"),
        # one status stated, then narrative: the phrase lists decide as before
        ("Partially completed. Revised timetable agreed.", "in_progress"),
        ("Letter sent 3 June 2024; acknowledgement received. Complete.", "complete"),
        ("Ongoing. Phase one completed in May.", "in_progress"),
    ],
)
def test_status_cell_with_two_stated_statuses_reads_the_first(cell, value):
    assert normalise_status(cell, None, P).value == value


@pytest.mark.parametrize(
    "cell, value",
    [
        # a word of completion inside a sentence about something else calls nothing done
        ("Tender closed Nov 24; provider chosen. Sessions booked from April.", "unknown"),
        # ... but a clause opening so, or a sentence the progress judgement reads as done, does
        ("Letter sent 3 June 2024; acknowledgement received. Complete.", "complete"),
        ("All four teams have now completed the training", "complete"),
        ("Completed 20/04/2023. Audit report to the Strategic Board in May.", "complete"),
    ],
)
def test_a_long_status_cell_is_complete_only_where_it_says_so(cell, value):
    assert normalise_status(cell, None, P).value == value


@pytest.mark.parametrize(
    "progress, value",
    [
        # work reported done, and a part of it still to come: the action is not finished
        (
            "Update: the leaflet has been updated and sent to every GP surgery in Marlstow. A short film"
            " for waiting rooms is in development and will be published in the spring.",
            "in_progress",
        ),
        (
            "The procedure has been reviewed by the practice leads. The revised version is being"
            " signed off by the Board in May.",
            "in_progress",
        ),
        # ... unless the update opened by calling it done
        (
            "Update: Complete. Training delivered to forty staff; more sessions will be delivered on request.",
            "complete",
        ),
        # done, nothing left
        ("The policy has been updated and circulated to all staff.", "complete"),
    ],
)
def test_work_reported_done_with_a_part_still_to_come_is_in_progress(progress, value):
    assert judge(progress, P) == value
