"""A SAR plan whose Timescale column gives spans from the Board's sign-off ("Within 9 months",
"Immediate", "Ongoing") beside an Open / Closed status, printed by plain pdftotext as column
blocks, each row's timescale and status a pair. A span alone in its block is the target
column's cell (plan.block_cells, `actions.plan.timescale_anchor.span`), so the pairs are read
in order as the rows' (plan.row_bands). Zoo: tests/zoo/pending/build_sar_plan_relative_timescales.py's
Ockleigh plan."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_plan_relative_timescales_agreed_ockleigh"


def test_plain_text_pairs_each_span_with_its_status():
    doc = extracted(PENDING / f"{STEM}.txt")
    assert [a.status.raw for a in doc.actions] == ["Closed", "Open", "Closed", "Open", "Closed", "Open"]
    assert [a.target_date.raw for a in doc.actions] == [
        "Immediate",
        "Within 9 months",
        "Within 3 months",
        "Within 6 months",
        "Within 3 months",
        "Ongoing",
    ]
