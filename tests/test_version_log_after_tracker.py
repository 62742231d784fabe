"""A tracker in corpus text (its cells joined by single spaces on each printed line) followed by
a version log under a title set as plain text ("Version control"), its rows numbered in a series
of their own ("0.1", "0.2" under "R4.2"): the log's rows are not the plan's, even where one of
them cuts like a plan row ("0.2 ... First updates; R1.1 rated Blue. CSP Manager"), and the plan
ends before the log with a warning (plan.tracker_table._later_table). A series of another
shape whose rows print their dates and ratings where the plan's do ("L1" after "N2") is still
the plan's."""

from __future__ import annotations

from dhrparse.pipeline import extract

TRACKER = """Brackenfold Community Safety Partnership – DHR action tracker 

Domestic Homicide Review ‘Imogen’ – action tracker, update to October 2024 

Ref Recommendation Action Owner Deadline RAG Update (October 2024) 

R1.1 Rec 1 Publish a list of local refuge and outreach services. CSP Manager 31/03/2024 Blue List published in March. 

R1.2 Review the list of services every six months. CSP Manager Ongoing Green Review dates set. 

R2.1 Rec 2 Brief response officers on repeat callers. Police Inspector 30/04/2024 Blue Briefing given to all shifts. 

R2.2 Check repeat call incidents each quarter. Police Inspector 31/12/2024 Amber Two samples complete. 

R3.1 Rec 3 Agree a referral route for tenants at risk. Housing Lead 31/05/2024 Blue Route agreed in May. 

R3.2 Audit the referral route after six months. Housing Lead 31/01/2025 Red Not started. 

R4.1 Rec 4 Add an enquiry prompt to the GP template. ICB Safeguarding 30/06/2024 Green Template in testing. 

R4.2 Train practice staff on the enquiry prompt. ICB Safeguarding 31/03/2025 Amber Three practices trained. 

"""

VERSION_LOG = """Brackenfold CSP – OFFICIAL Page 1 of 2 

About this tracker 

Each owner reports progress to the CSP Manager before every meeting of the Oversight Group. An action is rated Blue only when the owner has sent evidence that it is complete. 

Version control 

Version Date Changes Updated by 

0.1 06/11/2023 Tracker created from the published plan. CSP Manager 

0.2 19/03/2024 First updates; R1.1 rated Blue. CSP Manager 

0.3 15/07/2024 Second updates from owners. CSP Manager 

Brackenfold CSP – OFFICIAL Page 2 of 2 
"""


def _extracted(tmp_path, text: str):
    path = tmp_path / "tracker.corpus.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_a_version_log_row_rated_like_a_plan_row_is_not_an_action(tmp_path):
    got = _extracted(tmp_path, TRACKER + VERSION_LOG)
    assert [a.ref for a in got.actions] == ["R1.1", "R1.2", "R2.1", "R2.2", "R3.1", "R3.2", "R4.1", "R4.2"]
    assert got.actions[-1].status.value == "in_progress"
    ended = [w for w in got.warnings if "series of its own" in w.message]
    assert len(ended) == 1
    assert ended[0].location.line_start == TRACKER.count("\n") + VERSION_LOG.split("0.1")[0].count("\n") + 1


NATIONAL_THEN_LOCAL = """Ref Action Owner Deadline RAG Update (October 2024) 

N1 Write to the Home Office with the published report. CSP Chair 31/01/2024 Blue Letter sent in January. 

N2 Ask the national body to review its guidance. CSP Chair 31/03/2024 Green Reply awaited. 

N3 Share the review with the regional network. CSP Manager 30/04/2024 Blue Shared at the April meeting. 

L1 Publish a list of local refuge and outreach services. CSP Manager 31/03/2024 Blue List published in March. 

L2 Brief response officers on repeat callers. Police Inspector 30/04/2024 Amber Two shifts briefed. 

L3 Agree a referral route for tenants at risk. Housing Lead 31/05/2024 Red Not started. 

Brackenfold CSP – OFFICIAL Page 1 of 1 
"""


def test_a_local_series_after_a_national_one_is_the_plans_own(tmp_path):
    got = _extracted(tmp_path, TRACKER.split("Ref Recommendation")[0] + NATIONAL_THEN_LOCAL)
    assert [a.ref for a in got.actions] == ["N1", "N2", "N3", "L1", "L2", "L3"]
    assert not [w for w in got.warnings if "series of its own" in w.message]
