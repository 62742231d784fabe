"""plan.table_leads: a Home Office template plan whose rows' bands (lead, milestone, date,
outcome) plain pdftotext prints before the run of action cells they belong to; the table's lead
cells in print order are its rows' leads, given where one parting of them alone makes the rows
and puts the leads a band proved back on their own rows."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.table_leads import fill_table_leads

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_leads_of_bands_printed_before_their_actions_follow_the_lead_column():
    doc = extracted_json(PENDING / "plan_ho_bands_before_actions_wrenmouth.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Wrenmouth CSP",
        "Wrenmouth CSP Training Officer",
        "Tarnholt Police Control Room",
        "Housing Options Manager",
        "Housing Quality Officer",
        "Housing Options Manager",
        "Wrenmouth CSP (Chair)",
        "Network Safeguarding Lead GP",
        "Network Safeguarding Lead GP",
    ]


class _Row:
    def __init__(self, cell: BlockCell, lead: BlockCell | None = None):
        self.cell = cell
        self.values = {"lead": lead} if lead is not None else {}


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    from dhrparse.document import Line

    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _words():
    from dhrparse.plan.lead_bands import LeadWords

    def is_name(cell: BlockCell) -> bool:
        return all(w[:1].isupper() or w in ("of", "and") for w in cell.text.split())

    return LeadWords(is_name, lambda t: t.endswith(("Manager", "Officer")))


def test_a_proven_lead_the_column_would_put_on_another_row_leaves_the_rows_unread():
    acts = [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, 4)]
    first, third = _cell("lead", 100, "Housing Manager"), _cell("lead", 104, "Quality Officer")
    extra = _cell("lead", 102, "Review Officer")
    rows = [_Row(acts[0], first), _Row(acts[1]), _Row(acts[2], third)]
    # (three rows, four leads printed: no parting makes three, and the proven third would shift)
    fill_table_leads(
        rows, [*acts, first, extra, _cell("lead", 103, "Audit Officer"), third], ["lead"], _words()
    )
    assert "lead" not in rows[1].values


def test_the_one_lead_left_between_two_proven_ones_is_the_middle_rows():
    acts = [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, 4)]
    first, middle, third = (
        _cell("lead", n, t)
        for n, t in ((100, "Housing Manager"), (102, "Review Officer"), (104, "Quality Officer"))
    )
    rows = [_Row(acts[0], first), _Row(acts[1]), _Row(acts[2], third)]
    fill_table_leads(rows, [*acts, first, middle, third], ["lead"], _words())
    assert rows[1].values["lead"].text == "Review Officer"


def test_past_the_last_proven_lead_a_block_that_parts_several_ways_leaves_the_rows_unread():
    acts = [_cell("action", 10 * k, f"Write the guide number {k} for staff.") for k in range(1, 5)]
    first = _cell("lead", 100, "Housing Manager")
    second = _cell("lead", 102, "Review Officer")
    # ("Head of Tenancy" / "Audit Officer": one lead or two; only the count of rows would choose)
    tail = _cell("lead", 104, "Head of Tenancy", "Audit Officer")
    rows = [_Row(acts[0], first), _Row(acts[1], second), _Row(acts[2]), _Row(acts[3])]
    fill_table_leads(rows, [*acts, first, second, tail], ["lead"], _words())
    assert "lead" not in rows[2].values
