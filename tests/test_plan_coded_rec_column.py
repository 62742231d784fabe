"""A tracker whose Rec column codes its recommendations ("R1", "R2") while its Ref column numbers
their actions ("1a", "1b", "2a"), printed by plain pdftotext as column blocks: the Rec column
whole, then the merged recommendation cells one under the other, then the actions with their
rows' cells (plan.column_blocks, plan.recommendation_cells).

The recommendation is "R2" as the column prints it, not "2": the report and its plan cite it so,
and the actions "2a", "2b" still answer it."""

from __future__ import annotations

from dhrparse.pipeline import extract

PLAN = (
    "Dunholm Safeguarding Adults Board\n"
    "Safeguarding Adults Review: 'Peter' - action plan progress tracker, position at 30 June 2025\n"
    "The Review Subgroup checks this tracker every two months; each partner updates its own rows.\n"
    "RAG key\nB\nG\nA\nR\n\n"
    "Blue - action complete and evidence of impact received\nGreen - in progress and on track\n"
    "Amber - in progress but behind schedule\nRed - not started\n"
    "Rec\n\nR1\n\nR2\n\nR3\n\nPage 1 of 2\n\n"
    "Recommendation\n\n"
    "The Board should seek\nassurance that partners use the\nescalation protocol when a\n"
    "person refuses care.\n"
    "Dunholm Council Adult Social\nCare should make sure that a\ncapacity assessment is recorded\n"
    "for each refusal of care.\n"
    "Dunholm Integrated Care Board\nshould ensure that practices\nflag patients who miss\nrepeated appointments.\n\n"
    "Ref\n1a\n\nAction\nAudit a sample of twenty\nreferrals against the protocol.\n\n"
    "Lead\nQuality Subgroup\nchair\n\nTarget date\nJune 2025\n\n"
    "1b\n\nLaunch the protocol at a\npractitioner event.\n\nBoard Business\nManager\n\nSept 2025\n\n"
    "2a\n\nUpdate the practice guidance on\nrepeated refusal of care.\n\nPrincipal Social\nWorker\n\n"
    "Dec 2025\n\n"
    "3a\n\nAgree a coding standard with the\npractices' system leads.\n\nDesignated Nurse\n\n"
    "March 2026\n\n"
)


def test_coded_recommendations_keep_their_code_and_their_actions():
    doc = extract(PLAN, name="tracker.txt")
    assert [r.ref for r in doc.recommendations] == ["R1", "R2", "R3"]
    by_id = {r.id: r.ref for r in doc.recommendations}
    assert [(a.ref, a.recommendation_ref, by_id.get(a.recommendation_id)) for a in doc.actions] == [
        ("1(a)", "R1", "R1"),
        ("1(b)", "R1", "R1"),
        ("2(a)", "R2", "R2"),
        ("3(a)", "R3", "R3"),
    ]
