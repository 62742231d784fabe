"""A heading that only sometimes heads a chronology ("What happened") over a summary's story,
with the next chapter ("Recommendations") and the plan after it put under that heading by a
plain text export's heading levels: the plan's target dates and review dates are no events, and
the story is judged without them (undated paragraphs: no chronology). A table header printed a
name a line ("Week" / "commencing" / "Agency" / "What happened") still names its chronology
where its date cells, run into the paragraphs, give the content no dated entries of its own.
The families: tests/zoo/pending/saer_improvement_plan_action_ref_column_drumlaggan,
sar_board_plan_done_doing_to_do_* and cspr_week_rows_unnumbered_chapters, plain pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"


@pytest.mark.parametrize(
    "stem",
    [
        "saer_improvement_plan_action_ref_column_drumlaggan",
        "sar_board_plan_done_doing_to_do_ashcombe_vale",
        "sar_board_plan_done_doing_to_do_merged_rec_brindlemoor",
    ],
)
def test_a_plan_under_the_story_heading_is_no_chronology(stem):
    doc = extract(ZOO / f"{stem}.txt")
    assert doc.chronology == []
    assert doc.actions  # (the plan is still read as the plan)


def test_a_header_printed_a_name_a_line_still_names_the_chronology():
    doc = extract(ZOO / "cspr_week_rows_unnumbered_chapters.txt")
    assert [e.date.start for e in doc.chronology] == [
        "2023-01-09",
        "2023-01-23",
        "2023-01-23",
        "2023-03-06",
        "2023-04-17",
    ]
    assert all("Partnership should" not in e.text for e in doc.chronology)
