"""A plan table whose joined cells the corpus-text readers refused (plan_cells_untold) makes no
actions from the walk's printed rows, where the walk doubted every row's cells too: its rows'
words interleave several columns. The refusal's warning holds the table's lines instead."""

from __future__ import annotations

from pathlib import Path

from dhrparse.coverage import uncovered_lines
from dhrparse.pipeline import analyse

ZOO = Path(__file__).parent / "zoo"


def test_refused_narrow_table_gives_no_interleaved_actions():
    a = analyse(ZOO / "textplan_line_rounds_dhr.corpus.txt")
    doc = a.document
    # before session 25: action '1.1' read "Map the services ... and Ashcombe CSP Domestic
    # September 2024 Complete – map sent to all practices in share the map ..." (lead, date and
    # progress inside). Session 25 dropped such rows; since session 26 the tracker reader cuts
    # each row's first printed line (plan.tracker_bands), so the rows come back, each cell its own
    assert [r.ref for r in doc.actions] == ["1.1", "1.2", "2.1", "3.1", "3.2"]
    first = doc.actions[0]
    assert first.action == "Map the services open to victims aged over sixty and"
    assert first.lead.startswith("Ashcombe CSP")
    assert first.target_date.raw == "September 2024"
    assert first.status.value == "complete"
    for action in doc.actions:  # no row holds another column's words
        assert not any(w in (action.action or "") for w in ("Ashcombe", "2024", "2025", "Complete"))
    assert not [w for w in doc.warnings if w.code == "plan_cell_uncertain"]
    # the cells' later lines are not read, and a warning says so, holding the table's lines
    untold = [w for w in doc.warnings if w.code == "plan_cells_untold"]
    lines = {ln.number: ln.text for ln in a.source.lines}
    assert any(lines[w.location.line_start].startswith("No. Action Lead agency") for w in untold)
    assert uncovered_lines(a.source, a.document, a.claims, a.structure) == []
    # the recommendations printed as bands between the rows are read as before
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]


def test_refused_table_read_surely_keeps_its_rows():
    # a cell to a printed line: the walk reads the rows the narrow reader refused, and keeps them
    doc = analyse(ZOO / "plan_printed_agency_bands.corpus.txt").document
    actions = [r.action or "" for r in doc.actions]
    assert any(t.startswith("Write a practice protocol on asking patients") for t in actions)


def test_other_routes_keep_their_actions():
    for ext in (".txt", ".pdf", ".docx"):
        doc = analyse(ZOO / f"textplan_line_rounds_dhr{ext}").document
        assert len(doc.actions) == 5, ext
