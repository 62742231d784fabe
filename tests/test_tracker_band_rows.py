"""A plan in corpus text whose recommendations print as bands across the table ("Recommendation
2: ...") over action rows with no number, "Action | Lead officer | By when | Evidence of impact |
Status" (plan.band_rows, read by plan.tracker_rows): each row found by its first printed line,
which opens with a capital and prints a date after the action's first words."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan import band_rows
from dhrparse.plan.tracker_rows import TrackerShapes
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
SHAPES = TrackerShapes(P)


def test_rows_open_under_the_bands_where_a_date_is_printed():
    texts = {
        1: "Recommendation 1: The Board should make sure that partners hold a meeting",
        2: "at risk stops engaging with more than one service.",
        3: "Publish a short guide on calling a Board Business 30.09.2024 Guide on the website Complete",
        4: "multi-agency meeting Manager since September 2024.",
        5: "Audit ten cases where a person Chair, Quality Q4 2024/25 Audit planned. In progress",
        6: "Recommendation 2: The Council should record the reasons a person gives",
        7: "Train duty teams to record the Principal Social Within 3",
        8: "2025: notification made in 14 cases.",
    }
    bands = band_rows.band_lines(texts, PlanVocabulary.of(P).statement)
    assert bands == [1, 6]
    assert [k for k, _ in band_rows.row_openings(texts, bands, SHAPES)] == [3, 5, 7]


def test_a_row_whose_date_cell_reads_as_no_date_is_not_clear():
    roles = ["action", "lead", "target_date", "status"]
    rows = [(3, "", ["Publish a guide", "Board Manager", "30.09.2024", "Complete"])]
    assert band_rows.clear(rows, roles, SHAPES)
    rows.append((5, "", ["Audit ten cases", "Chair", "Audit planned", "In"]))
    assert not band_rows.clear(rows, roles, SHAPES)
    rows[-1] = (5, "", ["Audit ten cases", "Chair", "Q4 2024/25", "In"])  # ("In" over "progress")
    assert band_rows.clear(rows, roles, SHAPES)


def test_band_plan_reads_every_row_under_its_recommendation():
    doc = extract(PENDING / "plan_bands_over_unnumbered_action_rows.corpus.txt")
    assert [a.target_date.raw if a.target_date else None for a in doc.actions] == [
        "30.09.2024",
        "Q4 2024/25",
        "31.12.2024",
        "Within 3 months",  # (its unit wrapped to the next printed line: plan.span_wraps)
        "June 2025",
        "Ongoing",
    ]
    assert [a.action.split()[0] for a in doc.actions] == [
        "Publish",
        "Audit",
        "Add",
        "Train",
        "Change",
        "Check",
    ]
