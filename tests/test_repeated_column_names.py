"""A chronology table plain pdftotext printed column after column names each column once a
printing: a short cell's line that happens to name a column already named on the page
("Information" / "shared" in a Contact type column, under "Case note summary") is a cell's line,
not the event column's name printed again, so the cells after it are no event text
(chronology.apart_runs)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "cspr_contact_history_newest_first"


def test_the_stand_in_reads_its_last_row_not_the_note_under_it():
    for suffix in (".txt", ".corpus.txt"):
        events = extract(PENDING / f"{STEM}{suffix}").chronology
        assert len(events) == 12, suffix
        assert events[-1].text.startswith("A note carried over"), suffix
        assert not events[-2].text.endswith("Transfer in"), suffix
