"""A plan printed side by side (a layout-preserving text export) whose header is printed
again on the next page at other column positions: the rows under it are read against the
moved columns, not dropped after the plan's first page."""

from __future__ import annotations

import dhrparse

ROWS = [
    (
        "1",
        ["Westbury Council to publish", "a domestic abuse housing", "protocol."],
        "Housing Lead",
        "Mar 2024",
        "Complete",
    ),
    (
        "2",
        ["The Trust to train ward staff", "in routine enquiry."],
        "Safeguarding Lead",
        "Jun 2024",
        "In progress",
    ),
    (
        "3",
        ["Westbury Police to audit risk", "assessments every quarter."],
        "Inspector, PPU",
        "Sep 2024",
        "Not started",
    ),
    (
        "4",
        ["The Partnership to commission", "a carers' advocacy service."],
        "CSP Manager",
        "Dec 2024",
        "In progress",
    ),
]
HEADER = ("No.", "Recommendation", "Lead", "Due", "Status")


def _page(rows, widths) -> list[str]:
    """A header, then each row with its recommendation wrapped under its own column."""

    def line(cells):
        return " " + "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(HEADER)]
    for ref, wrapped, lead, due, status in rows:
        out.append(line((ref, wrapped[0], lead, due, status)))
        out.extend(line(("", more, "", "", "")) for more in wrapped[1:])
    return out


def _plan(first_widths, second_widths) -> str:
    head = ["Westbury Community Safety Partnership", "DHR action plan tracker", ""]
    page1 = _page(ROWS[:2], first_widths)
    page2 = _page(ROWS[2:], second_widths)
    return "\n".join(head + page1 + ["", "\f"] + page2) + "\n"


def test_rows_under_a_header_moved_on_the_next_page_are_read():
    text = _plan((30, 34, 24, 12, 14), (6, 34, 24, 12, 14))
    doc = dhrparse.extract(text)
    got = [(a.recommendation_ref or a.ref, a.status.value) for a in doc.actions]
    assert [ref for ref, _ in got] == ["1", "2", "3", "4"]
    assert got[2][1] == "not_started" and got[3][1] == "in_progress"


def test_the_same_plan_with_the_header_in_place_reads_the_same():
    moved = dhrparse.extract(_plan((30, 34, 24, 12, 14), (6, 34, 24, 12, 14)))
    still = dhrparse.extract(_plan((30, 34, 24, 12, 14), (30, 34, 24, 12, 14)))
    assert [(a.ref, a.lead, a.status.value) for a in moved.actions] == [
        (a.ref, a.lead, a.status.value) for a in still.actions
    ]
