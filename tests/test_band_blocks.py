"""plan.band_blocks: a column-block run whose rows printed their lead, milestone and date as
bands, one row after another, and their statuses as one block after them; refused wherever
a cell is out of its place or another row's value is printed after the bands."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.plan.band_blocks import banded_then_blocks, lone_band
from dhrparse.plan.block_cells import BlockCell

SLOTS = ["lead", "progress", "target_date", "status"]


def _cell(kind: str, number: int, *texts: str) -> BlockCell:
    return BlockCell(kind, [Line(number + k, t, page=1) for k, t in enumerate(texts)])


def _after() -> list[BlockCell]:
    """Two rows' bands (lead, milestone, date), each cell a block, then the statuses as one block
    and the next recommendation's cell."""
    return [
        _cell("lead", 10, "Quillmere CSP"),
        _cell("other", 12, "Draft guide shared."),
        _cell("target_date", 14, "March 2024"),
        _cell("lead", 16, "Quillmere CSP Training Officer"),
        _cell("other", 18, "First session booked."),
        _cell("target_date", 20, "July 2024"),
        _cell("status", 22, "Completed 14/03/2024 guide published."),
        _cell("status", 23, "Ongoing - second session set."),
        _cell("other", 25, "The Trust should review its triage form."),
    ]


def _texts(found, field):
    return [c.text for c in found[field]]


def test_bands_then_a_status_block_give_each_row_its_lead_date_and_status():
    found = banded_then_blocks(_after(), 2, SLOTS)
    assert _texts(found, "lead") == ["Quillmere CSP", "Quillmere CSP Training Officer"]
    assert _texts(found, "target_date") == ["March 2024", "July 2024"]
    assert _texts(found, "status") == [
        "Completed 14/03/2024 guide published.",
        "Ongoing - second session set.",
    ]


def test_statuses_of_other_rows_too_leave_the_bands_read_alone():
    after = _after()
    after[8:8] = [_cell("status", 24, "Not started - waiting.")]
    found = banded_then_blocks(after, 2, SLOTS)
    assert set(found) == {"lead", "target_date"}


def test_a_tall_status_printed_between_two_bands_leaves_the_bands_read_alone():
    after = _after()[:6]
    after[3:3] = [_cell("status", 15, "Completed 20/04/2023. Report to the Board.")]
    found = banded_then_blocks(after, 2, SLOTS)
    assert set(found) == {"lead", "target_date"}
    assert _texts(found, "lead") == ["Quillmere CSP", "Quillmere CSP Training Officer"]


def test_a_cell_out_of_its_place_reads_nothing():
    after = _after()
    after[3], after[4] = after[4], after[3]
    assert banded_then_blocks(after, 2, SLOTS) is None


def test_another_rows_band_after_the_runs_reads_nothing():
    after = _after()
    after[6:6] = [_cell("lead", 21, "Housing Manager"), _cell("target_date", 21, "May 2024")]
    assert banded_then_blocks(after, 2, SLOTS) is None


def test_one_row_is_left_to_the_whole_band_reading():
    assert banded_then_blocks(_after()[:3] + _after()[6:7], 1, SLOTS) is None


def test_the_home_office_plan_reads_its_first_runs_leads_and_dates():
    out = extracted_json(Path(__file__).parent / "column_blocks" / "s3merged_ho_plan_plain.txt")
    rows = [(a["lead"], (a["target_date"] or {}).get("raw")) for a in out["actions"][:2]]
    assert rows == [("Eastholme CSP", "March 2024"), ("Eastholme CSP Training Officer", "July 2024")]


def _lone() -> list[BlockCell]:
    """One row's whole band (lead, milestone, date, status), then a later row's band."""
    return [
        _cell("lead", 10, "Northmere Police - Contact Centre"),
        _cell("other", 12, "Script change approved."),
        _cell("target_date", 14, "30/06/2024"),
        _cell("status", 16, "Completed. Script live."),
        _cell("lead", 19, "Housing Service Manager"),
        _cell("other", 21, "Procedure redrafted."),
        _cell("target_date", 23, "September 2024"),
    ]


def test_a_lone_rows_band_whose_date_and_status_are_proven_gives_its_lead():
    after = _lone()
    found = {"target_date": [after[2]], "status": [after[3]]}
    assert _texts(lone_band(after, 1, SLOTS, found), "lead") == ["Northmere Police - Contact Centre"]


def test_a_lone_rows_band_is_no_proof_without_its_proven_date():
    after = _lone()
    assert lone_band(after, 1, SLOTS, {"status": [after[3]]}) is None
    assert lone_band(after, 1, SLOTS, {"target_date": [after[6]]}) is None  # (another band's date)
