"""Build plan_ho_dotted_refs_named_leads: a DHR overview report's action plan on the Home Office
template, landscape Calibri 9, numbered as the report's section numbers its recommendations
("6.1", "6.2", ...) in a first column the header leaves unnamed, then "Recommendation | Scope of
recommendation | Action to take | Lead Agency | Key milestones achieved in enacting
recommendation | Target Date | Date of completion and Outcome". The leads are names of two and
three words ("Harnworth Fire and Rescue Service") whose first line holds more than one word, and
several milestone cells open with a capitalised name ("Safeguarding Board agreed ..."), so a
row's first printed line joins capitalised words of two cells side by side.

Exported to PDF by LibreOffice and to text by `pdftotext -layout`; the corpus text is
dev/corpus_style.py's rendering of the PDF (pdfplumber, each printed line's cells joined by
single spaces). The gold is written here by hand.

    python tests/zoo/build_plan_ho_dotted_refs_named_leads.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # tests/zoo, for the merged-plan helpers and the gold frame
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import new_document, table, write  # noqa: E402

STEM = "plan_ho_dotted_refs_named_leads"
HEADERS = [
    "",
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [1.0, 4.6, 2.0, 4.4, 2.8, 4.4, 2.2, 4.0]

# (number, recommendation, scope, action, lead, milestones, target, outcome, status)
PLAN = [
    (
        "6.1",
        "Harnworth Community Safety Partnership should publish a short guide for neighbours and "
        "friends on how to raise a concern about domestic abuse.",
        "Local",
        "Write the guide with the survivors' reference group and place it in libraries.",
        "Harnworth Community Safety Partnership",
        "Reference group met twice and approved the wording.",
        "31/10/2024",
        "Completed 22/10/2024 – guide printed and online.",
        "complete",
    ),
    (
        "6.2",
        "Harnworth Fire and Rescue Service should add questions about domestic abuse to its home "
        "safety visits.",
        "Local",
        "Add three questions to the home safety visit form and brief the crews.",
        "Harnworth Fire and Rescue Service",
        "Safeguarding Board agreed the questions in May.",
        "30/09/2024",
        "Completed – form live since September.",
        "complete",
    ),
    (
        "6.3",
        "Greyhallow Hospitals NHS Trust should make sure that maternity staff ask every woman about "
        "abuse when she is seen alone.",
        "Local",
        "Audit thirty maternity records for routine enquiry each quarter.",
        "Greyhallow Hospitals NHS Trust",
        "Midwifery Matron completed the first audit.",
        "March 2025",
        "In progress – second audit under way.",
        "in_progress",
    ),
    (
        "6.4",
        "Harnworth Borough Council should check that a tenant reporting damage to the home is asked "
        "whether anyone has hurt them.",
        "Local",
        "Add a prompt to the repairs call script and train the contact centre.",
        "Harnworth Borough Council",
        "Contact Centre Manager drafted the prompt.",
        "31/12/2024",
        "In progress – training booked for November.",
        "in_progress",
    ),
    (
        "6.5",
        "Harnworth Police should review how officers record a victim's wish not to support a prosecution.",
        "Local",
        "Issue a practice note on recording the victim's reasons and dip sample twenty cases.",
        "Harnworth Police",
        "Practice note issued to all response teams.",
        "June 2025",
        "Not started – dip sample planned for spring.",
        "not_started",
    ),
    (
        "6.6",
        "The Home Office should consider asking review panels to hear from a victim's employer.",
        "National",
        "Letter from the Partnership's chair to the Home Office explaining the panel's reasons.",
        "Chair, Harnworth Community Safety Partnership",
        "Letter agreed by the panel.",
        "31/01/2025",
        "Completed 15/01/2025 – letter sent.",
        "complete",
    ),
]


def build() -> Path:
    doc = new_document("Harnworth CSP – DHR 'Odile' – Overview report")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(9)
    doc.add_paragraph("Harnworth Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Odile – Appendix B: Action Plan")
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, scope, action, lead, milestones, target, outcome, _ in PLAN:
        cells = t.add_row().cells
        for cell, width in zip(cells, WIDTHS):
            cell.width = Cm(width)
        for cell, value in zip(cells, [number, rec, scope, action, lead, milestones, target, outcome]):
            write(cell, value)
    doc.add_paragraph()
    doc.add_paragraph(
        "The plan will be reviewed by the Partnership every six months until each action is closed."
    )
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, scope, action, lead, _, target, outcome, state in PLAN:
        recs.append(ho_recommendation(number, rec, rec.split(" should ")[0].removeprefix("The "), scope))
        acts.append(ho_action(number, action, lead, target, outcome, state))
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Calibri 9): an unheaded first column "
            "numbering the rows as the report's section does ('6.1'), then Recommendation | Scope of "
            "recommendation | Action to take | Lead Agency | Key milestones achieved in enacting "
            "recommendation | Target Date | Date of completion and Outcome; leads of two and more words, "
            "milestones opening with a capitalised name; text route is pdftotext -layout of the PDF, "
            "corpus text pdfplumber's lines with their cells joined."
        ),
        review=review("DHR", "Harnworth", "Odile"),
        notes="Each row one action; the status is the outcome cell's opening words.",
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
