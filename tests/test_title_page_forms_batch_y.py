"""Cover forms the batch y of title pages showed (tests/title_pages_blind/README.md), each written
here in other words with fictional people and places: a death told as the anniversary of another
person's, deaths dated by a named day of a year the page states (a day kept by rule, or a one-off
national day), an author named in a Q&A answer or with a surname in capitals, and Northern
Ireland's policing and community safety partnerships."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract


def _review(text: str):
    return extract(text, name="cover.txt").review


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "Her husband died on 14 October 2019. She was found at home by a carer and died later the\n"
            "same day, two years to the day after her husband's death.",
            "2021-10-14",
        ),
        (
            "Her son was killed in a road accident on 5 May 2020. She took her own life at home\n"
            "three years to the day after the death of her son.",
            "2023-05-05",
        ),
    ],
)
def test_a_death_on_the_anniversary_of_another_persons_counts_on_from_it(told, day):
    text = (
        "Foxhollow Safeguarding Adults Board\n\nSAR 'Mrs Pennington' – summary\n\n"
        f"Lead reviewer: Augustin Farrow-Nwosu\n\nMrs Pennington was 74. {told}\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_review_published_on_the_anniversary_of_the_death_counts_back():
    text = (
        "Foxhollow Community Safety Partnership\nDomestic Homicide Review\n\n"
        "The review was published on 9 June 2024, two years to the day after she died.\n"
    )
    assert _review(text).date_of_death.start == "2022-06-09"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("when he called round on Boxing Day 2019; she had died shortly before he got there", "2019-12-26"),
        ("when her carer let herself in on Good Friday 2022. She had died shortly before the carer arrived", "2022-04-15"),
    ],
)
def test_a_death_shortly_before_a_dated_finding_is_on_its_day(told, day):
    text = (
        "Wrexingham Safeguarding Adults Board\n\nSafeguarding Adults Review: 'Mrs Aldous'\n\n"
        "Lead reviewer: Benedetta Ogunleye-Hart\n\n"
        f"Mrs Aldous was 83 and lived alone. She was found on the bathroom floor {told}.\n"
    )
    assert _review(text).date_of_death.start == day


@pytest.mark.parametrize(
    "heading",
    [
        "Drumcashel Policing and Community Safety Partnership",
        "DOMESTIC HOMICIDE REVIEW commissioned by Drumcashel Policing and Community Safety Partnership",
    ],
)
def test_a_northern_irish_policing_and_community_safety_partnership_names_the_area(heading):
    text = (
        f"{heading}\n\nDomestic Homicide Review – Overview Report\n'Aoife'\n\n"
        "Independent Chair: Fergal Mac Suibhne-Okoro\n\n"
        "Aoife, 41, was killed by her husband at their home in Drumcashel on 8 August 2021.\n"
    )
    assert _review(text).area == "Drumcashel"
