"""A day told as a table of clock times under a heading naming the day
(extractors/chronology/day_times.py): "3. The evening of Saturday 14 May 2022" over Time | Source |
What happened. Each row is an entry dated by the heading (relative), a row past midnight the next
day, on every route (tests/zoo/pending/dhr_last_evening_times_table_hethermere.*); a times table
under a heading naming no day, or under a later heading, gives no guessed dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dhr_last_evening_times_table_hethermere"
BACKGROUND = ["2021-02-09", "2021-07", "2022-01-28", "2022-04-19"]
EVENING = ["2022-05-14"] * 5 + ["2022-05-15"]


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_each_timed_row_is_an_entry_of_the_headings_day(suffix):
    events = extract(PENDING / f"{STEM}{suffix}").chronology
    assert [e.date.start for e in events] == BACKGROUND + EVENING
    evening = events[len(BACKGROUND) :]
    assert all(e.date.relative for e in evening) and not events[0].date.relative
    assert [e.extra["time"] for e in evening] == ["18:40", "19:25", "21:05", "22:30", "23:55", "00:20"]
    assert "Rhiannon sent her friend a message" in evening[0].text
    assert evening[-1].text.endswith("unconscious in the kitchen.")


DAY = """1. About the review

The review looked at the contacts agencies had with Ms R.

2. The evening of Friday 7 March 2025

Times are from the police log.

Time\tSource\tWhat happened
19:10\tPolice log\tA neighbour reported shouting from the flat.
21:45\tAmbulance\tParamedics were called to a fall on the stairs.
23:30\tPolice log\tOfficers attended and spoke to Ms R.
01:15\tHospital\tMs R was admitted to the ward.

3. Findings

The panel found that the calls were not linked.
"""

NO_DAY = DAY.replace("2. The evening of Friday 7 March 2025", "2. The last evening")

LATER = DAY.replace(
    "Times are from the police log.\n",
    "Times are from the police log.\n\n3. What the police did next\n",
).replace("3. Findings", "4. Findings")


def _events(tmp_path, text):
    f = tmp_path / "evening.txt"
    f.write_text(text, encoding="utf-8")
    return extract(f).chronology


def test_a_row_after_midnight_falls_on_the_next_day(tmp_path):
    events = _events(tmp_path, DAY)
    assert [(e.date.start, e.extra["time"], e.text[:12]) for e in events] == [
        ("2025-03-07", "19:10", "A neighbour "),
        ("2025-03-07", "21:45", "Paramedics w"),
        ("2025-03-07", "23:30", "Officers att"),
        ("2025-03-08", "01:15", "Ms R was adm"),
    ]
    assert events[0].extra["source"] == "Police log"


def test_a_times_table_under_a_heading_naming_no_day_is_given_no_date(tmp_path):
    assert not any(e.date is not None and e.date.start for e in _events(tmp_path, NO_DAY))


def test_a_headings_day_dates_no_table_under_a_later_heading(tmp_path):
    assert not any(e.date is not None and e.date.start for e in _events(tmp_path, LATER))
