"""A small Improvement action | Lead | By when table under each recommendation, no action
numbered, on the corpus-text route: rows open on the printed line their date ends
(plan/dated_rows.py, read by plan/narrow_rows.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.dated_rows import dated_rows, dated_starts
from dhrparse.plan.vocabulary import PlanVocabulary

ZOO = Path(__file__).resolve().parent / "zoo"


@pytest.fixture(scope="module")
def p():
    return load_patterns()


def test_only_action_lead_date_tables():
    assert dated_rows(["action", "lead", "target_date"])
    assert not dated_rows(["ref", "action", "lead", "target_date"])
    assert not dated_rows(["action", "target_date", "lead"])


def test_rows_open_where_the_date_ends_the_line(p):
    texts = [
        "Change the intake form so that Head of Adult Services November 2024",
        "earlier referrals are read. Social Work",
        "Audit thirty referrals APC Audit Group May 2025",
        "Recommendation 2",
        "The Partnership should train its staff by March 2025.",
        "Write a practice note Principal Practitioner February 2025",
    ]
    starts, bands = dated_starts(texts, p, PlanVocabulary.of(p).statement)
    assert starts == [0, 2, 5]
    assert bands == {3, 4}  # (the next recommendation's statement, its sentence ending on a date)


def test_tables_read_on_corpus_text():
    acts = extract(ZOO / "plan_improvement_tables_per_recommendation.corpus.txt").actions
    assert [a.recommendation_ref for a in acts] == ["1", "1", "2", "2", "3", "3"]
    assert [a.lead for a in acts] == [
        "Head of Adult Social Work",
        "APC Audit and Review Group",
        "Principal Practitioner, Adult Services",
        "APC Training Coordinator",
        "Associate Director of Nursing",
        "Primary Care Support Manager",
    ]
    assert acts[0].action.endswith("earlier referrals are always looked at.")
