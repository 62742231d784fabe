"""A plan table whose first columns plain pdftotext printed a row at a time, one line a cell, and
whose other columns it printed apart after them, each whole under its name (plan.apart_columns):
read only where every column apart holds as many cells as there are rows."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _rows(text: str) -> list[tuple[str | None, str, str | None, str | None, str | None]]:
    doc = extract(text, name="plan.txt")
    return [
        (a.ref, a.action, a.lead, a.target_date.raw if a.target_date else None, a.status.raw)
        for a in doc.actions
    ]


def test_the_columns_printed_apart_go_to_the_rows_in_order():
    rows = _rows((PENDING / "plan_outcome_status_words.txt").read_text())
    assert len(rows) == 8
    assert rows[3] == (
        "3(b)",
        "Flag on the rent system",
        "Systems Officer",
        "31/08/2025",
        "Partially achieved",
    )
    assert rows[7][:3] == ("7", "Write to the national policy team", "Partnership Chair")


def test_a_column_apart_short_of_a_cell_pairs_no_row():
    text = (PENDING / "plan_outcome_status_words.txt").read_text()
    # (the Outcome column printed with one cell fewer than the rows: whose each is cannot be told)
    short = text.replace("Not yet started\n", "", 1)
    assert not any(status == "Partially achieved" and ref != "3(b)" for ref, *_, status in _rows(short))
    assert not any(lead == "Lead Nurse" and ref != "2" for ref, _, lead, *_ in _rows(short))
    untold = [w for w in extract(short, name="plan.txt").warnings if w.code == "plan_cells_untold"]
    assert [w.location.line_start for w in untold] == [4]  # (the table's first name, "No.")
