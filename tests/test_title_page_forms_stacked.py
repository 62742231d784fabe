"""Cover and preface forms the blind batch g of title pages showed (tests/title_pages_blind/README.md),
written here in other words with other fictional names: a place in capitals broken over two cover
lines, a doctorate after the author's name, a report "prepared for" a body "by" its author, two
titles stacked without a joining word, a case code alone on the cover, a letter's own reference
bound in before the cover, a word printed after a labelled reference, and deaths told without a
date of their own after the sentence that dates the incident."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract

PREFACE = (
    "\n\nPreface\n\nThe members of the {body} Community Safety Partnership offer their sympathy to "
    "Ruth's family.\n\nRuth was 52. She was killed at her home by her husband on 14 June 2021.\n"
)


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death(text: str):
    d = _review(text).date_of_death
    return d.start if d else None


@pytest.mark.parametrize("compass", ["NORTH", "WEST", "UPPER"])
def test_a_place_in_capitals_over_two_cover_lines_is_read_whole(compass):
    place = "Pellowgate"
    cover = f"{compass}\n{place.upper()}\n\nCOMMUNITY SAFETY PARTNERSHIP\n\nDOMESTIC HOMICIDE REVIEW\n"
    body = PREFACE.format(body=f"{compass.title()} {place}")
    assert _review(cover + body).area == f"{compass.title()} {place}"


def test_a_capitals_word_above_the_place_stays_out_unless_the_report_prints_it_with_the_place():
    cover = "NORTH\nPELLOWGATE\n\nCOMMUNITY SAFETY PARTNERSHIP\n\nDOMESTIC HOMICIDE REVIEW\n"
    assert _review(cover + PREFACE.format(body="Pellowgate")).area == "Pellowgate"


@pytest.mark.parametrize("letters", ["PhD, MSc", "PhD", "DPhil, RMN"])
def test_a_doctorate_after_the_name_is_not_part_of_the_surname(letters):
    cover = f"Domestic Homicide Review\n\nAuthor Dr Celestine Marwood {letters} Independent Chair\n"
    assert _review(cover + PREFACE.format(body="Brackenfold")).author == "Celestine Marwood"


@pytest.mark.parametrize("verb", ["Prepared", "Written", "Produced"])
def test_a_report_prepared_for_a_body_by_its_author(verb):
    cover = (
        "Domestic Homicide Review\n'Ruth'\n\n"
        f"{verb} for the Brackenfold Community Safety Partnership by Idris Kettering, independent consultant\n"
    )
    assert _review(cover + PREFACE.format(body="Brackenfold")).author == "Idris Kettering"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("DOMESTIC HOMICIDE REVIEW", "SAFEGUARDING ADULTS REVIEW"),
        ("Safeguarding Adults Review", "Domestic Homicide Review"),
    ],
)
def test_two_titles_stacked_without_a_joining_word_make_a_joint_review(first, second):
    cover = f"BRACKENFOLD COMMUNITY SAFETY PARTNERSHIP\nBRACKENFOLD SAFEGUARDING ADULTS BOARD\n\n{first}\n{second}\n"
    assert _review(cover + PREFACE.format(body="Brackenfold")).review_type == "joint"


def test_one_title_over_its_own_abbreviation_is_not_joint():
    cover = "Brackenfold Community Safety Partnership\n\nDomestic Homicide Review\nDHR\n"
    assert _review(cover + PREFACE.format(body="Brackenfold")).review_type == "DHR"


@pytest.mark.parametrize("code", ["TQ22", "HX7", "No. RB9"])
def test_a_case_code_alone_on_the_cover_is_the_review_id(code):
    cover = f"Brackenfold Safeguarding Children Partnership\n\nSERIOUS CASE REVIEW\n\nCase {code}\n"
    assert _review(cover + PREFACE.format(body="Brackenfold")).review_id == code.removeprefix("No. ")


def test_a_letters_own_reference_before_the_cover_is_not_the_reviews():
    letter = "Home Office\n\nOur reference: PPU/2024/0112\n\nDear Chair,\n\nThank you for the report.\n\n"
    cover = "Brackenfold Community Safety Partnership\n\nDomestic Homicide Review\nBrackenfold DHR 4/2021\n"
    assert _review(letter + cover + PREFACE.format(body="Brackenfold")).review_id in (
        "DHR 4/2021",
        "Brackenfold DHR 4/2021",
    )


@pytest.mark.parametrize("after", ["RESTRICTED until published", "OFFICIAL SENSITIVE", "FINAL"])
def test_a_word_printed_after_a_labelled_reference_is_not_part_of_it(after):
    cover = f"Ref: BCSP-DHR-2021-03      {after}\n\nBrackenfold Community Safety Partnership\n\nDomestic Homicide Review\n"
    assert _review(cover + PREFACE.format(body="Brackenfold")).review_id == "BCSP-DHR-2021-03"


COVER = "Brackenfold Community Safety Partnership\n\nDomestic Homicide Review\n\n1. Introduction\n\n"


@pytest.mark.parametrize(
    "story",
    [
        # the death told at the place of the attack the sentence before dates
        "1.1 Ruth was 52. On\n3 February 2021 her husband attacked her in the kitchen of their home.\nRuth died at the house; he was arrested there.\n",
        "1.1 On the night of 3 February 2021 neighbours heard shouting and called the police.\nOfficers forced the door, and Ruth was pronounced dead at the scene.\n",
        # "that morning", without "later"
        "1.1 On 3 February 2021 her son found her unconscious in the hallway and rang 999.\nShe could not be revived. She died that morning.\n",
    ],
)
def test_a_death_without_its_own_date_takes_the_incident_told_just_before(story):
    assert _death(COVER + story) == "2021-02-03"


def test_the_first_death_told_at_the_scene_outranks_a_later_dated_death():
    story = (
        "1.1 This review looks at the deaths of Ruth and of her husband, Glyn. On the evening of\n"
        "3 February 2021 Glyn attacked Ruth at their home and set fire to the house. Ruth\n"
        "died at the scene. Glyn was taken to hospital with burns and died there on\n"
        "6 February 2021.\n"
    )
    assert _death(COVER + story) == "2021-02-03"


def test_a_later_move_in_time_still_gives_the_deaths_own_date():
    story = "1.1 On 3 February 2021 Ruth was assaulted at home. She died in hospital on 9 February 2021.\n"
    assert _death(COVER + story) == "2021-02-09"
