"""A Timescale cell wrapped in its narrow column, "Within 6" / "months", in text whose printed
lines join their cells (corpus text): the tracker reader reads each row from its first printed
line, so the span kept only its opening and named no time. The unit ending the row's next
printed line is the cell's own and is put back (plan.span_wraps); a next line ending in any
other word leaves the cell as read. Zoo: tests/zoo/pending/build_sar_plan_relative_timescales.py
(heldout43 family 3's shape), whose spans are then dated from the Board's sign-off day."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

CORPUS = (
    Path(__file__).resolve().parent
    / "zoo"
    / "pending"
    / "sar_plan_relative_timescales_open_closed_tillbrook.corpus.txt"
)


def _targets(text: str) -> dict:
    doc = extract(text.encode("utf-8"), name="plan.corpus.txt")
    return {a.ref: (a.target_date.raw, a.target_date.start) for a in doc.actions}


def test_the_unit_on_the_next_line_completes_the_span():
    targets = _targets(CORPUS.read_text(encoding="utf-8"))
    assert targets["1(b)"] == ("Within 6 months", "2025-11")
    assert targets["2(c)"] == ("Within 12 months", "2026-05")
    assert targets["1(a)"] == ("Immediate", None)


def test_a_next_line_ending_in_another_word_leaves_the_cell():
    text = CORPUS.read_text(encoding="utf-8").replace("Housing months", "Housing", 1)
    assert _targets(text)["1(b)"] == ("Within 6", None)
