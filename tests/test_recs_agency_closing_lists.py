"""An agency's own recommendations closing its summary (closing_lists).

Each agency's numbered sub-section ("4.1 <agency>", paragraphs 4.1.1 ...) ends with a line
naming its recommendations, often by a short form ("Adult Social Care recommendations",
"Recommendations for the surgery"), and a list numbered from 1 again:
- the list is level agency, made by the agency the sub-section heading names in full, not by
  the subject of each sentence ("Crews should ...", "The service will ...");
- the panel's own recommendations numbered 1, 2 ... later are still overview records of their
  own, not folded into the agencies' same-numbered ones;
- the summary's numbered paragraphs above the closing line are not recommendations, even where
  they say what someone "should have" done;
- a recommendations heading with no agency sub-section above it ("Recommendations to the Home
  Office" in the panel's chapter) stays the panel's.
"""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = "Harwick Safeguarding Adults Board\nSafeguarding Adults Review: Edwin\n\n"

AGENCIES = (
    "4. What the agencies found\n\n"
    "Each agency looked at its own work with Edwin.\n\n"
    "4.1 Harwick Council Adult Social Care\n\n"
    "4.1.1 Adult Social Care received four concerns about Edwin and closed each one.\n\n"
    "4.1.2 The IMR author accepts that a manager should have reviewed the closures.\n\n"
    "Adult Social Care recommendations\n\n"
    "1. Adult Social Care should carry out capacity assessments face to face.\n\n"
    "2. No concern about self-neglect should be closed after one refusal.\n\n"
    "4.2 Harwick and Dunmore Fire and Rescue Service\n\n"
    "4.2.1 Crews fitted smoke alarms in 2021 and a follow-up visit was refused.\n\n"
    "Recommendation for the Fire and Rescue Service\n\n"
    "1. Crews should offer a second home safety visit after a refusal.\n\n"
)

BOARD = (
    "6. Recommendations to the Board\n\n"
    "Recommendation 1\n\n"
    "The Board should revise its self-neglect procedure so that any agency can call a meeting.\n\n"
    "Recommendation 2\n\n"
    "The Board should ask its partners to audit how refusals of help are recorded.\n\n"
)


def _recs(text: str):
    return extract(text, name="doc.txt").recommendations


def test_the_closing_list_is_the_agencys_own_named_in_full():
    recs = _recs(HEAD + AGENCIES + BOARD)
    agency = [(r.ref, r.level, r.agency) for r in recs if r.level == "agency"]
    assert agency == [
        ("1", "agency", "Harwick Council Adult Social Care"),
        ("2", "agency", "Harwick Council Adult Social Care"),
        ("1", "agency", "Harwick and Dunmore Fire and Rescue Service"),
    ]


def test_the_boards_recommendations_numbered_alike_stay_its_own():
    recs = _recs(HEAD + AGENCIES + BOARD)
    board = [(r.ref, r.level) for r in recs if r.level == "overview"]
    assert board == [("1", "overview"), ("2", "overview")]
    assert all("Board" in (r.agency or "") for r in recs if r.level == "overview")


def test_the_summary_paragraphs_above_the_closing_line_are_not_recommendations():
    texts = [r.text for r in _recs(HEAD + AGENCIES + BOARD)]
    assert not any("should have reviewed" in t for t in texts)
    assert len(texts) == 5


def test_a_recommendations_heading_without_an_agency_section_above_stays_the_panels():
    text = (
        HEAD + "5. Findings\n\n5.1 Agencies saw Edwin's refusals as choices.\n\n"
        "6. Recommendations\n\n"
        "Recommendations to the Home Office\n\n"
        "1. The Home Office should revise the statutory guidance on self-neglect reviews.\n\n"
    )
    recs = _recs(text)
    assert [(r.ref, r.level) for r in recs] == [("1", "overview")]


def test_a_closing_line_naming_no_agency_takes_the_sub_section_headings():
    text = (
        HEAD + "4. What the agencies found\n\n"
        "4.1 Harwick Council Adult Social Care\n\n"
        "4.1.1 Adult Social Care received four concerns about Edwin and closed each one.\n\n"
        "Single-agency recommendations\n\n"
        "1. Practitioners should carry out capacity assessments face to face.\n\n"
        "4.2 Harwick and Dunmore Fire and Rescue Service\n\n"
        "4.2.1 Crews fitted smoke alarms in 2021 and a follow-up visit was refused.\n\n"
        "Single-agency recommendations\n\n"
        "1. Crews should offer a second home safety visit after a refusal.\n\n" + BOARD
    )
    agency = [(r.ref, r.agency) for r in _recs(text) if r.level == "agency"]
    assert agency == [
        ("1", "Harwick Council Adult Social Care"),
        ("1", "Harwick and Dunmore Fire and Rescue Service"),
    ]


def test_a_short_form_in_the_closing_list_is_the_agency_itself():
    # "The practice" under the network's own closing line is the network's practice, not the
    # other practice the report names
    text = (
        HEAD
        + "1. Introduction\n\n1.1 Edwin moved from Orchard Lane Medical Centre to a new practice in 2019.\n\n"
        "4. What the agencies found\n\n"
        "4.1 Brookvale Primary Care Network (Edwin's GP practice)\n\n"
        "4.1.1 Edwin's GP saw him three times in 2022 and noted that he looked thin.\n\n"
        "GP practice recommendations\n\n"
        "1. The practice should weigh patients over 70 who are thought to be losing weight.\n\n" + BOARD
    )
    agency = [(r.ref, r.agency) for r in _recs(text) if r.level == "agency"]
    assert agency == [("1", "Brookvale Primary Care Network")]
