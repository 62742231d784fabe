"""tests/gold_lines.py's chronology entries: the fixed fields, each looked up after the one before,
and the heading or date_end an entry may carry (the zoo's chronology builders' agency headings and
date ranges)."""

from __future__ import annotations

from gold_lines import chronology_gold

LINES = ["Chronology", "3 May 2021 Ann called the police", "Police", "3 May 2021 Ann called the police again"]


def test_entries_are_looked_up_after_the_one_before():
    events = [("Ann called the police", "3 May 2021", "2021-05-03", False)] * 2
    entries = chronology_gold(LINES, events, words=3)
    assert [e["line"] for e in entries] == [2, 4]
    assert entries[0] == {
        "ref": None,
        "heading": None,
        "date_raw": "3 May 2021",
        "date": "2021-05-03",
        "date_end": None,
        "relative": False,
        "text_start": "Ann called the",
        "line": 2,
    }


def test_an_entry_carries_its_heading_or_date_end():
    events = [
        ("Ann called the police", "3 May 2021", "2021-05-03", False, {"heading": "Police"}),
        ("Ann called the police again", "3 May 2021", "2021-05-03", False, {"date_end": "2021-05-09"}),
    ]
    first, second = chronology_gold(LINES, events, words=5)
    assert (first["heading"], first["date_end"]) == ("Police", None)
    assert (second["heading"], second["date_end"]) == (None, "2021-05-09")
    assert second["line"] == 4
