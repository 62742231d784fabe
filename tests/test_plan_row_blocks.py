"""Plan tables plain pdftotext prints a whole cell at a time, row after row, generated.

A ruled table whose cells each print as a block of their own (a blank line between), in
column order along each row: the header's names each a block, then every row as its number
(merged down over the recommendation's actions, so printed once), its action, lead, target
date, evidence, date closed and status. An empty cell prints nothing. The short cells at the
top right of a row (a date closed, "Closed") can print after the page's last row instead,
column by column. Every action must come back with its recommendation's number, lead, target
date and status; a table whose blocks do not make rows is left as printed, with a warning.
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

ACTIONS = [
    "Add a question about coercive control to the duty team's referral form and audit its use.",
    "Brief every ward manager on the revised carers' pathway.",
    "Publish a short guide for neighbours, friends and employers on how to raise a concern.",
    "Write to the regional commissioner with the review's findings on the joint process.",
    "Offer each family a named contact for the length of the review.",
]
LEADS = [
    "Head of Safeguarding, Hollin Vale Trust",
    "Duty Team Manager",
    "Designated Nurse Safeguarding Adults, Hollin Vale ICB",
    "Community Safety Manager",
]
DATES = [("30/06/2024", "2024-06-30"), ("31/03/2025", "2025-03-31"), ("Q3 2024/25", "2024-10")]
EVIDENCE = [
    "Form v3 issued; dip sample of 25 referrals found the question answered in 22.",
    "Sessions booked for two of three wards.",
    "Draft agreed; printing waits on funding.",
]
OPEN = [("Open – on track", "in_progress"), ("Open – overdue", "in_progress"), ("Not started", "not_started")]
CLOSED = ("Closed", "complete")


@st.composite
def plans(draw):
    """Per recommendation, its actions: (action, lead, (date, value), evidence, closed date or None,
    (status, value))."""
    plan = []
    for _ in range(draw(st.integers(2, 4))):
        rows = []
        for _ in range(draw(st.integers(1, 2))):
            closed = draw(st.booleans())
            rows.append(
                (
                    draw(st.sampled_from(ACTIONS)),
                    draw(st.sampled_from(LEADS)),
                    draw(st.sampled_from(DATES)),
                    draw(st.sampled_from(EVIDENCE)),
                    "14/11/2024" if closed else None,
                    CLOSED if closed else draw(st.sampled_from(OPEN)),
                )
            )
        plan.append(rows)
    return plan


def _cell(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) + [""]


def render(plan, deferred: bool) -> str:
    lines = [
        "Hollin Vale Community Safety Partnership",
        "Domestic Homicide Review – Overview Report",
        "",
        "1. Introduction",
        "1.1 This report sets out the findings of the review into the death of Maren in 2023.",
        "",
        "Appendix A – Action plan",
        "Status: Closed = action delivered and evidence accepted; Open = under way.",
    ]
    for name in ("Rec", "Action", "Lead", "Target date", "Assurance evidence", "Date closed", "Status"):
        lines += [name, ""]
    late: list[tuple[str, str]] = []  # (date closed, status) printed after the last row
    for k, rows in enumerate(plan, 1):
        for m, (action, lead, (date, _), evidence, closed, (status, _)) in enumerate(rows):
            if m == 0:
                lines += [str(k), ""]
            lines += _cell(action, 40) + _cell(lead, 22) + [date, ""] + _cell(evidence, 38)
            if closed and deferred:
                late.append((closed, status))
                continue
            if closed:
                lines += [closed, ""]
            lines += _cell(status, 10)
    lines += [d for d, _ in late for d in (d, "")] + [s for _, s in late for s in (s, "")]
    lines += ["Appendix B – Glossary", "DHR – Domestic Homicide Review"]
    return "\n".join(lines) + "\n"


def _check(doc, plan, text: str) -> None:
    expected = [(str(k), row) for k, rows in enumerate(plan, 1) for row in rows]
    assert len(doc.actions) == len(expected), text
    for got, (ref, (action, lead, (_, date), _, _, (_, status))) in zip(doc.actions, expected):
        assert got.recommendation_ref == ref, text
        assert got.action and got.action.startswith(action[:30]), text
        assert got.lead == lead, text
        assert got.target_date is not None and got.target_date.start == date, text
        assert got.status.value == status, text


@settings(max_examples=25, deadline=None)
@given(plans())
def test_row_blocks_read_as_rows(plan):
    text = render(plan, deferred=False)
    _check(extract(text, name="overview.txt"), plan, text)


@settings(max_examples=25, deadline=None)
@given(plans())
def test_short_cells_printed_after_the_last_row_go_back_to_their_rows(plan):
    text = render(plan, deferred=True)
    _check(extract(text, name="overview.txt"), plan, text)


def test_blocks_that_make_no_rows_are_left_with_a_warning():
    """A lead printed twice (a block of another layout): the second row's cells no longer fall in
    column order, so nothing is guessed for it and its text is accounted for."""
    plan = [[(ACTIONS[0], LEADS[0], DATES[0], EVIDENCE[0], None, OPEN[0])]]
    plan.append([(ACTIONS[1], LEADS[1], DATES[1], EVIDENCE[1], None, OPEN[1])])
    text = render(plan, deferred=False).replace(
        "Duty Team Manager\n", "Duty Team Manager\n\nDuty Team Manager\n"
    )
    doc = extract(text, name="overview.txt")
    for got in doc.actions:
        if got.action and got.action.startswith(ACTIONS[1][:20]):
            assert got.target_date is None or got.target_date.start == "2025-03-31", text
    assert any(w.code.startswith("plan_") for w in doc.warnings), text
