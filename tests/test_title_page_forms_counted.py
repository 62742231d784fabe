"""Cover and preface forms the blind batch h of title pages showed (tests/title_pages_blind/README.md),
written here in other words with other fictional names: a title broken over two cover lines, a kind
of review named only by the letters of its identifier, "A report by" with the name below it, the
author named before "is the author of this report", a numbered paragraph under its heading, a death
counted from the day the passage told before it, and a day of the month spelled out."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death(text: str):
    d = _review(text).date_of_death
    return d.start if d else None


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("DOMESTIC HOMICIDE", "REVIEW", "DHR"),
        ("SAFEGUARDING ADULTS", "REVIEW", "SAR"),
        ("Domestic Abuse Related", "Death Review", "DHR"),
    ],
)
def test_a_title_broken_over_two_cover_lines_names_its_kind(first, second, kind):
    cover = f"Tenterbury\n\n{first}\n\n{second}\n\n'Lorna'\n\nAuthor – Wilfred Ashcombe\n\nMay 2020\n"
    body = "\n1. Summary\n\nLorna was killed at her flat on 2nd June 2018 by her son.\n"
    assert _review(cover + body).review_type == kind


@pytest.mark.parametrize(
    ("rid", "kind"), [("DHR007", "DHR"), ("SAR-2022-04", "SAR"), ("LCSPR 3/2023", "SCR")]
)
def test_the_letters_of_the_identifier_name_the_kind_when_no_words_do(rid, kind):
    cover = f"{rid}\n\nSELBROOK PARTNERSHIP\n\nReport into the death of 'Tess'\n\nWritten by Odette Farrier\n"
    body = "\n1 Introduction\n\nTess died at her home on 12/03/2021.\n"
    assert _review(cover + body).review_type == kind


def test_an_identifier_without_the_letters_of_a_kind_names_none():
    cover = "SPB 2021-07\n\nSELBROOK PARTNERSHIP\n\nReport into the death of 'Tess'\n\nWritten by Odette Farrier\n"
    assert _review(cover + "\n1 Introduction\n\nTess died at her home on 12/03/2021.\n").review_type is None


@pytest.mark.parametrize("label", ["A report by", "Report by", "A review by"])
def test_a_report_by_label_names_the_person_below_it(label):
    cover = (
        "Gorsemere Safeguarding Adults Board\n\nSafeguarding Adults Review\n\nHarold\n\n"
        f"{label}\n\nMeredith Quarrington\n\nfor the Gorsemere Safeguarding Adults Board\n\nJune 2022\n"
    )
    assert _review(cover).author == "Meredith Quarrington"


def test_a_letter_written_by_someone_is_not_the_author():
    text = (
        "Gorsemere Safeguarding Adults Board\n\nSafeguarding Adults Review\n\nHarold\n\n"
        "1. Harold's daughter sent a letter written by\nBeatrice Holloway to the care home.\n"
    )
    assert _review(text).author is None


@pytest.mark.parametrize(
    "sentence",
    [
        "1.3 Crispin Mowbray (Independent Chair) is the author of this report.",
        "Crispin Mowbray, the independent chair, was the writer of the overview report.",
    ],
)
def test_the_author_named_before_is_the_author_of_this_report(sentence):
    text = f"Fenwick Community Safety Partnership\n\nDomestic Homicide Review\n\n'Gwen'\n\n1 Introduction\n\n{sentence}\n"
    assert _review(text).author == "Crispin Mowbray"


def test_a_numbered_paragraph_under_its_heading_keeps_its_opening_date():
    text = (
        "Fenwick Community Safety Partnership\nDomestic Homicide Review\n'Gwen and Ivy'\n"
        "Author: Crispin Mowbray\n"
        "1 What happened and why the partnership held this review\n"
        "1.1 On 8 August 2020 Gwen, aged 70, and her sister Ivy, aged 66, were killed at the house\n"
        "they shared, by Gwen's grandson. He was later found unfit to plead.\n"
    )
    assert _death(text) == "2020-08-08"


@pytest.mark.parametrize(
    ("told", "want"),
    [
        ("She died in hospital six days later, on 21 March.", "2019-03-21"),
        ("She died in hospital six days later.", "2019-03-21"),
        ("She died in hospital on 21 March, with her sister beside her.", "2019-03-21"),
    ],
)
def test_a_death_counted_from_the_day_told_before(told, want):
    text = (
        "Fenwick Community Safety Partnership\nDomestic Homicide Review\n'Gwen'\n\n"
        "Summary\n\nOn 15 March 2019 Gwen was pushed down the stairs by her husband at their home. "
        f"She was taken to the regional trauma unit. {told} Her husband was convicted in 2020.\n"
    )
    assert _death(text) == want


def test_a_death_counted_from_a_month_alone_is_not_made_a_day():
    text = (
        "Fenwick Community Safety Partnership\nDomestic Homicide Review\n'Gwen'\n\n"
        "Summary\n\nIn March 2019 Gwen was pushed down the stairs by her husband at their home. "
        "She was taken to the regional trauma unit. She died in hospital six days later.\n"
    )
    assert _death(text) is None


@pytest.mark.parametrize(
    ("spelled", "want"),
    [("the first of December 2019", "2019-12-01"), ("the twenty-third of April 2018", "2018-04-23")],
)
def test_a_day_spelled_out_dates_the_death_to_the_day(spelled, want):
    text = (
        "Gorsemere Safeguarding Adults Board\n\nSafeguarding Adults Review\n\nHarold\n\n"
        f"1. Introduction\n\n1.1 Harold died at Gorsemere Hospice on {spelled}, aged 91.\n"
    )
    assert _death(text) == want
