"""A spaced plan table (every printed line a block of its own, plain pdftotext printing each
row a line at a time across its cells) headed "Rec" / "Recommendation" / "Action" / ...: the
first, narrow column holds the recommendations' numbers, the second their text. Both names
read as the recommendation's; the narrow one is the number column, so the header is read and
the rows with it (plan.round_header)."""

from __future__ import annotations

from dhrparse.pipeline import extract

ROWS = [
    (
        "1.1",
        [
            ["the duty team checks every", "referral within a day; and"],
            ["Revise the duty protocol and", "circulate"],
            ["Duty Team", "Manager"],
            ["Dec 2024"],
            ["Protocol revised and agreed at the", "team meeting in November."],
            ["Green –", "complete"],
        ],
    ),
    (
        "2",
        [
            ["The Partnership should", "commission training on stalking", "for frontline staff."],
            ["Commission two-day training", "on stalking and risk"],
            ["Learning and", "Development Lead"],
            ["June 2025"],
            ["Trainer booked; first course set", "for May."],
            ["Amber"],
        ],
    ),
]


def _render() -> str:
    lines = [
        "Larchmoor Community Safety Partnership",
        "Domestic Homicide Review – Executive Summary",
        "",
        "1. Introduction",
        "1.1 This summary sets out the findings of the review into the death of Petra in 2023.",
        "",
        "Appendix: Action Plan",
        "Larchmoor DHR 2023/02 – Action Plan – position at 30th April 2025",
    ]
    for name in ("Rec", "Recommendation", "Action", "Lead", "Target", "Progress", "Status"):
        lines += [name, ""]
    for ref, cells in ROWS:
        lines += [ref, ""]
        for k in range(max(len(c) for c in cells)):  # a line of every cell still running, in turn
            lines += [x for c in cells if k < len(c) for x in (c[k], "")]
    lines += ["2. Conclusion", "2.1 The Partnership will report on progress in its annual report."]
    return "\n".join(lines) + "\n"


def test_rec_number_column_beside_the_recommendation_opens_a_rounds_table():
    text = _render()
    doc = extract(text, name="summary.txt")
    got = [
        (a.ref, a.action, a.lead, a.target_date and a.target_date.start, a.status.value) for a in doc.actions
    ]
    assert got == [
        ("1.1", "Revise the duty protocol and circulate", "Duty Team Manager", "2024-12", "complete"),
        (
            "2",
            "Commission two-day training on stalking and risk",
            "Learning and Development Lead",
            "2025-06",
            "in_progress",
        ),
    ], text
