"""Cover forms the blind batch p of title pages showed (tests/title_pages_blind/README.md), each
written here in other words with generated fictional names: an author credited only as the one who
presented a briefing, in a "From:" line before a role that chairs the panel and writes the report,
in a copyright line, under a label given in two languages, or in a footnote naming the firm's lead
reviewer; a death date quoted from the coroner's conclusion after another event's date; and the
place an NHS investigation's title says it was held in. And two forms of batch o: a report published
on the death's anniversary, a criminal-outcome box's offence date beside a sentence's date, and a draft's tracked changes.
Session 33 added forms of batches i, j, l, m, n and q: deaths told between two days, by an examination's finding, by
a finding counted back or between last seen and found, a label's note of its form; ids labelled by the review's kinds;
authors as "the reviewer was", a firm's lead reviewer, an "About the author" paragraph, a transcript's speaker, an
email's sender, a clergy title; an area label and a 2011-era DHR name; one-row tables under their header.
Session 34 added batch r's: a year-first dotted day, a date of death in labelled parts, an erratum's corrected
day, a scanned page's letter O for the figure 0 (and 0 for O), front matter's quoted values."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

GIVEN = ["Oriel", "Thaddeus", "Marisol", "Ebenezer", "Sunniva", "Caspian", "Leocadia"]
FAMILY = ["Fairweather-Obi", "Dunstable", "Kowalczyk", "Ellery-Marsh", "Adebayo", "Penhallow"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)

COVER = "Quillford Safeguarding Adults Board\n\nSafeguarding Adults Review: 'Wilf'\n\n"
BODY = "\n1. Wilf was 71. He died at home in Quillford on 14 April 2023.\n"


def _review(text: str):
    return extract(text, name="cover.txt").review


@settings(max_examples=15, deadline=None)
@given(name=names, who=st.sampled_from(["the reviewer", "the independent reviewer", "the lead reviewer"]))
def test_the_one_who_presented_a_briefing_is_its_author(name, who):
    cover = f"Slide 1\n\nLearning briefing\nPresented by {who}, {name}\nQuillford Safeguarding Adults Board\n"
    assert _review(cover + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names, panel=st.sampled_from(["review panel", "panel"]))
def test_a_from_line_naming_the_chair_of_the_panel_and_author(name, panel):
    line = f"From: {name}, Independent Chair of the {panel} and author\nTo: Members of the Board\n"
    assert _review(COVER + line + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names, mark=st.sampled_from(["©", "(c)", "Copyright ©"]), year=st.sampled_from(["2023", "2024"]))
def test_a_copyright_line_naming_a_person_gives_the_author_when_no_role_does(name, mark, year):
    line = f"{mark} {name} {year}, for Quillford Safeguarding Adults Board.\n"
    assert _review(COVER + line + BODY).author == name


def test_a_copyright_line_naming_the_board_names_no_author():
    line = "© Quillford Safeguarding Adults Board 2024\n"
    assert _review(COVER + line + BODY).author is None


@settings(max_examples=15, deadline=None)
@given(
    name=names,
    role=st.sampled_from(
        ["Independent Chair / Cadeirydd Annibynnol:", "Independent Reviewer / Revisor independiente:"]
    ),
)
def test_a_role_labelled_in_two_languages_names_the_one_after_both(name, role):
    assert _review(COVER + f"{role} {name}\n" + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names, role=st.sampled_from(["lead reviewer", "independent reviewer"]))
def test_a_footnote_naming_the_firms_lead_reviewer_gives_the_author(name, role):
    cover = COVER + "This review was undertaken by Harrowgate Practice Reviews CIC.2\n"
    assert _review(cover + BODY + f"\n2 The {role} was {name}.\n").author == name


@pytest.mark.parametrize("verb", ["recorded", "concluded"])
def test_a_death_date_quoted_from_the_coroners_conclusion_is_the_deaths(verb):
    body = (
        "\n1. Wilf was admitted to Quillford General Hospital on 3 March 2023. At the inquest the\n"
        f'coroner {verb} that Wilf "died on\n11 March 2023 at Quillford General Hospital from sepsis".\n'
    )
    assert _review(COVER + body).date_of_death.start == "2023-03-11"


def test_a_death_date_given_after_an_inquest_without_a_conclusion_is_still_refused():
    body = "\n1. The inquest into the death of Wilf on 2 June 2023 returned a narrative conclusion.\n"
    assert _review(COVER + body).date_of_death is None


@pytest.mark.parametrize("place", ["Ashcombe", "Kirkby Lorne"])
def test_an_investigation_title_names_the_place_it_was_held_in(place):
    cover = (
        "Independent investigation into the care and treatment of a mental health\n"
        f"service user (Mr D) in {place}\n\nCommissioned by NHS England\n"
    )
    body = "\nMr D killed a stranger on 4 May 2022.\n"
    assert _review(cover + body).area == place


def test_a_month_after_in_is_not_a_place():
    cover = "Independent investigation into the care and treatment of Mr D in\nMay\n\nCommissioned by NHS England\n"
    assert _review(cover).area is None


@pytest.mark.parametrize(
    ("years", "published", "died"), [("two", "14 May 2024", "2022-05-14"), ("5", "2 June 2023", "2018-06-02")]
)
def test_a_day_published_on_the_deaths_anniversary_dates_the_death(years, published, died):
    body = (
        f"\nFor her family this report is published on {published}, {years} years to the day after\n"
        "she died. She was killed by her partner.\n"
    )
    assert _review(COVER + body).date_of_death.start == died


@pytest.mark.parametrize("label", ["Offence date:", "Date of offence:"])
def test_a_criminal_outcome_boxs_offence_date_is_the_killings(label):
    box = (
        "\nCriminal justice outcome\n\nOffence:         Murder\n"
        f"{label:17}09/11/2021\nSentence:        Life imprisonment (22/06/2022)\n\n"
        "Wilf was pronounced dead at the scene.\n"
    )
    assert _review(COVER + box).date_of_death.start == "2021-11-09"


def test_a_sentence_lines_date_does_not_date_a_death_at_the_scene():
    box = "\nSentence:        Life imprisonment (22/06/2022)\n\nWilf was pronounced dead at the scene.\n"
    assert _review(COVER + box).date_of_death is None


@pytest.mark.parametrize(
    ("told", "noted", "want"),
    [
        ("in the spring of 2022", "5 April 2022", "2022-04-05"),
        ("in 2022", "30 October 2022", "2022-10-30"),
        ("in the spring of 2022", "5 September 2022", "2022-03"),  # a note outside the season is not read
    ],
)
def test_a_footnote_gives_the_day_of_a_death_the_text_dates_vaguely(told, noted, want):
    text = (
        COVER
        + f"\n1. Wilf lived alone. He died {told}, days after he was last seen.³ His neighbours raised the alarm.\n"
        + "\nThe Board agreed that a review was needed.\n\n"
        + f"³ The coroner recorded the date of death as {noted}.\n"
    )
    assert _review(text).date_of_death.start == want


@pytest.mark.parametrize("unknown", ["unknown", "not known"])
def test_a_death_label_saying_unknown_gives_no_date_from_the_finding(unknown):
    cover = (
        COVER
        + f"Date of death: {unknown} (found 02/03/2023; the post-mortem estimated that he had died some\n"
        + "days earlier)\n\nWilf, 70, was found dead at his home in Quillford by his landlord.\n"
    )
    assert _review(cover).date_of_death is None


@pytest.mark.parametrize(("deleted", "inserted"), [("4", "6"), ("12", "21")])
def test_a_draft_with_tracked_changes_shown_is_read_as_accepted(deleted, inserted):
    body = (
        f"\n1. Wilf, 70, died on [Deleted: {deleted}][Inserted: {inserted}] May 2023 at his home.\n"
        "[Comment QX1: the date agreed with the coroner's office]\n"
    )
    assert _review(COVER + body).date_of_death.start == f"2023-05-{int(inserted):02d}"


@pytest.mark.parametrize(
    "examiner", ["the post-mortem dated his death to", "the pathologist placed his death on"]
)
def test_an_examiners_dating_of_the_death_outranks_the_day_he_was_found(examiner):
    body = f"\n1. Wilf was found dead on 19 April 2023. He had been assaulted in the days before; {examiner} 16 April 2023.\n"
    assert _review(COVER + body).date_of_death.start == "2023-04-16"


# Forms of batches j, m and n read in session 33 (s33title), each in other words.


@pytest.mark.parametrize("verb", ["is thought to have taken", "had taken"])
def test_a_death_taken_by_their_own_hand_between_two_days_is_that_span(verb):
    body = f"\nWilf was 58 and lived alone. He {verb} his own life at some time between 9 and\n11 May 2023; a friend found him on the 11th.\n"
    found = _review(COVER + body).date_of_death
    assert (found.start, found.end) == ("2023-05-09", "2023-05-11")


@pytest.mark.parametrize("verb", ["showed", "established", "indicated"])
def test_an_examinations_finding_that_dates_the_death_is_the_deaths(verb):
    body = (
        "\nWilf's body was discovered at his flat on 2 August 2023. The post-mortem examination\n"
        f"{verb} that he died c. June 2023.\n"
    )
    assert _review(COVER + body).date_of_death.start == "2023-06"


def test_an_inquest_told_before_a_death_still_dates_only_the_inquest():
    body = "\nThe inquest on 12 October 2023 heard evidence about the death of Wilf.\n"
    assert _review(COVER + body).date_of_death is None


@pytest.mark.parametrize(
    ("found", "weeks", "want"),
    [("25/11/2022", "two to three", "2022-11"), ("03/12/2022", "3 to 4", "2022-11")],
)
def test_a_finding_dated_beside_an_unknown_death_counts_back_the_estimate(found, weeks, want):
    cover = (
        COVER
        + f"Date of death: not known (found {found}; the pathologist estimated that he had died {weeks}\n"
        + "weeks earlier)\n\nWilf, 81, was found dead in his bungalow by a carer.\n"
    )
    assert _review(cover).date_of_death.start == want


def test_a_finding_counted_back_over_two_months_names_no_month():
    cover = (
        COVER
        + "Date of death: not known (found 16/12/2022; the pathologist estimated that he had died two to three\n"
        + "weeks earlier)\n\nWilf, 81, was found dead in his bungalow by a carer.\n"
    )
    assert _review(cover).date_of_death is None


@pytest.mark.parametrize(
    ("seen", "found", "want"),
    [("2 March 2023", "9 March 2023", "2023-03"), ("27 February 2023", "6 March 2023", None)],
)
def test_a_death_known_only_between_last_seen_and_found_is_their_month(seen, found, want):
    body = (
        f"\nWilf, 33, was last seen by his brother on {seen}. His body was found in woodland\n"
        f"on {found}. The post-mortem could not establish the day of his death.\n"
    )
    got = _review(COVER + body).date_of_death
    assert (got.start if got else None) == want


@pytest.mark.parametrize("form", ["(dd/mm/yyyy)", "(yyyy-mm-dd)"])
def test_a_labels_note_of_the_form_is_no_part_of_its_value(form):
    value = "21/07/2022" if form.startswith("(dd") else "2022-07-21"
    cover = COVER + f"Date of death {form} ........ {value}\nDate Board notified ........ 2022-08-02\n"
    assert _review(cover).date_of_death.start == "2022-07-21"


@pytest.mark.parametrize(
    ("label", "ref"), [("Joint review (SAR/DHR) reference:", "JT-07"), ("DHR number:", "QCSP 2022-11")]
)
def test_a_reference_labelled_by_the_reviews_kinds_is_its_id(label, ref):
    assert _review(COVER + f"{label} {ref}\n" + BODY).review_id == ref


@settings(max_examples=15, deadline=None)
@given(name=names)
def test_the_reviewer_was_names_the_author(name):
    body = BODY + f"This review was commissioned by the Board after his death. The reviewer was {name}.\n"
    assert _review(COVER + body).author == name


def test_the_reviewer_was_told_names_no_author():
    body = BODY + "The reviewer was told by his daughter that he had been lonely.\n"
    assert _review(COVER + body).author is None


@settings(max_examples=15, deadline=None)
@given(name=names, firm=st.sampled_from(["Ardenbrook Associates", "Tilbury Review Consulting"]))
def test_the_firms_lead_reviewer_named_over_a_line_break_is_the_author(name, firm):
    first, rest = firm.split(" ", 1)
    cover = (
        COVER
        + f"Review undertaken by {firm} Ltd\n\nThe Board is grateful to his son. The lead reviewer for {first}\n"
    )
    assert (
        _review(cover + f"{rest} was {name}, working with a panel of six agencies.\n" + BODY).author == name
    )


@settings(max_examples=15, deadline=None)
@given(name=names, heading=st.sampled_from(["2.3 About the author", "About the independent reviewer"]))
def test_the_paragraph_under_an_about_the_author_heading_names_the_author(name, heading):
    number = "2.3.1 " if heading[0].isdigit() else ""
    section = f"\n{heading}\n{number}{name} is a registered social worker who has written reviews for several boards.\n"
    assert _review(COVER + BODY + section).author == name


def test_an_about_the_author_heading_over_prose_names_no_author():
    section = "\nAbout the author\nThe Board chose an author with no connection to any agency in Quillford.\n"
    assert _review(COVER + BODY + section).author is None


# Forms of batch q (and batch l's one-row table) read in session 33, each in other words.


@pytest.mark.parametrize("place", ["Ashcombe", "Kirkby Lorne"])
def test_the_2011_name_of_a_dhr_and_an_older_partnerships_name(place):
    cover = f"{place} Crime and Community Safety Partnership\n\nDOMESTIC VIOLENCE HOMICIDE REVIEW\n\n"
    review = _review(cover + "Into the death of Adult G\n\nG died at her home on 2 June 2012.\n")
    assert (review.review_type, review.area) == ("DHR", place)


@pytest.mark.parametrize("label", ["Local authority area:", "Local authority:", "Area:"])
def test_a_cover_label_giving_the_area_is_the_area(label):
    cover = f"Domestic Homicide Review\n\n{label} Tollbury\nCommissioning body: Safer Streets Board\n"
    assert _review(cover + BODY).area == "Tollbury"


@pytest.mark.parametrize(("dod", "want"), [("9/7/22", "2022-07-09"), ("12/11/2021", "2021-11-12")])
def test_a_dod_label_without_a_colon_beside_a_dob(dod, want):
    cover = COVER + f"DoB 3/4/61   DoD {dod}\n\nWilf lived alone in sheltered housing.\n"
    assert _review(cover).date_of_death.start == want


@settings(max_examples=15, deadline=None)
@given(name=names, title=st.sampled_from(["The Revd Dr", "The Reverend", "Revd Canon"]))
def test_a_clergy_title_before_the_name_is_no_part_of_it(name, title):
    cover = f"Overview report\n\nUndertaken for the Quillford Community Safety Partnership by\n{title} {name}, independent chair and author\n"
    assert _review(cover + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names, role=st.sampled_from(["the independent reviewer", "the lead reviewer", "the author"]))
def test_a_transcript_whose_speaker_says_they_wrote_the_review(name, role):
    said = f"[00:04] Good afternoon. My name is {name} and I am {role} of this review. Today I will\n"
    assert _review("Transcript of the video summary\n" + COVER + said + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names)
def test_a_transcript_whose_speaker_chairs_the_board_names_no_author(name):
    said = f"[00:04] My name is {name}, and I am the chair of the Quillford Safeguarding Adults Board.\n"
    assert _review(COVER + said + BODY).author is None


@settings(max_examples=15, deadline=None)
@given(
    name=names,
    own=st.sampled_from(["I attach my final report", "As the independent reviewer, I attach the report"]),
)
def test_the_sender_of_an_email_calling_the_report_theirs_is_its_author(name, own):
    mail = (
        f"From: {name}\nSent: 2 May 2024 09:15\nTo: SAR Coordinator, Quillford Safeguarding Adults Board\n"
        f"Subject: SAR 'Wilf' final\n\nDear Board members,\n\n{own} on the review of Wilf, who died on\n"
        "14 April 2023.\n"
    )
    assert _review(mail).author == name


def test_the_sender_forwarding_someone_elses_report_is_no_author():
    mail = (
        "From: Oriel Dunstable\nSent: 2 May 2024 09:15\nTo: Board members\nSubject: SAR 'Wilf' final\n\n"
        "Dear colleagues, please see the attached report from the reviewer on the review of Wilf, who died on\n"
        "14 April 2023.\n"
    )
    assert _review(mail).author is None


@settings(max_examples=15, deadline=None)
@given(name=names, quoted=st.booleans())
def test_a_one_row_table_under_its_header_gives_its_cells(name, quoted):
    cell = f'"{name}"' if quoted else name
    table = f"ref,type,board,date_of_death,reviewer,status\nQSAB-2023-04,SAR,Quillford Safeguarding Adults Board,14/04/2023,{cell},Final\n"
    review = _review(table + "\nWilf was 71.\n")
    assert (review.author, review.date_of_death.start) == (name, "2023-04-14")


def test_a_one_row_table_drawn_with_pipes_gives_its_cells():
    table = (
        "QUILLFORD SAFEGUARDING ADULTS BOARD\n\nKind      | Adult   | Date of death | Reviewer             | Board ref\n"
        "SAR       | 'Wilf'  | 14 Apr 2023   | Sunniva Ellery-Marsh | QSAB/23/04\n"
    )
    review = _review(table + "\nWilf was 71.\n")
    assert (review.author, review.review_id) == ("Sunniva Ellery-Marsh", "QSAB/23/04")


def test_a_table_of_several_rows_is_no_one_reviews_facts():
    table = (
        "Review | Adult | Date of death | Reviewer\nSAR 1 | 'Wilf' | 14 Apr 2023 | Oriel Dunstable\n"
        "SAR 2 | 'Ada' | 2 May 2023 | Caspian Adebayo\n"
    )
    assert (
        _review("Quillford Safeguarding Adults Board\n\nReviews published in 2024\n\n" + table).author is None
    )


@pytest.mark.parametrize("served", ["for the borough of", "for the District of"])
def test_a_brands_partnership_named_for_the_area_it_serves(served):
    cover = (
        f"Stay Safe Tollby\n(the Community Safety Partnership {served} Tollby)\n\nDOMESTIC HOMICIDE REVIEW\n"
    )
    assert _review(cover + "\nAda was killed on 2 May 2022.\n").area == "Tollby"


DHR_COVER = "Tollby Community Safety Partnership\n\nDomestic Homicide Review\n'Ada'\n\n"


@pytest.mark.parametrize("how", ["was stabbed by her son", "was fatally shot by her husband"])
def test_a_dhr_telling_the_killing_only_by_how_it_was_done(how):
    assert _review(DHR_COVER + f"Ada, 52, {how} on 3 August 2021.\n").date_of_death.start == "2021-08-03"


def test_a_death_told_after_the_attack_keeps_the_deaths_own_date():
    body = "Ada, 52, was stabbed by her son on 3 August 2021. She died in hospital on 9 August 2021.\n"
    assert _review(DHR_COVER + body).date_of_death.start == "2021-08-09"


def test_an_attack_told_in_a_review_of_someone_who_may_have_lived_dates_no_death():
    assert _review(COVER + "\nWilf was stabbed by a lodger on 3 August 2021.\n").date_of_death is None


@settings(max_examples=15, deadline=None)
@given(first=names, last=names)
def test_a_control_table_with_its_cells_apart_gives_the_last_rows_writer(first, last):
    table = (
        "Document control\n| Issue | Status | Prepared by | Approved by | Date |\n"
        f"| 0.3 | Draft | {first} | – | 04/03/2024 |\n| 1.0 | Final | {last} | Tollby CSP Board | 11/09/2024 |\n"
    )
    assert _review(DHR_COVER + table + "\nAda was killed on 2 May 2022.\n").author == last


@pytest.mark.parametrize("place", ["Tollby", "Upper Wendle"])
def test_a_safety_partnership_without_community_in_its_name(place):
    cover = f"[TSP-DHR-2023-02]\n\n{place} Safety Partnership\nDomestic Homicide Review – Overview Report\n"
    assert _review(cover + "\nAda was killed on 2 May 2022.\n").area == place


def test_a_road_safety_partnership_is_an_agency_not_the_area():
    cover = DHR_COVER + "Panel members came from Tollby Police and the Wendle Road Safety Partnership.\n"
    assert _review(cover + "\nAda was killed on 2 May 2022.\n").area == "Tollby"


def test_the_council_among_an_offensive_weapons_reviews_partners_gives_the_area():
    cover = (
        "Offensive Weapons Homicide Review\n\nRelevant review partners: Tollby Police, Tollby Borough Council and\n"
        "NHS Tollby Integrated Care Board\n\nJo was stabbed in a car park on 3 May 2023 and died the next day.\n"
    )
    assert _review(cover).area == "Tollby"


# Session 34, batch r: a year-first dotted day after its label, a date of death in labelled parts,
# an erratum's corrected day, a scanned page's O for 0 (and 0 for O), and front matter's quoted values.

DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 12, 31))


@settings(max_examples=15, deadline=None)
@given(day=DAYS, label=st.sampled_from(["Date of death ..........", "Date of death:", "DoD"]))
def test_a_year_first_dotted_day_under_the_death_label(day, label):
    cover = (
        f"Tollby Community Safety Partnership\nDomestic Homicide Review – 'Ada'\n\n{label} {day:%Y.%m.%d}\n"
    )
    assert _review(cover + "Date of final panel ....... 2025.01.09\n").date_of_death.start == day.isoformat()


@settings(max_examples=15, deadline=None)
@given(day=DAYS, by_name=st.booleans(), with_day=st.booleans())
def test_a_date_of_death_in_labelled_parts_is_put_together(day, by_name, with_day):
    month = f"{day:%B}" if by_name else f"{day.month:02d}"
    parts = f"Year of death:    {day.year}\nMonth of death:   {month}\n"
    parts += f"Day of death:     {day.day}\n" if with_day else "Age at death:     81\n"
    want = day.isoformat() if with_day else day.isoformat()[:7]
    assert _review(COVER + "Case ref: QSAB/24/02\n" + parts).date_of_death.start == want


def test_a_month_of_death_without_its_year_dates_nothing():
    assert _review(COVER + "Month of death:   September\nAge at death: 81\n").date_of_death is None


@settings(max_examples=15, deadline=None)
@given(day=DAYS, gap=st.integers(1, 20), cue=st.sampled_from(["The correct date is", "This should read"]))
def test_an_erratum_correcting_the_date_of_death_gives_the_corrected_day(day, gap, cue):
    wrong = day + timedelta(days=gap)
    body = (
        f"Erratum: the first edition of this report gave the date of Ada's death as {wrong:%d %B %Y}.\n"
        f"{cue} {day:%d %B %Y}; the panel regrets the error.\n\nAda was 44.\n"
    )
    assert _review(DHR_COVER + body).date_of_death.start == day.isoformat()


def test_a_correction_of_another_events_date_leaves_the_death_alone():
    body = (
        "Ada was killed on 2 May 2022. The first edition gave the panel's first meeting as 3 June 2022.\n"
        "The correct date is 10 June 2022.\n"
    )
    assert _review(DHR_COVER + body).date_of_death.start == "2022-05-02"


def _scanned(text: str) -> str:
    return text.replace("0", "O")


@settings(max_examples=15, deadline=None)
@given(day=DAYS, name=names)
def test_a_scanned_cover_with_the_letter_o_for_zero_and_zero_for_o(day, name):
    cover = (
        "D0MESTIC H0MICIDE REVIEW\n0VERVIEW REP0RT\n\n"
        f"Date of death:            {_scanned(f'{day:%d/%m/%Y}')}\n"
        "Review commissioned by:   Tollby C0mmunity Safety Partnership\n"
        f"Independent author:       {name}\n\nThis d0cument was scanned from a printed c0py.\n"
    )
    review = _review(cover)
    assert (review.review_type, review.area, review.date_of_death.start) == ("DHR", "Tollby", day.isoformat())


@pytest.mark.parametrize("printed", ["Ref: QDHR0", "the O2 shop", "SW1A 0AA", "Version 1.O", "page 1O of 2O"])
def test_a_scanned_reading_leaves_what_is_no_date_or_word_as_printed(printed):
    from dhrparse.extractors.review.scanned_text import read_back
    from dhrparse.patterns import load_patterns

    assert read_back(printed, load_patterns()) == printed


@settings(max_examples=15, deadline=None)
@given(name=names, quote=st.sampled_from(['"', "'", ""]))
def test_front_matter_keys_and_quoted_values_read_as_labels(name, quote):
    page = (
        f'---\ntitle: "Domestic Homicide Review: Ada"\npartnership: "Tollby Community Safety Partnership"\n'
        f"author: {quote}{name}{quote}\ndate_of_death: 2022-05-02\nlayout: report\n---\n\n"
        "# Domestic Homicide Review: Ada\n\nAda was 44.\n"
    )
    review = _review(page)
    assert (review.author, review.area, review.date_of_death.start) == (name, "Tollby", "2022-05-02")


# Session 35: batch s's forms, each in other words with generated names.

RANKS = ["Lieutenant Colonel (Retd)", "Wing Commander (retired)", "Major (rtd)", "Squadron Leader"]


@settings(max_examples=15, deadline=None)
@given(name=names, rank=st.sampled_from(RANKS))
def test_an_armed_forces_rank_before_the_author_is_no_part_of_the_name(name, rank):
    line = f"Independent reviewer: {rank} {name}\n"
    assert _review(COVER + line + BODY).author == name


LIGATURES = {"ffi": "\ufb03", "fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}


def _joined(text: str) -> str:
    for letters, glyph in LIGATURES.items():
        text = text.replace(letters, glyph)
    return text


@settings(max_examples=15, deadline=None)
@given(given_name=st.sampled_from(GIVEN), family=st.sampled_from(["Griffiths", "Duffield", "Fleetwood"]))
def test_letters_printed_joined_read_as_the_letters_they_join(given_name, family):
    page = _joined(
        "Stiffleby Safeguarding Adults Board\n\nSafeguarding Adults Review: 'Wilf'\n\n"
        f"Independent reviewer: {given_name} {family}\n\nWilf died in his flat on 14 April 2023.\n"
    )
    review = _review(page)
    assert (review.author, review.area) == (f"{given_name} {family}", "Stiffleby")


@settings(max_examples=15, deadline=None)
@given(day=DAYS, space=st.sampled_from(["\u00a0", " ", "\u00a0 "]))
def test_a_numeric_date_of_death_between_en_dashes(day, space):
    line = f"Date of death:{space}{day.day:02d}\u2013{day.month:02d}\u2013{day.year}\n"
    assert _review(DHR_COVER + line).date_of_death.start == day.isoformat()


@pytest.mark.parametrize("printed", ["12\u201302-2022", "pages 12\u201314", "10\u201312\u20132019\u201320"])
def test_en_dashes_that_do_not_both_part_a_day_month_and_year_read_no_day(printed):
    from dhrparse.vocab.dates import find_dates

    assert not any(d.value.precision == "day" for d in find_dates(printed))


@settings(max_examples=15, deadline=None)
@given(day=DAYS, name=names)
def test_a_day_told_without_its_year_in_the_month_the_title_gives(day, name):
    page = (
        f"{DHR_COVER}The death of 'Ada', {day:%B %Y}\n\nChair and author: {name}\n\n"
        f"1 Background\nLate on {day.day} {day:%B}, a neighbour heard raised voices and rang the police.\n"
        "Officers found Ada injured in the kitchen. She died in hospital later that night.\n"
    )
    assert _review(page).date_of_death.start == day.isoformat()


def test_a_day_told_without_its_year_in_another_month_leaves_the_titles_month():
    page = (
        f"{DHR_COVER}The death of 'Ada', March 2021\n\n"
        "1 Background\nLate on 4 February, a neighbour heard raised voices and rang the police.\n"
        "Officers found Ada injured in the kitchen. She died in hospital later that night.\n"
    )
    assert _review(page).date_of_death.start == "2021-03"


@settings(max_examples=15, deadline=None)
@given(day=DAYS, where=st.sampled_from(["at home", "in Quillford Infirmary", "peacefully"]))
def test_passed_away_dates_the_death(day, where):
    body = f"\nSummary\nWilf had lived alone since 2010. He passed away {where} on {day:%-d %B %Y}.\n"
    assert _review(COVER + body).date_of_death.start == day.isoformat()


@settings(max_examples=15, deadline=None)
@given(day=DAYS)
def test_a_labelled_day_with_its_ordinal_a_short_month_and_a_two_figure_year(day):
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    month = {9: "Sept"}.get(day.month, f"{day:%b}")
    line = f"Victim: Ada, 40\nDate of death: {day.day}{suffix} {month} {day:%y}\n"
    assert _review(DHR_COVER + line).date_of_death.start == day.isoformat()


@settings(max_examples=15, deadline=None)
@given(name=names, bullet=st.sampled_from(["\u2022 ", "- ", "* "]))
def test_a_reviewer_labelled_in_a_summary_boxs_list(name, bullet):
    box = f"Key facts\n{bullet}Who: Wilf, 71\n{bullet}Reviewer: {name}\n{bullet}Commissioned by: the Board\n"
    assert _review(COVER + box + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(name=names, whom=st.sampled_from(["the review panel", "the Board", "the panel"]))
def test_written_up_by_names_the_author(name, whom):
    line = f"This report was written up by {name} on behalf of {whom}.\n"
    assert _review(COVER + line + BODY).author == name


@settings(max_examples=15, deadline=None)
@given(
    name=names, title=st.sampled_from(["Overview Report", "Executive Summary", "Domestic Homicide Review"])
)
def test_a_running_head_naming_the_report_and_its_writer_gives_the_author(name, title):
    head = f"{title} | {name} | FINAL v3.1\n"
    page = (
        f"{head}{DHR_COVER}1 Preface\n1.1 The Partnership appointed an independent author in May 2023.\n"
        f"{head}1.2 The panel met five times.\n"
    )
    assert _review(page).author == name


def test_a_running_head_naming_the_one_who_died_gives_no_author():
    head = "Domestic Homicide Review | into the death of Ada Penhallow | FINAL\n"
    page = f"{head}{DHR_COVER}1 Preface\n1.1 The panel met five times.\n{head}1.2 It read the records.\n"
    assert _review(page).author is None


@settings(max_examples=15, deadline=None)
@given(day=DAYS, bullet=st.sampled_from(["\u2022 ", "- ", ""]))
def test_a_fact_boxs_when_beside_its_who_and_where_dates_the_death(day, bullet):
    box = (
        f"In brief\n{bullet}Who: Ada, 52\n{bullet}When: {day:%A %-d %B %Y}\n{bullet}Where: her home\n\n"
        "Ada was killed by her husband.\n"
    )
    assert _review(DHR_COVER + box).date_of_death.start == day.isoformat()


def test_a_when_with_no_who_or_where_beside_it_dates_nothing():
    box = (
        "Panel meetings\nWhen: Tuesday 4 April 2023\nVenue: the town hall\n\nAda was killed by her husband.\n"
    )
    assert _review(DHR_COVER + box).date_of_death is None


@settings(max_examples=15, deadline=None)
@given(name=names, wrap=st.sampled_from(["body", "name", "date"]))
def test_a_column_wise_box_whose_value_wrapped_in_its_cell(name, wrap):
    given_name, family = name.split(" ", 1)
    body = ["Tollby Community and Mental Health NHS Foundation Trust"]
    person = [f"Dr {name}"]
    day = ["3 March 2024"]
    if wrap == "body":
        body = ["Tollby Community and Mental Health", "NHS Foundation Trust"]
    elif wrap == "name":
        person = [f"Dr {given_name}", family]
    else:
        day = ["3 March", "2024"]
    page = "\n".join(
        ["Tollby NHS Foundation Trust", "", "Patient Safety Incident Investigation", "The care of Mr R", ""]
        + ["Organisation", "Lead investigator", "Date of incident", "Trust reference", ""]
        + body
        + person
        + day
        + ["TB/24/00112", "", "Summary of findings", "Mr R was known to the team."]
    )
    review = _review(page + "\n")
    assert (review.author, review.area, review.review_id) == (name, "Tollby", "TB/24/00112")
