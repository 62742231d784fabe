"""A tracker's dates written with dots, "12.09.24" / "31.03.25", printed by plain pdftotext as
column blocks, one a block: each is a date column's cell, never a ref column's code, so the
table is read as printed in column runs, not as rows printed one after another
(plan.block_cells). The document is the pending zoo's
(tests/zoo/pending/build_dhr_tracker_part_a_part_b.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
DOC = PENDING / "dhr_tracker_part_a_part_b.txt"


def test_dotted_days_leave_the_column_blocks_read():
    doc = extract(DOC)
    refs = [a.ref for a in doc.actions]
    assert len(doc.actions) >= 5
    assert {"1.2", "2.1", "2.2", "3.1"} <= set(refs)
    # (no day read as a row's ref)
    assert not any(r and r.count(".") == 2 for r in refs)


def test_recommendations_of_part_a_read():
    doc = extract(DOC)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
