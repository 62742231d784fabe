"""Build the s24 multi-review tracker zoo document: a Community Safety Partnership's tracker of
the plans of three domestic homicide reviews in one table.

The table's columns run "Review | Rec no. | Recommendation | Action | Owner | Due | Status |
Evidence of completion": the review's name is written in its first row only, each
recommendation's number and wording in its first action's row, the cells under them left
empty; space after every paragraph. Plain pdftotext (no -layout) prints it a whole cell at a
time, row after row, a blank line between cells: the review's name at its first row ("DHR
Tamsin" / "(2020)"), then the number, the recommendation and the first action's cells, then
each later action's cells alone. All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/pending/build_s24_multi_review_row_blocks.py tests/zoo/pending   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the merged-cell table helpers

from docx.shared import Pt  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_multi_review_row_blocks"
HEADERS = [
    "Review",
    "Rec no.",
    "Recommendation",
    "Action",
    "Owner",
    "Due",
    "Status",
    "Evidence of completion",
]
WIDTHS = [2.3, 1.3, 5.4, 4.6, 3.0, 2.2, 2.1, 4.3]

# the statuses the tracker prints, as the gold scores them ("Overdue": begun, not done in time)
STATES = {
    "Complete": "complete",
    "On track": "in_progress",
    "Overdue": "in_progress",
    "Not started": "not_started",
}

# (review, [(rec no., recommendation, [(action, owner, due, status, evidence)])])
PLAN = [
    (
        "DHR Tamsin (2020)",
        [
            (
                "1",
                "Brackenholt Community Safety Partnership should run a campaign that tells "
                "neighbours how to report concerns about domestic abuse.",
                [
                    (
                        "Design the neighbour campaign with the residents' panel",
                        "Partnership Officer",
                        "Feb-24",
                        "Complete",
                        "Campaign plan signed off by the panel",
                    ),
                    (
                        "Place campaign posters in every housing block",
                        "Partnership Officer",
                        "May-24",
                        "Complete",
                        "Poster log for 41 blocks",
                    ),
                ],
            ),
            (
                "2",
                "Brackenholt Fire and Rescue Service should add questions about domestic abuse "
                "to its home fire safety visits.",
                [
                    (
                        "Add two questions to the home visit checklist",
                        "Station Manager, Prevention",
                        "31/03/2024",
                        "Complete",
                        "Revised checklist issued in March",
                    ),
                ],
            ),
            (
                "3",
                "Brackenholt Council should make sure that its debt advice staff know how to "
                "spot financial control.",
                [
                    (
                        "Train the debt advice team on financial control",
                        "Head of Revenues",
                        "Jun-24",
                        "Overdue",
                        "Trainer booked; two dates moved",
                    ),
                ],
            ),
        ],
    ),
    (
        "DHR Oswin (2022)",
        [
            (
                "1",
                "Brackenholt Community Safety Partnership should map the support open to older "
                "victims of domestic abuse.",
                [
                    (
                        "Survey local services on the support they give older victims",
                        "Partnership Manager",
                        "Oct 2023",
                        "Complete",
                        "Survey report to the Board in November",
                    ),
                    (
                        "Publish a directory of the services found",
                        "Partnership Manager",
                        "Sep-24",
                        "On track",
                        "Draft directory with the design team",
                    ),
                ],
            ),
            (
                "2",
                "Brackenholt Health Board should ask district nurses to see older patients "
                "alone at least once a year.",
                [
                    (
                        "Add a seen-alone prompt to the district nursing record",
                        "Lead Nurse, Community",
                        "31/12/2024",
                        "On track",
                        "Prompt in testing",
                    ),
                    (
                        "Audit twenty records for the prompt after six months",
                        "Lead Nurse, Community",
                        "Jun-25",
                        "Not started",
                        "–",
                    ),
                ],
            ),
        ],
    ),
    (
        "DHR Linnea (2023)",
        [
            (
                "1",
                "Brackenholt Community Safety Partnership should set up a forum for faith "
                "groups on domestic abuse.",
                [
                    (
                        "Hold the first faith groups forum",
                        "Community Links Officer",
                        "Aug-24",
                        "Overdue",
                        "Venue agreed; date not yet fixed",
                    ),
                ],
            ),
            (
                "2",
                "The Home Office should say in its guidance how a review is shared with a family abroad.",
                [
                    (
                        "Letter from the Partnership Chair to the Home Office",
                        "Partnership Chair",
                        "Apr-24",
                        "Complete",
                        "Letter sent; reply received in June",
                    ),
                ],
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_document("Brackenholt CSP – DHR action tracker – OFFICIAL")
    # (space after every paragraph, table cells too: each cell prints as a block of its own)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    doc.add_paragraph().add_run("Brackenholt Community Safety Partnership").bold = True
    doc.add_paragraph("Domestic Homicide Reviews – combined action tracker, position at 1 October 2024")
    t = table(doc, HEADERS, WIDTHS)
    for name, recs in PLAN:
        for r, (number, rec, actions) in enumerate(recs):
            for k, (action, owner, due, state, evidence) in enumerate(actions):
                first = k == 0
                review_name = name if first and r == 0 else ""
                row(
                    t,
                    [
                        review_name,
                        number if first else "",
                        rec if first else "",
                        action,
                        owner,
                        due,
                        state,
                        evidence,
                    ],
                )
    doc.add_paragraph("Statuses are agreed at each meeting of the DHR Oversight Group.")
    return save_rendered(doc, folder, STEM)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _iso(due: str) -> str | None:
    """The due date as the gold scores it: "Feb-24" (a month and its year's last two figures)
    is February 2024, "Oct 2023" October 2023; other forms as plan_gold reads them."""
    month, _, year = due.replace(" ", "-").partition("-")
    if month in MONTHS and year.isdigit() and len(year) in (2, 4):
        return f"{year if len(year) == 4 else '20' + year}-{MONTHS.index(month) + 1:02d}"
    return iso(due)


def gold(lines: list[str]) -> dict:
    recommendations, actions = [], []
    for _review, recs in PLAN:
        for number, rec, rows in recs:
            agency = rec.split(" should ")[0].removeprefix("The ")
            recommendations.append(
                recommendation_record(
                    number,
                    rec[:80],
                    line_opening(lines, rec[:20]),
                    agency=agency,
                    scope="national" if "Home Office" in rec else "local",
                )
            )
            for action, owner, due, state, _ in rows:
                actions.append(
                    action_record(
                        action,
                        line_opening(lines, action[:20]),
                        recommendation_ref=number,
                        lead=owner,
                        target_date_raw=due,
                        target_date=_iso(due),
                        status_raw=state,
                        status=STATES[state],
                    )
                )
    return plan_gold(
        STEM,
        description=(
            "a CSP's combined tracker of three DHRs' plans, Review | Rec no. | Recommendation | Action | "
            "Owner | Due | Status | Evidence of completion, the review and recommendation cells written "
            "in their first rows only; plain pdftotext prints it a cell at a time, row after row"
        ),
        review=review("DHR", "Brackenholt", None),
        notes="each review numbers its recommendations from 1",
        recommendations=recommendations,
        actions=actions,
    )


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/s24_multi_review")
    out.mkdir(parents=True, exist_ok=True)
    build(out)
    save_gold(out, STEM, gold((out / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
