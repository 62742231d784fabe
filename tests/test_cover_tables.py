"""Cover label/value tables however a text export prints them, and the title-page forms blind
batch f and heldout9a showed (tests/title_pages/tp80-tp87 hold them as full openings).

A two-column cover table ("Review Author" | "Jo Roe") comes out of plain pdftotext column by
column: every label, then every value. The same fields are rendered here as a tabbed table, as
labels then values, as "Label: value" lines and as each label over its value, and must be read
alike; values that do not fit their labels stay unpaired."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.extractors.review.author import author
from dhrparse.extractors.review.cover_table import paired
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()

GIVEN = ["Cordelia", "Tobiah", "Yusra", "Magnus", "Philippa", "Eamon", "Ottilie"]
FAMILY = ["Finchley-Hart", "Okonjo", "Lindqvist", "Marchetti", "O'Driscoll", "Weatherall"]
PLACES = ["Ashwell Brook", "Tarnside", "Kelderby", "Strandbury"]
names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map(" ".join)

AUTHOR_LABELS = ["Review Author", "Lead Reviewer", "Independent Reviewer", "Author", "Overview Author"]
DEATH_LABELS = ["Date of Death", "Date of death", "Died"]
REF_LABELS = ["Reference", "Review Reference", "Case Reference"]
BOARD_LABELS = ["Name of Board", "Commissioned by"]
OTHER_DATE_LABELS = ["Report Date", "Date Referred", "Date of Referral"]

BODY = (
    "\n\n1. Introduction\n\n1.1 The person at the centre of this review lived alone and had care"
    " and support from several agencies in the year before.\n"
)


def _review(text: str):
    return extract(text, name="cover.txt").review


def _render(rows: list[tuple[str, str]], layout: str, colon: bool) -> str:
    mark = ":" if colon else ""
    if layout == "column_wise":  # plain pdftotext of a borderless two-column table
        return "\n".join(f"{k}{mark}" for k, _ in rows) + "\n\n" + "\n".join(v for _, v in rows)
    if layout == "tabbed":  # pdftotext -layout, or a Word table read row by row
        return "\n".join(f"{k}{mark}\t{v}" for k, v in rows)
    if layout == "label_over_value":  # a one-column table: each label above its value
        return "\n\n".join(f"{k}{mark}\n\n{v}" for k, v in rows)
    return "\n".join(f"{k}: {v}" for k, v in rows)


@settings(max_examples=40, deadline=None)
@given(
    author=names,
    place=st.sampled_from(PLACES),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    labels=st.tuples(
        st.sampled_from(AUTHOR_LABELS),
        st.sampled_from(DEATH_LABELS),
        st.sampled_from(REF_LABELS),
        st.sampled_from(BOARD_LABELS),
        st.sampled_from(OTHER_DATE_LABELS),
    ),
    layout=st.sampled_from(["column_wise", "tabbed", "label_over_value", "label_value_lines"]),
    colon=st.booleans(),
    order=st.permutations(range(5)),
)
def test_a_cover_table_is_read_alike_however_it_is_printed(
    author, place, day, month, labels, layout, colon, order
):
    author_label, death_label, ref_label, board_label, other_label = labels
    code = "".join(w[0] for w in place.split()).upper() + "SAB"
    fields = [
        (board_label, f"{place} Safeguarding Adults Board"),
        (author_label, author),
        (death_label, f"{day:02d}/{month:02d}/2021"),
        (other_label, "14/02/2023"),
        (ref_label, f"{code} 2022/07"),
    ]
    rows = [fields[k] for k in order]
    cover = "Safeguarding Adults Review\n\n‘Olive’\n\nOverview Report\n\n" + _render(rows, layout, colon)
    review = _review(cover + BODY)
    assert review.author == author
    assert review.area == place
    assert review.date_of_death is not None and review.date_of_death.start == f"2021-{month:02d}-{day:02d}"
    assert review.review_id == f"{code} 2022/07"


def test_values_that_do_not_fit_their_labels_stay_unpaired():
    # three labels, three lines after them, but the third is a publication line, not a date of death:
    # the run is left as printed and the death is dated from the text
    cover = (
        "Domestic Homicide Review\n\nExecutive Summary\n\nSubject:\nCommissioned by:\nDate of death:\n\n"
        "‘Bethan’\nHollowmere Community Safety Partnership\nPublished October 2022\n\n"
        "Bethan was 38. She died in hospital on 11 September 2020, two days after she was assaulted.\n"
    )
    review = _review(cover)
    assert review.date_of_death.start == "2020-09-11"
    assert review.area == "Hollowmere"


def test_a_name_printed_above_its_role_is_not_paired_with_the_line_below():
    cover = (
        "Brackley Vale Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        "Susan Greaves\nAuthor\nMartin Webley\nChair\n\nIn March 2021 Tara was killed by her partner.\n"
    )
    assert _review(cover).author == "Susan Greaves"


def test_more_labels_than_values_leave_the_cover_as_printed():
    cover = (
        "Safeguarding Adults Review\n\nReview Author:\nDate of Death:\nReference:\n\n"
        "Ottilie Marchetti\n12/05/2021\n\n1. Introduction\n\n1.1 Ottilie Marchetti was asked by the"
        " Tarnside Safeguarding Adults Board to lead this review.\n"
    )
    review = _review(cover)
    # the two values cannot be told apart from a third that is missing: nothing is guessed
    assert review.review_id is None


# -- national bodies ---------------------------------------------------------------------------


def test_a_board_naming_its_nation_gives_the_area_when_nothing_local_is_named():
    cover = (
        "Safeguarding Board for Northern Ireland\n\nCase Management Review\n\nChild ‘R’\n\n"
        "Independent Reviewer: Eamon Okonjo\n\n1.1 Child R died in May 2020, aged 14.\n"
    )
    assert _review(cover).area == "Northern Ireland"


def test_a_department_on_the_cover_gives_the_nation_the_review_was_held_in():
    cover = (
        "Department of Justice\n\nDomestic Homicide Review\n\nSummary\n\n"
        "1. Reviews of this kind have been held in Northern Ireland since 2020.\n"
        "2. Orla was killed at her home on 14 August 2021 by her former partner.\n"
    )
    assert _review(cover).area == "Northern Ireland"


def test_a_local_partnership_wins_over_a_national_body():
    cover = (
        "Department of Justice\n\nDomestic Homicide Review\n\n"
        "Commissioned by Tarnside Community Safety Partnership.\n"
        "1. Reviews of this kind have been held in Northern Ireland since 2020.\n"
    )
    assert _review(cover).area == "Tarnside"


def test_a_department_without_a_nation_held_in_gives_no_area():
    cover = "Department of Health\n\nSafeguarding Adults Review\n\nMr T died in 2021.\n"
    assert _review(cover).area is None


# -- identifiers, roles and dates --------------------------------------------------------------


def test_a_page_number_after_a_footer_reference_is_not_part_of_the_id():
    text = (
        "Domestic Homicide Review\n\nAuthor: Yusra Lindqvist\n\n1.1 Sam died on 2 May 2021.\n\n"
        "Review Reference: KB-DHR-2021-04                      2\n\n1.2 The panel met.\n\n"
        "Review Reference: KB-DHR-2021-04                      3\n"
    )
    assert _review(text).review_id == "KB-DHR-2021-04"


def test_a_reference_ending_in_a_number_keeps_it():
    text = "Safeguarding Adults Review\n\nReference: TSAB SAR 7\n\nAuthor: Yusra Lindqvist\n"
    assert _review(text).review_id == "TSAB SAR 7"


def test_a_reviewer_labelled_in_two_languages_outranks_the_panel_chair_in_either_order():
    for first, second in (("Reviewer", "Chair"), ("Chair", "Reviewer")):
        roles = {
            "Reviewer": "Adolygydd / Reviewer: Eamon Lindqvist",
            "Chair": "Cadeirydd y Panel / Panel Chair: Philippa Okonjo",
        }
        cover = (
            "Tarnside Regional Safeguarding Board\n\nConcise Adult Practice Review\n\n"
            f"{roles[first]}\n{roles[second]}\n\nMr D died in hospital on 18 October 2020.\n"
        )
        assert _review(cover).author == "Eamon Lindqvist"


def test_a_cover_month_is_made_exact_by_the_day_the_text_gives():
    cover = (
        "Kelderby Community Safety Partnership\n\nDomestic Homicide Review\n\nDied: April 2021\n\n"
        "1.1 On 9th April 2021 ambulance staff were called to the flat. She was pronounced dead at 23:25.\n"
        "1.2 The Partnership was notified of the death on 12th April 2021.\n"
    )
    assert _review(cover).date_of_death.start == "2021-04-09"


def test_a_cover_month_is_not_replaced_by_a_notification_day():
    cover = (
        "Kelderby Community Safety Partnership\n\nDomestic Homicide Review\n\nDied: April 2021\n\n"
        "1.1 The Partnership was notified of the death on 12th April 2021.\n"
    )
    assert _review(cover).date_of_death.start == "2021-04"


def test_a_non_statutory_learning_review_is_none_of_the_kinds_its_text_weighs():
    cover = (
        "Multi-Agency Learning Review\n\n‘Lena’\n\nA non-statutory review commissioned by the Tarnside"
        " Safeguarding Adults Board\n\n1.1 The Board decided that the criteria for a Safeguarding Adults"
        " Review were not met, and the Partnership that a Domestic Homicide Review was not required.\n"
        "1.2 The SAR subgroup agreed that the learning should be drawn out.\n"
    )
    assert _review(cover).review_type is None


def test_a_non_statutory_review_whose_cover_names_its_kind_keeps_it():
    cover = (
        "Tarnside Safeguarding Adults Board\n\nSafeguarding Adults Review\n\n‘Lena’\n\n"
        "A non-statutory (discretionary) review under the Board's own policy\n"
    )
    assert _review(cover).review_type == "SAR"


# -- the kind of document from its own title lines ----------------------------------------------

_SECTIONS = "".join(
    f"\n{n}. {title}\n\n{n}.1 The panel considered {title.lower()} with each agency in turn and recorded"
    " what it found in the agencies' own words.\n"
    for n, title in enumerate(
        ["Introduction", "Terms of reference", "Analysis", "Findings", "Recommendations"], 1
    )
)
_CONTENTS = "Contents\nExecutive summary ........ 2\nIntroduction ........ 3\nRecommendations ........ 9\n\n"


def _kind(text: str) -> str | None:
    return _review(text).doc_kind


def test_a_review_titled_report_with_a_contents_page_is_the_overview_report():
    text = "Tarnside Safeguarding Adults Board\n\nMulti-Agency Learning Review\n\n‘Lena’\n\n" + _CONTENTS
    assert _kind(text + "Executive summary\n\nLena was 58 when she died in 2022.\n" + _SECTIONS) == (
        "overview_report"
    )


def test_a_summary_titled_before_its_contents_stays_a_summary():
    text = "Domestic Homicide Review\n\nExecutive Summary\n\n‘Lena’\n\n" + _CONTENTS
    assert _kind(text + _SECTIONS) == "executive_summary"


def test_a_review_titled_response_and_action_plan_is_not_called_a_report():
    text = (
        "Tarnside Safeguarding Children Partnership\nChild Safeguarding Practice Review: Child Q\n"
        "Partnership response and action plan\n\n" + _CONTENTS + _SECTIONS
    )
    assert _kind(text) != "overview_report"


def test_a_box_whose_long_value_wraps_is_paired_at_its_breaks():
    # (an NHS investigation's box printed column by column, the trust's name wrapped in its cell
    # after "Health" / "and ..."; the lead investigator is the author: extractors.review.cover_table)
    lines = [
        "Patient Safety Incident Investigation",
        "Trust",
        "Lead investigator",
        "Date of incident",
        "Investigation approved",
        "Brackwater and Elsdon Community Health",
        "and Social Care NHS Foundation Trust",
        "Ms Philippa Ormondroyd",
        "2 March 2024",
        "9 May 2025",
        "Summary of findings",
    ]
    assert paired(lines, P, 40)[1:6] == [
        "Trust: Brackwater and Elsdon Community Health and Social Care NHS Foundation Trust",
        "Lead investigator: Ms Philippa Ormondroyd",
        "Date of incident: 2 March 2024",
        "Investigation approved: 9 May 2025",
        "Summary of findings",
    ]
    assert author(paired(lines, P, 40), P) == "Philippa Ormondroyd"


def test_wrapped_values_that_part_two_ways_are_left_as_printed():
    # (no line breaks off: the extra line could be any label's, so no value is guessed)
    lines = [
        "Trust",
        "Lead investigator",
        "Date of incident",
        "Brackwater NHS Trust",
        "Ms Philippa Ormondroyd",
    ]
    lines += ["Consultant Nurse", "2 March 2024"]
    assert paired(lines, P, 40) == lines
