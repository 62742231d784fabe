"""Plans in the house style with space after every paragraph, which plain pdftotext prints a line
at a time across the cells, every printed line a block of its own (plan.line_rounds with
plan.spaced_rounds): a row whose lines fit their cells as rounds is read whole; a row whose
lines print mixed with another row's is kept with its ref, a status or date printed alone, and
a warning quoting its lines; nothing is guessed into its other cells. The documents are genuine
LibreOffice -> pdftotext exports (tests/zoo/pending/build_plan_spaced_lettered.py); the PDF and
Word routes read every row of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.plan.spaced_rounds import page_repeat, spaced

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.fixture(scope="module")
def short():
    return extract(PENDING / "plan_spaced_lettered.txt")


@pytest.fixture(scope="module")
def pages():
    return extract(PENDING / "plan_spaced_lettered_pages.txt")


def _untold(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "plan_cells_untold"]


def test_every_lettered_row_is_kept_with_its_ref(short, pages):
    assert [a.ref for a in short.actions] == ["1(a)", "1(b)", "2(a)", "3(a)"]
    assert [a.ref for a in pages.actions] == ["1(a)", "1(b)", "2(a)", "3(a)", "4(a)", "4(b)"]


def test_a_row_printed_as_rounds_is_read_into_its_cells(short, pages):
    first = short.actions[0]
    assert first.action == (
        "Write a short guide for care home managers on when a fall should be raised as a safeguarding concern."
    )
    assert first.lead == "EASB Business Manager"
    assert first.target_date.raw == "June 2025"
    assert first.status.value == "in_progress"
    assert first.progress == "Draft guide shared with the care home forum for comment in April."
    long = pages.actions[0]
    assert long.action.startswith("Set up a working group to rewrite the partnership's procedure")
    assert long.lead == "EASB Policy Sub-group"
    assert long.target_date.raw == "April 2025"
    assert long.progress.endswith("published before the summer.")


def test_rows_printed_mixed_are_warned_not_guessed(short):
    rest = short.actions[1:]
    assert all(a.action is None and a.lead is None for a in rest)
    untold = _untold(short)
    assert len(untold) == 3 and all(f"'{ref}'" in m for ref, m in zip(["1b", "2a", "3a"], untold))
    # the lines of the two rows printed among each other are quoted, not dropped
    assert "Agree a shared checklist for hospital" in untold[1]
    assert "Add the guide to the induction pack for" in untold[1]


def test_a_status_or_date_alone_on_a_line_is_kept(short, pages):
    for doc in (short, pages):
        third = next(a for a in doc.actions if a.ref == "3(a)")
        assert third.target_date.raw == "Q3 2025/26"
    # (two status lines printed in one row's lines: neither is taken)
    two = next(a for a in pages.actions if a.ref == "4(b)")
    assert two.status.value == "unknown"


def test_spaced_header_names():
    assert spaced([10, 12, 14, 16])
    assert not spaced([10, 11, 12, 13])
    assert not spaced([10, 12, 13])


def test_the_header_printed_again_over_a_broken_row():
    names = ["Ref", "Action", "Lead", "Due", "Progress", "Status"]
    broken = [
        "Complete",
        "Ref",
        "Action",
        "Lead",
        "Due",
        "Tollamore Board – review 'Iris'",
        "Progress",
        "Status",
    ]
    assert page_repeat([*broken, "and the second audit is booked."], names) == (1, 8)
    assert page_repeat(["Ref", "Action", "Lead"], names) is None  # (not the whole header)
    many = ["Ref", "Action", "one", "two", "three", "Lead", "Due", "Progress", "Status"]
    assert page_repeat(many, names) is None  # (cells printed among the names: a row, not a header)
