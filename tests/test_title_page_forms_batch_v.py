"""Cover forms the blind batch v of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with generated fictional names: characters a word processor keeps
inside words that print as nothing (soft hyphens, zero-width spaces) or as a plain hyphen (a
non-breaking one), and a place's or a month's name hyphenated over a line break."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.extractors.review.hyphen_breaks import rejoined
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

GIVEN = ["Tamsin", "Obadiah", "Ngozi", "Rhodri", "Philippa", "Idris"]
FAMILY = ["Marchetti-Boateng", "Quarrie", "Holloway-Sesay", "Dunmore", "Achterberg"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)
# a place and where a justified line breaks it
broken_places = st.sampled_from([("Thornwick", 5), ("Ashbourne", 3), ("Kelderby", 6), ("Marlstone", 4)])


def _review(text: str):
    return extract(text, name="cover.txt").review


@settings(max_examples=6, deadline=None)
@given(name=names)
def test_soft_hyphens_zero_width_spaces_and_non_breaking_hyphens_read_as_printed(name):
    shy, zwsp, nbhy = "\u00ad", "\u200b", "\u2011"
    given_name, family = name.split(" ", 1)
    printed = given_name[:3] + shy + given_name[3:] + " " + family.replace("-", nbhy)
    text = (
        f"Dunmor{shy}ton Safe{shy}guarding Adults Board\nSafe{shy}guarding Adults Review: 'Cyril'\n"
        f"Lead reviewer: {printed}\n\nCyril, 71, died on 1{zwsp}6 October 2022 in a care home where he had "
        "lived for a year.\n"
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (name, "Dunmorton", "2022-10-16")


@settings(max_examples=6, deadline=None)
@given(broken=broken_places, name=names)
def test_a_place_hyphenated_over_a_line_break_is_read_whole(broken, name):
    place, at = broken
    text = (
        "Domestic Homicide Review\nOverview Report: 'Lorna'\n\nThe Safer "
        f"{place[:at]}-\n{place[at:]} Partnership commissioned this review when Lorna,\n"
        f"aged 44, was killed. {name}, the independent chair, wrote it.\n"
    )
    assert _review(text).area == place


@pytest.mark.parametrize(("first", "rest"), [("Novem", "ber"), ("Febru", "ary"), ("Ju", "ly")])
def test_a_month_hyphenated_over_a_line_break_dates_the_death(first, rest):
    text = (
        "Thornwick Safeguarding Children Partnership\nLocal Child Safeguarding Practice Review: 'Baby R'\n\n"
        f"Baby R was four months old when he was found unresponsive and died on 9 {first}-\n"
        f"{rest} 2023 at the children's hospital. His mother's partner was later charged.\n"
    )
    assert _review(text).date_of_death.start[:7] in ("2023-11", "2023-02", "2023-07")
    assert _review(text).date_of_death.start.endswith("-09")


@pytest.mark.parametrize(
    "lines",
    [
        ["a history of self-", "neglect that agencies saw"],  # a first part that keeps its hyphen
        ["Her sister, Ada Morrow-", "Finch, was interviewed"],  # a double surname broken at its hyphen
        ["born in Stratford-", "upon-Avon in 1970"],  # a part hyphenated again
        ["Ref\tOwner-", "led\tDate"],  # a table's cells
    ],
)
def test_a_hyphen_that_belongs_to_the_word_stays(lines):
    assert rejoined(lines, load_patterns()) == lines


def test_a_word_broken_over_a_line_goes_back_whole_on_its_first_line():
    lines = ["the Kettles-", "by Community Safety Partnership"]
    assert rejoined(lines, load_patterns()) == ["the Kettlesby", "Community Safety Partnership"]


@pytest.mark.parametrize(
    ("title", "printed_id"),
    [
        ("Domestic Homicide Review IX", "DHR IX"),
        ("SAFEGUARDING ADULTS REVIEW XXIII", "SAR XXIII"),
        ("Child Safeguarding Practice Review IV", "CSPR IV"),
    ],
)
def test_a_review_number_in_roman_numerals_after_the_title_is_the_id(title, printed_id):
    text = f"Marlstone Community Safety Partnership\n\n{title}\n'Denise'\nOverview Report\n\nAuthor: Ngozi Quarrie\n"
    assert _review(text).review_id == printed_id


def test_a_title_ending_in_a_word_that_looks_roman_gives_no_id():
    text = "Marlstone Community Safety Partnership\n\nDomestic Homicide Review\nIvy\nOverview Report\n"
    assert _review(text).review_id is None


@settings(max_examples=6, deadline=None)
@given(name=names)
def test_a_first_person_statement_of_independence_names_its_author(name):
    text = (
        "Statement of Independence from the Case\n\n"
        f"I, {name}, was engaged by Kelderby Community Safety Partnership in March 2021\n"
        "to chair this review and to be the independent author of the overview\n"
        "report. I have had no dealings with any of the agencies involved.\n\n"
        "Yvonne, 61, was killed by her son on 12 November 2020.\n"
    )
    assert _review(text).author == name


def test_a_first_person_statement_naming_no_role_names_no_one():
    text = (
        "Statement of Independence\n\nI, Rhodri Dunmore, confirm that I have never worked for any agency\n"
        "named in this review.\n"
    )
    assert _review(text).author is None


@pytest.mark.parametrize(
    "key", ["* author of this report", "† denotes the report's author", "* = overview author"]
)
def test_a_panel_lists_sign_marks_the_author_its_key_names(key):
    sign = key[0]
    text = (
        "Ashbourne Safeguarding Adults Board\nSafeguarding Adults Review: 'Mr T'\n\nPanel members\n\n"
        f"Philippa Achterberg{sign}   Independent Chair      Independent\n"
        "Idris Holloway-Sesay   Independent Reviewer   Independent\n"
        "Tamsin Quarrie         Safeguarding Lead      Ashbourne Police\n\n"
        f"{key}\n"
    )
    assert _review(text).author == "Philippa Achterberg"


def test_a_record_exports_compact_day_after_its_death_label_dates_the_death():
    text = (
        "THORNWICK CSP - review record                      printed 20240911 1402\n"
        "REVIEW_TYPE     DHR\nCASE_REF        TCSP-DHR-0722\nDOD             20220317\n"
        "LEAD_REVIEWER   Obadiah Marchetti-Boateng\nSTATUS          CLOSED 20240829\n"
    )
    review = _review(text)
    assert (review.date_of_death.start, review.review_id, review.author) == (
        "2022-03-17",
        "TCSP-DHR-0722",
        "Obadiah Marchetti-Boateng",
    )


@pytest.mark.parametrize("label", ["Reviewer name:", "Author's name:", "Lead reviewer name –"])
def test_a_form_label_naming_the_field_after_the_role_gives_the_author(label):
    text = f"Kelderby Safeguarding Adults Board\nSafeguarding Adults Review\n{label} Rhodri Dunmore\n"
    assert _review(text).author == "Rhodri Dunmore"


@pytest.mark.parametrize(
    ("told", "day"),
    [("on Halloween night 2022", "2022-10-31"), ("on Christmas morning 2020", "2020-12-25")],
)
def test_a_feasts_night_or_morning_with_its_year_dates_the_death(told, day):
    text = (
        "Marlstone Community Safety Partnership\nDomestic Homicide Review: 'Bea'\n\n"
        f"Bea, 34, was strangled by her husband {told} and died in hospital an hour later.\n"
    )
    assert _review(text).date_of_death.start == day


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on the last day of February 2024", "2024-02-29"),
        ("on the first Monday of May 2023", "2023-05-01"),
        ("on the last Friday of March 2021", "2021-03-26"),
        ("on the second Tuesday in June 2022", "2022-06-14"),
    ],
)
def test_a_day_counted_in_its_month_dates_the_death(told, day):
    text = (
        "Thornwick Safeguarding Adults Board\nSafeguarding Adults Review: 'Walter'\n\n"
        f"Walter, 80, died {told} at the care home.\n"
    )
    assert _review(text).date_of_death.start == day


def test_a_short_line_waiting_for_its_date_reads_the_next_lines_first_sentence():
    text = (
        "Domestic Homicide Review\nOverview Report: 'Priya'\n\nKelderby Community Safety Partnership began\n"
        "this review after the death of Priya, aged 51, on\n14 August 2021. The independent chair\n"
        "is Tamsin Quarrie, who has no link to any agency.\n"
    )
    assert _review(text).date_of_death.start == "2021-08-14"


@settings(max_examples=6, deadline=None)
@given(nick=st.sampled_from(['("Bunty")', "('Jim')", "(“Sandy”)"]))
def test_a_nickname_in_quotes_and_brackets_inside_the_authors_name_is_left_out(nick):
    text = (
        "Domestic Homicide Review: 'Orla'\nAshbourne Community Safety Partnership\n\n"
        f"Written by Philippa {nick} Holloway-Sesay, Independent Chair\nPublished May 2024\n"
    )
    assert _review(text).author == "Philippa Holloway-Sesay"


def test_an_island_boards_adult_safeguarding_review_is_a_sar():
    text = (
        "STATES OF CARRASK\nCarrask Safeguarding Board\n\nAdult Safeguarding Review – 'Mrs D'\n\n"
        "Report of the independent reviewer, Idris Quarrie, to the Board, 2 May 2024\n"
    )
    assert _review(text).review_type == "SAR"


def test_an_adult_safeguarding_review_meeting_in_a_dhr_is_no_sar():
    text = (
        "Domestic Homicide Review: 'Ann'\nMarlstone Community Safety Partnership\n\n"
        "An adult safeguarding review meeting was held in 2020 about Ann's neighbour.\n"
    )
    assert _review(text).review_type == "DHR"


@settings(max_examples=6, deadline=None)
@given(name=names)
def test_a_templates_bracketed_instructions_beside_the_values_are_left_out(name):
    text = (
        "[Insert partnership logo here]\n\nThornwick Community Safety Partnership\n\nDOMESTIC HOMICIDE REVIEW\n\n"
        f"Victim: [pseudonym] 'Rita'\nChair: [full name] {name}\nAuthor: [if not the chair]\n"
        "Date of death: [dd/mm/yyyy] 03/11/2021\n"
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (name, "Thornwick", "2021-11-03")


def test_a_redactions_brackets_stay():
    text = "Ashbourne Safeguarding Adults Board\nSafeguarding Adults Review: [Adult B]\n\nReviewer: Tamsin Quarrie\n"
    review = _review(text)
    assert (review.author, review.area) == ("Tamsin Quarrie", "Ashbourne")


@settings(max_examples=6, deadline=None)
@given(
    name=names, title=st.sampled_from(["Overview Report", "A Safeguarding Adults Review for Kelderby SAB"])
)
def test_a_byline_under_the_title_names_the_writer(name, title):
    text = f"Who was looking out for Frank?\n\n{title}\nby {name}\n\nFrank was 58 when he died.\n"
    assert _review(text).author == name


def test_prose_wrapped_before_by_is_no_byline():
    text = (
        "Thornwick Safeguarding Adults Board\n\nThe Board agreed that the review should be commissioned\n"
        "by Rhodri Dunmore.\n"
    )
    assert _review(text).author is None


@settings(max_examples=6, deadline=None)
@given(name=names, aux=st.sampled_from(["was", "has been", "is"]))
def test_a_report_written_by_whose_subject_wrapped_onto_the_line_above_names_the_writer(name, aux):
    text = (
        "MARLSTONE BOROUGH COUNCIL\nBriefing note for councillors\n\nFrom: Head of Community Safety\n\n"
        "1. Sunil, 39, was killed by his brother on 2 August 2022. The review\n"
        f"   {aux} chaired and written by {name}, an independent chair with\n   no link to local agencies.\n"
    )
    assert _review(text).author == name


def test_a_letter_written_by_someone_wrapped_the_same_way_names_no_one():
    text = (
        "Thornwick Community Safety Partnership\n\nThe family shared a letter that\n"
        "was written by Ngozi Quarrie, her neighbour.\n"
    )
    assert _review(text).author is None


def test_a_forms_comb_boxes_one_character_a_box_are_read_together():
    text = (
        "THORNWICK SAFEGUARDING ADULTS BOARD\nSafeguarding Adults Review - Referral Summary\n"
        "(Write one letter or figure in each box)\n\n"
        "Case number       |T|S|A|B|/|S|A|R|/|0|7|\nDate of death     |0|3|-|0|2|-|2|0|2|3|\n"
        "Lead reviewer     |I|D|R|I|S| |Q|U|A|R|R|I|E|\n"
    )
    review = _review(text)
    assert (review.review_id, review.date_of_death.start, review.author) == (
        "TSAB/SAR/07",
        "2023-02-03",
        "Idris Quarrie",
    )


def test_a_tables_row_of_word_cells_between_pipes_is_no_comb():
    text = "Thornwick Safeguarding Adults Board\n\n| Reviewer | Idris Quarrie |\n|A|B|\n"
    assert _review(text).author == "Idris Quarrie"
