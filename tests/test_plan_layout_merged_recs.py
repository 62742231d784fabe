"""A partnership plan printed side by side (pdftotext -layout) whose Recommendation cell, opening
"Recommendation N:", is merged down beside its several actions, generated.

The published family: "Recommendation | Action | Lead agency | Target date | Progress/RAG", the
recommendation's words wrapped down the first column beside its actions, each action printed
straight under the one before (no blank line between), action cells without a full stop. The
first column's "Recommendation 2: ..." is no band across the table: the row's other cells print
beside it (plan.layouts). A further action opens its own row under the same recommendation; a
word broken by its hyphen at the column's edge ("non-" / "attendance") comes back whole
(plan.tables.PlanRow.add).
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

RECOMMENDATIONS = [
    "The Partnership should make sure that practitioners consider the needs of every child in the household.",
    "Schools should be reminded how to escalate concerns when they disagree with a decision not to act.",
    "Health partners should make sure that a child's non-attendance at clinic is followed up as 'was not brought'.",
]
ACTIONS = [
    ("Revise the referral form to list all children in the household", "Fenmoor Children's Services"),
    ("Dip sample twenty referrals for siblings being named", "Partnership Quality Assurance Subgroup"),
    ("Relaunch the escalation and resolution protocol", "Partnership Business Unit"),
    ("Survey early years settings about their confidence in escalating", "Fenmoor Early Years Service"),
]
DATES = [("31/12/2023", "2023-12-31"), ("30/06/2024", "2024-06-30"), ("Sept 2023", "2023-09")]
PROGRESS = [
    ("Revised form live on the portal since December. Complete", "complete"),
    ("Sample selected; audit planned for June. Amber", "in_progress"),
    ("Not yet started because of a staff vacancy. Red", "not_started"),
]
WIDTHS = [40, 40, 22, 14, 40]


def _wrap(text: str, width: int) -> list[str]:
    # (a narrow column breaks a hyphenated word at its hyphen, as a word processor does)
    return textwrap.wrap(text, width - 4, break_on_hyphens=True)


@st.composite
def plans(draw):
    return [
        (
            text,
            [
                (
                    *draw(st.sampled_from(ACTIONS)),
                    draw(st.sampled_from(DATES)),
                    draw(st.sampled_from(PROGRESS)),
                )
                for _ in range(draw(st.integers(1, 3)))
            ],
        )
        for text in RECOMMENDATIONS[: draw(st.integers(2, 3))]
    ]


def render(plan) -> str:
    def line(cells: list[str]) -> str:
        return ("   " + "".join(c.ljust(w) for c, w in zip(cells, WIDTHS))).rstrip()

    lines = [
        "Fenmoor Safeguarding Children Partnership",
        "Child Safeguarding Practice Review – Child T",
        "",
        "Partnership Action Plan (updated May 2024)",
        "",
        line(["Recommendation", "Action", "Lead agency", "Target date", "Progress/RAG"]),
    ]
    for k, (text, actions) in enumerate(plan, 1):
        first = _wrap(f"Recommendation {k}: {text}", WIDTHS[0])
        body: list[list[str]] = []
        for action, lead, (date, _), (progress, _) in actions:
            columns = [_wrap(action, WIDTHS[1]), _wrap(lead, WIDTHS[2]), [date], _wrap(progress, WIDTHS[4])]
            for m in range(max(len(c) for c in columns)):
                body.append([c[m] if m < len(c) else "" for c in columns])
        for m in range(max(len(first), len(body))):
            lines.append(line([first[m] if m < len(first) else ""] + (body[m] if m < len(body) else [])))
    return "\n".join(lines) + "\n"


@settings(max_examples=20, deadline=None)
@given(plans())
def test_recommendation_merged_beside_its_actions(plan):
    text = render(plan)
    doc = extract(text, name="plan.txt")
    expected = [(str(k), a) for k, (_, actions) in enumerate(plan, 1) for a in actions]
    assert len(doc.actions) == len(expected), text
    for got, (ref, (action, lead, (_, date), (_, status))) in zip(doc.actions, expected):
        assert got.recommendation_ref == ref, text
        assert got.action and got.action.startswith(action), text
        assert got.lead == lead, text
        assert got.target_date is not None and got.target_date.start == date, text
        assert got.status.value == status, text
    assert [r.text for r in doc.recommendations] == [t for t, _ in plan], text
