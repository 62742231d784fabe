"""plan.form_tails: a form box's label wrapped in its narrow column, read from corpus text (each
printed line's cells joined): "Who is responsible? <lead>" over the label's aside "(Post and
agency):" gives the lead, the aside no part of it; an aside opening on the value's line and
closing on the next ("By whom? (Role and <lead>" / "agency):") gives none (not a guessed one)."""

from __future__ import annotations

import shutil
from pathlib import Path

from dhrparse.document import Line
from dhrparse.pipeline import extract
from dhrparse.plan.form_tails import form_label_tail, open_aside

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _leads(stem: str, tmp_path: Path) -> list[str | None]:
    text = tmp_path / f"{stem}.txt"  # (the corpus-text rendering read as a text file)
    shutil.copy(PENDING / f"{stem}.corpus.txt", text)
    return [a.lead for a in extract(text).actions]


def test_a_question_label_over_its_wrapped_aside_gives_the_lead(tmp_path):
    leads = _leads("plan_form_rows_numbered", tmp_path)
    assert leads[:2] == [
        "Head of Public Protection, Probation Service",
        "Detective Inspector, Offender Management Unit",
    ]
    assert leads[3] == "Board Business Manager"


def test_an_aside_closing_on_the_next_line_gives_no_lead(tmp_path):
    assert _leads("plan_form_per_action", tmp_path) == [None, None, None]


def test_the_asides_line_is_told_from_a_value_carried_on():
    labelled = Line(10, "Who is responsible? Head of Housing", page=1)
    assert form_label_tail(labelled, Line(12, "(Post and agency):", page=1), 2)
    assert form_label_tail(labelled, Line(12, "agency):", page=1), 2)
    assert not form_label_tail(labelled, Line(12, "Options and Lettings", page=1), 2)
    assert not form_label_tail(labelled, Line(16, "(Post and agency):", page=1), 2)  # (too far below)
    assert open_aside("(Role and Head of Housing") and not open_aside("(North) Housing Team")
