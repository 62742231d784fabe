"""Build the pending zoo documents of action plans whose header row prints over two or three
lines, the narrow columns' names going on under the first line:

- `plan_header_number_names_wrapped`: a Board's multi-agency plan, Rec no. | Recommendation |
  Action no. | Action | Lead agency | Target | Progress | RAG, the two number columns so narrow
  that "Rec no." wraps after "Rec" and "Action no." breaks inside its first word ("Acti" / "on" /
  "no."); each recommendation's cells merged over its lettered actions (1a, 1b).
- `plan_header_rec_action_numbers`: a Board's plan, Rec | Action no. | Action | Lead | Target
  date | Status, every row opening with its recommendation's number and its own ("R2 2.1"), the
  action number column's name wrapped under the first line ("Action" / "no."): read as printed,
  the lone "no." named a column of its own at the header's end.
- `plan_header_flag_name_broken`: a single agency's plan, Ref | Action | Owner | Timescale |
  Progress | Completed (Y/N), the last column breaking "Completed" inside the word.

On the corpus-text route (pdfplumber's lines, the cells of a printed line joined by single
spaces) the first header line named a column twice, or not at all, and the plan was not read.
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_header_names_wrapped.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Cm  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import merged_rows, new_document, row, table  # noqa: E402

NUMBERS = "plan_header_number_names_wrapped"
PAIRED = "plan_header_rec_action_numbers"
FLAG = "plan_header_flag_name_broken"
RAG = {"G": "complete", "A": "in_progress", "R": "not_started"}
RAG_WORDS = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
RAG_WORDS["Complete – letter sent 2 May 2025"] = "complete"
# (number, recommendation, [(letter, action, lead, target, progress, RAG)])
RECS = [
    (
        "1",
        "Carers' assessments to be offered whenever a hospital discharge plan relies on family care",
        [
            (
                "a",
                "Add a carers' assessment prompt to the ward discharge checklist",
                "Marrowby General Hospital",
                "April 2024",
                "Prompt added and audited on four wards",
                "G",
            ),
            (
                "b",
                "Report monthly on prompts completed to the Board's assurance group",
                "Board Business Unit",
                "30/09/2024",
                "Two reports received so far",
                "A",
            ),
        ],
    ),
    (
        "2",
        "Pressure care advice shared with home care providers at every restart of care",
        [
            (
                "a",
                "Write a one-page pressure care handover for home care agencies",
                "Community Nursing Service",
                "Nov 2024",
                "Draft not yet started",
                "R",
            ),
        ],
    ),
    (
        "3",
        "Escalation between home care and adult social care when visits are refused",
        [
            (
                "a",
                "Agree a refused-visit escalation route with all contracted providers",
                "Marrowby Council Commissioning",
                "March 2025",
                "Route agreed with nine of twelve providers",
                "A",
            ),
            (
                "b",
                "Train provider managers on the escalation route",
                "Board Learning Group",
                "June 2025",
                "Sessions booked for the spring",
                "A",
            ),
        ],
    ),
]
# (recommendation's number, action's number, action, lead, target date, status)
PAIRED_ROWS = [
    (
        "R1",
        "1.1",
        "Map every day service used by adults with a learning disability in the borough",
        "Adult Social Care – Commissioning Manager",
        "31 August 2024",
        "Complete",
    ),
    (
        "R1",
        "1.2",
        "Present the map to the Quality Subgroup",
        "Board Business Manager",
        "October 2024",
        "Complete",
    ),
    (
        "R2",
        "2.1",
        "Write guidance on reviewing care plans when a day service closes",
        "Adult Social Care – Principal Social Worker",
        "Q3 2024/25",
        "In progress",
    ),
    (
        "R2",
        "2.2",
        "Brief team managers on the guidance",
        "Board Learning and Development Subgroup",
        "31/01/2025",
        "Not started",
    ),
    (
        "R3",
        "3.1",
        "Add a question on changes to daily routine to the annual health check template",
        "Fennick Primary Care Network – Clinical Lead",
        "March 2025",
        "In progress",
    ),
    (
        "R3",
        "3.2",
        "Audit ten annual health checks for the new question",
        "Fennick Primary Care Network",
        "Summer 2025",
        "Not started",
    ),
    (
        "R4",
        "4.1",
        "Board Chair to write to the regional commissioners about day service closures",
        "Independent Chair, Fennick SAB",
        "May 2025",
        "Complete – letter sent 2 May 2025",
    ),
]
# each recommendation as the report states it, before the plan names it shortly
STATED = {
    "1": "The Board should seek assurance that hospital discharge plans relying on family care offer the carer an assessment.",
    "2": "The Board should ask community nursing to share pressure care advice with home care providers whenever care restarts.",
    "3": "The Board should agree how home care providers escalate to adult social care when visits are refused.",
}
# (ref, action, owner, timescale, progress, completed)
FLAG_ROWS = [
    (
        "1",
        "Brief custody staff on the new vulnerability screening questions",
        "Custody Inspector",
        "31/05/2024",
        "All shifts briefed in May",
        "Y",
    ),
    (
        "2",
        "Audit twenty custody records a month for completed screening",
        "Quality Sergeant",
        "31/10/2024",
        "Three monthly audits done",
        "N",
    ),
    (
        "3",
        "Add the screening outcome to the handover template for officers",
        "Systems Manager",
        "31/12/2024",
        "Change request raised",
        "N",
    ),
    (
        "4",
        "Report audit results to the force vulnerability board",
        "Superintendent, Custody",
        "31/01/2025",
        "First report made in November",
        "Y",
    ),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:24] in ln)


def numbers_gold(lines: list[str]) -> dict:
    return plan_gold(
        NUMBERS,
        description=(
            "A Safeguarding Adults Board's multi-agency plan, landscape Arial 9: Rec no. | Recommendation "
            "| Action no. | Action | Lead agency | Target | Progress | RAG, the two number columns' names "
            "wrapped under the header's first line ('Rec' / 'no.', 'Acti' / 'on' / 'no.')."
        ),
        review=review("SAR", "Marrowby", "Edwin"),
        recommendations=[
            recommendation_record(n, STATED[n][:60], _line(lines, STATED[n])) for n, _, _ in RECS
        ],
        actions=[
            action_record(
                action[:50],
                _line(lines, action),
                ref=f"{n}{letter}",
                recommendation_ref=n,
                lead=lead,
                target_date_raw=target,
                target_date=iso(target),
                status_raw=rag,
                status=RAG[rag],
            )
            for n, _, actions in RECS
            for letter, action, lead, target, _, rag in actions
        ],
        notes="Actions: a lettered row each, under its recommendation's merged cells; RAG letters give the status.",
    )


def paired_gold(lines: list[str]) -> dict:
    return plan_gold(
        PAIRED,
        description=(
            "A Safeguarding Adults Board's plan, landscape Arial 9: Rec | Action no. | Action | Lead | "
            "Target date | Status, each row opening with its recommendation's number and its own, the "
            "action number column's name wrapped under the header's first line ('Action' / 'no.')."
        ),
        review=review("SAR", "Fennick", None),
        actions=[
            action_record(
                action[:50],
                _line(lines, action),
                ref=number,
                recommendation_ref=rec,
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=state,
                status=RAG_WORDS[state],
            )
            for rec, number, action, lead, when, state in PAIRED_ROWS
        ],
        notes="Actions: one a row, its ref the action's number, its recommendation_ref the Rec column's.",
    )


def flag_gold(lines: list[str]) -> dict:
    return plan_gold(
        FLAG,
        description=(
            "A police force's single-agency plan, landscape Arial 9: Ref | Action | Owner | Timescale | "
            "Progress | Completed (Y/N), the narrow last column breaking 'Completed' inside the word."
        ),
        review=review("DHR", "Ostley", None),
        actions=[
            action_record(
                action[:50],
                _line(lines, action),
                ref=ref,
                lead=owner,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=done,
                status="complete" if done == "Y" else "in_progress",
            )
            for ref, action, owner, when, _, done in FLAG_ROWS
        ],
        notes="Actions: one a row; the Y/N flag is the status (N with progress noted: under way).",
    )


def build_numbers(folder: Path = HERE) -> None:
    doc = new_document("Marrowby Safeguarding Adults Board – SAR ‘Edwin’")
    doc.add_heading("Safeguarding Adults Review ‘Edwin’", level=1)
    doc.add_paragraph(
        "Edwin was 81 and lived with his daughter, who cared for him after a stroke. He died in "
        "hospital in 2023 with pressure ulcers that had developed at home."
    )
    doc.add_heading("4. Recommendations", level=2)
    for n, _, _ in RECS:
        doc.add_paragraph().add_run(f"Recommendation {n}").bold = True
        doc.add_paragraph(STATED[n])
    doc.add_heading("5. Next steps", level=2)
    doc.add_paragraph("The Board accepted the three recommendations and agreed the plan below.")
    doc.add_page_break()
    doc.add_heading("Appendix: Multi-agency Action Plan", level=2)
    doc.add_paragraph("Key: R = not started; A = under way; G = done. Updated 3 February 2025.")
    headers = [
        "Rec no.",
        "Recommendation",
        "Action no.",
        "Action",
        "Lead agency",
        "Target",
        "Progress",
        "RAG",
    ]
    t = table(doc, headers, [1.1, 5.0, 1.0, 6.0, 4.0, 2.4, 5.2, 1.2])
    for n, text, actions in RECS:
        merged_rows(t, [0, 1], [n, text], [[f"{n}{a[0]}", *a[1:]] for a in actions])
    save_with_gold(doc, folder, NUMBERS, numbers_gold)


def build_paired(folder: Path = HERE) -> None:
    doc = new_document("Fennick Safeguarding Adults Board – SAR action plan")
    section = doc.sections[0]  # (portrait: the plan an appendix of the report)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_heading("Fennick SAB – SAR action plan (agreed 9 July 2024)", level=1)
    doc.add_paragraph("Each action is numbered under its recommendation.")
    t = table(
        doc, ["Rec", "Action no.", "Action", "Lead", "Target date", "Status"], [1.0, 1.4, 6.0, 3.8, 2.8, 2.4]
    )
    for values in PAIRED_ROWS:
        row(t, list(values))
    save_with_gold(doc, folder, PAIRED, paired_gold)


def build_flag(folder: Path = HERE) -> None:
    doc = new_document("Ostley Police – single agency action plan")
    doc.add_heading("Ostley Police – Domestic Homicide Review single agency action plan", level=1)
    doc.add_paragraph("Progress as reported to the review panel in March 2025.")
    t = table(
        doc,
        ["Ref", "Action", "Owner", "Timescale", "Progress", "Completed (Y/N)"],
        [1.0, 8.0, 4.5, 2.6, 8.6, 1.4],
    )
    for values in FLAG_ROWS:
        row(t, list(values))
    save_with_gold(doc, folder, FLAG, flag_gold)


if __name__ == "__main__":
    build_numbers()
    build_paired()
    build_flag()
