"""Build plan_agency_coded_refs_bands_fellbridge: a Community Safety Partnership's DHR action
plan as one table, Ref | Recommendation | Key actions | Lead | Target date | Status / evidence,
whose refs carry the recommending body's code: "MA1" for the overview report's multi-agency
recommendations, then each agency's own, numbered as in its management review ("Police 1",
"ICB.2", "ASC 1"). A band across the table names whose rows follow ("Multi-agency
recommendations", then each agency's name). On corpus text (pdfplumber, the cells of one printed
line joined by single spaces) every cell wraps over several lines beside the others.

Built in Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; the gold is written by hand below (each record's line looked up in the
text export). Render the corpus text with
`/tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending`.

    python tests/zoo/pending/build_plan_agency_coded_refs_bands.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan gold frame

from docx_build import add_row, full_row, landscape_section, make_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_agency_coded_refs_bands_fellbridge"
WRITTEN = "Written by helper s27cells; fictional."
HEADERS = ["Ref", "Recommendation", "Key actions", "Lead", "Target date", "Status / evidence"]
WIDTHS = [1.6, 6.6, 6.0, 3.6, 2.4, 4.4]
OVERVIEW = "Fellbridge Community Safety Partnership"
# (the printed dates iso() does not read: short months, a financial year as its first year)
DATES = {"Apr 2023": "2023-04", "2023/24": "2023", "Mar 2024": "2024-03"}
STATUS = {
    "Complete – minutes seen": "complete",
    "In progress – on track": "in_progress",
    "Complete": "complete",
    "Not started": "not_started",
    "Partly complete": "in_progress",
}

# (band, body the band names (None: the overview's), [(ref, recommendation, action, lead, target, status)])
PLAN = [
    (
        "Multi-agency recommendations",
        None,
        [
            (
                "MA1",
                "Fellbridge Community Safety Partnership should ask every member agency to name a "
                "lead for older people who experience abuse from an adult child.",
                "Write to each member agency asking for a named lead by the spring.",
                "Partnership Manager",
                "Apr 2023",
                "Complete – minutes seen",
            ),
            (
                "MA2",
                "The Partnership should run a learning event for practitioners on carers who "
                "harm the person they care for.",
                "Hold a half-day event with the carers' centre and publish the slides.",
                "Learning and Development Lead",
                "30/09/2023",
                "In progress – on track",
            ),
        ],
    ),
    (
        "Fellbridge Constabulary",
        "Fellbridge Constabulary",
        [
            (
                "Police 1",
                "Fellbridge Constabulary should make sure that call handlers ask whether an older "
                "caller lives with the person they are reporting.",
                "Add the question to the call handling script and brief every shift.",
                "Chief Inspector, Contact Centre",
                "June 2023",
                "Complete",
            ),
            (
                "Police 2",
                "The Constabulary should flag addresses where an older person has reported abuse "
                "by a relative living there.",
                "Agree the flag's wording with the force's records team.",
                "Detective Inspector, Safeguarding",
                "2023/24",
                "Not started",
            ),
        ],
    ),
    (
        "Fellbridge Integrated Care Board",
        "Fellbridge Integrated Care Board",
        [
            (
                "ICB.1",
                "The Integrated Care Board should remind GP practices to see older patients alone "
                "for part of every review when a relative usually attends with them.",
                "Send a practice bulletin and add the point to the annual safeguarding audit.",
                "Named GP for Safeguarding",
                "31/12/2023",
                "Partly complete",
            ),
        ],
    ),
    (
        "Fellbridge Council Adult Social Care",
        "Fellbridge Council Adult Social Care",
        [
            (
                "ASC 1",
                "Adult Social Care should offer a carer's assessment whenever an adult child moves "
                "in to look after a parent.",
                "Change the referral form so that the offer is recorded.",
                "Principal Social Worker",
                "Mar 2024",
                "Complete",
            ),
        ],
    ),
]


def document():
    doc = new_doc(header="Fellbridge CSP – DHR 'Edith' – Action Plan", footer_label="Page", size=10)
    landscape_section(doc)
    para(doc, "Fellbridge Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of 'Edith' – Action Plan", bold=True, size=12)
    para(
        doc,
        "Refs beginning MA are the overview report's multi-agency recommendations; each agency's "
        "own recommendations keep the code and number its management review gave them. Status as "
        "reported to the Partnership's review group in November 2023.",
    )
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    for band, _, rows in PLAN:
        full_row(t, band, size=9)
        for row in rows:
            add_row(t, list(row), WIDTHS, size=9)
    return doc


def gold(lines):
    recs, actions = [], []
    for _, body, rows in PLAN:
        for ref, rec, action, lead, target, status in rows:
            recs.append(
                recommendation_record(
                    ref,
                    first_words(rec, 10),
                    find_line(lines, first_words(rec, 4)),
                    agency=body or OVERVIEW,
                    level="agency" if body else "overview",
                )
            )
            actions.append(
                action_record(
                    first_words(action, 6),
                    find_line(lines, first_words(action, 3)),
                    ref=ref,
                    recommendation_ref=ref,
                    agency_section=body or "overview",
                    lead=lead,
                    target_date_raw=target,
                    target_date=DATES.get(target) or iso(target),
                    status_raw=status,
                    status=STATUS[status],
                )
            )
    return plan_gold(
        STEM,
        family="plan: refs coded by the recommending body ('MA1', 'Police 1', 'ICB.1') under bands naming it",
        description=(
            "CSP's DHR action plan built in Word (python-docx, Arial 9 table, landscape), exported to "
            "PDF by LibreOffice and to text by plain pdftotext: Ref | Recommendation | Key actions | "
            "Lead | Target date | Status / evidence, one action a row, refs coded by the recommending "
            "body, bands across the table naming the overview's and each agency's part."
        ),
        review=review("DHR", "Fellbridge", "Edith"),
        recommendations=recs,
        actions=actions,
        notes=(
            f"{WRITTEN} Each row is one recommendation and its one action: the action's ref and "
            "recommendation_ref are the row's ref. A status with a note after its dash keeps the note "
            "in status_raw."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
