"""A tracker's recommendation column in corpus text (each printed line joining its cells): how
many of a later line's opening words are the recommendation's (plan.first_column). The widest
of the rows' first lines is only a least width; the wrap bounds the column from above (a cell's
first line with its next line's first word put after it did not fit), and a later line may
fill the column up to that bound."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.first_column import OVER, first_column_words, wrap_room
from dhrparse.vocab.type_widths import Face

ZOO = Path(__file__).resolve().parent / "zoo"
FACE = Face("calibri")


def test_the_wrap_bounds_the_column_from_above():
    room = FACE.width("All agencies to")
    wider = wrap_room(
        FACE, room, [("Ashdown", "Council"), ("Probation to", "share"), ("All agencies to", "promote")]
    )
    assert room * OVER < wider < FACE.width("Ashdown Council")
    # (a pair the widest first line already holds is no wrap: a label on its own line)
    assert wrap_room(FACE, room, [("Rec 1", "The")]) == room * OVER
    assert wrap_room(FACE, room, []) == room * OVER


def test_a_later_line_fills_the_column_up_to_the_wrap():
    room = FACE.width("All agencies to") * OVER
    wider = wrap_room(FACE, room / OVER, [("Ashdown", "Council")])
    words = ["ensure", "housing", "on", "the", "staff", "Housing", "referrals"]
    assert first_column_words(words, FACE, room) == ["ensure"]
    assert first_column_words(words, FACE, room, wider) == ["ensure", "housing"]


def test_a_sentence_s_end_past_the_first_line_s_room_is_the_next_cell_s_where_the_cell_goes_on():
    room = FACE.width("All agencies to") * OVER
    wider = FACE.width("disclosure week.") + 0.1
    words = ["disclosure", "week."]
    assert first_column_words(words, FACE, room, wider, goes_on=True) == ["disclosure"]
    assert first_column_words(words, FACE, room, wider) == ["disclosure", "week."]
    # (a sentence's end within the first lines' room is the cell's, as before)
    assert first_column_words(["staff."], FACE, room, wider, goes_on=True) == ["staff."]


def test_a_tracker_s_recommendations_read_whole_where_later_lines_run_wider_than_first_ones():
    doc = extracted(ZOO / "s23recsrows_tracker_recommendation_wraps.corpus.txt")
    texts = [r.text for r in doc.recommendations]
    assert texts[0] == (
        "Quillhaven Borough Council to make sure that housing officers ask about abuse at every tenancy review."
    )
    assert texts[2].endswith("attends an appointment with a patient or client."), texts[2]
    assert len(texts) == 4
