"""A chronology table whose Date cell is merged down over every agency row of its day ("Date |
Agency | Contact", the date shown once), printed row by row by plain pdftotext: the cells after
a date alternate agency and event, each pair a row of that date. A merged cell printed after the
table's rows ("2 May 2022" alone after the last event) may own any of the rows between the dates
around it in time, so those rows stay undated; no row takes a neighbour's date. The family:
tests/zoo/pending/dhr_chronology_dates_merged_over_agency_rows_quenby (heldout44 family 2's
shape, our own words)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.document import Line
from dhrparse.extractors.chronology.merged_dates import agency_event_pairs
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_chronology_dates_merged_over_agency_rows_quenby"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number=k, text=t, page=1) for k, t in enumerate(texts, 1) if t]


def test_each_agency_and_event_pair_is_a_row():
    rest = _lines(
        [
            "Police",
            "",
            "Officers attended the house at night.",
            "",
            "Community mental health",
            "team",
            "",
            "A referral was received and",
            "put on the waiting list.",
        ]
    )
    assert [[ln.text for ln in pair] for pair in agency_event_pairs(rest)] == [
        ["Police", "Officers attended the house at night."],
        ["Community mental health", "team", "A referral was received and", "put on the waiting list."],
    ]


def test_an_event_of_two_paragraphs_is_one_row():
    rest = _lines(
        [
            "Police",
            "",
            "Officers attended the house at night.",
            "",
            "They gave advice.",
            "",
            "Nothing else.",
            "",
        ]
    )
    assert len(agency_event_pairs(rest)) == 1


def test_plain_text_rows_under_a_merged_date():
    doc = extract(ZOO / f"{STEM}.txt")
    gold = json.loads((ZOO / f"{STEM}.json").read_text(encoding="utf-8"))["chronology"]
    assert len(doc.chronology) == len(gold) == 10
    for entry, want in zip(doc.chronology, gold):
        assert entry.text.startswith(want["text_start"])
        # (a date given is the merged cell's that spans the row; a row a date printed apart may own stays undated)
        assert entry.date is None or entry.date.start == want["date"]
    assert [e.date.start for e in doc.chronology if e.date] == ["2022-03-14", "2022-07-19", "2022-07-20"]
    assert not any(e.text == "" for e in doc.chronology)
