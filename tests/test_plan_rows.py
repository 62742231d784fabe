"""Row assembly in plan tables: continued rows, further actions under one recommendation."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEADER = "\tRecommendation\tAction to take\tLead Agency\tTarget Date\tDate of completion and Outcome"


def _plan(*rows: str) -> str:
    return "\n".join(["Action plan", "", HEADER, *rows]) + "\n"


def _rows(text: str):
    return [
        (a.ref, a.recommendation_ref, a.action, a.lead, a.status.value)
        for a in extract(text, name="plan.txt").actions
    ]


def test_a_further_action_under_a_merged_recommendation_cell_is_its_own_row():
    text = _plan(
        "1\tThe police should train staff.\tTrain response officers.\tNorthvale Police\tMarch 2023\tCompleted",
        "\t\tAudit body-worn footage.\tNorthvale Police\tJune 2023\tIn progress",
    )
    assert _rows(text) == [
        ("1", "1", "Train response officers.", "Northvale Police", "complete"),
        ("1", "1", "Audit body-worn footage.", "Northvale Police", "in_progress"),
    ]


def test_text_continuing_a_cell_joins_the_row_above():
    text = _plan(
        "1\tThe council should publish guidance.\tPublish guidance for\tEastmoor Council\tMay 2023\t",
        "\t\thousing officers.\t\t\t",
    )
    assert _rows(text) == [
        ("1", "1", "Publish guidance for housing officers.", "Eastmoor Council", "unknown")
    ]


def test_a_row_continued_under_a_repeated_header_joins_the_row_above():
    text = _plan(
        "1\tThe council should publish guidance.\tPublish guidance for\tEastmoor Council\tMay 2023\t",
        "\fPage 2",
        HEADER,
        "\t\tHousing officers and their managers.\t\t\tComplete",
        "2\tThe police should train staff.\tTrain response officers.\tNorthvale Police\tMarch 2023\t",
    )
    rows = _rows(text)
    assert [r[0] for r in rows] == ["1", "2"]
    assert (
        rows[0][2] == "Publish guidance for Housing officers and their managers." and rows[0][4] == "complete"
    )


def test_a_date_in_the_date_of_completion_column_means_completed():
    text = _plan(
        "1\tThe police should train staff.\tTrain response officers.\tNorthvale Police\tMarch 2023\t"
        + "14/12/2022 – forty officers trained",
        "2\tThe council should publish guidance.\tPublish guidance.\tEastmoor Council\tJune 2023\t",
    )
    first, second = extract(text, name="plan.txt").actions
    assert first.status.value == "complete" and first.status.judged_from.startswith("Date of completion")
    assert second.status.value == "unknown"  # a target date alone never completes an action
