"""A plan printed straight from a spreadsheet with its print headings on: a grey row of column
letters (A to H) atop each page, a grey row number opening every sheet row, the title and an
"updated" line running across the sheet above the header, a "Key" sheet after the plan.

The letters and numbers are no content (prepare.print_headings): the letters row is furniture,
each row's number taken off ("5 1 Children's ..." is sheet row 5 holding recommendation 1), and
a sheet whose numbers start again is a table of its own, not more rows of the plan; a row's line
is never a numbered heading; the
"Last updated <date> by ..." line over the header names no agency.

Zoo: tests/zoo/pending/build_cspr_plan_spreadsheet_print_headings.py (heldout46 family 3's form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_plan_spreadsheet_print_headings_wyncote"


def _gold():
    return json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_sheet_recommendations_read(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    gold = _gold()["recommendations"]
    assert [r.ref for r in doc.recommendations] == [r["ref"] for r in gold]
    assert all(r.level == "overview" for r in doc.recommendations)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_sheet_actions_read_as_cells(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    gold = _gold()["actions"]
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold]
    assert [a.recommendation_ref for a in doc.actions] == [a["recommendation_ref"] for a in gold]
    assert [a.status.value for a in doc.actions] == [a["status"] for a in gold]


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt"])
def test_sheet_rows_read_as_text(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    gold = {a["ref"]: a for a in _gold()["actions"]}
    # (the last row, "3.2 Audit ... Not started" with its row number gone, is a row, no heading;
    # on -layout text the row printed on page 2 under the letters again is read in that page's
    # columns, which its letters give: plan.sheet_letters)
    assert [a.ref for a in doc.actions] == list(gold)
    for a in doc.actions:
        assert a.status.value == gold[a.ref]["status"]
        assert a.target_date.start.startswith(gold[a.ref]["target_date"])
