"""Build the heldout19 blind documents as Word files (python-docx).

Run once:  python tests/heldout19/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families as they are published: a DHR overview report whose recommendations
are numbered paragraphs 12.1-12.8 of a "Recommendations" chapter, with a landscape Home Office-template
action plan appended (narrow columns, cells wrapping, "Completed" alone in the outcome column); a
Safeguarding Adults Review with a Date | Agency | Contact/Event | Comment chronology table over two pages
(approximate dates) and run-in "Recommendation N:" paragraphs; a Child Safeguarding Practice Review
executive summary whose findings are each followed by a shaded recommendation box, with a partnership
response table carrying RAG words; a standalone landscape DHR tracker whose Rec No. cells hold "1a",
"1b" under a merged recommendation; and a DHR executive summary with single-agency recommendations in
an "Agency | Recommendations" table numbered within each agency, overview recommendations 1-6 and a
narrative chronology under bold year lines.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_row,
    box,
    docx_saver,
    dotted_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    merged_plan_table,
    new_doc,
    numbered,
    page_break,
    para,
    set_widths,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def airy(doc, spacing=1.2, after=6):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def paras(doc, number, texts, start=1):
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def listed(doc, items, style="List Bullet"):
    for s in items:
        para(doc, s, style=style)


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def contents(doc, lines, width_cm=16):
    heading(doc, "Contents", 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=width_cm)


def run_in(doc, label, text, size=None):
    """A paragraph opening with a bold label run ('Recommendation 1:') and the text after it."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def label_box(doc, label, text, fill, width=16.5, size=10):
    """A one-cell shaded box whose one paragraph opens with a bold label, the text running on."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run(label + " ")
    r.bold = True
    r.font.size = Pt(size)
    p.add_run(text).font.size = Pt(size)
    shade(c, fill)
    set_widths(t, [width])
    doc.add_paragraph()
    return t


# ================= 1. DHR overview report, recommendations 12.1-12.8, Home Office template plan appended
def doc_kestlebury():
    stem = "dhr_overview_numbered_para_recs_ho_plan_wrapped_kestlebury"
    doc = new_doc(header="OFFICIAL – Kestlebury DHR ‘Odette’ – Overview Report", footer_label="Page")
    airy(doc, spacing=1.05, after=4)
    cover(
        doc,
        [
            ("Kestlebury Community Safety Partnership", 15, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Overview Report", 16, True),
            ("", 12, False),
            ("Into the death of ‘Odette’, aged 38, in October 2022", 13, False),
            ("Independent Chair and Author: Ottoline Quenneville", 12, False),
            ("KCSP DHR 2022/04", 12, True),
            ("Final version – May 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("Glossary", 2),
            ("1. Introduction", 2),
            ("2. Terms of reference", 2),
            ("3. Methodology", 2),
            ("4. The review panel", 3),
            ("5. Involvement of family and friends", 3),
            ("6. Equality and diversity", 3),
            ("7. Background", 3),
            ("8. Analysis", 3),
            ("9. Good practice", 3),
            ("10. Conclusions", 3),
            ("11. Lessons learned", 3),
            ("12. Recommendations", 4),
            ("Appendix A – Action plan", 5),
        ],
    )
    heading(doc, "Glossary", 2)
    kv_table(
        doc,
        [
            ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("ED", "Emergency Department"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("KCSP", "Kestlebury Community Safety Partnership"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ],
        widths=(3.5, 12.5),
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This report examines how agencies responded to Odette, a 38-year-old woman who was killed by her "
            "partner (‘Dorrance’) at their flat in Kestlebury in October 2022. Dorrance was convicted of her murder "
            "and is serving a life sentence.",
            "Kestlebury Community Safety Partnership decided that the criteria for a Domestic Homicide Review were "
            "met and appointed an independent chair in December 2022.",
            "The panel extends its sympathy to Odette’s mother and brother, who gave generously of their time.",
        ],
    )
    heading(doc, "2. Terms of reference", 1)
    para(doc, "The review considered agency contact from January 2020 and addressed these lines of enquiry:")
    listed(
        doc,
        [
            "(a) What did agencies know about Dorrance’s control of Odette’s money and movements?",
            "(b) Were opportunities to ask Odette about abuse taken, and was she ever seen alone?",
            "(c) How were repeated calls to the address assessed?",
            "(d) Did any barriers prevent Odette from seeking help?",
        ],
        style=None,
    )
    heading(doc, "3. Methodology", 1)
    paras(
        doc,
        "3",
        [
            "Six agencies provided chronologies and four completed Individual Management Reviews. The panel met "
            "five times and the chair spoke to Odette’s family and to a former colleague.",
        ],
    )
    heading(doc, "4. The review panel", 1)
    t = make_table(doc, ["Name", "Role", "Organisation"], [4.5, 5.5, 6.5], size=9)
    for row in [
        ("Ottoline Quenneville", "Independent Chair", "Independent"),
        ("Detective Inspector", "Review officer", "Kestlebury Police"),
        ("Head of Safeguarding", "Panel member", "Kestlebury Hospitals NHS Trust"),
        ("Designated Nurse", "Panel member", "NHS Kestlebury Integrated Care Board"),
        ("Service Manager", "Panel member", "Kestlebury Domestic Abuse Service"),
        ("Housing Services Manager", "Panel member", "Kestlebury Borough Council"),
    ]:
        add_row(t, row, [4.5, 5.5, 6.5])
    doc.add_paragraph()
    heading(doc, "5. Involvement of family and friends", 1)
    paras(
        doc,
        "5",
        [
            "Odette’s mother said that her daughter had stopped visiting because Dorrance took her bank card "
            "and checked the mileage on her car. The family had not known that this was a recognised form of "
            "abuse.",
        ],
    )
    heading(doc, "6. Equality and diversity", 1)
    paras(
        doc,
        "6",
        [
            "The panel considered the protected characteristics. Sex was relevant: the great majority of victims "
            "of domestic homicide are women killed by men.",
        ],
    )
    heading(doc, "7. Background", 1)
    paras(
        doc,
        "7",
        [
            "Odette worked as a dental receptionist. She and Dorrance had been together for four years and moved "
            "into a council flat in 2020.",
            "Dorrance had a previous conviction for assaulting a former partner and was on licence for part of the "
            "period under review.",
        ],
    )
    heading(doc, "8. Analysis", 1)
    paras(
        doc,
        "8",
        [
            "Economic abuse ran through the relationship. Dorrance controlled Odette’s wages, and she told a "
            "colleague she had to ask him for bus fare. No agency asked about money.",
            "Odette attended the Emergency Department twice with injuries. On both occasions Dorrance was present "
            "throughout and she was not seen alone.",
            "Police attended the flat four times after neighbours called. Because no offence was disclosed, each "
            "call was closed as a verbal argument and no risk assessment was completed.",
            "A housing repair report for a broken front door was logged as accidental damage. The repairs team "
            "had no route to pass on their concern.",
        ],
    )
    heading(doc, "9. Good practice", 1)
    paras(
        doc,
        "9",
        [
            "The domestic abuse service contacted Odette within a day of a referral from her workplace and "
            "offered a safe time to call.",
        ],
    )
    heading(doc, "10. Conclusions", 1)
    paras(
        doc,
        "10",
        [
            "Odette’s death could not have been predicted from any single contact. Taken together, however, the "
            "contacts showed a pattern of control that no agency saw whole.",
        ],
    )
    heading(doc, "11. Lessons learned", 1)
    box(
        doc,
        "Lesson 1\nControl of money is abuse. Practitioners should be as ready to ask about who holds the bank "
        "card as about physical violence.",
        fill="FCE4D6",
    )
    box(
        doc,
        "Lesson 2\nA partner who never leaves the room is a reason to find another way to speak to the patient, "
        "not a reason to stop trying.",
        fill="FCE4D6",
    )
    heading(doc, "12. Recommendations", 1)
    para(
        doc,
        "The review panel makes the following recommendations. Each has been accepted by the agency named and "
        "is carried into the action plan at Appendix A.",
    )
    recs = [
        "Kestlebury Community Safety Partnership should develop and publish a multi-agency economic abuse pathway, "
        "so that practitioners who identify controlling behaviour around money know where to refer victims for "
        "specialist advice.",
        "Kestlebury Police should review how officers record repeat calls to the same address where no offence "
        "is identified, so that a pattern of incidents triggers a supervisory review and a DASH risk assessment.",
        "Kestlebury Hospitals NHS Trust should ensure that patients who attend the Emergency Department with an "
        "injury are seen alone and asked directly about domestic abuse, and that the answer is recorded.",
        "NHS Kestlebury Integrated Care Board should provide training for GP practice staff on coercive control "
        "and economic abuse, including how to respond when a partner routinely attends appointments.",
        "Kestlebury Borough Council should ensure that housing repair reports involving deliberate damage, such as "
        "broken doors or locks, are shared with the tenancy sustainment team and considered for a safeguarding "
        "referral.",
        "Kestlebury Community Safety Partnership should seek assurance from Kestlebury Domestic Abuse Service "
        "that victims who decline support are offered a follow-up contact within four weeks.",
        "The Probation Service in Kestlebury should ensure that when a person on licence discloses a new "
        "relationship, the partner is identified and police checks are completed before the next supervision.",
        "The Home Office should amend the Domestic Homicide Review statutory guidance to include economic abuse "
        "as a specific line of enquiry in the terms of reference of every review.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"12.{i}", r)

    landscape_section(doc)
    heading(doc, "Appendix A – Action plan", 1)
    para(
        doc, "Kestlebury DHR ‘Odette’ – position reported to the Partnership Board, March 2025.", italic=True
    )
    widths = [5.0, 2.0, 5.0, 3.0, 5.5, 2.2, 3.8]
    rc = [f"12.{i}\n{r}" for i, r in enumerate(recs, 1)]
    groups = [
        (
            (rc[0], "Local"),
            [
                (
                    "Convene a task and finish group with the domestic abuse service, Citizens Advice and the "
                    "council’s welfare rights team to draft the pathway.",
                    "Kestlebury Community Safety Partnership",
                    "Group met three times between June and September 2024; draft pathway circulated for comment.",
                    "31/12/2024",
                    "Completed – pathway published on the KCSP website in November 2024.",
                ),
                (
                    "Launch the pathway with a briefing for frontline practitioners in every partner agency.",
                    "Kestlebury Community Safety Partnership",
                    "Briefing dates set; venue booked.",
                    "April 2025",
                    "Ongoing",
                ),
            ],
        ),
        (
            (rc[1], "Local"),
            [
                (
                    "Introduce a repeat-address marker on the command and control system that prompts a "
                    "supervisor review after a third call in 90 days.",
                    "Kestlebury Police",
                    "System change requested from supplier; interim manual check introduced by the control room.",
                    "30/09/2024",
                    "Completed",
                ),
            ],
        ),
        (
            (rc[2], "Local"),
            [
                (
                    "Audit a sample of 50 Emergency Department attendances with injury to check that the patient "
                    "was seen alone and asked about domestic abuse.",
                    "Kestlebury Hospitals NHS Trust",
                    "Audit tool agreed with the safeguarding team; audit period October to November 2024.",
                    "December 2024",
                    "Audit completed 12/12/2024: 41 of 50 seen alone. Re-audit in 2025.",
                ),
            ],
        ),
        (
            (rc[3], "Local"),
            [
                (
                    "Deliver coercive control and economic abuse training to practice staff at protected learning "
                    "time sessions.",
                    "NHS Kestlebury Integrated Care Board",
                    "Two sessions delivered; 23 of 31 practices attended.",
                    "31/03/2025",
                    "In progress – remaining practices to attend the June session.",
                ),
                (
                    "Add a prompt to the clinical system template for patients who are always accompanied.",
                    "NHS Kestlebury Integrated Care Board",
                    "Template change agreed in principle by the clinical systems group.",
                    "June 2025",
                    "Not yet started",
                ),
            ],
        ),
        (
            (rc[4], "Local"),
            [
                (
                    "Amend the repairs reporting procedure so that deliberate damage is flagged to the tenancy "
                    "sustainment team.",
                    "Kestlebury Borough Council (Housing Services)",
                    "Procedure rewritten; repairs call handlers briefed at team meetings.",
                    "31/10/2024",
                    "Completed",
                ),
            ],
        ),
        (
            (rc[5], "Local"),
            [
                (
                    "Request written assurance from the domestic abuse service and review follow-up figures at "
                    "the DHR oversight group.",
                    "Kestlebury Community Safety Partnership",
                    "Assurance letter received; figures now reported each quarter.",
                    "31/08/2024",
                    "Completed 05/09/2024 – assurance accepted by the oversight group.",
                ),
            ],
        ),
        (
            (rc[6], "Local"),
            [
                (
                    "Issue a practice reminder and update the licence supervision checklist to include partner "
                    "checks.",
                    "The Probation Service – Kestlebury",
                    "Checklist updated; reminder issued to all practitioners.",
                    "30/06/2024",
                    "Completed",
                ),
            ],
        ),
        (
            (rc[7], "National"),
            [
                (
                    "KCSP Chair to write to the Home Office proposing the change to the statutory guidance.",
                    "Kestlebury Community Safety Partnership",
                    "Letter drafted and agreed by the Partnership Board.",
                    "30/06/2024",
                    "Completed – letter sent 14/06/2024; acknowledgement received.",
                ),
            ],
        ),
    ]
    merged_plan_table(doc, list(HO_PLAN_HEADERS), widths, groups, size=8)
    save(doc, stem)


# ========== 2. SAR: Date | Agency | Contact/Event | Comment chronology over two pages, "Recommendation N:" paragraphs
def doc_thistlecombe():
    stem = "sar_chron_table_two_pages_approx_dates_labelled_recs_thistlecombe"
    doc = new_doc(header="Thistlecombe Safeguarding Adults Board – SAR ‘Mr Ellis’", footer_label="Page")
    airy(doc, spacing=1.15)
    cover(
        doc,
        [
            ("Thistlecombe Safeguarding Adults Board", 15, True),
            ("", 12, False),
            ("Safeguarding Adults Review", 22, True),
            ("‘Mr Ellis’", 16, True),
            ("", 12, False),
            ("Lead reviewer: Hamish Wolstenholme", 12, False),
            ("Report reference: TSAB SAR 2022-02", 12, True),
            ("Published February 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 2),
            ("2. How the review was carried out", 2),
            ("3. About Mr Ellis", 2),
            ("4. Chronology of key events", 2),
            ("5. Findings", 3),
            ("6. Recommendations", 4),
            ("Glossary", 4),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Mr Ellis died in Thistlecombe General Hospital on 13 July 2021, aged 71, from sepsis caused by an "
            "infected leg ulcer. He had lived alone until his nephew moved in with him in late 2020.",
            "The Board’s SAR subgroup agreed in September 2021 that the criteria for a review under section 44 of "
            "the Care Act 2014 were met, because there was reasonable cause for concern about how agencies worked "
            "together and neglect was suspected.",
        ],
    )
    heading(doc, "2. How the review was carried out", 1)
    paras(
        doc,
        "2",
        [
            "Agencies provided chronologies and short reports. A practitioner event was held in June 2023 with "
            "eleven staff who had known Mr Ellis. His niece met the lead reviewer twice.",
        ],
    )
    heading(doc, "3. About Mr Ellis", 1)
    paras(
        doc,
        "3",
        [
            "Mr Ellis was a retired railway signalman who kept pigeons and was proud of his garden. His niece "
            "described him as stubborn, funny and unwilling to make a fuss.",
            "He had type 2 diabetes and poor circulation in his legs. After his wife died in 2019 he became "
            "more isolated and relied on his nephew for shopping.",
        ],
    )
    heading(doc, "4. Chronology of key events", 1)
    para(
        doc,
        "The table summarises agency contact from January 2021 until Mr Ellis’s death. Where records gave no "
        "exact date the approximate period is shown.",
    )
    headers = ["Date", "Agency", "Contact/Event", "Comment"]
    widths = [2.6, 3.0, 6.0, 5.0]
    rows = [
        (
            "Early January 2021",
            "Harebell Lane Surgery (GP)",
            "Mr Ellis attended a diabetes review with his nephew, who answered most of the nurse’s questions for "
            "him.",
            "The nephew’s role as a carer was not explored or recorded.",
        ),
        (
            "14/01/2021",
            "Thistlecombe Community Health (district nursing)",
            "First visit to dress a leg ulcer. The nurse noted that the house was cold and there was little food "
            "in the kitchen.",
            "No referral was made; the nurse planned to review at the next visit.",
        ),
        (
            "w/c 25 January 2021",
            "Thistlecombe Council Adult Social Care",
            "Self-neglect referral from the district nurse screened. Closed after a telephone call in which the "
            "nephew said he was managing.",
            "Mr Ellis was not spoken to. The decision was not checked by a manager.",
        ),
        (
            "February 2021",
            "Thistlecombe Police",
            "A neighbour reported shouting at the address late at night. Officers attended; both men said they "
            "had argued about money.",
            "Recorded as a verbal dispute. No adult at risk concern was submitted.",
        ),
        (
            "Spring 2021",
            "Thistlecombe Council Adult Social Care",
            "The financial assessment team noted that Mr Ellis’s care contributions had not been paid for three "
            "months and sent a reminder letter.",
            "Treated as a debt. Unpaid charges can be a sign of financial abuse.",
        ),
        (
            "12/04/2021",
            "Thistlecombe Community Health (district nursing)",
            "Visit cancelled by the nephew, who said he had dressed the ulcer himself.",
            "A third party declining care on Mr Ellis’s behalf was not questioned.",
        ),
        (
            "mid-April 2021",
            "Harebell Lane Surgery (GP)",
            "Repeat prescription for insulin requested by the nephew by telephone.",
            "Routine; no concern recorded.",
        ),
        (
            "03/05/2021",
            "South Vale Ambulance Service",
            "Called by a neighbour after Mr Ellis fell in the garden. He was assessed and not taken to hospital.",
            "The crew raised a safeguarding concern about the state of the home.",
        ),
        (
            "w/c 3 May 2021",
            "Thistlecombe Council Adult Social Care",
            "Safeguarding concern from the ambulance crew received. A section 42 enquiry was not opened; a care "
            "assessment was offered and declined.",
            "The earlier referral and the police report were not considered together.",
        ),
        (
            "Late May 2021",
            "Thistlecombe Community Health (district nursing)",
            "Visit completed. The ulcer was deteriorating and the nurse asked the GP to review.",
            "Good practice: the nurse escalated promptly to the GP.",
        ),
        (
            "02/06/2021",
            "Harebell Lane Surgery (GP)",
            "Home visit. Mr Ellis appeared underweight and confused; bloods were taken and antibiotics "
            "prescribed.",
            "Mental capacity to refuse care was not considered.",
        ),
        (
            "mid-June 2021",
            "Thistlecombe Police",
            "Mr Ellis’s bank reported unusual cash withdrawals to the police economic crime desk; the report was "
            "logged and passed to adult social care.",
            "No joint discussion between police and adult social care took place.",
        ),
        (
            "17/06/2021",
            "Thistlecombe Council Adult Social Care",
            "The police information was added to the closed case file. No contact was made with Mr Ellis.",
            "This was a missed opportunity to reopen the safeguarding concern.",
        ),
        (
            "Early July 2021",
            "Thistlecombe Community Health (district nursing)",
            "Three planned visits missed; there was no answer at the door.",
            "No escalation under the no-access procedure.",
        ),
        (
            "09/07/2021",
            "South Vale Ambulance Service",
            "Mr Ellis was found collapsed by a neighbour and taken to Thistlecombe General Hospital.",
            "The crew made a safeguarding referral the same day.",
        ),
        (
            "13/07/2021",
            "Thistlecombe General Hospital",
            "Mr Ellis died of sepsis from an infected leg ulcer.",
            "The coroner was informed.",
        ),
    ]
    t = make_table(doc, headers, widths, size=9)
    for r in rows:
        add_row(t, r, widths, size=9)
    doc.add_paragraph()
    heading(doc, "5. Findings", 1)
    run_in(
        doc,
        "Finding 1.",
        "Concerns were screened one at a time. Four separate agencies saw part of the picture, but the "
        "referrals were never brought together.",
    )
    run_in(
        doc,
        "Finding 2.",
        "Practitioners accepted the nephew’s account without speaking to Mr Ellis alone. A relative who "
        "controls access should prompt more curiosity, not less.",
    )
    run_in(
        doc,
        "Finding 3.",
        "Signs of financial abuse – arrears, withdrawals, arguments about money – were each treated as "
        "something else.",
    )
    box(
        doc,
        "Learning point\nWhen someone else always answers for the adult, ask to see the adult on their own, "
        "and record why if you cannot.",
        fill="E2EFD9",
    )
    heading(doc, "6. Recommendations", 1)
    para(doc, "The review makes six recommendations to the Board and its partners.")
    recs = [
        "The Board should seek assurance from Thistlecombe Council Adult Social Care that safeguarding concerns "
        "about self-neglect are not closed without the adult being spoken to directly and alone.",
        "Thistlecombe Council Adult Social Care should review its procedure for unpaid care contributions so "
        "that arrears are considered as a possible indicator of financial abuse.",
        "Thistlecombe Community Health should ensure that district nurses make a safeguarding referral when "
        "visits are repeatedly declined or cancelled by a third party.",
        "Thistlecombe Police and Thistlecombe Council Adult Social Care should agree a joint process for reports "
        "of suspected financial abuse of adults with care and support needs, so that each report is discussed "
        "between the two agencies within five working days.",
        "The Board should deliver multi-agency training on recognising when a carer or relative is controlling "
        "an adult’s access to services.",
        "The Board should write to the Department of Health and Social Care asking that the Care and Support "
        "Statutory Guidance says more about financial abuse by relatives who are also carers.",
    ]
    for i, r in enumerate(recs, 1):
        run_in(doc, f"Recommendation {i}:", r)
    heading(doc, "Glossary", 2)
    kv_table(
        doc,
        [
            ("SAR", "Safeguarding Adults Review"),
            ("Section 42 enquiry", "An enquiry by the local authority under the Care Act 2014"),
            ("TSAB", "Thistlecombe Safeguarding Adults Board"),
        ],
    )
    save(doc, stem)


# ========= 3. CSPR executive summary: findings each followed by a shaded recommendation box, response table, RAG
def doc_wyvernbridge():
    stem = "cspr_exec_summary_finding_rec_boxes_partnership_response_rag_wyvernbridge"
    doc = new_doc(
        header="Wyvernbridge Safeguarding Children Partnership – LCSPR ‘Child Y’ – Executive Summary",
        footer_label="Page",
        font="Calibri",
        size=11,
    )
    airy(doc, spacing=1.1)
    cover(
        doc,
        [
            ("Wyvernbridge Safeguarding Children Partnership", 15, True),
            ("", 12, False),
            ("Local Child Safeguarding Practice Review", 20, True),
            ("Child Y", 18, True),
            ("Executive Summary", 14, False),
            ("", 12, False),
            ("Independent reviewer: Iolanthe Garnock", 12, False),
            ("Review reference: WSCP LCSPR 2023/02", 12, True),
            ("Published March 2025", 11, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This review concerns Child Y, who was aged three when she was admitted to hospital in August 2023 "
            "with a serious head injury. She has recovered and lives with her grandmother.",
            "The Partnership’s rapid review found that the case met the criteria for a local child safeguarding "
            "practice review, and the National Panel agreed.",
        ],
    )
    heading(doc, "2. Summary of the case", 1)
    paras(
        doc,
        "2",
        [
            "Child Y lived with her mother and an older brother. Over eighteen months, the family was known to "
            "children’s services, health visiting, a nursery and the police. Concerns were about home conditions, "
            "missed health appointments and bruising the nursery noticed.",
            "Her mother’s new partner stayed at the home for several months. Professionals knew his first name "
            "but none checked who he was.",
        ],
    )
    heading(doc, "3. Findings and recommendations", 1)
    findings = [
        (
            "Finding 1: Neglect was judged one episode at a time",
            "Each new concern was assessed on its own merits. Nobody stood back to look at the accumulating "
            "history, so the picture never seemed serious enough to act.",
            "Wyvernbridge Safeguarding Children Partnership should relaunch its neglect toolkit and require that it "
            "is used to review the cumulative history whenever a new concern about neglect is received.",
        ),
        (
            "Finding 2: The adults around Child Y were not known",
            "Assessments described the household as mother and children. The partner who stayed at the home was "
            "not named, seen or checked, although he had a history of violence.",
            "Wyvernbridge Council Children’s Services should make sure that every assessment identifies the adults "
            "in a child’s household, including men who visit or stay, and that they are seen and checked.",
        ),
        (
            "Finding 3: Health and early years held separate pieces of information",
            "The health visitor knew of missed appointments and the nursery knew of bruising, but neither knew "
            "what the other knew.",
            "Wyvernbridge Community Health NHS Trust should ensure that health visitors share concerns with a "
            "child’s nursery when the child is subject to a child in need plan, and record that they have done so.",
        ),
        (
            "Finding 4: Nursery staff were unsure how to escalate",
            "Nursery practitioners recorded bruises on body maps but did not feel confident to challenge the "
            "explanations given or to escalate when a referral was not accepted.",
            "The Partnership should deliver multi-agency training for early years staff on recognising and "
            "escalating concerns about injuries in pre-school children.",
        ),
        (
            "Finding 5: National guidance leaves nurseries outside the meeting room",
            "Nurseries were not invited to child in need meetings, and national guidance does not say when they "
            "should be.",
            "The Partnership should write to the Department for Education asking that national guidance on early "
            "years settings sets out when a nursery must be invited to child in need meetings.",
        ),
    ]
    for i, (title, finding, rec) in enumerate(findings, 1):
        heading(doc, title, 2)
        para(doc, finding)
        label_box(doc, f"Recommendation {i}:", rec, fill="DDEBF7")
    heading(doc, "4. What practitioners can do now", 1)
    listed(
        doc,
        [
            "Read the whole file before closing a new concern, not just the last entry.",
            "Ask who lives in the home and who visits, and write their full names down.",
            "If you disagree with a decision not to accept a referral, use the escalation policy.",
        ],
    )
    heading(doc, "5. Partnership response", 1)
    para(
        doc,
        "The safeguarding partners accepted all five recommendations. Progress is reported to the Partnership’s "
        "Executive every quarter.",
    )
    para(doc, "RAG rating: Green = completed; Amber = in progress; Red = not yet started.", italic=True)
    headers = ["Recommendation", "Partnership response", "Lead", "Timescale", "RAG"]
    widths = [3.6, 5.7, 3.2, 2.4, 1.7]
    rows = [
        (
            "1. Relaunch the neglect toolkit; use it on every new neglect concern",
            "Toolkit revised with a chronology page and relaunched at the Partnership conference in October 2024; "
            "use is checked in the quarterly multi-agency audit.",
            "WSCP Business Manager",
            "October 2024",
            "Green",
        ),
        (
            "2. Identify and check all adults in the household",
            "Assessment template changed to list every adult in or visiting the household; practice guidance "
            "issued. An audit of 30 assessments is planned.",
            "Head of Service, Children’s Social Care",
            "31/03/2025",
            "Amber",
        ),
        (
            "3. Health visitors to share concerns with nurseries",
            "Information-sharing agreement with early years providers drafted and awaiting sign-off by the "
            "Trust’s information governance lead.",
            "Named Nurse for Safeguarding Children, WCHT",
            "June 2025",
            "Amber",
        ),
        (
            "4. Training for early years staff on injuries",
            "Training will be commissioned once the new early years safeguarding lead is in post.",
            "WSCP Learning and Development Group",
            "September 2025",
            "Red",
        ),
        (
            "5. Letter to the Department for Education",
            "Letter sent by the Independent Scrutineer in January 2025; reply received.",
            "Independent Scrutineer, WSCP",
            "January 2025",
            "Green",
        ),
    ]
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    t = make_table(doc, headers, widths, size=9)
    for r in rows:
        add_row(t, r, widths, size=9, fills={4: fills[r[4]]})
    save(doc, stem)


# ===== 4. standalone landscape DHR tracker: Rec No. "1a", "1b" under a merged recommendation, RAG status, progress
def doc_stallingford():
    stem = "dhr_tracker_lettered_action_refs_merged_recs_rag_stallingford"
    doc = new_doc(
        landscape=True,
        header="Stallingford Community Safety Partnership – DHR tracker – OFFICIAL",
        footer_label="Page",
    )
    para(doc, "Stallingford Community Safety Partnership", bold=True, size=14)
    para(
        doc, "Domestic Homicide Review ‘Soraya’ (SCSP DHR 2021/02) – Action Plan Tracker", bold=True, size=12
    )
    para(doc, "Position at 30 September 2024. Owner: DHR Oversight Group.", size=10)
    para(
        doc,
        "RAG status key: Blue – complete; Green – on track; Amber – delayed but progressing; Red – not started.",
        italic=True,
        size=9,
    )
    headers = [
        "Rec No.",
        "Recommendation",
        "Action",
        "Lead officer",
        "Target date",
        "RAG status",
        "Progress update",
    ]
    widths = [1.5, 6.0, 5.4, 3.2, 2.2, 1.9, 6.3]
    fills = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    data = [
        (
            "Stallingford Community Safety Partnership should ensure that interpreters used in domestic abuse cases "
            "are independent of the victim’s family and community, and that this is checked at every contact.",
            [
                (
                    "1a",
                    "Issue guidance to all partner agencies on the use of independent interpreters.",
                    "DA Coordinator, SCSP",
                    "31/03/2024",
                    "Blue",
                    "Guidance issued February 2024 and placed on the SCSP website.",
                ),
                (
                    "1b",
                    "Add an interpreter check to the DASH risk assessment form used by partners.",
                    "MARAC Coordinator",
                    "30/06/2024",
                    "Green",
                    "Form amended; partners moving to the new version by October.",
                ),
                (
                    "1c",
                    "Audit ten MARAC cases in which an interpreter was used.",
                    "MARAC Coordinator",
                    "Dec 2024",
                    "Red",
                    "Not yet started – audit scheduled for November.",
                ),
            ],
        ),
        (
            "Stallingford Police should make sure that officers attending domestic incidents where the victim does "
            "not speak English use a professional interpreter rather than a family member, and record who "
            "interpreted.",
            [
                (
                    "2a",
                    "Brief all response officers on the interpreter policy through the daily briefing system.",
                    "Chief Inspector, Response",
                    "31/01/2024",
                    "Blue",
                    "Briefing delivered January 2024; 96% of officers have opened it.",
                ),
                (
                    "2b",
                    "Add a mandatory ‘interpreter used’ field to the domestic abuse incident record.",
                    "Head of Systems, Stallingford Police",
                    "30/09/2024",
                    "Amber",
                    "Supplier change request raised; delivery delayed to January 2025.",
                ),
            ],
        ),
        (
            "Stallingford Hospitals NHS Foundation Trust should ensure that maternity staff ask every pregnant "
            "woman about domestic abuse when she is seen alone, at least once in each trimester.",
            [
                (
                    "3",
                    "Update the maternity routine enquiry guideline and the booking template.",
                    "Head of Midwifery",
                    "31/05/2024",
                    "Blue",
                    "Guideline and template updated May 2024; compliance 88% in the August audit.",
                ),
            ],
        ),
        (
            "Stallingford Borough Council should provide specialist advice on immigration status and no recourse "
            "to public funds to victims of domestic abuse through its housing options service.",
            [
                (
                    "4a",
                    "Commission a weekly specialist immigration advice session at the housing options hub.",
                    "Housing Options Manager",
                    "31/07/2024",
                    "Green",
                    "Provider identified; sessions running since August while the contract is finalised.",
                ),
                (
                    "4b",
                    "Train housing options staff on no recourse to public funds and the destitution domestic "
                    "violence concession.",
                    "Housing Options Manager",
                    "Oct 2024",
                    "Blue",
                    "Training delivered to 22 staff in September 2024.",
                ),
            ],
        ),
        (
            "Stallingford Community Safety Partnership should write to the Home Office asking that the DHR "
            "statutory guidance sets out how reviews should engage family members who live overseas.",
            [
                (
                    "5",
                    "Chair to write to the Home Office.",
                    "Chair, SCSP",
                    "29/02/2024",
                    "Blue",
                    "Letter sent 20 February 2024; reply received April 2024.",
                ),
            ],
        ),
        (
            "Stallingford Community Safety Partnership should commission a community awareness campaign, in the "
            "main languages spoken locally, about domestic abuse and where to get help.",
            [
                (
                    "6a",
                    "Co-design campaign materials with community and faith groups.",
                    "Communications Officer, SCSP",
                    "31/08/2024",
                    "Green",
                    "Four community groups engaged; materials are being translated into five languages.",
                ),
                (
                    "6b",
                    "Run the campaign through community radio and GP surgery screens.",
                    "Communications Officer, SCSP",
                    "Jan 2025",
                    "Amber",
                    "Delayed until the translated materials are ready; new date March 2025 agreed by the "
                    "Oversight Group.",
                ),
            ],
        ),
        (
            "Stallingford Council Adult Social Care should make sure that a carer’s assessment is offered to any "
            "victim who cares for a disabled relative living in the same household.",
            [
                (
                    "7",
                    "Add a prompt for a carer’s assessment to the domestic abuse screening form.",
                    "Principal Social Worker, Adult Social Care",
                    "30/11/2024",
                    "Green",
                    "Prompt drafted and tested with two teams; go-live planned for November.",
                ),
            ],
        ),
    ]
    t = make_table(doc, headers, widths, size=9)
    row = 1
    for rec, actions in data:
        first = row
        for num, action, lead, target, rag, progress in actions:
            add_row(
                t,
                (num, rec, action, lead, target, rag, progress),
                widths,
                size=9,
                fills={5: fills[rag]},
                bold_cols=(0,),
            )
            row += 1
        merge_down(t, 1, first, row - 1)
    doc.add_paragraph()
    para(
        doc, "Summary at 30 September 2024: 12 actions – 5 Blue, 4 Green, 2 Amber, 1 Red.", bold=True, size=10
    )
    para(doc, "Next update due to the DHR Oversight Group: 31 March 2025.", size=10)
    save(doc, stem)


# ===== 5. DHR executive summary: "Agency | Recommendations" table numbered per agency, overview 1-6, year-headed chronology
def doc_brenchworth():
    stem = "dhr_exec_summary_agency_keyed_rec_table_year_headed_chron_brenchworth"
    doc = new_doc(
        header="Brenchworth Safer Communities Partnership – DHR ‘Fenella’ – Executive Summary",
        footer_label="Page",
        font="Verdana",
        size=10,
    )
    airy(doc, spacing=1.15)
    cover(
        doc,
        [
            ("Brenchworth Safer Communities Partnership", 15, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Executive Summary", 16, True),
            ("", 12, False),
            ("‘Fenella’, aged 44, who died in November 2020", 13, False),
            ("Independent Chair and Author: Peregrine Eberhardt-Vesey", 12, False),
            ("BSCP DHR 03/2021", 12, True),
            ("Published January 2023", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("Glossary", 2),
            ("1. The review process", 3),
            ("2. Terms of reference", 3),
            ("3. Summary chronology", 3),
            ("4. Key findings", 4),
            ("5. Lessons learned", 4),
            ("6. Single-agency recommendations", 4),
            ("7. Overview recommendations", 5),
            ("8. Conclusion", 5),
        ],
    )
    heading(doc, "Glossary", 2)
    kv_table(
        doc,
        [
            ("BSCP", "Brenchworth Safer Communities Partnership"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("IMR", "Individual Management Review"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ],
        widths=(3.5, 12.5),
    )
    page_break(doc)
    heading(doc, "1. The review process", 1)
    paras(
        doc,
        "1",
        [
            "Fenella was killed by her husband (‘Everard’) at the family home in Brenchworth on 21 November 2020. "
            "Everard pleaded guilty to murder.",
            "The Partnership commissioned this review in January 2021. Seven agencies contributed chronologies "
            "and five completed Individual Management Reviews, each making recommendations for its own service.",
        ],
    )
    t = make_table(doc, ["Agency", "Panel member"], [8.0, 8.0], size=9)
    for row in [
        ("Brenchworth Police", "Detective Chief Inspector, Public Protection"),
        ("Brenchworth Council Children’s Services", "Head of Safeguarding"),
        ("Brenchworth Hospitals NHS Trust", "Named Nurse, Adult Safeguarding"),
        ("Brenchworth Women’s Aid", "Chief Executive"),
        ("NHS Brenchworth Integrated Care Board", "Designated Safeguarding Lead"),
    ]:
        add_row(t, row, [8.0, 8.0])
    doc.add_paragraph()
    heading(doc, "2. Terms of reference", 1)
    listed(
        doc,
        [
            "What did each agency know about abuse in the relationship?",
            "Were the couple’s sons, then aged 13 and 15, considered when concerns were raised?",
            "How did the first national lockdown affect Fenella’s access to help?",
        ],
    )
    heading(doc, "3. Summary chronology", 1)
    para(
        doc,
        "This summary draws on the agencies’ chronologies. Fenella and Everard had been married for twenty years "
        "and lived in Brenchworth with their two sons.",
    )
    years = [
        (
            "2018",
            [
                "In March the police were called by a neighbour who heard Fenella screaming. Everard had left "
                "before officers arrived; Fenella said the argument was over and declined a risk assessment.",
                "On 14 June Fenella told her GP that she was not sleeping and felt ‘on edge’ at home. She was "
                "prescribed medication and offered counselling.",
                "The following day the GP’s referral for counselling was sent; Fenella did not take up the "
                "appointment.",
                "In late September the younger son’s school reported to children’s services that he had said his "
                "father hit his mother.",
                "On 2 October a social worker visited the home. Both parents denied any abuse and the case was "
                "closed with advice.",
            ],
        ),
        (
            "2019",
            [
                "In January Fenella attended the Emergency Department with a fractured finger, which she said had "
                "been caught in a car door.",
                "On 3 April Everard was arrested after Fenella reported that he had pushed her down the stairs. She "
                "withdrew her statement two days later and no further action was taken.",
                "The following day an IDVA from Brenchworth Women’s Aid telephoned Fenella, who said she did not "
                "need support.",
                "In August Fenella confided in a colleague that she was thinking of leaving Everard. The colleague "
                "did not know where to signpost her.",
            ],
        ),
        (
            "2020",
            [
                "In February Fenella was discussed at the MARAC after Everard damaged her car. The MARAC was told "
                "that she had moved to her sister’s address.",
                "On 11 May, during the first national lockdown, Fenella returned to the family home.",
                "In early November Fenella told her sister that she had asked Everard for a divorce.",
                "On 21 November Fenella was killed by Everard at the family home.",
            ],
        ),
    ]
    for year, items in years:
        para(doc, year, bold=True, size=11)
        for s in items:
            para(doc, s)
    heading(doc, "4. Key findings", 1)
    listed(
        doc,
        [
            "Each incident was treated as a separate event, and Fenella’s withdrawal of her statement ended "
            "agency involvement each time.",
            "The children’s disclosure was not linked with police or health information.",
            "Fenella’s return home during lockdown was a point of heightened risk that no agency knew about.",
        ],
    )
    heading(doc, "5. Lessons learned", 1)
    box(
        doc,
        "Lesson\nA victim who returns to the perpetrator has not made the risk go away. Agencies should expect "
        "risk to rise, not fall, at that point.",
        fill="EDEDED",
    )
    heading(doc, "6. Single-agency recommendations", 1)
    para(
        doc,
        "The agencies made the following recommendations for their own services in their Individual Management "
        "Reviews. The panel endorses them. Numbering is each agency’s own.",
    )
    t = make_table(doc, ["Agency", "Recommendations"], [4.5, 12.0], size=9)
    agency_rows = [
        (
            "Brenchworth Police",
            "1. Officers should complete a DASH risk assessment at every domestic incident, even when the suspect "
            "has left the scene.\n"
            "2. Brenchworth Police should review how victim withdrawal is managed, so that an evidence-led "
            "prosecution is considered in every case.",
        ),
        (
            "Brenchworth Medical Group",
            "1. Clinicians should ask patients who present with sleep problems or anxiety about their "
            "relationships and safety at home.\n"
            "2. The practice should add a domestic abuse alert to the records of all household members when "
            "abuse is disclosed.",
        ),
        (
            "Brenchworth Council Children’s Services",
            "1. Social workers should speak to each parent separately, and to the children alone, when a child "
            "reports violence at home.",
        ),
        (
            "Brenchworth Women’s Aid",
            "1. The IDVA service should make at least three attempts to contact a victim referred after an "
            "arrest, at different times and by different methods.",
        ),
        (
            "Brenchworth Hospitals NHS Trust",
            "1. Emergency Department staff should ask about domestic abuse when the explanation given for an "
            "injury does not fit its pattern.\n"
            "2. The Trust should provide domestic abuse training for Emergency Department reception and triage "
            "staff.",
        ),
    ]
    for a, r in agency_rows:
        add_row(t, (a, r), [4.5, 12.0], size=9, bold_cols=(0,))
    doc.add_paragraph()
    heading(doc, "7. Overview recommendations", 1)
    para(doc, "The review panel makes six recommendations for the Partnership and its members.")
    overview = [
        "Brenchworth Safer Communities Partnership should develop a workplace domestic abuse toolkit for local "
        "employers, so that colleagues know how to signpost a victim to help.",
        "Brenchworth Safer Communities Partnership should seek assurance that the MARAC follows up victims who "
        "move address while their case is open.",
        "Brenchworth Safeguarding Children Partnership should ensure that schools are told the outcome when they "
        "refer a child who has disclosed domestic abuse at home.",
        "Brenchworth Safer Communities Partnership should ensure that member agencies treat a victim’s return to "
        "a perpetrator as a point of increased risk that prompts a new risk assessment.",
        "NHS Brenchworth Integrated Care Board should ensure that GP practices in Brenchworth have access to an "
        "IDVA based in primary care.",
        "The Home Office should consider how national guidance can support victims of domestic abuse during any "
        "future public health emergency that restricts movement.",
    ]
    for i, r in enumerate(overview, 1):
        numbered(doc, f"{i}.", r)
    heading(doc, "8. Conclusion", 1)
    para(
        doc,
        "Fenella was a devoted mother and a loyal friend. Her family hope that this review will help another woman "
        "to be heard sooner.",
    )
    save(doc, stem)


def main():
    doc_kestlebury()
    doc_thistlecombe()
    doc_wyvernbridge()
    doc_stallingford()
    doc_brenchworth()


if __name__ == "__main__":
    main()
