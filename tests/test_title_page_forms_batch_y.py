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
        (
            "when her carer let herself in on Good Friday 2022. She had died shortly before the carer arrived",
            "2022-04-15",
        ),
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


@pytest.mark.parametrize(
    "answer",
    [
        "\"I'm Tobias Venkataraman-Hale, a former probation officer. I was asked by the Partnership to\n"
        'lead the review in the spring of 2022."',
        "“I am Gwenllian Farrant-Osei, a social worker by training. I wrote the report with the\npanel's help.”",
    ],
)
def test_the_reviewer_introducing_themselves_in_a_quoted_answer_is_the_author(answer):
    text = (
        "Oakhurst Community Safety Partnership – DHR learning\n\n"
        "Questions and answers: the review into the death of 'Lorna'\n\n"
        "What happened?\nLorna was 44. She was killed by her husband at home on 6 June 2021.\n\n"
        f"Who did the review?\n{answer}\n"
    )
    assert _review(text).author in ("Tobias Venkataraman-Hale", "Gwenllian Farrant-Osei")


def test_a_relative_introducing_themselves_in_a_quoted_answer_is_no_author():
    text = (
        "Oakhurst Community Safety Partnership – DHR learning\n\n"
        "What did the family say?\n\"I'm Colette Marchbank, Lorna's sister. I asked the panel to hear us.\"\n"
    )
    assert _review(text).author is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Report written by:   Anselm DRUMMOND-ACHTERBERG", "Anselm Drummond-Achterberg"),
        ("Independent Reviewer: Dr Perpetua O'HALLORAN", "Perpetua O'Halloran"),
    ],
)
def test_a_surname_printed_in_capitals_after_the_given_name_is_read(line, name):
    text = (
        "Lanbridge Safeguarding Adults Board\n\nSafeguarding Adults Review\n'Mr Quigley'\n\n"
        f"{line}\n                      Independent social work consultant\n\n"
        "Mr Quigley, 69, died in hospital on 2 February 2023.\n"
    )
    assert _review(text).author == name


def test_a_board_acronym_after_a_full_name_stays_out_of_it():
    text = (
        "Lanbridge Community Safety Partnership\nDomestic Homicide Review\n\nAuthor: Clement Ashdown LCSP\n"
    )
    assert _review(text).author == "Clement Ashdown"


@pytest.mark.parametrize(
    "name",
    ["Fionnuala Ní Bhraonáin-Hughes", "Ciarán Mac Giolla Bhríde", "Éamonn Ó Dálaigh"],
)
def test_an_irish_name_with_its_particle_and_accents_is_read_whole(name):
    text = (
        "Drumcashel Policing and Community Safety Partnership\nDomestic Homicide Review\n\n"
        f"Independent Chair and Author: {name}\n\n"
        "Aoife, 41, was killed by her husband at their home in Drumcashel on 8 August 2021.\n"
    )
    assert _review(text).author == name


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on Black Friday 2019", "2019-11-29"),  # (the fourth Thursday of November 2019 was the 28th)
        ("in the early hours of the Sunday the clocks went forward in March 2022", "2022-03-27"),
        ("on the day the clocks went back in October 2021", "2021-10-31"),
        ("on the bank holiday for the King's coronation in 2023", "2023-05-08"),
        ("on the night the Prime Minister announced the first national lockdown in March 2020", "2020-03-23"),
        ("on the Twelfth in 2019", "2019-07-12"),
    ],
)
def test_a_death_on_a_named_day_of_a_stated_year(told, day):
    text = (
        "Harlowmere Community Safety Partnership\nDomestic Homicide Review – 'Shona'\n\n"
        "Author: Leopold Ansah-Fairclough\n\n"
        f"Shona, 38, was killed by her partner at their home in Harlowmere {told}.\n"
        "The review was commissioned in the following spring.\n"
    )
    assert _review(text).date_of_death.start == day


@pytest.mark.parametrize(
    "told",
    ["the bank holiday for the King's coronation in 2021", "the first national lockdown in March 2021"],
)
def test_a_one_off_national_day_in_another_year_dates_no_day(told):
    from dhrparse.patterns import load_patterns
    from dhrparse.vocab.dates import find_dates

    found = find_dates(f"on {told}", load_patterns())
    assert all(d.value.precision != "day" for d in found)


@pytest.mark.parametrize("body", ["Hartsby SAB", "Tarrow CSP", "Kentmere ICB", "Tarrow LSCB"])
def test_a_bodys_letters_after_its_place_are_no_surname(body):
    text = (
        "Tarrow Community Safety Partnership\nDomestic Homicide Review\n\n"
        f"Prepared by: {body}\n\nAnna died on 3 May 2021.\n"
    )
    assert _review(text).author is None
