"""An action plan's target-date cell reads the record-system date forms a chronology's date
column reads (vocab/date_cells, shared date grammar): year-month-day, a day not held, a span of
days, a two-digit year after a month's name."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import parse_target_date

P = load_patterns()
CELLS = [
    ("2024-03-31", "2024-03-31", "2024-03-31"),
    ("00/05/2024", "2024-05", "2024-05"),
    ("Between 1 and 8 June 2024", "2024-06-01", "2024-06-08"),
    ("22 Jun 24", "2024-06-22", "2024-06-22"),
    ("Mon 14/10/2024", "2024-10-14", "2024-10-14"),
]


@pytest.mark.parametrize("cell,start,end", CELLS)
def test_a_target_date_reads_as_the_chronology_date_cell_does(cell, start, end):
    value, problems = parse_target_date(cell, P)
    assert (value.start, value.end, value.raw, problems) == (start, end, cell, [])
    chronology = cell_date(cell, P)
    assert (chronology.start, chronology.end) == (start, end)


@pytest.mark.parametrize("cell", ["Ongoing", "TBC", "12 months after publication", ""])
def test_a_target_with_no_date_stays_undated(cell):
    value, _ = parse_target_date(cell, P)
    assert value is None or value.start is None
