"""An investigation's final days told day by day (extractors/chronology/day_timeline.py): a label
per day ("Day 1 – Monday 14 October 2024", a later "Day 2" printing its number alone) over one
paragraph per contact opening with its clock time. Each timed paragraph is an entry dated by its
day, on every route (tests/zoo/pending/mh_investigation_day_timeline.*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "mh_investigation_day_timeline"
DAYS = ["2024-10-14"] * 3 + ["2024-10-15"] + ["2024-10-16"] * 2


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_each_timed_paragraph_is_an_entry_of_its_day(suffix):
    events = extract(PENDING / f"{STEM}{suffix}").chronology
    assert [e.date.start for e in events] == DAYS
    assert events[0].text.startswith("Mr Quayle rang the Brantwood crisis line")
    assert events[0].extra == {"time": "09:15"}
    # "Day 2" names no date: the day after Day 1, counted on
    assert events[3].date.relative and not events[0].date.relative
    assert events[-1].text.endswith("who died later that night.")


TEXT = """1. The last two days

Day 1 – Tuesday 4 March 2025

10:05 The GP saw Ms R and noted a bruise on her arm.

16:40 Ms R rang the housing office and asked to move.

Day 2

08:30 A neighbour reported shouting from the flat.

2. Findings

The panel found that the calls were not linked.
"""

PROSE = """1. The last two days

On Day 1 the GP saw Ms R. By 16:40 she had rung the housing office.

Day 3 of the review panel's work was spent with the family.
"""


def test_the_labels_date_the_entries_in_running_text(tmp_path):
    f = tmp_path / "days.txt"
    f.write_text(TEXT, encoding="utf-8")
    events = extract(f).chronology
    assert [(e.date.start, e.text[:10]) for e in events] == [
        ("2025-03-04", "The GP saw"),
        ("2025-03-04", "Ms R rang "),
        ("2025-03-05", "A neighbou"),
    ]


def test_a_day_in_prose_makes_no_timeline(tmp_path):
    f = tmp_path / "prose.txt"
    f.write_text(PROSE, encoding="utf-8")
    assert extract(f).chronology == []
