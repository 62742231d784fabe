"""Build a zoo DHR recommendations tracker that mixes the overview report's recommendations
with the agencies' IMR recommendations, a Source column saying which each is.

dhr_tracker_source_column_overview_imr_harwood: a standalone tracker (DejaVu Sans Condensed
8.5, landscape): a few findings bullets and a count line, then Ref | Source | Recommendation |
Action | Owner | Due | Update (Jan 2026) | Status, refs "OV-1" / "OV-2" (Source "Overview
report") and "IMR-A1" / "IMR-C1" / "IMR-N1" (Source "IMR: <agency>"), the first three cells
merged down over each recommendation's actions, Due "15-Sep-25", statuses "Complete", "Open –
on target", "Open – overdue", "Not yet started" (wrapping in the narrow cell); the table runs
over a page break. IMR rows are agency level, the agency the Source names.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_tracker_source_column_overview_imr.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import box, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_tracker_source_column_overview_imr_harwood"
MONTHS = {"Sep": "09", "Dec": "12", "Mar": "03", "Jun": "06", "Oct": "10", "Jan": "01"}
STATES = {
    "Complete": "complete",
    "Open – on target": "in_progress",
    "Open – overdue": "in_progress",
    "Not yet started": "not_started",
}
# (ref, source, recommendation, agency (None: overview), [(action, owner, due, update, status)])
RECS = [
    (
        "OV-1",
        "Overview report",
        "Harwood Community Safety Partnership should make sure that every agency asks about "
        "coercive control when an older woman discloses abuse.",
        None,
        [
            (
                "Add coercive control questions to the shared risk checklist.",
                "DA Coordinator",
                "15-Sep-25",
                "Checklist revised and issued.",
                "Complete",
            ),
            (
                "Train adult social care duty staff on the revised checklist.",
                "Adult Services Lead",
                "15-Dec-25",
                "Two of four sessions held.",
                "Open – on target",
            ),
        ],
    ),
    (
        "OV-2",
        "Overview report",
        "Harwood Community Safety Partnership should publish guidance for neighbours and friends "
        "on how to raise a concern.",
        None,
        [
            (
                "Write the guidance with the survivors' panel.",
                "Communications Lead",
                "31-Mar-26",
                "Panel meeting booked.",
                "Not yet started",
            ),
        ],
    ),
    (
        "IMR-A1",
        "IMR: Ambulance Service",
        "The Ambulance Service should record who else was present at every call to a home "
        "where abuse is suspected.",
        "Ambulance Service",
        [
            (
                "Add a persons present field to the electronic patient record.",
                "Head of Safeguarding",
                "30-Jun-25",
                "Field live since June.",
                "Complete",
            ),
            (
                "Audit fifty records for the new field.",
                "Clinical Audit Manager",
                "31-Oct-25",
                "Audit delayed by system upgrade.",
                "Open – overdue",
            ),
        ],
    ),
    (
        "IMR-C1",
        "IMR: Harwood Council",
        "Harwood Council should make sure that housing officers pass on a tenant's disclosure "
        "of abuse on the same day.",
        "Harwood Council",
        [
            (
                "Issue a same day referral instruction to housing officers.",
                "Housing Manager",
                "15-Sep-25",
                "Instruction issued in August.",
                "Complete",
            ),
        ],
    ),
    (
        "IMR-N1",
        "IMR: Harwood NHS Trust",
        "Harwood NHS Trust should make sure that emergency department staff ask about abuse when "
        "an older patient attends with an unexplained injury.",
        "Harwood NHS Trust",
        [
            (
                "Add a routine enquiry prompt to the emergency department triage screen.",
                "Named Nurse Adults",
                "31-Dec-25",
                "Prompt designed; awaiting the supplier.",
                "Open – on target",
            ),
            (
                "Deliver a briefing to every emergency department team.",
                "Named Nurse Adults",
                "31-Mar-26",
                "Not yet due.",
                "Not yet started",
            ),
        ],
    ),
]


def build() -> None:
    doc = new_doc(
        landscape=True, header="Harwood CSP — DHR tracker — OFFICIAL", font="DejaVu Sans Condensed", size=8.5
    )
    sec = doc.sections[0]
    from docx.shared import Cm

    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Domestic Homicide Review 'Margaret' – recommendations tracker", bold=True, size=12)
    para(doc, "Harwood Community Safety Partnership – position at January 2026", size=9)
    para(doc, "What the review found", bold=True)
    for text in (
        "Margaret's family had noticed changes in her husband's behaviour but did not know who to tell.",
        "Agencies saw Margaret's injuries as falls and did not ask how they happened.",
        "Margaret was seen by five agencies in her last year; none knew what the others had seen.",
        "Her husband spoke for her at most appointments and no one asked to see her alone.",
        "Housing officers heard her disclose abuse during a repair visit but recorded it as a dispute.",
    ):
        para(doc, f"• {text}")
    box(
        doc,
        "Reading this tracker\nOV rows come from the overview report and are owned by the Partnership. "
        "IMR rows come from the agencies' own reviews and are owned by the agency named in the Source "
        "column. Each agency updates its rows before the Partnership's quarterly DHR group meets; the "
        "Status column gives the position at the last meeting and the Update column what has "
        "happened since. Rows marked Complete stay on the tracker until the group has seen evidence.",
        fill="DEEAF6",
        width=24.0,
        size=9,
    )
    para(doc, "The tracker holds 2 overview recommendations and 3 IMR recommendations (8 actions).")
    widths = [1.6, 2.4, 5.4, 5.2, 2.8, 1.8, 4.0, 2.2]
    headers = ["Ref", "Source", "Recommendation", "Action", "Owner", "Due", "Update (Jan 2026)", "Status"]
    groups = [([ref, source, text], [list(row) for row in rows]) for ref, source, text, _, rows in RECS]
    merged_plan_table(doc, headers, widths, groups, size=8.5)
    para(doc, "")
    para(doc, "The Partnership's DHR group will next review this tracker in April 2026.")
    save_rendered(doc, HERE, STEM)


def _due(raw: str) -> str:
    day, month, year = raw.split("-")
    return f"20{year}-{MONTHS[month]}-{day}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref,
            " ".join(text.split()[:10]),
            _line_of(lines, text),
            agency=agency,
            level="agency" if agency else "overview",
            scope="local",
        )
        for ref, _, text, agency, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            _line_of(lines, action),
            recommendation_ref=ref,
            agency_section="agency" if agency else "overview",
            lead=owner,
            target_date_raw=due,
            target_date=_due(due),
            status_raw=status,
            status=STATES[status],
        )
        for ref, _, _, agency, rows in RECS
        for action, owner, due, _, status in rows
    ]
    return plan_gold(
        STEM,
        family="dhr_tracker_source_column_overview_imr",
        description=(
            "Standalone DHR tracker (DejaVu Sans Condensed 8.5, landscape) mixing overview and IMR "
            "recommendations: Ref | Source | Recommendation | Action | Owner | Due | Update (Jan 2026) "
            "| Status, refs OV-1 / IMR-A1, the first three cells merged down, Due '15-Sep-25'"
        ),
        review=review("DHR", "Harwood", "Margaret", doc_kind="action_plan"),
        recommendations=recs,
        actions=actions,
        notes=(
            "OV rows are overview recommendations; IMR rows agency level, the agency the Source "
            "column names after 'IMR:'. No action refs (recommendation_ref the merged Ref cell). "
            "'Open – on target' and 'Open – overdue' are in progress."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
