"""A DHR plan whose recommendations are bands across the table over their actions' rows, and
whose only word on progress is the day the panel signed each action off: "Ref | Action | Action
owner | Target | Evidence of completion | Date signed off" (plan.done_columns, plan.name_runs,
plan.owner_columns). On corpus text the header's long names go on below ("Evidence of" /
"completion", "Date" / "signed off"), targets are seasons or "End of" over their years, and the
"Action owner" column is the lead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.done_columns import with_done_column
from dhrparse.plan.layouts import _split
from dhrparse.plan.shifted_dates import date_opening
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).parent / "zoo" / "pending"
STEMS = ["dhr_plan_signed_off_bands", "dhr_plan_signed_off_bands_varrow"]


def test_a_signed_off_day_is_a_column_of_its_own():
    p = load_patterns()
    cm = ColumnMap(p)
    text = "Ref Action Action owner Target Evidence of completion Date signed off"
    cols = ["ref", "action", "lead", "target_date", "progress"]
    assert with_done_column(cm, p, text, cols) == [*cols, "extra:Date signed off"]
    # (no such words after the last name: the columns as they are)
    assert with_done_column(cm, p, "Ref Action Owner Target Progress", cols) == cols


@pytest.mark.parametrize("stem", STEMS)
def test_corpus_text_reads_every_action_with_its_owner_and_sign_off(stem):
    doc = extract(PENDING / f"{stem}.corpus.txt")
    gold = extract(PENDING / f"{stem}.pdf")
    assert [a.ref for a in doc.actions] == [a.ref for a in gold.actions]
    assert [a.lead for a in doc.actions] == [a.lead for a in gold.actions]
    assert [a.target_date.raw for a in doc.actions] == [a.target_date.raw for a in gold.actions]
    assert [a.status.value for a in doc.actions] == [a.status.value for a in gold.actions]
    signed = [
        a["ref"] for a in json.loads((PENDING / f"{stem}.json").read_text())["actions"] if a["status_raw"]
    ]
    assert signed == [a.ref for a in doc.actions if a.status.value == "complete"]


def test_the_owner_column_is_the_lead_on_pdf():
    doc = extract(PENDING / "dhr_plan_signed_off_bands.pdf")
    assert doc.actions[0].lead == "Domestic Abuse Coordinator"
    assert doc.actions[2].lead == "Detective Inspector, Safeguarding Hub"


def test_a_season_over_its_financial_year_is_read_to_the_year():
    doc = extract(PENDING / "dhr_plan_signed_off_bands.corpus.txt")
    winter = [a for a in doc.actions if a.target_date.raw == "Winter 2025/26"]
    assert [a.ref for a in winter] == ["2.2", "5.1"]


def test_a_date_printed_left_of_its_column_opens_its_cell():
    # pdftotext -layout: the owner's cell fills its line and the target's season follows it
    # after one space, starting before the Target column; a date of sign-off likewise
    cm = ColumnMap(load_patterns())
    names = ["No.", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"]
    starts = [2, 8, 49, 73, 89, 112]
    opens = date_opening(cm, names)
    assert _split(starts, 49, "Partnership Manager Spring 2025", opens) == [
        (2, "Partnership Manager"),
        (3, "Spring 2025"),
    ]
    assert _split(starts, 88, "Briefing sent to nine 04/08/2025", opens) == [
        (4, "Briefing sent to nine"),
        (5, "04/08/2025"),
    ]
    # (a word over the edge that is no whole date stays the cell's on the left)
    assert _split(starts, 49, "Partnership Manager Summer", opens) == [(2, "Partnership Manager Summer")]
    assert _split(starts, 88, "Briefing sent to nine centres", opens) == [
        (4, "Briefing sent to nine centres")
    ]


def test_plain_layout_text_reads_each_sign_off_day_as_done():
    doc = extract(PENDING / "dhr_plan_signed_off_bands_varrow.txt")
    done = [a.ref for a in doc.actions if a.status.value == "complete"]
    assert done == ["1.1", "2.1", "4.1"]
    assert doc.actions[0].lead == "Partnership Manager"
    assert doc.actions[0].target_date.raw == "Spring 2025"
