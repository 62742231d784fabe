"""A plan's Lead Agency cell merged down over a run of actions with the same lead, as the PDF and
Word readers see the merge (`Line.merged`): each row of the run is an action of its own and the
merged cell's lead is every spanned action's lead, also where the run crosses into the next
recommendation and across a page break (tests/zoo/pending/plan_ho_rag_colour_lead_runs_ashwinford,
the family of heldout40 family 4). A Lead cell left empty, not merged, gives no lead: a lead
given to the wrong row is worse than none.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx_build import add_row, make_table, merge_down, new_doc

from dhrparse import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "plan_ho_rag_colour_lead_runs_ashwinford"
HEADERS = ["Recommendation", "Action to take", "Lead Agency", "Target Date", "RAG"]
WIDTHS = [6.0, 6.0, 4.0, 2.5, 1.5]


def _leads(doc) -> list[tuple[str, str | None]]:
    return [(" ".join(a.action.split()[:4]), a.lead) for a in doc.actions]


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_stand_in_every_action_with_its_runs_lead(route):
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}.{route}")
    want = [(" ".join(a["action_start"].split()[:4]), a["lead"]) for a in gold["actions"]]
    assert _leads(doc) == want


def _plan(lead_cells: list[str], merges: list[tuple[int, int]]) -> bytes:
    """Two recommendations of two actions each; `merges` the Lead rows (1-based) merged down."""
    doc = new_doc(landscape=True)
    t = make_table(doc, HEADERS, WIDTHS)
    recs = [
        "1. Orlingham Council should make sure that its tenancy officers recognise coercive control.",
        "",
        "2. Orlingham Police should review how officers record a victim's wish to stay at home.",
        "",
    ]
    actions = [
        "Write a short guide on coercive control for tenancy officers",
        "Deliver a briefing on the guide to every housing team",
        "Audit twenty domestic abuse call records from last year",
        "Report the audit's findings to the partnership board",
    ]
    dates = ["31/03/2026", "May 2026", "30/06/2026", "October 2026"]
    for rec, action, lead, date in zip(recs, actions, lead_cells, dates):
        add_row(t, [rec, action, lead, date, "Amber"], WIDTHS)
    merge_down(t, 0, 1, 2)
    merge_down(t, 0, 3, 4)
    for first, last in merges:
        merge_down(t, 2, first, last)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_lead_merged_across_a_recommendation_boundary():
    doc = extract(_plan(["Orlingham Council Housing", "", "", "Orlingham Police"], [(1, 3)]), name="p.docx")
    assert _leads(doc) == [
        ("Write a short guide", "Orlingham Council Housing"),
        ("Deliver a briefing on", "Orlingham Council Housing"),
        ("Audit twenty domestic abuse", "Orlingham Council Housing"),
        ("Report the audit's findings", "Orlingham Police"),
    ]


def test_lead_left_empty_gives_no_lead():
    doc = extract(_plan(["Orlingham Council Housing", "", "", "Orlingham Police"], []), name="p.docx")
    leads = _leads(doc)
    assert dict(leads)["Audit twenty domestic abuse"] is None
    assert [start for start, lead in leads if lead == "Orlingham Council Housing"] == ["Write a short guide"]
