"""A tracker's header whose two-word names wrap in their narrow columns, in corpus text (the
cells of one printed line joined): "Action Action Lead officer Date agreed Target date Revised
RAG at last Update" over "ref date review". The wrapped words complete the names above them
("Action ref", "Revised date", "RAG at last review", the last over three printed words), the
first "Action" so made the rows' ref column (plan.wrapped_refs), and each row's first line is
cut into its eight cells: a dash alone is an empty date cell ("—") and a week's first day
opens its cell at its qualifier ("w/c 3 March 2025"). Read on
tests/zoo/pending/dhr_tracker_part_a_part_b (own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import column_map
from dhrparse.plan.wrapped_columns import NamedColumns
from dhrparse.plan.wrapped_refs import wrapped_ref

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_tracker_part_a_part_b"
FIRST = "Action Action Lead officer Date agreed Target date Revised RAG at last Update"


def test_wrapped_words_complete_a_name_printed_over_several_words():
    p = load_patterns()
    named = NamedColumns(column_map(p), p).columns(FIRST, ["ref date review"])
    assert named is not None
    assert [r for r, _ in named] == [
        "ref",
        "action",
        "lead",
        "extra",
        "target_date",
        "extra",
        "status",
        "progress",
    ]
    assert named[6][1] == "RAG at last review"


def test_a_ref_only_its_wrapped_word_names_opens_the_columns():
    assert wrapped_ref(["ref", "action", "lead", "status"], ["action", "lead", "status"])
    # (a ref the first line names already, or columns the first line does not name, are not it)
    assert not wrapped_ref(["ref", "action", "lead"], ["ref", "action", "lead"])
    assert not wrapped_ref(["ref", "action", "progress"], ["action", "lead"])


def test_the_tracker_rows_read_their_rag_target_and_lead():
    doc = extract((ZOO / f"{STEM}.corpus.txt").read_text(encoding="utf-8"), name=f"{STEM}.corpus.txt")
    acts = {a.ref: a for a in doc.actions}
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
    ]
    # (the target date column's, not the date agreed's nor the revised date's)
    assert acts["1.1"].target_date.start == "2025-03-31"
    assert acts["1.2"].target_date.raw == "w/c 3 March 2025"
    assert acts["3.1"].target_date.start == "2024-12-31"
    assert acts["4.2"].target_date.start == "2025-02-28"
    assert acts["1.1"].lead == "Partnership Manager"
    assert acts["4.1"].lead == "Training Coordinator"
