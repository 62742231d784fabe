"""A `Date | Contact` chronology table grouped under agency bands, printed with each line's cells
joined by single spaces (corpus text): each band a line of its own ("Ashby Moor Police") straight
before a row's date, the first between the header and the first row; dates wrapped in the narrow
date column ("14 March" over "2022", "30" over "November" over "2022"). The bands are the rows'
headings, never events nor an event's last words (chronology.band_lines); in a table with an agency
column a lone line of capitalised words is a name cell's rest, no band."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.pipeline import extract

BANDS = Path(__file__).resolve().parent / "zoo" / "pending" / "sar_agency_band_chronology.corpus.txt"


def test_bands_head_the_rows_and_wrapped_dates_are_whole():
    entries = extracted(BANDS).chronology
    assert [(e.date.start, e.heading) for e in entries] == [
        ("2022-03-14", "Ashby Moor Adult Social Care"),
        ("2022-08-02", "Ashby Moor Adult Social Care"),
        ("2022-11-30", "Ashby Moor Police"),
        ("2022-06-19", "Ashby Moor Police"),
        ("2022-01-05", "Fellside GP Practice"),
        ("2022-10-11", "Fellside GP Practice"),
        ("2022-12-09", "Fellside GP Practice"),
    ]
    assert entries[1].text.endswith("was closed after a phone call.")
    assert not any("Police" in e.text or "Fellside" in e.text for e in entries)


AGENCY_TABLE = """Safeguarding Adults Review: Mr Quill

2. Chronology

Date Agency Event

03/02/2022 Brinkley Mr Quill missed his diabetes review; a letter was sent.

Medical

Practice

17/05/2022 Brinkley Police Officers made a welfare check and found the flat cold.

3. Findings

Agencies did not share what they knew.
"""


def test_a_name_cells_rest_alone_on_a_line_is_no_band():
    entries = extract(AGENCY_TABLE, name="quill.corpus.txt").chronology
    assert [e.date.start for e in entries] == ["2022-02-03", "2022-05-17"]
    assert all(e.heading != "Practice" for e in entries)
