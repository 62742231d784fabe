"""Build plan_agency_small_tables_harrowby: a DHR executive summary that states its overview and
single-agency recommendations as numbered lists (each agency's list under the agency's name),
then prints the action plan as one table for the overview recommendations and one small table
per agency, each under the agency's name and the same header: Recommendation | Action | Lead
officer | Target date | Status. A recommendation's cell holds its number and a short title,
merged down over its actions; each action's cell opens with the action's own number, in an
agency's table behind the agency's letter ("C1.1" for the constabulary's first). The agencies'
tables hold one or two rows each.

Built in Word (python-docx, Arial 9 table), exported to PDF by LibreOffice and to text by plain
pdftotext; the gold is written by hand below (each record's line looked up in the text export).
Render the corpus text with `/tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending`.

    python tests/zoo/pending/build_plan_agency_small_tables.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan gold frame

from docx_build import merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_agency_small_tables_harrowby"
WRITTEN = "Written by helper s27cells; fictional."
HEADERS = ["Recommendation", "Action", "Lead officer", "Target date", "Status"]
WIDTHS = [4.2, 5.4, 3.2, 2.2, 2.4]
STATUS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Partly done – draft agreed": "in_progress",
}
OVERVIEW = "Harrowby Vale Community Safety Partnership"

# (agency heading or None for the overview, letters before its actions' numbers,
#  [(number, recommendation, title, [(action, lead, target, status), ...]), ...])
PLAN = [
    (
        None,
        "",
        [
            (
                "1",
                "Harrowby Vale Community Safety Partnership should publish one guide for all its "
                "members on asking about abuse when a relative is present at an appointment.",
                "Asking safely with relatives present",
                [
                    (
                        "Write the guide with two survivors' groups",
                        "Partnership Coordinator",
                        "31/05/2024",
                        "Complete",
                    ),
                    (
                        "Send the guide to every member agency",
                        "Partnership Coordinator",
                        "July 2024",
                        "In progress",
                    ),
                ],
            ),
            (
                "2",
                "The Partnership should agree how older victims are told about the outreach "
                "service when they leave hospital.",
                "Older victims leaving hospital",
                [
                    (
                        "Add the outreach leaflet to discharge packs",
                        "Hospital Safeguarding Lead",
                        "30 September 2024",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Harrowby Vale Constabulary",
        "C",
        [
            (
                "1",
                "Officers will record who else was present whenever they speak to a possible victim at home.",
                "Recording who was present",
                [
                    (
                        "Change the attendance form to ask who was present",
                        "Inspector, Public Protection",
                        "31/03/2024",
                        "Complete",
                    )
                ],
            ),
            (
                "2",
                "The Constabulary will check how often repeat callers over seventy are referred "
                "to the outreach service.",
                "Referrals of older repeat callers",
                [
                    (
                        "Audit a year of repeat calls from older callers",
                        "Performance Analyst",
                        "December 2024",
                        "Partly done – draft agreed",
                    )
                ],
            ),
        ],
    ),
    (
        "Millbeck Housing Trust",
        "H",
        [
            (
                "1",
                "Tenancy officers will be trained to notice signs that a tenant is controlled by "
                "a family member.",
                "Training for tenancy officers",
                [
                    (
                        "Run two training mornings for every tenancy team",
                        "Tenancy Services Manager",
                        "April 2025",
                        "In progress",
                    )
                ],
            ),
        ],
    ),
    (
        "Harrowby Vale Ambulance Service",
        "A",
        [
            (
                "1",
                "Crews will pass on any concern about abuse to the patient's doctor through the "
                "safeguarding referral line.",
                "Passing concerns to the doctor",
                [
                    (
                        "Remind every crew of the referral line at briefings",
                        "Safeguarding Practitioner",
                        "28/02/2025",
                        "Not started",
                    )
                ],
            ),
        ],
    ),
]


def document():
    doc = new_doc(header="Harrowby Vale DHR 'Tamsin' – Executive Summary", footer_label="Page", size=10.5)
    para(doc, "Domestic Homicide Review: 'Tamsin'", bold=True, size=14)
    para(doc, "Executive Summary", bold=True, size=12)
    para(doc, "1. Recommendations", bold=True, size=12)
    para(doc, "Overview recommendations", bold=True)
    for heading, _, recs in PLAN:
        if heading == PLAN[1][0]:
            para(doc, "Single agency recommendations", bold=True)
            para(doc, "Each agency that took part made recommendations for its own services:")
        if heading is not None:
            para(doc, heading, bold=True)
        for number, rec, _, _ in recs:
            para(doc, f"{number}. {rec}")
    para(doc, "Appendix A: Action Plan", bold=True, size=12)
    for heading, letters, recs in PLAN:
        para(doc, heading or "Overview recommendations", bold=True)
        groups = [
            (
                (f"{number}. {title}",),
                [(f"{letters}{number}.{m} {a}", lead, t, s) for m, (a, lead, t, s) in enumerate(acts, 1)],
            )
            for number, _, title, acts in recs
        ]
        merged_plan_table(doc, HEADERS, WIDTHS, groups, size=9)
    para(doc, "")
    para(doc, "The Partnership will report progress on this plan to its board every quarter.")
    return doc


def _actions(lines):
    return [
        action_record(
            first_words(action, 6),
            find_line(lines, first_words(action, 3)),
            ref=f"{letters}{number}.{m}",
            recommendation_ref=number,
            agency_section=heading or "overview",
            lead=lead,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=status,
            status=STATUS[status],
        )
        for heading, letters, recs in PLAN
        for number, _, _, actions in recs
        for m, (action, lead, target, status) in enumerate(actions, 1)
    ]


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: one small table per agency under its heading, action numbers behind the agency's letters",
        description=(
            "DHR executive summary built in Word (python-docx, Arial 9 tables), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: numbered overview and single-agency "
            "recommendations in the text, then an action plan of one table for the overview and one "
            "small table (one or two rows) per agency under its name, Recommendation | Action | Lead "
            "officer | Target date | Status, the recommendation cell a number and a title merged over "
            "its actions, each action cell opening with its number ('1.1', or 'C1.1' in the "
            "constabulary's table)."
        ),
        review=review("DHR", "Harrowby Vale", "Tamsin", doc_kind="executive_summary"),
        recommendations=[
            recommendation_record(
                number,
                first_words(rec, 10),
                find_line(lines, first_words(rec, 6)),
                agency=heading or OVERVIEW,
                level="agency" if heading else "overview",
            )
            for heading, _, recs in PLAN
            for number, rec, _, _ in recs
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} Each agency numbers its recommendations afresh; an action's ref is printed "
            "with its agency's letter and its recommendation_ref is the recommendation's number in "
            "that agency's list. 'Partly done – draft agreed' -> in_progress."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
