"""Plan tables a word processor's text export prints one cell per line whose cells do not divide
by count, generated (plan.cell_alignment).

The published family: the Home Office DHR action plan template (Recommendation | Scope of
recommendation | Action to take | Lead Agency | Key milestones achieved | Target Date | Date of
completion and Outcome) saved as text. The Recommendation cell holds the number and then the
recommendation's text (two lines); the Recommendation and Scope cells are merged down over a
recommendation's further actions, and each covered cell prints as a blank line. Every action
must come back with its recommendation's number, lead, target date and status.
"""

from __future__ import annotations

from docx_build import HO_PLAN_HEADERS
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

HEADER = list(HO_PLAN_HEADERS)
RECOMMENDATIONS = [
    "Dunwhistle Safer Communities Board should publish a pathway for victims of stalking.",
    "Dunwhistle Constabulary should review how call handlers record repeat calls to one address.",
    "The Vale Mental Health Trust should ensure that carers are asked about their own safety.",
    "Dunwhistle District Council should share reports of deliberate damage with its housing team.",
]
ACTIONS = [
    ("Convene a working group to draft the pathway with the specialist service.", None),
    ("Brief every duty sergeant on the revised recording standard.", None),
    (
        "Audit forty case files for a recorded question about safety.",
        "Report the audit to the quality committee.",
    ),
    ("Amend the repairs procedure so that deliberate damage is flagged.", None),
]
LEADS = [
    "Dunwhistle Safer Communities Board",
    "Dunwhistle Constabulary",
    "The Vale Mental Health Trust",
    "Dunwhistle District Council (Housing)",
]
MILESTONES = [
    "Group met twice; a draft pathway is out for comment.",
    "Briefing slides agreed with the force trainer.",
    "Audit tool agreed; sample drawn from the last quarter.",
]
DATES = [("31/12/2024", "2024-12-31"), ("April 2025", "2025-04"), ("30/09/2024", "2024-09-30")]
OUTCOMES = [
    ("Completed", "complete"),
    ("Completed – pathway published in November 2024.", "complete"),
    ("Ongoing", "in_progress"),
    ("Not yet started", "not_started"),
]


@st.composite
def plans(draw):
    """Per recommendation: (text, scope, its actions); an action is (action cell paragraphs,
    lead, milestone, (date, value), (outcome, status))."""
    plan = []
    for k in range(draw(st.integers(2, 4))):
        actions = []
        for _ in range(draw(st.integers(1, 3))):
            action, second = draw(st.sampled_from(ACTIONS))
            paragraphs = [action] + ([second] if second and draw(st.booleans()) else [])
            actions.append(
                (
                    paragraphs,
                    draw(st.sampled_from(LEADS)),
                    draw(st.sampled_from(MILESTONES)),
                    draw(st.sampled_from(DATES)),
                    draw(st.sampled_from(OUTCOMES)),
                )
            )
        plan.append((RECOMMENDATIONS[k], draw(st.sampled_from(["Local", "National"])), actions))
    return plan


def render(plan) -> str:
    lines = [
        "Dunwhistle Safer Communities Board",
        "Domestic Homicide Review into the death of Maren",
        "",
        "1. Introduction",
        "1.1 This report sets out the findings of the review into the death of Maren in 2023.",
        "Appendix A – Action plan",
        "Position reported to the Board, January 2025.",
    ] + HEADER
    for k, (text, scope, actions) in enumerate(plan, 1):
        for m, (paragraphs, lead, milestone, (date, _), (outcome, _)) in enumerate(actions):
            if m == 0:
                lines += [f"4.{k}", text, scope]  # the number, then the recommendation
            else:
                lines += ["", ""]  # the merged Recommendation and Scope cells, covered
            lines += paragraphs + [lead, milestone, date, outcome]
    return "\n".join(lines) + "\n"


@settings(max_examples=25, deadline=None)
@given(plans())
def test_home_office_template_saved_as_text(plan):
    text = render(plan)
    doc = extract(text, name="overview.txt")
    expected = [(f"4.{k}", a) for k, (_, _, actions) in enumerate(plan, 1) for a in actions]
    assert len(doc.actions) == len(expected), text
    for got, (ref, (paragraphs, lead, _, (_, value), (_, status))) in zip(doc.actions, expected):
        assert got.recommendation_ref == ref, text
        assert got.action and got.action.startswith(paragraphs[0]), text
        assert got.lead == lead, text
        assert got.target_date is not None and got.target_date.start == value, text
        assert got.status.value == status, text
    assert not any(w.code == "plan_text_unplaced" for w in doc.warnings), text
