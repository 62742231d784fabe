"""A mental health trust's plan answering an investigation's recommendations, in corpus text
(pdfplumber's lines, a printed table line's cells joined by single spaces):

    Rec | Trust response | Action | Lead | Target | Status

The response column holds the trust's answer to the recommendation: an acceptance word and,
where the answer is partial, the prose saying what part ("Accepted in part: ..."), left empty
on a recommendation's second action. It is neither the action nor its status. The row's first
line is cut where the line itself says: the response opens with its acceptance word and the
action opens at the imperative after it, so a free response's words never open the action
("Accepted in part: the Trust will" | "Audit ...") and the action's verb is never the
response's (plan.tracker_rows; the response kept under its printed name)."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_rows import TrackerShapes, extra_role
from dhrparse.plan.tracker_shapes import RESPONSE

P = load_patterns()

# (own words: an NHS trust's plan after an independent investigation, Arial, portrait)
PLAN = """Independent investigation into the care of Mr D – Bramcote Healthcare NHS Trust

6. The Trust's response and action plan

The Trust's Patient Safety Group agreed this response in March 2025.

Rec Trust response Action Lead Target Status

R1 Accepted. Write a discharge letter template that names Associate Director of 31/05/2025 Closed

the family contact Nursing

R2 Accepted. Train ward staff to ask about carers on Ward Manager, 30/06/2025 Closed

admission Elmfield Unit

R2 Check twenty admission records for the carer's Ward Manager, 31/08/2025 Open – on

details Elmfield Unit track

R3 Accepted in part: the Trust Offer each family a meeting with a named Head of Patient 30/09/2025 Open –

will offer meetings; the report contact within ten days Safety overdue

is for the coroner to share.

Status: Closed – evidence seen by the commissioners; Open – on track; Open – overdue.
"""


def test_a_trust_response_is_a_column_of_its_own():
    assert extra_role("Trust response", P) == RESPONSE


def test_a_response_cell_opens_with_its_acceptance_word():
    shapes = TrackerShapes(P)
    assert shapes.fit(RESPONSE, "Accepted in part: the Trust") < 0
    assert shapes.fit(RESPONSE, "Accepted.") < 0
    assert shapes.fit(RESPONSE, "Offer each family a meeting") > 0


def test_the_plans_rows_read_with_the_response_set_aside(tmp_path):
    path = tmp_path / "bramcote_plan.corpus.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = extract(path)
    # (each row's cells read from its first printed line: the leads' later lines are not read)
    got = [
        (a.action[:24], a.lead, a.target_date.raw, a.status.value, a.recommendation_ref) for a in doc.actions
    ]
    assert got == [
        ("Write a discharge letter", "Associate Director of", "31/05/2025", "complete", "R1"),
        ("Train ward staff to ask ", "Ward Manager,", "30/06/2025", "complete", "R2"),
        ("Check twenty admission r", "Ward Manager,", "31/08/2025", "in_progress", "R2"),
        ("Offer each family a meet", "Head of Patient", "30/09/2025", "in_progress", "R3"),
    ]
    assert not any(a.action.startswith(("Accepted", "Trust", "the")) for a in doc.actions)
