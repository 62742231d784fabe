"""A standalone plan printed as corpus text (a printed line's cells joined by single spaces):
No. | Action | Owner | By, each recommendation a band "Rec N" with its words merged over the
other columns, each action followed by a full-width progress row "Progress, <Month Year>: ...
Status: <word>." (the family of tests/zoo/pending's
dhr_plan_progress_row_no_col_rec_rows_sept_targets_nimbus_roman_ashcombe). The progress row is
the action's update (its status), never the action's text; the band is the recommendation the
actions numbered under it answer. Fictional bodies, our own wording."""

from pathlib import Path

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_progress_row_no_col_rec_rows_sept_targets_nimbus_roman_ashcombe"


def _doc():
    return dhrparse.extract(PENDING / f"{STEM}.corpus.txt")


def test_each_progress_row_gives_the_action_above_its_status():
    doc = _doc()
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "in_progress",
        "complete",
        "not_started",
    ]
    assert not any("Progress," in (a.action or "") for a in doc.actions)


def test_the_bands_are_the_recommendations_their_actions_answer():
    doc = _doc()
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert doc.recommendations[1].text.startswith("The ambulance service should pass on a concern")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "1", "2", "2", "3", "3"]


def test_the_next_pages_running_head_inside_a_row_split_by_the_page_is_no_cell():
    # (hollinby's action 2.1 breaks over the page: its lead's last word, the page number, the
    # running head and the repeated header, then its update row)
    doc = dhrparse.extract(PENDING / "dhr_plan_rec_rows_update_row_status_sept_targets_hollinby.corpus.txt")
    leads = [a.lead or "" for a in doc.actions]
    assert "Board Designated Nurse" in leads
    assert not any("PROTECTIVELY MARKED" in lead for lead in leads)
