"""Build two SAR overview report extracts whose chronology is a set of key practice episodes.

Each episode is a Heading 3 line naming its number, its dates and a short title over one
paragraph: "KPE 2: October 2020 – February 2021 – Missed clinic letters" (a day range, a month
range, one day, a range inside one month), or, in the second way of writing it, "Key episode 3
(June – August 2020): ..." with the dates in brackets. The recommendations are hanging
paragraphs "(1)" .. "(5)" (the second: "R1" .. "R4"); an appendix plan Rec | Action | What will
be done | Lead | Review date | Status has the Rec cell "(N)" merged down over its rows and
actions numbered through the plan ("A1" .. "A8"; the second: lettered "1a", "1b", "2a" under
"Ref | Action | Detail of action | ..."), the action's words in the column after the numbered one.

Built in Word (python-docx, DejaVu Serif Condensed 9.5 / Liberation Serif 10.5), exported to
PDF by LibreOffice and to text by plain pdftotext; corpus text by
`/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_key_practice_episodes.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, heading, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, first_words, iso, line_holding, plan_gold, recommendation_record, review  # noqa: E402

WRITTEN = "Written by helper s44h44kpe; fictional."
STATES = {"completed": "complete", "partly completed": "in_progress", "not yet started": "not_started"}
STATES.update({"done": "complete", "under way": "in_progress", "not begun": "not_started"})


@dataclass
class Review:
    stem: str
    area: str
    board: str
    person: str
    font: str
    size: float
    episodes: list  # (heading, paragraph, date, date_end)
    recs: list  # (label, text)
    plan_headers: list
    plan: list  # (rec label, code, title, what will be done, lead, review date, status)
    episodes_title: str = "3. Key practice episodes"


def _episodes(doc, r: Review):
    heading(doc, r.episodes_title, level=1)
    para(
        doc,
        f"The panel chose the periods below as the key practice episodes of {r.person}'s contact with "
        "services. Each is told briefly here; the analysis that follows draws on all of them.",
    )
    for head, text, _, _ in r.episodes:
        heading(doc, head, level=3)
        para(doc, text)


def _recommendations(doc, r: Review):
    heading(doc, "5. Recommendations", level=1)
    para(doc, f"The review makes the following recommendations to {r.board}.")
    for label, text in r.recs:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"{label}\t{text}")
    para(doc, "Independent reviewer: Dr Iona Prestwick, December 2024.", italic=True)


def _plan(doc, r: Review):
    heading(doc, "Appendix: Board action plan", level=1)
    para(doc, "Status as reported to the Board's review sub-group in May 2025.", italic=True)
    widths = [1.3, 2.6, 6.2, 2.6, 2.0, 2.3]
    t = make_table(doc, r.plan_headers, widths, size=8.5)
    row, first, last_rec = 1, 1, None
    for rec, code, title, what, lead, when, state in r.plan:
        if rec != last_rec and last_rec is not None:
            merge_down(t, 0, first, row - 1, size=8.5)
            first = row
        last_rec = rec
        add_row(t, [rec, f"{code}\n{title}" if title else code, what, lead, when, state], widths, size=8.5)
        row += 1
    merge_down(t, 0, first, row - 1, size=8.5)


def document(r: Review):
    doc = new_doc(
        header=f"{r.board} – SAR {r.person}",
        footer_label=f"SAR {r.person} – Overview report (extract)",
        font=r.font,
        size=r.size,
    )
    para(doc, f"Safeguarding Adults Review: {r.person}", bold=True, size=15)
    para(doc, "Overview report (extract)", size=12)
    heading(doc, "1. Introduction", level=1)
    para(
        doc,
        f"{r.person} was a man of 63 who lived alone in {r.area}. He died in hospital after a fall at home. "
        f"The {r.board} agreed that the criteria for a review were met because agencies could have worked "
        "together more closely.",
    )
    heading(doc, "2. How the review was done", level=1)
    para(
        doc,
        "Agencies gave chronologies and short reports. The reviewer met the practitioners at a learning event "
        "and spoke with his sister.",
    )
    _episodes(doc, r)
    heading(doc, "4. Analysis", level=1)
    para(
        doc,
        "Across the episodes, contact was frequent but short. No agency held the whole picture and the "
        "question of whether he could make decisions about his care was never asked in a planned way.",
    )
    _recommendations(doc, r)
    page_break(doc)
    _plan(doc, r)
    return doc


def gold(r: Review):
    def make(lines):
        recs = [
            recommendation_record(label.strip("()"), first_words(text, 10), line_holding(lines, text, 6))
            for label, text in r.recs
        ]
        actions = [
            action_record(
                first_words(what, 8),
                line_holding(lines, what, 4),
                ref=code,
                recommendation_ref=rec.strip("()"),
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=state,
                status=STATES[state.lower()],
            )
            for rec, code, _, what, lead, when, state in r.plan
        ]
        chronology = [
            {
                "ref": None,
                "heading": None,
                "date_raw": None,
                "date": start,
                "date_end": end,
                "relative": False,
                "text_start": first_words(text, 8),
                "line": line_holding(lines, text, 6),
            }
            for _, text, start, end in r.episodes
        ]
        return plan_gold(
            r.stem,
            family="SAR overview extract: key practice episode headings with date ranges, a plan numbered through",
            description=(
                "SAR overview report extract built in Word, exported to PDF by LibreOffice and to text by plain "
                "pdftotext: Heading 3 key practice episodes naming their dates over one paragraph each, hanging "
                "recommendations, an appendix plan whose numbered column holds the action's code and the next "
                "column its words."
            ),
            review=review("SAR", r.area, r.person, doc_kind="overview_report", age=63),
            recommendations=recs,
            actions=actions,
            chronology=chronology,
            notes=(
                f"{WRITTEN} Chronology: one entry per episode, its date the start of the heading's dates and "
                "date_end their end. Actions: ref the printed code, recommendation_ref the merged Rec cell's "
                "number, the action the 'What will be done' / 'Detail' cell."
            ),
        )

    return make


MARSHGATE = Review(
    stem="sar_overview_kpe_headings_date_ranges_paren_recs_plan_codes_a1_marshgate",
    area="Marshgate",
    board="Marshgate Safeguarding Adults Board",
    person="Mr H",
    font="DejaVu Serif Condensed",
    size=9.5,
    episodes=[
        (
            "KPE 1: 9 March – 28 May 2020 – Leaving the ward without a plan",
            "Mr H was discharged home after a chest infection. The ward asked the district nurses to visit, but "
            "the referral gave no key safe number and two visits found nobody answering the door.",
            "2020-03-09",
            "2020-05-28",
        ),
        (
            "KPE 2: October 2020 – February 2021 – Missed clinic letters",
            "Four letters offering a diabetes clinic went unanswered. The practice removed him from the clinic "
            "list without a call, and his pharmacy noticed he had stopped collecting insulin.",
            "2020-10",
            "2021-02",
        ),
        (
            "KPE 3: 17 June 2021 – The smoke alarm call",
            "Fire officers fitting an alarm found the flat cold and cluttered. Their referral to adult social care "
            "was screened out as a lifestyle choice after a short telephone call with him.",
            "2021-06-17",
            None,
        ),
        (
            "KPE 4: 8 – 23 September 2021 – The last admission",
            "A neighbour called an ambulance when he fell in the stairwell. He was admitted with a hip fracture "
            "and pressure sores and died on the ward two weeks later.",
            "2021-09-08",
            "2021-09-23",
        ),
    ],
    recs=[
        ("(1)", "The Board should ask hospital trusts to confirm access to the home before any discharge."),
        (
            "(2)",
            "The Board should seek assurance that practices call a patient before removing them from a list.",
        ),
        (
            "(3)",
            "The Board should ask pharmacies to tell the GP when a person stops collecting vital medicines.",
        ),
        (
            "(4)",
            "The Board should review how referrals about self-neglect are screened by adult social care.",
        ),
        (
            "(5)",
            "The Board should publish a short guide for practitioners on assessing mental capacity at home.",
        ),
    ],
    plan_headers=["Rec", "Action", "What will be done", "Lead", "Review date", "Status"],
    plan=[
        (
            "(1)",
            "A1",
            "",
            "Add an access check to the discharge checklist.",
            "Marshgate Hospitals",
            "March 2025",
            "Completed",
        ),
        (
            "(1)",
            "A2",
            "",
            "Audit twenty discharges for the access check.",
            "Marshgate Hospitals",
            "September 2025",
            "Not yet started",
        ),
        (
            "(2)",
            "A3",
            "",
            "Write to every practice about list removals.",
            "Marshgate ICB",
            "January 2025",
            "Completed",
        ),
        (
            "(2)",
            "A4",
            "",
            "Include list removals in the practice safeguarding audit.",
            "Marshgate ICB",
            "June 2025",
            "Partly completed",
        ),
        (
            "(3)",
            "A5",
            "",
            "Agree a notification route from pharmacies to practices.",
            "Community Pharmacy Marshgate",
            "April 2025",
            "Partly completed",
        ),
        (
            "(4)",
            "A6",
            "",
            "Review the screening guidance for self-neglect referrals.",
            "Adult Social Care",
            "February 2025",
            "Completed",
        ),
        (
            "(4)",
            "A7",
            "",
            "Sample screened-out referrals each quarter.",
            "Adult Social Care",
            "July 2025",
            "Partly completed",
        ),
        (
            "(5)",
            "A8",
            "",
            "Draft the practitioner guide with the capacity lead.",
            "Board Business Unit",
            "May 2025",
            "Partly completed",
        ),
        (
            "(5)",
            "A9",
            "",
            "Launch the guide at the autumn learning event.",
            "Board Business Unit",
            "October 2025",
            "Not yet started",
        ),
    ],
)

QUENDALE = Review(
    stem="sar_overview_key_episode_headings_bracketed_dates_r_recs_lettered_plan_quendale",
    episodes_title="3. Key episodes and analysis",  # (a heading naming their analysis)
    area="Quendale",
    board="Quendale Safeguarding Adults Partnership",
    person="Mr B",
    font="Liberation Serif",
    size=10.5,
    episodes=[
        (
            "Key episode 1 (4 January – 15 February 2019): a tenancy under strain",
            "Rent arrears built up after his wife moved into a care home. Letters from the housing officer went "
            "unopened and a planned home visit was cancelled when he did not answer the phone.",
            "2019-01-04",
            "2019-02-15",
        ),
        (
            "Key episode 2 (June – August 2019): contact with the memory clinic",
            "His GP referred him to the memory clinic after a fall in the street. He missed the first "
            "appointment; the clinic wrote to him again but did not tell the practice.",
            "2019-06",
            "2019-08",
        ),
        (
            "Key episode 3 (21 November 2019): the welfare check",
            "Police forced entry after a neighbour raised concerns. Officers found him confused and without "
            "heating, and their report to the local authority arrived eleven days later.",
            "2019-11-21",
            None,
        ),
    ],
    recs=[
        ("R1", "Housing providers should agree a visit when a tenant's arrears follow a change at home."),
        ("R2", "The memory service should tell the referring GP whenever a first appointment is missed."),
        ("R3", "Police should send welfare check reports about adults at risk within two working days."),
        ("R4", "The Partnership should test how quickly reports reach adult social care."),
    ],
    plan_headers=["Rec", "Action", "Detail of action", "Lead", "Review date", "Status"],
    plan=[
        (
            "R1",
            "1a",
            "",
            "Add a prompt to the arrears process for a home visit.",
            "Quendale Homes",
            "April 2025",
            "Done",
        ),
        ("R1", "1b", "", "Brief housing officers on the prompt.", "Quendale Homes", "June 2025", "Under way"),
        (
            "R2",
            "2a",
            "",
            "Change the clinic's missed appointment letter template.",
            "Memory Service",
            "March 2025",
            "Done",
        ),
        (
            "R3",
            "3a",
            "",
            "Set a two-day standard for welfare check reports.",
            "Quendale Police",
            "May 2025",
            "Under way",
        ),
        (
            "R4",
            "4a",
            "",
            "Run a dip sample of twenty reports.",
            "Partnership Business Unit",
            "November 2025",
            "Not begun",
        ),
    ],
)

REVIEWS = [MARSHGATE, QUENDALE]

if __name__ == "__main__":
    for r in REVIEWS:
        save_with_gold(document(r), HERE, r.stem, gold(r))
