"""A partnership's response table printed side by side (pdftotext -layout), generated.

The published family: a review's summary closes with "Recommendation | Partnership response |
Lead | Timescale | RAG", the Recommendation column holding each recommendation's number and a
few words of it, the response column saying in prose what was done. The response header names
no field of its own: the column is the action because its cells, read whole (every wrapped line
of the cell), are prose (plan.printed_header, plan.plan_lines.decide_columns). A cell's wrapped
lines printed straight under the row carry it on, even when they hold a lead's and a date's
second halves ("Scrutineer, Marsh CSP" / "2025"): a response that has not ended its sentence
goes on there (plan.tab_cells.own_action).
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

SUMMARIES = [
    "Relaunch the early help toolkit and use it on every new concern",
    "Check every adult living in or visiting the household",
    "Health visitors to share concerns with nurseries",
    "Training for early years staff on injuries",
    "Letter to the Department for Education",
]
RESPONSES = [
    "Toolkit revised with a chronology page and relaunched at the Partnership conference; use is audited.",
    "Assessment template changed to list every adult in or visiting the household; guidance issued.",
    "Information-sharing agreement with nurseries drafted and awaiting sign-off by the Trust",
    "Training will be commissioned once the new early years safeguarding lead is in post.",
    "Letter sent by the Independent Scrutineer in January 2025; reply received.",
]
LEADS = [
    "Marsh Partnership Business Manager",
    "Head of Service, Children's Social Care",
    "Named Nurse for Safeguarding, Marsh Community Health",
    "Independent Scrutineer, Marsh CSP",
]
DATES = [("October 2024", "2024-10"), ("31/03/2025", "2025-03-31"), ("September 2025", "2025-09")]
RAG = [("Green", "complete"), ("Amber", "in_progress"), ("Red", "not_started")]
WIDTHS = [22, 36, 20, 13, 9]  # each column's width, the space between them included


@st.composite
def tables(draw):
    n = draw(st.integers(2, 5))
    return [
        (
            f"{k}. {SUMMARIES[k - 1]}",
            RESPONSES[k - 1],
            draw(st.sampled_from(LEADS)),
            draw(st.sampled_from(DATES)),
            draw(st.sampled_from(RAG)),
        )
        for k in range(1, n + 1)
    ]


def _side_by_side(cells: list[str]) -> list[str]:
    wrapped = [textwrap.wrap(c, w - 3) for c, w in zip(cells, WIDTHS)]
    lines = []
    for k in range(max(len(w) for w in wrapped)):
        line = "    " + "".join(
            (w[k] if k < len(w) else "").ljust(width) for w, width in zip(wrapped, WIDTHS)
        )
        lines.append(line.rstrip())
    return lines


def render(rows) -> str:
    lines = [
        "Marsh Safeguarding Children Partnership – Child R – Executive Summary",
        "",
        "4. Recommendations",
    ]
    for summary, *_ in rows:
        number, text = summary.split(". ", 1)
        lines.append(
            f"Recommendation {number}: The Partnership should make sure that it will {text.lower()}."
        )
    lines += [
        "",
        "5. Partnership response",
        "The safeguarding partners accepted every recommendation.",
        _side_by_side(["Recommendation", "Partnership response", "Lead", "Timescale", "RAG"])[0],
        "",
    ]
    for summary, response, lead, (date, _), (rag, _) in rows:
        lines += _side_by_side([summary, response, lead, date, rag]) + [""]
    return "\n".join(lines) + "\n"


@settings(max_examples=20, deadline=None)
@given(tables())
def test_response_column_printed_side_by_side_is_the_action(rows):
    text = render(rows)
    doc = extract(text, name="summary.txt")
    assert len(doc.actions) == len(rows), text
    for got, (summary, response, lead, (_, date), (_, status)) in zip(doc.actions, rows):
        assert got.recommendation_ref == summary.split(".")[0], text
        assert got.action and got.action.startswith(response[:40]), text
        assert got.lead == lead, text
        assert got.target_date is not None and got.target_date.start == date, text
        assert got.status.value == status, text


def test_number_column_rows_printed_straight_under_each_other_stay_numbered():
    """Judging columns on whole cells joins a row's wrapped words, never the next row's number
    ("1" / "2" in a Rec column under a merged Review cell): the numbers stay the rows' refs."""
    rows = [
        ("Review", "Rec", "Recommendation", "Action", "Lead", "Target date", "Status"),
        (
            "DHR Anna",
            "1",
            "Probation to check call-outs",
            "Add a check to the",
            "Probation Service",
            "31/03/2024",
            "Complete",
        ),
        ("(MCSP 2021/01)", "", "before allocating a case", "allocation checklist", "", "", ""),
        (
            "",
            "2",
            "Children's services to include",
            "Amend the strategy",
            "Marsh Children's",
            "June 2024",
            "On track",
        ),
        ("", "", "abuse history in discussions", "discussion template", "Services", "", ""),
        (
            "DHR Mr C",
            "1",
            "Housing to train tenancy",
            "Deliver economic abuse",
            "Marsh Homes",
            "Sept 2024",
            "Delayed",
        ),
        ("(MCSP 2022/03)", "", "officers on economic abuse", "training", "", "", ""),
    ]
    widths = [17, 6, 34, 26, 20, 14, 10]
    lines = ["Marsh Community Safety Partnership", "DHR Recommendations Tracker", ""]
    lines += ["".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    doc = extract("\n".join(lines) + "\n", name="tracker.txt")
    assert [(a.recommendation_ref, a.lead, a.status.value) for a in doc.actions] == [
        ("1", "Probation Service", "complete"),
        ("2", "Marsh Children's Services", "in_progress"),
        ("1", "Marsh Homes", "in_progress"),
    ], "\n".join(lines)
