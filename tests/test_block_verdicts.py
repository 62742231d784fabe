"""plan.block_words.is_merged_label: a column-block cell of a merged acceptance column ("Accepted",
"Partially" / "accepted") is the agencies' answer to the recommendation, no row's lead or status."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.plan.block_words import ColumnBlockWords

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_merged_acceptance_cell_is_no_lead_and_no_status():
    words = ColumnBlockWords.of(P)
    assert words.is_merged_label("Accepted")
    assert words.is_merged_label("Partially accepted Accepted")  # (two rows' verdicts in one block)
    assert words.is_merged_label("Local")
    assert not words.is_merged_label("Actioned")
    assert not words.is_merged_label("Accepted by the Board in March")


def test_the_custody_plans_first_page_gives_each_row_its_date_and_status():
    out = extracted_json(PENDING / "sar_custody_death_plan_accepted_col_merged_brackwater.txt")
    first = [
        ((a["status"] or {}).get("raw"), (a["target_date"] or {}).get("raw")) for a in out["actions"][:5]
    ]
    assert first == [
        ("Ongoing", "30/04/2026"),
        ("Actioned", "Immediate"),
        ("Actioned", "31/01/2026"),
        ("Not commenced", "30/06/2026"),
        ("Ongoing", "31/07/2026"),
    ]
    assert [a["lead"] for a in out["actions"][:2]] == [
        "Head of Healthcare, HMP Brackwater",
        "Head of Safer Custody",
    ]
