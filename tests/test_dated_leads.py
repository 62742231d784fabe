"""plan.dated_leads: a run of column-block actions whose lead cells plain pdftotext printed as
several blocks of names, each straight before a date, read in print order only where one choice
of forced partings makes the run's rows."""

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


def _bands(*middle: BlockCell) -> list[BlockCell]:
    """The cells printed after a run of four actions: the Lead column's name and the first row's
    lead, the date column's name and that row's date, then blocks of the later rows' leads each
    followed by the date beside its first row."""
    return [
        _cell("name", 20, "Owner"),
        _cell("lead", 21, "Tenancy Services", "Manager"),
        _cell("name", 24, "Due"),
        _cell("target_date", 25, "15-Sep-25"),
        *middle,
        _cell("other", 60, "Audit delayed by the system upgrade."),
        _cell("status", 62, "Complete"),
    ]


def _texts(cells: list[BlockCell] | None) -> list[str] | None:
    return None if cells is None else [c.text for c in cells]


BLOCK = _cell("lead", 30, "Head of", "Safeguarding", "Clinical Audit", "Manager")
LATER = _cell("lead", 40, "Housing Manager")


def test_blocks_of_leads_each_before_a_date_are_the_rows_leads_in_print_order():
    after = _bands(BLOCK, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("target_date", 42, "31-Oct-25"))
    assert _texts(dated_leads(after, 4, True, WORDS)) == [
        "Tenancy Services Manager",
        "Head of Safeguarding",
        "Clinical Audit Manager",
        "Housing Manager",
    ]


def test_a_block_of_names_with_no_date_after_it_leaves_the_run_unread():
    # (the block may be later rows' leads printed out of row order: no block's place is proven)
    after = _bands(BLOCK, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("status", 42, "Complete"))
    assert dated_leads(after, 4, True, WORDS) is None


def test_the_blocks_must_make_the_runs_rows():
    after = _bands(BLOCK, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("target_date", 42, "31-Oct-25"))
    assert dated_leads(after, 5, True, WORDS) is None


def test_a_later_run_with_a_block_under_a_columns_name_is_not_read():
    # (the cells under a name printed after a later run are the table's first row's)
    after = _bands(BLOCK, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("target_date", 42, "31-Oct-25"))
    assert dated_leads(after, 4, False, WORDS) is None


def test_the_pending_plans_leads_printed_a_band_at_a_time_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "psii_safety_action_plan_sa_refs_measure_col_pellowford.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Head of Digital Clinical Systems",
        "Clinical Audit Manager",
        "Associate Director of Community Services",
        "Patient Experience Lead",
        "Learning and Development Manager",
    ]


def test_a_block_is_not_parted_into_words_alone_to_make_the_count():
    # ("Lead Nurse, Sexual" / "Health" / "Services" is one lead wrapped, not three rows' leads)
    wrapped = _cell("lead", 30, "Lead Nurse,", "Sexual", "Health", "Services")
    after = _bands(
        wrapped, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("target_date", 42, "31-Oct-25")
    )
    assert dated_leads(after, 5, True, WORDS) is None


def test_a_block_of_names_with_no_whole_parting_leaves_the_run_unread():
    # (its leads are some rows', unproven: the other blocks' count proves nothing then)
    broken = _cell("lead", 30, "Partnership Audit", "Group", "Thornmere Council", "Housing")
    after = _bands(
        broken, _cell("target_date", 35, "30-Jun-25"), LATER, _cell("target_date", 42, "31-Oct-25")
    )
    assert dated_leads(after, 2, True, WORDS) is None


def test_a_block_its_lines_do_not_part_is_parted_by_the_names_printed_alike():
    # (a later run of five rows: two blocks of one lead each, then one block of three, each before
    # its date; "Integrated Care" / "Board" printed whole twice, "Wexholm" / "Housing" twice in
    # the block: the one parting giving those parts makes the rows)
    after = [
        _cell("lead", 10, "Integrated Care", "Board"),
        _cell("target_date", 13, "30.9.25"),
        _cell("lead", 15, "Integrated Care", "Board"),
        _cell("target_date", 18, "31.3.26"),
        _cell("lead", 20, "Integrated Care", "Board", "Wexholm", "Housing", "Wexholm", "Housing"),
        _cell("target_date", 27, "31.12.25"),
    ]
    leads = dated_leads(after, 5, False, WORDS)
    assert leads is not None
    assert [c.text for c in leads] == [
        "Integrated Care Board",
        "Integrated Care Board",
        "Integrated Care Board",
        "Wexholm Housing",
        "Wexholm Housing",
    ]


def test_the_pending_status_first_plans_later_runs_leads_are_read_on_the_text_route():
    # (their dates printed with dots, "31.3.26", told refs by their shape: dates all the same)
    doc = extracted_json(PENDING / "dhr_plan_status_first_composite_refs.txt")
    assert [a["lead"] for a in doc["actions"][2:]] == [
        "Integrated Care Board",
        "Integrated Care Board",
        "Integrated Care Board",
        "Wexholm Housing",
        "Wexholm Housing",
    ]
    doc = extracted_json(PENDING / "dhr_plan_status_first_broken_status.txt")
    assert [a["lead"] for a in doc["actions"][2:]] == [
        "Community Health",
        "Community Health",
        "Community Health",
        "Partnership officer",
        "Partnership officer",
    ]


def test_a_block_printed_after_a_rows_status_opens_on_a_name_of_its_own():
    # ("Practice" / "Manager Lead": under a column's name "Practice" could be a name's last word
    # alone, its first words printed with the name; after the row before's status it cannot)
    after = [
        _cell("lead", 10, "CSP Manager"),
        _cell("target_date", 12, "Oct 2025"),
        _cell("status", 14, "Open"),
        _cell("lead", 16, "Practice", "Manager Lead"),
        _cell("target_date", 19, "Dec 2025"),
        _cell("status", 21, "Open"),
    ]
    leads = dated_leads(after, 2, False, WORDS)
    assert leads is not None
    assert [c.text for c in leads] == ["CSP Manager", "Practice Manager Lead"]


def test_the_pending_coded_appendix_plans_second_page_leads_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "dhr_agency_coded_recs_appendix.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Head of Tenancy",
        "CSP Manager",
        "Clinical Lead",
        "Head of Practice",
        "CSP Manager",
        "Practice Manager Lead",
    ]
