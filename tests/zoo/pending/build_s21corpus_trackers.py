"""Build the zoo documents of three plan families that read as nothing on the corpus-text route
(dev/corpus_style.py: pdfplumber's lines, the cells of a printed table line joined by single
spaces) before session 21:

* a Safeguarding Adults Board's plan appended to its review, No. | Action | Owner | Deadline |
  RAG | Commentary (the last column's name no column synonym held), RAG letters, and after it,
  under a title set as plain text, the plan's version log, Version | Date | Changes | Author,
  its rows numbered "0.1", "0.2", "1.0" (read before as more of the plan's rows);
* a Safeguarding Adults Board's plan, portrait, its recommendations printed as shaded bands
  across the table ("Recommendation 2: The Council should ...") over action rows with no
  number, Action | Lead officer | By when | Evidence of impact | Status, some statuses not yet
  given and a timescale given as a span ("Within 3 months");
* a community health trust's single-agency plan, Ref | Action | Lead | Target date | Assurance
  evidence | Date closed | Status: two columns no field is for, refs printed as the trust's
  letters and a number ("CHT 1"), "Open – on track" statuses and a later action's row under a
  merged Ref cell.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_s21corpus_trackers.py   # writes .docx, .pdf and .txt beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Cm  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import band, merged_rows, new_document, row, table  # noqa: E402

BOARD_PLAN = "plan_board_commentary_column_version_log"
TRUST_PLAN = "plan_trust_assurance_evidence_date_closed"
BANDS_PLAN = "plan_bands_over_unnumbered_action_rows"

BOARD_HEADERS = ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"]
BOARD_WIDTHS = [1.2, 8.0, 4.6, 2.6, 1.4, 8.2]
# (number, action, owner, deadline, RAG letter, commentary)
BOARD_ROWS = [
    (
        "1",
        "Write a short guide on working with people who refuse help at home",
        "Board Business Manager",
        "31/05/2025",
        "G",
        "Guide issued to all partners in May.",
    ),
    (
        "2",
        "Audit 25 closed self-neglect cases for a second visit before closure",
        "Head of Quality, Adult Social Care",
        "30/09/2025",
        "A",
        "Case list drawn; audit under way.",
    ),
    (
        "3",
        "Add a hoarding prompt to the fire service's home visit checklist",
        "Station Manager, Community Safety",
        "31/03/2025",
        "G",
        "Prompt live since 3 March 2025.",
    ),
    (
        "4",
        "Run two learning events for GP practice staff on refusals of care",
        "Named GP for Adult Safeguarding",
        "31/12/2025",
        "R",
        "Not yet begun – venue to be found.",
    ),
    (
        "5",
        "Report the audit findings to the Board's quality group",
        "Chair, Quality Group",
        "31/01/2026",
        "A",
        "Date set for the January meeting.",
    ),
]
VERSIONS = [
    ("0.1", "14/01/2025", "First draft from the review's recommendations", "Board Business Manager"),
    ("0.2", "11/02/2025", "Owners and deadlines agreed", "Board Business Manager"),
    ("1.0", "20/06/2025", "Progress added for the Board meeting", "Board Business Manager"),
]


STATUS = {
    "G": "complete",
    "A": "in_progress",
    "R": "not_started",
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – delayed": "in_progress",
}


def _line(lines: list[str], text: str) -> int:
    """The 1-based line of the export where `text` opens (the action's first words)."""
    return next(n for n, ln in enumerate(lines, 1) if text[:30] in ln)


def _action(lines, ref, section, action, lead, raw, date, status):
    return action_record(
        action[:60],
        _line(lines, action),
        ref=ref,
        agency_section=section,
        lead=lead,
        target_date_raw=raw,
        target_date=date,
        status_raw=status,
        status=STATUS[status],
    )


def board_gold(lines: list[str]) -> dict:
    return plan_gold(
        BOARD_PLAN,
        description=(
            "SAR summary with a Board action plan appended, Arial 9, landscape: No. | Action | "
            "Owner | Deadline | RAG | Commentary with RAG letters, then, under 'Version history' set as "
            "plain text, a Version | Date | Changes | Author table numbered 0.1, 0.2, 1.0."
        ),
        review=review("SAR", "Tallowmere", "Cedric", age=81),
        actions=[
            _action(lines, n, "overview", a, who, d, iso(d), rag) for n, a, who, d, rag, _ in BOARD_ROWS
        ],
        notes=(
            "Actions: one a numbered row; the RAG letter is the status (G done, A under way, R not "
            "begun). The version log's rows are no actions."
        ),
    )


def trust_gold(lines: list[str]) -> dict:
    section = "Penhallow Community Health Trust"
    return plan_gold(
        TRUST_PLAN,
        description=(
            "Single-agency DHR action plan of a community health trust, Arial 9, landscape: Ref | "
            "Action | Lead | Target date | Assurance evidence | Date closed | Status, refs 'CHT 1' to 'CHT 4', "
            "the first Ref cell merged over two actions, statuses Closed / Open – on track / Open – delayed."
        ),
        review=review("DHR", None, "Clemency"),
        actions=[
            _action(lines, ref, section, a, who, d, iso(d), st)
            for ref, actions in TRUST_ROWS
            for a, who, d, _, _, st in actions
        ],
        notes=(
            "Actions: one a row; the later action under the merged 'CHT 1' cell keeps that ref. "
            "Assurance evidence and Date closed are extra columns."
        ),
    )


def build_board_plan(folder: Path = HERE) -> Path:
    doc = new_document("Tallowmere Safeguarding Adults Board – SAR ‘Cedric’ – action plan")
    doc.add_heading("Tallowmere Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review ‘Cedric’ – Summary and Board Action Plan")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "1.1 Cedric was 81 and lived alone. He declined help from his district nurses and from "
        "adult social care many times over two years, and died after a fall at home in a winter "
        "when his heating had failed. The review asked how agencies worked with a man who said no."
    )
    doc.add_paragraph(
        "1.2 Each agency closed its involvement after a single refused visit. No one agency held "
        "the whole picture, and the fire service's visit in the autumn saw the state of the house "
        "but had no way to share it."
    )
    doc.add_heading("Appendix: Board action plan", level=2)
    doc.add_paragraph("RAG: G = done; A = under way; R = not begun or off track.")
    t = table(doc, BOARD_HEADERS, BOARD_WIDTHS)
    for values in BOARD_ROWS:
        merged_rows(t, [], [], [list(values)])
    doc.add_paragraph()
    doc.add_paragraph("Version history")
    v = table(doc, ["Version", "Date", "Changes", "Author"], [2.0, 3.0, 12.0, 6.0], repeat=False)
    for values in VERSIONS:
        row(v, list(values))
    save_with_gold(doc, folder, BOARD_PLAN, board_gold)


TRUST_HEADERS = ["Ref", "Action", "Lead", "Target date", "Assurance evidence", "Date closed", "Status"]
TRUST_WIDTHS = [1.5, 6.0, 4.0, 2.4, 6.4, 2.4, 2.5]
# (ref, [(action, lead, target, evidence, date closed, status)])
TRUST_ROWS = [
    (
        "CHT 1",
        [
            (
                "Add a question on who else lives at home to the first visit form",
                "Head of Nursing, Community Services",
                "30/06/2024",
                "Form v3 issued; audit of 30 first visits found 27 asked.",
                "12/09/2024",
                "Closed",
            ),
            (
                "Brief all community nursing teams on the new question",
                "Practice Educator",
                "31/08/2024",
                "Briefing given at six team meetings.",
                "",
                "Open – on track",
            ),
        ],
    ),
    (
        "CHT 2",
        [
            (
                "Include carers' own safety in the carers' assessment prompt",
                "Carers Lead",
                "31/12/2024",
                "Prompt drafted; awaiting the system supplier.",
                "",
                "Open – delayed",
            ),
        ],
    ),
    (
        "CHT 3",
        [
            (
                "Share the learning from this review at the trust's safeguarding forum",
                "Named Nurse for Adult Safeguarding",
                "30/04/2024",
                "Presented to the forum on 18 April 2024.",
                "18/04/2024",
                "Closed",
            ),
        ],
    ),
    (
        "CHT 4",
        [
            (
                "Audit twenty records for evidence that the patient was seen alone",
                "Safeguarding Practitioner",
                "31/03/2025",
                "Audit tool agreed; records chosen.",
                "",
                "Open – on track",
            ),
        ],
    ),
]


def build_trust_plan(folder: Path = HERE) -> Path:
    doc = new_document("Penhallow Community Health Trust – DHR ‘Clemency’ – single agency action plan")
    doc.add_heading("Penhallow Community Health Trust", level=1)
    doc.add_paragraph("Single Agency Action Plan – Domestic Homicide Review ‘Clemency’")
    doc.add_paragraph(
        "The trust's management review found that staff visiting the home did not ask who else "
        "lived there, and that the carer's own safety was not part of the carers' assessment. The "
        "actions below answer its findings. Status: Closed = done and the evidence accepted by the "
        "trust's safeguarding committee; Open = under way."
    )
    t = table(doc, TRUST_HEADERS, TRUST_WIDTHS)
    for ref, actions in TRUST_ROWS:
        merged_rows(t, [0], [ref], [list(a) for a in actions])
    doc.add_paragraph()
    doc.add_paragraph("Plan owner: Director of Nursing. Reviewed each quarter by the safeguarding committee.")
    save_with_gold(doc, folder, TRUST_PLAN, trust_gold)


BANDS_HEADERS = ["Action", "Lead officer", "By when", "Evidence of impact", "Status"]
BANDS_WIDTHS = [5.2, 3.0, 2.2, 4.4, 2.0]
# (recommendation, [(action, lead, by when, evidence, status)])
BANDS = [
    (
        "The Board should make sure that partners hold a multi-agency meeting when a person at "
        "risk stops engaging with more than one service.",
        [
            (
                "Publish a short guide on calling a multi-agency meeting",
                "Board Business Manager",
                "30.09.2024",
                "Guide on the Board website since September 2024.",
                "Complete",
            ),
            (
                "Audit ten cases where a person stopped engaging with two services",
                "Chair, Quality Sub-group",
                "Q4 2024/25",
                "Audit planned for February.",
                "In progress",
            ),
        ],
    ),
    (
        "Brisbourne Council Adult Social Care should record the reasons a person gives each time "
        "they refuse a care package.",
        [
            (
                "Add a refusal reasons field to the case recording system",
                "Head of Adult Social Care",
                "31.12.2024",
                "Field live since December 2024; use checked monthly.",
                "Complete",
            ),
            (
                "Train duty teams to record the reasons in the person's own words",
                "Principal Social Worker",
                "Within 3 months",
                "",
                "",
            ),
        ],
    ),
    (
        "Brisbourne Community Health Trust should tell the person's GP when a district nursing "
        "visit is refused twice.",
        [
            (
                "Change the district nursing visit procedure to notify the GP after a second refusal",
                "Deputy Director of Nursing",
                "June 2025",
                "Procedure redrafted; awaiting sign-off.",
                "Not started",
            ),
            (
                "Check twenty refused visits for a letter to the GP",
                "Named Nurse for Adult Safeguarding",
                "Ongoing",
                "First check due in the autumn.",
                "Ongoing",
            ),
        ],
    ),
]
BANDS_STATUS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Ongoing": "in_progress",
    "": None,
}


def bands_gold(lines: list[str]) -> dict:
    actions = []
    for n, (_, rows) in enumerate(BANDS, 1):
        for action, lead, when, _, status in rows:
            dates = {"30.09.2024": "2024-09-30", "31.12.2024": "2024-12-31", "June 2025": "2025-06"}
            actions.append(
                action_record(
                    action[:60],
                    _line(lines, action),
                    recommendation_ref=str(n),
                    lead=lead,
                    target_date_raw=when,
                    target_date=dates.get(when),
                    status_raw=status or None,
                    status=BANDS_STATUS[status],
                )
            )
    return plan_gold(
        BANDS_PLAN,
        description=(
            "SAB action plan, portrait, Arial 9: each recommendation a shaded band across the "
            "table ('Recommendation N: ...') over unnumbered action rows, Action | Lead officer | By when | "
            "Evidence of impact | Status; one row with no status yet, a span 'Within 3 months'."
        ),
        review=review("SAR", "Brisbourne", "Edmund"),
        recommendations=[
            recommendation_record(
                str(n),
                text[:60],
                _line(lines, text[:40]),
                themes=[],
                scope=None,
            )
            for n, (text, _) in enumerate(BANDS, 1)
        ],
        actions=actions,
        notes=(
            "Recommendations: the bands. Actions: one a row under its band, no ref of their own; "
            "'Ongoing' an in-progress status with no date; the row with no status has none."
        ),
    )


def build_bands_plan(folder: Path = HERE) -> None:
    doc = new_document("Brisbourne Safeguarding Adults Board – SAR ‘Edmund’ – action plan")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_paragraph("Brisbourne Safeguarding Adults Board")
    doc.add_paragraph("Safeguarding Adults Review: ‘Edmund’")
    doc.add_paragraph("Action plan agreed by the Board's Learning Sub-group, 4 July 2024.")
    t = table(doc, BANDS_HEADERS, BANDS_WIDTHS)
    for n, (text, rows) in enumerate(BANDS, 1):
        band(t, f"Recommendation {n}: {text}")
        for values in rows:
            row(t, list(values))
    doc.add_paragraph()
    doc.add_paragraph(
        "The Board will review this plan at each quarterly meeting until every action is complete."
    )
    save_with_gold(doc, folder, BANDS_PLAN, bands_gold)


if __name__ == "__main__":
    build_bands_plan()
    build_board_plan()
    build_trust_plan()
