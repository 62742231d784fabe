"""A single agency's plan "Ref | Recommendation / action | Lead | Deadline | Update | Status" in
corpus text (each printed line's cells joined by single spaces): each recommendation a band
across the table, its bare number and its words, over the actions lettered under it ("1a",
"1b"), each with its own lead, deadline and status (plan.narrow_rows).

The header's one column for both is the action column for the cuts; a row opening with a bare
number whose next row's ref is that number lettered, printing no date, is a band, no row of the
cut table; handed on as a row of its own (its number, its words) under the column named as
printed, the walk reads it as the recommendation its lettered rows answer
(plan.recommendation_bands)."""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).parent / "zoo"


def test_bands_over_lettered_actions_give_the_recommendations_and_their_actions():
    doc = dhrparse.extract(ZOO / "plan_band_rows_lettered_actions.corpus.txt")
    assert [(r.ref, r.text.split()[:2]) for r in doc.recommendations] == [
        ("1", ["Saltenby", "Community"]),
        ("2", ["Saltenby", "Police"]),
        ("3", ["Saltenby", "General"]),
        ("4", ["The", "Partnership"]),
    ]
    got = [
        (a.ref, a.recommendation_ref, a.lead, a.target_date.start if a.target_date else None, a.status.value)
        for a in doc.actions
    ]
    assert got == [
        ("1(a)", "1", "Head of Adult Social Care", "2024-07-31", "complete"),
        ("1(b)", "1", "Named Nurse for Adult Safeguarding", "2024-10", "in_progress"),
        ("2(a)", "2", "Chief Inspector, Safeguarding Hub", "2024-09-30", "complete"),
        ("2(b)", "2", "Safeguarding Hub Quality Officer", "2025-03", "in_progress"),
        ("2(c)", "2", "Chief Inspector, Safeguarding Hub", "2025-06", "not_started"),
        ("3(a)", "3", "Primary Care Safeguarding", "2024-12-31", "in_progress"),
        ("4(a)", "4", "Partnership Business Manager", "2024-11", "complete"),
        ("4(b)", "4", "Partnership Communications Officer", "2025-02", "in_progress"),
    ]
    # (the bands are read, none left over as the plan's unread text)
    assert not [w for w in doc.warnings if w.code in ("plan_text_not_read", "plan_cells_untold")]


def test_a_progress_cell_runs_on_in_lower_case_after_its_semicolon():
    from dhrparse.plan.narrow_cells import _lower_after_end

    words = ["Template", "agreed", "in", "principle;", "release", "date", "awaited."]
    assert not _lower_after_end(words, True)
    assert _lower_after_end(["Ten", "files", "checked.", "homes", "visited"], True)
