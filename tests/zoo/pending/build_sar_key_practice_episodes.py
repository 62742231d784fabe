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
    plan_own_page: bool = True  # (else the plan follows the recommendations and its rows run over a page)
    analysis: str = (
        "Across the episodes, contact was frequent but short. No agency held the whole picture and the "
        "question of whether he could make decisions about his care was never asked in a planned way."
    )


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
    for text in r.analysis.split("\n\n"):  # (a blank line parts its paragraphs)
        para(doc, text)
    _recommendations(doc, r)
    if r.plan_own_page:
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

# (the plan straight after the recommendations, not on a page of its own: its rows run over the
# page break, the running head, footer and page number printed between them)
HAZELTHORN = Review(
    stem="sar_overview_kpe_headings_plan_codes_rows_over_page_break_hazelthorn",
    area="Hazelthorn",
    board="Hazelthorn Safeguarding Adults Board",
    person="Mr J",
    font="DejaVu Serif Condensed",
    size=9.5,
    plan_own_page=False,
    analysis=(
        "Across the episodes, each agency saw one part of his life and acted on that part alone. Referrals "
        "were made but their outcomes were not followed up, and the people who knew him best, his brother "
        "and the staff at the day centre, were rarely asked what they had noticed. Practitioners told the "
        "review that they had worried about him for a long time but did not know whom to tell. Several "
        "said that a meeting of all the agencies would have helped, but nobody felt it was their place to "
        "call one. The review found that the Board's escalation guidance was known to managers but not to "
        "front-line staff, and that the guidance on self-neglect did not say when a multi-agency meeting "
        "should be held. Where he declined help, his decisions were recorded as choices without any record "
        "of whether he understood what he was declining or what might follow. The panel also heard that "
        "staff turnover in two teams meant that nobody who knew him in 2020 was still working with him a "
        "year later, so each new worker started again from the referral form.\n\n"
        "The review also looked at how the agencies recorded what Mr J said he wanted. His own words "
        "appear in very few records. Where they do, they show a man who valued his independence and "
        "his routine at the day centre, who did not want to move, and who worried about being a burden "
        "on his brother. The panel thought that a conversation built around those wishes, rather than "
        "around the services on offer, might have found a way to keep him warm and fed at home. The "
        "practitioners agreed, and several described changes they had already made to the way they open "
        "a first visit. The recommendations that follow build on that learning and on the Board's own "
        "review of its guidance, and the action plan in the appendix sets out what each partner has "
        "agreed to do, who leads the work and when the Board will next review it.\n\n"
        "Finally, the review considered the Board's own part. Its self-neglect guidance was written five "
        "years ago and has not been tested with practitioners since. Its audit programme looked at case "
        "files one agency at a time and so could not see a pattern like the one in this review, where "
        "every single contact was handled reasonably but the contacts were never put together. The Board "
        "has accepted this finding. It has asked its quality sub-group to design a multi-agency audit of "
        "self-neglect cases and to report on the first round within a year. The panel welcomes this and "
        "has framed its fourth and fifth recommendations so that they can be checked by that audit. It also "
        "thanks Mr J's brother, who met the reviewer twice and whose account of his brother's life, his "
        "humour and his long years of work at the town's printing works shaped the whole of this report. "
        "The panel hopes that the Board will share this report with the day centre's staff and volunteers, "
        "who asked to hear what the review found and who knew Mr J for longer than any other service did.\n\n"
        "The Board's chair has written to each partner asking for a named lead for every action and for "
        "a short report on progress before each meeting of the review sub-group. The sub-group will look "
        "first at the actions that change daily practice, the discharge letters, the repair calls and the "
        "replies to providers, because those are the points at which Mr J's needs were seen and then lost. "
        "It will then look at the guidance and the briefing, which the Board expects to test through its "
        "new multi-agency audit. The status shown in the plan is the position the partners reported.\n\n"
        "Some partners have gone further than the plan asks. The hospital trust has added a line to its "
        "discharge checklist asking whether the patient lives alone and whether anyone checks on them, and "
        "the landlord has begun to ask its repair operatives to report any home that is very cold or where "
        "the tenant seems unwell. The day centre has set up a simple log of concerns raised with other "
        "agencies and the replies received, which its manager reviews each month. The panel has not been "
        "able to test these changes, and they are not part of the Board's plan, but they show the spirit in "
        "which the partners have taken this review. The Board will ask each partner to say at the next "
        "review meeting whether these local changes should become part of the shared guidance for the area."
    ),
    episodes=[
        (
            "KPE 1: 2 February – 19 April 2021 – A hospital stay and a quick discharge",
            "Mr J was admitted after a fall in his kitchen and went home after nine days. The discharge "
            "letter asked the practice to review his medicines, but no review was booked.",
            "2021-02-02",
            "2021-04-19",
        ),
        (
            "KPE 2: July – November 2021 – The day centre notices a change",
            "Staff at the day centre saw that he had lost weight and was wearing the same clothes each week. "
            "They told his social worker by email, and the email was filed without a reply.",
            "2021-07",
            "2021-11",
        ),
        (
            "KPE 3: 6 January 2022 – A call from his brother",
            "His brother rang the council's contact centre to say the flat had no heating. The call was logged "
            "as a housing repair and passed to the landlord.",
            "2022-01-06",
            None,
        ),
        (
            "KPE 4: 14 – 28 March 2022 – The final weeks",
            "A paramedic crew found him on the floor of his flat after a neighbour heard him calling. He was "
            "admitted with hypothermia and an infection and died in hospital a fortnight later.",
            "2022-03-14",
            "2022-03-28",
        ),
    ],
    recs=[
        ("(1)", "The Board should ask hospitals to book any medicines review a discharge letter asks for."),
        ("(2)", "The Board should make sure day services know how to raise a concern and get a reply."),
        (
            "(3)",
            "The Board should ask the contact centre to check for a welfare concern behind a repair call.",
        ),
        ("(4)", "The Board should add to its self-neglect guidance when a multi-agency meeting is held."),
        ("(5)", "The Board should brief front-line staff on its escalation guidance."),
    ],
    plan_headers=["Rec", "Action", "What will be done", "Lead", "Review date", "Status"],
    plan=[
        (
            "(1)",
            "A1",
            "",
            "Add a booking step to the discharge letter process.",
            "Hazelthorn Hospitals",
            "April 2025",
            "Completed",
        ),
        (
            "(1)",
            "A2",
            "",
            "Check thirty discharge letters for a booked review.",
            "Hazelthorn Hospitals",
            "October 2025",
            "Not yet started",
        ),
        (
            "(2)",
            "A3",
            "",
            "Give day centres a named contact in each team.",
            "Adult Social Care",
            "February 2025",
            "Completed",
        ),
        (
            "(2)",
            "A4",
            "",
            "Set a five-day reply standard for concerns from providers.",
            "Adult Social Care",
            "June 2025",
            "Partly completed",
        ),
        (
            "(3)",
            "A5",
            "",
            "Add a welfare question to the repair call script.",
            "Customer Services Manager",
            "March 2025",
            "Partly completed",
        ),
        (
            "(4)",
            "A6",
            "",
            "Redraft the self-neglect guidance with the partners.",
            "Board Business Unit",
            "May 2025",
            "Completed",
        ),
        (
            "(4)",
            "A7",
            "",
            "Test the redrafted guidance with two teams.",
            "Board Business Unit",
            "August 2025",
            "Partly completed",
        ),
        (
            "(5)",
            "A8",
            "",
            "Write a one-page escalation briefing.",
            "Board Training Lead",
            "January 2025",
            "Completed",
        ),
        (
            "(5)",
            "A9",
            "",
            "Deliver the briefing at every team meeting.",
            "Board Training Lead",
            "December 2025",
            "Not yet started",
        ),
    ],
)

REVIEWS = [MARSHGATE, QUENDALE, HAZELTHORN]

if __name__ == "__main__":
    # (name stems to build only those: python ... STEM ...)
    for r in REVIEWS:
        if len(sys.argv) < 2 or r.stem in sys.argv[1:]:
            save_with_gold(document(r), HERE, r.stem, gold(r))
