"""A column-block plan's statuses read from the order plain pdftotext printed them in
(plan/status_bands.py): each row's band (date, update, rating) after a run of actions, and a
status column printed whole after every other cell. Where the order does not prove whose a
status is, none is given."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.status_bands import fill_band_statuses, fill_status_column

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


@pytest.mark.parametrize(
    ("stem", "raws"),
    [
        ("textplan_status_bands", ["Green", "Green", "Amber", "Red"]),
        (
            "textplan_status_column_last",
            ["Done", "Open – on track", "Open – delayed", "Done", "Open – on track"],
        ),
        # a "Progress" column of status words alone printed whole last is the status column
        # (plan.trailing_column)
        ("sar_summary_for_what_who_plan", ["Done", "Under way", "Not begun", "Under way", "Not begun"]),
        # a block of statuses wrapped in a narrow column ("Not yet" / "started"): parted after a whole one
        (
            "apr_learning_summary_boxes",
            ["Achieved", "Partially achieved", "Not yet started", "Partially achieved"],
        ),
        # a progress column printed last whose wrapped notes each open with a status word
        (
            "cspr_key_events_status_opening_update",
            [
                "Completed – the question was added to the record in February.",
                "In progress – the list is in draft and a trial starts next month.",
                "Not started – the film is planned for the autumn.",
                "Not started – due after the relaunch.",
            ],
        ),
    ],
)
def test_statuses_read_in_printed_order(stem, raws):
    actions = extract(PENDING / f"{stem}.txt").actions
    assert [a.status.raw for a in actions] == raws


def test_a_progress_column_printed_last_short_of_a_note_gives_no_status():
    text = (PENDING / "cspr_key_events_status_opening_update.txt").read_text()
    short = text.replace("Not started – due\nafter the relaunch.\n", "", 1)
    assert all(a.status.raw is None for a in extract(short, name="plan.txt").actions)


@dataclass
class _Row:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)


def _cells(*kinds: str, page: int = 1) -> list[BlockCell]:
    return [BlockCell(k, [Line(number=n, text=k, raw=k, page=page)]) for n, k in enumerate(kinds, 1)]


def _rows(cells: list[BlockCell]) -> list[_Row]:
    return [_Row(c) for c in cells if c.kind == "action"]


def _statuses(rows: list[_Row]) -> list[int | None]:
    return [r.values["status"].first if "status" in r.values else None for r in rows]


def test_each_band_gives_its_row_the_status_closing_it():
    cells = _cells("action", "action", "lead", "target_date", "other", "status", "target_date", "status")
    rows = _rows(cells)
    fill_band_statuses(rows, cells)
    assert _statuses(rows) == [6, 8]


@pytest.mark.parametrize(
    "kinds",
    [
        # a status printed before its band's date: a tall row's rating printed late
        ("action", "action", "target_date", "status", "status", "target_date"),
        # a word that may be a status or a date before its band's date
        ("action", "action", "target_date", "status", "date_or_status", "target_date", "status"),
        # a band more than the run: the next run's bands printed before its actions
        ("action", "target_date", "status", "target_date", "status", "action"),
        # two dates in one band
        ("action", "action", "target_date", "target_date", "status", "status"),
    ],
)
def test_bands_out_of_order_give_no_status(kinds):
    cells = _cells(*kinds)
    rows = _rows(cells)
    fill_band_statuses(rows, cells)
    assert _statuses(rows) == [None] * len(rows)


def test_bands_disagreeing_with_a_status_already_given_are_not_read():
    cells = _cells("action", "action", "target_date", "status", "target_date", "status", "status")
    rows = _rows(cells)
    rows[1].values["status"] = cells[6]
    fill_band_statuses(rows, cells)
    assert _statuses(rows) == [None, 7]


def test_a_status_column_printed_last_is_read_top_down():
    cells = _cells(
        "action", "action", "action", "name", "lead", "name", "status", "target_date", "status", "status"
    )
    rows = _rows(cells)
    fill_status_column(rows, cells, ["lead", "status"])
    assert _statuses(rows) == [7, 9, 10]


@pytest.mark.parametrize(
    ("kinds", "names"),
    [
        # another column's name after the status column's: not printed last
        (("action", "action", "name", "status", "status", "name", "other"), ["status", "progress"]),
        # an update among its cells: not the status column alone
        (("action", "action", "name", "status", "other", "status"), ["status"]),
        # fewer statuses than actions
        (("action", "action", "name", "status"), ["status"]),
    ],
)
def test_a_status_column_not_printed_whole_and_last_gives_nothing(kinds, names):
    cells = _cells(*kinds)
    rows = _rows(cells)
    fill_status_column(rows, cells, names)
    assert _statuses(rows) == [None] * len(rows)


def test_header_names_after_a_later_run_give_that_run_nothing():
    # the first row's action printed before the later columns' names: the date and status
    # printed under those names are the first row's, not the second run's
    cells = _cells("action", "lead", "action", "name", "target_date", "status", "lead")
    rows = _rows(cells)
    fill_band_statuses(rows, cells)
    assert _statuses(rows) == [None, None]


def test_a_progress_column_of_status_words_gives_the_first_row_its_status():
    # (no Status column: the Progress column's name over "Achieved" heads the first row's status;
    # the later rows' cells print out of order, given to no row)
    actions = extract(PENDING / "apr_learning_summary_boxes.txt").actions
    want = ["complete", "in_progress", "not_started", "in_progress"]
    assert actions[0].status.raw == "Achieved"
    assert all(a.status.value in (w, "unknown") for a, w in zip(actions, want, strict=True))
