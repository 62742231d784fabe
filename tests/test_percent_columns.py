"""A SAR tracker exported from a spreadsheet, in corpus text (pdfplumber's lines, each followed by a
blank line, a table line's cells joined by single spaces): "Rec | Recommendation | Act | Action |
Owner | Target date | % complete | Date completed", the names wrapped ("Target" / "date", "%" /
"complete", "Date" / "completed"), the recommendation's text printed again on every one of its
actions' rows, year-month-day dates, the share done the only status (plan.percent_columns,
plan.action_number_column, plan.repeated_cells)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json
from plan_text import corpus_text, merged_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

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


# A Board's plan whose status cells give the share done with a short judgement ("60% – on track"),
# "Rec | Recommendation | Ref | Action | Lead | Target date | Progress update | Status", each
# recommendation's cell merged down over its actions (an action's number printed mid-line after
# the recommendation's words), a numbered summary printed under the table.
FACE = Face("cambria")
WIDTHS = {
    "Rec Recommendation": 8.5,
    "Ref Action": 8.0,
    "Lead": 6.5,
    "Target date": 5.5,
    "Progress update": 7.5,
    "Status": 8.0,
}
GROUPS = [
    (
        "1",
        "The Board should ask partners to use the hoarding toolkit at every first visit.",
        [
            (
                "1.1",
                "Reissue the hoarding toolkit with a cover note.",
                "SAB Business Lead",
                "30 April 2025",
                "Sent to all partners in April.",
                "Complete (checked)",
            ),
            (
                "1.2",
                "Sample ten first visits for use of the toolkit.",
                "SAB Audit Subgroup",
                "31 October 2025",
                "Four visits sampled so far.",
                "60% – on track",
            ),
        ],
    ),
    (
        "2",
        "Wexbury Council should record why each adult declined a care package.",
        [
            (
                "2.1",
                "Add a reason field to the care offer form.",
                "Head of Adult Care",
                "31 May 2025",
                "Field designed; testing in June.",
                "80% – on track",
            ),
            (
                "2.2",
                "Train duty staff to use the reason field.",
                "Practice Lead",
                "31 July 2025",
                "Not yet begun.",
                "0% – not started",
            ),
        ],
    ),
]


def _merged_plan() -> str:
    # (each recommendation's cell merged down beside its actions' rows, an action's number
    # opening its action cell)
    printed = [" ".join(WIDTHS)]
    for number, rec, actions in GROUPS:
        rows = [[f"{ref} {action}", *cells] for ref, action, *cells in actions]
        printed += merged_rows([f"{number} {rec}"], rows, list(WIDTHS.values()), FACE)
    lines = [
        "Wexbury Safeguarding Adults Board",
        "SAR 'Ivy' – action plan, progress at 30 June 2025",
        *printed,
        "Summary of progress",
        "1. Four actions in all; one complete with evidence checked.",
        "2. The plan goes back to the Board's meeting in September 2025.",
    ]
    return corpus_text(lines)


def test_a_share_done_with_its_judgement_is_the_status_cell():
    doc = extract(_merged_plan())
    assert [(a.ref, a.recommendation_ref, a.status.value) for a in doc.actions] == [
        ("1.1", "1", "complete"),
        ("1.2", "1", "in_progress"),
        ("2.1", "2", "in_progress"),
        ("2.2", "2", "not_started"),
    ]
    assert doc.actions[1].status.raw == "60% – on track"


def test_the_summary_under_the_table_does_not_widen_the_recommendation_column():
    # (the numbered summary's long lines are no recommendation cell's: measured as the column's
    # room, they carried the action, lead and progress words into the recommendations)
    doc = extract(_merged_plan())
    recs = {r.ref: r.text for r in doc.recommendations}
    assert sorted(recs) == ["1", "2"], recs
    assert recs["1"].startswith("The Board should ask partners to"), recs
    assert recs["2"].startswith("Wexbury Council should record"), recs
    for text in recs.values():
        for word in ("Lead", "April", "field to", "testing", "Subgroup", "designed", "Practice"):
            assert word not in text, text


def test_a_percent_plans_rows_are_read_on_corpus_text_under_a_header_of_two_rows():
    # ("Ref | Action | Lead agency | Lead officer | Start | Finish | % complete | Comments", its
    # "complete" wrapped under "%": the share column the status, "Lead agency" the agency's column,
    # "Start" a month of its own; the "Recommendation N – ..." bands kept for the walk)
    pending = Path(__file__).resolve().parent / "zoo" / "pending"
    doc = extracted_json(pending / "sar_plan_percent_complete_finish_months.corpus.txt")
    rows = [(a["recommendation_ref"], a["target_date"]["raw"], a["status"]["value"]) for a in doc["actions"]]
    assert rows[:3] == [
        ("1", "Apr-25", "complete"),
        ("1", "Sep-25", "in_progress"),
        ("1", "Jan-26", "not_started"),
    ]
    assert len(rows) == 7
    assert [r["ref"] for r in doc["recommendations"]] == ["1", "2", "3"]
