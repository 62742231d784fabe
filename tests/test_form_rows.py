"""Form boxes plain pdftotext printed a row at a time, label over value (plan.label_rows with
plan.form_labels): boxes numbered in their opening label ("Action 1:"), a label wrapped in the
narrow label column, a question the form asks that no column names, and a box's number set
aside by cleaning before a page's foot."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.pipeline import extract

FORM = Path(__file__).resolve().parent / "zoo" / "pending" / "plan_form_rows_numbered.txt"


def _read(doc: dict) -> list[tuple]:
    return [
        (
            a["ref"],
            a["recommendation_ref"],
            a["lead"],
            (a["target_date"] or {}).get("raw"),
            a["status"]["value"],
        )
        for a in doc["actions"]
    ]


def test_numbered_boxes_read_with_their_wrapped_lead_label_and_the_question_row():
    assert _read(extracted_json(FORM)) == [
        ("1", "1", "Head of Public Protection, Probation Service", "By 31 December 2024", "complete"),
        ("2", "2", "Detective Inspector, Offender Management Unit", "By 31 March 2025", "in_progress"),
        ("3", "3", "Senior Probation Officer, Tarnwick Unit", "By 30 June 2025", "in_progress"),
        ("4", "4", "Board Business Manager", "By 31 October 2025", "not_started"),
    ]


def test_question_row_is_no_field_of_the_action():
    doc = extracted_json(FORM)
    first = doc["actions"][0]
    assert "New procedure issued" not in str(first["lead"]) + str(first["status"]["raw"])


def _boxes_of(tmp_path: Path, old: str, new: str, count: int = 1) -> list[tuple]:
    text = FORM.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "form.txt"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return _read(extract(path).model_dump())


def test_a_number_used_twice_is_no_run_of_numbered_boxes(tmp_path: Path):
    """Two boxes numbered alike are not one run of a form's boxes: the run is read from the
    second, the box before it not paired with the boxes after."""
    acts = _boxes_of(tmp_path, "Action 2:", "Action 1:")
    assert [lead for _, _, lead, _, _ in acts] == [
        "Detective Inspector, Offender Management Unit",
        "Senior Probation Officer, Tarnwick Unit",
        "Board Business Manager",
    ]


def test_a_long_question_is_prose_not_a_form_row(tmp_path: Path):
    """A line ending in a question mark but longer than a form's question is no row of a box:
    every box then stops short of its lead, and none is paired."""
    long = "How will it be done, and who will check that it has been done well enough for the Board?"
    acts = _boxes_of(tmp_path, "How will it be done?", long, -1)
    assert not any(lead for _, _, lead, _, _ in acts)
