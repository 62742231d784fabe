"""A Word plan with merged cells that plain pdftotext printed as column blocks
(plan.column_blocks): the header's names each a block, the action cells in a run, then each
row's other cells. Fictional bodies, our own wording."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = """Ormsby Vale Safeguarding Adults Board
Safeguarding Adults Review: Mr T - action plan

Recommendation

The Board should ask partners to
check that carers are offered an
assessment.

Action

Lead officer

Target date

Status

"""

ACTIONS = """Write a short guide for carers on
asking for an assessment.
Audit twenty hospital discharges
for a carer's assessment offer.

"""

TAIL = """Board Business
Manager

June 2025

Complete - guide
issued in May

Quality Lead, Ormsby
Vale Hospital

Sept 2025

In progress - ten
discharges audited

"""


def test_column_blocks_give_one_action_per_cell_with_its_row_values():
    doc = extract(HEAD + ACTIONS + TAIL, name="plan.txt")
    acts = doc.actions
    assert [a.action.split()[0] for a in acts] == ["Write", "Audit"]
    assert [a.lead for a in acts] == ["Board Business Manager", "Quality Lead, Ormsby Vale Hospital"]
    assert all(a.location.line_start for a in acts)
    assert [a.target_date.start for a in acts] == ["2025-06", "2025-09"]
    assert [a.status.value for a in acts] == ["complete", "in_progress"]


def test_values_that_do_not_match_the_actions_in_number_are_not_paired():
    # one lead for two actions (a merged cell): no lead is guessed
    tail = TAIL.replace("Quality Lead, Ormsby\nVale Hospital\n\n", "")
    doc = extract(HEAD + ACTIONS + tail, name="plan.txt")
    assert len(doc.actions) == 2
    assert all(not a.lead for a in doc.actions)


def test_milestones_reached_are_not_actions():
    text = HEAD + ACTIONS + "Guide drafted.\n\nAudit tool amended.\n\n" + TAIL
    doc = extract(text, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Write", "Audit"]
