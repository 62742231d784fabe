"""A column-block plan whose status column is headed by a completion word, "Complete", its cells
status phrases: plain pdftotext prints the name over the first row's cell as it prints the
other names ("Timescale" / "3 months", then "Complete" / "Complete"), so the word names the
status column (plan.done_word_cells) only where no block names a status column otherwise and
the block before it is a name over its first cell."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

DOC = Path(__file__).resolve().parent / "column_blocks" / "colprint_single_agency.txt"


def _statuses(text: str) -> list[str | None]:
    return [a.status.raw for a in extract(text, name="plan.txt").actions]


def test_the_completion_word_names_the_status_column():
    assert _statuses(DOC.read_text()) == ["Complete", "In progress", "Partially complete", "Not started"]


def test_a_completion_word_after_no_name_over_its_cell_is_a_state():
    # (the Timescale name printed alone: the header's names do not head their first cells)
    text = DOC.read_text().replace("Timescale\n3 months\n", "Timescale\n\n3 months\n", 1)
    assert "Timescale\n\n3 months\n" in text
    assert all(status is None for status in _statuses(text))


def test_a_status_column_named_in_words_keeps_the_word_a_state():
    # (a "Status" name among the blocks: "Complete" / "Complete" may be two rows' states)
    text = DOC.read_text().replace("Owner\nHead of Midwifery\n", "Owner\nHead of Midwifery\n\nStatus\n", 1)
    assert all(status is None for status in _statuses(text))
