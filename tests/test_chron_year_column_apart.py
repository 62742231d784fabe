"""A chronology table with a Year column merged down over each year's rows and day-month date
cells ("14 Mar"), that plain pdftotext printed column after column: the Year column's name and
its years printed apart from the rows (here before the table's introduction), a "Same day" cell
wrapped over two lines in the narrow date column. The years are given to the rows in order, the
next at each cell that falls before the one above, only where the turns match the years printed;
"Same" / "day" is the row's date cell, the row above's day (year_column, apart_columns)."""

from __future__ import annotations

from dhrparse import extract
from dhrparse.extractors.chronology.year_column import rows_years
from dhrparse.patterns import load_patterns

# the fictional Corley review: Year | Date | Agency | What happened
CORLEY = """Corley Safeguarding Adults Board

3. Chronology
3.1
Year
2020

2021

The table sets out the contacts agencies had with Mr Pell in the two years before the
fire.
Date
9 Feb

Agency
Corley GP

17 Aug
3 Dec

Corley Fire and
Rescue
Adult Social Care

22 Jan

Adult Social Care

Same
day
5 May

Corley Fire and
Rescue
Corley Fire and
Rescue

What happened
Mr Pell told his GP he was short of breath and still smoking
indoors.
A home fire safety visit was offered by letter. No reply came back.
A carer found scorch marks on the rug and told her manager.
A social worker visited; Mr Pell turned down a smoke alarm check.
The social worker phoned the fire service, who booked a visit.
Crews were called to a fire in the living room. Mr Pell died at the
scene.

4. Analysis
The risk was known to each agency but to none as a whole.
"""

EXPECTED = [
    ("2020-02-09", "Mr Pell told his GP"),
    ("2020-08-17", "A home fire safety"),
    ("2020-12-03", "A carer found"),
    ("2021-01-22", "A social worker visited"),
    ("2021-01-22", "The social worker phoned"),
    ("2021-05-05", "Crews were called"),
]


def test_year_column_printed_apart_dates_the_day_month_cells():
    doc = extract(CORLEY)
    got = [(e.date.start, e.text) for e in doc.chronology]
    assert [(d, t[: len(w)]) for (d, t), (_, w) in zip(got, EXPECTED)] == EXPECTED
    assert len(got) == len(EXPECTED)


def test_years_given_only_where_the_turns_match():
    p = load_patterns()
    assert rows_years(["9 Feb", "3 Dec", "22 Jan", "Same day"], ["2020", "2021"], p) == [
        "2020",
        "2020",
        "2021",
        "2021",
    ]
    assert rows_years(["9 Feb", "3 Dec"], ["2020", "2021"], p) is None  # (no turn for the second year)
    assert rows_years(["9 Feb 2020", "3 Dec"], ["2020"], p) is None  # (a cell with its own year)
