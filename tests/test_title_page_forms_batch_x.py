"""Cover forms the batch x of title pages showed (tests/title_pages_blind/README.md), each written
here in other words with fictional people and places: an author printed surname first in a
document record's field, a council news post whose own date is not the death's, Scotland's
"Domestic Homicide and Suicide Review" named in the sentence after the death, a family's tribute
telling the death in its own words, and deaths dated by a day that follows from another date."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract


def _review(text: str):
    return extract(text, name="cover.txt").review


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("Author:        Vantongeren, Cressida", "Cressida Vantongeren"),
        ("Report author:   McAllister-Quaye, Tobias Ewan", "Tobias Ewan McAllister-Quaye"),
    ],
)
def test_an_author_field_printed_surname_first_names_the_author_given_name_first(field, name):
    text = (
        "File properties\n"
        "Name:          SAR 'Walter' final.docx\n"
        f"{field}\n"
        "Organisation:  Harbridge Safeguarding Adults Board\n"
        "Last saved:    14/02/2024\n\n"
        "Walter was 81 and lived with his son in Harbridge.\n"
    )
    assert _review(text).author == name


def test_a_role_after_a_surname_and_a_comma_is_no_given_name():
    text = (
        "Harbridge Community Safety Partnership\nDomestic Homicide Review\nAuthor: Vantongeren, Independent\n"
    )
    assert _review(text).author is None


def test_a_news_posts_own_date_is_not_the_deaths():
    text = (
        "Home > News > Community safety\n\n"
        "Partnership publishes findings of review into the death of 'Lottie'\n"
        "Posted on 3 October 2023 by the Press Office, Wendlebury District Council\n\n"
        "Wendlebury Community Safety Partnership has today published the Domestic Homicide Review\n"
        "into the death of Lottie, a 39-year-old mother of two who was killed by her partner at\n"
        "their home on 11 June 2021.\n"
    )
    assert _review(text).date_of_death.start == "2021-06-11"


def test_scotlands_homicide_and_suicide_review_named_after_the_death_dates_nothing():
    text = (
        "Strathmorven Public Protection Committee\n\nDomestic Homicide and Suicide Review\n'Fiona'\n\n"
        "Fiona was 52. Her son killed her at the family's farm near Strathmorven on 4 November\n"
        "2023. It was one of the first cases in the region looked at under the new Domestic Homicide\n"
        "and Suicide Review model, which the committee took up in February 2024.\n"
    )
    assert _review(text).date_of_death.start == "2023-11-04"


def test_a_family_tribute_telling_the_death_in_its_own_words_dates_it():
    text = (
        "Farrowdene Community Safety Partnership\nDomestic Homicide Review\n'Nadia'\n\n"
        "Nadia's brothers wrote: \"Our sister was taken from us on Diwali (Monday 24 October 2022),\n"
        'the festival she loved most."\n\n'
        "Nadia was 33. She was killed by her husband in Farrowdene.\n"
    )
    assert _review(text).date_of_death.start == "2022-10-24"


@pytest.mark.parametrize(
    ("week", "day"),
    [
        ("w/c Monday 7 November 2022", "2022-11-11"),
        ("the week beginning Wednesday 5 October 2022", "2022-10-07"),  # (its Friday: two days on)
    ],
)
def test_a_weekday_of_a_week_told_by_its_first_day(week, day):
    text = (
        "Calderwick Community Safety Partnership\nDomestic Homicide Review – 'Joanne' – Executive Summary\n\n"
        f"Joanne was 58. During {week} her daughter rang the police twice about her father.\n"
        "Joanne was killed in the kitchen of her home on the Friday of that week and was pronounced dead\n"
        "at the scene.\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_weekday_of_the_week_a_day_falls_in():
    text = (
        "Calderwick Community Safety Partnership\nDomestic Homicide Review – 'Joanne'\n\n"
        "Joanne saw her GP on Friday 11 February 2022 and told him she was afraid of her husband.\n"
        "He attacked her at home on the Sunday of that week; she was pronounced dead at the scene.\n"
    )
    assert _review(text).date_of_death.start == "2022-02-13"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Independent Chair (June 2021 to November 2022)", "Independent Author (from 1 December 2022)"),
        ("Review Chair (2020 - 2021)", "Chair and Author (2021 onwards)"),
    ],
)
def test_a_successor_who_wrote_the_report_is_the_author_not_the_chair_before(first, second):
    text = (
        "Marlbeck Community Safety Partnership\n\nDomestic Homicide Review – 'Priya'\n\n"
        f"{first}: Horace Quaintance-Bello\n{second}: Ottoline Fairweather-Nkemelu\n\n"
        "Mr Quaintance-Bello retired from the review in the autumn; Dr Fairweather-Nkemelu completed it.\n"
    )
    assert _review(text).author == "Ottoline Fairweather-Nkemelu"


@pytest.mark.parametrize(
    ("born", "died", "day"),
    [
        (
            "Infant L was born by emergency caesarean at Holmbridge General Hospital on 3 April 2021.",
            "Infant L died in the neonatal unit when she was 12 days old.",
            "2021-04-15",
        ),
        (
            "Date of birth: 27/02/2020",
            "Baby K died at home aged eight days from a head injury.",
            "2020-03-06",
        ),
    ],
)
def test_a_babys_death_told_by_the_days_lived_counts_from_the_birth(born, died, day):
    text = (
        "Holmbridge Safeguarding Children Partnership\n\nRapid Review and Local Child Safeguarding Practice Review\n\n"
        f"Reviewer: Cornelius Adebanjo-Whitlock\n\n{born}\nHer parents were both 19.\n{died}\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_babys_death_told_by_the_weeks_lived_is_no_day():
    text = (
        "Holmbridge Safeguarding Children Partnership\n\nChild Safeguarding Practice Review\n\n"
        "Baby K was born on 27 February 2020. He died in hospital aged six weeks.\n"
    )
    found = _review(text).date_of_death
    assert found is None or found.precision != "day"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("the Friday after Boxing Day 2019", "2019-12-27"),  # (Boxing Day 2019 was a Thursday)
        ("the Sunday before Christmas 2022", "2022-12-18"),  # (Christmas Day 2022 was itself a Sunday)
        ("the Tuesday after Easter 2023", "2023-04-11"),
        ("the Thursday before Good Friday 2020", "2020-04-09"),  # (Good Friday 2020 was 10 April)
    ],
)
def test_a_death_on_a_weekday_told_from_a_named_day(told, day):
    text = (
        "Ravensholme Safeguarding Adults Board\n\nSafeguarding Adults Review\n'Mrs H'\n\n"
        f"Mrs H, 84, was found by her carer on {told} and was pronounced dead at the scene.\n"
        "The Board agreed to hold a review on 2 March 2023.\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_weekday_told_from_a_season_of_days_with_no_day_of_its_own_dates_no_day():
    from dhrparse.patterns import load_patterns
    from dhrparse.vocab.dates import find_dates

    found = find_dates("on the Sunday before Easter weekend 2022", load_patterns())
    assert all(d.value.precision != "day" for d in found)


@pytest.mark.parametrize(
    ("born", "died", "day"),
    [
        (
            "Leonie was born on 14 March 2001 in Quillford.",
            "She was killed on her 21st birthday.",
            "2022-03-14",
        ),
        (
            "Ambrose (date of birth 30/11/1958) had lived in Quillford all his life.",
            "He died two days before his sixty-fifth birthday.",
            "2023-11-28",
        ),
    ],
)
def test_a_death_told_by_a_birthday_counts_from_the_birth(born, died, day):
    text = (
        "Quillford Community Safety Partnership\nDomestic Homicide Review\n\n"
        f"Author: Roderick Anyanwu-Teale\n\n{born}\nThe family describe a warm and funny person.\n{died}\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_running_head_left_over_from_another_review_does_not_name_the_area():
    text = (
        "SAR 'Tom' – v3 draft – Brindlecombe SAB                                   Page 1\n\n"
        "Wexley Safeguarding Adults Board\nSafeguarding Adults Review\n'Ivy'\n"
        "Lead Reviewer: Anselm Okorafor-Breen\n\n"
        "1. Introduction\n1.1 Ivy, 91, lived in a care home in Wexley until her death in hospital on\n"
        "4 April 2022. The Board agreed to hold a review in June 2022.\n"
    )
    assert _review(text).area == "Wexley"


def test_a_county_panel_holding_its_districts_reviews_names_the_county():
    text = (
        "Brackenshire-wide Domestic Homicide Review\n"
        "Held by the Brackenshire Joint Domestic Homicide Review Panel for Elverton, Coldharbour\n"
        "and Fennick Community Safety Partnerships\n\n"
        "Overview Report: 'Rhiannon'\nIndependent Chair: Tobias Nakamura-Hale\n\n"
        "Rhiannon, 36, was killed by her former partner in Coldharbour in May 2022.\n"
    )
    assert _review(text).area == "Brackenshire"
