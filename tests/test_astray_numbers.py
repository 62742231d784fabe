"""The Home Office template with an unheaded number column in corpus text (each printed line's
cells joined): a recommendation cell's wrapped line opening with a figure, "65 complete the risk
assessment ..." (a victim's age), was taken for a row numbered 65 between rows 2 and 3, and the
tracker's cut of every row's first line failed, the rows then read as printed lines with other
columns' words (zoo: tests/zoo/pending/build_plan_ho_numbered_scope_late.py). A number out of
the rows' rising series before a lower-case word opens no row (plan.ref_series.astray_numbers),
and a lead cut ending on a sentence's joining word ("Partnership to") is no body's name."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.ref_series import astray_numbers

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_figure_opening_a_wrapped_line_is_no_row():
    assert astray_numbers(["1", "2", "65", "3"], ["Harrowby", "Corrin", "complete", "All"]) == {2}
    # (one opening a capitalised cell, or standing between its neighbours, stays a row)
    assert astray_numbers(["1", "2", "65", "3"], ["Harrowby", "Corrin", "Complete", "All"]) == set()
    assert astray_numbers(["1", "2", "2", "3"], ["Add", "Write", "carry", "Brief"]) == set()


def test_corpus_text_reads_the_unheaded_number_plan_row_by_row():
    doc = extracted(PENDING / "plan_ho_numbered_scope_late.corpus.txt")
    rows = [(a.ref, " ".join(a.action.split()[:2])) for a in doc.actions]
    assert rows == [
        ("1", "Write campaign"),
        ("1", "Measure the"),
        ("2", "Issue a"),
        ("3", "Send a"),
        ("3", "Add the"),
        ("4", "Chair of"),
        ("5", "Change the"),
        ("6", "Add a"),
        ("7", "Draft and"),
        ("8", "Brief all"),
    ]
    four = next(a for a in doc.actions if a.ref == "4")
    assert four.lead == "Harrowby CSP"
    assert [a.status.value for a in doc.actions[:3]] == ["complete", "in_progress", "complete"]
