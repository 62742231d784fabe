"""A SMART action plan in corpus text (pdfplumber's lines, each followed by a blank line, the
cells of a printed line joined by single spaces) whose header prints no number column:
"Recommendation | Specific action | Measurable outcome | Lead officer | Target date | Evidence
of completion | RAG". Each cell opens with its own number instead ("1. The Partnership
should ..." beside "1.1 Write a guide ..."), the recommendation's cell merged over its
actions, so a later action's number is printed mid-line after the recommendation's words."""

from __future__ import annotations

from plan_text import corpus_text, merged_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

FACE = Face("arial")
WIDTHS = {  # in ems
    "Recommendation": 11.0,
    "Specific action": 9.5,
    "Measurable outcome": 8.5,
    "Lead officer": 6.5,
    "Target date": 4.6,
    "Evidence of completion": 8.0,
    "RAG": 2.8,
}
GROUPS = [
    (
        "1.",
        "Fernmouth Community Safety Partnership should make sure that library and leisure staff know where to send a person who tells them about abuse at home.",
        [
            (
                "1.1",
                "Write a one-page guide for library staff",
                "Guide on the intranet",
                "Libraries Manager",
                "30/06/2024",
                "Complete – guide seen",
                "Green",
            ),
            (
                "1.2",
                "Brief the leisure centre duty managers",
                "Nine of ten managers briefed",
                "Leisure Lead, Fernmouth Council",
                "Oct 2024",
                "Eight briefed so far",
                "Amber",
            ),
        ],
    ),
    (
        "2.",
        "Fernmouth Probation should check that a risk summary goes to the refuge before release.",
        [
            (
                "2.1",
                "Add a release checklist step",
                "Step shown on the case system",
                "Senior Probation Officer",
                "31.08.2024",
                "Complete – screenshot",
                "Green",
            ),
            (
                "2.2",
                "Audit twenty release plans",
                "Audit report to the Board",
                "Head of Quality",
                "March 2025",
                "Not begun",
                "Red",
            ),
        ],
    ),
    (
        "3.",
        "The Partnership should share the learning with every member agency.",
        [
            (
                "3.1",
                "Publish a learning briefing",
                "Briefing on the website",
                "Business Manager",
                "May 2024",
                "Published in May",
                "Green",
            ),
        ],
    ),
]


def _plan() -> str:
    # (each recommendation's cell merged down beside its actions' rows, an action's number
    # opening its action cell)
    printed = [" ".join(WIDTHS)]
    for number, rec, actions in GROUPS:
        rows = [[f"{ref} {action}", *cells] for ref, action, *cells in actions]
        printed += merged_rows([f"{number} {rec}"], rows, list(WIDTHS.values()), FACE)
    lines = [
        "Fernmouth Community Safety Partnership",
        "DHR 'Maud' – SMART action plan and progress at 31 October 2024",
        "RAG key GREEN = complete AMBER = in progress RED = not started",
        *printed,
        "Plan owner: Partnership Business Manager.",
    ]
    return corpus_text(lines)


def test_numbered_cells_give_each_action_its_ref_recommendation_lead_date_and_rag():
    doc = extract(_plan())
    got = [
        (a.ref, a.recommendation_ref, (a.action or "")[:9], a.status.value if a.status else None)
        for a in doc.actions
    ]
    assert got == [
        ("1.1", "1", "Write a o", "complete"),
        ("1.2", "1", "Brief the", "in_progress"),
        ("2.1", "2", "Add a rel", "complete"),
        ("2.2", "2", "Audit twe", "not_started"),
        ("3.1", "3", "Publish a", "complete"),
    ], got
    for a in doc.actions:
        # (no action carries another column's words)
        assert "Partnership should" not in (a.action or ""), a.action
    by_ref = {a.ref: a for a in doc.actions}
    assert by_ref["2.1"].target_date is not None and by_ref["2.1"].target_date.raw == "31.08.2024"
    assert (by_ref["2.2"].lead or "").startswith("Head of")
    recs = {r.ref: r.text for r in doc.recommendations}
    assert sorted(recs) == ["1", "2", "3"], recs
    assert recs["2"].startswith("Fernmouth Probation should check that"), recs
    assert "1.2" not in recs["1"] and "Brief" not in recs["1"], recs["1"]


# (the Evidence of completion column opens with status words, but the RAG column is headed as the
# status: the evidence is the progress beside it, plan.column_roles)
def test_the_status_cell_is_the_rag_alone():
    doc = extract(_plan())
    assert [a.status.raw for a in doc.actions] == ["Green", "Amber", "Green", "Red", "Green"]
