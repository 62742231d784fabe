"""A tracker in corpus text whose header opens with two number columns ("No. Ref | Action |
Lead | Target date | Status"), the row's own number and its recommendation's ("1 IMR 1 Add a
..."): the column scan reads the two names as one, so the reader (plan.tracker_rows) cuts the
second number off each row's first line as a column of its own, never into the action."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.plan.tracker_rows import FIRST_LINES

ZOO = Path(__file__).resolve().parent / "zoo"
PLAN = ZOO / "recs_agency_table_imr_above_plan.corpus.txt"


def test_the_second_number_is_no_part_of_the_action():
    actions = dhrparse.extract(PLAN).actions
    assert [a.ref for a in actions] == ["1", "2", "3"]
    assert [a.action.split()[:2] for a in actions] == [["Add", "a"], ["Set", "a"], ["Issue", "a"]]
    assert [a.target_date.raw for a in actions] == ["June 2025", "September 2025", "July 2025"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "complete"]


def test_rows_printing_the_second_number_only_sometimes_are_not_cut_so():
    text = PLAN.read_text(encoding="utf-8")
    row = "2 IMR 2 Set a ten-day Senior Probation September 2025 In progress \n"
    assert row in text
    text = text.replace(row, row.replace("IMR 2 ", ""))
    # (the tracker's reading refused: no warning says its cells were read from the first lines)
    doc = dhrparse.extract(text, name="plan.corpus.txt")
    assert not [w for w in doc.warnings if w.message == FIRST_LINES]
    # (the whole plan, every row printing both numbers, is read whole by the narrow reader now,
    # `test_the_second_number_is_no_part_of_the_action`, not from its rows' first lines)
    assert not [w for w in dhrparse.extract(PLAN).warnings if w.message == FIRST_LINES]


def test_one_number_column_named_in_two_words_keeps_its_rows():
    text = PLAN.read_text(encoding="utf-8").replace("No. Ref Action", "Ref No. Action")
    for n in (1, 2, 3):
        text = text.replace(f"\n{n} IMR {n} ", f"\n{n} ")
    actions = dhrparse.extract(text, name="plan.corpus.txt").actions
    assert [a.ref for a in actions] == ["1", "2", "3"]
    assert actions[0].action.startswith("Add a repeat")
