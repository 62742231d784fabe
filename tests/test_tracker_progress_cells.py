"""Trackers in corpus text (each printed line joining its cells) whose cells the rows' first
lines alone do not show as the tracker reader expects (plan.tracker_rows):

- a last "Progress update" column of sentences, with no status column: the rows are cut against
  their dates, the progress handed on as progress (the walk judges the status from it);
- a progress paragraph's printed line that opens with a day's date ("14 September 2023. It") is
  no row, though its first word reads as a ref;
- a narrow "By when" column breaks a date inside its year ("31/03/202" over "4"): the first line
  is a date's first line and the digits on the row's next line complete it.
"""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).resolve().parent / "zoo"
PARAGRAPHS = ZOO / "plan_single_agency_progress_paragraphs.corpus.txt"


def _actions(text: str):
    return dhrparse.extract(text, name="plan.corpus.txt").actions


def test_a_progress_column_of_sentences_is_read_against_the_dates():
    doc = dhrparse.extract(ZOO / "plan_single_agency_restart.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "1", "2", "1", "2"]
    assert [a.target_date.raw for a in doc.actions][:3] == ["January 2022", "Ongoing", "June 2022"]
    assert [a.status.value for a in doc.actions][:3] == ["complete", "in_progress", "not_started"]


def test_a_progress_line_opening_with_a_day_opens_no_row():
    text = PARAGRAPHS.read_text(encoding="utf-8")
    # (the day's date at the head of a progress line, as a narrower column prints it)
    assert "\nvisit. 14 September 2023. It \n" in text
    text = text.replace("\nvisit. 14 September 2023. It \n", "\n14 September 2023. It \n")
    doc = dhrparse.extract(text, name="plan.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "4", "5"]
    # (read by the tracker's cuts: every row's date in its own cell, no cell placed by guess)
    assert [a.target_date.raw for a in doc.actions] == [
        "30/09/2023",
        "31/03/2024",
        "June 2024",
        "31/01/2024",
        "Immediate",
    ]
    assert not [w for w in doc.warnings if w.code == "plan_cell_uncertain"]


def test_a_date_broken_inside_its_year_is_completed_from_the_next_line():
    text = PARAGRAPHS.read_text(encoding="utf-8")
    first = "2 Audit whether Named Nurse for 31/03/2024 An audit of 50 records In progress \n"
    second = "patients are seen Adult Safeguarding in February 2024 \n"
    assert first in text and second in text
    text = text.replace(first, first.replace("31/03/2024", "31/03/202")).replace(
        second, second.replace("Safeguarding in", "Safeguarding 4 in")
    )
    actions = _actions(text)
    assert [a.ref for a in actions] == ["1", "2", "3", "4", "5"]
    assert actions[1].target_date.raw == "31/03/2024"
    assert str(actions[1].target_date.start) == "2024-03-31"
