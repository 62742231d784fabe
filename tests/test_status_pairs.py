"""A column-block plan whose status column is printed first, left of its ref column: plain
pdftotext prints the two narrow columns a row at a time, a status block then a ref block, the
last row's pair inside the recommendation cell beside it (plan.status_pairs): the pairs give
the actions their refs and statuses in order, only where they are as many as the actions and
the refs run in order."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.ref, a.status.raw) for a in extract(text, name="plan.txt").actions]


def test_the_pairs_give_the_actions_their_refs_and_statuses_in_order():
    pairs = _pairs((PENDING / "dhr_plan_status_first_composite_refs.txt").read_text())
    assert pairs == [
        ("WH4/R1/A1", "Embedded"),
        ("WH4/R1/A2", "Implemented"),
        ("WH4/R2/A1", "In train"),
        ("WH4/R2/A2", "Not yet due"),
        ("WH4/R2/A3", "In train"),
        ("WH4/R3/A1", "Implemented"),
        ("WH4/R3/A2", "Not yet due"),  # (printed inside the third recommendation's cell)
    ]


def test_a_status_broken_by_the_column_edge_is_made_whole():
    pairs = _pairs((PENDING / "dhr_plan_status_first_broken_status.txt").read_text())
    assert pairs[0] == ("FS2/R1/A1", "Implemented")  # ("Implement" / "ed" under the name)
    assert pairs[6] == ("FS2/R3/A2", "Implemented")  # ("ed" two lines on, in the cell beside it)
    assert [status for _, status in pairs].count("Implemented") == 3


def test_pairs_out_of_order_or_short_give_nothing():
    text = (PENDING / "dhr_plan_status_first_composite_refs.txt").read_text()
    swapped = (
        text.replace("WH4/R2/A1", "WH4/R2/AX")
        .replace("WH4/R1/A2", "WH4/R2/A1")
        .replace("WH4/R2/AX", "WH4/R1/A2")
    )
    assert all(status is None for _, status in _pairs(swapped))
    short = text.replace("In train\n\nWH4/R2/A3\n\n", "", 1)
    assert all(status is None for _, status in _pairs(short))
