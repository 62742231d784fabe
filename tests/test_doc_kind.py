"""The kind of document comes from its body: where the plan is and how much of it the plan
covers, never from a contents line naming an appendix."""

from dhrparse.pipeline import extract

REPORT = """Domestic Homicide Review
Overview Report into the death of Ines

Contents
1. Introduction\t2
2. Recommendations\t4
Appendix C: Action Plan\t9

1. Introduction
1.1 Ines was 47 when she died at her home in Pellworth in June 2022.

2. Recommendations
2.1 The review makes two recommendations.
1. Pellworth Safety Partnership should audit how quickly referrals to the outreach service are answered.
2. Pellworth Safety Partnership should publish a briefing on economic abuse for partner agencies.
"""

PLAN = """Domestic Homicide Review – Ines
Action Plan
No.\tRecommendation\tAction\tLead Agency\tTarget Date\tStatus
1\tPellworth Safety Partnership to audit referral times.\tAudit referral response times\tPellworth Safety Partnership\tMarch 2024\tComplete
2\tPellworth Safety Partnership to brief agencies.\tWrite and circulate a briefing\tPellworth Safety Partnership\tJune 2024\tIn progress
"""


def test_a_contents_line_naming_an_action_plan_leaves_the_report_a_report():
    doc = extract(REPORT, name="report.txt")
    assert doc.review.doc_kind != "action_plan"
    assert [r.ref for r in doc.recommendations] == ["1", "2"]


def test_a_document_that_is_its_plan_table_is_an_action_plan():
    doc = extract(PLAN, name="plan.txt")
    assert doc.review.doc_kind == "action_plan"
    assert [a.ref for a in doc.actions] == ["1", "2"]


def test_a_short_summary_with_a_long_plan_appended_stays_a_summary():
    rows = [
        f"{k}\tPellworth Safety Partnership to act on point {k}.\tStep {k}\tPellworth Safety Partnership"
        f"\tMarch 2024\tComplete"
        for k in range(1, 13)
    ]
    text = "\n".join(
        [
            "Domestic Homicide Review – Ines",
            "Executive Summary",
            "",
            "Recommendations",
            "",
            "1. Pellworth Safety Partnership should audit how quickly referrals to the outreach service are answered.",
            "",
            "Appendix: Action Plan",
            "No.\tRecommendation\tAction\tLead Agency\tTarget Date\tStatus",
            *rows,
        ]
    )
    doc = extract(text, name="summary.txt")
    assert doc.review.doc_kind != "action_plan"
    assert any(r.text.startswith("Pellworth Safety Partnership should audit") for r in doc.recommendations)
