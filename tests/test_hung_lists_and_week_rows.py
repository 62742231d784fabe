"""Lists hung at an indent that a PDF reader finds as unruled tables, and a week-commencing table
that plain text prints row by row (session 37, the families of heldout29-31; the documents are
tests/zoo/pending's, written for them):

- chron_hanging_key_dates_one_line_runs: "Key dates" as hanging-indent paragraphs (bold date, tab,
  event), four one-line entries in a row, 3 pt between paragraphs: each is a row of its own
  (readers.pdf_columns._paragraph_apart), not one row whose date cell holds four dates;
- mh_timed_days_hung_lists: timed one-line paragraphs under day labels, 4 pt apart: each a row,
  dated by its day (its "4. Recommendations R1" read as one cell is not fixed: see the pending
  README);
- cspr_week_rows_unnumbered_chapters: "Week" / "commencing" / "Agency" / "What happened" then
  each row's cells, under unnumbered chapters: read row by row, and the chronology ends at
  "Recommendations" whatever its level (chronology.stacked_lines)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_one_line_key_dates_in_a_row_are_rows_of_their_own_on_pdf():
    doc = extract(PENDING / "chron_hanging_key_dates_one_line_runs.pdf")
    assert [e.date.raw for e in doc.chronology] == [
        "Autumn 2020",
        "March 2021",
        "May 2021",
        "Late June 2021",
        "August 2021",
        "Winter 2021",
        "3 February 2022",
        "11 April 2022",
    ]
    assert doc.chronology[3].text.startswith("Tamsin saw the practice nurse")


def test_timed_one_line_paragraphs_under_day_labels_are_rows_of_their_own_on_pdf():
    doc = extract(PENDING / "mh_timed_days_hung_lists.pdf")
    assert [e.date.start for e in doc.chronology] == ["2024-10-15"] * 3 + ["2024-10-16"] * 2 + [
        "2024-10-17"
    ] * 2


def test_week_rows_printed_one_by_one_end_at_the_recommendations_heading():
    doc = extract(PENDING / "cspr_week_rows_unnumbered_chapters.txt")
    assert [e.date.start for e in doc.chronology] == [
        "2023-01-09",
        "2023-01-23",
        "2023-01-23",
        "2023-03-06",
        "2023-04-17",
    ]
    assert doc.chronology[-1].text == "Ruby was taken to hospital after a fall from a window."
