"""A column-block plan whose ref column is the last (plan/ref_bands.py): each row's band closes
with its ref, the status code printed right before it read through the plan's key ("C = complete;
O = ongoing ...; NS = not started"). Where the refs do not prove whose each code is, none is given."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_plan_change_needed_merged_codes_key_ref_last_mon_yy_hobbeck"


def _text() -> str:
    return (PENDING / f"{STEM}.txt").read_text()


def test_each_ref_gives_its_row_the_code_printed_before_it():
    actions = extract(PENDING / f"{STEM}.txt").actions
    assert [a.status.raw for a in actions] == ["C", "NS", "O", "C", "O"]
    assert [a.ref for a in actions] == ["HSAB-1.1", "HSAB-1.2", "HSAB-2.1", "HSAB-2.2", "HSAB-3.1"]
    # (each band's month with its year in two figures, "Sep 26", is the row's target)
    assert [a.target_date.start for a in actions] == ["2026-02", "2026-09", "2026-04", "2026-01", "2026-06"]
    assert [a.status.value for a in actions] == [
        "complete",
        "not_started",
        "in_progress",
        "complete",
        "in_progress",
    ]


def test_a_ref_without_its_code_gives_no_row_a_code():
    # (the third row's status cell left empty: the codes no longer count as the refs do)
    text = _text().replace("\nO\n\nHSAB-2.1\n", "\nHSAB-2.1\n", 1)
    actions = extract(text, name="plan.txt").actions
    assert all(a.status.raw in (None, "C") for a in actions)
    assert not any(a.status.value in ("not_started", "in_progress") for a in actions)


def test_refs_out_of_order_give_no_row_a_code():
    text = _text().replace("HSAB-2.1\n", "HSAB-2.9\n", 1)
    actions = extract(text, name="plan.txt").actions
    assert not any(a.status.value in ("not_started", "in_progress") for a in actions)


def test_without_the_key_the_codes_stay_unread():
    text = _text().replace("Status key: C = complete; O = ongoing, work started; NS = not started.", "", 1)
    actions = extract(text, name="plan.txt").actions
    assert not any(a.status.value in ("not_started", "in_progress") for a in actions)


def test_each_band_gives_its_row_the_name_printed_before_its_date():
    # (the third band's block of two leads, "Learning and Development" / "Lead" / "Head of Adult
    # Social Care", is its row's and the next, leadless band's, parted where the lines force it)
    actions = extract(PENDING / f"{STEM}.txt").actions
    assert [a.lead for a in actions] == [
        "Board Business Manager",
        "Quality Assurance Subgroup",
        "Learning and Development Lead",
        "Head of Adult Social Care",
        "Hobbeck Homes Tenancy Manager",
    ]


def test_a_band_printing_a_name_after_its_date_gives_no_row_a_lead():
    # (whose the name after the date is, the band does not say: no band's lead is read)
    text = _text().replace("\nJan 26\n", "\nJan 26\n\nSafeguarding Lead\n", 1)
    actions = extract(text, name="plan.txt").actions
    assert [a.lead for a in actions] == [None] * 5
