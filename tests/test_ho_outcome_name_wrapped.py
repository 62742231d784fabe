"""The Home Office template in corpus text whose narrow Target Date column wraps its name beside
the last name's first words: the header's first printed line ends "Target Date of", "completion
and" / "Outcome" printed on the lines under it among the scope name's wrapped words. The header's
wrapped words name the outcome column the first line leaves out, so the tracker reader
(plan.tracker_rows) cuts each row's first line into seven cells, the last its outcome."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"


def test_every_action_reads_its_date_and_outcome_under_the_wrapped_name():
    doc = extract(ZOO / "plan_ho_outcome_name_wrapped.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert [(a.recommendation_ref, a.action.split()[0]) for a in doc.actions] == [
        ("1", "Collect"),
        ("1", "Reprint"),
        ("2", "Add"),
        ("2", "Check"),
        ("3", "Chair"),
        ("4", "Write"),
        ("4", "Ask"),
    ]
    assert [a.target_date.raw if a.target_date else None for a in doc.actions][:4] == [
        "31/01/2024",
        "30/06/2024",
        "31/03/2024",
        "30/09/2024",
    ]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "not_started",
    ]
