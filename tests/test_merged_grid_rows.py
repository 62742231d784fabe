"""Rows a Word or PDF reader saw under a merged cell (the grid's own rows) are actions of their
own (plan.tab_cells.own_action):

* a single-agency plan "Ref | Action | Lead | ..." whose "CHT 1" is written once, merged over
  the two actions it numbers: the second row, ref slot merged, is the next action under that
  ref, though the table has no Recommendation column;
* a row under merged No. / Recommendation cells after an action ending on "on" ("... have moved
  on"): a grid row is no sentence carried on from the row above.

The documents are the pending zoo's (tests/zoo/pending: plan_trust_assurance_evidence_date_closed,
build_sar_prison_death_plan_nimbus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
TRUST = "plan_trust_assurance_evidence_date_closed"
PRISON = "sar_prison_death_plan_accepted_col_rec_whole_above_break_hollinbury"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_merged_ref_numbers_both_its_actions(suffix):
    doc = extract(PENDING / f"{TRUST}{suffix}")
    first = [a for a in doc.actions if a.ref == "CHT1"]
    assert len(first) == 2
    assert [a.status.value for a in first] == ["complete", "in_progress"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_grid_row_after_an_action_ending_on_on_is_its_own(suffix):
    doc = extract(PENDING / f"{PRISON}{suffix}")
    third = [a for a in doc.actions if a.recommendation_ref == "3"]
    assert len(third) == 3
    assert third[1].lead == "Governor, HMP Hollinbury"
