"""A plan with no status column whose done actions are struck through and marked "(closed)", in
corpus text (each printed line's cells joined by single spaces): No. | Recommendation | Action |
Lead | Target date, each "N. <text>" recommendation cell merged down over its actions.

Two things kept the narrower plan reader (plan.narrow_rows) from cutting such a table:

- the page's running foot numbers its page ("DHR plan | updated May 2025 | 1", "... | 2"), so
  the two printings differ and the foot was read as a row's line, its words cut into the cells
  of the row the page broke (plan.narrow_sections.paged_feet);
- a row whose recommendation cell ran out prints its whole date on one line ("4.2 share this ...
  Chair, DHR March 2026") where the first lines of the rows that open their recommendations
  print only "September" or "31 March": the date column the first lines measure is too narrow
  for it, and the date's month was cut into the lead (plan.done_columns.date_rooms, now for a
  date column printed last too, only a date closing its line counted).

Zoo: tests/zoo/pending/build_dhr_plan_struck_closed_actions.py (heldout42 family 1's form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.pipeline import extract
from dhrparse.plan.narrow_sections import paged_feet

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEMS = (
    "dhr_plan_struck_closed_actions_note_thornaby_cross",
    "dhr_plan_struck_closed_actions_no_note_thornaby_cross",
)


def test_running_foot_numbering_its_page_is_furniture():
    seen = {
        "DHR 'Mara' action plan | updated 4 May 2025 | 1": 1,
        "DHR 'Mara' action plan | updated 4 May 2025 | 2": 1,
        "Kelby Borough Council – plan – page 3": 1,
        "Kelby Borough Council – plan – page 4": 1,
    }
    assert paged_feet(seen) == set(seen)
    # (a row's line printed once, or twice with the same figure, is no page's foot)
    assert not paged_feet({"Tenancy Services Manager 2025": 1, "Review the referral form 2": 2})
    assert not paged_feet({"Kelby Police should check 12": 1, "Kelby Police should check 12 ": 1})


@pytest.mark.parametrize("stem", STEMS)
def test_struck_plan_read_on_corpus_text(stem):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert [a.recommendation_ref for a in doc.actions] == [a["recommendation_ref"] for a in gold["actions"]]
    assert [a.lead for a in doc.actions] == [a["lead"] for a in gold["actions"]]
    assert [a.status.value for a in doc.actions] == [a["status"] for a in gold["actions"]]
    assert [a.target_date.raw for a in doc.actions][-1] == "March 2026"
    assert all("(closed)" not in a.action for a in doc.actions)
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
