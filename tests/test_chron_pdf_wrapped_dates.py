"""PDF route: a chronology table whose narrow Date column wraps its dates ("October" / "2018",
"w/c 14" / "January" / "2020") must give every row its whole date and its event.

The fixture (tests/chron_wrapped_dates/build.py) is a Word table without rules, exported to PDF
by LibreOffice and committed, so the test needs no LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "chron_wrapped_dates"))
from build import ROWS, STEM  # noqa: E402

PDF = HERE / "chron_wrapped_dates" / "documents" / f"{STEM}.pdf"


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return [e.model_dump() for e in extract(PDF).chronology]


def test_the_export_is_committed():
    assert PDF.is_file()


def test_one_entry_per_row(entries):
    assert len(entries) == len(ROWS), [e["text"][:40] for e in entries]


@pytest.mark.parametrize("date, source, summary", ROWS, ids=[r[0] for r in ROWS])
def test_every_row_keeps_its_whole_date_and_event(entries, date, source, summary):
    opening = " ".join(summary.split()[:6])
    found = [e for e in entries if opening in " ".join(e["text"].split())]
    assert len(found) == 1, f"row {date!r} not read as one entry"
    assert found[0]["date"] is not None and found[0]["date"]["raw"] == date
