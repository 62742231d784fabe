"""plan.block_cells: a column-block cell naming the end of the financial year ("end of financial" /
"year") is a target cell, as plan.reporting_year reads it, so the run's lead and target blocks
count as its rows and pair in order."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_first_runs_leads_pair_past_a_year_end_target():
    out = extracted_json(PENDING / "dhr_plan_quarter_progress_header.txt")
    rows = [(a["action"].split()[0], a["lead"]) for a in out["actions"][:2]]
    assert rows == [("Send", "CSP Manager"), ("Run", "Housing Lead")]
    assert out["actions"][1]["target_date"]["raw"] == "end of financial year"
