"""A briefing's short-form recommendations "R1" … "Rn" (extractors/recommendations/short_forms.py):
read as a whole run at the start of lines, in order, near the recommendations' heading or
lead-in, even where a text export joined the briefing's two columns of boxes into one paragraph
(the "R1" line in the middle of a block) or read a one-line label as a heading. When the same
recommendations are stated in full and numbered 1 … n, the short forms are their other
wordings. "R2" cited in a sentence, a references list, an out-of-order or broken run, learning
points and reflective questions open no recommendation. See tests/zoo/short_form_briefing_r_numbered_boxes
for a whole document on every route."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract

ZOO = Path(__file__).resolve().parent / "zoo"
STEM = "short_form_briefing_r_numbered_boxes"

# a seven-minute briefing's grid as a text export joins it: the left box's lines and the right
# box's lines side by side, the "R1" line inside the paragraph the export made of them
BRIEFING = """Quillhaven Safeguarding Adults Board

Seven-Minute Briefing

Safeguarding Adults Review: 'Ebenezer' (QSAB SAR 2025/01)

1. Background 2. Why this review?

Ebenezer was 74 and lived with his daughter. He The Board agreed the review criteria were met.

died at home in June 2024 after a fall.

3. What happened 4. What we learned

A neighbour's concern was closed (see R3) after Each agency held a part of the picture.

a phone call with the daughter.

5. Key messages 6. Recommendations

Seen alone, heard properly. The review made four recommendations:

R1 Visit before closing a carer's concern

short.

R2 Check the carer's own needs at discharge

R3 Neighbour concerns to reach the duty team

R4 Audit of closed concerns in 2025

7. Questions for your team

Who would you tell if a neighbour was worried?

When did you last see someone alone?
"""

FULL_TEXT = """

Board response to the recommendations

1. The Board should ask adult social care to visit the person before a concern about their carer is closed.

2. The hospital trust should check whether a family carer has needs of their own before discharge.

3. Adult social care should make sure that a neighbour's concern reaches the duty team the same day.

4. The Board should audit twenty closed concerns in 2025 and report to its Quality subgroup.
"""


def _refs(text: str) -> list[str]:
    return sorted(r.ref or "" for r in extract(text).recommendations)


def test_a_joined_briefing_reads_every_short_form_with_its_printed_ref():
    recs = {r.ref: r.text for r in extract(BRIEFING).recommendations}
    assert sorted(recs) == ["R1", "R2", "R3", "R4"]
    assert recs["R1"].startswith("Visit before closing a carer's concern")
    assert recs["R2"] == "Check the carer's own needs at discharge"
    assert recs["R4"] == "Audit of closed concerns in 2025"  # (a label read as a heading: its own words)


def test_questions_and_learning_are_no_recommendation():
    texts = " ".join(r.text for r in extract(BRIEFING).recommendations)
    assert "Who would you tell" not in texts
    assert "Each agency held" not in texts


def test_short_forms_fold_into_the_recommendations_stated_in_full():
    recs = extract(BRIEFING + FULL_TEXT).recommendations
    assert sorted(r.ref for r in recs) == ["1", "2", "3", "4"]
    by_ref = {r.ref: r for r in recs}
    assert "Check the carer's own needs at discharge" in " ".join(by_ref["2"].aliases)
    assert by_ref["2"].text.startswith("The hospital trust should check")


def _run(text: str) -> list[str]:
    """The refs short_forms reads from `text` when no reader before it found any."""
    return list(_read(text))


def _read(text: str) -> dict[str, str]:
    """ref -> text of what short_forms reads from `text` when no reader before it found any."""
    from dhrparse.extractors.recommendations.reading import Reading
    from dhrparse.extractors.recommendations.regions import find_regions
    from dhrparse.extractors.recommendations.short_forms import read_run
    from dhrparse.ledger import Ledger
    from dhrparse.patterns import load_patterns
    from dhrparse.pipeline import prepare
    from dhrparse.readers import read_bytes

    patterns = load_patterns()
    r = Reading(prepare(read_bytes(text.encode(), "t.txt"), patterns), Ledger(patterns=patterns))
    formal, secondary = read_run(r, find_regions(r), [], [])
    return {it.ref: it.text for it in formal + secondary}


SOURCES = """Quillhaven housing study

Sources used

The study drew on three sources, listed here by code
R1 Atkins, J. Housing and older people. London.
R2 Barton, K. Carers at home. Leeds.
R3 Cole, M. Neighbours and safeguarding. York.
"""


def test_a_run_with_no_recommendations_near_it_is_not_read():
    assert _run(SOURCES) == []
    # the same run under a recommendations heading is one (the guard is the context, not the shape)
    assert _run(SOURCES.replace("Sources used", "Recommendations")) == ["R1", "R2", "R3"]


def test_a_body_runs_to_the_next_label_and_the_last_stops_at_its_box():
    text = """Recommendations

The review made three recommendations.

R1 The Board should publish guidance on home visits.

It should say when a visit must be made in person.

R2 The hospital trust should check a carer's own needs at discharge.

R3 Adult social care should audit closed concerns.

Ask who else lives at the address.
"""
    read = _read(text)
    assert read["R1"] == (
        "The Board should publish guidance on home visits.\nIt should say when a visit must be made in person."
    )
    assert read["R3"] == "Adult social care should audit closed concerns."


def test_a_run_out_of_order_is_not_read():
    assert _run(BRIEFING) == ["R1", "R2", "R3", "R4"]
    swapped = (
        BRIEFING.replace("R1 Visit", "R0 Visit")
        .replace("R2 Check", "R1 Check")
        .replace("R0 Visit", "R2 Visit")
    )
    assert _run(swapped) == []  # R2 printed before R1: no run


def test_a_citation_wrapped_to_a_line_start_opens_nothing():
    # "R2 and R3 above" starts with a lowercase word: a sentence's citation, not a label
    text = BRIEFING.replace("R2 Check the carer's own needs at discharge", "R2 and R3 are set out above")
    assert "R2" not in _refs(text)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_box_keeping_its_run_in_one_cell(suffix):
    """The PDF and Word readers keep the Recommendations box as one table cell, its lines joined:
    the run is read from inside it ("see R2 and R4" in another box opens nothing)."""
    recs = {r.ref: r.text for r in extract(ZOO / f"{STEM}{suffix}").recommendations}
    assert sorted(recs) == ["R1", "R2", "R3", "R4"]
    assert recs["R4"] == "Fire service referrals to adult social care"
