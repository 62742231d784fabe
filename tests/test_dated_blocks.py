"""plan.dated_blocks: a column-block name dated on the line under it ("Status at" / "31/03/2026")
keeps its date: no row's status or target."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.dated_names import dating_line

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _block(*texts: str) -> list[Line]:
    return [Line(10 + k, t, page=1) for k, t in enumerate(texts)]


def test_the_date_a_names_link_word_opens_is_a_line_of_the_name():
    assert dating_line(_block("Status at", "31/03/2026", "Ongoing"), 1, P) == 1
    assert dating_line(_block("Position as at", "March 2026"), 1, P) == 1


def test_a_date_under_a_name_with_no_link_word_is_the_first_rows_cell():
    assert dating_line(_block("Target date", "30/04/2026"), 1, P) == 0
    assert dating_line(_block("Status at", "31/03/2026 Ongoing"), 1, P) == 0
    assert dating_line(_block("Status at"), 1, P) == 0


def test_the_custody_plans_dated_status_name_is_no_rows_status():
    out = extracted_json(PENDING / "sar_custody_death_plan_accepted_col_merged_brackwater.txt")
    last = [((a["status"] or {}).get("raw"), (a["target_date"] or {}).get("raw")) for a in out["actions"][5:]]
    assert last == [("Not commenced", "30/09/2026"), ("Actioned", "Immediate")]
