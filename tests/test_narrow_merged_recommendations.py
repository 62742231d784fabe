"""A narrower plan "No. | Recommendation | Action | Lead officer | Target date | Status" whose
recommendation cell is merged down over its later actions' rows ("1.1", "1.2" under one
recommendation), set out one table per agency, in corpus text (each printed line's cells joined
by single spaces): plan.narrow_rows with the widths one row's first line tells
(joined_cells.JoinedTable.row_widths) and an action row's first line never leaving its action's
cell empty.

The widths every row's first line agrees on at once may hand the recommendation's words to the
action column (the two widths summing alike); a later action's row, its recommendation cell
empty, then reads as a recommendation of its own. The lines below the first tell the widths
apart."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.narrow_cuts import NarrowShapes, NarrowTable
from dhrparse.vocab.type_widths import Face

ZOO = Path(__file__).parent / "zoo"


def _actions(doc):
    return [
        (
            a.agency_section,
            a.ref,
            a.recommendation_ref,
            a.lead,
            a.target_date.start if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]


def test_agency_tables_with_merged_recommendation_cells_read_every_action_row():
    doc = dhrparse.extract(ZOO / "plan_agency_tables_numbered_headings.corpus.txt")
    assert _actions(doc) == [
        ("Oakmere Police", "1.1", "1", "Force Crime Registrar", "2025-04-30", "complete"),
        ("Oakmere Police", "1.2", "1", "Detective Inspector, Public Protection", "2025-09", "in_progress"),
        ("Oakmere Police", "2.1", "2", "Superintendent, Partnerships", "2025-12", "not_started"),
        ("Oakmere Mental Health Trust", "1.1", "1", "Head of Nursing, Community", "2025-07-31", "complete"),
        ("Oakmere Mental Health Trust", "2.1", "2", "Trust Safeguarding Lead", "2026-03", "in_progress"),
        ("Oakmere Adult Social Care", "1.1", "1", "Principal Social Worker", "2025-10-31", "not_started"),
    ]
    # (the later action's row under a merged cell is no recommendation of its own)
    recs = [(r.agency, r.ref) for r in doc.recommendations if r.level == "agency"]
    assert recs == [
        ("Oakmere Police", "1"),
        ("Oakmere Police", "2"),
        ("Oakmere Mental Health Trust", "1"),
        ("Oakmere Mental Health Trust", "2"),
        ("Oakmere Adult Social Care", "1"),
    ]
    assert doc.actions[1].action == "Audit thirty reports of theft between partners each quarter."
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]


_COLS = ["ref", "recommendation", "action", "lead", "target_date", "status"]
# (each row's first line as a table 6.5 cm | 7 cm wide for the two long columns prints it; the
# first recommendation's cell opens with a body's name, the second row's is merged down)
_FIRSTS = [
    "1.1 Kelby Police should log every report Send the new logging note to all Inspector 31/03/2025 Complete",
    "1.2 Check a sample of thirty reports each Inspector 30/06/2025 Complete",
    "2.1 The Council should write to tenants who Add a letter to the tenancy file for Housing Lead 31/07/2025 Complete",
    "3.1 Adult Social Care should ask carers Ask the question at every carer review Team Manager 31/08/2025 Complete",
]


def test_row_widths_give_the_recommendation_column_its_own_width():
    table = NarrowTable(
        _FIRSTS, NarrowShapes(load_patterns(), _COLS), Face("arial"), True, None, [0, 1, 2, 3]
    )
    rows = table.row_widths()
    assert rows and all(len(w) == len(_COLS) and all(x > 0 for x in w) for w in rows)
    # (some row tells a recommendation column wide enough for "The Council should write to tenants who")
    words = table.lines[2]
    council = words.width(1, 8)
    assert any(w[1] >= council for w in rows)
