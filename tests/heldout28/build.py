"""Build the heldout28 blind documents as Word files (python-docx).

Run once:  python tests/heldout28/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan whose actions are numbered inside
the recommendation cell; a Safeguarding Adults Board tracker exported from a spreadsheet with a
"% complete" column, a "Date completed" column and ISO dates, the recommendation repeated on every row;
a Scottish adult protection learning review with a Source-first chronology table and "Recommendation N"
headings; a DHR executive summary whose chronology table has full-width year rows over day-and-month
date cells, and whose plan shows completion only as a date; and a thematic SAR about three adults with
recommendations numbered through agency headings in prose and a plan with a merged Agency column. All
people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    docx_saver,
    full_row,
    heading,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_left, landscape=False, page_of=True, margins=None):
    """A document in one font throughout (body, headings, lists), a running head and a footer."""
    doc = new_doc(landscape=landscape, header=header, font=font, size=size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(0x10, 0x30, 0x30)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    doc.styles["Heading 3"].font.size = Pt(size)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if margins:
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_of:
        p.add_run(footer_left + " – page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        p.add_run(footer_left + "  ")
        add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


# ============ 1. DHR action plan, actions numbered inside the recommendation cell (Liberation Mono 8.5)
Q_RECS = [
    (
        "1",
        "Quernhallow Borough Council should make sure that a tenant who reports damage caused by a partner "
        "is offered a private conversation about safety.",
        [
            "1.1 Add a safety prompt to the repairs call script.",
            "1.2 Train repairs call handlers to pass a disclosure to the tenancy safety officer the same day.",
        ],
        "Quernhallow Borough Council",
        "Mar 2025",
        "Achieved",
    ),
    (
        "2",
        "Quernhallow General Practice Alliance should remind practices that a patient attending with a "
        "partner should be seen alone for part of every consultation about injuries.",
        ["2.1 Issue a practice bulletin and add the point to the annual safeguarding update."],
        "Quernhallow General Practice Alliance",
        "Dec 2024",
        "Achieved",
    ),
    (
        "3",
        "Hallowfell Police should make sure that officers attending a domestic incident where children are "
        "present record what the children said and saw.",
        [
            "3.1 Amend the domestic abuse attendance form to include a children's voice section.",
            "3.2 Dip-sample 40 attendance forms six months after the change.",
            "3.3 Report the dip-sample findings to the Partnership's DHR subgroup.",
        ],
        "Hallowfell Police",
        "Sep 2025",
        "Partly achieved",
    ),
    (
        "4",
        "The Partnership should ask the drug and alcohol service to screen every new client for domestic "
        "abuse, both as a victim and as someone who harms.",
        [
            "4.1 Agree a screening question set with the service's clinical lead.",
            "4.2 Include screening rates in the service's quarterly contract report.",
        ],
        "Quernhallow Safer Communities Partnership",
        "Jun 2025",
        "Partly achieved",
    ),
    (
        "5",
        "The Partnership should write to the Home Office asking for guidance on reviews where the person "
        "who caused harm also died.",
        [
            "5.1 Draft and send the letter through the Partnership chair.",
            "5.2 Share any reply with the regional DHR network.",
        ],
        "Quernhallow Safer Communities Partnership",
        "Jan 2026",
        "Not achieved",
    ),
]


def doc_quernhallow():
    stem = "dhr_plan_actions_numbered_inside_rec_cell_row_lead_date_status_achieved_words_mono_quernhallow"
    doc = word_doc(
        "Liberation Mono",
        8.5,
        header="Quernhallow Safer Communities Partnership      DHR QSCP/DHR/2021/03      OFFICIAL",
        footer_left="Action plan – DHR 'Annis' – version 3",
        margins=(1.8, 1.8, 2.0, 1.8),
    )
    para(doc, "QUERNHALLOW SAFER COMMUNITIES PARTNERSHIP", bold=True, size=11)
    para(doc, "Domestic Homicide Review 'Annis'", bold=True, size=11)
    para(doc, "Action Plan", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Review reference", "QSCP/DHR/2021/03"),
            ("Subject of the review", "'Annis', aged 37"),
            ("Date of death", "14 June 2021"),
            ("Plan owner", "DHR Subgroup of the Partnership Board"),
            ("Last updated", "4 November 2025"),
        ],
        widths=(5.0, 12.0),
        size=8.5,
    )
    heading(doc, "How to read this plan", 2)
    para(
        doc,
        "The overview report makes five recommendations. Each row of the table below holds one "
        "recommendation, and the actions agreed to meet it are numbered inside the same cell (1.1, 1.2 and "
        "so on). The lead agency, the date and the status are given for the recommendation as a whole; a "
        "recommendation is 'Achieved' only when all of its actions are done, 'Partly achieved' when some "
        "are, and 'Not achieved' when none has been completed.",
    )
    para(
        doc,
        "Evidence for each action is held by the DHR coordinator and was last checked at the subgroup "
        "meeting of 22 October 2025.",
    )
    page_break(doc)
    headers = ["No.", "Recommendation and actions", "Lead agency", "By", "Status"]
    w = [1.1, 9.2, 3.3, 1.7, 2.1]
    t = make_table(doc, headers, w, size=8.5, header_fill="D5E8D4")
    for num, rec, actions, lead, by, status in Q_RECS:
        row = add_row(t, [num, "", lead, by, status], w, size=8.5)
        cell = row.cells[1]
        cell.text = ""
        cell.paragraphs[0].add_run(rec).font.size = Pt(8.5)
        r = cell.add_paragraph().add_run("Actions:")
        r.font.size = Pt(8.5)
        r.italic = True
        for a in actions:
            cell.add_paragraph().add_run(a).font.size = Pt(8.5)
    para(doc, "")
    para(
        doc,
        "Next review of this plan: February 2026. Recommendation 5 stays open until a reply is received.",
        italic=True,
    )
    save(doc, stem)


# ============ 2. SAB tracker, spreadsheet export: % complete, Date completed, ISO dates (DejaVu Sans Mono 7.5)
U_ROWS = [
    (
        "1",
        "Ulvercombe Adult Social Care should make sure that a self-neglect assessment is completed when "
        "a person refuses a care package twice.",
        "1a",
        "Change the case system so that a second refusal opens a self-neglect assessment task",
        "Head of Adult Social Care Systems",
        "2024-12-31",
        "100%",
        "2024-12-09",
    ),
    (
        "1",
        "Ulvercombe Adult Social Care should make sure that a self-neglect assessment is completed when "
        "a person refuses a care package twice.",
        "1b",
        "Audit twenty refusals to check the task is acted on",
        "Principal Social Worker",
        "2025-06-30",
        "50%",
        "",
    ),
    (
        "2",
        "Ulvercombe Community Nursing Trust should share wound-care concerns with the GP when a patient "
        "misses three visits in a row.",
        "2a",
        "Add a missed-visit escalation step to the district nursing standard operating procedure",
        "Lead Nurse, Community Services",
        "2025-03-31",
        "100%",
        "2025-04-14",
    ),
    (
        "2",
        "Ulvercombe Community Nursing Trust should share wound-care concerns with the GP when a patient "
        "misses three visits in a row.",
        "2b",
        "Brief all district nursing teams on the new step",
        "Lead Nurse, Community Services",
        "2025-05-31",
        "75%",
        "",
    ),
    (
        "2",
        "Ulvercombe Community Nursing Trust should share wound-care concerns with the GP when a patient "
        "misses three visits in a row.",
        "2c",
        "Check compliance through the quarterly record audit",
        "Quality and Safety Manager",
        "2025-10-31",
        "0%",
        "",
    ),
    (
        "3",
        "The Board should publish a short guide for practitioners on using the Mental Capacity Act when "
        "a person's choices put their life at risk.",
        "3a",
        "Write the guide with the Board's Mental Capacity Act lead",
        "Board Business Manager",
        "2025-01-31",
        "100%",
        "2025-02-03",
    ),
    (
        "3",
        "The Board should publish a short guide for practitioners on using the Mental Capacity Act when "
        "a person's choices put their life at risk.",
        "3b",
        "Hold two lunchtime briefings on the guide",
        "Board Training Officer",
        "2025-07-31",
        "25%",
        "",
    ),
    (
        "4",
        "Ulvercombe Fire and Rescue Service should refer to adult social care any person whose home is a "
        "fire risk because of hoarding.",
        "4a",
        "Add a hoarding referral route to the home fire safety visit checklist",
        "Prevention Manager",
        "2025-09-30",
        "0%",
        "",
    ),
    (
        "4",
        "Ulvercombe Fire and Rescue Service should refer to adult social care any person whose home is a "
        "fire risk because of hoarding.",
        "4b",
        "Report the number of hoarding referrals to the Board each quarter",
        "Prevention Manager",
        "2025-12-31",
        "0%",
        "",
    ),
    (
        "5",
        "The Board should ask its partners to agree one lead professional for any adult whose "
        "self-neglect is being managed by more than two services.",
        "5a",
        "Add a lead professional section to the multi-agency self-neglect procedure",
        "Chair, Policy and Procedures Subgroup",
        "2025-04-30",
        "100%",
        "2025-05-20",
    ),
    (
        "5",
        "The Board should ask its partners to agree one lead professional for any adult whose "
        "self-neglect is being managed by more than two services.",
        "5b",
        "Ask each partner to confirm that its staff know the new section",
        "Board Business Manager",
        "2025-09-30",
        "10%",
        "",
    ),
]


def doc_ulvercombe():
    stem = "sar_tracker_percent_complete_date_completed_iso_dates_rec_repeated_each_row_dejavu_mono_landscape_ulvercombe"
    doc = word_doc(
        "DejaVu Sans Mono",
        8.5,
        header="Ulvercombe Safeguarding Adults Board – SAR tracker – export 2025-06-02",
        footer_left="USAB SAR tracker",
        landscape=True,
        page_of=False,
        margins=(1.2, 1.2, 1.4, 1.2),
    )
    para(doc, "SAR 'Lazlo' – recommendation tracker (sheet 2 of 3)", bold=True, size=10)
    para(
        doc,
        "Board reference USAB-SAR-2023-02. Lazlo was 58 and died at home in February 2023 after a long "
        "period of self-neglect. The Board accepted all five recommendations on 11 October 2024.",
    )
    para(
        doc,
        "Key: '% complete' is the action owner's own estimate; 100% means the owner says the action is "
        "finished. 'Date completed' is filled in only when the SAR subgroup has seen the evidence and "
        "closed the action. Dates are written year-month-day. Summary: 11 actions; 4 closed (36%); mean "
        "completion 51%.",
    )
    headers = [
        "Rec",
        "Recommendation",
        "Act",
        "Action",
        "Owner",
        "Target date",
        "% complete",
        "Date completed",
    ]
    w = [1.0, 7.4, 1.0, 6.6, 4.2, 2.4, 2.0, 2.7]
    t = make_table(doc, headers, w, size=8.5, header_fill="FCE4D6")
    for row in U_ROWS:
        add_row(t, list(row), w, size=8.5)
    para(doc, "")
    para(doc, "Sheet 3 (evidence log) is kept by the Board Business Unit and is not published.", size=7)
    save(doc, stem)


# ============ 3. Scottish adult protection learning review: Source-first chronology (Caladea 9.5)
G_CHRON = [
    (
        "GP practice",
        "11/01/2022",
        "Ruaraidh attended for a review of his breathing. He said he was "
        "managing but had stopped collecting his inhalers.",
    ),
    (
        "Glenmorrach HSCP Social Work",
        "03/03/2022",
        "Adult protection referral from a neighbour about "
        "Ruaraidh's brother taking his benefits. Inquiry opened.",
    ),
    (
        "Police Scotland",
        "w/c 14/03/2022",
        "Officers visited with a social worker. Ruaraidh said he did "
        "not want anything done about his brother.",
    ),
    (
        "Glenmorrach HSCP Social Work",
        "29/04/2022",
        "Case conference not held; the inquiry was closed with advice only.",
    ),
    (
        "Scottish Ambulance Service",
        "17/08/2022",
        "Ruaraidh was taken to hospital after a fall. Crew noted very little food in the house.",
    ),
    ("Glenmorrach Royal Infirmary", "24/08/2022", "Discharged home with a package of care four times a day."),
    (
        "Care at Home provider",
        "10/10/2022",
        "Carers were refused entry by the brother on three visits in one week; the package was suspended.",
    ),
    (
        "Police Scotland",
        "08/01/2023",
        "Ruaraidh was found dead at home. His brother was later charged with fraud.",
    ),
]


def doc_glenmorrach():
    stem = "asp_learning_review_scotland_source_first_chron_over_page_recommendation_headings_rationale_caladea_glenmorrach"
    doc = word_doc(
        "Caladea",
        9.5,
        header="Glenmorrach Adult Protection Committee",
        footer_left="Learning Review LR 02/23 – Ruaraidh",
        margins=(2.2, 2.2, 2.2, 2.0),
    )
    para(doc, "Adult Protection Learning Review", bold=True, size=14)
    para(doc, "Ruaraidh (61)", bold=True, size=12)
    para(doc, "Lead reviewer: Seonaid Achterlonie    Committee reference: LR 02/23    Published: May 2024")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "This learning review was commissioned by the Glenmorrach Adult Protection Committee under the "
        "national guidance for learning reviews. Ruaraidh, who was 61, died at home on 8 January 2023. He "
        "lived with his older brother, who managed his money. The review looked at the fifteen months "
        "before his death.",
    )
    heading(doc, "About Ruaraidh", 2)
    para(
        doc,
        "Ruaraidh grew up in a fishing village on the coast and worked on boats until an injury in his "
        "forties. His family describe a quiet man with a dry sense of humour who loved football on the radio "
        "and knew the name of every bird in the harbour. After his mother died he moved in with his brother. "
        "Friends saw less of him over the following years, and he stopped going to the social club where he "
        "had played dominoes every Friday.",
    )
    heading(doc, "How the review was done", 2)
    para(
        doc,
        "A review group of senior managers from health, social work, police, housing and the third sector "
        "met five times. Each service gave a summary of its records, and the lead reviewer spoke with eleven "
        "practitioners and with Ruaraidh's niece. The brother was invited to take part but did not reply. The "
        "review group agreed the findings at its last meeting in February 2024.",
    )
    para(
        doc,
        "The review did not look at the criminal case against the brother, which was dealt with by the "
        "Procurator Fiscal.",
    )
    heading(doc, "Terms used", 2)
    para(
        doc,
        "An adult protection inquiry is the first step a council takes when it knows or believes that an "
        "adult may be at risk of harm. The three-point test asks whether the adult is unable to safeguard "
        "their own wellbeing, property or rights; whether they are at risk of harm; and whether, because of "
        "disability, illness or infirmity, they are more vulnerable than others. A case conference brings "
        "services together to agree a protection plan.",
    )
    heading(doc, "2. Key events", 1)
    para(
        doc,
        "The table lists the events the review group thought most important. Each row starts with the "
        "service that recorded the event.",
    )
    para(
        doc,
        "Dates are those in the source record; 'w/c' means the week commencing the date given, where the "
        "record does not say which day. Services not listed had no contact with Ruaraidh in the period. The "
        "last column gives the review group's view of why the event mattered.",
    )
    headers = ["Source", "Date", "Event", "Significance"]
    w = [3.4, 2.2, 6.4, 4.6]
    t = make_table(doc, headers, w, size=9, header_fill="DDD9C4")
    notes = [
        "Early sign that he was struggling to look after his health.",
        "First report of financial harm.",
        "His wish was respected but his ability to decide was not explored.",
        "The three-point test was not recorded.",
        "A second chance to ask about money and food.",
        "No adult protection referral was made from the ward.",
        "Refusal came from the brother, not from Ruaraidh.",
        "",
    ]
    for (src, date, event), note in zip(G_CHRON, notes):
        add_row(t, [src, date, event, note], w, size=9)
    para(doc, "")
    heading(doc, "3. What we learned", 1)
    bullets(
        doc,
        [
            "Staff took a refusal at face value when someone else was present.",
            "Concerns about money and about care were held by different services and never put together.",
            "Closing an inquiry with advice only left nobody watching.",
        ],
    )
    heading(doc, "4. Recommendations", 1)
    para(doc, "The review makes four recommendations to the Adult Protection Committee and its partners.")
    recs = [
        (
            "Recommendation 1",
            "The Committee should make sure that, when a person declines support while the person suspected "
            "of harming them is present, staff arrange to speak with them alone before an inquiry is closed.",
            "Ruaraidh was never seen without his brother after March 2022.",
        ),
        (
            "Recommendation 2",
            "Glenmorrach Health and Social Care Partnership should record its view on each part of the "
            "three-point test at every adult protection inquiry.",
            "The records do not show how the decision to close the inquiry was reached.",
        ),
        (
            "Recommendation 3",
            "Hospital discharge teams should make an adult protection referral when staff on the ward have "
            "concerns about neglect at home, even if a care package is being arranged.",
            "A care package was treated as an answer to a protection concern.",
        ),
        (
            "Recommendation 4",
            "Care at Home providers should tell the social work team within one working day when carers are "
            "refused entry more than once in a week.",
            "The suspension of the package was not known to social work for a month.",
        ),
    ]
    for label, text, why in recs:
        para(doc, label, bold=True)
        para(doc, text)
        para(doc, "Rationale: " + why, italic=True)
    heading(doc, "5. Next steps", 1)
    para(
        doc,
        "The Committee accepted the recommendations in April 2024 and will publish an improvement plan with "
        "named leads within three months. Progress will be reported to the Chief Officers Group.",
    )
    save(doc, stem)


# ============ 4. DHR executive summary: year band rows over day-month cells; plan with completion date only
A_CHRON = [
    ("2020", None, None, None),
    (None, "14 Mar", "GP", "Mirela saw her GP with low mood and said she was not sleeping."),
    (
        None,
        "late Jun",
        "Ashenthorpe Police",
        "A neighbour called police about shouting; officers spoke "
        "to Mirela on the doorstep and no offence was recorded.",
    ),
    (None, "3 Aug", "Housing", "Mirela asked to move to a one-bedroom flat in her own name."),
    ("2021", None, None, None),
    (
        None,
        "9 Feb",
        "Ashenthorpe Police",
        "Mirela reported that Mr V had pushed her; a DASH assessment was graded medium.",
    ),
    (
        None,
        "22 Feb",
        "IDVA service",
        "Referral received; three calls went unanswered and the case was closed.",
    ),
    (
        None,
        "May",
        "Hospital",
        "Mirela attended the emergency department with a hand injury she said was from a fall.",
    ),
    (None, "19 Nov", "Ashenthorpe Police", "Police were called to the flat and found Mirela dead."),
]


def doc_ashenthorpe():
    stem = "dhr_exec_summary_year_band_chron_day_month_cells_numbered_recs_plan_completed_date_only_narrow_ashenthorpe"
    doc = word_doc(
        "Liberation Sans Narrow",
        10,
        header="Ashenthorpe Community Safety Partnership",
        footer_left="DHR Mirela – Executive Summary",
        margins=(2.5, 2.0, 2.0, 2.0),
    )
    para(doc, "Domestic Homicide Review", bold=True, size=15)
    para(doc, "Executive Summary – 'Mirela'", bold=True, size=13)
    para(doc, "Independent Chair and Author: Pelagia Ormondroyd", size=10)
    heading(doc, "1. The review", 1)
    para(
        doc,
        "Mirela was 33 when she was killed by her partner, Mr V, on 19 November 2021 in Ashenthorpe. The "
        "Community Safety Partnership decided to hold a review in January 2022. Mr V was convicted of her "
        "murder in October 2022.",
    )
    heading(doc, "2. Summary of contact with services", 1)
    para(doc, "The table gives the main contacts by year. Days are shown where the record gives them.")
    headers = ["Date", "Agency", "What happened"]
    w = [2.2, 3.6, 10.6]
    t = make_table(doc, headers, w, size=9.5, header_fill="E2EFD9")
    for year, day, agency, text in A_CHRON:
        if year:
            full_row(t, year, fill="F2F2F2", size=9.5)
        else:
            add_row(t, [day, agency, text], w, size=9.5)
    para(doc, "")
    heading(doc, "3. Recommendations", 1)
    recs = [
        "Ashenthorpe Police should review how doorstep conversations at domestic incidents are recorded, "
        "so that a later officer can see what was said.",
        "The IDVA service should try at least one other way of contacting a victim before closing a case "
        "after unanswered calls.",
        "The Hospital Trust should ask about domestic abuse whenever an adult attends with an injury to the "
        "hands or face.",
        "The Partnership should run a campaign with local employers on how to respond when a colleague "
        "discloses abuse.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    page_break(doc)
    heading(doc, "4. Action plan", 1)
    para(
        doc,
        "The Completed column shows the date the Partnership closed an action. A blank means the action is "
        "still open; 'Ongoing' marks work that has started but has no end date.",
    )
    headers = ["Rec", "Action", "Who", "Target", "Completed"]
    w = [1.2, 7.4, 3.8, 2.0, 2.0]
    t = make_table(doc, headers, w, size=9.5, header_fill="E2EFD9")
    rows = [
        (
            "1",
            "Add a free-text 'what the victim said' field to the attendance record",
            "Ashenthorpe Police",
            "31/03/2023",
            "12/02/2023",
        ),
        (
            "1",
            "Brief response teams on using the new field",
            "Ashenthorpe Police",
            "30/06/2023",
            "03/07/2023",
        ),
        (
            "2",
            "Change the closure procedure to require a letter or text after three missed calls",
            "IDVA Service Manager",
            "31/05/2023",
            "Ongoing",
        ),
        (
            "3",
            "Add routine enquiry to the emergency department injury triage form",
            "Hospital Trust Safeguarding Lead",
            "30/09/2023",
            "",
        ),
        (
            "4",
            "Hold two employer events and publish a guide for managers",
            "Community Safety Manager",
            "31/03/2024",
            "",
        ),
    ]
    for row in rows:
        add_row(t, list(row), w, size=9.5)
    para(doc, "")
    para(doc, "This summary should be read with the overview report.", italic=True)
    save(doc, stem)


# ============ 5. Thematic SAR, three adults: recs under agency headings in prose; merged Agency plan (Carlito 12)
def doc_corrievale():
    stem = "thematic_sar_three_adults_recs_numbered_through_agency_headings_plan_merged_agency_col_on_off_track_carlito_corrievale"
    doc = word_doc(
        "Carlito",
        12,
        header="Corrievale Safeguarding Adults Board – Thematic Review",
        footer_left="Thematic SAR: alcohol and self-neglect",
        margins=(2.0, 2.0, 1.8, 1.8),
    )
    para(doc, "Thematic Safeguarding Adults Review: Amos, Bertil and Wendeline", bold=True, size=15)
    para(doc, "Report by Sefton Quaife, independent reviewer – March 2025")
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Three adults known to Corrievale services died between 2021 and 2023 from the effects of "
        "long-term alcohol use: Amos (49), Bertil (66) and Wendeline (54). Each had been offered help and "
        "had often declined it. The Board decided to look at the three together.",
    )
    heading(doc, "2. Recommendations", 1)
    para(
        doc,
        "The recommendations are set out under the organisation asked to act, and numbered through the "
        "whole list.",
    )
    groups = [
        (
            "Corrievale Integrated Care Board",
            [
                "Commission an assertive outreach service for dependent drinkers who do not engage with "
                "treatment.",
                "Make sure that alcohol-related hospital admissions are shared with the person's GP within "
                "two working days.",
            ],
        ),
        (
            "Corrievale Council Adult Social Care",
            [
                "Use the Board's self-neglect procedure for every person who repeatedly declines care "
                "because of alcohol use.",
                "Train social workers in assessing capacity where a person's drinking affects their "
                "decisions.",
            ],
        ),
        (
            "Northmarch Police",
            [
                "Record welfare checks on people known to drink heavily in a way that partner agencies can "
                "see.",
            ],
        ),
        (
            "The Board",
            [
                "Design a multi-agency risk meeting format for high-risk drinkers and test it within a year.",
            ],
        ),
    ]
    n = 0
    for agency, items in groups:
        para(doc, agency, bold=True)
        for text in items:
            n += 1
            numbered(doc, f"{n}.", text)
    page_break(doc)
    heading(doc, "3. Action plan", 1)
    para(
        doc,
        "Status: Complete; On track; Off track (behind the target date); Not started. Targets are shown "
        "month-year.",
        size=10,
    )
    headers = ["Agency", "Rec", "Action", "Target", "Status"]
    w = [3.6, 1.1, 7.4, 1.8, 2.3]
    t = make_table(doc, headers, w, size=10, header_fill="DEEAF6")
    plan = [
        (
            "Corrievale Integrated Care Board",
            [
                ("1", "Agree a service specification for assertive outreach", "Jun-25", "On track"),
                ("1", "Award the contract and start the service", "Jan-26", "Not started"),
                (
                    "2",
                    "Set up a daily admissions notice from the hospital to practices",
                    "Mar-25",
                    "Complete",
                ),
            ],
        ),
        (
            "Corrievale Council Adult Social Care",
            [
                ("3", "Add a self-neglect check to the review of declined care", "Apr-25", "Off track"),
                ("4", "Run capacity and alcohol workshops for all social work teams", "Sep-25", "On track"),
            ],
        ),
        ("Northmarch Police", [("5", "Add a shared flag to welfare check records", "Dec-25", "On track")]),
        ("The Board", [("6", "Pilot the risk meeting format in one locality", "Oct-25", "Not started")]),
    ]
    row = 1
    for agency, actions in plan:
        first = row
        for rec, action, target, status in actions:
            add_row(t, [agency, rec, action, target, status], w, size=10)
            row += 1
        merge_down(t, 0, first, row - 1, size=10)
    para(doc, "")
    para(doc, "The Board's Review Subgroup will check progress each quarter.", size=10)
    save(doc, stem)


def main():
    doc_quernhallow()
    doc_ulvercombe()
    doc_glenmorrach()
    doc_ashenthorpe()
    doc_corrievale()


if __name__ == "__main__":
    main()
