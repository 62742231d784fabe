"""Recommendations printed as band rows of the plan's own table, and recommendation columns
that number the recommendations in words.

A single agency's or a partnership's plan often prints one table "Ref | Recommendation / action |
Owner | Deadline | Update | Status": each recommendation a bold, shaded row numbered "1", its
text in the second column (or spanning the row), the other cells empty; below it its actions,
numbered "1a", "1b", each with its own owner, deadline and status. The band is the
recommendation, the lettered rows its actions.

A Safeguarding Adults Review's plan may name each recommendation in its first column the way the
report heads them ("Recommendation One" -> "One"), merged down over its actions, with no status
column: the word is the recommendation's number and every action's status is unknown."""

from __future__ import annotations

import io

import pytest
from docx import Document

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.vocabulary import PlanVocabulary

BAND_HEADER = ["Ref", "Recommendation / action", "Owner", "Deadline", "Update", "Status"]
BANDS = [
    [
        "1",
        "Hartlemere Probation Service should check every new case against police call-out records.",
        "",
        "",
        "",
        "",
    ],
    [
        "1a",
        "Add a police records check to the case allocation form.",
        "Senior Probation Officer, Allocation",
        "31/01/2025",
        "Form changed in January.",
        "Complete",
    ],
    [
        "1b",
        "Audit twenty new cases for the check.",
        "Quality Lead",
        "June 2025",
        "Audit booked.",
        "In progress",
    ],
    ["2", "Managers should see every case where a victim moves out of the area.", "", "", "", ""],
    [
        "2a",
        "Issue a practice note on transferring cases across areas.",
        "Head of Public Protection",
        "30/09/2025",
        "",
        "Not started",
    ],
]


def _word(header: list[str], rows: list[list[str]], span_bands: bool = False) -> bytes:
    doc = Document()
    doc.add_paragraph("Hartlemere Community Safety Partnership")
    doc.add_paragraph("Action plan")
    table = doc.add_table(rows=1, cols=len(header))
    for cell, name in zip(table.rows[0].cells, header):
        cell.text = name
    for values in rows:
        row = table.add_row()
        band = span_bands and not any(values[2:])
        if band:  # the recommendation's text spans the row, as a shaded band prints it
            merged = row.cells[1].merge(row.cells[-1])
            row.cells[0].text, merged.text = values[0], values[1]
            continue
        for cell, value in zip(row.cells, values):
            cell.text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("span", [False, True], ids=["empty cells", "spanning band"])
def test_band_rows_are_the_recommendations_and_lettered_rows_their_actions(span):
    doc = dhrparse.extract(_word(BAND_HEADER, BANDS, span), name="plan.docx")
    assert [(r.ref, r.text.split()[0]) for r in doc.recommendations] == [
        ("1", "Hartlemere"),
        ("2", "Managers"),
    ]
    got = [(a.ref, a.recommendation_ref, a.action.split()[0], a.lead, a.status.value) for a in doc.actions]
    assert got == [
        ("1(a)", "1", "Add", "Senior Probation Officer, Allocation", "complete"),
        ("1(b)", "1", "Audit", "Quality Lead", "in_progress"),
        ("2(a)", "2", "Issue", "Head of Public Protection", "not_started"),
    ]


def test_a_numbered_row_with_its_own_owner_is_no_band():
    # every numbered row carries its owner and status: the rows are what the header says
    rows = [list(r) for r in BANDS]
    rows[0][2:] = ["Head of Service", "March 2025", "", "Complete"]
    doc = dhrparse.extract(_word(BAND_HEADER, rows), name="plan.docx")
    assert len(doc.recommendations) == 5


def test_lettered_rows_under_another_number_are_no_actions_of_the_band():
    # "3a" under band "1": the numbers do not nest, the table is left as the header reads it
    rows = [list(r) for r in BANDS]
    rows[1][0] = "3a"
    doc = dhrparse.extract(_word(BAND_HEADER, rows), name="plan.docx")
    assert len(doc.recommendations) == 5


WORD_HEADER = ["Recommendation", "Action", "Measure of success", "Lead", "By when"]
WORD_ROWS = [
    [
        "One",
        "Write a briefing on hoarding for housing officers",
        "Briefing read by every housing team",
        "Board Business Manager",
        "April 2025",
    ],
    [
        "",
        "Add hoarding to the Board's training calendar",
        "Sessions run in spring and autumn",
        "Board Learning Lead",
        "30/09/2025",
    ],
    [
        "Recommendation Two",
        "Report fire service referrals to the Board",
        "Quarterly figures received",
        "Head of Fire Safety",
        "By the end of the year",
    ],
]


def test_recommendations_numbered_in_words_number_their_actions():
    doc = dhrparse.extract(_word(WORD_HEADER, WORD_ROWS), name="sar.docx")
    got = [(a.recommendation_ref, a.action.split()[0], a.lead, a.status.value) for a in doc.actions]
    assert got == [
        ("1", "Write", "Board Business Manager", "unknown"),
        ("1", "Add", "Board Learning Lead", "unknown"),
        ("2", "Report", "Head of Fire Safety", "unknown"),
    ]
    assert doc.actions[0].success_measure == "Briefing read by every housing team"


@pytest.mark.parametrize(
    "cell,ref",
    [
        ("One", "1"),
        ("Seven.", "7"),
        ("twelve", "12"),
        ("Recommendation Fifteen", "15"),
        ("Rec Three:", "3"),
        ("2.1", "2.1"),
    ],
)
def test_a_cell_naming_its_number_in_words_holds_that_number(cell, ref):
    assert PlanVocabulary.of(load_patterns()).cell_ref(cell) == ref


@pytest.mark.parametrize("cell", ["One of the actions", "Someone", "None", "Twenty"])
def test_a_cell_of_words_is_no_number(cell):
    assert PlanVocabulary.of(load_patterns()).cell_ref(cell) is None
