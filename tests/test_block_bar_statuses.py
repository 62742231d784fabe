"""A SAR plan whose Progress column is a bar of squares under a key ("■■■□□": ■ a fifth done),
printed by plain pdftotext as column blocks, each row's target, bar and latest position a band
(date / bar / note). The bar is the row's status cell: a block holding only a bar is a status
(plan.block_cells, under the "Progress" name too), the status read from the bar's squares before
any tick box's (plan.status: "■□□□□" is no "☐ ... ☒ ..." list), and a note that ends its
sentence straight after a band's bar ("Not yet due.") is that row's update, not a rating outside
the bands (plan.row_bands). Zoo: tests/zoo/pending/build_sar_plan_block_bars_roman_refs.py's
Wyncliffe plan."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_plan_block_bars_roman_refs_wyncliffe"
P = load_patterns()


def test_a_bar_opening_with_one_filled_square_is_under_way():
    assert normalise_status("■□□□□", patterns=P).value == "in_progress"
    assert normalise_status("■■■■■", patterns=P).value == "complete"
    assert normalise_status("□□□□□", patterns=P).value == "not_started"


def test_plain_text_reads_each_rows_bar_and_target():
    doc = extracted(PENDING / f"{STEM}.txt")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "not_started",
    ]
    assert [a.target_date.raw for a in doc.actions][:3] == ["31.03.2025", "30.06.2025", "30.09.2025"]
