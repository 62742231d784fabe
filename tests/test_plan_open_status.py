"""A Board action plan keeping a tracker's Status column, read from corpus text: "Rec. | Action
agreed | Lead | Target | Status", its first column the actions' numbers alone ("2.1") under an
abbreviated name, a live action "Open", a finished one "Completed" with the day it was completed
printed on a line of its own under the word, and the report's paragraph after the table."""

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.completion_days import completion_days, whole_day

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_each_row_is_read_with_its_status_and_completion_day():
    doc = dhrparse.extract(PENDING / "sar_plan_open_status.corpus.txt")
    actions = doc.actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert [a.status.value for a in actions] == [
        "in_progress",
        "in_progress",
        "complete",
        "complete",
        "complete",
        "in_progress",
    ]
    assert actions[2].status.raw == "Completed 12/02/2025"
    assert actions[2].target_date.raw == "31/03/2025"
    assert actions[1].lead == "Head of Performance, Tarnwick Council"


def test_the_paragraph_after_the_table_is_no_cell():
    doc = dhrparse.extract(PENDING / "sar_plan_open_status.corpus.txt")
    last = doc.actions[-1]
    assert last.action.endswith("passed to the council.")
    assert last.lead == "Operations Manager, Northern Ambulance Service"


def test_a_completion_day_moves_only_under_a_word_saying_done():
    p = load_patterns()
    texts = [
        "1 Do it Lead 31/03/2025 Completed",
        "more words",
        "12/02/2025",
        "2 Do that Lead 30/04/2025 Open",
        "03/02/2025",
    ]
    out = completion_days(texts, [0, 3], p)
    assert out[0].endswith("Completed 12/02/2025") and out[2] == ""
    assert out[4] == "03/02/2025"  # (under "Open": no day the work was done)
    assert not whole_day("June 2025", p)  # (a month and year may end a date cell "By the end of")
    assert whole_day("3 June 2024", p)
