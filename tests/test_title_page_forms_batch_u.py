"""Cover forms the blind batch u of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with generated fictional names: a review's record exported as JSON or
XML (its keys and tags the labels), an email's quoted lines, a meeting transcript's time-stamped
speaker tag, a large-print version of a few words a line, a date of death with a lower-case Roman
month or in a military compact form, and a RACI table whose Responsible row names the writer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

GIVEN = ["Marisol", "Leopold", "Adaeze", "Cormac", "Henrietta", "Yusuf"]
FAMILY = ["Fenwick-Oduro", "Castellane", "Pemberton", "Abernethy-Kaur", "Lowther"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)
places = st.sampled_from(["Harrowdene", "Corstow", "Millbrae", "Wendlebury"])


def _review(text: str):
    return extract(text, name="cover.txt").review


@settings(max_examples=6, deadline=None)
@given(name=names, key=st.sampled_from(["lead_reviewer", "independentReviewer", "report_author"]))
def test_a_json_exports_keys_are_the_labels_of_its_values(name, key):
    text = (
        '{\n  "review": {\n    "type": "Domestic Homicide Review",\n'
        '    "commissioning_partnership": "Corstow Community Safety Partnership",\n'
        f'    "{key}": "{name}",\n    "date_of_death": "2022-06-09",\n    "published": "2024-01-15"\n  }}\n}}\n'
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (name, "Corstow", "2022-06-09")


@settings(max_examples=6, deadline=None)
@given(name=names, tag=st.sampled_from(["dateOfDeath", "date_of_death", "DateOfDeath"]))
def test_an_xml_exports_tags_and_role_attribute_are_the_labels(name, tag):
    text = (
        '<?xml version="1.0"?>\n<record kind="SAR">\n  <board>Millbrae Safeguarding Adults Board</board>\n'
        f'  <person role="lead reviewer and author">{name}</person>\n'
        f"  <{tag}>2021-03-17</{tag}>\n  <published>2022-10-01</published>\n</record>\n"
    )
    review = _review(text)
    assert (review.author, review.date_of_death.start) == (name, "2021-03-17")


def test_an_xml_element_whose_role_is_another_ones_names_no_author():
    text = (
        "<review>\n  <board>Millbrae Safeguarding Adults Board</board>\n"
        '  <person role="board business manager">Ada Strand</person>\n</review>\n'
    )
    assert _review(text).author is None


@settings(max_examples=6, deadline=None)
@given(name=names, place=places)
def test_an_emails_quoted_lines_are_read_without_their_marks(name, place):
    text = (
        "Subject: RE: SAR 'Joan' – report for approval\nNoted, thank you. I will table it on Thursday.\n\n"
        f"> On 14 Mar 2024, at 09:12, {name} wrote:\n> Good morning, attached is my overview report for the\n"
        f"> {place} Safeguarding Adults Board's review about Joan, who died on\n> 2 November 2022.\n"
        f"> {name}, Independent Reviewer\n"
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (name, place, "2022-11-02")


@settings(max_examples=6, deadline=None)
@given(name=names, stamp=st.sampled_from(["[14:31]", "[09:05:12]", "(11:47)"]))
def test_a_transcripts_time_stamped_speaker_tag_gives_the_speakers_role(name, stamp):
    text = (
        "Harrowdene Community Safety Partnership – DHR 'Luke' – panel meeting 3 (notes)\n\n"
        f"{stamp} {name} (independent chair and report author): Thank you all for the agency\n"
        "reports. Luke died on 8 August 2021.\n[14:33] Community Safety Officer: Apologies from probation.\n"
    )
    assert _review(text).author == name


def test_a_large_print_versions_short_lines_are_read_as_their_paragraphs():
    text = (
        "EASY READ\n\nWendlebury\nSafeguarding\nAdults\nBoard\n\nSafeguarding\nAdults\nReview\n\n"
        "About Doreen\n\nDoreen was\n82 years old.\nShe died on\n11 May 2023\nin hospital\nafter a fall.\n\n"
        "The report\nwas written by\nMarisol\nPemberton.\n"
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (
        "Marisol Pemberton",
        "Wendlebury",
        "2023-05-11",
    )


def test_a_cover_of_short_lines_without_wrapped_prose_is_read_line_by_line():
    # a cover of a few words a line, its prose in full lines after: each line stays its own
    text = (
        "Corstow\nCommunity Safety Partnership\n\nDomestic Homicide Review\n\nOverview Report\n\n'Ellen'\n\n"
        "Author: Yusuf Lowther\n\nMarch 2024\n\n1. Introduction\n\n1.1 This review examines the contact "
        "agencies had with Ellen, who died on 3 April 2022, before her death.\n"
    )
    review = _review(text)
    assert (review.author, review.area, review.date_of_death.start) == (
        "Yusuf Lowther",
        "Corstow",
        "2022-04-03",
    )


@pytest.mark.parametrize(
    ("printed", "day"),
    [("Date of death ......... 3.vii.2021", "2021-07-03"), ("Date of death: 21.xii.2020", "2020-12-21")],
)
def test_a_date_of_death_with_a_roman_month_is_read(printed, day):
    text = f"Millbrae Safeguarding Adults Board\nSafeguarding Adults Review: Mr P\n\n{printed}\n"
    assert _review(text).date_of_death.start == day


@pytest.mark.parametrize(
    ("printed", "day"), [("DOD: 21MAR23", "2023-03-21"), ("Date of death: 4FEB2021", "2021-02-04")]
)
def test_a_military_compact_date_of_death_is_read(printed, day):
    text = f"HARROWDENE COMMUNITY SAFETY PARTNERSHIP\nDOMESTIC HOMICIDE REVIEW – 'DEAN'\nSUBJECT: DEAN (35)   {printed}\n"
    assert _review(text).date_of_death.start == day


@settings(max_examples=6, deadline=None)
@given(name=names)
def test_a_raci_tables_responsible_row_names_the_writer(name):
    text = (
        "Corstow Community Safety Partnership – Domestic Homicide Review: 'Gail'\n\nWho did what\n"
        f"R  Responsible (wrote the report)     {name}, independent chair\n"
        "A  Accountable                        Chair, Corstow CSP\nC  Consulted                          Gail's son\n"
    )
    assert _review(text).author == name


@pytest.mark.parametrize(
    ("board", "place"), [("NHS Glenmorrow", "Glenmorrow"), ("NHS Ardvale and Fennick", "Ardvale and Fennick")]
)
def test_a_scottish_health_boards_name_gives_the_area_of_its_adverse_event_review(board, place):
    text = (
        f"{board} | SAER 2024-077 | OFFICIAL\nSignificant Adverse Event Review\nSummary for publication\n\n"
        "Reference\tSAER 2024-077\nEvent category\tCategory 1\nDate of event\t14 March 2024\n"
        "Lead reviewer\tDr Ada Strand, Consultant Psychiatrist\n\n1. Background\n\nThe review was held after "
        "a patient of the community mental health team harmed a neighbour. Police Scotland and the council's "
        "social work service shared their records.\n"
    )
    assert _review(text).area == place


def test_a_national_nhs_body_gives_no_area():
    text = (
        "NHS England | Independent investigation | OFFICIAL\nIndependent investigation into the care and "
        "treatment of Mr K\n\nLead investigator: Ada Strand\n"
    )
    assert _review(text).area is None


def test_a_welsh_university_health_board_gives_its_area():
    text = "Tarrowmouth Bay University Health Board\nIndependent investigation into the care of Mr K\n\nLead investigator: Ada Strand\n"
    assert _review(text).area == "Tarrowmouth Bay"


@pytest.mark.parametrize("above", ["Community Mental Health", "Adult Services", "Executive Summary"])
def test_a_label_over_its_value_is_paired_below_words_that_are_no_name(above):
    # a facts table printed a label over its value: the value above "Lead reviewer" is a service's
    # name, not the reviewer's, so the reviewer is the value below with their post after it
    text = (
        "Significant Adverse Event Review\nSummary for publication\n\nReference\nSAER 2024-077\nService\n"
        f"{above}\nLead reviewer\nDr Ada Strand, Consultant Psychiatrist\n\n1. Background\n"
    )
    assert _review(text).author == "Ada Strand"


def test_a_label_paired_with_a_name_in_capitals_reads_the_name():
    text = (
        "HARROWDENE COMMUNITY SAFETY PARTNERSHIP\nDOMESTIC HOMICIDE REVIEW\nEXECUTIVE SUMMARY\n"
        "REPORT AUTHOR\nMARISOL PEMBERTON OBE MA (Oxon)\nMARCH 2023\n"
    )
    assert _review(text).author == "Marisol Pemberton"
