"""plan.lead_wraps: a block of several rows' lead cells, some wrapped, parted into one lead a row
only where the row count forces the parting; and plan.lead_bands using it, with a row's note
printed after its status ending its band (no lead printed between two rows' bands)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.lead_bands import LeadWords, fill_leads_before_dates
from dhrparse.plan.lead_wraps import begins_lead, parted_leads

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
ENDS_ROLE = ColumnRoles(load_patterns()).ends_role
CLOSES_NAME = ColumnRoles(load_patterns()).closes_name
NAMES = ["action", "lead", "target_date", "status", "progress"]


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, page=1) for k, t in enumerate(texts, 1)]


def _parts(texts: tuple[str, ...], rows: int) -> list[str] | None:
    parts = parted_leads(_lines(*texts), rows, ENDS_ROLE)
    return None if parts is None else [" ".join(ln.text for ln in p) for p in parts]


def test_a_line_ending_on_a_comma_runs_on_and_a_word_that_would_have_fitted_opens_a_row():
    block = ("Board Business Lead", "Principal Social Worker,", "ACS", "Head of Economic Crime")
    assert _parts(block, 3) == [
        "Board Business Lead",
        "Principal Social Worker, ACS",
        "Head of Economic Crime",
    ]


def test_breaks_alone_giving_the_row_count_make_every_other_place_a_join():
    block = ("Head of Quality, Adult Social", "Care", "Station Manager, Community", "Safety", "Named Nurse")
    assert _parts(block, 3) == [
        "Head of Quality, Adult Social Care",
        "Station Manager, Community Safety",
        "Named Nurse",
    ]


def test_a_parting_the_count_does_not_force_is_none():
    block = ("Partnership", "Coordinator", "Partnership", "Coordinator", "Hospital", "Safeguarding Lead")
    assert _parts(block, 3) is None  # (every place could be a wrap or a new row)
    assert _parts(("Tenancy Support", "Services Lead", "Board Chair"), 2) is None
    assert (
        _parts(("Board Business Lead", "Head of Economic Crime"), 2) is None
    )  # (a line a row: not this module's)


def test_a_names_last_word_alone_or_a_possessive_runs_on():
    assert _parts(("Tenancy Support", "Manager", "Board Chair"), 2) == [
        "Tenancy Support Manager",
        "Board Chair",
    ]
    block = (
        "SAB Business",
        "Manager",
        "ASC Principal Social",
        "Worker",
        "SAB Training Subgroup",
        "BCHS Head of",
        "Nursing",
    )
    assert _parts(block, 4) == [
        "SAB Business Manager",
        "ASC Principal Social Worker",
        "SAB Training Subgroup",
        "BCHS Head of Nursing",
    ]
    assert _parts(("Head of Children's", "Safeguarding", "CSP Manager"), 2) == [
        "Head of Children's Safeguarding",
        "CSP Manager",
    ]


def test_a_line_that_runs_on_yet_had_room_for_the_next_word_is_no_block_of_leads():
    assert _parts(("Chair of the Adult Practice Quality", "Lead for", "Housing"), 2) is None


@dataclass
class Row:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _is_lead(cell: BlockCell) -> bool:
    return cell.kind == "lead" or cell.text.endswith(("Lead", "Chair", "Manager", "Crime"))


def _table(note: str = "Draft with the group.") -> tuple[list[Row], list[BlockCell]]:
    """Three rows: the first two print one block of three leads (one wrapped) before their dates,
    statuses and notes; the third prints its date and status straight after those notes."""
    acts = [_cell("action", k, f"Do step {k}.") for k in (1, 2, 3)]
    cells = [
        *acts,
        _cell("lead", 5, "Board Business Lead", "Principal Social Worker,", "ACS", "Head of Economic Crime"),
        _cell("target_date", 10, "31/08/2025"),
        _cell("target_date", 11, "30/05/2025"),
        _cell("status", 13, "A"),
        _cell("status", 14, "A"),
        _cell("other", 16, note, "Second sample booked."),
        _cell("target_date", 19, "30/06/2025"),
        _cell("status", 21, "G"),
    ]
    rows = [Row(a) for a in acts]
    for row, date, status in zip(rows, (cells[4], cells[5], cells[9]), (cells[6], cells[7], cells[10])):
        row.values.update(target_date=date, status=status)
    return rows, cells


def _leads(rows: list[Row]) -> list[str | None]:
    return [r.values["lead"].text if "lead" in r.values else None for r in rows]


def test_a_note_after_the_row_befores_status_joins_the_bands_and_the_block_parts_one_a_row():
    rows, cells = _table()
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == ["Board Business Lead", "Principal Social Worker, ACS", "Head of Economic Crime"]


def test_a_name_after_the_statuses_is_no_note_closing_a_band_and_the_page_is_left_unread():
    rows, cells = _table(note="Tenancy Services Manager")  # (a later row's lead, printed before a note)
    fill_leads_before_dates(rows, cells, NAMES, LeadWords(_is_lead, ENDS_ROLE))
    assert _leads(rows) == [None, None, None]


def test_the_zoo_plans_owners_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "sab_plan_owner_block_wrapped.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Board Business Lead",
        "Principal Social Worker, ACS",
        "Head of Economic Crime",
        "Lead, Tenancy Sustainment",
        "Board Independent Chair",
    ]


def test_a_line_closing_a_name_before_another_names_first_words_is_a_break():
    # (narrow column: no next line's first word fits on the line before it, so width decides none)
    block = (
        "Housing Safeguarding",
        "Senior Nurse",
        "Domestic Abuse Lead",
        "Ellingham Estates",
        "Lettings Officer",
        "Head of Children's",
        "Safeguarding",
    )
    parted = parted_leads(_lines(*block), 5, ENDS_ROLE, CLOSES_NAME)
    assert parted is not None
    assert [" ".join(ln.text for ln in p) for p in parted] == [
        "Housing Safeguarding",
        "Senior Nurse",
        "Domestic Abuse Lead",
        "Ellingham Estates Lettings Officer",  # ("Estates" closes no name: the line runs on)
        "Head of Children's Safeguarding",
    ]
    assert _parts(block, 5) is None  # (without the names' words, the parting is not forced)


def test_a_block_opening_on_a_names_last_word_alone_closes_that_name_on_its_first_line():
    # ("Coordinator": the first row's first words printed with the column's name, "Lead officer" /
    # "Tenancy"; then two rows' leads, one wrapped, the next after a name read so far that closes)
    block = ("Coordinator", "Tenancy", "Coordinator", "Hospital", "Safeguarding Lead")
    parted = parted_leads(_lines(*block), 3, ENDS_ROLE, CLOSES_NAME)
    assert parted is not None
    assert [" ".join(ln.text for ln in p) for p in parted] == [
        "Coordinator",
        "Tenancy Coordinator",
        "Hospital Safeguarding Lead",
    ]
    assert _parts(block, 3) is None


def test_a_name_a_lone_word_or_a_services_subject_carries_on_is_not_closed():
    # ("Head of Housing" may run on, "Options": "Housing" is a service's subject, no name's end)
    block = ("Head of", "Housing", "Options", "Principal Social", "Worker")
    assert parted_leads(_lines(*block), 2, ENDS_ROLE, CLOSES_NAME) is None
    # ("... Safeguarding" / "Adults": one word after a word a name only holds may run on; the
    # next line's first word fitting beside "Adults" parts the two rows there)
    block = ("Designated Nurse for Safeguarding", "Adults", "Community Safety Manager")
    parted = parted_leads(_lines(*block), 2, ENDS_ROLE, CLOSES_NAME)
    assert parted is not None
    assert [" ".join(ln.text for ln in p) for p in parted] == [
        "Designated Nurse for Safeguarding Adults",
        "Community Safety Manager",
    ]


def test_a_roles_last_word_alone_after_a_closed_name_is_no_break_of_its_own():
    block = ("Discharge Lead", "Nurse", "Ward Audit Officer")  # ("Discharge Lead Nurse", one title)
    parted = parted_leads(_lines(*block), 2, ENDS_ROLE, CLOSES_NAME)
    assert parted is not None
    assert [" ".join(ln.text for ln in p) for p in parted] == ["Discharge Lead Nurse", "Ward Audit Officer"]


def _closing(texts: tuple[str, ...], rows: int) -> list[str] | None:
    parts = parted_leads(_lines(*texts), rows, ENDS_ROLE, CLOSES_NAME)
    return None if parts is None else [" ".join(ln.text for ln in p) for p in parts]


def test_the_one_parting_whose_names_all_close_is_read_where_the_count_forces_none():
    # (narrow column, no width decides: "Board Learning" / "Subgroup" or "Subgroup" / "Ashcombe"
    # could each be a wrap; only one choice gives three names each closing on a name's word)
    block = ("Board Learning", "Subgroup", "Ashcombe", "Licensing", "Team", "Ashcombe", "Fire Service")
    assert _closing(block, 3) == [
        "Board Learning Subgroup",
        "Ashcombe Licensing Team",
        "Ashcombe Fire Service",
    ]
    assert _parts(block, 3) is None  # (without the names' words, the parting is not forced)


def test_two_partings_whose_names_all_close_leave_the_block_unread():
    # ("Housing Service Manager" / "Named Nurse Team Manager", or "... Manager Named Nurse" / "Team Manager")
    assert _closing(("Housing Service", "Manager", "Named", "Nurse", "Team", "Manager"), 2) is None
    assert _closing(("Strategic", "Housing Manager", "Named Nurse", "Safeguarding Lead"), 2) is None


def test_the_pending_plans_first_runs_wrapped_leads_are_read_on_the_text_route():
    doc = extracted_json(PENDING / "plan_dated_update_column.txt")
    assert [a["lead"] for a in doc["actions"][:3]] == [
        "SAB Practice Subgroup",
        "Corvendale Commissioning Team",
        "Corvendale Ambulance Service",
    ]


def test_a_line_under_the_lead_name_before_a_names_last_word_alone_begins_the_first_lead():
    assert begins_lead("Partnership", _lines("Coordinator"), ENDS_ROLE)
    assert not begins_lead("officer", _lines("Manager"), ENDS_ROLE)  # ("Lead" / "officer": the name wraps)
    assert not begins_lead("Officer", _lines("Manager"), ENDS_ROLE)  # (a role's end: the name's own)
    assert not begins_lead("Partnership", _lines("Board Business Manager"), ENDS_ROLE)


def test_the_pending_plans_first_lead_is_whole_where_its_first_word_printed_with_the_name():
    doc = extracted_json(PENDING / "plan_agency_small_tables_harrowby.txt")
    assert [a["lead"] for a in doc["actions"][:3]] == [
        "Partnership Coordinator",
        "Partnership Coordinator",
        "Hospital Safeguarding Lead",
    ]


def test_a_line_opening_on_the_word_the_line_before_ends_on_opens_another_lead():
    # (no name says a word twice running: "Safeguarding" / "Safeguarding Practitioner" parts there,
    # where either place could otherwise close a name)
    block = ("Named Nurse for Adult", "Safeguarding", "Safeguarding Practitioner")
    assert _closing(block, 2) == ["Named Nurse for Adult Safeguarding", "Safeguarding Practitioner"]


def test_the_pending_trust_plans_leads_are_read_where_a_block_repeats_a_word_at_a_wrap():
    doc = extracted_json(PENDING / "plan_trust_assurance_evidence_date_closed.txt")
    assert [a["lead"] for a in doc["actions"]] == [
        "Head of Nursing, Community Services",
        "Practice Educator",
        "Carers Lead",
        "Named Nurse for Adult Safeguarding",
        "Safeguarding Practitioner",
    ]
