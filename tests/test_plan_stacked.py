"""Plan tables a word processor's "save as text" prints one cell per line, generated.

Two published families, each rendered from the same drawn content:
- a plan whose "Recommendation" column holds only the recommendation's number, merged down over
  that recommendation's actions (the merged cell leaves one cell fewer on the rows below it);
- a learning review in which each "Recommendation N" heading and paragraph is followed by its
  own small table of improvement actions (no number column, no status column).
Every action must come back with its recommendation's number, lead, target date and status.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

ACTIONS = [
    "Update the referral form so that it asks about coercive control.",
    "Brief all duty staff on the revised referral route.",
    "Audit twenty closed cases for missed disclosures.",
    "Publish a leaflet for neighbours and friends.",
    "Add a prompt to the electronic patient record.",
]
LEADS = [
    "Head of Safeguarding",
    "Duty Team Manager",
    "Learning and Development Officer",
    "Community Safety Manager",
]
DATES = [
    ("June 2024", "2024-06"),
    ("31/03/2025", "2025-03-31"),
    ("Sept 2024", "2024-09"),
    ("January 2025", "2025-01"),
]
STATES = [
    ("Achieved – guidance issued", "complete"),
    ("On track – half of staff briefed", "in_progress"),
    ("Delayed – awaiting a system change", "in_progress"),
    ("Not started", "not_started"),
    ("Complete", "complete"),
]


@st.composite
def plans(draw) -> list[list[tuple[str, str, tuple[str, str], tuple[str, str]]]]:
    """Per recommendation, its actions: (action, lead, (date, value), (progress, status))."""
    n = draw(st.integers(2, 4))
    return [
        [
            (
                draw(st.sampled_from(ACTIONS)),
                draw(st.sampled_from(LEADS)),
                draw(st.sampled_from(DATES)),
                draw(st.sampled_from(STATES)),
            )
            for _ in range(draw(st.integers(1, 3)))
        ]
        for _ in range(n)
    ]


def _opening() -> list[str]:
    return [
        "Eastwold Community Safety Partnership",
        "Domestic Homicide Review – Executive Summary",
        "",
        "1. Introduction",
        "1.1 This summary sets out the findings of the review into the death of Alys in 2022.",
        "",
    ]


def render_number_column(plan, blank_after_merged: bool) -> str:
    lines = _opening() + [
        "Appendix A: Action Plan",
        "Recommendation",
        "Action",
        "Owner",
        "Completion date",
        "Progress",
    ]
    for k, actions in enumerate(plan, 1):
        for m, (action, lead, (date, _), (progress, _)) in enumerate(actions):
            if m == 0:
                lines.append(str(k))
                if len(actions) > 1 and blank_after_merged:
                    lines.append("")  # the merged cell's own paragraph end
            else:
                lines.append("")  # the merged cell, covered
            lines += [action, lead, date, progress]
    return "\n".join(lines) + "\n"


def render_table_per_recommendation(plan) -> str:
    lines = _opening() + ["2. Recommendations and improvement actions"]
    for k, actions in enumerate(plan, 1):
        lines += [
            f"Recommendation {k}",
            f"The partnership should make sure that lesson {k} is acted upon.",
            "",
        ]
        lines += ["Improvement action", "Lead", "Timescale"]
        for action, lead, (date, _), _ in actions:
            lines += [action, lead, date]
        lines.append("")
    lines += ["3. Conclusion", "3.1 The partnership will report on progress in its annual report."]
    return "\n".join(lines) + "\n"


def _check(doc, plan, with_status: bool, text: str) -> None:
    expected = [(str(k), a) for k, actions in enumerate(plan, 1) for a in actions]
    assert len(doc.actions) == len(expected), text
    for got, (ref, (action, lead, (_, value), (_, status))) in zip(doc.actions, expected):
        assert got.recommendation_ref == ref, text
        assert got.action and got.action.startswith(action[:20]), text
        assert got.lead == lead, text
        assert got.target_date is not None and got.target_date.start == value, text
        assert got.status.value == (status if with_status else "unknown"), text


@settings(max_examples=25, deadline=None)
@given(plans(), st.booleans())
def test_number_column_printed_one_cell_per_line(plan, blank_after_merged):
    text = render_number_column(plan, blank_after_merged)
    _check(extract(text, name="summary.txt"), plan, True, text)


@settings(max_examples=25, deadline=None)
@given(plans())
def test_action_table_under_each_recommendation_one_cell_per_line(plan):
    text = render_table_per_recommendation(plan)
    doc = extract(text, name="review.txt")
    _check(doc, plan, False, text)
    assert [r.ref for r in doc.recommendations] == [str(k) for k in range(1, len(plan) + 1)], text


def test_cells_that_do_not_divide_into_rows_are_left_as_text_with_a_warning():
    """A cell printed over two lines breaks the count: nothing is guessed, the text is kept."""
    plan = [[(ACTIONS[0], LEADS[0], DATES[0], STATES[0])], [(ACTIONS[1], LEADS[1], DATES[1], STATES[1])]]
    text = render_number_column(plan, False).replace(ACTIONS[1], ACTIONS[1] + "\nThen report to the board.")
    doc = extract(text, name="summary.txt")
    assert len(doc.actions) < 2 or doc.actions[1].action != ACTIONS[1]
    assert any(w.code.startswith("plan_text") for w in doc.warnings)
