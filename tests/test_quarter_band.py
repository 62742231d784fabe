"""A tracker header printed as two rows in corpus text, a progress name merged over one column a
quarter with the quarters' labels on the line under it ("Progress 2024/25" over "Q1 Q2 Q3"), the
last name's wrapped words after them ("Evidence of" / "completion"): as many progress columns
as quarters, the rows read from the line after (plan.quarter_band)."""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.plan.quarter_band import quarter_band, quarter_labels
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
QUARTER = regex.compile(r"^Q[1-4]$")
FIRST = "Ref Action Lead Target Progress 2024/25 Status Evidence of"


def test_the_quarters_labels_open_the_line_in_order():
    assert quarter_labels(["Q1", "Q2", "Q3", "completion"], QUARTER) == 3
    assert quarter_labels(["Q2", "Q3"], QUARTER) == 2
    assert quarter_labels(["Q1", "Q3", "completion"], QUARTER) == 0  # (not the year's order)
    assert quarter_labels(["Q2", "2024/25", "Guide", "drafted."], QUARTER) == 0  # (a row's target)


def test_the_line_under_the_header_makes_the_progress_name_a_column_a_quarter():
    cm = ColumnMap(load_patterns())
    assert quarter_band(cm, QUARTER, FIRST, "Q1 Q2 Q3 completion") == (3, "Evidence of completion")
    assert quarter_band(cm, QUARTER, "Ref Action Lead Target Progress Status", "Q1 Q2 Q3 Q4") == (4, None)
    # (words after the labels that complete no name: no header's second row)
    assert quarter_band(cm, QUARTER, FIRST, "Q1 Q2 Q3 Send a referral") is None
    # (no progress name over the quarters)
    assert quarter_band(cm, QUARTER, "Ref Action Lead Target Status", "Q1 Q2 Q3") is None


def test_the_zoo_plans_rows_are_read_on_corpus_text():
    doc = extracted_json(PENDING / "dhr_plan_quarter_progress_header.corpus.txt")
    rows = [(a["ref"], a["lead"], a["status"]["value"]) for a in doc["actions"]]
    assert rows == [
        ("1.1", "CSP Manager", "complete"),
        ("1.2", "Housing Lead", "in_progress"),
        ("2.1", "Lead Nurse", "complete"),
        ("2.2", "Safeguarding", "in_progress"),
    ]
    assert [a["target_date"]["raw"] for a in doc["actions"]][2:] == ["30 November 2024", "Q4 2024/25"]
