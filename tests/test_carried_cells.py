"""The Home Office plan template printed by plain pdftotext as column blocks, where its rows'
cells cross a page or print out of row order (plan.carried_cells, plan.crowded_runs).

- an action cell broken over a page: its last lines open the next page's action block in lower
  case, the next recommendation's action straight under them; the block is parted where that
  action opens, so the page counts the rows it prints (tests/zoo/pending/plan_ho_action_over_page);
- a run of actions followed by more dates or statuses than it has rows: later rows' cells print
  there too, so a lone lead among them is no proof (tests/zoo/pending/plan_ho_numbered_scope_late);
- a cell printed after the next recommendation's Scope cell is no cell of the run before it.
"""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse import extract
from dhrparse.document import Line
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.carried_cells import carried_lines, within_band
from dhrparse.plan.crowded_runs import own_rows

PENDING = Path(__file__).parent / "zoo" / "pending"


def _gold_rows(stem: str) -> dict[str, dict]:
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    return {a["action_start"]: a for a in gold["actions"]}


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def _matching(action: str, rows: dict[str, dict]) -> dict:
    """The gold row whose action opens with the same words (a cut action's first words too)."""
    opening = " ".join(action.split()[:6])
    return next(row for start, row in rows.items() if start.startswith(opening) or opening.startswith(start))


def test_action_after_a_cell_carried_over_the_page_is_read():
    doc = extract(PENDING / "plan_ho_action_over_page.txt")
    actions = [a.action for a in doc.actions]
    assert any(a.startswith("Review the housing options interview script") for a in actions)
    # (the carried words stay out of the new row's action)
    assert not any(a.startswith("question was asked") for a in actions)


def test_no_status_or_lead_goes_to_another_row():
    for stem in ("plan_ho_action_over_page", "plan_ho_numbered_scope_late"):
        rows = _gold_rows(stem)
        for act in extract(PENDING / f"{stem}.txt").actions:
            if act.action.startswith("Draft briefing written"):
                continue  # (a milestone still read as an action: the pending document's open reading)
            row = _matching(act.action, rows)
            if act.status.raw is not None:  # (its words: a dash the export left out aside)
                assert _words(act.status.raw) == _words(row["status_raw"]), act.action
            if act.lead is not None:
                assert act.lead.replace("–", "-") == row["lead"].replace("–", "-"), act.action


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_carried_lines_end_where_an_action_opens():
    block = _lines("committee each quarter", "Review the housing process", "and add a prompt")
    opens = lambda ln, after: ln.text.startswith("Review")  # noqa: E731
    assert carried_lines(block, opens) == 1
    # (a block opening in upper case, or a tail breaking off on a joining word, carries nothing)
    assert carried_lines(block[1:], opens) == 0
    assert carried_lines(_lines("setting out the", "Review of the learning"), opens) == 0
    # (the first line opening anew is a recommendation's, not an action: nothing is parted)
    block = _lines("because of hoarding.", "The Board should ask the", "Review the guidance")
    assert carried_lines(block, opens) == 0


def test_cells_after_the_next_scope_are_no_cells_of_the_run():
    cells = [BlockCell("other", _lines("Local")), BlockCell("lead", _lines("Kestrel and Moor"))]
    is_scope = lambda c: c.text == "Local"  # noqa: E731
    assert within_band(cells, is_scope, scope_left=True) == []
    # (a Scope column right of the actions prints its cell in the row: nothing is cut)
    assert within_band(cells, is_scope, scope_left=False) == cells


def test_a_run_is_given_only_the_cells_before_the_next_rows_date():
    kinds = ["lead", "target_date", "status", "status", "target_date", "lead", "status"]
    cells = [BlockCell(kind, [Line(n, "x")]) for n, kind in enumerate(kinds)]
    assert [c.kind for c in own_rows(cells, 1)] == kinds[:4]
    # (leads and statuses are not counted: a lead's lines split over a page, a row's note and RAG)
    assert own_rows(cells, 2) == cells
