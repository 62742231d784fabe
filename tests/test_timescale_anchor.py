"""A SAR or DHR plan whose timescales are spans ("Within 3 months", "Within six weeks") counted
from a day the plan states as such: "All timescales are counted from the date this plan was signed
off by the Board on 14 May 2025". Such a span is dated from that day (the span's end, relative,
its words kept); with no anchor stated, an anchor naming no plan or timescale (the review's
commissioning), or two different anchor days, it stays undated. "Immediate", "Ongoing" and "By
the next Board meeting" are never dated (plan.timescale_anchor; zoo: tests/zoo/pending/
build_sar_plan_relative_timescales.py, heldout43 family 3's shape)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_build import paragraphs_and_table  # noqa: E402

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
HEADER = ["Ref", "Action", "Owner", "Timescale", "Status"]
INTRO = ["Safeguarding Adults Review action plan", "Background to the review and its findings."]
SIGNED_OFF = "Timescales run from the date the plan was signed off by the Board on 14 May 2025."


def _targets(paragraphs, spans):
    rows = [
        [f"{k}.1", f"Write the guidance on referrals number {k}", "Safeguarding Lead", span, "Open"]
        for k, span in enumerate(spans, 1)
    ]
    doc = extract(paragraphs_and_table(paragraphs, HEADER, rows), name="plan.docx")
    return [(a.target_date.raw, a.target_date.start) for a in doc.actions]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_spans_from_the_printed_sign_off_day(suffix):
    doc = extracted(PENDING / f"sar_plan_relative_timescales_open_closed_tillbrook{suffix}")
    targets = {a.ref: (a.target_date.raw, a.target_date.start, a.target_date.relative) for a in doc.actions}
    assert targets["2(a)"] == ("Within 3 months", "2025-08", True)
    assert targets["2(c)"] == ("Within 12 months", "2026-05", True)
    assert targets["1(a)"][1:] == (None, False)  # ("Immediate")
    assert targets["3(a)"][1] is None  # ("By the next Board meeting")


def test_a_plan_agreed_at_a_meeting_dates_its_spans():
    doc = extracted(PENDING / "sar_plan_relative_timescales_agreed_ockleigh.pdf")
    targets = {a.ref: (a.target_date.raw, a.target_date.start) for a in doc.actions}
    assert targets["1.2"] == ("Within 9 months", "2025-07")
    assert targets["3.2"] == ("Ongoing", None)


def test_a_span_in_words_and_in_weeks():
    assert _targets([*INTRO, SIGNED_OFF], ["Within six months", "Within 6 weeks", "Ongoing"]) == [
        ("Within six months", "2025-11"),
        ("Within 6 weeks", "2025-06-25"),
        ("Ongoing", None),
    ]


def test_no_anchor_no_date():
    assert _targets(INTRO, ["Within 3 months"]) == [("Within 3 months", None)]


def test_a_date_naming_no_plan_is_no_anchor():
    commissioned = "The Partnership agreed on 3 March 2024 to commission this review."
    assert _targets([*INTRO, commissioned], ["Within 3 months"]) == [("Within 3 months", None)]


def test_two_anchor_days_date_nothing():
    again = "A revised plan was approved by the Board on 9 September 2025."
    assert _targets([*INTRO, SIGNED_OFF, again], ["Within 3 months"]) == [("Within 3 months", None)]


def test_a_span_of_something_else_stays_undated():
    assert _targets([*INTRO, SIGNED_OFF], ["Within 3 months of publication"]) == [
        ("Within 3 months of publication", None)
    ]


def test_a_label_gives_the_day_a_note_ties_the_timescales_to():
    label = "Date signed off by the Board: 14 May 2025"
    tie = "Timescales run from the Board's sign-off of this plan."
    assert _targets([*INTRO, label, tie], ["Within 3 months"]) == [("Within 3 months", "2025-08")]


def test_a_label_alone_is_no_anchor():
    label = "Date approved: 14 May 2025"
    assert _targets([*INTRO, label], ["Within 3 months"]) == [("Within 3 months", None)]


def test_the_sentence_wrapped_over_two_lines():
    wrapped = ["Timescales run from the date the action", "plan was signed off by the Board on 14 May 2025."]
    assert _targets([*INTRO, *wrapped], ["Within 3 months"]) == [("Within 3 months", "2025-08")]


def test_a_day_closing_its_sentence_before_a_note_on_the_timescales():
    note = ["Signed off by the Board on 14 May 2025.", "All timescales run from this date."]
    assert _targets([*INTRO, *note], ["Within 3 months"]) == [("Within 3 months", "2025-08")]


def test_a_day_the_sentence_goes_on_after_is_no_label():
    note = ["Agreed on 3 March 2024 to commission this review.", "All timescales run from publication."]
    assert _targets([*INTRO, *note], ["Within 3 months"]) == [("Within 3 months", None)]


def test_a_span_naming_the_sign_off():
    assert _targets(
        [*INTRO, SIGNED_OFF], ["Within 6 months of sign-off", "3 months from Board approval"]
    ) == [
        ("Within 6 months of sign-off", "2025-11"),
        ("3 months from Board approval", "2025-08"),
    ]


def test_a_label_row_in_joined_cell_text():
    doc = extracted(PENDING / "sar_plan_relative_timescales_agreed_ockleigh.corpus.txt")
    targets = {a.ref: (a.target_date.raw, a.target_date.start) for a in doc.actions}
    assert targets["1.2"] == ("Within 9 months", "2025-07")


def test_a_sentence_opening_with_the_sign_off_day():
    note = "On 14 May 2025 the Board signed off this plan; its timescales run from that day."
    assert _targets([*INTRO, note], ["Within 3 months"]) == [("Within 3 months", "2025-08")]
    # (a day opening a sentence about another act stays no anchor)
    other = "On 3 March 2024 the Partnership agreed to commission this review and its action plan."
    assert _targets([*INTRO, other], ["Within 3 months"]) == [("Within 3 months", None)]
    # (nor a day opening a narrative chronology's sentence about someone else's plan)
    safety = "On 25 June 2019 an IDVA called Megan and agreed a safety plan with her."
    assert _targets([*INTRO, safety], ["Within 3 months"]) == [("Within 3 months", None)]


def test_the_board_s_approval_in_a_table_caption():
    caption = "Table 1: actions and timescales (Board approval: 14 May 2025)"
    assert _targets([*INTRO, caption], ["Within 6 months"]) == [("Within 6 months", "2025-11")]


def test_a_background_sentence_on_another_act_is_no_label():
    # ("The Board endorsed the review on ..." is a sentence, not a label: the label's day alone
    # is the anchor the note ties the timescales to)
    background = "The Board endorsed the review on 2 April 2025."
    label = "Board sign-off: 14 May 2025"
    tie = "Timescales run from the Board sign-off date printed above."
    assert _targets([*INTRO, background, label, tie], ["Within 3 months"]) == [("Within 3 months", "2025-08")]
