"""A title page's fact strip (headed cells side by side over one row of values) as plain
pdftotext prints it: the heads first, then the values, a value wrapped in its narrow cell so
that its last word stands alone on a line ("Braxby Safer Communities" / "Partnership"). That
word reads as a label by itself, yet it is only the value's end: the values are still paired
with their heads, so the date of death under "Date of death" is read."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.extractors.review.cover_table import paired
from dhrparse.patterns import load_patterns

STEM = (
    Path(__file__).resolve().parent / "zoo" / "pending" / "dhr_overview_fact_strip_ho_plan_status_in_outcome"
)


def test_a_value_wrapped_onto_a_label_word_is_paired():
    lines = [
        "Review reference",
        "Commissioned by",
        "Date of death",
        "KXR/DHR/2021/02",
        "Kelbourne Safer Communities",
        "Partnership",
        "19/05/2021",
    ]
    out = paired(lines, load_patterns(), len(lines))
    assert out == [
        "Review reference: KXR/DHR/2021/02",
        "Commissioned by: Kelbourne Safer Communities Partnership",
        "Date of death: 19/05/2021",
    ]


def test_a_run_of_labels_after_the_values_is_still_no_value():
    lines = ["Commissioned by", "Date of death", "Review author", "Chair"]
    assert paired(lines, load_patterns(), len(lines)) == lines


def test_the_strips_date_of_death_is_read_from_plain_text():
    review = dhrparse.extract(STEM.with_name(STEM.name + ".txt")).review
    assert review.date_of_death.start == "2022-11-04"
    assert review.review_id == "BXP/DHR/2022/07"
