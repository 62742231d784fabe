"""A title page's fact strip (four headed cells side by side over one row of values) as a text
layer joins it, corpus text: the heads on one line with a wrapped head word under it, the values
on one line with a body's wrapped last word under it. Each value is read under its head only
where the words part one way (extractors.review.joined_strip); a line of heads the values do not
fit, or two ways to part them, is left as printed. The document is the pending zoo's
(tests/zoo/pending/build_dhr_overview_fact_strip_ho_plan_status_in_outcome.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.review.joined_strip import strips
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STRIP = [
    "Review reference Commissioned by Date of death Independent chair and",
    "author",
    "TLW/DHR/2021/04 Tollwick Safer Communities 12/03/2021 Ansel Freyne",
    "Partnership",
    "1. Introduction",
]


def test_the_heads_and_values_part_one_way():
    assert strips(STRIP, P, len(STRIP)) == [
        "Review reference: TLW/DHR/2021/04",
        "Commissioned by: Tollwick Safer Communities Partnership",
        "Date of death: 12/03/2021",
        "Independent chair and author: Ansel Freyne",
        "1. Introduction",
    ]


def test_values_that_do_not_fit_stay_as_printed():
    lines = [STRIP[0], STRIP[1], "The panel met four times in 2022 and agreed its terms", "1. Introduction"]
    assert strips(lines, P, len(lines)) == lines


def test_corpus_text_reads_the_author_and_date_of_death():
    doc = extract(PENDING / "dhr_overview_fact_strip_ho_plan_status_in_outcome.corpus.txt")
    assert doc.review.author == "Morag Ellery"
    assert doc.review.date_of_death.start == "2022-11-04"
