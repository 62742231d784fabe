"""A chronology table that prints each row's year in a Year column of its own, merged down over the
year's rows, and each row's date as a day and month with no year ("9 Feb"); a "Same day" date cell
for a second contact on the row above's day. The year column dates the rows beside it, a "Same day"
cell is that day told relatively, and a "Year" column whose cells are not years is kept as printed."""

from __future__ import annotations

from docx import Document

from dhrparse.pipeline import extract

ROWS = [
    ("2020", "3 Mar", "Wenlow GP", "Peter asked for help with his sleep and was given a leaflet."),
    ("2020", "17 Sep", "Wenlow Housing", "A neighbour reported a smell of smoke from the flat."),
    ("2021", "8 Jan", "Adult Social Care", "A care worker saw scorch marks on the carpet."),
    (
        "2021",
        "Same day",
        "Wenlow Fire and Rescue",
        "The care worker asked for a home safety visit the next week.",
    ),
    ("2021", "26 Feb", "Wenlow Fire and Rescue", "Crews were called to a fire at the flat."),
]


def _word(path, header, rows, merged=True):
    doc = Document()
    doc.add_heading("Safeguarding Adults Review: Peter", 0)
    doc.add_heading("Chronology of key events", 1)
    doc.add_paragraph("The table sets out what each agency recorded.")
    table = doc.add_table(rows=1, cols=len(header))
    for cell, name in zip(table.rows[0].cells, header):
        cell.text = name
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    if merged:  # (each year printed once, its cell merged down over the year's rows)
        first = 1
        for year in dict.fromkeys(r[0] for r in rows):
            last = first + sum(1 for r in rows if r[0] == year) - 1
            table.cell(first, 0).merge(table.cell(last, 0)).text = year
            first = last + 1
    doc.save(path)
    return path


def test_a_year_column_dates_the_day_and_month_cells_beside_it(tmp_path):
    for merged in (True, False):
        doc = extract(
            _word(tmp_path / f"y{merged}.docx", ["Year", "Date", "Agency", "What happened"], ROWS, merged)
        )
        assert [e.date.start for e in doc.chronology] == [
            "2020-03-03",
            "2020-09-17",
            "2021-01-08",
            "2021-01-08",
            "2021-02-26",
        ]


def test_a_same_day_cell_is_the_row_aboves_day_told_relatively(tmp_path):
    doc = extract(_word(tmp_path / "s.docx", ["Year", "Date", "Agency", "What happened"], ROWS))
    same = doc.chronology[3]
    assert (same.date.start, same.date.relative, same.date.raw) == ("2021-01-08", True, "Same day")


def test_a_year_column_of_other_cells_is_kept_as_printed(tmp_path):
    rows = [
        ("Year 7", f"{d}/0{m}/2021", "Wenlow School", "Attendance fell.") for d, m in [(3, 2), (9, 5), (2, 7)]
    ]
    doc = extract(_word(tmp_path / "k.docx", ["Year", "Date", "Agency", "What happened"], rows, merged=False))
    assert [e.date.start for e in doc.chronology] == ["2021-02-03", "2021-05-09", "2021-07-02"]
    assert doc.chronology[0].extra.get("Year") == "Year 7"


def test_a_joined_tables_year_printed_before_the_first_date_of_its_year_dates_the_rows_below():
    # (printed as the corpus's text export prints a table: its cells joined, a blank line after each)
    text = (
        "Safeguarding Adults Review: Peter\n\n3. Chronology of key events\n\n"
        "Year Date Agency What happened\n\n"
        "2020 3 Mar Wenlow GP Peter asked for help with his sleep and was given a leaflet.\n\n"
        "17 Sep Wenlow Housing A neighbour reported a smell of smoke from the flat.\n\n"
        "2021 8 Jan Adult Social Care A care worker saw scorch marks on the carpet.\n\n"
        "26 Feb Wenlow Fire and Rescue Crews were called to a fire at the flat.\n\n"
        "4. Analysis\n\nThe panel found three missed chances.\n"
    )
    doc = extract(text, name="joined.txt")
    assert [e.date.start for e in doc.chronology] == ["2020-03-03", "2020-09-17", "2021-01-08", "2021-02-26"]
