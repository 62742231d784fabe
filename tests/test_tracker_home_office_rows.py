"""The Home Office template on the corpus-text route, its rows numbered ("1", "6.1") in a column
the header leaves unnamed or before the recommendation's words, where the joined reader leaves
the table untold: the tracker reader reads each row's first printed line (plan.tracker_rows),
the Scope column by its scope word, the status column named as an outcome with its date cut
against the target dates, and says so with one `plan_cells_untold` warning."""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).parent / "zoo"
FIRST_LINES = "read from each row's first printed line only"


def _extract(path: Path):
    return dhrparse.extract(path)


def test_numbered_template_rows_read_from_their_first_lines():
    doc = _extract(ZOO / "plan_home_office_numbered.corpus.txt")
    acts = doc.actions
    assert [a.ref for a in acts] == ["1", "2", "3", "4", "5"]
    assert [a.recommendation_ref for a in acts] == ["1", "2", "3", "4", "5"]
    # (each cell's first printed line: the action's opening words, the lead's first word)
    assert acts[0].action.startswith("Audit leaflets")
    assert acts[1].lead == "Vale Ridge"
    # (a date's year printed on the row's next line is its own: "September" over "2022")
    assert acts[0].target_date.start == "2022-09"
    assert acts[1].target_date.start == "2023-03-31"
    assert [a.status.value for a in acts] == ["complete", "unknown", "complete", "in_progress", "complete"]
    untold = [w for w in doc.warnings if w.code == "plan_cells_untold"]
    # (one warning, the first-line reading's: not the joined reader's too)
    assert len(untold) == 1 and FIRST_LINES in untold[0].message


def test_outcome_column_cut_apart_from_the_target_date():
    """'Date of completion and Outcome' wraps its last word under the header's first line; its
    cells open with their status ("Completed 22/10/2024 – ..."), which the target date beside
    never holds."""
    doc = _extract(ZOO / "plan_ho_dotted_refs_named_leads.corpus.txt")
    acts = doc.actions
    assert [a.ref for a in acts] == ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6"]
    assert [a.target_date.raw for a in acts] == [
        "31/10/2024",
        "30/09/2024",
        "March 2025",
        "31/12/2024",
        "June 2025",
        "31/01/2025",
    ]
    assert [a.status.value for a in acts] == [
        "complete",
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
    ]
    # (a lead's name whose first line holds two words keeps them, the milestone its own)
    assert acts[1].lead.startswith("Harnworth Fire")
    assert acts[4].lead == "Harnworth Police"
    assert all(not (a.progress or "").startswith(("Fire", "Police")) for a in acts)


def test_a_doubtful_joined_reading_stands_where_no_later_reader_reads_the_table(monkeypatch):
    """The joined reader's reading by the widths alone, most of its rows misshapen, gives way to
    the tracker's first lines; where the tracker reader leaves the table too, it stands as before."""
    from dhrparse.plan import tracker_rows

    path = ZOO / "plan_ho_dotted_refs_named_leads.corpus.txt"
    monkeypatch.setattr(tracker_rows.TrackerRows, "_table", lambda self, lines, i, header: None)
    doc = _extract(path)
    assert len(doc.actions) == 6
    assert not any(FIRST_LINES in w.message for w in doc.warnings)
