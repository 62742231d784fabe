"""A plan's Recommendation cell holding only a label's words ("Local Recommendation",
"National"), its number and sentence cut off into the cells beside it where a row's cells print
joined, names no recommendation: beside the report's own recommendations it is no record
(extractors/recommendations/plan_labels.without_bare_labels)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import dhrparse
from dhrparse.extractors.recommendations.plan_labels import without_bare_labels
from dhrparse.extractors.recommendations.vocabulary import Vocabulary
from dhrparse.patterns import load_patterns

ZOO = Path(__file__).resolve().parent / "zoo"


def _reading():
    return SimpleNamespace(vocab=Vocabulary.of(load_patterns()))


def _rec(text: str, ref: str | None = None):
    return SimpleNamespace(ref=ref, text=text)  # (the fields a plan statement is judged by)


@pytest.mark.parametrize(
    "text", ["Local Recommendation", "National", "Recommendation", "National Recommendation –"]
)
def test_a_label_alone_is_dropped_beside_the_reports_records(text):
    report = [_rec("The Board should publish guidance.", "1")]
    assert without_bare_labels(_reading(), report, [_rec(text, "3")]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Local Recommendation 3",
        "Local Recommendation 3: The Board should publish guidance.",
        "National guidance should be published.",
        "Train assessment staff",
    ],
)
def test_a_cell_with_a_number_or_words_of_its_own_is_kept(text):
    report = [_rec("The Board should publish guidance.", "1")]
    plan = [_rec(text, "3")]
    assert without_bare_labels(_reading(), report, plan) == plan


def test_with_no_report_records_the_plan_is_left_alone():
    plan = [_rec("Local Recommendation", "3")]
    assert without_bare_labels(_reading(), [], plan) == plan


def test_the_corpus_text_plan_gives_no_label_records():
    recs = dhrparse.extract(ZOO / "plan_links_worded_series.corpus.txt").recommendations
    assert not [r for r in recs if r.text.strip() in ("National", "Local Recommendation")]
    assert [r.ref for r in recs][:5] == ["National 1", "National 2", "Local 1", "Local 2", "Local 3"]
