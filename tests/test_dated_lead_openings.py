"""plan.dated_leads: a block of leads printed straight after the row before's date or status is
under no column's name, so its first line opens a name of its own. A one-word first line that a
role's name may end on ("Practice", as in "GP Practice") is then the start of the row's lead, not
the tail of a name printed with the column's name."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.dated_leads import dated_leads
from dhrparse.plan.lead_bands import LeadWords

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
ROLES = ColumnRoles(load_patterns())
WORDS = LeadWords(lambda c: c.kind == "lead" or ROLES.is_name(c.text), ROLES.ends_role, ROLES.closes_name)


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _texts(cells: list[BlockCell] | None) -> list[str] | None:
    return None if cells is None else [c.text for c in cells]


def _run(after_value: str) -> list[BlockCell]:
    """The cells printed after a run of four actions, a band of lead and date a row, but for two
    rows whose leads stood close and printed as one block, the first opening "Practice"."""
    return [
        _cell("name", 20, "Lead"),
        _cell("lead", 21, "Housing Options", "Manager"),
        _cell("name", 24, "Target date"),
        _cell("target_date", 25, "30 April", "2026"),
        _cell("lead", 28, "Designated Nurse"),
        _cell("target_date", 29, "31 July 2026"),
        *([_cell("status", 30, "Open")] if after_value == "status" else []),
        _cell("lead", 31, "Practice", "Safeguarding", "Lead", "Refuge Services", "Manager"),
        _cell("target_date", 37, "October", "2026"),
    ]


def test_a_block_after_the_row_befores_date_opens_on_a_name_of_its_own():
    assert _texts(dated_leads(_run("target_date"), 4, True, WORDS)) == [
        "Housing Options Manager",
        "Designated Nurse",
        "Practice Safeguarding Lead",
        "Refuge Services Manager",
    ]


def test_a_block_after_the_row_befores_status_reads_alike():
    # (as before: a status is a row's own value too)
    assert _texts(dated_leads(_run("status"), 4, True, WORDS)) == [
        "Housing Options Manager",
        "Designated Nurse",
        "Practice Safeguarding Lead",
        "Refuge Services Manager",
    ]


def test_the_pending_struck_plans_leads_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "dhr_plan_struck_closed_actions_no_note_thornaby_cross.txt")
    assert [a["lead"] for a in doc["actions"]][1:] == [
        "Domestic Abuse Coordinator",
        "Named GP for Safeguarding",
        "Practice Safeguarding Lead",
        "Tenancy Services Manager",
        "Tenancy Services Manager",
        "Community Safety Manager",
        "Chair, DHR Oversight Group",
    ]
