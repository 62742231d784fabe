"""A tracker's recommendation column in corpus text (each printed line joining its cells): how
wide its cell lines may run (plan.first_column). The widest of the rows' first lines is only a
least width; the wrap bounds the column from above (a cell's first line with its next line's
first word put after it did not fit), and a later line only one run of whose opening words fits
between the two (under the bound, too wide to have taken its next line's first word) proves the
column at least that wide."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.plan.first_column import OVER, least_room, wrap_bound
from dhrparse.vocab.type_widths import Face

ZOO = Path(__file__).resolve().parent / "zoo"
FACE = Face("calibri")
ROOM = FACE.width("All agencies to")  # (the widest of the rows' first lines)


def test_the_wrap_bounds_the_column_from_above():
    bound = wrap_bound(
        FACE, ROOM, [("Ashdown", "Council"), ("Probation to", "share"), ("All agencies to", "promote")]
    )
    assert bound == pytest.approx(FACE.width("Ashdown Council"))
    # (a pair the widest first line already holds is no wrap: a cell whose words ended there)
    assert wrap_bound(FACE, ROOM, [("Rec 1", "The")]) is None
    assert wrap_bound(FACE, ROOM, []) is None


def test_a_later_line_one_run_of_which_fits_raises_the_least_width():
    bound = FACE.width("Ashdown Council")
    # "domestic abuse" alone fits between the bounds: "domestic" would have taken "and",
    # "domestic abuse assessment." runs past the bound
    lines = [(["domestic", "abuse", "assessment."], "and")]
    assert least_room(FACE, ROOM, bound, lines) == pytest.approx(FACE.width("domestic abuse"))
    # (a line two runs could fill says nothing: "refer directly" or "refer directly to")
    assert least_room(FACE, ROOM, bound, [(["refer", "directly", "to"], "the")]) == ROOM
    # (with no bound the wrap tells nothing)
    assert least_room(FACE, ROOM, None, lines) == ROOM
    assert least_room(FACE, ROOM, bound, lines) > ROOM * OVER


def test_a_tracker_s_recommendations_read_on_where_later_lines_run_wider_than_first_ones():
    doc = extracted(ZOO / "s23recsrows_tracker_recommendation_wraps.corpus.txt")
    texts = [r.text for r in doc.recommendations]
    assert texts[1] == (
        "Tallowby Hospitals Trust to offer every older patient a private conversation with a nurse at admission."
    )
    assert texts[3] == (
        "Ostermere Police to review how officers respond to calls reporting arguments between older couples."
    )
    # (a later line two runs could fill stays cut at the least width the lines prove: "at" after
    # "ask about abuse" is not told from the action's words beside it)
    assert texts[0].startswith(
        "Quillhaven Borough Council to make sure that housing officers ask about abuse"
    )
    assert len(texts) == 4


def test_the_ashdown_tracker_s_first_recommendation_keeps_every_word():
    doc = extracted(ZOO / "plan_rag_tracker.corpus.txt")
    assert doc.recommendations[0].text == (
        "Ashdown Council to ensure housing officers can refer directly to the domestic abuse service."
    )
