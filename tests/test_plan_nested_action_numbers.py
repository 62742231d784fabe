"""A plan numbering its recommendations in a "No." column and each action inside its action
cell under that number ("1.1 Put ...", "1.2 Run ..." in row 1, the No. and Recommendation
cells merged over both): the action's ref is the number opening its cell, its
recommendation's the column's. A number in the cell that does not nest under the row's is
the action's wording, not its ref."""

from __future__ import annotations

import dhrparse

HEADER = "No.\tRecommendation\tAction\tLead\tTimescale\tRAG / progress"
ROWS = [
    ("1", "The Board should test whether care home staff can name their safeguarding lead.",
     "1.1 Put the safeguarding lead's name on every care home noticeboard.", "Care Homes Forum", "Jun-25", "Green – live"),
    ("", "", "1.2 Run spot checks in six homes and report the answers.", "Contracts Officer", "31.03.2025", "Complete"),
    ("2", "The Board should publish a guide to lasting powers of attorney for families.",
     "2.1 Write the guide with the Office of the Public Guardian's local team.", "Board Manager", "Q3 2025/26",
     "Amber – out to consultation"),
    ("3", "The Council should check that interpreters are booked for enquiries.",
     "4.2 Review ten enquiries where English was not the first language.", "Principal Social Worker", "Mar-26", "Red – not started"),
]  # fmt: skip


def test_the_number_opening_the_action_cell_is_the_actions_own():
    text = "Board response and action plan\n\n" + HEADER + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    doc = dhrparse.extract(text)
    got = [(a.ref, a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert got == [("1.1", "1", "Put"), ("1.2", "1", "Run"), ("2.1", "2", "Write"), ("3", "3", "4.2")]
