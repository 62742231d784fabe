"""Recommendations set out with a body's reply under each, or in a numbered table exported one
cell to a line, and a chronology that tells the death in a row's later sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

_RECS = [
    (
        "Westmarsh Council Adult Social Care",
        "should review every closed case where the adult refused an assessment.",
    ),
    (
        "Westmarsh Community Health NHS Trust",
        "should tell the GP when a district nurse cannot get into the home twice.",
    ),
    (
        "Westmarsh Fire and Rescue Service",
        "should offer a home safety visit wherever hoarding is seen by a partner.",
    ),
]

_HEAD = """Westmarsh Safeguarding Adults Board

Safeguarding Adults Review: Mrs F
Author: Lowri Anstey

1. Findings
1.1 Agencies respected Mrs F's choices but did not ask why she declined help.

2. Recommendations
"""


def _with_replies(label: str, same_paragraph: bool) -> str:
    parts = [_HEAD]
    for k, (body, rest) in enumerate(_RECS, 1):
        gap = "\n" if same_paragraph else "\n\n"
        parts.append(
            f"Recommendation {k}\n{body} {rest}{gap}{label} Accepted. Work starts in the spring.\n\n"
        )
    return "".join(parts) + "3. Conclusion\n3.1 The Board thanks Mrs F's family.\n"


@settings(max_examples=8, deadline=None)
@given(
    label=st.sampled_from(["Board response:", "SAB response:", "Partnership reply –", "Response:"]),
    same_paragraph=st.booleans(),
)
def test_a_reply_under_a_recommendation_is_not_its_text(label, same_paragraph):
    doc = extract(_with_replies(label, same_paragraph), name="replies.txt")
    recs = doc.recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]
    for rec, (_body, rest) in zip(recs, _RECS):
        assert rec.text.endswith(rest) and "Accepted" not in rec.text
        assert rec.outcome is None
    kept = [w for w in doc.warnings if w.code == "recommendation_response"]
    assert len(kept) == 3 and all("Work starts in the spring" in w.message for w in kept)


def _cells_table(header: str) -> str:
    rows = "".join(f"{k}\n{body} {rest}\n{body}\n" for k, (body, rest) in enumerate(_RECS, 1))
    return (
        "Westmarsh Community Safety Partnership\nDomestic Homicide Review: Executive Summary\n"
        "1. Recommendations\n1.1 The panel makes the following recommendations.\n"
        f"No.\nRecommendation\n{header}\n{rows}\n2. Conclusion\n2.1 The panel thanks the family.\n"
    )


@pytest.mark.parametrize("header", ["Organisation(s)", "Lead agency", "Agency"])
def test_a_number_cell_on_its_own_line_is_the_ref(header):
    recs = extract(_cells_table(header), name="cells.txt").recommendations
    assert [(r.ref, r.agency) for r in recs] == [(str(k), b) for k, (b, _) in enumerate(_RECS, 1)]


def _without_organisation_cells(numbers: tuple[str, str, str]) -> str:
    """The cells table with the first two organisation cells gone, its lone numbers replaced."""
    text = _cells_table("Organisation(s)").replace(f"{_RECS[0][0]}\n2\n", "2\n")
    text = text.replace(f"{_RECS[1][0]}\n3\n", "3\n")
    for old, new in zip(("\n1\n", "\n2\n", "\n3\n"), ("\n#1\n", "\n#2\n", "\n#3\n")):
        text = text.replace(old, new)
    for k, number in enumerate(numbers, 1):
        text = text.replace(f"\n#{k}\n", f"\n{number}\n")
    return text


@pytest.mark.parametrize("numbers", [("4", "9", "2"), ("12", "13", "14"), ("2", "3", "4")])
def test_lone_numbers_that_do_not_number_the_run_are_not_refs(numbers):
    # with no organisation cell beside them, lone numbers that do not count the run up from 1
    # (page numbers, paragraph numbers) prove nothing about which recommendation they stand by
    recs = extract(_without_organisation_cells(numbers), name="cells.txt").recommendations
    assert recs and all(r.ref is None for r in recs)


def test_lone_numbers_counting_the_run_up_from_one_are_its_refs():
    # (session 42: plain pdftotext prints a "No." column in pieces among the run's lines; numbers
    # counting 1, 2, 3 down the run number it, number_column._column_among)
    recs = extract(_without_organisation_cells(("1", "2", "3")), name="cells.txt").recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]


_CHRONOLOGY = """Harcombe Safeguarding Children Partnership
Child Safeguarding Practice Review: Baby J

Appendix A: Key events
 Date                 Event
 03/03/2022           Baby J is born at Harcombe Hospital.
 10/04/2022           Health visitor completes a visit. No concerns are noted.
 21/05/2022           Baby J is found unresponsive at home. Baby J is taken to hospital, {death}.
 24/05/2022           Strategy meeting held by the police and Children's Social Care.
"""


@pytest.mark.parametrize(
    "death, dated",
    [
        ("where life support is withdrawn that evening", "2022-05-21"),
        ("and dies the same day", "2022-05-21"),
        ("and dies three days later", None),
        ("and is discharged home", None),
    ],
)
def test_a_death_told_later_in_a_chronology_row(death, dated):
    review = extract(_CHRONOLOGY.format(death=death), name="chron.txt").review
    got = review.date_of_death.start if review.date_of_death else None
    assert got == dated


def _line_of(text: str, words: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), 1) if words in line)


@settings(max_examples=8, deadline=None)
@given(
    label=st.sampled_from(["Board response:", "SAB response:", "Partnership reply –", "Response:"]),
    same_paragraph=st.booleans(),
)
def test_a_reply_is_located_on_its_own_lines_and_the_recommendation_on_its_own(label, same_paragraph):
    text = _with_replies(label, same_paragraph)
    doc = extract(text, name="replies.txt")
    kept = [w for w in doc.warnings if w.code == "recommendation_response"]
    for rec, warning, (body, _rest) in zip(doc.recommendations, kept, _RECS):
        reply = _line_of(text[text.index(body) :], "Work starts") + text[: text.index(body)].count("\n")
        assert (warning.location.line_start, warning.location.line_end) == (reply, reply)
        assert rec.location.line_end == _line_of(text, body) and rec.location.line_end < reply


def test_a_reply_run_on_after_the_recommendations_last_sentence_is_located_on_that_line():
    text = _HEAD + (
        "Recommendation 1\nThe Council should review closed cases where the adult\n"
        "refused an assessment. Board response: Accepted, with an audit\nplanned for the spring.\n\n"
        "3. Conclusion\n3.1 The Board thanks Mrs F's family.\n"
    )
    doc = extract(text, name="replies.txt")
    (warning,) = [w for w in doc.warnings if w.code == "recommendation_response"]
    reply = _line_of(text, "Board response")
    assert (warning.location.line_start, warning.location.line_end) == (reply, reply + 1)
    assert doc.recommendations[0].location.line_end == reply  # its last sentence shares the line
