"""Build a zoo CSP DHR action plan: one landscape table whose agencies' parts open with a
full-width band row naming the agency, the recommendations numbered again from 1 under each
band, a recommendation's cell merged down over its one to three action rows.

plan_agency_bands_restarting_numbers: a single-agency action plan (Arial 9, landscape) with one
table Rec | Recommendation | Actions | Responsible officer | Target | Progress update (June 2025) | Status,
bands "Police", "Housing" and "Mental Health Trust"; targets printed dd.mm.yyyy; the last
recommendation falls alone on page 2 under the repeated header.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_agency_bands_restarting_numbers.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from agency_band_plan import agency_bands_gold  # noqa: E402
from docx_build import add_row, full_row, make_table, merge_down, new_doc, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "plan_agency_bands_restarting_numbers"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
# agency -> [(number, recommendation, [(action, officer, target, update, status)])]
PLAN = [
    (
        "Police",
        [
            (
                "1",
                "Officers attending a domestic incident should record the views of any child present.",
                [
                    (
                        "Add a prompt for the child's voice to the domestic abuse risk form.",
                        "DI Public Protection",
                        "31.03.2025",
                        "Prompt added to the form in February.",
                        "Complete",
                    ),
                    (
                        "Check twenty incident records for the child's voice.",
                        "Quality Assurance Lead",
                        "30.06.2025",
                        "First ten records checked.",
                        "In progress",
                    ),
                ],
            ),
            (
                "2",
                "The force should make sure that repeat callers are flagged to the safeguarding hub.",
                [
                    (
                        "Set up a weekly report of addresses with three or more calls.",
                        "Hub Manager",
                        "30.04.2025",
                        "The report runs each Monday.",
                        "Complete",
                    )
                ],
            ),
        ],
    ),
    (
        "Housing",
        [
            (
                "1",
                "Housing officers should ask about domestic abuse when a tenant reports damage to a door or window.",
                [
                    (
                        "Add the question to the repairs triage script.",
                        "Head of Tenancy Services",
                        "31.05.2025",
                        "Script redrafted; training booked.",
                        "In progress",
                    ),
                    (
                        "Brief repairs call handlers on the new question.",
                        "Repairs Manager",
                        "31.07.2025",
                        "Not yet begun; waits for the script.",
                        "Not started",
                    ),
                    (
                        "Review a sample of damage reports after three months.",
                        "Tenancy Audit Officer",
                        "31.10.2025",
                        "Planned for the autumn.",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Mental Health Trust",
        [
            (
                "1",
                "The Trust should record the name of the person a patient lives with at every assessment.",
                [
                    (
                        "Make the household field mandatory in the assessment template.",
                        "Clinical Systems Lead",
                        "30.09.2025",
                        "Change request raised with the supplier.",
                        "In progress",
                    )
                ],
            ),
            (
                "2",
                "The Trust should invite the police to discharge meetings where domestic abuse is known.",
                [
                    (
                        "Write the invitation into the discharge policy.",
                        "Head of Safeguarding",
                        "31.12.2025",
                        "Draft policy out for comment.",
                        "In progress",
                    )
                ],
            ),
        ],
    ),
]
HEADERS = [
    "Rec",
    "Recommendation",
    "Actions",
    "Responsible officer",
    "Target",
    "Progress update (June 2025)",
    "Status",
]
WIDTHS = [1.0, 5.4, 5.4, 3.2, 2.0, 4.4, 2.2]


def build() -> None:
    doc = new_doc(header="Ravensmoor CSP – DHR 'Elin' – Action Plan", font="Arial", size=9)
    set_landscape(doc.sections[0])
    para(doc, "Ravensmoor Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: 'Elin' – Single Agency Action Plan", bold=True, size=12)
    para(doc, "Each agency's recommendations are numbered from 1 under its own name.")
    for _ in range(7):  # (the plan's notes push its last recommendation onto page 2)
        para(
            doc,
            "The review panel agreed these actions with each agency's senior manager, who reports progress to the subgroup.",
        )
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    row = 1
    for agency, recs in PLAN:
        full_row(t, agency)
        row += 1
        for number, text, actions in recs:
            first = row
            for action, officer, target, update, status in actions:
                add_row(t, [number, text, action, officer, target, update, status], WIDTHS)
                row += 1
            merge_down(t, 0, first, row - 1)
            merge_down(t, 1, first, row - 1)
    for _ in range(4):
        para(doc, "")
    para(doc, "The Partnership's DHR subgroup reviews this plan at each meeting.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    return agency_bands_gold(
        STEM,
        PLAN,
        STATES,
        description=(
            "CSP DHR single-agency action plan (Word, Arial 9, landscape): one table Rec | Recommendation | "
            "Actions | Responsible officer | Target | Progress update (June 2025) | Status, full-width agency band rows, "
            "recommendation numbers restarting at 1 under each band, the recommendation cells merged down"
        ),
        area="Ravensmoor",
        victim="Elin",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
