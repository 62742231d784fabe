"""plan.table_leads with no lead proven: a Word plan whose lead cells all wrap, printed by plain
pdftotext as one block of names the lines alone do not part, given its leads where the table's
targets count its rows (plan.target_counts) and one parting of the lead column alone makes that
count; a block of targets printed twice is no block of leads (plan.dated_leads.as_printed)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.table_leads import fill_table_leads
from dhrparse.plan.target_counts import targets_counted, targets_held

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_wrapped_block_of_leads_counted_by_the_targets_gives_every_rows_lead():
    doc = extracted_json(PENDING / "sar_appendix_plan_done_column_wrapped_leads_kestrelby.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "SAB Business Manager",
        "Safeguarding Adults Lead",
        "Housing Needs Manager",
        "Head of Tenancy Services",
        "Housing Needs Manager",
        "Principal Social Worker",
        "SAB Business Manager",
    ]


def test_the_first_rows_lead_apart_and_a_block_of_targets_printed_alike_read_in_order():
    doc = extracted_json(PENDING / "dhr_appendix_plan_date_completed_in_hand_brinsworth.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "CSP Manager",
        "CSP Manager",
        "Head of Repairs",
        "Tenancy Support Manager",
        "Head of Repairs",
        "Communications Officer",
        "Communications Officer",
    ]


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def test_a_block_of_targets_holds_one_target_a_date_and_a_lone_day_among_months_is_no_target():
    p = load_patterns()
    block = _cell("other", 10, "End June", "2025", "End Sept", "2025", "End Dec 2025")
    assert targets_held(block, p) == ["month", "month", "month"]
    assert targets_held(_cell("target_date", 20, "On", "publication"), p) == ["none"]
    assert targets_held(_cell("other", 30, "Survey questions", "agreed May 2025."), p) == []
    assert targets_counted(["month", "month", "day", "none"]) == 3
    assert targets_counted(["month", "day"]) is None


class _Row:
    def __init__(self, cell: BlockCell):
        self.cell = cell
        self.values: dict = {}


def _words() -> LeadWords:
    def is_name(cell: BlockCell) -> bool:
        return all(w[:1].isupper() or w in ("of", "and") for w in cell.text.split())

    p = load_patterns()
    return LeadWords(
        is_name,
        lambda t: t.endswith(("Manager", "Officer")),
        targets_in=lambda c: targets_held(c, p),
    )


def test_with_no_lead_proven_a_target_count_short_of_the_rows_leaves_the_rows_unread():
    acts = [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, 4)]
    leads = [_cell("lead", 100, "Housing Manager"), _cell("lead", 102, "Review Officer", "Audit Officer")]
    targets = [_cell("target_date", 110, "May 2025"), _cell("target_date", 112, "June 2025")]
    rows = [_Row(a) for a in acts]
    # (three rows, two targets printed: a row the reader split or one it missed)
    fill_table_leads(rows, [*acts, *leads, *targets], ["lead"], _words())
    assert all("lead" not in r.values for r in rows)
    fill_table_leads(rows, [*acts, *leads, *targets, _cell("target_date", 114, "July 2025")], ["lead"], _words())
    assert [r.values["lead"].text for r in rows] == ["Housing Manager", "Review Officer", "Audit Officer"]
