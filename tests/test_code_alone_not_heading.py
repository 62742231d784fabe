"""A recommendation's code alone on its line ("R-PROB-01") is a code column's cell that plain
pdftotext printed a cell a line, not a title in capitals: read as a heading it opened a section
that ended the action plan above the rest of its rows."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = (
    "Harlow Fen Community Safety Partnership\n\nDomestic Homicide Review 3 – Executive Summary\n\n"
    "1. The review\n\nThis review looks at the help given to Ms P, who died at her home in 2022.\n\n"
)
# a plan Code | Action | Owner | Due | Status printed a column at a time, page 2's codes one a line
PLAN = (
    "Appendix B – Action plan\n\nCode\nR-POL-01\n\nAction\nBrief the response teams on the new\n"
    "question.\n\nOwner\nChief Inspector\n\nDue\nMar 2025\n\nStatus\nOpen\n\nHarlow Fen CSP | Page\n\n1\n\f"
    "Code\nR-ASC-01\nR-PROB-01\nR-HOUS-01\n\nAction\nWrite the out of hours handover\nnote.\n"
    "Issue a practice note on address\nchecks.\nAdd a lock change question to the\nrepairs script.\n\n"
    "Owner\n\nDue\n\nStatus\n\nService Manager\n\nFeb 2025\n\nClosed\n\nHead of Practice\n\nMay 2025\n\n"
    "Closed\n\nRepairs Manager\n\nJun 2025\n\nOpen\n\nHarlow Fen CSP | Page\n\n2\n"
)


def test_a_code_in_capitals_alone_on_its_line_does_not_end_the_plan():
    doc = extract(HEAD + PLAN, name="plan.txt")
    assert [a.action for a in doc.actions] == [
        "Brief the response teams on the new question.",
        "Write the out of hours handover note.",
        "Issue a practice note on address checks.",
        "Add a lock change question to the repairs script.",
    ]
