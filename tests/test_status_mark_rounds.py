"""A plan whose Status cell is one mark the key line explains ("✔", "◑", "✘"), printed by plain
pdftotext a line at a time across its cells: a short date cell's first line and the row's mark
share one printed line ("September ◑" / ... / "2025"). The mark is a cell of its own, cut from
the line's end, and nothing wraps after it (plan.round_fit), so the date reads whole and the
mark is the status read through the key (plan.symbol_key)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.round_bodies import list_after_table

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_glyph_key_em_dash_bands_ettingmoor"


def test_a_mark_after_a_dates_first_line_is_the_status():
    doc = extracted(PENDING / f"{STEM}.txt")
    rows = [(a.ref, a.target_date.raw if a.target_date else None, a.status.value) for a in doc.actions]
    assert rows[1] == ("1(b)", "September 2025", "in_progress")
    assert rows[4] == ("3(a)", "31 October 2025", "in_progress")
    assert rows[5] == ("3(b)", "March 2026", "not_started")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
        "not_started",
    ]


def test_a_days_number_alone_on_its_line_keeps_the_row_going():
    # ("28" / ... / "February" / "2025": the narrow By column wraps "28 February 2025" a word a
    # line, and cleaning set the day's number aside as a page number; inside a row, on the page
    # both its neighbours print on, it is the cell's line, so the row and the table go on:
    # plan.round_bodies)
    doc = extracted(PENDING / "dhr_plan_glyph_key_colon_bands_castlebeck.txt")
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)", "3(c)", "4(a)"]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "complete",
        "in_progress",
        "not_started",
        "not_started",
        "not_started",
    ]


def test_a_bulleted_list_under_the_table_ends_the_last_row():
    # (the plan's last row, on the page its header was printed again on, is followed by a bold
    # "Progress notes" lead-in and its bullets, which plain pdftotext prints as lone marks apart
    # from their items: two lone marks running are no row's (a status mark is its whole cell),
    # and the short line above them leads the list in, so the row ends before both:
    # plan.round_bodies.list_after_table. Taken into the row, the bullet was a mark in the Owner
    # cell and the table's second part was let go as cut with other columns' marks.)
    doc = extracted(PENDING / "dhr_plan_glyph_key_running_head_page_of_footer_quenbury.txt")
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)", "3(c)", "4(a)"]
    assert doc.actions[-1].lead == "Chair, DHR Monitoring Group"
    assert doc.actions[-1].status.value == "not_started"
    assert len(doc.recommendations[-1].text) < 200


def test_lone_marks_running_open_a_list_not_a_row():
    assert list_after_table(["•", "•", "•"])
    assert list_after_table(["Progress notes", "•", "•"])
    assert not list_after_table(["Monitoring Group", "2026", "•"])
    assert not list_after_table(["The group meets each quarter.", "•", "•"])
    assert not list_after_table(["✘", "to test what has changed."])
