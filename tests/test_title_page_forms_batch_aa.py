"""Cover forms the batch aa of title pages showed (tests/title_pages_blind/README.md), each written
here in other words with fictional people and places: deaths dated by a day the calendar fixes
(International Women's Day, White Ribbon Day), by a sporting or street event held on a different
day each year (the Grand National, the Notting Hill Carnival's Sunday) or by a school holiday
named for Easter; a date of death printed as day, month and year in figures parted by spaces; a
Welsh author named by a patronymic particle ("ap", "ferch")."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.dates import find_dates


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death_told(told: str, place: str = "Hallowmere") -> str:
    return (
        f"{place} Community Safety Partnership\n\nDomestic Homicide Review – 'Bronwen'\n\n"
        "Report author: Theodora Quaye-Lindqvist\n\n"
        f"Bronwen was 47. She was killed by her former husband at her flat in {place} {told}.\n"
        "The review panel first met the following spring.\n"
    )


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on International Women’s Day in 2019", "2019-03-08"),
        ("late on International Women's Day 2023", "2023-03-08"),
        ("on White Ribbon Day 2018", "2018-11-25"),
        ("on the International Day for the Elimination of Violence against Women in 2020", "2020-11-25"),
    ],
)
def test_a_day_the_calendar_fixes_dates_the_death(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    "body",
    [
        "HALLOWMERE DOMESTIC ABUSE AND SEXUAL VIOLENCE PARTNERSHIP",
        "Hallowmere Domestic Abuse and Sexual Violence Partnership Board",
    ],
)
def test_a_domestic_abuse_and_sexual_violence_partnership_gives_the_area(body):
    text = (
        f"{body}\n\nDOMESTIC HOMICIDE REVIEW – 'ELIN'\nOVERVIEW REPORT\n\n"
        "Chair and author: Barnaby Okoro-Lindahl\n\n"
        "Elin, aged 39, was killed by her husband in Hallowmere on White Ribbon Day 2019, the\n"
        "International Day for the Elimination of Violence against Women.\n"
    )
    review = _review(text)
    assert (review.area, review.date_of_death.start) == ("Hallowmere", "2019-11-25")


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on the evening of Grand National day 2019, after watching the race at a pub", "2019-04-06"),
        ("on the day of the 2022 Grand National", "2022-04-09"),
        ("on Notting Hill Carnival Sunday in 2018", "2018-08-26"),
        ("on the Sunday of the Notting Hill Carnival in 2023", "2023-08-27"),
        # (the year printed inside the event's name)
        ("on Carnival Sunday of the 2019 Notting Hill Carnival", "2019-08-25"),
        ("late on the Sunday of the 2024 Notting Hill Carnival", "2024-08-25"),
    ],
)
def test_a_death_on_the_day_of_an_event_held_on_a_different_day_each_year(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize("told", ["on Grand National day 2020", "on Notting Hill Carnival Sunday 2021"])
def test_an_event_not_held_in_the_year_printed_names_no_day(told):
    # (the 2020 Grand National was cancelled; the carnival was not held in the streets in 2020 or 2021)
    assert all(d.value.precision != "day" for d in find_dates(told, load_patterns()))


@pytest.mark.parametrize(
    ("told", "month"),
    [
        ("during the Easter school holidays in 2019", "2019-04"),
        ("over the Easter holidays of 2022", "2022-04"),
    ],
)
def test_a_death_in_the_easter_school_holidays_is_dated_by_its_month(told, month):
    assert _review(_death_told(told)).date_of_death.start == month


def test_easter_holidays_running_over_from_march_give_no_month():
    # (Easter Sunday 4 April 2021: the fortnight about it began in March)
    death = _review(_death_told("over the Easter holidays of 2021")).date_of_death
    assert death is None or death.start == "2021"


@pytest.mark.parametrize(("printed", "day"), [("14 09 2021", "2021-09-14"), ("03 11 2020", "2020-11-03")])
def test_a_date_of_death_in_figures_parted_by_spaces(printed, day):
    text = (
        "Larkhaven Safeguarding Adults Board\nSafeguarding Adults Review: Mr T\n\n"
        f"Name used in this review:   Mr T\nAge at death:               81\nDate of death:              {printed}\n"
        "Independent reviewer:       Wilfred Osei-Grantham\n"
    )
    assert _review(text).date_of_death.start == day


@pytest.mark.parametrize(
    "author",
    ["Rhodri ap Gruffydd", "Nia ferch Ifan", "Siôn ab Owain"],
)
def test_a_welsh_patronymic_author(author):
    text = (
        "Cwmderw Community Safety Partnership\n\nDomestic Homicide Review: 'Anest'\nOverview Report\n\n"
        f"Independent Chair and Author: {author}\n\n"
        "Anest was 52 when she was killed by her partner at their home in Cwmderw on 2 March 2021.\n"
    )
    assert _review(text).author == author


@pytest.mark.parametrize(
    "credit",
    [
        "The panel was chaired, and the overview report written, by Ottoline Baptiste-Moreau.",
        "This review was chaired, and its report prepared, by Ottoline Baptiste-Moreau.",
    ],
)
def test_an_author_credited_in_a_clause_set_off_by_commas(credit):
    text = (
        "Quarrendon Safer Communities Partnership\n\nDomestic Homicide Review into the death of 'Lowri'\n\n"
        "1. Introduction\n1.1 Lowri, 29, was killed by her partner at their flat in Quarrendon on 12 May 2021.\n"
        f"1.2 {credit}\n"
    )
    assert _review(text).author == "Ottoline Baptiste-Moreau"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "Efa married her husband at a chapel in Tregarrow on 19 June 2011. He killed her at their\n"
            "home on their tenth wedding anniversary.",
            "2021-06-19",
        ),
        (
            "The couple had married on 2 May 2018, after meeting at work. On their 3rd wedding\n"
            "anniversary Efa was killed by her husband at their home in Tregarrow.",
            "2021-05-02",
        ),
        (
            "Efa was killed by her husband at their home in Tregarrow on their tenth wedding anniversary.",
            None,
        ),
    ],
)
def test_a_death_on_a_wedding_anniversary_counted_from_the_wedding_day(told, day):
    text = (
        "Tregarrow Community Safety Partnership\n\nDomestic Homicide Review: 'Efa'\n\n"
        f"Independent author: Percival Osei-Hartnell\n\n1. The circumstances\n1.1 {told}\n"
    )
    found = _review(text).date_of_death
    assert (found.start if found and found.precision == "day" else None) == day
