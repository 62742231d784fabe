"""Cover forms the blind batch e of title pages showed (tests/title_pages_blind/README.md), each
rendered in several layouts with generated fictional names: labels naming two people, capitals
names with letters after them or over two lines, a one-line cover, a foreword signed by a board's
chair, bodies named in the possessive or in Scotland's way, a Welsh reference alone, the death
dated past a later conviction, a joint review with a mental health homicide review, and a review
whose subject survived."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

GIVEN = ["Rowena", "Ifeoma", "Torben", "Anselm", "Maribel", "Cathal", "Perpetua", "Lorcan"]
FAMILY = ["Ashdown-Pryce", "Okoro", "Villiers", "Brannagh", "Tesfaye", "Holloway-Kerr", "Quennell"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death(text: str):
    d = _review(text).date_of_death
    return d.start if d else None


COVER = "Merrowdale Safeguarding Adults Board\n\nSafeguarding Adults Review\n\n'Agnes'\n\n"
BODY = "\n1. Introduction\n\n1.1 Agnes was 80. She died in hospital on 4 May 2021 after a fall at home.\n"


@settings(max_examples=25, deadline=None)
@given(
    first=names,
    second=names,
    label=st.sampled_from(["Authors:", "Report authors:", "Review authors:", "Reviewers:"]),
    layout=st.sampled_from(["roles_below", "pair_below", "pair_beside"]),
)
def test_a_label_for_two_people_names_the_first_however_they_are_set_out(first, second, label, layout):
    if layout == "roles_below":
        block = f"{label}\n{first}, Independent Consultant\n{second}, Consultant Psychiatrist\n"
    elif layout == "pair_below":
        block = f"{label}\n{first} and {second}\nSomerby Review Associates\n"
    else:
        block = f"{label}   {first} and {second}\nPanel Chair: Gideon Farraday\n"
    got = _review(COVER + block + BODY).author
    assert got in (first, f"{first} and {second}")


@pytest.mark.parametrize("role", ["AUTHOR", "REPORT AUTHOR", "OVERVIEW AUTHOR"])
@pytest.mark.parametrize("letters", ["QPM MSt (Cantab)", "OBE MA (Oxon)", "MSC PHD", "BA (Hons)"])
def test_a_capitals_name_with_letters_after_it_in_any_case(role, letters):
    cover = f"SAFER HALLOWAY PARTNERSHIP\n\nDOMESTIC HOMICIDE REVIEW\n\n{role}\nTHEODORA MARCHBANK {letters}\n\nMAY 2021\n"
    assert _review(cover + BODY).author == "Theodora Marchbank"


@pytest.mark.parametrize("honorific", ["DR", "MRS", "PROFESSOR"])
def test_a_capitals_name_over_two_lines_after_an_honorific(honorific):
    cover = f"HALLOWAY COMMUNITY SAFETY PARTNERSHIP\n\nINDEPENDENT CHAIR AND AUTHOR\n{honorific} SEBASTIANA\nOKONJO-VALE\n\nMAY 2021\n"
    assert _review(cover + BODY).author == "Sebastiana Okonjo-Vale"


@pytest.mark.parametrize("role", ["Independent Reviewer", "Independent Author", "Report Author"])
@pytest.mark.parametrize("month", ["March", "June", "December"])
def test_a_whole_cover_on_one_line_ends_the_name_before_its_date(role, month):
    cover = f"Gorsey CSP DHR 'Ann' Executive Summary {role} Linnea Drysdale-Ward {month} 2020\n"
    assert _review(cover + BODY).author == "Linnea Drysdale-Ward"


@pytest.mark.parametrize(
    "thanks",
    [
        "I thank Amara\nHollis-Grant, who was commissioned as the independent reviewer and wrote this report.",
        "We are grateful to Amara\nHollis-Grant, who was appointed as lead reviewer.",
    ],
)
def test_a_board_chairs_signature_gives_way_to_the_reviewer_the_foreword_names(thanks):
    text = (
        COVER
        + "Foreword\n\nThe Board publishes this review with sadness, and with thanks to all who helped.\n"
        f"{thanks}\n\nBertrand Cole\nIndependent Chair, Merrowdale Safeguarding Adults Board\nMay 2022\n"
        + BODY
    )
    assert _review(text).author == "Amara Hollis-Grant"


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_childrens_partnership_in_the_possessive_names_the_place(apostrophe):
    text = f"Child Safeguarding Practice Review\n\nChild J\n\nFenlow Marsh Children{apostrophe}s Safeguarding Partnership\n"
    assert _review(text + BODY).area == "Fenlow Marsh"


def test_a_scottish_child_protection_committee_names_the_place():
    assert (
        _review("Braeside Child Protection Committee\n\nLearning Review\n\n'Ewan'\n" + BODY).area
        == "Braeside"
    )


@pytest.mark.parametrize("ref", ["CPR BC 3/2022", "APR GT 5/2023", "CPR WM 12/2021"])
def test_a_welsh_reference_of_type_and_area_alone_on_the_cover(ref):
    text = f"Bro Hafren Regional Safeguarding Board\n\nExtended Child Practice Review\n\n{ref}\n\nReviewer: Elin Rhys\n"
    assert _review(text + BODY).review_id == ref


def test_a_line_of_capitals_and_a_page_number_is_no_reference():
    text = "Bro Hafren Regional Safeguarding Board\n\nPAGE OF 1/3\n\nReviewer: Elin Rhys\n"
    assert _review(text + BODY).review_id is None


@pytest.mark.parametrize(
    "later",
    [
        "He was arrested on 6 October 2020 and convicted of her murder in June 2021.",
        "He was charged on 6 October 2020 and sentenced for her manslaughter in June 2021.",
    ],
)
@pytest.mark.parametrize("found", ["Ruth", "her"])
def test_the_death_is_not_dated_by_a_later_conviction_after_a_dated_arrest(later, found):
    text = (
        "Domestic Homicide Review into the death of Ruth\n\n1.1 On 4 October 2020 a neighbour asked the police "
        f"to call at Ruth's house.\nOfficers found {found} dead in the hall.\n1.2 {later}\n"
    )
    assert _death(text) == "2020-10-04"


@pytest.mark.parametrize(
    "partner", ["Independent Mental Health Homicide Investigation", "Mental Health Homicide Review"]
)
def test_a_dhr_held_with_a_mental_health_homicide_review_is_joint(partner):
    text = f"Joint Domestic Homicide Review and {partner}\n\ninto the death of 'Aled'\n" + BODY
    assert _review(text).review_type == "joint"
    alone = "Domestic Homicide Review\n\ninto the death of 'Aled'\n" + BODY
    assert _review(alone).review_type == "DHR"


SURVIVOR = (
    "Merrowdale Safeguarding Adults Board\n\nSafeguarding Adults Review\n\n'Iris'\n\nReviewer: Ada Penhallow\n\n"
    "1.1 Iris is 74. In May 2022 she was found at home with severe pressure sores. {outcome}\n"
    "1.2 Her husband, who had cared for her, died on 3 January 2022.\n"
)


@pytest.mark.parametrize(
    "outcome",
    ["She survived and now lives in a nursing home.", "Iris is still alive and lives with her daughter."],
)
def test_a_review_whose_subject_survived_has_no_date_of_death(outcome):
    assert _death(SURVIVOR.format(outcome=outcome)) is None


def test_a_death_told_before_an_earlier_survival_is_the_subjects():
    text = SURVIVOR.replace("{outcome}", "She died there on 9 May 2022. In 2019 she had survived a stroke.")
    assert _death(text) == "2022-05-09"
    dhr = "Domestic Homicide Review\n\n1.1 Her son survived his injuries. Mary died on 2 May 2021 at home.\n"
    assert _death(dhr) == "2021-05-02"


@pytest.mark.parametrize("body", ["Safer Partnership", "Safer Board"])
def test_a_partnership_named_safer_after_the_place_names_the_place(body):
    """The place, then the word ("Marlstow Safer Partnership"), as well as "Safer Marlstow"."""
    text = f"Marlstow {body}\n\nDomestic Homicide Review 'Edith' – action plan tracker\n\n"
    assert _review(text + BODY).area == "Marlstow"
