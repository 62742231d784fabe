"""A Welsh concise review's summary timeline: bullets each opening with a bold date and a colon
("12 March 2022: Mr P is discharged ..."), wrapped over two lines. Plain pdftotext prints the
bullet glyphs as a column of their own before the items, so the items run together as one
paragraph; a date and a colon opens an item as a date and a dash does (prepare.apart_bullets),
and each bullet is one event.

Stand-in: tests/zoo/pending/wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw.
"""

from __future__ import annotations

from pathlib import Path

import dhrparse

STEM = (
    Path(__file__).parent
    / "zoo/pending/wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw"
)


def test_each_bullet_one_event_on_plain_text():
    events = dhrparse.extract(Path(f"{STEM}.txt")).chronology
    assert [e.date.raw for e in events] == [
        "12 March 2022",
        "June 2022",
        "4 August 2022",
        "19 October 2022",
        "2 December 2022",
        "27 January 2023",
    ]
