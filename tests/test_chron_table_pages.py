"""A chronology table over two pages that plain pdftotext prints differently page by page
(tests/fixtures/chron_pages/build.py): the first page row by row, a cell a line; the second
either column after column under the repeated header, or row by row with two rows' dates printed
together before both rows' events. The first page's rows are read with their own events; what
the text cannot part is warned of, never read as an empty entry or an event dated from another
row."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PAGES = Path(__file__).resolve().parent / "fixtures" / "chron_pages"


def _read(stem: str):
    doc = extract(PAGES / f"{stem}.txt")
    return [(ev.date.start if ev.date else None, ev.text) for ev in doc.chronology], doc.warnings


def test_rows_printed_row_by_row_before_a_page_printed_column_after_column_keep_their_events():
    events, warnings = _read("chron_rows_then_apart")
    assert [start for start, _ in events[:8]] == [f"2022-{m:02d}-{m:02d}" for m in range(1, 9)]
    for k, (_, text) in enumerate(events[:8], 1):
        assert f"Contact {k} is described" in text
    assert any(w.code == "chronology_table_columns_apart" for w in warnings)


def test_two_dates_printed_together_are_warned_of_not_read_as_an_empty_row():
    events, warnings = _read("chron_rows_then_columns")
    assert all(text.strip() for _, text in events)
    dated = dict(events)
    assert "Tamsin reports that Rufus has taken her bank card" in dated["2022-04-02"]
    assert "A strategy discussion is held" in dated["2022-04-29"]
    assert "2022-04-28" not in dated and "2022-05-16" not in dated  # (their events are not parted)
    parted = [w for w in warnings if w.code == "chronology_rows_not_parted"]
    assert parted and "28/04/2022" in parted[0].message and "16/05/2022" in parted[0].message
