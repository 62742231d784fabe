"""An easy read review summary (the family of tests/zoo/pending's Cradlestone and Fellsmouth
stand-ins): sections of borderless picture | words rows, "What needs / has to change" numbered
by a large number beside each change, a plan "Change | What will be done | Who will do it | By
when | Done yet?" answered Yes / Started / Not yet. A wordless picture column is no column
(readers.docx_picture_rows); the easy read headings and plan names are vocabulary."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from dhrparse.pipeline import extract, read_bytes

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEMS = [
    "sar_easy_read_picture_rows_done_yet_cradlestone",
    "dhr_easy_read_picture_rows_has_it_happened_fellsmouth",
]


@pytest.mark.parametrize("route", [".pdf", ".docx"])
@pytest.mark.parametrize("stem", STEMS)
def test_changes_plan_and_story_are_read(stem, route):
    doc = extract(ZOO / f"{stem}{route}")
    refs = [r.ref for r in doc.recommendations]
    assert refs == [str(k) for k in range(1, len(refs) + 1)] and len(refs) >= 3
    assert doc.actions and all(
        a.status.value in ("complete", "in_progress", "not_started") for a in doc.actions
    )
    assert all(a.lead for a in doc.actions)
    # the story's events only: no "About" sentence, change or phone line is an event
    assert all(e.text.startswith(("In ", "On ")) for e in doc.chronology)
    assert all(e.location.section == "What happened" for e in doc.chronology)


def _rows_docx(left: list[str], right: list[str]) -> bytes:
    d = Document()
    d.add_paragraph("What happened")
    t = d.add_table(rows=len(left), cols=2)
    for k, (a, b) in enumerate(zip(left, right)):
        t.cell(k, 0).text, t.cell(k, 1).text = a, b
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[tuple[str, bool]]:
    return [(ln.text, ln.cells is not None) for ln in read_bytes(data, "rows.docx").lines if ln.text.strip()]


def test_a_wordless_picture_column_is_no_column():
    lines = _lines(_rows_docx(["", ""], ["In 2019 Ana moved to a new flat.", "In May 2021 she fell ill."]))
    assert lines[1:] == [("In 2019 Ana moved to a new flat.", False), ("In May 2021 she fell ill.", False)]


def test_a_column_with_words_stays_a_table():
    lines = _lines(_rows_docx(["1", "2"], ["Visit within a week.", "Tell the doctor."]))
    assert all(is_row for _, is_row in lines[1:])
    lines = _lines(_rows_docx(["", "Note"], ["In 2019 Ana moved.", "In 2021 she fell ill."]))
    assert all(is_row for _, is_row in lines[1:])
