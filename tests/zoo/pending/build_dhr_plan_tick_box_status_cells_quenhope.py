"""Build the pending zoo document `dhr_plan_tick_box_status_cells_quenhope`: a DHR multi-agency
action plan (DejaVu Sans 8.5, landscape) whose Status cell holds three tick boxes, one ticked,
heldout39 family 2's form in our own words.

Ref | Action | Lead | Complete by | Status | Evidence / update, each recommendation a shaded
full-width band row "Recommendation N – <text>", action refs "1.1", targets dd/mm/yyyy or
"Ongoing", each Status cell three lines "☐ Not started" / "☒ In progress" / "☐ Complete" (the
status is the ticked line); a version line, a completion note that itself shows "☒", a next-steps
paragraph. Enough rows that recommendation 4 prints after the page break, the header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_tick_box_status_cells_quenhope.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_plan_tick_box_status_cells_quenhope"
STATES = ("Not started", "In progress", "Complete")
VALUE = {"Not started": "not_started", "In progress": "in_progress", "Complete": "complete"}
# (number, recommendation, [(ref, action, lead, complete by, ticked state, evidence), ...])
RECS = [
    (
        "1",
        "Quenhope Community Safety Partnership should make sure that every agency asks about "
        "economic abuse when a victim says a partner controls the household's money.",
        [
            (
                "1.1",
                "Add questions about control of money to the multi-agency risk checklist guidance",
                "Domestic Abuse Lead, Quenhope Council",
                "31/03/2025",
                "Complete",
                "Guidance reissued in March 2025; briefing slides on the partnership website.",
            ),
            (
                "1.2",
                "Hold two learning events on economic abuse for frontline staff",
                "Partnership Training Officer",
                "30/09/2025",
                "Complete",
                "Events held in June and September; 88 staff attended.",
            ),
            (
                "1.3",
                "Check through case audit that the questions are being asked",
                "Quality Assurance Subgroup",
                "31/03/2026",
                "In progress",
                "Audit of twenty cases under way; report due to the subgroup in April.",
            ),
        ],
    ),
    (
        "2",
        "Quenhope Hospitals NHS Trust should give emergency department staff a clear route for "
        "referring a patient who discloses abuse to the hospital's specialist advocate.",
        [
            (
                "2.1",
                "Publish the referral route on the emergency department intranet page",
                "Named Nurse Safeguarding Adults",
                "30/06/2025",
                "Complete",
                "Route live since May 2025.",
            ),
            (
                "2.2",
                "Extend the advocate's hours to cover evenings at weekends",
                "Head of Safeguarding, Quenhope Hospitals",
                "31/12/2025",
                "In progress",
                "Funding bid agreed in principle; recruitment to start in January.",
            ),
        ],
    ),
    (
        "3",
        "Quenhope Police should review how officers record a victim's wish not to support a "
        "prosecution so that the risk is still assessed and shared.",
        [
            (
                "3.1",
                "Amend the domestic abuse attendance form to prompt a risk review when a victim withdraws",
                "Detective Inspector, Public Protection",
                "31/01/2026",
                "Not started",
                "Form change waiting for the force's systems update.",
            ),
            (
                "3.2",
                "Remind supervisors in a briefing note to check the prompt is used",
                "Detective Inspector, Public Protection",
                "Ongoing",
                "In progress",
                "Briefing note drafted; supervisors' meeting in February.",
            ),
        ],
    ),
    (
        "4",
        "Quenhope Community Safety Partnership should tell friends, family and neighbours where they "
        "can seek advice when they are worried about someone.",
        [
            (
                "4.1",
                "Run a public campaign with local radio and the bus company",
                "Communications Manager, Quenhope Council",
                "30/11/2026",
                "Not started",
                "Campaign plan to go to the Partnership in March.",
            ),
            (
                "4.2",
                "Give leaflets to pharmacies, libraries and community centres",
                "Community Safety Officer",
                "Ongoing",
                "In progress",
                "Leaflets printed; 40 venues so far.",
            ),
        ],
    ),
]
HEADERS = ("Ref", "Action", "Lead", "Complete by", "Status", "Evidence / update")
WIDTHS = (1.2, 7.0, 4.4, 2.4, 3.2, 7.0)
FILL = "E2E2E2"


def _boxes(ticked: str) -> str:
    """The Status cell: each state a line, its box ticked where it is the row's."""
    return "\n".join(f"{'☒' if s == ticked else '☐'} {s}" for s in STATES)


def build() -> None:
    doc = new_doc(
        landscape=True,
        font="DejaVu Sans",
        size=8.5,
        footer_label="DHR Harriet – Action Plan v2 – December 2025",
    )
    para(doc, "Quenhope Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review: Harriet – multi-agency action plan", bold=True, size=11)
    para(doc, "Version 2, agreed by the DHR panel on 9 December 2025.")
    para(
        doc,
        "Each lead ticks one box in the Status column and adds the evidence for it. Rows are checked by "
        "the DHR oversight group before the box is moved to Complete.",
    )
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    for number, text, rows in RECS:
        full_row(t, f"Recommendation {number} – {text}", fill=FILL, size=8.5)
        for ref, action, lead, by, ticked, evidence in rows:
            add_row(t, [ref, action, lead, by, _boxes(ticked), evidence], WIDTHS, size=8.5)
    para(doc, "")
    para(doc, "Completion check: ☒ every row has a named lead and a date or a reason for none.")
    para(
        doc,
        "Next steps: the oversight group will meet again in March 2026 and report progress to the "
        "Partnership board.",
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=by,
            target_date=iso(by),
            status_raw=ticked,
            status=VALUE[ticked],
        )
        for number, _, rows in RECS
        for ref, action, lead, by, ticked, _ in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR multi-agency action plan (DejaVu Sans 8.5, landscape): Ref | Action | Lead | Complete by | Status | "
            "Evidence / update, shaded band rows 'Recommendation N – text', refs 1.1, targets dd/mm/yyyy or "
            "'Ongoing', each Status cell three tick boxes on three lines, one ticked; a completion note showing a "
            "ticked box"
        ),
        review=review("DHR", "Quenhope", "Harriet"),
        review_alternatives={"area": ["Quenhope Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the band rows' text after the dash, ref their number. One action per row, ref as "
            "printed, recommendation_ref the band above. Status the ticked (☒) line only; the unticked lines are "
            "not the status. 'Ongoing' as a target -> no date. Not records: the version line, the completion "
            "note, the next-steps paragraph."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
