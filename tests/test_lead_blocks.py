"""plan.lead_blocks: a run of column-block actions whose lead cells plain pdftotext printed as
one block of wrapped names, parted one lead a row only where the parting is forced."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.lead_blocks import block_leads

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
ROLES = ColumnRoles(load_patterns())
WORDS = LeadWords(lambda c: c.kind == "lead" or ROLES.is_name(c.text), ROLES.ends_role, ROLES.closes_name)


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _after(*leads: BlockCell) -> list[BlockCell]:
    """The cells printed after a run of two actions: the Lead column's name, its block of
    leads, then each row's date and status."""
    return [
        _cell("name", 20, "Lead"),
        *leads,
        _cell("target_date", 30, "Nov-24"),
        _cell("status", 32, "Complete"),
        _cell("target_date", 34, "May-25"),
        _cell("status", 36, "Ongoing"),
    ]


def _texts(cells: list[BlockCell] | None) -> list[str] | None:
    return None if cells is None else [c.text for c in cells]


def test_one_block_of_wrapped_leads_parts_one_a_row():
    block = _cell("lead", 21, "Tenancy Services", "Manager", "Learning and", "Development Group")
    assert _texts(block_leads(_after(block), 2, True, WORDS)) == [
        "Tenancy Services Manager",
        "Learning and Development Group",
    ]


def test_a_lead_printed_apart_from_the_block_leaves_the_run_unread():
    # (a third name printed in a block of its own: which rows the first block's names are, unproven)
    block = _cell("lead", 21, "Tenancy Services", "Manager", "Learning and", "Development Group")
    apart = _cell("lead", 27, "Hospital Discharge Lead")
    assert block_leads(_after(block, apart), 2, True, WORDS) is None


def test_a_block_opening_on_a_names_last_word_alone_is_not_the_rows_leads():
    # ("Coordinator": its first words printed with the column's name, the row's lead not whole here)
    block = _cell("lead", 21, "Coordinator", "Hospital", "Safeguarding Lead")
    assert block_leads(_after(block), 2, True, WORDS) is None


def test_a_later_run_under_a_name_printed_again_is_not_read():
    block = _cell("lead", 21, "Tenancy Services", "Manager", "Learning and", "Development Group")
    assert block_leads(_after(block), 2, False, WORDS) is None


def test_the_pending_trackers_first_run_has_its_leads_on_the_text_route():
    doc = extracted_json(PENDING / "sab_tracker_flag_between_names.txt")
    assert [a["lead"] for a in doc["actions"][:2]] == [
        "Board Development Officer",
        "Audit and Assurance Group",
    ]


def _two_blocks_after(under: BlockCell, later: BlockCell, *more: BlockCell) -> list[BlockCell]:
    """The cells printed after a run of actions whose leads printed in two blocks: the first
    rows' under the Lead column's name, the rest later among the rows' dates."""
    return [
        _cell("name", 20, "Lead"),
        under,
        _cell("name", 24, "Target date"),
        _cell("target_date", 25, "Nov-24"),
        later,
        _cell("target_date", 40, "May-25"),
        *more,
    ]


def test_leads_in_two_blocks_the_first_under_the_name_part_one_a_row():
    under = _cell("lead", 21, "Tenancy Services", "Manager")
    later = _cell("other", 30, "Learning and", "Development Group", "Named Nurse for", "Safeguarding Adults")
    assert _texts(block_leads(_two_blocks_after(under, later), 3, True, WORDS)) == [
        "Tenancy Services Manager",
        "Learning and Development Group",
        "Named Nurse for Safeguarding Adults",
    ]


def test_leads_in_two_blocks_are_left_where_a_third_name_is_printed_or_the_count_is_not_forced():
    under = _cell("lead", 21, "Tenancy Services", "Manager")
    later = _cell("other", 30, "Learning and", "Development Group", "Named Nurse for", "Safeguarding Adults")
    third = _cell("other", 45, "Hospital Discharge Lead")
    assert block_leads(_two_blocks_after(under, later, third), 3, True, WORDS) is None
    assert block_leads(_two_blocks_after(under, later), 4, True, WORDS) is None  # (no count makes four)
    assert (
        block_leads(_two_blocks_after(under, later), 3, False, WORDS) is None
    )  # (not the table's first run)


def test_the_pending_plans_leads_printed_in_two_blocks_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "sar_plan_completed_dates.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "SAB Business Manager",
        "SAB Learning and Development Subgroup",
        "SAB Learning and Development Subgroup",
        "Principal Social Worker, Tarnwick Council",
        "SAB Policy Subgroup",
    ]


def test_a_running_foot_naming_the_plan_or_the_page_is_no_lead():
    # (a title's word: "plan", "tracker", "page"; no body's or role's name holds one)
    for foot in (
        "Lowmoor Hospitals NHS Trust – internal DHR plan",
        "Harrowden CSP | Page",
        "Tarnby SAB – SAR tracker",
    ):
        assert ROLES.names_a_title(foot)
    assert not ROLES.names_a_title("DHR Business Manager") and not ROLES.names_a_title(
        "Head of Adult Safeguarding"
    )


def test_the_single_agency_plans_leads_are_read_past_its_running_foot():
    # (the first row's lead under "Owner", the rest one block later, the plan's title as its foot)
    doc = extracted_json(Path(__file__).resolve().parent / "column_blocks" / "colprint_single_agency.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Head of Midwifery",
        "Safeguarding Midwife",
        "Practice Development Midwife",
        "Digital Midwife",
    ]


def test_the_later_blocks_leads_must_each_end_on_a_word_a_name_ends_on():
    # ("Thornmere Council" / "Housing" printed three times: parted after "Council" the count fits, yet
    # "Housing" alone ends no name, so the rows' leads are not proven)
    under = _cell("lead", 21, "Thornmere Education", "Welfare Service")
    later = _cell(
        "other",
        30,
        "Partnership Audit",
        "Group",
        "Thornmere Council",
        "Housing",
        "Thornmere Council",
        "Housing",
        "Thornmere Council",
        "Housing",
    )
    assert block_leads(_two_blocks_after(under, later), 6, True, WORDS) is None


def test_a_third_name_ending_on_no_name_word_still_leaves_two_blocks_unread():
    # ("Head of Health Visiting" ends on no word a name ends on, yet it is a row's lead all the same)
    under = _cell("lead", 21, "Tenancy Services", "Manager")
    later = _cell("other", 30, "Learning and", "Development Group", "Named Nurse for", "Safeguarding Adults")
    third = _cell("lead", 45, "Head of Health Visiting")
    assert block_leads(_two_blocks_after(under, later, third), 3, True, WORDS) is None


def _bands(*leads: BlockCell) -> list[BlockCell]:
    """Bands of a lead and a date, one band a row but for a block of two rows' leads."""
    dates = ["Oct 2025", "Jan 2026", "May 2026", "Nov 2025"]
    out: list[BlockCell] = []
    for k, lead in enumerate(leads):
        out += [lead, _cell("target_date", lead.lines[-1].number + 2, dates[k])]
    return out


def test_lead_and_date_bands_with_two_rows_leads_in_one_block_give_each_row_its_lead():
    after = _bands(
        _cell("lead", 10, "Inpatient Matron"),
        _cell("lead", 14, "Family Liaison", "Lead"),
        _cell("lead", 19, "Community", "Services", "Manager", "Crisis Service", "Lead"),
    )
    assert _texts(block_leads(after, 4, True, WORDS)) == [
        "Inpatient Matron",
        "Family Liaison Lead",
        "Community Services Manager",
        "Crisis Service Lead",
    ]


def test_lead_and_date_bands_are_left_where_the_count_or_the_bands_do_not_force_the_rows():
    after = _bands(
        _cell("lead", 10, "Inpatient Matron"),
        _cell("lead", 14, "Family Liaison", "Lead"),
        _cell("lead", 19, "Community", "Services", "Manager", "Crisis Service", "Lead"),
    )
    assert block_leads(after, 5, True, WORDS) is None  # (no parting makes five rows)
    late = [*after[:3], _cell("status", 17, "Implemented"), *after[3:]]
    assert block_leads(late, 4, True, WORDS) is None  # (a cell out of the bands)


def test_the_pending_safety_plans_first_run_has_its_leads_on_the_text_route():
    out = extracted_json(PENDING / "psii_safety_plan_titled_sr_cells_em_dash_ashmorton.txt")
    assert [a["lead"] for a in out["actions"][:6]] == [
        "Inpatient Matron",
        "Family Liaison Lead",
        "Clinical Audit Manager",
        "Community Services Manager",
        "Crisis Service Lead",
        "Head of Nursing",
    ]


def test_lead_and_date_bands_with_a_status_after_a_rows_date_still_give_the_leads():
    # (each row's status printed after its band's date, or later: the leads still print a band a row)
    after = [
        _cell("lead", 10, "DI Public Protection"),
        _cell("target_date", 12, "31.03.2025"),
        _cell("status", 14, "Complete"),
        _cell("lead", 16, "Quality Assurance", "Lead", "Hub Manager"),
        _cell("target_date", 20, "30.06.2025"),
        _cell("other", 22, "First ten records checked."),
    ]
    assert _texts(block_leads(after, 3, True, WORDS)) == [
        "DI Public Protection",
        "Quality Assurance Lead",
        "Hub Manager",
    ]


def test_a_block_of_leads_after_a_run_is_not_its_own_by_count_alone():
    # (the pending SAB tracker of our own: the block of 2a's and 2b's wrapped leads prints after
    # the run of 2b's and 3a's actions, two cells for two rows, and is neither row's pair)
    doc = extracted_json(PENDING / "sab_tracker_wrapped_leads_one_block_ostrey.txt")
    leads = {a["action"][:20]: a["lead"] for a in doc["actions"]}
    assert leads["Train the contact ce"] != "Head of Carers' Services, Ostrey Borough Council"
    assert leads["Agree a carer's requ"] != "Contact Centre Operations Manager"
