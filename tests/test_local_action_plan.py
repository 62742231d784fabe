"""A DARDR executive summary's local action plan whose action column is named for the plan's
scope ("Ref | Local action | Lead | Timescale | Status", rows L1.1 ... L3.2 under local
recommendations L1-L3, national ones N1-N3 in a table naming the department addressed): the
qualified name ("Local action", "Planned actions", "Actions agreed") names the action column
(patterns/actions.toml [columns] action)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "dardr_local_plan_lettered_refs"


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".corpus.txt"])
def test_local_action_column_makes_the_plan(ext):
    result = extract(DOC.with_suffix(ext) if ext != ".corpus.txt" else Path(f"{DOC}.corpus.txt"))
    assert [r.ref for r in result.recommendations] == ["N1", "N2", "N3", "L1", "L2", "L3"]
    actions = result.actions
    assert [a.ref for a in actions] == ["L1.1", "L2.1", "L2.2", "L3.1", "L3.2"]
    assert [a.recommendation_ref for a in actions] == ["L1", "L2", "L2", "L3", "L3"]
    assert [a.status.value for a in actions] == [
        "complete",
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
    ]
    assert actions[4].lead == "Named GP for Safeguarding"
