"""A plan table whose header names only some of its columns in plan words.

A Board's plan in a SAR may head its columns "Rec | What will be done | Who | By | Progress":
only "Rec" and "Progress" are names plans use, and "What will be done" and "By" are too common as
labels (a labelled block's "What will be done:", a form's "By") to be column names everywhere.
The first row of a Word or PDF table of short names opens a plan when the cells below decide
the rest: instructions make the action column (or, under "What will be done", a name too common
as a label to name a column elsewhere, cells in prose whatever their wording), dates the target,
status words the status. The same words as a two-column label box make no plan."""

from __future__ import annotations

from docx_build import paragraphs_and_table

import dhrparse

HEADER = ["Rec", "What will be done", "Who", "By", "Progress"]
WORDED_ROWS = [
    ["1", "The Board will publish a carers' leaflet on hospital discharge.", "Business Manager", "March 2025", "Done"],
    ["2", "Escalation of a third missed nursing visit.", "Director of Nursing", "June 2025", "Under way"],
    ["3", "A report on refused visits to the quality group.", "Quality Chair", "October 2025", "Yet to start"],
]  # fmt: skip
DO_ROWS = [
    ["1", "Agree one referral route for self-neglect.", "Business Manager", "31/03/2025", "Done"],
    ["2", "Set up joint fire and housing visits.", "Fire Prevention Lead", "30/06/2025", "Under way"],
]  # fmt: skip


def _actions(header, rows):
    data = paragraphs_and_table(["Appendix: the Board's plan"], header, rows)
    return dhrparse.extract(data, name="plan.docx").actions


def test_instruction_cells_make_the_plan():
    actions = _actions(HEADER, DO_ROWS)
    assert [a.action for a in actions] == [r[1] for r in DO_ROWS]
    assert [a.lead for a in actions] == ["Business Manager", "Fire Prevention Lead"]
    assert [a.status.value for a in actions] == ["complete", "in_progress"]


def test_prose_under_what_will_be_done_is_the_action():
    actions = _actions(HEADER, WORDED_ROWS)
    assert [a.action for a in actions] == [r[1] for r in WORDED_ROWS]
    assert [a.target_date.start for a in actions] == ["2025-03", "2025-06", "2025-10"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "not_started"]


def test_label_box_is_no_plan():
    rows = [["Who", "Board Business Manager"], ["By", "March 2025"], ["Progress", "Done"]]
    assert _actions(["What will be done", "Publish the review's summary."], rows) == []


def test_unknown_name_over_prose_is_no_action():
    header = ["Rec", "What happened next", "Who", "By", "Progress"]
    assert _actions(header, WORDED_ROWS) == []


def test_a_document_history_titled_column_is_no_plan():
    """A performance system heads its items "Title" (tests/test_performance_export_plan.py), but a
    report's version history titles its drafts under it: a status column alone beside it makes
    no plan."""
    header = ["Version", "Title", "Date", "Status", "Author"]
    rows = [
        ["0.1", "First draft for the review panel", "12/01/2025", "Draft", "Independent Chair"],
        ["1.0", "Final report for the Partnership board", "30/04/2025", "Final", "Independent Chair"],
    ]
    assert _actions(header, rows) == []


def test_titles_under_title_are_the_actions_though_one_is_two_words():
    """A performance system's item titles run to a phrase, but a user may title one in two words
    ("Referral pathway"): most cells a phrase, every one a capitalised title (no date, no state),
    still make "Title" the action column."""
    header = ["Code", "Title", "Status", "Due Date", "Assigned To"]
    rows = [
        ["R1.1", "Referral pathway", "Completed", "31-Jul-2025", "Community Safety Manager"],
        ["R1.2", "Stalking briefings for frontline teams", "Overdue", "30-Sep-2025", "DA Training Coordinator"],
        ["R2.1", "Triage question on threats from a former partner", "Completed", "30-Apr-2025", "Head of Safeguarding"],
    ]  # fmt: skip
    actions = _actions(header, rows)
    assert [a.ref for a in actions] == ["R1.1", "R1.2", "R2.1"]
    assert [a.action for a in actions] == [r[1] for r in rows]
