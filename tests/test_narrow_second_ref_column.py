"""A single agency's plan "No. | Ref | Action | Lead | Target date | Status" in corpus text
(each printed line's cells joined by single spaces): the row's own number, then the reference
of the recommendation it answers ("IMR 1"), each in a column of its own (plan.narrow_rows).

The header names the ref twice; the second is kept as a column of its own, its two-word
reference kept whole in it, so the action's first words are not cut into it."""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).parent / "zoo"


def test_a_second_ref_column_keeps_the_reference_and_the_actions_whole():
    doc = dhrparse.extract(ZOO / "recs_agency_table_imr_above_plan.corpus.txt")
    got = [
        (a.ref, a.action, a.lead, a.target_date.start if a.target_date else None, a.status.value)
        for a in doc.actions
    ]
    assert got == [
        (
            "1",
            "Add a repeat police enquiry to the case transfer checklist",
            "Head of Operations",
            "2025-06",
            "complete",
        ),
        (
            "2",
            "Set a ten-day home visit prompt in the case management system",
            "Senior Probation Officer, Public Protection",
            "2025-09",
            "in_progress",
        ),
        (
            "3",
            "Issue a practice note on recording victim liaison contact",
            "Quality Development Officer",
            "2025-07",
            "complete",
        ),
    ]
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
