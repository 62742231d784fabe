"""A chronology table a plain text export printed column after column, one page printed in bands
of rows (a few rows' dates, their event text, the next rows' dates, theirs): each band's event
text is cut into its own rows (apart_bands)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.apart_bands import Band, bands
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "s23_chron_row_bands.txt"
UNPAIRED = "chronology_table_rows_unpaired"


def test_dates_printed_before_every_event_line_make_one_band():
    assert bands([10, 12, 14], [20, 21, 22, 23], [True] * 4) == [Band(0, 3, 0, 4)]


def test_dates_printed_among_the_event_lines_open_bands():
    # (event lines 20-21 are the rest of the row broken over the page: a band with no dates)
    events = [20, 21, 30, 31, 32, 40, 41]
    assert bands([25, 27, 35, 36], events, [False, True, True, True, True, True, True]) == [
        Band(0, 0, 0, 2),
        Band(0, 2, 2, 5),
        Band(2, 4, 5, 7),
    ]


def test_a_band_that_would_open_mid_sentence_is_no_band():
    events = [20, 21, 30, 31]
    assert bands([10, 25], events, [True, True, False, True]) == [Band(0, 2, 0, 4)]


def test_a_date_after_the_last_event_line_makes_no_bands():
    assert bands([10, 25, 50], [20, 21, 30], [True] * 3) == [Band(0, 3, 0, 3)]


def test_a_page_printed_in_bands_is_read_band_by_band():
    doc = extract(ZOO)
    starts = {e.date.raw: e.text.split(".")[0] for e in doc.chronology}
    assert len(doc.chronology) == 12
    assert (
        starts["14/04/2020"] == "Charge of assault by beating authorised and listed at the magistrates' court"
    )
    assert (
        starts["20/05/2020"]
        == "Ruth told the IDVA she was back with Dale and no longer wanted support at all"
    )
    assert starts["03/02/2020"].startswith("Ruth called 999")
    assert doc.chronology[5].text.endswith("photographs were taken of bruising to her arms.")
    assert not any(w.code == UNPAIRED for w in doc.warnings)
