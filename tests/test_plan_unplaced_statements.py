"""A plan whose recommendation cells are merged down over their actions, in the plain pdftotext
export that prints each merged cell as a paragraph of its own between the rows and the ref
column's codes elsewhere (after the rows, one before a cell): the paragraphs that ask someone
to act are the plan's recommendations, at their own lines; their refs stay unknown, since the
codes print in an order of their own, and the rows read as before."""

from __future__ import annotations

import dhrparse

PLAN = """Tolworth Community Safety Partnership
Domestic Homicide Review 'Dana' – Action Plan
Ref
Recommendation
Partnership recommendations

Key actions

Lead

Target date

Status / evidence

Publish a leaflet for neighbours on how
to report abuse to the police.

Community Safety
Officer

June 2023

Complete – leaflet delivered

TP2

The Partnership should make sure that
neighbours know how to report concerns
about domestic abuse.
Tolworth Police should review the way call
handlers record repeat calls from the same
address.

Add a repeat-caller flag to the call
record used by call handlers.

Control Room Manager

31/12/2023

In progress – flag in testing

The Trust should train its district nurses to
ask about domestic abuse when a patient is
seen at home.

Deliver a training session to each
district nursing team.

Named Nurse

March 2024

Not started

TP1
Tolworth Police
"""


def test_merged_cells_printed_apart_are_the_plans_recommendations():
    doc = dhrparse.extract(PLAN)
    recs = [(r.ref, r.text[:40], r.location.line_start) for r in doc.recommendations]
    assert recs == [
        (None, "The Partnership should make sure that ne", 27),
        (None, "Tolworth Police should review the way ca", 30),
        (None, "The Trust should train its district nurs", 43),
    ]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started"]
    unread = " ".join(w.message for w in doc.warnings if w.code == "plan_text_not_read")
    assert "should" not in unread


def test_a_plan_with_its_own_statements_takes_no_paragraph_for_one():
    numbered = PLAN.replace("The Trust should train", "Recommendation 3: The Trust should train")
    doc = dhrparse.extract(numbered)
    # (the unnumbered paragraphs stay unread text, reported as such, not guessed records)
    assert [r.ref for r in doc.recommendations] == ["3"]
