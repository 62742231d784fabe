"""A plan whose Status column is the table's first, as plain pdftotext prints a ruled Word table
a row at a time with each cell a block: a row's status comes out before its action, after the
row above's lead and target date (plan.left_columns)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

TITLE = "Wrenmoor Community Safety Partnership\nDHR 'Nadia' - Action plan\n\n"
ACTIONS = [
    "Write a referral guide for GP practices on the specialist service.",
    "Audit twenty police call records for questions about children.",
    "Agree a housing protocol for victims who need a safe move.",
    "Deliver training on economic abuse to benefits advisers.",
    "Review the MARAC referral form with partner agencies.",
]
# (each row its own lead and date: a short line printed twice at a page's foot is read as furniture)
LEADS = [
    "Domestic Abuse Coordinator",
    "Head of Housing Options",
    "Designated Nurse",
    "Detective Inspector",
    "IDVA Team Leader",
]
DATES = ["March 2024", "30 June 2024", "Q3 2024/25", "December 2023", "September 2024"]
STATUSES = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "On track": "in_progress",
}


@st.composite
def plans(draw):
    n = draw(st.integers(min_value=2, max_value=5))
    leads, dates = draw(st.permutations(LEADS)), draw(st.permutations(DATES))
    rows = [
        (
            draw(st.sampled_from(sorted(STATUSES))),
            f"{k + 1}",
            ACTIONS[k],
            leads[k],
            dates[k],
        )
        for k in range(n)
    ]
    # the action cell wrapped over two printed lines (a table whose every cell is one line, a
    # blank line after each, is left to the other readers: column_blocks.MIN_RUNS; a short first
    # line after a bare number reads as a heading "5 Review the MARAC", which ends the table:
    # both outside what this test is about)
    wrap = 2
    return rows, wrap


def _printed(rows, wrap: int) -> str:
    out = [TITLE]
    for k, (status, ref, action, lead, date) in enumerate(rows):
        words = action.split()
        cut = [len(words) * j // wrap for j in range(wrap + 1)]
        action = "\n".join(" ".join(words[a:b]) for a, b in zip(cut, cut[1:]))
        names = ("Status\n", "Rec\n", "Action\n", "Lead\n", "Target date\n") if k == 0 else ("",) * 5
        for name, cell in zip(names, (status, ref, action, lead, date)):
            out.append(f"{name}{cell}\n\n")
    return "".join(out)


@settings(max_examples=25, deadline=None)
@given(plans())
def test_each_row_takes_the_status_printed_before_its_action(plan):
    rows, wrap = plan
    doc = extract(_printed(rows, wrap), name="plan.txt")
    got = [
        (a.action[:30], a.status.value if a.status else None, a.lead, a.target_date and a.target_date.raw)
        for a in doc.actions
    ]
    assert got == [(action[:30], STATUSES[status], lead, date) for status, _, action, lead, date in rows]


def test_a_word_that_may_be_a_date_or_a_status_is_left_to_no_row_when_the_order_does_not_settle_it():
    # row 2 prints no target date: "Completed" after its lead may be its target or row 3's status
    text = (
        TITLE
        + "Status\nOn track\n\nRec\n1\n\nAction\n"
        + ACTIONS[0]
        + "\n\nLead\nDomestic Abuse Coordinator\n\nTarget date\nMarch 2024\n\n"
        + "Overdue\n\n2\n\n"
        + ACTIONS[1]
        + "\n\nDesignated Nurse\n\nCompleted\n\n3\n\n"
        + ACTIONS[2]
        + "\n\nHead of Housing Options\n\nJune 2024\n\n"
    )
    doc = extract(text, name="plan.txt")
    statuses = [a.status.raw if a.status else None for a in doc.actions]
    assert statuses == ["On track", "Overdue", None]
    assert any("Completed" in w.message for w in doc.warnings)
