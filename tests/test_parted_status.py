"""A status cell whose first word the column cut left at the end of the cell before it ("January 2025
Not" | "started – waiting for the new checklist."): a status cell opening in lower case continues a
phrase, and the word is put back where it makes another state open the cell (plan.row_cells).
Read on tests/zoo/pending/plan_ho_banded_numbers (own words, fictional places), whose last row's
target and status print one space apart on plain text."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.row_cells import parted_status

P = load_patterns()
COLUMNS = ["action", "lead", "target_date", "status"]
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_parted_word_goes_back_to_the_status():
    cells = {"target_date": "January 2025 Not", "status": "started – waiting for the checklist."}
    mended = parted_status(cells, COLUMNS, P)
    assert mended["target_date"] == "January 2025"
    assert mended["status"] == "Not started – waiting for the checklist."


def test_cells_left_as_printed_where_the_word_changes_nothing():
    for cells in (
        {"target_date": "31/01/2025", "status": "started – waiting"},  # (no word to put back)
        {"target_date": "March Board", "status": "ongoing"},  # ("Board ongoing" opens no state)
        {"target_date": "January 2025 Not", "status": "Started in May"},  # (opens in capitals)
    ):
        assert parted_status(cells, COLUMNS, P) == cells


def test_the_plain_text_row_reads_not_started():
    last = extract(PENDING / "plan_ho_banded_numbers.txt").actions[-1]
    assert last.status.value == "not_started" and last.target_date.raw == "January 2025"
