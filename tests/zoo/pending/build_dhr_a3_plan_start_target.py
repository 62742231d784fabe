"""Build two pending zoo DHR action plans printed on A3 landscape with eleven narrow columns, each
recommendation cell "Rec N – <text>" merged down over its actions, a Start and a Target column
side by side both printing "Mon yy" ("Apr 25"), statuses Completed / On track / Slipped / Not
started; page 2 notes, an abbreviations table and a version line.

dhr_a3_plan_start_target_marnock: Liberation Serif 8, No. | Recommendation | Action | Outcome
sought | Lead agency | Lead officer | Start | Target | Evidence | Progress at 30/09/2025 | Status,
action refs "1.1", "1.2" in the No. column.

dhr_a3_plan_start_target_fellbrook: the family varied, Liberation Serif 8: the officer before the
agency and the dates named "Start date" / "Target date", the evidence after the progress:
No. | Recommendation | Action | Outcome sought | Lead officer | Lead agency | Start date |
Target date | Progress at 31/08/2025 | Evidence | Status, action refs running "1" to "8".

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext;
corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending`.

    python tests/zoo/pending/build_dhr_a3_plan_start_target.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, kv_table, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold records
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review  # noqa: E402

STATES = {
    "Completed": "complete",
    "On track": "in_progress",
    "Slipped": "in_progress",
    "Not started": "not_started",
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# (rec number, its text, [(no., action, outcome, agency, officer, start, target, evidence, progress, status)])
MARNOCK = [
    ("1", "Marnock Police should make sure that every domestic abuse call to an address with an earlier "
     "report is graded as a priority.",
     [("1.1", "Add a flag for earlier reports to the call screen", "Call handlers see the address history",
       "Marnock Police", "Control Room Inspector", "Apr 25", "Jul 25", "Screen change notice",
       "The flag went live in June and handlers were briefed.", "Completed"),
      ("1.2", "Audit fifty graded calls", "Grading follows the flag", "Marnock Police", "Head of Public Protection",
       "Aug 25", "Dec 25", "Audit report to the Board", "The sample has been drawn; the audit starts next month.",
       "On track")]),
    ("2", "Marnock Health Partnership should train GP practice staff to ask about abuse when a patient "
     "comes with repeated injuries.",
     [("2.1", "Deliver a training session in every practice", "Staff ask the question routinely",
       "Marnock Health Partnership", "Designated Safeguarding Nurse", "May 25", "Sep 25", "Attendance lists",
       "Eleven of nineteen practices trained; sessions were cancelled in the summer.", "Slipped"),
      ("2.2", "Add a prompt to the injury template", "Records show the question asked",
       "Marnock Health Partnership", "Clinical Systems Lead", "Jun 25", "Oct 25", "Template screenshot",
       "The supplier has agreed the change.", "On track"),
      ("2.3", "Audit twenty patient records", "Routine enquiry recorded", "Marnock Health Partnership",
       "Designated Safeguarding Nurse", "Jan 26", "Mar 26", "Audit findings", "Work begins in January.",
       "Not started")]),
    ("3", "Marnock Council housing service should refer a tenant who reports abuse by a partner to the "
     "risk conference.",
     [("3.1", "Write the referral step into the tenancy procedure", "Referrals made when abuse is told",
       "Marnock Council", "Tenancy Services Manager", "Apr 25", "Jun 25", "Revised procedure",
       "The procedure was approved in May.", "Completed"),
      ("3.2", "Check referrals after six months", "Every disclosure referred", "Marnock Council",
       "Tenancy Services Manager", "Jul 25", "Nov 25", "Referral log", "Two months of referrals are late.",
       "Slipped")]),
    ("4", "Marnock Community Safety Partnership should publish the learning from this review for "
     "local employers.",
     [("4.1", "Write a learning briefing for employers", "Employers know how to respond",
       "Marnock Community Safety Partnership", "Partnership Manager", "Sep 25", "Jan 26", "Published briefing",
       "A draft is with the family for comment.", "On track"),
      ("4.2", "Hold an employers' event", "Employers' policies name the support", "Marnock Community Safety "
       "Partnership", "Partnership Manager", "Feb 26", "Apr 26", "Event feedback", "Not yet begun.",
       "Not started")]),
]  # fmt: skip

FELLBROOK = [
    ("1", "Fellbrook Council adult social care should offer a carer's assessment whenever a relative "
     "is named as the main support of the person at risk.",
     [("1", "Add a carer's assessment prompt to the first contact form", "Carers are offered an assessment",
       "Fellbrook Council", "Principal Social Worker", "Mar 25", "Jun 25", "Form change record",
       "The prompt is live on the contact form.", "Completed"),
      ("2", "Report monthly on assessments offered", "Offers rise each quarter", "Fellbrook Council",
       "Performance Lead", "Jul 25", "Dec 25", "Monthly figures", "Figures sent for July and August.",
       "On track")]),
    ("2", "Fellbrook Police should record the victim's own account apart from the suspect's at every "
     "domestic incident.",
     [("3", "Refresh the incident checklist", "Each account recorded apart", "Fellbrook Police",
       "Detective Superintendent", "Apr 25", "Aug 25", "New checklist", "The checklist has been delayed by a "
       "systems upgrade.", "Slipped"),
      ("4", "Dip sample thirty incident records", "Checklist used", "Fellbrook Police", "Public Protection Lead",
       "Oct 25", "Feb 26", "Dip sample report", "Planned for the new year.", "Not started")]),
    ("3", "Fellbrook Hospitals Trust should tell the GP within a day when a patient discloses abuse in "
     "the emergency department.",
     [("5", "Add a disclosure letter to the discharge system", "GPs learn of disclosures", "Fellbrook Hospitals "
       "Trust", "Named Nurse for Adults", "May 25", "Sep 25", "Letter template", "Letter in use since August.",
       "Completed"),
      ("6", "Audit letters sent", "Letters sent within a day", "Fellbrook Hospitals Trust",
       "Named Nurse for Adults", "Oct 25", "Jan 26", "Audit", "Audit tool agreed.", "On track")]),
    ("4", "Fellbrook Safer Communities Partnership should check each year that the learning is used.",
     [("7", "Add the review to the annual audit plan", "The learning is checked", "Fellbrook Safer "
       "Communities Partnership", "Partnership Officer", "Jun 25", "Nov 25", "Audit plan",
       "The audit slipped to the next cycle.", "Slipped"),
      ("8", "Report the audit to the Board", "The Board sees the findings", "Fellbrook Safer Communities "
       "Partnership", "Partnership Officer", "Dec 25", "Mar 26", "Board minutes", "Not due yet.",
       "Not started")]),
]  # fmt: skip

DOCS = {
    "dhr_a3_plan_start_target_marnock": dict(
        area="Marnock",
        partnership="Marnock Community Safety Partnership",
        victim="Imogen",
        recs=MARNOCK,
        headers=["No.", "Recommendation", "Action", "Outcome sought", "Lead agency", "Lead officer", "Start",
                 "Target", "Evidence", "Progress at 30/09/2025", "Status"],
        order=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        widths=[1.0, 5.0, 4.2, 3.8, 3.0, 3.0, 1.3, 1.4, 3.4, 6.4, 1.8],
        description=(
            "A standalone DHR action plan on A3 landscape, Liberation Serif 8: No. | Recommendation | Action | "
            "Outcome sought | Lead agency | Lead officer | Start | Target | Evidence | Progress at 30/09/2025 | Status, "
            "'Rec N – ...' merged down, Start and Target 'Mon yy', statuses Completed / On track / Slipped / Not "
            "started; page 2 notes, an abbreviations table and a version line."
        ),
    ),
    "dhr_a3_plan_start_target_fellbrook": dict(
        area="Fellbrook",
        partnership="Fellbrook Safer Communities Partnership",
        victim="Nadia",
        recs=FELLBROOK,
        headers=["No.", "Recommendation", "Action", "Outcome sought", "Lead officer", "Lead agency", "Start date",
                 "Target date", "Progress at 31/08/2025", "Evidence", "Status"],
        # the row's cells (no., rec, action, outcome, agency, officer, start, target, evidence, progress,
        # status) in this plan's printed order
        order=[0, 1, 2, 3, 5, 4, 6, 7, 9, 8, 10],
        widths=[1.0, 5.0, 4.2, 3.6, 3.0, 3.0, 1.5, 1.5, 6.2, 3.4, 1.8],
        description=(
            "The A3 eleven-column DHR plan varied: No. | Recommendation | Action | Outcome sought | Lead officer | "
            "Lead agency | Start date | Target date | Progress at 31/08/2025 | Evidence | Status, action numbers "
            "running 1-8, 'Rec N – ...' merged down, dates 'Mon yy', statuses Completed / On track / Slipped / Not "
            "started; page 2 notes, abbreviations and a version line."
        ),
    ),
}  # fmt: skip


def _month(raw: str) -> str:
    month, year = raw.split()
    return f"20{year}-{MONTHS.index(month) + 1:02d}"


def gold_for(stem: str):
    spec = DOCS[stem]

    def gold(lines: list[str]) -> dict:
        recommendations = [
            recommendation_record(
                no, text[:60], line_holding(lines, text, 3), agency=text.split(" should")[0], scope=None
            )
            for no, text, _ in spec["recs"]
        ]
        actions = [
            action_record(
                action[:40],
                line_holding(lines, action, 3),
                ref=act,
                recommendation_ref=no,
                lead=agency,
                target_date_raw=target,
                target_date=_month(target),
                status_raw=state,
                status=STATES[state],
            )
            for no, _, rows in spec["recs"]
            for act, action, _, agency, _, _, target, _, _, state in rows
        ]
        return plan_gold(
            stem,
            description=spec["description"],
            review=review("DHR", spec["area"], spec["victim"]),
            recommendations=recommendations,
            actions=actions,
            notes=(
                "Recommendations: the merged 'Rec N – ...' cells, ref N. Actions: one a row, ref the No. cell, "
                "lead the Lead agency (not the Lead officer), target the Target column (not Start), 'Slipped' "
                "behind schedule but under way (in progress). Not records: the notes, the key, abbreviations."
            ),
        )

    return gold


def build(stem: str, folder: Path = HERE) -> None:
    spec = DOCS[stem]
    doc = new_doc(
        landscape=True, font="Liberation Serif", size=8, footer_label=f"{spec['area']} DHR action plan"
    )
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)  # A3 landscape
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, spec["partnership"], bold=True, size=12)
    para(doc, f"Domestic Homicide Review ({spec['victim']}): action plan", bold=True, size=11)
    para(
        doc,
        f"This plan records what each agency agreed to do after the review into the death of {spec['victim']}. "
        "Agencies update their rows before every meeting of the review group.",
    )
    para(
        doc,
        "Key: Start and Target are month and year (Apr 25 is April 2025). Status is set by the lead agency.",
    )
    count = sum(len(rows) for _, _, rows in spec["recs"])
    para(doc, f"{len(spec['recs'])} recommendations, {count} actions.")
    t = make_table(doc, spec["headers"], spec["widths"], size=8)
    row = 1
    for no, text, rows in spec["recs"]:
        first = row
        for act, action, outcome, agency, officer, start, target, evidence, progress, state in rows:
            cells = [act, f"Rec {no} – {text}", action, outcome, agency, officer, start, target, evidence,
                     progress, state]  # fmt: skip
            add_row(t, [cells[k] for k in spec["order"]], spec["widths"], size=8)
            row += 1
        merge_down(t, 1, first, row - 1, size=8)
    page_break(doc)
    para(doc, "Notes", bold=True, size=10)
    para(
        doc,
        "A status of Slipped means the work has begun but will miss its target; the lead agency gives a new "
        "date at the next meeting.",
    )
    para(doc, "Evidence is held by the Partnership officer and can be seen on request.")
    para(doc, "Abbreviations", bold=True, size=10)
    kv_table(
        doc,
        [
            ("CSP", "Community Safety Partnership"),
            ("DHR", "Domestic Homicide Review"),
            ("GP", "General practitioner"),
        ],
        size=8,
    )
    para(doc, "Version 1.3, reviewed by the Partnership Board in October 2025.")
    save_with_gold(doc, folder, stem, gold_for(stem))


if __name__ == "__main__":
    for name in DOCS:
        build(name)
