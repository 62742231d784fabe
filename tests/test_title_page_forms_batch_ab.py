"""Cover forms the batch ab of title pages showed (tests/title_pages_blind/README.md), each written
here in other words with fictional people and places and other years: deaths dated by a named day
of a stated year, moving with Easter (Palm Sunday, Whit Sunday), fixed by the calendar (Epiphany,
St Swithin's Day), kept on a weekday of its month (the early May bank holiday), set by the sun (the
solstices) or held on a day each year's table gives (Vaisakhi, Yom Kippur, a Eurovision or World Cup
final, the 2023 coronation); a death told as days or weeks from a wedding or a birth whose day is
printed."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death_told(told: str, place: str = "Copperwick") -> str:
    return (
        f"{place} Community Safety Partnership\n\nDomestic Homicide Review – 'Marisol'\n\n"
        "Report author: Cassius Mbeki-Thorne\n\n"
        f"Marisol was 36. She was killed by her partner at their house in {place} {told}.\n"
        "The review panel first met the following autumn.\n"
    )


@pytest.mark.parametrize(
    ("told", "day"),
    [
        # Easter Sunday 21 April 2019; 1 April 2018; 4 April 2021
        ("on Palm Sunday 2019", "2019-04-14"),
        ("on the evening of Palm Sunday in 2018", "2018-03-25"),
        ("on Whit Sunday 2021", "2021-05-23"),
        ("on Whitsunday in 2019", "2019-06-09"),
        ("on Pentecost Sunday 2018", "2018-05-20"),
        ("on the Sunday of Pentecost in 2021", "2021-05-23"),
    ],
)
def test_a_sunday_moving_with_easter_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on Epiphany 2019", "2019-01-06"),
        ("on the Feast of the Epiphany in 2021", "2021-01-06"),
        ("on St Swithin’s Day 2019", "2019-07-15"),
        ("on Saint Swithin's Day in 2020", "2020-07-15"),
        # (its weekday or its month between the name and the year)
        ("on Epiphany, a Wednesday, in 2021", "2021-01-06"),
        ("on the Feast of the Epiphany in January 2019", "2019-01-06"),
    ],
)
def test_a_day_the_calendar_fixes_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on the early May bank holiday Monday 2019", "2019-05-06"),
        ("on the early May bank holiday in 2021", "2021-05-03"),
        # (moved to Friday 8 May for VE Day's 75th anniversary)
        ("on the early May bank holiday of 2020", "2020-05-08"),
    ],
)
def test_the_early_may_bank_holiday_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        # (the UK's summer solstice fell on 20 June in 2020, on 21 June in 2019)
        ("on the summer solstice in 2019", "2019-06-21"),
        ("on the longest day of 2020, the summer solstice", "2020-06-20"),
        ("on the winter solstice, the shortest day of 2021", "2021-12-21"),
        ("on the shortest day of 2019", "2019-12-22"),
    ],
)
def test_a_solstice_dates_the_death_by_its_year(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on Vaisakhi 2019, after visiting the gurdwara", "2019-04-14"),
        ("on Baisakhi in 2022", "2022-04-14"),
        ("on the morning of Yom Kippur 2019", "2019-10-09"),
        ("on Yom Kippur in 2021, the Day of Atonement", "2021-09-16"),
        ("on the night of the Eurovision final 2019", "2019-05-18"),
        ("on the night of the 2022 Eurovision Song Contest final, held in Turin", "2022-05-14"),
        ("on the afternoon of the World Cup final in July 2018", "2018-07-15"),
        ("during the 2014 World Cup final", "2014-07-13"),
        ("on Coronation Day 2023, the Saturday rather than the bank holiday that followed", "2023-05-06"),
        ("on the day of the coronation of King Charles III in May 2023", "2023-05-06"),
        ("on the night of the Eurovision final held in Rotterdam in 2021", "2021-05-22"),
        # (the coronation's bank holiday, the Monday after it, read whole)
        ("on the bank holiday Monday for the coronation of King Charles III in 2023", "2023-05-08"),
        ("on the Monday bank holiday for the King's coronation in 2023", "2023-05-08"),
    ],
)
def test_a_day_a_yearly_or_one_off_event_was_held_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on the night of the Eurovision final, which was held in Turin", "2022-05-14"),
        ("during the World Cup final in Qatar", "2022-12-18"),
    ],
)
def test_an_event_named_by_the_place_that_held_it_once_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


def test_an_event_not_held_in_the_year_printed_names_no_day():
    # (the 2020 Eurovision final was cancelled)
    death = _review(_death_told("on the night of the Eurovision final 2020")).date_of_death
    assert death is None or death.precision != "day"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "Priya and her fiancé had planned to marry on Saturday 14 September 2019. She was killed\n"
            "by him at their house in Copperwick the day before the wedding.",
            "2019-09-13",
        ),
        (
            "Priya was killed by her partner the day before their wedding, which had been booked for\n"
            "21 August 2021.",
            "2021-08-20",
        ),
        (
            "Priya gave birth to a son, Arlo, on 7 March 2021. Three weeks after the birth she was\n"
            "killed by her partner at their flat in Copperwick.",
            "2021-03-28",
        ),
        (
            "Priya was killed by her partner ten days after the birth of their daughter on 1 February 2020.",
            "2020-02-11",
        ),
    ],
)
def test_a_death_told_from_a_wedding_or_birth_whose_day_is_printed(told, day):
    text = (
        "Copperwick Community Safety Partnership\n\nDomestic Homicide Review: 'Priya'\n\n"
        f"Independent author: Leopold Achterberg\n\n1. The circumstances\n1.1 {told}\n"
    )
    found = _review(text).date_of_death
    assert (found.start if found and found.precision == "day" else None) == day


def test_the_poster_of_a_post_calling_the_review_their_own_is_its_author():
    text = (
        "Ingrid Vasquez-Holloway • 2nd\nSafeguarding consultant | DHR and SAR chair\n2d\n\n"
        "Today Thornbury Community Safety Partnership published the Domestic Homicide Review I wrote into\n"
        "the death of 'Carys', who was killed by her husband in March 2022. Please read it and share it.\n"
    )
    review = _review(text)
    assert (review.author, review.area) == ("Ingrid Vasquez-Holloway", "Thornbury")


@pytest.mark.parametrize(
    "notes",
    [
        "In this episode Mel talks to Dr Anselm Okafor-Reyes, who wrote the Domestic Homicide Review into\n"
        "the death of Carys for Thornbury Community Safety Partnership.",
        "Our guest this week is Anselm Okafor-Reyes, the independent author of the Domestic Homicide Review\n"
        "into the death of Carys.",
        "Mel speaks with Anselm Okafor-Reyes about the review he wrote into the death of Carys.",
    ],
)
def test_an_episodes_guest_introduced_as_the_reviews_author(notes):
    text = (
        f"Quiet Voices podcast\nEpisode 41: Learning from Carys\n\n{notes}\n\n"
        "Carys was killed by her husband in Thornbury in March 2022.\n"
    )
    assert _review(text).author == "Anselm Okafor-Reyes"


@pytest.mark.parametrize(
    "corrected",
    ["The correct spelling is Sinéad MacAllister-Reid.", "It should read: Sinéad MacAllister-Reid."],
)
def test_a_corrigendum_gives_the_authors_name_as_corrected(corrected):
    text = (
        "Thornbury Community Safety Partnership\nDomestic Homicide Review – 'Carys'\n\nCorrigendum\n\n"
        "In the first edition of this overview report the author's name was misspelt as Sinead Macallister.\n"
        f"{corrected} The partnership apologises for the error.\n\n"
        "Carys was killed by her husband at their home in Thornbury in March 2022.\n"
    )
    assert _review(text).author == "Sinéad MacAllister-Reid"
