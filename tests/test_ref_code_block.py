"""A plan table's Ref column of action codes that plain pdftotext printed as one block ("1.1",
"1.2", "2.1", "3.1", "3.2", "4.1"), apart from the action cells: the codes name the rows in the
order printed. A part of the block that counts on ("3.1", "3.2") is no list's margin whose
numbers go in front of the paragraphs below (prepare.label_columns): given so, two codes landed
on the first action cells and the other four on none."""

from __future__ import annotations

import dhrparse
from dhrparse.document import TEXT, Line
from dhrparse.patterns import load_patterns
from dhrparse.prepare.label_columns import rejoin_number_columns
from dhrparse.prepare.labels import list_label

# the table Ref | Action | Lead | Target date | Status as plain pdftotext prints it: the Ref column
# whole, the Action column whole, then each row's lead, date and status as bands
PLAN = """Wrenholt Community Safety Partnership – DHR Action Plan
Ref
1.1
1.2
2.1
3.1
3.2
4.1

Action
Cost a winter outreach service with the two local
charities.
Run the outreach service for a year and
report the take-up.
Add a question on weapons to the call handling
script.
Change the letters policy and the referral form.
Audit twenty records for the new safety
question.
Chair to send the letter with the published
report.

Lead
Outreach Manager

Target date
30/09/2024

Status
Complete

Outreach Manager

March 2026

In progress

Head of Contact
Management
Head of Safeguarding
Safeguarding Lead Nurse

December 2024

Complete

31/01/2025
June 2025

In progress
Not started

Independent Chair

August 2024

Complete

Wrenholt Community Safety Partnership – DHR action plan

\f"""
CODES = {
    "Cost a winter": "1.1",
    "Run the outreach": "1.2",
    "Add a question": "2.1",
    "Change the letters": "3.1",
    "Audit twenty": "3.2",
    "Chair to send": "4.1",
}


def test_a_printed_code_block_names_the_rows_in_order():
    doc = dhrparse.extract(PLAN, name="plan.txt")
    refs = {opening: a.ref for a in doc.actions for opening in CODES if a.action.startswith(opening)}
    assert refs == CODES
    # (no code is glued to an action's text)
    assert not any(a.action[:1].isdigit() for a in doc.actions)


def test_codes_that_do_not_follow_one_another_stay_as_printed():
    """A run that counts on ("3.1", "3.2") inside a block of codes keeps its numbers as printed."""
    texts = [
        "1.1",
        "1.2",
        "2.1",
        "3.1",
        "3.2",
        "4.1",
        "",
        "Action",
        "Change the letters policy and the referral form.",
        "Audit twenty records for the new safety question.",
    ]
    lines = [Line(number=k, text=t, kind=TEXT if t else "blank") for k, t in enumerate(texts, start=1)]
    rejoin_number_columns(lines, list_label(load_patterns()))
    assert [ln.text for ln in lines] == texts


def test_a_margin_of_numbers_still_numbers_its_paragraphs():
    """A list's margin printed whole ("4.1", "4.2"), counting on with no other number beside it,
    still goes in front of its paragraphs (the case the step is for)."""
    texts = [
        "4.1",
        "4.2",
        "",
        "The Council should publish the guide for every partner agency.",
        "The Police should audit the call handling script within a year.",
    ]
    lines = [Line(number=k, text=t, kind=TEXT if t else "blank") for k, t in enumerate(texts, start=1)]
    rejoin_number_columns(lines, list_label(load_patterns()))
    assert lines[3].text.startswith("4.1 The Council") and lines[4].text.startswith("4.2 The Police")


def test_codes_that_outnumber_the_rows_name_none_and_are_warned():
    """Six codes over five action cells (one cell left out of the print): no row takes a code
    (which one is missing, the order cannot say), and the codes are reported as unread."""
    plan = PLAN.replace("Chair to send the letter with the published\nreport.\n", "")
    doc = dhrparse.extract(plan, name="plan.txt")
    assert doc.actions and not any(a.ref for a in doc.actions)
    assert not any(a.action[:1].isdigit() for a in doc.actions)
    unread = " ".join(w.message for w in doc.warnings if w.code == "plan_text_not_read")
    assert "3.1" in unread and "4.1" in unread
