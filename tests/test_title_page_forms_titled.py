"""Cover forms the blind batch o of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with generated fictional names: a judge's or a retired police officer's
title before the author's name and "KC (retired)" after it, a label "Review author(s):", a
double-barrelled surname broken at its hyphen over two lines, a cover's labels printed as one block
and their values as the next, a record system's year-first date, a death told by its weekday after a
dated assault, a letter-spaced title, a discretionary review's own code after its title, and an
earlier review's id told in the cover's prose before this review's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract
from dhrparse.vocab.dates import find_dates

GIVEN = ["Rowena", "Ifeoma", "Torben", "Anselm", "Maribel", "Cathal", "Perpetua", "Lorcan"]
FAMILY = ["Ashdown-Pryce", "Okoro", "Villiers", "Brannagh", "Tesfaye", "Holloway-Kerr", "Quennell"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)

COVER = "Pellingford Community Safety Partnership\n\nDomestic Homicide Review\n\n'Odile'\n\n"
BODY = "\n1. Introduction\n\n1.1 Odile was 58. She died at her home on 9 June 2022.\n"


def _review(text: str):
    return extract(text, name="cover.txt").review


@settings(max_examples=20, deadline=None)
@given(
    name=names,
    title=st.sampled_from(
        [
            "His Honour",
            "Her Honour Judge",
            "Detective Chief Superintendent (retd)",
            "Chief Inspector (retired)",
        ]
    ),
    after=st.sampled_from(["", " KC (retired)", " QPM (rtd)", " QC"]),
    below=st.booleans(),
)
def test_a_title_or_rank_before_the_name_and_letters_after_it_are_not_the_name(name, title, after, below):
    role = "Independent chair and author:" + ("\n" if below else " ")
    assert _review(COVER + role + f"{title} {name}{after}\n" + BODY).author == name


@pytest.mark.parametrize("label", ["Review author(s):", "Author(s):", "Report writer(s):"])
def test_a_label_allowing_for_several_authors_names_the_one_given(label):
    assert _review(COVER + f"{label} Cathal Brannagh\n" + BODY).author == "Cathal Brannagh"


@pytest.mark.parametrize("given_name", ["Perpetua", "Anselm"])
def test_a_surname_broken_at_its_hyphen_over_two_lines_is_one_name(given_name):
    cover = COVER + f"Independent Chair and Author: {given_name} Holloway-\nKerrigan\n"
    assert _review(cover + BODY).author == f"{given_name} Holloway-Kerrigan"


def test_a_cover_table_printed_labels_first_then_values_pairs_them_up():
    cover = (
        "Pellingford Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        "Victim\n\nAge\n\nDate of death\n\nReviewer\n\nReport status\n\n"
        "'Odile'\n\n58\n\n9 June 2022\n\nTorben Quennell\n\nFinal\n\n"
        "1. Introduction\n\n1.1 Odile lived alone after her husband left.\n"
    )
    review = _review(cover)
    assert review.author == "Torben Quennell"
    assert review.date_of_death.start == "2022-06-09"


@pytest.mark.parametrize(
    ("text", "day"),
    [("Date of death: 2022 Jun 09", "2022-06-09"), ("2019 Feb 28 Police attended", "2019-02-28")],
)
def test_a_record_systems_year_first_date_is_a_day(text, day):
    assert [d.value.start for d in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["In 2021 May 05 people were seen", "By 2020 March 12:30 was set"])
def test_a_year_before_a_month_and_a_count_is_no_day(text):
    assert all(d.value.precision != "day" for d in find_dates(text))


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "was stabbed on the night of Friday 3 June 2022. She died in hospital in the early hours of Saturday.",
            "2022-06-04",
        ),
        ("was attacked on Monday 6 June 2022 and died on the following Thursday.", "2022-06-09"),
    ],
)
def test_a_death_told_by_its_weekday_after_a_dated_assault(told, day):
    body = f"\n1. Introduction\n\n1.1 Odile, 58, {told}\n"
    assert _review(COVER + "Author: Maribel Okoro\n" + body).date_of_death.start == day


def test_a_letter_spaced_title_names_the_review_type():
    cover = "Pellingford Community Safety Partnership\n\nD O M E S T I C   H O M I C I D E   R E V I E W\n\n"
    assert _review(cover + "Author: Maribel Okoro\n" + BODY).review_type == "DHR"


def test_a_discretionary_reviews_own_code_after_its_title_is_its_id():
    cover = "Pellingford Safeguarding Adults Board\n\nLearning Review AR-12\n\n(a discretionary review)\n\n"
    assert _review(cover + "Lead reviewer: Maribel Okoro\n" + BODY).review_id == "AR-12"


def test_an_earlier_reviews_id_told_in_the_covers_prose_is_not_this_reviews():
    cover = (
        "Pellingford Community Safety Partnership\n\n"
        "In 2015 the Partnership published DHR 2014/02, which looked at the death of Odile's\n"
        "sister. Some of its findings are relevant again here.\n\n"
        "Domestic Homicide Review DHR 2022/07 – 'Odile'\n\n"
    )
    assert _review(cover + "Author: Maribel Okoro\n" + BODY).review_id == "DHR 2022/07"
