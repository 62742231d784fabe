"""A plan read as text ends where the report's next numbered section begins: a heading
"N. Title" whose first paragraph carries its number on ("N.1 ...") is the report's section,
never a plan row numbered N, even where a table of numbered rows (an executive summary's
single-agency recommendations, laid out as -layout pdftotext prints them) came before it."""

from __future__ import annotations

from dhrparse.pipeline import analyse, extract

PLAN = """Ashvale Safer Communities Partnership
Domestic Homicide Review: Executive Summary and Overview Report

ES.4 Each agency's own recommendations are listed in the table below.

Single-agency recommendations
 Agency                  No.    Recommendation


 Ashvale Police          1      Call handlers will be reminded that abuse of a parent by an
                                adult child is domestic abuse and must be risk assessed.


                         2      The force will flag the address of any person held under a
                                mental health warrant so that officers see the history.


 Ashvale Homes           1      Tenancy officers will ask about violence from a relative at
                                every home visit.

\f
1. Introduction
1.1 The partnership decided to hold this review after the death of the victim, and the panel
first met in the spring.

2. Terms of Reference
2.1 The review covers the two years before the death, and the panel asked each agency for a
chronology of its contact with the family.

3. Involvement of family
3.1 The victim's sister met the author twice and read the draft report before it was finished.

7. Recommendations
7.1 The panel makes two recommendations to the partnership.
R1 The partnership should write guidance on abuse of parents by adult children.
R2 The partnership should ask the carers' service to add a safety question to its assessment.
"""


def test_numbered_sections_after_a_table_of_numbered_rows_are_no_plan_rows():
    doc = extract(PLAN, name="report.txt")
    assert not [a for a in doc.actions if a.action and a.action.startswith(("Introduction", "Terms"))]
    assert not doc.actions  # (the table holds recommendations only: no action is read from it)


def test_the_recommendations_section_after_them_is_still_read():
    refs = {r.ref for r in extract(PLAN, name="report.txt").recommendations}
    assert {"R1", "R2"} <= refs


APPENDED_PLAN = """
8. Action Plan

The plan covers the panel's recommendations only; agencies keep plans of their own.

Ref Action Lead Officer Target Date Outcome/Progress Status

1 Write the guidance on abuse of parents by adult children

Partnership manager 31.03.25 Guidance published in March

Action

completed

2 Add a safety question to the carers' assessment form

Carers' service lead 30.06.25 Question drafted

In progress
"""


def test_the_plan_claims_only_its_own_stretch_of_the_report():
    # (a claimed stretch is read by the plan stage alone: the sections after the table must
    # stay the report's, for the recommendations and the document's kind)
    analysis = analyse((PLAN + APPENDED_PLAN).encode("utf-8"), name="report.txt")
    assert len(analysis.document.actions) == 2
    lines = {ln.text.strip(): ln.number for ln in analysis.source.lines}
    planned = [(c.line_start, c.line_end) for c in analysis.claims if c.kind == "plan"]
    later = [n for text, n in lines.items() if text.startswith(("2.1 ", "3.1 ", "R1 "))]
    assert later and not [n for n in later for a, b in planned if a <= n <= b]


PLAN_PART = """
{n}. Action Plan

Ref Action Lead Officer Target Date Outcome/Progress Status

1 Write the guidance on abuse of parents by adult children

Partnership manager 31.03.25 Guidance published in March

Complete

2 Add a safety question to the carers' assessment form

Carers' service lead 30.06.25 Question drafted

In progress

{m}. Glossary
{m}.1 IDVA means independent domestic violence adviser, a specialist who supports victims.
{m}.2 MARAC means multi-agency risk assessment conference, held monthly in the area.
"""


def test_a_stretch_of_the_plan_reports_only_its_own_unread_lines():
    # three plans, each ended by the report's glossary: the glossaries between them are the
    # report's, and no stretch reports the lines before it (each warning once, if at all)
    text = "".join(PLAN_PART.format(n=2 * k + 1, m=2 * k + 2) for k in range(3))
    doc = extract(text, name="plans.txt")
    assert len(doc.actions) == 6
    unread = [w.location.line_start for w in doc.warnings if w.code == "plan_text_not_read"]
    glossary = [n for n, ln in enumerate(text.splitlines(), 1) if "means" in ln]
    assert not set(unread) & set(glossary)
    assert len(unread) == len(set(unread))
