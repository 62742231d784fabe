"""A Board's response table whose last column is named by a month and year alone, the month it
was brought up to date ("March" over "2025" in a narrow column): no column's name held a month,
so the header was not read and the plan was lost. The header is read with the dated name as the
progress column's (plan.dated_position), whose status words the tracker reads as statuses. (The
zoo SAR's corpus text is still not read: its "Who" column names no column, and taking "who" as a
lead's name took prose lines for header words elsewhere, so it was left out.)"""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.dated_position import dated_position
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_board_dated_position_column"


def test_only_a_closing_month_and_year_name_the_column():
    p = load_patterns()
    cm = ColumnMap(p)
    header = "No. Recommendation Action Lead By when April"
    assert dated_position(cm, p, header, "2025") == ("No. Recommendation Action Lead By when Progress", "")
    assert dated_position(cm, p, "No. Recommendation Action Lead Target April 2025", "") is not None
    # (a month with no year under it, or a header naming too few columns, is none)
    assert dated_position(cm, p, header, "the end of") is None
    assert dated_position(cm, p, "Review April", "2025") is None


def test_the_side_by_side_text_reads_the_dated_column_too():
    # (pdftotext -layout prints the month as the last column's name and its year under it)
    doc = extracted(PENDING / f"{STEM}.txt")
    rows = [(a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Publish", "complete"),
        ("2", "Write", "in_progress"),
        ("2", "Check", "not_started"),
        ("3", "Add", "in_progress"),
    ]
    assert [r.text.split()[0] for r in doc.recommendations] == ["The", "Partners", "Harnfield"]


def test_a_who_column_beside_no_lead_column_is_the_lead():
    # (read only in a header dated so, every other word a column's name)
    p = load_patterns()
    cm = ColumnMap(p)
    header = "No. The review recommends What the Board will do Who By when March"
    got = dated_position(cm, p, header, "2025")
    assert got is not None and cm.scan(got[0])[-3:] == ["lead", "target_date", "progress"]
    # (beside a Lead column the word names no column: the header is no such header)
    assert dated_position(cm, p, "No. Recommendation Action Lead Who By when March", "2025") is None


def test_the_corpus_text_reads_the_rows_first_lines_with_their_wrapped_statuses():
    # (pdfplumber joins each printed line's cells; the tracker reads the rows' first lines, and a
    # status the narrow last column wraps, "Under" over "way", is made whole from the line below)
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Publish", "complete"),
        ("2", "Write", "in_progress"),
        ("2", "Check", "not_started"),
        ("3", "Add", "in_progress"),
    ]
    assert [a.target_date.raw for a in doc.actions] == ["Nov 2024", "Mar 2025", "Sept 2025", "June 2025"]
    assert [r.text.split()[0] for r in doc.recommendations] == ["The", "Partners", "Harnfield"]
