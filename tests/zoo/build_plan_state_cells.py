"""Three small reports whose action plans and key events a plain pdftotext export scatters, each
built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext; the
gold is written by hand below. All people, places and agencies are fictional.

- `plan_done_in_target_cell_scarrowmere`: a DHR executive summary whose recommendations are
  bold "Recommendation N" lines over their paragraphs, and a landscape one-row-per-recommendation
  plan (No. | Recommendation | Scope | Action to take | Lead agency | Target date | Date of
  completion and outcome) in which a delivered action has "Completed" written in its Target date
  cell, the outcome beside it: the status is complete and there is no target date.
- `plan_progress_states_lomaxton`: a review's plan Rec | Action | Responsible agency | Timescale |
  Progress with no status column, the Progress cells holding the state alone ("On track",
  "Complete", "Not started", "Ongoing"): those are the rows' statuses.
- `chron_dated_bullets_hartsgrove`: a serious case review summary whose "Key events" are Word
  bullets, each "4 May 2021 – <event>" wrapped over two lines; pdftotext prints the bullet glyphs
  as a column of their own before the items, and each bullet is one chronology event.

    python tests/zoo/build_plan_state_cells.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, landscape_section, make_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

WRITTEN = "Written by helper s20b24plan; fictional."


def _spaced(doc):
    """Space after every paragraph, table cells too (a house style): plain pdftotext then prints
    each cell of a table as a block of its own."""
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    return doc


def _rec(ref, agency, text, lines, scope="local"):
    return recommendation_record(
        ref, first_words(text, 9), find_line(lines, text), agency=agency, scope=scope
    )


def _act(rec_ref, action, lead, target_raw, target, status_raw, status, lines):
    return action_record(
        first_words(action, 10),
        find_line(lines, action),
        recommendation_ref=rec_ref,
        lead=lead,
        target_date_raw=target_raw,
        target_date=target,
        status_raw=status_raw,
        status=status,
    )


# ---- 1. "Completed" in the Target date cell --------------------------------------------------
SCARROWMERE = "plan_done_in_target_cell_scarrowmere"
S_RECS = [
    (
        "1",
        "Scarrowmere Housing",
        "Scarrowmere Housing should tell the domestic abuse service within one working day when a tenant "
        "reports that a former partner has come back to the property.",
    ),
    (
        "2",
        "Scarrowmere Police",
        "Scarrowmere Police should check for an active court order before closing a report of a breach "
        "at the victim's home.",
    ),
    (
        "3",
        "The Scarrowmere Wellbeing Hub",
        "The Scarrowmere Wellbeing Hub should offer every client who discloses abuse a named worker for "
        "follow-up contact.",
    ),
    (
        "4",
        "Scarrowmere Community Safety Partnership",
        "Scarrowmere Community Safety Partnership should publish guidance for employers on supporting "
        "staff who are living with abuse.",
    ),
]
# (rec, scope, action, lead, target cell, outcome cell, gold target raw, target, status raw, status)
S_ROWS = [
    (
        "1",
        "Local",
        "Write a same-day notification step into the tenancy enforcement procedure",
        "Scarrowmere Housing, Tenancy Services",
        "Completed",
        "Procedure reissued 12 February 2025; all officers briefed.",
        None,
        None,
        "Completed",
        "complete",
    ),
    (
        "2",
        "Local",
        "Add a court order check to the breach report closure screen",
        "Scarrowmere Police",
        "30/06/2025",
        "In progress: screen change built and awaiting testing.",
        "30/06/2025",
        "2025-06-30",
        "In progress: screen change built and awaiting testing.",
        "in_progress",
    ),
    (
        "3",
        "Local",
        "Introduce a named worker role and record it on every open case",
        "Scarrowmere Wellbeing Hub",
        "Completed",
        "Named workers allocated from 1 April 2025.",
        None,
        None,
        "Completed",
        "complete",
    ),
    (
        "4",
        "Local",
        "Draft the employer guidance with the chamber of commerce and launch it",
        "Scarrowmere Community Safety Partnership",
        "December 2025",
        "Not started: waiting for the partnership's communications post to be filled.",
        "December 2025",
        "2025-12",
        "Not started: waiting for the partnership's communications post to be filled.",
        "not_started",
    ),
]


def scarrowmere_document():
    doc = _spaced(
        new_doc(header="Scarrowmere Community Safety Partnership", footer_label="DHR Lachlan – Page", size=11)
    )
    para(doc, "Domestic Homicide Review: Lachlan", bold=True, size=16)
    para(doc, "Executive summary", bold=True, size=13)
    heading(doc, "1. The review", 1)
    para(
        doc,
        "Lachlan was 37 when he was killed at his flat in Scarrowmere by a former partner who had been "
        "told by a court not to contact him. This summary sets out what the review found and what the "
        "partnership has agreed to do.",
    )
    heading(doc, "2. Findings", 1)
    para(
        doc,
        "Each agency knew something of the danger Lachlan faced, but no agency knew that the court order "
        "was in force when his former partner came back to the flat.",
    )
    heading(doc, "3. Recommendations", 1)
    for ref, _, text in S_RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    landscape_section(doc)
    para(doc, "Appendix 1: Action plan", bold=True, size=13)
    para(
        doc,
        "Where an action has been delivered the lead has written 'Completed' in the target date column "
        "and described the outcome in the last column.",
    )
    headers = [
        "No.",
        "Recommendation",
        "Scope",
        "Action to take",
        "Lead agency",
        "Target date",
        "Date of completion and outcome",
    ]
    widths = [1.2, 5.4, 1.6, 4.6, 3.4, 2.4, 5.0]
    t = make_table(doc, headers, widths)
    texts = {ref: text for ref, _, text in S_RECS}
    for rec, scope, action, lead, target, outcome, *_ in S_ROWS:
        add_row(t, [rec, texts[rec], scope, action, lead, target, outcome], widths)
    return doc


def scarrowmere_gold(lines):
    return plan_gold(
        SCARROWMERE,
        family="plan: 'Completed' written in the Target date cell of a one-row-per-recommendation plan is the status",
        description=(
            "DHR executive summary built in Word (python-docx, Arial 11), exported to PDF by LibreOffice "
            "and to text by plain pdftotext: four bold 'Recommendation N' lines over their paragraphs, then a landscape "
            "one-row-per-recommendation plan No. | Recommendation | Scope | Action to take | Lead agency | Target date | "
            "Date of completion and outcome, two delivered rows with 'Completed' in the Target date cell."
        ),
        review=review("DHR", "Scarrowmere", "Lachlan", doc_kind=None, age=37),
        recommendations=[_rec(ref, agency, text, lines) for ref, agency, text in S_RECS],
        actions=[
            _act(rec, action, lead, raw, target, sraw, status, lines)
            for rec, _, action, lead, _, _, raw, target, sraw, status in S_ROWS
        ],
        notes=(
            f"{WRITTEN} 'Completed' in a Target date cell says the action was delivered: status complete, "
            "no target date. The plan's Recommendation cells repeat the report's recommendations (same records)."
        ),
    )


# ---- 2. a Progress column of state words, no status column -----------------------------------
LOMAXTON = "plan_progress_states_lomaxton"
L_RECS = [
    (
        "1",
        "Lomaxton Safeguarding Adults Board",
        "Lomaxton Safeguarding Adults Board should agree with the hospital trust how an unpaid carer is told "
        "the date the person they look after will come home.",
    ),
    (
        "2",
        "Lomaxton Council Adult Social Care",
        "Lomaxton Council Adult Social Care should offer every carer named in a discharge plan an assessment "
        "within ten working days.",
    ),
    (
        "3",
        "Lomaxton Community Nursing",
        "Lomaxton Community Nursing should visit within two days of a discharge when the carer at home is over eighty.",
    ),
]
# (rec, action, lead, timescale, progress, gold target raw, target, status)
L_ROWS = [
    (
        "1",
        "Write a carer notice step into the discharge policy",
        "Discharge Hub Lead",
        "31/03/2025",
        "Complete",
        "31/03/2025",
        "2025-03-31",
        "complete",
    ),
    (
        "1",
        "Publish the notice step to ward staff on the intranet",
        "Discharge Hub Lead",
        "30/06/2025",
        "On track",
        "30/06/2025",
        "2025-06-30",
        "in_progress",
    ),
    (
        "2",
        "Add a carer assessment trigger to the discharge notice",
        "Carers Service Manager",
        "31/05/2025",
        "Not started",
        "31/05/2025",
        "2025-05-31",
        "not_started",
    ),
    (
        "2",
        "Check ten discharges each quarter for assessments offered",
        "Adult Services Practice Lead",
        "Ongoing",
        "Ongoing",
        "Ongoing",
        None,
        "in_progress",
    ),
    (
        "3",
        "Introduce a two-day visit standard for carers over eighty",
        "Lomaxton Community Nursing",
        "30/09/2025",
        "On track",
        "30/09/2025",
        "2025-09-30",
        "in_progress",
    ),
]


def lomaxton_document():
    doc = _spaced(
        new_doc(header="Lomaxton Safeguarding Adults Board", footer_label="SAR Oriel – Page", size=11)
    )
    para(doc, "Safeguarding Adults Review: Oriel", bold=True, size=16)
    para(doc, "Summary report", bold=True, size=13)
    heading(doc, "1. About Oriel", 1)
    para(
        doc,
        "Oriel was 76 and looked after her husband at home in Lomaxton. She died after a fall in the week "
        "he came home from hospital, before anyone had asked how she was managing.",
    )
    heading(doc, "2. Recommendations", 1)
    for ref, _, text in L_RECS:
        para(doc, f"{ref}. {text}")
    heading(doc, "3. Action plan", 1)
    para(
        doc,
        "Leads report on their actions to each meeting of the Board's carers subgroup.",
    )
    headers = ["Rec", "Action", "Responsible agency", "Timescale", "Progress"]
    widths = [1.2, 6.4, 3.8, 2.4, 2.4]
    t = make_table(doc, headers, widths, size=10)
    for rec, action, lead, timescale, progress, *_ in L_ROWS:
        add_row(t, [rec, action, lead, timescale, progress], widths, size=10)
    return doc


def lomaxton_gold(lines):
    return plan_gold(
        LOMAXTON,
        family="plan: a Progress column holding state words alone is the status where no status column is named",
        description=(
            "Safeguarding Adults Review summary built in Word (python-docx, Arial 11), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: three numbered recommendations, then a plan Rec | Action | "
            "Responsible agency | Timescale | Progress whose Progress cells are the state alone."
        ),
        review=review("SAR", "Lomaxton", "Oriel", doc_kind=None, age=76),
        recommendations=[_rec(ref, agency, text, lines) for ref, agency, text in L_RECS],
        actions=[
            _act(rec, action, lead, raw, target, progress, status, lines)
            for rec, action, lead, _, progress, raw, target, status in L_ROWS
        ],
        notes=(
            f"{WRITTEN} The plan has no Status column; its Progress cells hold only the state ('On track', "
            "'Complete', 'Not started', 'Ongoing'), which is each row's status. 'Ongoing' as a timescale names no date."
        ),
    )


# ---- 3. key events as dated bullets -------------------------------------------------------------
HARTSGROVE = "chron_dated_bullets_hartsgrove"
H_EVENTS = [
    (
        "4 May 2021",
        "2021-05-04",
        "The family moved from temporary accommodation into a two-bedroom house on the edge of Hartsgrove town.",
    ),
    (
        "August 2021",
        "2021-08",
        "The school nurse noted that the older child had missed six weeks of the summer term and wrote to the parents.",
    ),
    (
        "17 November 2021",
        "2021-11-17",
        "A neighbour called the police about shouting at the house; officers spoke to both parents and left.",
    ),
    (
        "9 February 2022",
        "2022-02-09",
        "The health visitor found the baby underweight and arranged a review at the clinic a week later.",
    ),
    (
        "16 February 2022",
        "2022-02-16",
        "The clinic review was missed and a second appointment letter was sent to the family's old address.",
    ),
    (
        "3 March 2022",
        "2022-03-03",
        "The baby was taken to hospital by ambulance with a head injury and a fractured arm.",
    ),
]
H_RECS = [
    (
        "1",
        "The Hartsgrove Safeguarding Children Partnership",
        "The Hartsgrove Safeguarding Children Partnership should make sure that a missed clinic review for "
        "an underweight baby is followed up by a home visit within two working days.",
    ),
    (
        "2",
        "Hartsgrove Health Visiting Service",
        "Hartsgrove Health Visiting Service should confirm a family's address at every contact after a "
        "house move.",
    ),
]


def hartsgrove_document():
    doc = new_doc(
        header="Hartsgrove Safeguarding Children Partnership",
        footer_label="CSPR Baby Tullagh – Page",
        size=11,
    )
    para(doc, "Child Safeguarding Practice Review: Baby Tullagh", bold=True, size=16)
    para(doc, "Summary of the review", bold=True, size=13)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Baby Tullagh was five months old when he was admitted to hospital with serious injuries. His "
        "parents were later charged. The partnership commissioned this review to learn how agencies worked together.",
    )
    heading(doc, "2. Key events", 1)
    para(doc, "The list below is taken from the merged chronology the agencies provided to the reviewer.")
    for date, _, text in H_EVENTS:
        para(doc, f"{date} – {text}", style="List Bullet")
    heading(doc, "3. What the review found", 1)
    para(
        doc,
        "A move of house and a missed appointment together meant that the baby was not seen by any "
        "professional for the three weeks before he was injured.",
    )
    heading(doc, "4. Recommendations", 1)
    for ref, _, text in H_RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    return doc


def hartsgrove_gold(lines):
    return plan_gold(
        HARTSGROVE,
        family="chronology: key events as Word bullets 'date – event', the bullets printed apart by pdftotext",
        description=(
            "Child safeguarding practice review summary built in Word (python-docx, Arial 11), exported to "
            "PDF by LibreOffice and to text by plain pdftotext: a 'Key events' list of six bullets 'date – event', each "
            "wrapped over two lines, the bullet glyphs printed as a column of their own before the items; two bold "
            "'Recommendation N' lines over their paragraphs."
        ),
        review=review("SCR", "Hartsgrove", doc_kind=None),
        recommendations=[_rec(ref, agency, text, lines) for ref, agency, text in H_RECS],
        chronology=[
            {
                "ref": None,
                "heading": None,
                "date_raw": raw,
                "date": date,
                "date_end": None,
                "relative": False,
                "text_start": first_words(text, 7),
                "line": find_line(lines, f"{raw} {text}"),
            }
            for raw, date, text in H_EVENTS
        ],
        notes=(
            f"{WRITTEN} Each bullet is one event, dated by the date opening it; the lead-in above the "
            "list is no event. The baby was injured, not killed."
        ),
    )


def main() -> None:
    save_with_gold(scarrowmere_document(), HERE, SCARROWMERE, scarrowmere_gold)
    save_with_gold(lomaxton_document(), HERE, LOMAXTON, lomaxton_gold)
    save_with_gold(hartsgrove_document(), HERE, HARTSGROVE, hartsgrove_gold)


if __name__ == "__main__":
    main()
