"""A plan in corpus text (pdfplumber's lines, a printed table line's cells joined by single
spaces) numbering its recommendations in words as the report does, "Recommendation | Action |
Measure of success | Lead | By when", with no status column (plan.tracker_rows): each row's
first line opens with the number's word ("One Add a self-neglect prompt ..."), later actions
under the merged Recommendation cell open with no number and are found by their date, and a
timescale may be a span ("Within six" / "months")."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_rows import TrackerShapes

ZOO = Path(__file__).resolve().parent / "zoo"
P = load_patterns()


def test_a_span_is_a_timescale_and_its_first_line_half_of_one():
    shapes = TrackerShapes(P)
    assert shapes.date_shape("Within 6 months") == 1.0
    assert shapes.date_shape("Within 6") == 0.5
    assert shapes.date_shape("within the team") == 0.0


def test_word_numbered_plan_reads_every_action_with_its_recommendation():
    doc = extract(ZOO / "sar_plan_number_word_recommendations.corpus.txt")
    gold = extract(ZOO / "sar_plan_number_word_recommendations.txt")
    assert len(doc.actions) == len(gold.actions)
    assert [a.recommendation_ref for a in doc.actions] == [a.recommendation_ref for a in gold.actions]
    assert [a.action.split()[:3] for a in doc.actions] == [a.action.split()[:3] for a in gold.actions]
