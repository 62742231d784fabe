"""A plan's Progress column printing a bar of five squares and no status word ("■■■□□", a key
over the plan: ■ a fifth done, □ a fifth to do): over a column whose cells are bars, each row's
state is its bar's, all filled complete, none filled not started, any other in progress; the bar
stays the row's progress as printed (plan.progress_bars, the glyphs in patterns/actions.toml
[status.bar]). Cleaning keeps a bar's filled squares (a "■" alone is a bullet). The whole family:
tests/zoo/pending/dhr_circled_recs_progress_bars_memorial."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from dhrparse.pipeline import extract
from dhrparse.plan.progress_bars import bar_state

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_circled_recs_progress_bars_memorial"
STATES = ["complete", "in_progress", "in_progress", "not_started", "complete", "in_progress"]
ROWS = [
    ("1", "Write a joint protocol for carers' assessments.", "Head of service", "March 2025", "■■■■■"),
    ("2", "Train duty staff on the protocol.", "Training lead", "June 2025", "■■□□□"),
    ("3", "Audit twenty cases after six months.", "Quality lead", "December 2025", "□□□□□"),
]


def _word_plan(rows) -> bytes:
    word = Document()
    word.add_heading("Action plan", 1)
    word.add_paragraph("Key: ■ a fifth of the action done; □ a fifth still to do.")
    table = word.add_table(rows=1, cols=5)
    for cell, name in zip(table.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress"]):
        cell.text = name
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    data = io.BytesIO()
    word.save(data)
    return data.getvalue()


def test_a_bar_states_how_far_the_action_has_got():
    from dhrparse.patterns import load_patterns

    p = load_patterns()
    assert bar_state("■■■■■", p) == "complete"
    assert bar_state("■■■□□", p) == "in_progress"
    assert bar_state("□□□□□", p) == "not_started"
    assert bar_state("■", p) is None  # (a bullet, not a bar)
    assert bar_state("■■ done", p) is None


def test_a_column_of_bars_gives_each_row_its_state_and_keeps_the_bar():
    doc = extract(_word_plan(ROWS), name="plan.docx")
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started"]
    assert [a.progress for a in doc.actions] == ["■■■■■", "■■□□□", "□□□□□"]


def test_a_status_word_in_the_column_stands():
    rows = [(*r[:4], "Complete") if r[0] == "3" else r for r in ROWS]
    doc = extract(_word_plan(rows), name="plan.docx")
    assert doc.actions[2].status.value == "complete"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".corpus.txt"])
def test_stand_in_reads_the_bars_as_states(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert [a.status.value for a in doc.actions] == STATES
    assert doc.actions[1].progress == "■■■□□"
