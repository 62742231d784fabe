"""A summary whose key events are a "spine" timeline (the family of tests/zoo/pending's Garrowfield
stand-in): a borderless three-column table, the centre column a dark shaded date cell per event
("Mar 2022", "14 Oct 2022"), each event set alternately in the left cell (flush right) and the
right cell.

Each row's event is an entry dated by the date cell beside it (chronology.spine_timelines). On
PDF nothing is drawn but the shaded date cells, a one-column stack that was once set aside as a
box round text: it is widened into a three-column table where events stand beside it on both
sides (readers.pdf_spines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.document import Block, Cell, Row, Table
from dhrparse.extractors.chronology.spine_timelines import spine_tables
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_summary_spine_timeline_garrowfield"
DATES = ["2022-03", "2022-07", "2022-10-14", "2023-01", "2023-05-02", "2023-08", "2023-09-19"]


@pytest.mark.parametrize("route", [".pdf", ".docx"])
def test_each_event_is_dated_by_the_date_cell_beside_it(route):
    doc = extract(ZOO / f"{STEM}{route}")
    assert [e.date.start for e in doc.chronology] == DATES
    assert doc.chronology[1].text.startswith("Her GP recorded bruising")
    assert doc.chronology[2].text.startswith("Neighbours called the police")
    assert all(e.location.page == (1 if route == ".pdf" else None) for e in doc.chronology)


def _table(rows: list[list[str]]) -> Block:
    table = Table([Row([Cell(t, n, n) for t in row], n, n) for n, row in enumerate(rows, 1)], 1, len(rows))
    return Block("table", table.printed(), 1, len(rows), table=table)


class _Doc:
    def __init__(self, block: Block):
        self.blocks = [block]


def test_events_on_one_side_only_are_a_date_column_not_a_spine():
    p = load_patterns()
    one_side = _table(
        [["", "Mar 2022", "Moved flat."], ["", "Jul 2022", "Saw her GP."], ["", "Jan 2023", "Asked to move."]]
    )
    both = _table(
        [["Moved flat.", "Mar 2022", ""], ["", "Jul 2022", "Saw her GP."], ["Asked to move.", "Jan 2023", ""]]
    )
    assert spine_tables(_Doc(one_side), p) == []
    assert spine_tables(_Doc(both), p) == [(both, 1)]  # (the date column, the centre one)


def test_a_row_with_no_date_cell_is_no_spine():
    p = load_patterns()
    undated = _table(
        [["Moved flat.", "Mar 2022", ""], ["", "Later", "Saw her GP."], ["Asked to move.", "Jan 2023", ""]]
    )
    assert spine_tables(_Doc(undated), p) == []


def test_joined_lines_pair_each_event_with_the_date_ending_or_opening_its_first_line():
    doc = extract(ZOO / f"{STEM}.corpus.txt")
    assert [e.date.start for e in doc.chronology] == DATES
    # (a wrapped day's year, "14 Oct" / "2022", is the date's, not the event's)
    assert (
        doc.chronology[2].text == "Neighbours called the police after hearing shouting; no one was arrested."
    )


def test_prose_lines_ending_in_dates_are_no_spine():
    text = (
        "Background\n\nShe moved to the town in March 2019\nand found work at the market in June 2019\n"
        "where she stayed until the summer.\nShe met Dario in January 2020\nand they moved in together "
        "in May 2020\nafter a short time.\n"
    )
    assert extract(text).chronology == []
