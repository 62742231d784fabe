"""A tracker whose recommendation cell, merged over its actions' rows, holds "Rec N" on a line of
its own above the recommendation's text (the zoo's pending tracker_labelled_rec_cells). On the
corpus-text route each row's first line holds the label and number alone in the
recommendation's column, which the first-line cut read as the action's opening words (the
action "Rec 1 Agree ...", its recommendation unknown); the number is the recommendation's
cell, and the later rows whose refs carry it ("R1.2") are under the same cell
(plan.labelled_numbers). The recommendations' texts, printed on the later lines, stay unread
(no piece of them is made a recommendation of its own)."""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import extracted

from dhrparse.plan.labelled_numbers import moved_labels

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "tracker_labelled_rec_cells"
LABEL = regex.compile(r"^(?i:rec(?:ommendation)?\.?)$")
ROLES = ["recommendation", "action", "lead"]


def test_the_label_and_number_are_the_recommendations_cell():
    firsts = {
        3: ["R1.1", "", "Rec 1 Agree the hours", "Partnership Manager"],
        6: ["R1.2", "Partnership should set up", "Run a campaign", "Communications"],
        9: ["R2.1", "", "Rec 2 Add a prompt", "Head of Contact"],
        11: ["R3.1", "", "Audit the calls", "Head of Contact"],
    }
    moved_labels(firsts, ROLES, LABEL)
    assert [cells[1:3] for cells in firsts.values()] == [
        ["1", "Agree the hours"],
        ["1", "Run a campaign"],  # (a piece of the merged cell's text is no recommendation)
        ["2", "Add a prompt"],
        ["", "Audit the calls"],  # (its ref carries another number: not under the cell)
    ]


def test_a_table_whose_first_row_opens_with_no_label_is_left_as_it_was():
    firsts = {
        3: ["R1.1", "", "Agree the hours", "Partnership Manager"],
        9: ["R2.1", "", "Rec 2 Add a prompt", "Head of Contact"],
    }
    moved_labels(firsts, ROLES, LABEL)
    assert firsts[9][1:3] == ["", "Rec 2 Add a prompt"]


def test_the_corpus_text_gives_each_action_its_recommendations_number():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.ref, a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert rows == [
        ("R1.1", "1", "Agree"),
        ("R1.2", "1", "Run"),
        ("R2.1", "2", "Add"),
        ("R2.2", "2", "Audit"),
        ("R3.1", "3", "Update"),
        ("R4.1", "4", "Survey"),
        ("R4.2", "4", "Report"),
    ]
    assert [a.status.value for a in doc.actions][:3] == ["complete", "in_progress", "complete"]
    assert doc.recommendations == []
