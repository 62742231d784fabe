"""Hand-written gold for the two documents s9layoutrecs_build.py makes. Every field was written
from the documents' meaning (the rows the build script lays out); only each record's `line` is
looked up in the .txt.

    python tests/zoo/s9layoutrecs_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_lines import AG, OV, A, R, write_gold  # noqa: E402
from plan_gold import review  # noqa: E402

POLICE = "Harrowdene Police"
TRUST = "Harrowdene and Marlow NHS Foundation Trust"
HOUSING = "Harrowdene Borough Council Housing Options"
GP = "Brookfold Medical Practice"
REFUGE = "Marlow Women's Aid"
CSP = "Harrowdene Community Safety Partnership"

GOLD = {}
GOLD["recs_layout_agency_rows"] = dict(
    family="recs_layout_agency_rows",
    description=(
        "DHR executive summary whose agencies' own recommendations sit in an 'Agency | No. | Recommendation' "
        "table exported with pdftotext -layout (columns side by side): the agency printed on its first row "
        "only, numbers restarting at 1 for each agency, agency names and recommendation cells wrapped over "
        "several lines, the table running over a page break with its header repeated and a cell continued "
        "under it; the panel's recommendations follow under 'Recommendation N' labels."
    ),
    review=review(
        "DHR",
        "Harrowdene",
        "Nell",
        doc_kind="executive_summary",
        age=37,
        author="Rosalind Achebe-Marr",
        date_of_death="2022-03",
    ),
    recommendations=[
        R(
            "1",
            POLICE,
            "Response officers will be reminded that a victim who withdraws a complaint still needs a risk assessment",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            POLICE,
            "The force will review how calls from the same address within twelve months are linked",
            ["information_sharing"],
            level=AG,
        ),
        R(
            "3",
            POLICE,
            "Domestic abuse training for new sergeants will include a session on stalking after separation",
            ["training"],
            level=AG,
        ),
        R(
            "1",
            TRUST,
            "Emergency department staff will ask every patient who attends with a facial injury",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            TRUST,
            "The Trust will audit the use of the routine enquiry question in maternity and sexual health clinics",
            ["routine_enquiry", "quality_assurance"],
            level=AG,
        ),
        R(
            "1",
            HOUSING,
            "Officers will offer a private interview to any applicant who gives relationship breakdown",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "1",
            GP,
            "The practice will add a prompt to its records system so that a disclosure of abuse is visible",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "1",
            REFUGE,
            "Outreach workers will contact the referring agency before closing a case",
            ["information_sharing"],
            level=AG,
        ),
        R(
            "2",
            REFUGE,
            "The service will record the reason for every case closed without contact",
            ["record_keeping", "quality_assurance"],
            level=AG,
        ),
        R(
            "1",
            CSP,
            "Harrowdene Community Safety Partnership should commission training for all partner agencies on stalking",
            ["training"],
        ),
        R(
            "2",
            CSP,
            "The Partnership should agree a protocol under which a specialist service tells the referrer",
            ["information_sharing", "policy_procedure"],
        ),
        R(
            "3",
            CSP,
            "The Partnership should ask the Home Office to include stalking after separation",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "The agencies' numbers restart at 1 for each agency: a row with no agency cell is the agency's "
        "above. Police 2 runs over the page break; its last line is printed under the repeated header."
    ),
)

SAB = "Wendlesham Safeguarding Adults Board"
ASC = "Wendlesham Adult Social Care"
GOLD["plan_plain_sar_rag_progress"] = dict(
    family="plan_plain_sar_rag_progress",
    description=(
        "Standalone SAR multi-agency action plan (plain pdftotext): Rec no. | Recommendation | Action no. | "
        "Action | Lead agency | Target | Progress | RAG, recommendation cells merged down over their actions "
        "and running over three to five lines, a G/A/R letter in the RAG column, progress notes ending on a "
        "body's name ('Letter approved by the Board'); the export prints some rows column block by block and "
        "others row after row, the ref column's late codes after the last row."
    ),
    review=review("SAR", "Wendlesham", "Iris", age=81),
    recommendations=[
        R(
            "1",
            SAB,
            "The Board should make sure that adult social care staff are trained to recognise financial abuse",
            ["training"],
        ),
        R(
            "2",
            SAB,
            "The Board should invite banks and building societies to take part in reviews",
            ["multi_agency_working"],
        ),
        R(
            "3",
            SAB,
            "The Board should agree how concerns about a lasting power of attorney are shared",
            ["information_sharing"],
        ),
        R(
            "4",
            SAB,
            "The Board should ask that carers' assessments record who manages the person's money",
            ["risk_assessment"],
        ),
    ],
    actions=[
        A(
            "1a",
            OV,
            "1",
            "Add a module on financial abuse by family members",
            "SAB Training Subgroup",
            "April 2023",
            "2023-04",
            "G",
            "complete",
        ),
        A(
            "1b",
            OV,
            "1",
            "Check that staff who visit people at home have completed the module",
            ASC,
            "30/09/2023",
            "2023-09-30",
            "A",
            "in_progress",
        ),
        A(
            "2a",
            OV,
            "2",
            "Write to the local branches of the main banks",
            "SAB Business Manager",
            "June 2023",
            "2023-06",
            "G",
            "complete",
        ),
        A(
            "3a",
            OV,
            "3",
            "Agree a referral route to the Office of the Public Guardian",
            ASC,
            "Dec 2023",
            "2023-12",
            "R",
            "not_started",
        ),
        A(
            "4a",
            OV,
            "4",
            "Add a question on who manages the person's money",
            "Wendlesham Carers Hub",
            "January 2024",
            "2024-01",
            "G",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "The progress notes 'Letter approved by the Board' and 'Signed off at the November Board' are "
        "milestones, not leads: each row's lead is printed before its target date."
    ),
)

if __name__ == "__main__":
    write_gold(GOLD, HERE, family_keys="after_file")
