"""Build sar_plan_part_b_progress_update_harrowdene: a Safeguarding Adults Board's SAR action plan
whose statuses live only in a separate progress table keyed by ref.

Landscape URW Gothic 9.5 (the family of heldout41 family 5, our own content): the recommendations
as run-ins "R1" ... "R4", then "Part A – Action plan" Ref | Action | Lead agency | Lead officer |
Target date with no status column, then "Part B – Progress update" Ref | Update | Status with the
same refs R1.1 ... R4.2 (Complete / Underway / Not started); the Part B heading prints at the foot
of page 1 and its table on page 2; progress-note bullets, a monitoring paragraph and a next-update
line after it. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_part_b_progress_update.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from plan_gold import review, save_gold  # noqa: E402
from progress_table_plan import ProgressPlan, build_plan, plan_gold_of  # noqa: E402

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def target_iso(raw: str) -> str | None:
    """'31 January 2026' the day, 'March 2026' the month."""
    words = raw.split()
    if len(words) == 3:
        return f"{words[2]}-{MONTHS.index(words[1].lower()) + 1:02d}-{int(words[0]):02d}"
    return f"{words[1]}-{MONTHS.index(words[0].lower()) + 1:02d}"


ASC = "Harrowdene Council Adult Social Care"
TRUST = "Lowfield Community Health NHS Trust"
SAB = "Harrowdene Safeguarding Adults Board"
HOUSING = "Brackwater Homes"

SPEC = ProgressPlan(
    stem="sar_plan_part_b_progress_update_harrowdene",
    font="URW Gothic",
    size=9.5,
    landscape=True,
    margins_cm=1.8,
    footer="Harrowdene SAB — SAR Albert — action plan and progress — page",
    running_head="Harrowdene Safeguarding Adults Board · Safeguarding Adults Review: Albert",
    title=[
        "Safeguarding Adults Review: Albert",
        "Action plan and progress report",
    ],
    opening=[
        "Albert was 79 and lived alone in a ground-floor flat rented from Brackwater Homes. He died in "
        "hospital in January 2024 after he was found at home with pressure ulcers and severe weight loss. "
        "The review looked at self-neglect and at how agencies shared what they saw when visiting him.",
    ],
    recommendations=[
        (
            "R1",
            "The Board should make sure that practitioners across the partnership use the self-neglect "
            "pathway when a person declines care and their living conditions put their health at risk.",
        ),
        (
            "R2",
            "Lowfield Community Health NHS Trust should make sure that district nurses record and escalate "
            "a patient's repeated refusal of visits, and tell the GP when this happens.",
        ),
        (
            "R3",
            "Brackwater Homes should make sure that housing officers who see signs of self-neglect during "
            "a tenancy visit raise a safeguarding concern and do not wait for the annual inspection.",
        ),
        (
            "R4",
            "Harrowdene Council Adult Social Care should review how it holds multi-agency meetings for "
            "adults who self-neglect, so that one agency leads and the plan is reviewed at set intervals.",
        ),
    ],  # fmt: skip
    plan_heading="Part A — Action plan",
    plan_headers=["Ref", "Action", "Lead agency", "Lead officer", "Target date"],
    plan_widths=[1.4, 10.2, 6.0, 5.2, 3.2],
    actions=[
        (
            "R1.1",
            "Relaunch the self-neglect pathway with a short guide for frontline staff",
            SAB,
            "Board Business Manager",
            "31 January 2026",
        ),
        (
            "R1.2",
            "Audit twelve self-neglect referrals to see whether the pathway was followed",
            SAB,
            "Chair of the Quality Assurance Subgroup",
            "March 2026",
        ),
        (
            "R2.1",
            "Add a field for declined visits to the district nursing record",
            TRUST,
            "Head of Community Nursing",
            "30 November 2025",
        ),
        (
            "R2.2",
            "Brief all district nursing teams on escalating refusals to the GP",
            TRUST,
            "Named Nurse for Adult Safeguarding",
            "31 December 2025",
        ),
        (
            "R3.1",
            "Add a self-neglect prompt to the tenancy visit form",
            HOUSING,
            "Tenancy Services Manager",
            "31 October 2025",
        ),
        (
            "R3.2",
            "Train housing officers to raise a safeguarding concern online",
            HOUSING,
            "Safeguarding Lead, Brackwater Homes",
            "February 2026",
        ),
        (
            "R4.1",
            "Rewrite the multi-agency risk meeting procedure for self-neglect",
            ASC,
            "Principal Social Worker",
            "31 March 2026",
        ),
        (
            "R4.2",
            "Set review dates for every open self-neglect plan and report them to the Board",
            ASC,
            "Head of Adult Safeguarding",
            "June 2026",
        ),
    ],  # fmt: skip
    between=[
        "The Board thanks the agencies for the work they have done on this plan so far.",
    ],
    progress_heading="Part B — Progress update",
    progress_headers=["Ref", "Update", "Status"],
    progress_widths=[1.6, 19.2, 3.6],
    progress=[
        (
            "R1.1",
            "Guide published on the Board's website and sent to all partner agencies in August.",
            "Complete",
        ),
        ("R1.2", "Audit tool agreed; sample of referrals to be drawn in January.", "Underway"),
        ("R2.1", "Field added to the record; in use by all teams since 1 September.", "Complete"),
        ("R2.2", "Briefings held with four of the seven teams.", "Underway"),
        ("R3.1", "Prompt added to the form and tested by two housing officers.", "Complete"),
        ("R3.2", "Training to be arranged once the new online form goes live.", "Not started"),
        (
            "R4.1",
            "First draft of the procedure discussed with the Principal Social Worker forum.",
            "Underway",
        ),
        ("R4.2", "Waiting for the new procedure in R4.1.", "Not started"),
    ],  # fmt: skip
    after=[
        "Progress notes:",
        "• The audit in R1.2 will use the same sample period as the review.",
        "• Brackwater Homes' online form is due to go live in December.",
        "The Learning and Improvement Group will monitor this plan at each of its meetings and report to "
        "the Board twice a year until every action is complete.",
        "Next update: January 2026.",
    ],
    states={"Complete": "complete", "Underway": "in_progress", "Not started": "not_started"},
    lead_column=3,
    review_fields={
        "review": review("SAR", "Harrowdene", "Albert", age=79),
        "target_iso": target_iso,
    },
)


def gold() -> dict:
    return plan_gold_of(
        SPEC,
        description=(
            "SAB SAR action plan (landscape URW Gothic 9.5): recommendations as run-ins R1-R4, Part A "
            "Ref | Action | Lead agency | Lead officer | Target date with no status column, Part B "
            "Ref | Update | Status keyed by the same refs, its heading at the foot of page 1 and its "
            "table on page 2."
        ),
        notes=(
            "One action per Part A row, lead the Lead officer, recommendation_ref the R-number; its "
            "status is the Part B row with the same ref (Complete / Underway / Not started); Part B rows "
            "are not actions."
        ),
    )


if __name__ == "__main__":
    print(build_plan(SPEC))
    save_gold(HERE, SPEC.stem, gold())
