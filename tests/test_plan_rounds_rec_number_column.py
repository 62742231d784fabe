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
        "1.2",
        [
            ["Referrals are checked daily."],
            ["Introduce a weekly check of", "open referrals"],
            ["Duty Team", "Manager"],
            ["31/03/2025"],
            ["Check in use since March."],
            ["Amber"],
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


def _render(joined: bool = False) -> str:
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
    for n, (ref, cells) in enumerate(ROWS):
        if n and joined:
            lines.pop()  # (the next row's number printed straight under the row's last line)
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
            "1.2",
            "Introduce a weekly check of open referrals",
            "Duty Team Manager",
            "2025-03-31",
            "in_progress",
        ),
        (
            "2",
            "Commission two-day training on stalking and risk",
            "Learning and Development Lead",
            "2025-06",
            "in_progress",
        ),
    ], text


def test_a_row_number_joined_to_the_line_after_it_still_opens_its_row():
    """The number printed straight under the row above's last line, a blank line, then the row's
    first line: cleaning joins them ("1.2 Referrals are checked by a"); the row still opens there."""
    text = _render(joined=True)
    doc = extract(text, name="summary.txt")
    found = {a.ref for a in doc.actions} | {
        w.message.split("'")[1] for w in doc.warnings if w.code == "plan_cells_untold"
    }
    assert {"1.1", "1.2", "2"} <= found, text
    for a in doc.actions:
        assert a.action.startswith(("Revise", "Introduce", "Commission")), text
