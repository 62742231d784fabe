"""A chronology table whose first column names the recording service and whose second gives the
date ("Source Date Event Significance"), printed with each line's cells joined by single spaces
(corpus text): each row's date is put before the service's words, the service's wrapped name then
opening the lines below as a first column after the date does (source_first_rows)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.source_first_rows import _row_opening, _turned_header
from dhrparse.patterns import load_patterns

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_header_reads_with_the_date_first():
    names = Columns(load_patterns())
    fields, head = _turned_header("Source Date Event Significance", names)
    assert head == "Date Source Event Significance"
    assert fields[:3] == ["date", "source", "event"]
    assert _turned_header("Date Source Event", names) is None  # (date first: joined_rows's own)
    assert _turned_header("Event Date Source", names) is None  # (no service before the date)


def test_a_row_opens_only_where_a_date_follows_the_services_words():
    dates = DateOpening(load_patterns())
    first, second = _row_opening(["Police", "Scotland", "19/01/2022", "Officers", "called."], [], dates)
    assert first == "19/01/2022 Police Scotland Officers called." and second is None
    # (a wrapped date's rest printed after the service's next words)
    first, second = _row_opening(
        ["Kinloch", "Health", "w/c", "A", "visit."], ["Partnership", "07/02/2022", "was", "made."], dates
    )
    assert first.startswith("w/c Kinloch") and second == "07/02/2022 Partnership was made."
    # (a month named in an event's sentence wrapped after the service's name opens no row)
    assert _row_opening(["Partnership", "March", "was", "cold."], [], dates) is None


def test_the_zoo_review_reads_its_key_events_on_corpus_text():
    # (tests/zoo/pending/build_asp_source_first_events.py, its corpus text: the page's real widths)
    events = extracted(PENDING / "asp_source_first_events_kinloch.corpus.txt").chronology
    assert [e.date.start for e in events] == [
        "2022-01-04",
        "2022-01-11",
        "2022-01-19",
        "2022-02-07",
        "2022-02-15",
        "2022-03-02",
        "2022-03-09",
    ]
    assert events[0].text.startswith("A home care worker found Mr D without heating")
    assert events[0].extra["source"].startswith("Kinloch Health and Social Care")
    # ("w/c" over "07/02/2022", the date's rest after the service's next words)
    assert events[3].text.startswith("An adult support and protection inquiry began")
    assert events[6].text == "Mr D was taken to hospital after a fall at home."
    # (the service's first line is the words printed before the date: "NHS Kinloch", not "The")
    assert events[4].text.startswith("The GP reviewed Mr D's medication")
    assert events[4].extra["source"] == "NHS Kinloch General Practice"
