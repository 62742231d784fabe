"""Build a plan whose plain-text export (pdftotext, no -layout) prints its Ref column of action
codes as one block. All people, places and bodies are fictional; the wording is our own.

* `textplan_ref_codes_column_blocks`: a Community Safety Partnership's DHR action plan, one
  landscape table Rec | Recommendation | Ref | Action | Lead | Target date | Status, the number
  and recommendation cells merged down over their actions, each action row with its own code
  ("1.1", "1.2", "2.1" ...). Plain pdftotext prints the numbers as one run, the recommendation
  cells as runs of their own, the codes as one block ("1.1" ... "4.1"), then the action rows;
  the codes name the actions in the order they are printed.

    python tests/zoo/s22colrefs_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import merged_plan_records, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "textplan_ref_codes_column_blocks"
RECS = [
    (
        "1",
        "Lindmere Community Safety Partnership to make sure that older victims are told about the "
        "outreach service.",
        [
            (
                "1.1",
                "Write a leaflet on the outreach service for older people.",
                "Outreach Manager",
                "31/08/2024",
                "Complete",
            ),
            (
                "1.2",
                "Give the leaflet to every day centre and sheltered housing scheme.",
                "Outreach Manager",
                "December 2024",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        "Oxcombe Ambulance Service to record when a patient says that a family member hurt them.",
        [
            (
                "2.1",
                "Add a prompt to the electronic patient record.",
                "Clinical Safety Lead",
                "March 2025",
                "Not started",
            ),
        ],
    ),
    (
        "3",
        "Fernaby Housing to check the safety of a tenant who asks to change the locks.",
        [
            ("3.1", "Add a safety question to the lock form.", "Tenancy Manager", "30/11/2024", "Complete"),
            (
                "3.2",
                "Brief the repairs call centre on the new question.",
                "Repairs Team Leader",
                "January 2025",
                "In progress",
            ),
        ],
    ),
    (
        "4",
        "Lindmere Community Safety Partnership to share the lessons of this review with the "
        "faith groups in the borough.",
        [
            (
                "4.1",
                "Hold a learning event with the faith forum in the spring.",
                "Partnership Officer",
                "May 2025",
                "Not started",
            ),
        ],
    ),
]


def build(folder: Path) -> None:
    doc = new_document("Lindmere Community Safety Partnership – DHR action plan")
    doc.add_paragraph().add_run("Lindmere Community Safety Partnership").bold = True
    doc.add_paragraph("Domestic Homicide Review ‘Ottilie’ (LMCSP DHR 2023/1) – Action Plan")
    doc.add_paragraph(
        "The plan is reviewed by the DHR Steering Group each quarter. Position at October 2024."
    )
    t = table(
        doc,
        ["Ref", "Recommendation", "Action", "Lead", "Target date", "Status"],
        [1.3, 6.5, 7.0, 4.2, 2.8, 2.6],
    )
    for _, text, actions in RECS:
        merged_rows(t, [1], [text], [list(a) for a in actions])
    save_rendered(doc, folder, STEM)
    lines = (folder / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recommendations, actions = merged_plan_records(lines, RECS, coded=True)
    gold = plan_gold(
        STEM,
        description=(
            "Standalone DHR action plan: one landscape table Rec | Recommendation | Ref | Action | Lead | "
            "Target date | Status, the number and recommendation cells merged down over their actions, each "
            "action with its own code; plain pdftotext prints the codes as one block ('1.1' ... '4.1') apart "
            "from the action rows."
        ),
        review=review("DHR", "Lindmere", "Ottilie"),
        recommendations=recommendations,
        actions=actions,
        notes="Recommendations: the Recommendation cells, ref the Rec cell. Actions: one per Action "
        "cell, ref its Ref cell, recommendation_ref the merged Rec cell.",
    )
    save_gold(folder, STEM, gold)


if __name__ == "__main__":
    build(HERE)
