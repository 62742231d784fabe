"""Action-plan extractor: each table form, continuation merging, golden scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, gold

from dhrparse.models import Document
from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py, the scorer the gold is judged with)


def _by_ref(doc: Document) -> dict[str, object]:
    return {a.ref: a for a in doc.actions}


# Form 3: column-interleaved PDF text (001's layout, short excerpt)
INTERLEAVED = """Ref Action (SMART) Lead Agency Target 

Date 

Desired Outcome Monitoring 

Arrangements

How will Success be 

Measured

Outcome/Progress Status

1.1 To establish a multi-agency 

Steering Group reporting 

to the Partnership

Community Safety 

Partnership

Mar-14 An improvement in the practice 

of agencies working together

Quarterly progress 

over 12 months

Group established

A Steering Group has been established.

Action 

completed

Recommendation 1.1 :  A working group should be jointly established by the Partnership and the Board with the aim of improving joint work.

2.1 Domestic violence service review 

being undertaken

West Midlands 

Police Public 

Protection Unit

Dec-13 to 

Sept-14

Review available

Ongoing

2.2 Briefing for partner agencies West Midlands 

Police Public 

Protection Unit

31/06/2019 Written briefing will be 

made available

Completed

Recommendation 2.1 : The police should review the use of risk assessment tools in all cases reported to them.
"""


def test_interleaved_rows_cells_and_recommendations():
    doc = extract(INTERLEAVED, name="plan.txt")
    acts = _by_ref(doc)
    assert set(acts) == {"1.1", "2.1", "2.2"}
    a = acts["1.1"]
    assert a.action.startswith("To establish a multi-agency Steering Group")
    assert a.lead == "Community Safety Partnership"
    assert a.target_date.start == "2014-03"
    assert a.status.value == "complete" and a.status.raw == "Action completed"
    assert a.desired_outcome.startswith("An improvement in the practice")
    assert a.agency_section == "overview"
    assert a.recommendation_ref == "1.1"
    b = acts["2.1"]
    assert b.lead == "West Midlands Police Public Protection Unit"
    assert b.target_date.raw == "Dec-13 to Sept-14" and b.target_date.end == "2014-09"
    assert b.status.value == "in_progress"
    c = acts["2.2"]
    # action and lead printed on one line: the capitalised run naming a body is the lead
    assert c.action == "Briefing for partner agencies"
    assert c.lead.startswith("West Midlands Police")
    # impossible day keeps the month, with a warning
    assert c.target_date.start == "2019-06" and c.target_date.precision == "month"
    assert any(w.code == "target_date_invalid" for w in doc.warnings)
    recs = {r.ref: r for r in doc.recommendations}
    assert recs["1.1"].level == "overview" and recs["1.1"].text.startswith("A working group")
    assert recs["2.1"].level == "overview" and recs["2.1"].ref == "2.1"


AGENCY_TABLES = """Ref Action (SMART) Lead Officer Target Date Outcome/Progress Status 

1 Write and  implement a domestic abuse 

policy for all staff

Lead GP 01.02.13 Policy is now in place 

Action 

completed

2 Arrange training for all staff 

Lead GP 01.03.13 Training delivered 

Action 

completed

Birmingham Community Healthcare NHS Trust

Ref Action (SMART) Lead Agency Target Date Outcome/Progress Status

1 Review of the guidelines. 

Safeguarding Lead

31/03/2013 The guidance is reviewing and updating the pathway

Recommendation 1: Midwifery staff record a plan of care for women who disclose domestic abuse in every case.
"""


def test_interleaved_agency_sections_and_judged_status():
    doc = extract(AGENCY_TABLES, name="plan.txt")
    first, second, third = doc.actions
    assert (first.ref, first.lead, first.target_date.start) == ("1", "Lead GP", "2013-02-01")
    assert second.target_date.start == "2013-03-01" and second.status.value == "complete"
    assert third.agency_section == "Birmingham Community Healthcare NHS Trust"
    assert third.lead == "Safeguarding Lead"
    assert third.status.value == "in_progress" and third.status.judged_from
    rec = doc.recommendations[0]
    assert rec.level == "agency" and rec.agency == "Birmingham Community Healthcare NHS Trust"
    assert third.recommendation_ref == "1" and third.recommendation_id == rec.id


# Form 1: tab rows with HTML cells, page-break continuation, updates
TAB_PLAN = (
    "ACTION PLAN\n\n"
    "OVERVIEW RECOMMENDATIONS\n\n"
    "Recommendation 1(i): The Partnership raises awareness of stalking.\t\t\t\t\t\t\n"
    "REF\tAction (SMART)\tLead Officer\tTarget date for completion\tDesired outcome of the action\tMonitoring arrangements\tHow will Success be Measured and Outcome\n"
    "1.1\tInformation on stalking to be\tDA Lead\tNovember 2022\tMore victims are protected.\tQuarterly report\tMore referrals\n"
    "\n"
    "Appendix A\n\n"
    "\tincorporated on the website.\t\t\t\t\t\n"
    "1.2\tTraining for professionals\tDA Lead\tDecember 2021\t\tBaseline data\t\n"
    "<p>Update: Complete</p> <p>The campaign ran in December.</p>\n"
    "--\t--\n\n"
    "Individual Agency Recommendations for GP Practices 1 & 2\n\n"
    "Recommendation 1: The Practice to improve knowledge of domestic abuse\t\t\t\t\t\t\n"
    "REF\tAction (SMART)\tLead Officer\tTarget date for completion\tDesired outcome of the action\tMonitoring arrangements\tHow will Success be Measured and Outcome\n"
    "1.1\tPractitioners respond to victims\tPractice Lead\tSeptember 2019\tBetter responses\tAudit\tReferrals\n"
    "Update\tPartially completed. Dates were cancelled.\t\t\t\t\t\n"
    "1.2\tAudit referral activity\tPractice Lead\t31/04/2019\tAudits\tAudit\tReferrals\n"
    "Update\tAs above.\t\t\t\t\t\n"
    "\n"
    "Appendix A\n\n"
    "Appendix A\n\n"
    "Appendix A\n\n"
)


def test_tab_rows_continuations_and_updates():
    doc = extract(TAB_PLAN, name="plan.txt")
    acts = [(a.agency_section, a.ref) for a in doc.actions]
    assert acts == [
        ("overview", "1.1"),
        ("overview", "1.2"),
        ("GP Practices 1 & 2", "1.1"),
        ("GP Practices 1 & 2", "1.2"),
    ]
    a, b, c, d = doc.actions
    assert a.action == "Information on stalking to be incorporated on the website."
    assert a.recommendation_ref == "1(i)" and a.target_date.start == "2022-11"
    assert a.status.value == "complete" and "Complete" in a.status.judged_from  # the update below both rows
    assert b.progress.startswith("Update: Complete")
    assert c.status.value == "in_progress"
    assert d.status.value == "in_progress" and d.status.judged_from == "As above."
    assert d.target_date.start == "2019-04"  # 31 April: month kept
    assert d.recommendation_ref == "1"
    recs = {(r.level, r.ref) for r in doc.recommendations}
    assert recs == {("overview", "1(i)"), ("agency", "1")}


# Form 2 (synthetic, from the issue): rows are recommendations, header repeated per page,
# numbering restarting per agency section
REC_ROWS = (
    "Individual Agency Recommendations – Police\n\n"
    "Recommendation\tScope\tAction to take\tLead Agency\tKey milestones\tTarget Date\tOutcome\tCompletion/RAG\n"
    "1. Officers should check previous history\tSingle agency\tBrief all officers\tPolice\tBriefing issued\tMar-14\tBetter checks\tGreen\n"
    "Recommendation\tScope\tAction to take\tLead Agency\tKey milestones\tTarget Date\tOutcome\tCompletion/RAG\n"
    "2. Supervisors should audit cases\tSingle agency\tMonthly audit\tPolice\tFirst audit done\tSept 2016\tAudits\tAmber - ongoing\n\n"
    "Individual Agency Recommendations – Housing\n\n"
    "Recommendation\tScope\tAction to take\tLead Agency\tKey milestones\tTarget Date\tOutcome\tCompletion/RAG\n"
    "1. Housing should record abuse\tSingle agency\tNew sub code\tHousing Officer\t\tTBC\tRecording\tnot started\n"
)


def test_recommendation_rows_yield_linked_records():
    doc = extract(REC_ROWS, name="plan.txt")
    assert [(a.agency_section, a.ref) for a in doc.actions] == [
        ("Police", "1"),
        ("Police", "2"),
        ("Housing", "1"),
    ]
    p1, p2, h1 = doc.actions
    assert p1.action == "Brief all officers" and p1.scope == "Single agency"
    assert p1.status.rag == "green" and p1.status.value == "complete"
    assert p2.status.value == "in_progress" and p2.target_date.start == "2016-09"
    assert h1.target_date.start is None and h1.target_date.raw == "TBC"
    assert h1.status.value == "not_started"
    recs = {r.id: r for r in doc.recommendations}
    assert len(recs) == 3
    for a in doc.actions:
        assert a.recommendation_id in recs
        assert recs[a.recommendation_id].agency == a.agency_section
    assert recs[h1.recommendation_id].text == "Housing should record abuse"


@pytest.mark.parametrize(
    "key, thresholds",
    [
        ("001", {"f1": 0.90, "lead": 0.85, "target_date": 0.85, "status": 0.85}),
        ("002", {"f1": 0.90, "lead": 0.85, "target_date": 0.85, "status": 0.85}),
    ],
)
def test_gold_actions(key, thresholds):
    doc = json.loads(extract(str(CORPUS[key])).model_dump_json())
    res = score.score_doc(gold(key), doc)["actions"]
    assert res.f1() >= thresholds["f1"]
    for name in ("lead", "target_date", "status"):
        ok, total = res.fields[name]
        assert ok / total >= thresholds[name], (name, ok, total)


def test_gold_plan_recommendations_001():
    doc = json.loads(extract(str(CORPUS["001"])).model_dump_json())
    res = score.score_doc(gold("001"), doc)["recommendations"]
    assert res.f1() >= 0.95
    assert res.fields["ref"][0] == res.fields["ref"][1]
    assert res.fields["level"][0] == res.fields["level"][1]
