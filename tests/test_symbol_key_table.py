"""A plan's Progress column holding one mark a row (✔ / ◑ / ✘), the marks explained by a small key
table under the plan, a row for each mark ("◑ | Work under way"): the key read from its rows one
under another, and the Progress cell that is a mark alone read through it as the row's status,
before the target cell's "Ongoing" (plan.symbol_key). Read on
tests/zoo/pending/sar_plan_progress_marks_key_table (own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.symbol_key import _table_key

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_plan_progress_marks_key_table"
P = load_patterns()
WANT = ["complete", "in_progress", "in_progress", "not_started"]


def test_a_key_table_read_from_its_rows():
    rows = ["Key to the Progress column", "Mark Meaning", "✔ Action completed and signed", "off"]
    rows += ["◑ Work under way", "✘ Not yet started", "The plan is checked quarterly."]
    assert _table_key(rows, P) == {"✔": "complete", "◑": "in_progress", "✘": "not_started"}


def test_no_key_from_one_row_a_bullet_list_or_rows_that_say_no_state():
    assert _table_key(["✘ Not yet started", "The plan is checked quarterly."], P) == {}
    assert _table_key(["• Completed", "• Not started"], P) == {}
    assert _table_key(["✔ Training delivered to staff", "✘ Leaflet printed"], P) == {}


def test_every_route_reads_the_marks_through_the_key_table():
    for route in ("txt", "pdf", "docx", "corpus.txt"):
        doc = extract(ZOO / f"{STEM}.{route}")
        assert [a.status.value for a in doc.actions] == WANT, route
        assert doc.actions[-1].target_date.raw == "Ongoing", route
