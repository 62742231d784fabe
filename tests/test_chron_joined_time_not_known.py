"""A chronology table printed with each line's cells joined by single spaces (corpus text), whose
Time column says the time was not recorded ("Not known", wrapped "Not" over "known" in the
narrow column, "Unknown", "–"): the time cell is taken off the row before its other cells are
parted, so it is neither the agency's name nor the event (joined_rows._unknown_time_off). See
tests/zoo/pending/chron_joined_time_not_known for a whole document."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.extractors.chronology.joined_times import unknown_time_off as _unknown_time_off
from dhrparse.patterns import load_patterns

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
UNKNOWN = load_patterns().joined("dates.cells.unknown_time")


def test_an_unknown_time_on_one_line_is_taken_off():
    body = [["Not", "known", "Jobcentre", "Plus", "Petra", "told"], ["her", "coach"]]
    assert _unknown_time_off(body, UNKNOWN) == [["Jobcentre", "Plus", "Petra", "told"], ["her", "coach"]]
    assert _unknown_time_off([["Unknown", "Police", "Officers"]], UNKNOWN) == [["Police", "Officers"]]
    assert _unknown_time_off([["–", "Police", "Officers"]], UNKNOWN) == [["Police", "Officers"]]


def test_an_unknown_time_wrapped_in_its_column_is_taken_off_both_lines():
    body = [["Not", "Hexford", "A", "referral"], ["known", "Domestic", "Abuse", "Two"], ["Service", "and"]]
    assert _unknown_time_off(body, UNKNOWN) == [
        ["Hexford", "A", "referral"],
        ["Domestic", "Abuse", "Two"],
        ["Service", "and"],
    ]


_WORDS = st.sampled_from(
    ["Police", "GP", "Petra", "rang", "999", "Officers", "attended", "Not", "the", "known"]
)


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=1, max_size=4))
def test_a_row_without_an_unknown_time_is_left_alone(body):
    if UNKNOWN.fullmatch(body[0][0]) or " ".join(body[0][:2]) == "Not known":
        return
    if body[0][0] == "Not" and len(body) > 1 and body[1][0] == "known":
        return
    assert _unknown_time_off(body, UNKNOWN) == body


def test_the_pending_zoo_table_in_corpus_text():
    events = extract(PENDING / "chron_joined_time_not_known.corpus.txt").chronology
    assert [e.date.start for e in events] == [
        "2022-01-11",
        "2022-02-02",
        "2022-03",
        "2022-05-17",
        "2022-07",
        "2022-09-28",
        "2022-12-14",
    ]
    for event in events:
        assert not {"Not", "known"} & set(" ".join(event.agencies).split())
        assert not event.text.startswith(("Not ", "known "))
    assert events[2].text.startswith("A referral from the police arrived")
    assert events[6].text.startswith("Petra was found dead")
