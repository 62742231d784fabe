"""Cover forms the blind batch t of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with generated fictional names: Scotland's Chief Officers' Group as the
commissioning body, a key-dates strip a line per event, a memorial line's dagger before the day of
death, a label's code broken after its separator, an author named in a foreword's byline or under a
quotation, and a scanned cover's letters misread as other letters (rn for m, l for I and for 1)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

GIVEN = ["Ottoline", "Barnaby", "Ifeoma", "Casimir", "Wilhelmina", "Torquil"]
FAMILY = ["Quennell-Abara", "Dunmore", "Prendergast", "Okonkwo-Lisle", "Tregarthen"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)
places = st.sampled_from(["Strathmorven", "Kilbarrow", "Dunlevan", "Glenaskel"])


def _review(text: str):
    return extract(text, name="cover.txt").review


@settings(max_examples=8, deadline=None)
@given(place=places, apostrophe=st.sampled_from(["'", "’", ""]))
def test_a_chief_officers_group_names_the_area_it_serves(place, apostrophe):
    text = (
        f"SIGNIFICANT CASE REVIEW\n\nin respect of\n\nADULT M\n\nCommissioned by the {place} Chief "
        f"Officers{apostrophe} Group\n(Public Protection)\n\nLead Reviewer: Ada Strand\n"
    )
    assert _review(text).area == place


def test_a_key_dates_strip_dates_the_death_by_its_own_line_not_the_first():
    text = (
        "Domestic Homicide Review – Executive Summary\n'Tomasz'   |   Kilbarrow Community Safety Partnership\n\n"
        "Key dates\nMar 2018  ──►  first call to the police\n14 Oct 2021  ──►  Tomasz is killed\n"
        "Feb 2022  ──►  review commissioned\nMay 2023  ──►  report approved\n\nIndependent author: Ada Strand\n"
    )
    assert _review(text).date_of_death.start == "2021-10-14"


@pytest.mark.parametrize("form", ["† 03.02.2022", "†3.2.2022", "† 3 February 2022"])
def test_a_memorial_lines_dagger_marks_the_day_of_death(form):
    text = f"Domestic Homicide Review\n\nIn memory of Nia (* 1988  {form})\n\nDunlevan Community Safety Partnership\n"
    assert _review(text).date_of_death.start == "2022-02-03"


def test_a_labels_code_broken_after_its_separator_is_one_code():
    text = (
        "Safeguarding Adults Review\n\nBoard:        Dunlevan Safeguarding Adults\n              Board\n"
        "Ref:          SAR/DNL/\n              2023/02\nAdult:        Mr T, 79\n"
    )
    assert _review(text).review_id == "SAR/DNL/2023/02"


@settings(max_examples=8, deadline=None)
@given(name=names)
def test_a_forewords_byline_naming_the_author_of_the_report_gives_the_author(name):
    text = (
        f"Safeguarding Adults Review – 'Rhys'\nGlenaskel Safeguarding Adults Board\n\nForeword by {name}, "
        "Independent Chair of the review and author of this report\n\nRhys was 31.\n"
    )
    assert _review(text).author == name


def test_a_forewords_byline_naming_only_the_boards_chair_gives_no_author():
    text = "Safeguarding Adults Review\nGlenaskel Safeguarding Adults Board\n\nForeword by Ada Strand, Chair of the Board\n"
    assert _review(text).author is None


@settings(max_examples=8, deadline=None)
@given(name=names, dash=st.sampled_from(["—", "–", "-"]))
def test_a_quotations_attribution_names_the_author(name, dash):
    text = (
        f'"We should have listened sooner."\n{dash} {name}, Independent Chair and Author\n\n'
        "Domestic Homicide Review: Mair\nKilbarrow Community Safety Partnership\n"
    )
    assert _review(text).author == name


def test_a_scanned_covers_misread_letters_are_read_back_in_the_vocabularys_words():
    text = (
        "DOMESTIC HOMICIDE REVIEW\nOVERVIEW REPORT\n\nStrathmorven Cornrnunity Safety Partnership\n\n"
        "lndependent Chair and Author: Ada Strand\n\nInto the death of 'Mair' on l4 Novernber 2021\n"
    )
    review = _review(text)
    assert (review.area, review.date_of_death.start) == ("Strathmorven", "2021-11-14")


def test_a_word_that_is_no_misreading_is_left_as_printed():
    # "burn" and "modern" hold "rn" but are words of their own: nothing is read back in them
    text = "Domestic Homicide Review\n\nKilbarrow Community Safety Partnership\n\nShe died of a burn on 4 May 2021.\n"
    review = _review(text)
    assert (review.area, review.date_of_death.start) == ("Kilbarrow", "2021-05-04")
