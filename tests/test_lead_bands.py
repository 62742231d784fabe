"""plan.lead_bands: a column-block table's leads read from the band each row printed (its lead,
then its proven date and status), and refused wherever the band does not prove whose a name is."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.lead_bands import LeadWords, fill_leads_before_dates

ENDS_ROLE = ColumnRoles(load_patterns()).ends_role
NAMES = ["action", "lead", "target_date", "status"]
ROLE_WORDS = ("Manager", "Chair", "Lead", "Nurse", "Options")


@dataclass
class Row:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _is_lead(cell: BlockCell) -> bool:
    return cell.text.endswith(ROLE_WORDS)


def _table():
    """Three action rows: the first two each print a band (lead, date, status), the last two
    rows' short cells print as one block a column. Line numbers follow the printed order."""
    acts = [
        _cell("action", 1, "Cost the helpline."),
        _cell("action", 2, "Run the trial."),
        _cell("action", 3, "Audit it."),
    ]
    cells = [
        *acts,
        _cell("name", 5, "Lead"),
        _cell("lead", 6, "Partnership Manager"),
        _cell("name", 8, "Target date"),
        _cell("target_date", 9, "30/09/2024"),
        _cell("name", 11, "Status"),
        _cell("status", 12, "Complete"),
        _cell("lead", 14, "Head of Housing Options", "Safeguarding Lead Nurse"),
        _cell("target_date", 17, "March 2025"),
        _cell("target_date", 18, "June 2025"),
        _cell("status", 20, "In progress"),
        _cell("status", 21, "Not started"),
        _cell("other", 23, "Quillmere Partnership – action plan"),  # the page's foot
    ]
    rows = [Row(a) for a in acts]
    for row, date, status in zip(rows, (cells[6], cells[10], cells[11]), (cells[8], cells[12], cells[13])):
        row.values.update(target_date=date, status=status)
    return rows, cells


def _leads(rows) -> list[str | None]:
    return [r.values["lead"].text if "lead" in r.values else None for r in rows]


def test_each_rows_band_and_a_block_of_two_give_the_leads():
    rows, cells = _table()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == ["Partnership Manager", "Head of Housing Options", "Safeguarding Lead Nurse"]


def test_a_header_naming_the_date_before_the_lead_gives_none():
    rows, cells = _table()
    fill_leads_before_dates(
        rows, cells, ["action", "target_date", "lead", "status"], LeadWords(_is_lead, ENDS_ROLE)
    )
    assert _leads(rows) == [None, None, None]


def test_a_block_of_leads_that_is_not_one_name_a_line_leaves_the_page_unread():
    rows, cells = _table()
    cells[9] = _cell("lead", 14, "Head of Housing", "Options and Lettings")  # one lead wrapped, one missing
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None]  # (not even the first row's, proven as it is alone)


def test_a_lone_dates_cell_of_two_names_is_no_ones():
    rows, cells = _table()
    cells[4] = _cell("lead", 6, "Partnership Manager", "Board Chair")
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None]


def test_a_name_printed_before_the_rows_action_is_not_its_lead():
    rows, cells = _table()
    late = _cell("action", 7, "Report to the Board.")  # this row's action printed after the lead
    rows[0] = Row(late, rows[0].values)
    fill_leads_before_dates(rows, [*cells[:5], late, *cells[5:]], NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None]


def test_a_row_already_holding_a_lead_is_left_as_read():
    rows, cells = _table()
    rows[1].values["lead"] = _cell("lead", 30, "Independent Chair")
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, "Independent Chair", None]


def _banded():
    """Four rows, each printing its date and status as a band; the second and third rows'
    leads printed as one block before the second row's band, none between their bands."""
    acts = [_cell("action", k, f"Do step {k}.") for k in (1, 2, 3, 4)]
    cells = [
        *acts,
        _cell("lead", 6, "Partnership Manager"),
        _cell("target_date", 8, "30/09/2024"),
        _cell("status", 10, "Complete"),
        _cell("lead", 12, "Tenancy Support", "Manager", "Board Chair"),
        _cell("target_date", 16, "March 2025"),
        _cell("status", 18, "Open"),
        _cell("target_date", 20, "June 2025"),
        _cell("status", 22, "Open"),
        _cell("lead", 24, "Named Nurse for", "Safeguarding Lead"),
        _cell("target_date", 27, "May 2025"),
        _cell("status", 29, "Not started"),
    ]
    rows = [Row(a) for a in acts]
    for row, k in zip(rows, (5, 8, 10, 13)):
        row.values.update(target_date=cells[k], status=cells[k + 1])
    return rows, cells


def test_bands_with_no_lead_between_share_the_block_before_them():
    rows, cells = _banded()
    cells[7] = _cell("lead", 12, "Housing Options Manager", "Board Chair")  # one name a line
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [
        "Partnership Manager",
        "Housing Options Manager",
        "Board Chair",
        "Named Nurse for Safeguarding Lead",
    ]


def test_a_shared_block_that_does_not_part_one_a_row_leaves_only_those_rows_unread():
    rows, cells = _banded()
    cells[7] = _cell("lead", 12, "Tenancy Support", "Services Lead", "Board Chair")  # (3 lines, 2 rows)
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == ["Partnership Manager", None, None, "Named Nurse for Safeguarding Lead"]


def test_a_block_whose_line_is_a_names_last_word_alone_parts_and_that_word_alone_is_no_lead():
    rows, cells = _banded()  # ("Tenancy Support" / "Manager" / "Board Chair": "Manager" ends the first)
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [
        "Partnership Manager",
        "Tenancy Support Manager",
        "Board Chair",
        "Named Nurse for Safeguarding Lead",
    ]
    rows, cells = _banded()
    cells[4] = _cell("lead", 6, "Coordinator")  # (its first words printed with the column's name)
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows)[0] is None and _leads(rows)[1:] == [
        "Tenancy Support Manager",
        "Board Chair",
        "Named Nurse for Safeguarding Lead",
    ]


def test_rows_printed_later_with_no_date_leave_the_dated_rows_read():
    rows, cells = _banded()
    late = Row(_cell("action", 40, "Do a later step."))  # (no date read: printed after every band)
    fill_leads_before_dates([*rows, late], cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows)[0] == "Partnership Manager" and "lead" not in late.values
    early = Row(_cell("action", 5, "Do an early step."))  # (printed among the bands: the page unread)
    rows, cells = _banded()
    fill_leads_before_dates([*rows, early], cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None, None]


def test_a_line_ending_on_a_joining_word_is_no_name_of_its_own():
    def names_a_role(cell: BlockCell) -> bool:
        return any(w in cell.text for w in ROLE_WORDS)

    rows, cells = _banded()
    cells[7] = _cell("lead", 12, "Housing Options Manager", "Board Chair")
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(names_a_role, ENDS_ROLE))
    assert _leads(rows)[3] == "Named Nurse for Safeguarding Lead"  # ("Named Nurse for" runs on)
    cells[-3] = _cell("lead", 24, "Partnership Lead", "Nurse Manager")  # two names, each whole
    rows, _ = _banded()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(names_a_role, ENDS_ROLE))
    assert _leads(rows) == [None, None, None, None]


def test_a_block_of_dates_takes_as_many_one_line_leads_printed_one_under_the_other():
    rows, cells = _table()
    cells[9:10] = [_cell("lead", 14, "Head of Housing Options"), _cell("lead", 15, "Safeguarding Lead Nurse")]
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == ["Partnership Manager", "Head of Housing Options", "Safeguarding Lead Nurse"]


def _one_block_of_repeats():
    """Four rows printing only their dates and statuses as bands, their leads one block before
    the first band: a lead wrapped and printed three times ("Victim Support" / "Manager"), told
    apart as cells of their own, then a last lead wrapped over three lines."""
    acts = [_cell("action", k, f"Do step {k}.") for k in (1, 2, 3, 4)]
    lead_cells = [_cell("lead", 6 + 2 * k, "Victim Support", "Manager") for k in range(2)]
    tail = _cell("lead", 10, "Victim Support", "Manager", "Head of", "Housing", "Options")
    bands = [
        _cell(kind, 16 + 2 * k, text)
        for k, (kind, text) in enumerate(
            [
                ("target_date", "May 2025"),
                ("status", "Red"),
                ("target_date", "June 2025"),
                ("status", "Red"),
                ("target_date", "July 2025"),
                ("status", "Red"),
                ("target_date", "Q3 2025/26"),
                ("status", "Amber"),
            ]
        )
    ]
    rows = [Row(a) for a in acts]
    for k, row in enumerate(rows):
        row.values.update(target_date=bands[2 * k], status=bands[2 * k + 1])
    return rows, [*acts, *lead_cells, tail, *bands]


def test_a_block_told_apart_at_a_repeated_lead_is_parted_whole_or_not_at_all():
    rows, cells = _one_block_of_repeats()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(lambda cell: cell.kind == "lead", ENDS_ROLE))
    # (its last cell alone, five lines for four rows, would part into "Victim Support" /
    # "Manager" / "Head of Housing" / "Options"; the whole block's nine lines are not forced)
    assert _leads(rows) == [None, None, None, None]


# the zoo documents whose text route reads its leads so (the pending ones for what else they miss,
# tests/zoo/pending/README.md)
ZOO = Path(__file__).resolve().parent / "zoo"


@pytest.mark.parametrize(
    "stem",
    [
        "textplan_lead_bands_column_blocks",
        "pending/textplan_named_recs_column_blocks",
        "pending/dardr_department_first_table",  # (a note under the table before the dates)
        "pending/plan_lead_block_closing_names_ranmoor",  # (a block parted where names close)
    ],
)
def test_the_text_route_reads_each_rows_lead(stem):
    gold = json.loads((ZOO / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extracted_json(ZOO / f"{stem}.txt")
    assert [a["lead"] for a in doc["actions"]] == [a["lead"] for a in gold["actions"]]


def test_a_name_no_run_reads_printed_between_the_actions_and_a_lead_leaves_the_page_unread():
    rows, cells = _banded()
    owner = _cell("lead", 5, "Tenancy Services Manager")  # (the row's owner; the cell before its date a foot)
    cells[4] = _cell("lead", 6, "Harrowden Partnership Manager")
    fill_leads_before_dates(rows, [*cells[:4], owner, *cells[4:]], NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None, None]


def _passages_after_the_leads():
    """Two rows whose leads print as one block under the column's name, then a passage no
    name can be (later rows' merged recommendations, a note under the table), then the rows'
    dates and statuses."""
    acts = [_cell("action", 1, "Cost the helpline."), _cell("action", 2, "Run the trial.")]
    cells = [
        *acts,
        _cell("name", 4, "Lead"),
        _cell("lead", 5, "Partnership Manager", "Housing Options Manager"),
        _cell(
            "other",
            8,
            "Quillmere Council should make sure that every tenant who reports abuse is offered",
            "a safe move within a month.",
        ),
        _cell("target_date", 11, "30/09/2024"),
        _cell("target_date", 12, "March 2025"),
        _cell("status", 14, "Complete"),
        _cell("status", 15, "Open"),
    ]
    rows = [Row(a) for a in acts]
    for row, k in zip(rows, (5, 6)):
        row.values.update(target_date=cells[k], status=cells[k + 2])
    return rows, cells


def test_the_names_before_a_passage_between_them_and_the_dates_are_the_rows_leads():
    rows, cells = _passages_after_the_leads()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == ["Partnership Manager", "Housing Options Manager"]
    cells[4] = _cell("other", 8, "Quillmere Council to agree")  # (short, no sentence: maybe a name)
    rows, _ = _passages_after_the_leads()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None]


def test_a_block_opening_on_a_names_last_word_alone_leads_the_other_rows():
    rows, cells = _passages_after_the_leads()
    cells[3] = _cell("lead", 5, "Coordinator", "Housing Options Manager")
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, "Housing Options Manager"]


def test_a_block_ending_on_a_name_cut_short_leaves_its_rows_unread_and_the_others_read():
    # ("Head of Learning and": the name's rest printed past the page's foot)
    rows, cells = _table()
    cells[9] = _cell("lead", 14, "Head of Housing Options", "Head of Learning and")
    words = LeadWords(lambda c: c.text.startswith("Head") or _is_lead(c), ENDS_ROLE)
    fill_leads_before_dates(rows, cells, NAMES, words)
    assert _leads(rows) == ["Partnership Manager", None, None]
