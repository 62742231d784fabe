"""Build a zoo CSP DHR action plan whose narrow Status column wraps its longer words and whose
Update column is left empty for actions not yet begun: agency bands over recommendations
numbered again from 1 under each agency, a later action's row leaving them blank.

plan_agency_bands_wrapped_status: a DHR action plan (Arial 9, landscape), one table
No. | Recommendation | Action | Lead officer | Target date | Update (May 2025) | Status whose
"Target date" wraps in its narrow column ("Target" over "date"); bands "Brackenfold
Constabulary", "Brackenfold Hospitals Trust", "Adult Social Care"; rows not yet begun print no
update and their status over two lines ("Not yet" over "started"); long recommendations whose
later actions print only after the recommendation's last line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_agency_bands_wrapped_status.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from agency_band_plan import agency_bands_gold  # noqa: E402
from docx_build import add_row, full_row, make_table, new_doc, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "plan_agency_bands_wrapped_status"
STATES = {"Completed": "complete", "In progress": "in_progress", "Not yet started": "not_started"}
# agency -> [(number, recommendation, [(action, officer, target, update, status)])]
PLAN = [
    (
        "Brackenfold Constabulary",
        [
            (
                "1",
                "Brackenfold Constabulary should make sure that call handlers can see every earlier call from "
                "the same address before they grade a domestic abuse call for attendance.",
                [
                    (
                        "Show the address history on the call grading screen",
                        "Control Room Manager",
                        "31.01.2025",
                        "Screen changed in December 2024; checked in a sample of 25 calls.",
                        "Completed",
                    ),
                    (
                        "Train all call handlers on the new screen",
                        "Control Room Trainer",
                        "30.04.2025",
                        "Two of the three teams trained; the last team is booked for June.",
                        "In progress",
                    ),
                ],
            ),
            (
                "2",
                "Brackenfold Constabulary should review how it tells a victim that a stalking suspect "
                "has been charged or released.",
                [
                    (
                        "Audit the victim letters sent in stalking cases over six months",
                        "Victim Care Lead",
                        "31.10.2025",
                        "",
                        "Not yet started",
                    )
                ],
            ),
        ],
    ),
    (
        "Brackenfold Hospitals Trust",
        [
            (
                "1",
                "The Trust should ask every patient attending the emergency department with an injury "
                "whether they feel safe at home.",
                [
                    (
                        "Add the question to the triage record",
                        "Lead Nurse, Emergency Care",
                        "28.02.2025",
                        "Question added in January; 74% of records answer it.",
                        "Completed",
                    ),
                    (
                        "Give the department's staff a pocket guide on the question",
                        "Safeguarding Adults Lead",
                        "30.11.2025",
                        "",
                        "Not yet started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Adult Social Care",
        [
            (
                "1",
                "Adult Social Care should hold a professionals meeting when a carer who is known to be "
                "abusive asks for a change to the care package.",
                [
                    (
                        "Write the meeting into the care review procedure",
                        "Principal Social Worker",
                        "31.05.2025",
                        "Procedure redrafted; waiting for sign-off by the head of service.",
                        "In progress",
                    )
                ],
            ),
            (
                "2",
                "Adult Social Care should check a year after this review that its staff know the local "
                "referral route to specialist domestic abuse services.",
                [
                    (
                        "Survey front-line staff on the referral route",
                        "Quality Assurance Manager",
                        "31.03.2026",
                        "",
                        "Not yet started",
                    )
                ],
            ),
        ],
    ),
]
HEADERS = [
    "No.",
    "Recommendation",
    "Action",
    "Lead officer",
    "Target date",
    "Update (May 2025)",
    "Status",
]
WIDTHS = [1.0, 5.6, 5.0, 3.2, 2.05, 4.8, 2.2]


def build() -> None:
    doc = new_doc(
        header="Brackenfold Community Safety Partnership – DHR 'Orla' – Action Plan", font="Arial", size=9
    )
    set_landscape(doc.sections[0])
    para(doc, "Domestic Homicide Review 'Orla' – Action Plan", bold=True, size=12)
    para(
        doc,
        "Orla was 51 when she was killed by her husband in 2023. The overview report was approved by the "
        "Partnership in February 2024. Each agency's recommendations are numbered from 1 under its own name. "
        "Status: Completed, In progress or Not yet started.",
    )
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    row = 1
    for agency, recs in PLAN:
        full_row(t, agency)
        row += 1
        for number, text, actions in recs:
            # (no merged cells: a later action's row leaves the number and recommendation blank)
            for n, (action, officer, target, update, status) in enumerate(actions):
                shown = [number, text] if n == 0 else ["", ""]
                add_row(t, [*shown, action, officer, target, update, status], WIDTHS)
                row += 1
    for _ in range(4):
        para(doc, "")
    para(doc, "Next review of this plan by the Partnership: October 2025.")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    return agency_bands_gold(
        STEM,
        PLAN,
        STATES,
        description=(
            "CSP DHR action plan (Word, Arial 9, landscape): one table No. | Recommendation | Action | "
            "Lead officer | Target date | Update (May 2025) | Status, full-width agency band rows, numbers restarting "
            "at 1 under each band, merged recommendation cells, empty updates and statuses wrapped over two lines"
        ),
        area="Brackenfold",
        victim="Orla",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
