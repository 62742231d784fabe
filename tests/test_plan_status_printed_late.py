"""A Home Office template plan that plain pdftotext printed as column blocks, two actions to a
recommendation, the lead, target date, outcome and RAG cells merged over each recommendation's
rows. A rating with its reason wrapped over many lines ("Red - ... held back by ...") is taller
than the next recommendation's cells, so pdftotext prints it after them, in one block with the
next recommendation's own short rating: the two ratings after the second run of actions are not
that run's rows'. Where the run before printed its lead and date but no rating, and this run's
one lead and date are followed by two ratings, the status column's order says whose they are:
the first is the run before's, the second this run's (plan.column_blocks `_late_status`);
otherwise the ratings after a run prove nothing, and no status is given rather than a wrong one."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = (
    "Brackley Vale Community Safety Partnership - DHR 'Nadia'\n\n"
    "Domestic Homicide Review - Nadia (BVCSP DHR 2023-01)\nAction Plan\n"
    "Position at the Steering Group of May 2024 (key: Red - not started; "
    "Amber - in progress; Green - complete).\n\n"
    "Recommendation\n\n1\n\n2\n\n"
    "Brackley Vale Borough\nCouncil should make\nsure that a tenant is\nspoken to alone when\n"
    "a joint tenancy changes.\n"
    "Brackley Vale Adult\nSocial Care should ask\nevery carer about their\nown safety.\n\n"
    "Scope\nof\nrecomm\nendatio\nn\nLocal\n\n"
    "Action to take\n\nLead\nAgency\n\nTarget\nDate\n\nOutcome\n\nCompletion\nDate / RAG\n\n"
)

FIRST = (
    "Amend the tenancy procedure\nso that the tenant is spoken\nto alone.\n"
    "Train the housing officers on\nthe amended procedure.\n\n"
    "Brackley Vale\nBorough\nCouncil\n\n"
    "30/06/202\n4\n\n"
    "Tenants are asked\nabout safety when a\ntenancy changes.\n\n"
)

SECOND = (
    "Add a question about the\ncarer's own safety to the\nassessment template.\n"
    "Test the revised template\nwith the carers' forum\nbefore it goes live.\n\n"
    "Brackley Vale\nAdult Social\nCare\n\n"
    "31/03/202\n4\n\n"
    "Carers who are\nharmed are offered\nsupport.\n\n"
    "Red -\ntemplate\nchange held\nback by the\nrecords\nsystem\nupgrade\nAmber\n\n"
    "Brackley Vale CSP - DHR 'Nadia' - Action Plan - Page 1\n"
)


def _statuses(text: str) -> list[str]:
    doc = extract(text, name="plan.txt")
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_a_tall_rating_printed_after_the_next_run_is_its_own_recommendations():
    statuses = _statuses(HEAD + FIRST + SECOND)
    # the red rating is the first recommendation's, the amber the second's: each recommendation's
    # one action cell (two paragraphs) shares its rating
    assert statuses == ["not_started", "not_started", "in_progress", "in_progress"]


def test_ratings_after_a_run_whose_run_before_printed_one_are_read():
    # the first recommendation's rating printed with its cells: the second run's ratings are its own
    first = FIRST + "Green\n\n"
    second = SECOND.replace(
        "Red -\ntemplate\nchange held\nback by the\nrecords\nsystem\nupgrade\nAmber\n\n", "Amber\nRed\n\n"
    )
    statuses = _statuses(HEAD + first + second)
    assert statuses[2:] == ["in_progress", "not_started"]


def test_a_cell_opening_present_is_an_action():
    # "Present the review's findings to ...": an action cell, not a milestone printed between runs
    second = SECOND.replace(
        "Add a question about the\ncarer's own safety to the\nassessment template.\n",
        "Present the review's findings\nto the county carers' board.\n",
    )
    doc = extract(HEAD + FIRST + second, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Amend", "Train", "Present", "Test"]
