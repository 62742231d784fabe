"""plan.table_leads where no reading of the rows proved a single lead: plain pdftotext printed
the lead column apart from the action cells, so no row's own cells say whose each lead is. The
table's lead cells in print order are still its rows' leads where exactly one parting of the
whole column makes the rows and no lead cell stands between a page's action cells (there a band's
leads may stand in either order against the run before it)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.table_leads import fill_table_leads

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_plan_whose_every_lead_prints_apart_from_its_row_reads_its_leads_from_the_lead_column():
    doc = extracted_json(PENDING / "sar_plan_block_bars_roman_refs_wyncliffe.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "SAB Business Manager",
        "SAB Business Manager",
        "Head of Adult Social Care",
        "Head of Commissioning",
        "Head of Commissioning",
        "Quality Subgroup Chair",
        "Recovery Service Manager",
        "Recovery Service Manager",
        "SAB Business Manager",
        "Quality Subgroup Chair",
        "SAB Business Manager",
    ]


class _Row:
    def __init__(self, cell: BlockCell):
        self.cell = cell
        self.values: dict = {}


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    from dhrparse.document import Line

    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _words() -> LeadWords:
    def is_name(cell: BlockCell) -> bool:
        return all(w[:1].isupper() or w in ("of", "and") for w in cell.text.split())

    return LeadWords(is_name, lambda t: t.endswith(("Manager", "Officer")))


def _actions(count: int) -> list[BlockCell]:
    return [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, count + 1)]


def test_with_no_lead_proven_the_column_read_one_way_gives_each_row_its_lead():
    acts = _actions(3)
    leads = [
        _cell("lead", 100 + 2 * k, t)
        for k, t in enumerate(("Housing Manager", "Review Officer", "Audit Officer"))
    ]
    rows = [_Row(a) for a in acts]
    fill_table_leads(rows, [*acts, *leads], ["lead"], _words())
    assert [r.values["lead"].text for r in rows] == ["Housing Manager", "Review Officer", "Audit Officer"]


def test_with_no_lead_proven_a_lead_too_many_leaves_the_rows_unread():
    acts = _actions(3)
    leads = [_cell("lead", 100 + 2 * k, f"Team {k} Manager") for k in range(4)]
    rows = [_Row(a) for a in acts]
    fill_table_leads(rows, [*acts, *leads], ["lead"], _words())
    assert all("lead" not in r.values for r in rows)


def test_with_no_lead_proven_leads_printed_between_a_pages_action_runs_leave_the_rows_unread():
    acts = _actions(4)
    first = _cell("lead", 25, "Housing Manager")
    band = _cell("lead", 45, "Review Officer", "Audit Officer")
    rows = [_Row(a) for a in acts]
    # (two actions, a lead, two actions, a block of two leads: whose each is, unproven)
    fill_table_leads(rows, [acts[0], acts[1], first, acts[2], acts[3], band], ["lead"], _words())
    assert all("lead" not in r.values for r in rows)
