"""Build two zoo documents as Word files, their LibreOffice PDF and its pdftotext text.

* recs_layout_agency_rows (`pdftotext -layout`): a DHR executive summary whose agencies' own
  recommendations sit in an "Agency | No. | Recommendation" table, the agency printed on its
  first row only, the numbers restarting at 1 for each agency, long agency names and
  recommendation cells wrapped over several lines, the table running over a page break with
  its header repeated. The layout export prints the columns side by side. The panel's own
  recommendations follow under "Recommendation N" labels.
* plan_plain_sar_rag_progress (plain `pdftotext`): a Safeguarding Adults Review closing with
  the board's multi-agency action plan, Rec no. | Recommendation | Action no. | Action | Lead
  agency | Target | Progress | RAG, the recommendation cells merged down over their actions
  (one runs over three lines), a G/A/R letter in a shaded RAG column, and progress notes that
  end on a body's name ("Signed off at the June Board"). Plain pdftotext prints the table row
  after row, each cell its own block.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/s9layoutrecs_build.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import (  # noqa: E402
    add_row,
    heading,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    shade,
)

AGENCY_ROWS = [
    (
        "Harrowdene Police",
        "1",
        "Response officers will be reminded that a victim who withdraws a complaint still needs "
        "a risk assessment, and supervisors will check that one was completed before the log is closed.",
    ),
    (
        "",
        "2",
        "The force will review how calls from the same address within twelve months are linked, so "
        "that the call handler sees earlier incidents while the caller is still on the line.",
    ),
    (
        "",
        "3",
        "Domestic abuse training for new sergeants will include a session on stalking after separation.",
    ),
    (
        "Harrowdene and Marlow NHS Foundation Trust",
        "1",
        "Emergency department staff will ask every patient who attends with a facial injury "
        "whether anyone at home has hurt them, and record the answer and any referral made.",
    ),
    (
        "",
        "2",
        "The Trust will audit the use of the routine enquiry question in maternity and sexual "
        "health clinics twice a year and report the results to its safeguarding committee.",
    ),
    (
        "Harrowdene Borough Council Housing Options",
        "1",
        "Officers will offer a private interview to any applicant who gives relationship breakdown "
        "as the reason for leaving a home.",
    ),
    (
        "Brookfold Medical Practice",
        "1",
        "The practice will add a prompt to its records system so that a disclosure of abuse is "
        "visible to every clinician who sees the patient, and will discuss each new disclosure at "
        "its monthly clinical meeting.",
    ),
    (
        "Marlow Women's Aid",
        "1",
        "Outreach workers will contact the referring agency before closing a case where the "
        "victim could not be reached.",
    ),
    (
        "",
        "2",
        "The service will record the reason for every case closed without contact and review "
        "those reasons each quarter with its trustees.",
    ),
]


def _save(doc, stem: str, layout: bool) -> None:
    docx = HERE / f"{stem}.docx"
    doc.save(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/u", "--headless", "--convert-to", "pdf"]
            + ["--outdir", tmp, str(docx)],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{stem}.pdf", HERE / f"{stem}.pdf")
    mode = ["-layout"] if layout else []
    subprocess.run(["pdftotext", *mode, str(HERE / f"{stem}.pdf"), str(HERE / f"{stem}.txt")], check=True)
    print("wrote", stem)


def agency_rows() -> None:
    doc = new_doc(
        header="Harrowdene Community Safety Partnership · DHR Nell · Executive Summary", footer_label="Page"
    )
    para(doc, "Harrowdene Community Safety Partnership", bold=True, size=16)
    para(doc, "Domestic Homicide Review", bold=True, size=14)
    para(doc, "Executive Summary: the death of Nell in March 2022")
    para(doc, "Independent Chair and Author: Rosalind Achebe-Marr")
    page_break(doc)
    heading(doc, "1. The review", 1)
    numbered(
        doc,
        "1.1",
        "Nell was 37 when she was killed by her former husband, Lewis, outside her home in Harrowdene "
        "in March 2022. They had separated eight months earlier. Lewis was convicted of murder.",
    )
    numbered(
        doc,
        "1.2",
        "Harrowdene Community Safety Partnership commissioned the review in May 2022. Six agencies "
        "gave chronologies and five wrote Individual Management Reviews (IMRs).",
    )
    heading(doc, "2. Key findings", 1)
    for k, text in enumerate(
        [
            "After the separation Lewis followed Nell, sent her many messages a day and waited outside "
            "her work. Nell reported this to the police twice and withdrew both complaints.",
            "Nell attended the emergency department with a cut eye in January 2022 and said she had "
            "fallen. She was not asked whether anyone had hurt her.",
            "Nell asked the council for help to move, giving the end of her marriage as the reason. "
            "She was not seen alone and no question about abuse was asked.",
            "Marlow Women's Aid tried to contact Nell three times after a police referral and closed "
            "the case when she did not answer. The police were not told.",
            "Each agency held part of the picture. No agency brought the parts together, and the risk "
            "from stalking after separation was not recognised until it was too late.",
        ],
        1,
    ):
        numbered(doc, f"2.{k}", text)
    heading(doc, "3. What the agencies knew", 1)
    for k, text in enumerate(
        [
            "The police held four reports about Lewis in the year before Nell's death: two of stalking, "
            "one of criminal damage to her car and one of a breach of a non-molestation order.",
            "The hospital trust saw Nell twice, once in the emergency department and once at a sexual "
            "health clinic, where she said she was under stress after her separation.",
            "The council's housing options service interviewed Nell with her mother present and "
            "recorded the reason for her application as relationship breakdown.",
            "Nell's GP saw her for low mood in December 2021 and prescribed medication. The record notes "
            "'difficult ex' but no question about abuse was asked.",
            "The panel found that every agency acted in good faith, and that the gaps lay in what was asked "
            "and in what was shared, not in any one worker's practice.",
        ],
        1,
    ):
        numbered(doc, f"3.{k}", text)
    heading(doc, "4. Recommendations made by the agencies", 1)
    numbered(
        doc,
        "4.1",
        "Each agency that wrote an IMR made recommendations for its own service. The panel accepted "
        "them all; they are set out below as the agencies wrote them.",
    )
    widths = [4.2, 1.2, 11.2]
    t = make_table(doc, ["Agency", "No.", "Recommendation"], widths, size=10)
    for agency, number, text in AGENCY_ROWS:
        add_row(t, [agency, number, text], widths, size=10)
    heading(doc, "5. The panel's recommendations", 1)
    numbered(doc, "5.1", "The panel makes three recommendations to the Partnership and its members.")
    para(doc, "Recommendation 1", bold=True)
    para(
        doc,
        "Harrowdene Community Safety Partnership should commission training for all partner agencies "
        "on stalking and harassment after a relationship ends.",
    )
    para(doc, "Recommendation 2", bold=True)
    para(
        doc,
        "The Partnership should agree a protocol under which a specialist service tells the referrer "
        "when it closes a case without having spoken to the victim.",
    )
    para(doc, "Recommendation 3", bold=True)
    para(
        doc,
        "The Partnership should ask the Home Office to include stalking after separation in the next "
        "revision of the statutory guidance for reviews.",
    )
    heading(doc, "6. Conclusion", 1)
    numbered(doc, "6.1", "The panel thanks Nell's sister for the help she gave the review.")
    _save(doc, "recs_layout_agency_rows", layout=True)


RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
PLAN_HEADER = [
    "Rec no.",
    "Recommendation",
    "Action no.",
    "Action",
    "Lead agency",
    "Target",
    "Progress",
    "RAG",
]
PLAN_WIDTHS = [1.1, 4.8, 1.2, 5.0, 3.2, 2.2, 4.8, 1.2]
PLAN = [
    (
        "1",
        "The Board should make sure that adult social care staff are trained to recognise financial abuse by family members, including an attorney.",
        [
            (
                "1a",
                "Add a module on financial abuse by family members to the safeguarding course",
                "SAB Training Subgroup",
                "April 2023",
                "Module written and first course held in March 2023",
                "G",
            ),
            (
                "1b",
                "Check that staff who visit people at home have completed the module",
                "Wendlesham Adult Social Care",
                "30/09/2023",
                "Two of five teams checked",
                "A",
            ),
        ],
    ),
    (
        "2",
        "The Board should invite banks and building societies to take part in reviews where money was taken from the person.",
        [
            (
                "2a",
                "Write to the local branches of the main banks about the review process",
                "SAB Business Manager",
                "June 2023",
                "Letter approved by the Board",
                "G",
            ),
        ],
    ),
    (
        "3",
        "The Board should agree how concerns about a lasting power of attorney are shared with the Office of the Public Guardian.",
        [
            (
                "3a",
                "Agree a referral route to the Office of the Public Guardian",
                "Wendlesham Adult Social Care",
                "Dec 2023",
                "Route not yet agreed",
                "R",
            ),
        ],
    ),
    (
        "4",
        "The Board should ask that carers' assessments record who manages the person's money.",
        [
            (
                "4a",
                "Add a question on who manages the person's money to the carer's assessment",
                "Wendlesham Carers Hub",
                "January 2024",
                "Signed off at the November Board",
                "G",
            ),
        ],
    ),
]


def sar_plan() -> None:
    doc = new_doc(
        landscape=True, header="Wendlesham Safeguarding Adults Board – SAR ‘Iris’", footer_label="Page"
    )
    para(doc, "Wendlesham Safeguarding Adults Board", bold=True, size=16)
    para(doc, "Safeguarding Adults Review ‘Iris’: multi-agency action plan", bold=True, size=14)
    para(
        doc,
        "Iris was 81 and lived alone with early dementia; her nephew, who held her lasting power of attorney, "
        "took her savings. The Board accepted the review's four recommendations in March 2023. This plan "
        "records the actions agreed and the progress reported to the Board.",
    )
    para(doc, "Wendlesham SAB – Action Plan: SAR ‘Iris’", bold=True, size=12)
    para(doc, "Key: G = complete; A = in progress; R = not started or behind. Updated 3 November 2023.")
    t = make_table(doc, PLAN_HEADER, PLAN_WIDTHS, size=8.5)
    row = 1
    for rec_no, rec, actions in PLAN:
        first = row
        for k, (code, action, lead, target, progress, rag) in enumerate(actions):
            cells = add_row(
                t,
                [rec_no if k == 0 else "", rec if k == 0 else "", code, action, lead, target, progress, rag],
                PLAN_WIDTHS,
                size=8.5,
            ).cells
            shade(cells[7], RAG_FILL[rag])
            row += 1
        merge_down(t, 0, first, row - 1, size=8.5)
        merge_down(t, 1, first, row - 1, size=8.5)
    _save(doc, "plan_plain_sar_rag_progress", layout=False)


if __name__ == "__main__":
    agency_rows()
    sar_plan()
