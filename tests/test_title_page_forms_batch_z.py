"""Cover forms the batch z of title pages showed (tests/title_pages_blind/README.md), each written
here in other words with fictional people and places: deaths dated by a named day whose date in
the stated year is a fact of that year rather than a rule (a bank holiday moved for a jubilee or
an anniversary, a census day, Lunar New Year, a general election, the hottest day on record)."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.dates import find_dates


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death_told(told: str) -> str:
    return (
        "Brackenholt Community Safety Partnership\nDomestic Homicide Review – 'Gwenllian'\n\n"
        "Independent author: Casimir Oyelaran-Whitby\n\n"
        f"Gwenllian, 52, was killed by her son at her home in Brackenholt {told}.\n"
        "The review was commissioned in the following autumn.\n"
    )


@pytest.mark.parametrize(
    ("told", "day"),
    [
        # moved that year to the Thursday of the Platinum Jubilee weekend (usually Monday 30 May)
        ("on the late May bank holiday in 2022, which fell that year on a Thursday", "2022-06-02"),
        ("over the spring bank holiday of 2012", "2012-06-04"),  # (the Diamond Jubilee; not 28 May)
        ("on the spring bank holiday 2002", "2002-06-04"),  # (the Golden Jubilee; not 27 May)
        # moved that year to Friday 8 May for VE Day's 75th anniversary (usually Monday 4 May)
        ("on the early May bank holiday in 2020", "2020-05-08"),
        ("on the spring bank holiday in 2021", "2021-05-31"),  # (a year kept by the usual rule)
        ("on the early May bank holiday in 2019", "2019-05-06"),
    ],
)
def test_a_named_day_moved_in_a_stated_year_is_the_day_it_moved_to(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("in the early hours of Census Day 2011", "2011-03-27"),
        ("late on the evening of Chinese New Year in 2019", "2019-02-05"),
        ("on the first day of Lunar New Year in 2024", "2024-02-10"),
        ("on the day after the June 2017 general election", "2017-06-09"),
        ("on the day of the 2015 general election", "2015-05-07"),
        ("on the night before the July 2024 general election", "2024-07-03"),
        ("on the hottest day on record in the UK, in July 2019", "2019-07-25"),
    ],
)
def test_a_death_on_a_one_off_national_day_of_a_stated_year(told, day):
    assert _review(_death_told(told)).date_of_death.start == day


@pytest.mark.parametrize(
    "told",
    ["on Census Day 2016", "on the day of the 2018 general election", "on the hottest day of 2014"],
)
def test_a_one_off_day_named_with_a_year_it_did_not_fall_in_names_no_day(told):
    found = find_dates(told, load_patterns())
    assert all(d.value.precision != "day" for d in found)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Safeguarding Adults Review ID: BSAB-SAR-20230214", "BSAB-SAR-20230214"),
        ("DHR ID: TCSP-DHR-20191103", "TCSP-DHR-20191103"),
    ],
)
def test_a_review_id_under_an_id_label_is_read_whole(label, code):
    # (a partnership's practice of numbering a review by the homicide's date)
    text = (
        "Tollerby Community Safety Partnership\n"
        f"{label}\n\nOverview Report – 'Carys'\n\nIndependent author: Wilhelmina Achterberg-Osei\n\n"
        "Carys, aged 61, was killed by her husband at their home in Tollerby on 3 November 2019.\n"
    )
    assert _review(text).review_id == code


@pytest.mark.parametrize(
    "body",
    [
        "Wexcombe, Aldry and Penhallow Safeguarding Adults Board",
        "Wexcombe, Aldry and Penhallow Community Safety Partnership",
    ],
)
def test_a_council_named_by_three_places_is_the_whole_area(body):
    text = (
        f"{body}\n\nSafeguarding Adults Review: 'Doreen'\n\nReviewer: Anselm Ngata-Whitlow\n\n"
        "Doreen was 71 and lived in Aldry. She died on 4 October 2021.\n"
    )
    assert _review(text).area == "Wexcombe, Aldry and Penhallow"


@pytest.mark.parametrize(
    "cover",
    [
        "safer\nquenbury\ntogether\n\ndomestic homicide review\n",
        "Domestic Homicide Review\n",
    ],
)
def test_a_partnerships_together_wordmark_word_is_no_part_of_the_place(cover):
    text = (
        f"{cover}\n'Adaeze' (aged 33)\n\nWritten by Torvald Abernethy-Osei, independent chair\n\n"
        "Adaeze was killed by her former partner at her flat in Quenbury on 8 March 2022. The review was\n"
        "commissioned by the Safer Quenbury Together Partnership.\n"
    )
    assert _review(text).area == "Quenbury"


@pytest.mark.parametrize(
    "board",
    [
        "Carnwick Multi-Agency Public Protection Arrangements\nStrategic Management Board",
        "Carnwick MAPPA Strategic Management Board",
    ],
)
def test_a_mappa_boards_place_is_the_area(board):
    text = (
        f"{board}\n\nMAPPA Serious Case Review\nOffender K\n\nReviewer: Ignatius Holloway-Mbeki\n\n"
        "On 12 June 2021 Offender K, who was managed at MAPPA level 2, seriously assaulted a woman he\n"
        "had met at a day centre. The Board commissioned this review under the MAPPA Guidance.\n"
    )
    assert _review(text).area == "Carnwick"


def test_the_addressee_of_a_letter_appointing_the_author_is_the_author():
    text = (
        "Hessleford Community Safety Partnership\n"
        "Civic Centre, Bridge Street, Hessleford\n\n"
        "Our ref: HCSP/DHR/2021/02\n3 March 2021\n\n"
        "Mr Desmond Achebe-Lindgren\nBy email\n\n"
        "Dear Mr Achebe-Lindgren\n\n"
        "Domestic Homicide Review: 'Tamsin'\n\n"
        "Thank you for agreeing to act as Independent Chair and Author of the review. This letter confirms\n"
        "your appointment as Independent Chair and Author of the Domestic Homicide Review into the death\n"
        "of Tamsin, who was killed at her home in Hessleford on 2 January 2021.\n\n"
        "Yours sincerely\n\n"
        "Philippa Strand\n"
        "Chair, Hessleford Community Safety Partnership\n"
    )
    assert _review(text).author == "Desmond Achebe-Lindgren"


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        (
            "Lead reviewer:\nThe Lord Pemberton-Achebe of Castlemarsh (Julian Pemberton-Achebe)",
            "Julian Pemberton-Achebe",
        ),
        ("Independent author: Baroness Okonjo-Harte of Wexby (Miriam Okonjo-Harte)", "Miriam Okonjo-Harte"),
    ],
)
def test_a_life_peers_own_name_in_brackets_after_the_title_is_the_author(credit, name):
    text = (
        "Fennick Safeguarding Adults Board\n\nSafeguarding Adults Review\n'Mrs Odell'\n\n"
        f"{credit}\n\nPublished: May 2023\n\n"
        "Mrs Odell was 90 and lived in a care home in Fennick. She died in hospital on 2 June 2021.\n"
    )
    review = _review(text)
    assert (review.author, review.area) == (name, "Fennick")


def test_a_council_named_by_three_places_after_commissioned_by_is_the_whole_area():
    text = (
        "Safeguarding Adults Review: 'Doreen'\n\nReviewer: Anselm Ngata-Whitlow\n\n"
        "This review was commissioned by Wexcombe, Aldry and Penhallow Safeguarding Adults Board.\n"
        "Doreen was 71 and lived in Aldry. She died on 4 October 2021.\n"
    )
    assert _review(text).area == "Wexcombe, Aldry and Penhallow"


def test_a_safer_together_partnerships_place_before_its_name_is_the_area():
    text = (
        "Quenbury Safer Together Partnership\n\nDHR Recommendations Tracker\n\n"
        "Recommendation 1: Quenbury Police to make sure that the referral pathway is reviewed.\n"
    )
    assert _review(text).area == "Quenbury"
