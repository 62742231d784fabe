"""A chronology table whose header names two columns as the event ("Date | Time | Agency | Contact |
Detail"): the column of a few words a cell names the kind of contact and is kept with the entry;
the column of sentences beside it is what happened, the entry's text (column_roles._kind_beside_event)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.column_roles import OTHER, by_cells
from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "lcspr_date_time_contact_detail_response_table"
COLS = {"date": 0, "time": 1, "agency": 2, "event": 3, f"{OTHER}Detail": 4}
ROWS = [
    [
        "04/09/2023",
        "10:30",
        "Maternity",
        "Booking appointment",
        "She booked for care and said she lived alone.",
    ],
    [
        "19/10/2023",
        "Not known",
        "Health visiting",
        "Antenatal contact",
        "A card was left after nobody answered.",
    ],
]


def _names_event(name: str) -> bool:
    return name in ("Contact", "Detail")


def test_the_short_event_column_names_the_kind_and_the_sentences_are_the_event():
    cols = by_cells(COLS, ROWS, lambda c: c[:2].isdigit(), _names_event)
    assert cols["event"] == 4 and cols["kind"] == 3
    assert f"{OTHER}Detail" not in cols


def test_two_prose_columns_keep_the_header_reading():
    rows = [r[:3] + [r[4], r[4]] for r in ROWS]
    assert by_cells(COLS, rows, lambda c: c[:2].isdigit(), _names_event) == COLS


def test_an_unnamed_column_beside_a_short_event_is_not_taken():
    assert by_cells(COLS, ROWS, lambda c: c[:2].isdigit()) == COLS


def test_the_stand_in_reads_each_detail_cell_as_the_entry_on_every_route():
    for suffix in (".txt", ".pdf", ".docx"):
        entries = extract(PENDING / f"{STEM}{suffix}").chronology
        assert len(entries) == 8, suffix
        assert entries[0].text.startswith("Kerry booked for antenatal care"), suffix
        assert entries[0].extra.get("kind") == "Booking appointment", suffix
