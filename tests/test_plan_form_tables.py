"""A plan printed as one two-column form table per action, as public protection reviews' plan
templates print it: "Action N:" | action, "Recommendation:" | number, a question row no plan field
names ("How will this be delivered?" | how), "By whom? (Role):" | lead, "Timescale (with dates):" |
date, "Position, <month year>:" | status words. Each table is one action with its lead, target and
status; the question row is the action's detail, not a record and not the end of the box."""

from __future__ import annotations

from docx import Document

from dhrparse.pipeline import extract

FORMS = [
    (
        "1",
        "Rewrite the move-on procedure for hostels.",
        "Head of Public Protection",
        "By 30 June 2024",
        "Achieved",
    ),
    (
        "2",
        "Report police attendance at risk meetings.",
        "Detective Inspector",
        "By 31 May 2025",
        "Not yet started",
    ),
]


def _plan(path, question="How will this be delivered?"):
    doc = Document()
    doc.add_heading("Serious Case Review: Offender C", 0)
    doc.add_heading("Recommendations", 1)
    doc.add_paragraph("1. The Board should make sure every move from a hostel is reviewed first.")
    doc.add_paragraph("2. The police should attend every risk meeting about the case.")
    doc.add_heading("Action plan", 1)
    for number, action, lead, when, position in FORMS:
        table = doc.add_table(rows=0, cols=2)
        for label, value in [
            (f"Action {number}:", action),
            ("Recommendation:", number),
            (question, "Through the panel chairs."),
            ("By whom? (Role and agency):", lead),
            ("Timescale (with dates):", when),
            ("Position, March 2025:", position),
        ]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.add_paragraph("")
    doc.add_heading("Monitoring", 1)
    doc.add_paragraph("The Board will review the plan in September 2025.")
    doc.save(path)
    return path


def test_each_form_table_is_an_action_with_lead_target_and_status(tmp_path):
    actions = extract(_plan(tmp_path / "a.docx")).actions
    assert [(a.ref, a.recommendation_ref) for a in actions] == [("1", "1"), ("2", "2")]
    assert [a.lead for a in actions] == ["Head of Public Protection", "Detective Inspector"]
    assert [a.target_date.start for a in actions] == ["2024-06-30", "2025-05-31"]
    assert [a.status.value for a in actions] == ["complete", "not_started"]
    assert all("panel chairs" not in a.action for a in actions)


def test_a_long_row_that_is_no_form_label_is_not_taken_for_one(tmp_path):
    # a question of more words than a form's label: the box ends there, as before
    long = "What is the panel's view on whether this has been done and how do we know it?"
    actions = extract(_plan(tmp_path / "b.docx", question=long)).actions
    assert all(a.lead is None for a in actions)
