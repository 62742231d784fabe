"""A SAR tracker exported from a spreadsheet, in corpus text (pdfplumber's lines, each followed by a
blank line, a table line's cells joined by single spaces): "Rec | Recommendation | Act | Action |
Owner | Target date | % complete | Date completed", the names wrapped ("Target" / "date", "%" /
"complete", "Date" / "completed"), the recommendation's text printed again on every one of its
actions' rows, year-month-day dates, the share done the only status (plan.percent_columns,
plan.action_number_column, plan.repeated_cells)."""

from __future__ import annotations

from dhrparse.pipeline import extract

TRACKER = """Corrin Vale Safeguarding Adults Board - SAR 'Mabel' tracker

Rec Recommendation Act Action Owner Target % Date

date complete completed

1 The Board should ask the ambulance 1a Agree a falls referral route Corrin Ambulance 2025-02-28 100% 2025-02-10

service to show that repeat fallers with the council Service

are referred for a falls assessment.

1 The Board should ask the ambulance 1b Audit forty falls call-outs Corrin Ambulance 2025-07-31 75%

service to show that repeat fallers for referrals made Service

are referred for a falls assessment.

2 Corrin Vale Council should check how 2a Sample thirty carer Carers Lead 2025-05-31 0%

it offers carers' assessments to assessment offers

older spouses.

3 The Board should hold a learning 3a Run two lunchtime sessions SAB Business Unit 2025-03-31 100% 2025-03-20

event on self-neglect and hoarding. with the fire service

Corrin Vale SAR tracker 1
"""


def _read(tmp_path):
    path = tmp_path / "tracker.corpus.txt"
    path.write_text(TRACKER, encoding="utf-8")
    return extract(path)


def test_the_share_done_is_each_action_status(tmp_path):
    doc = _read(tmp_path)
    assert [(a.status.raw, a.status.value) for a in doc.actions] == [
        ("100%", "complete"),
        ("75%", "in_progress"),
        ("0%", "not_started"),
        ("100%", "complete"),
    ]
    assert [a.target_date.start for a in doc.actions] == [
        "2025-02-28",
        "2025-07-31",
        "2025-05-31",
        "2025-03-31",
    ]


def test_the_second_number_column_numbers_the_actions(tmp_path):
    doc = _read(tmp_path)
    assert [(a.ref, a.recommendation_ref) for a in doc.actions] == [
        ("1(a)", "1"),
        ("1(b)", "1"),
        ("2(a)", "2"),
        ("3(a)", "3"),
    ]


def test_a_recommendation_printed_on_every_row_is_one_record(tmp_path):
    doc = _read(tmp_path)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert doc.recommendations[0].text == (
        "The Board should ask the ambulance service to show that repeat fallers are referred for a "
        "falls assessment."
    )
