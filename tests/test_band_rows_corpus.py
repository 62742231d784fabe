"""A plan table whose one "Recommendation / action" column holds each recommendation as a band
row (its bare number and its words, the other cells empty) over its lettered action rows
("1a", "1b"), in corpus text (a printed line's cells joined by single spaces). The band's lines
are no action row: each band is handed on as a band row for plan.recommendation_bands, the
lettered rows cut into their cells."""

from pathlib import Path

import pytest

import dhrparse

ZOO = Path(__file__).resolve().parent / "zoo"


def test_bands_are_recommendations_and_lettered_rows_their_actions():
    doc = dhrparse.extract(ZOO / "plan_band_rows_lettered_actions.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[1].text.startswith("Saltenby Police should pass details")
    actions = doc.actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "2(c)", "3(a)", "4(a)", "4(b)"]
    assert [a.recommendation_ref for a in actions] == ["1", "1", "2", "2", "2", "3", "4", "4"]


def test_a_bare_status_ends_the_row_even_where_the_update_is_empty():
    doc = dhrparse.extract(ZOO / "plan_band_rows_lettered_actions.corpus.txt")
    by_ref = {a.ref: a for a in doc.actions}
    assert by_ref["2(c)"].status.raw == "Not started"
    assert not by_ref["2(c)"].progress
    assert by_ref["3(a)"].status.raw == "In progress"


@pytest.mark.xfail(strict=True, reason="the lead's last word beside an update is still read into the update")
def test_the_lead_keeps_its_last_word_beside_an_update():
    doc = dhrparse.extract(ZOO / "plan_band_rows_lettered_actions.corpus.txt")
    by_ref = {a.ref: a for a in doc.actions}
    # (an update's sentence goes on past a semicolon and the lead's last word beside it stays the lead's)
    assert by_ref["3(a)"].lead == "Primary Care Safeguarding Lead"
    assert by_ref["3(a)"].progress == "Template agreed in principle; release date awaited."
