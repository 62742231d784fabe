"""A Word plan table whose recommendations are band rows inside its grid ("Rec 1" in the first
cell, the recommendation's text merged over the other columns), each action row followed by a
full-width update row: the bands stay rows of the table, so the cells under a header naming no
field ("By") decide its role (month-year dates: the target date). Fictional bodies, our own
wording (the family of tests/zoo/pending's dhr_plan_rec_rows_update_row_status_sept_targets_hollinby)."""

from __future__ import annotations

import io

from docx import Document

import dhrparse

PLAN = [
    ("Rec 1", "The Partnership should make sure that every agency knows how to spot abuse by a carer."),
    ("1.1", "Write a practice guide on carer abuse.", "Partnership Manager", "Sept 2025"),
    ("Update, October 2025: Guide issued. Status: Complete.",),
    ("1.2", "Brief district nurses on the guide.", "Adult Safeguarding Lead", "Jan 2026"),
    ("Update, October 2025: One briefing held. Status: In progress.",),
    ("Rec 2", "GP practices should offer a private appointment to a patient who is always accompanied."),
    ("2.1", "Send a reminder to every practice.", "Designated Nurse", "Mar 2026"),
    ("Update, October 2025: No work yet. Status: Not started.",),
]


def _plan_docx() -> bytes:
    d = Document()
    d.add_paragraph("Domestic Homicide Review – action plan")
    table = d.add_table(rows=1 + len(PLAN), cols=4)
    for k, name in enumerate(["Ref", "Action required", "Lead officer", "By"]):
        table.rows[0].cells[k].text = name
    for n, row in enumerate(PLAN, start=1):
        cells = table.rows[n].cells
        if len(row) == 1:
            cells[0].merge(cells[3]).text = row[0]
        elif len(row) == 2:
            cells[0].text = row[0]
            cells[1].merge(cells[3]).text = row[1]
        else:
            for k, text in enumerate(row):
                cells[k].text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_band_rows_keep_the_table_whole_so_its_by_column_of_months_is_the_target():
    doc = dhrparse.extract(_plan_docx(), name="plan.docx")
    assert [(a.ref, a.target_date.start if a.target_date else None) for a in doc.actions] == [
        ("1.1", "2025-09"),
        ("1.2", "2026-01"),
        ("2.1", "2026-03"),
    ]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started"]
