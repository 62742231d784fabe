"""Cover forms the blind batch w of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with fictional people and places: a death dated by a named day whose
date follows from the year (a fixed day, the nth weekday of a month, a day counted from Easter), a
death told after a long clause dating the incident ("... on the night of <day> with burns and died
there before dawn"), a case system's date field labelled month first, a key-dates list counted from
the incident, an adult serious case review from before the Care Act."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract


def _review(text: str):
    return extract(text, name="cover.txt").review


@pytest.mark.parametrize(
    ("named_day", "day"),
    [
        ("Hogmanay 2019", "2019-12-31"),
        ("St David's Day 2020", "2020-03-01"),
        ("St Andrews Day 2023", "2023-11-30"),
        ("Armistice Day 2018", "2018-11-11"),
        ("Remembrance Sunday 2022", "2022-11-13"),  # the second Sunday of November
        ("Remembrance Sunday 2019", "2019-11-10"),
        ("Father's Day 2021", "2021-06-20"),  # the third Sunday of June
        ("Fathers Day 2023", "2023-06-18"),
        ("Mothering Sunday 2020", "2020-03-22"),  # three weeks before Easter Sunday
        ("Shrove Tuesday 2019", "2019-03-05"),
        ("the Spring Bank Holiday 2021", "2021-05-31"),  # the last Monday of May
        ("the Early May Bank Holiday 2022", "2022-05-02"),  # the first Monday of May
    ],
)
def test_a_death_dated_by_a_named_day_takes_the_day_of_that_year(named_day, day):
    text = (
        "Brackenfold Community Safety Partnership\n\nDomestic Homicide Review\n'Lorraine'\n\n"
        f"Author: Perpetua Ikwuemesi\n\nLorraine, 57, was killed by her husband at their home on {named_day}.\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_death_the_day_after_a_named_day():
    text = (
        "Glenmorrach Adult Protection Committee\n\nLearning Review\n'Mrs T'\n\n"
        "Mrs T was 79. A neighbour found her collapsed in her garden on Burns Night 2024 and she\n"
        "died in the infirmary the following day.\n"
    )
    assert _review(text).date_of_death.start == "2024-01-26"


def test_a_month_with_no_fifth_such_weekday_gives_no_day():
    from dhrparse.vocab.moveable_feasts import nth_weekday

    assert nth_weekday(2022, 2, "monday", 5) is None
    assert nth_weekday(2022, 2, "monday", -1).isoformat() == "2022-02-28"


@pytest.mark.parametrize(
    ("dated", "day"),
    [
        ("on the night of Bonfire Night 2020", "2020-11-05"),
        ("in the late afternoon of 14 February 2021", "2021-02-14"),
    ],
)
def test_a_death_told_after_a_long_clause_dating_the_incident(dated, day):
    text = (
        "Ferrisby Safeguarding Children Partnership\n\nChild Safeguarding Practice Review\nChild M\n\n"
        "Summary\nChild M was eleven months old. Paramedics carried her from the family's flat in Ferrisby "
        f"{dated} with severe burns and she died\nthere within the hour.\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_death_after_a_long_dated_clause_that_moves_on_is_not_dated_by_it():
    text = (
        "Ferrisby Safeguarding Adults Board\n\nSafeguarding Adults Review\n'Dennis'\n\n"
        "Dennis was admitted to Ferrisby General Hospital after a fall at his bungalow on 3 March 2021 "
        "with a broken hip and died some weeks later of pneumonia.\n"
    )
    assert _review(text).date_of_death is None or _review(text).date_of_death.start != "2021-03-03"


@pytest.mark.parametrize(
    ("printed", "day"),
    [("(MM/DD/YYYY):   03/11/2023", "2023-03-11"), ("(mm/dd/yy)\t11-03-23", "2023-11-03")],
)
def test_a_date_of_death_label_saying_month_first_is_read_month_first(printed, day):
    text = (
        "Corriebank Safeguarding Adults Board – case record export\n\n"
        "SAR reference:    CSAB-SAR-23-02\nAdult:    'Wilfred', age 70\n"
        f"Date of death {printed}\nDate notified (MM/DD/YYYY):   05/30/2023\n"
        "Reviewer:    Henrietta Oyelaran-Skeet\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_date_of_death_label_saying_day_first_stays_day_first():
    text = "Corriebank Safeguarding Adults Board\n\nSAR 'Wilfred'\nDate of death (DD/MM/YYYY): 03/11/2023\n"
    assert _review(text).date_of_death.start == "2023-11-03"


def test_a_key_dates_list_counting_days_from_the_incident_dates_the_death_by_its_own_line():
    text = (
        "Harlowmere Community Safety Partnership\nDomestic Homicide Review HCSP/DHR/2022/05 – 'Bernadette'\n\n"
        "Key dates (day 0 is the day of the fire)\n"
        "Day 0:  Fri 02.09.2022  Bernadette's flat set alight by her son; she is taken to the burns unit\n"
        "Day 2:  Sun 04.09.2022  Son remanded in custody\n"
        "Day 6:  Thu 08.09.2022  Bernadette died on the burns unit\n"
        "Day 20:  Thu 22.09.2022  Partnership decided to hold a review\n"
    )
    assert _review(text).date_of_death.start == "2022-09-08"


@pytest.mark.parametrize(
    "title",
    [
        "ADULT SERIOUS CASE REVIEW",
        "Serious Case Review (Adult)",
        "Serious Case Review – Adults",
        "Adults' Serious Case Review",
    ],
)
def test_an_adults_serious_case_review_from_before_the_care_act_is_a_sar(title):
    text = (
        f"Mossgarth Safeguarding Adults Board\n\n{title}\nconcerning Mr D\n\n"
        "Overview author: Benedikt Aaltonen-Sowande\nPresented to the Board: 9 October 2012\n\n"
        "Mr D was a 67-year-old man with a learning disability who lived in a supported living scheme.\n"
    )
    assert _review(text).review_type == "SAR"


@pytest.mark.parametrize(
    "title", ["SERIOUS CASE REVIEW", "Serious Case Review (Child F)", "Serious Case Review: Family R"]
)
def test_a_childs_serious_case_review_stays_an_scr(title):
    text = (
        f"Mossgarth Local Safeguarding Children Board\n\n{title}\n\n"
        "Overview author: Benedikt Aaltonen-Sowande\n\nChild F was four months old when she died.\n"
    )
    assert _review(text).review_type == "SCR"


@pytest.mark.parametrize(
    "sentence",
    [
        "The review panel considered a statement that was written by Horatio Blanchflower, Ruth's brother.",
        "The panel were given a letter written by Imelda Strachan-Oyelowo, who had been Ruth's neighbour.",
        "This report includes a poem written by Cosmo Ferreira-Lund, Ruth's son, which the family asked to be read.",
    ],
)
def test_a_piece_of_writing_the_panel_read_names_its_writer_not_the_author(sentence):
    text = f"Domestic Homicide Review\n'Ruth'\n\nRuth, 52, was killed by her husband in March 2021.\n{sentence}\n"
    assert _review(text).author is None


def test_the_report_written_by_someone_still_names_its_author():
    text = "Domestic Homicide Review\n'Ruth'\n\nThis overview report was written by Imelda Strachan, an independent consultant.\n"
    assert _review(text).author == "Imelda Strachan"


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        (
            ["Title:  Ms", "Forename(s):  Rosalind Eluned", "Surname:  Pennington-Achebe"],
            "Rosalind Eluned Pennington-Achebe",
        ),
        (["Given name: Tobias", "Initials: T.J.", "Family name: Varga"], "Tobias Varga"),
        (["First name - Halima", "Last name - Oduya-Strand"], "Halima Oduya-Strand"),
    ],
)
def test_a_reviewer_named_in_separate_name_fields_under_the_role(fields, name):
    rows = "\n".join(f"    {f}" for f in fields)
    text = (
        "SAFEGUARDING ADULTS REVIEW – NOTIFICATION FORM\n\n"
        "Board:             Quarrendon Safeguarding Adults Board\nAdult:             'Ernest'\n\n"
        f"Lead Reviewer\n{rows}\nReviewer's organisation:   independent\n"
    )
    assert _review(text).author == name


def test_a_surname_field_alone_names_no_author():
    text = (
        "SAFEGUARDING ADULTS REVIEW – NOTIFICATION FORM\n\nBoard: Quarrendon Safeguarding Adults Board\n\n"
        "Lead Reviewer\n    Title: Mr\n    Surname: Varga\n    Telephone: 01632 960 118\n"
    )
    assert _review(text).author is None
