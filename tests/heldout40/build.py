"""Build the heldout40 blind documents as Word files (python-docx).

Run once:  python tests/heldout40/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan written as a two-level numbered list
with no table (recommendation "1." over actions "1.1", each action followed by a "Lead / Due / Position" line);
a LeDeR focused review whose timeline table dates rows with numeric month ranges "03/2019 – 06/2019" and whose
recommendations sit in a "Learning into action" table; a SAR overview report whose key events are stacked
"Date: / Agency: / What happened:" label blocks and whose recommendations are boxed at the end of each analysis
chapter; a Home Office template DHR plan with a RAG column printing only a colour name and Lead Agency cells
merged down over several actions, across recommendation boundaries and the page break; and a community safety
partnership board paper whose appendix reprints a SharePoint list export with US month/day/year dates.
All people, places, local agency names and wording are fictional and the author's own.
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
    HO_PLAN_HEADERS,
    add_field,
    add_row,
    box,
    docx_saver,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, margins=(2, 2, 2, 2), landscape=False):
    """A document in one font throughout (headings too) with a running head; the footer is set by the caller."""
    doc = new_doc(header=header, font=font, size=size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(0x24, 0x2F, 0x5C)
    doc.styles["Heading 1"].font.size = Pt(size + 5)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return doc


def footer(sec, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=7.5):
    """A footer of text and fields: parts are strings, or ('PAGE',) / ('NUMPAGES',) for a field."""
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    for part in parts:
        if isinstance(part, tuple):
            add_field(p.add_run(), part[0])
        else:
            p.add_run(part)
    for r in p.runs:
        r.font.size = Pt(size)


def first_page_number(sec, number):
    """Number the section's pages from `number`, as an extract of a longer report prints them."""
    from docx.oxml import OxmlElement

    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(number))
    sec._sectPr.append(pg)


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def bullets(doc, items, size=None):
    for s in items:
        para(doc, s, style="List Bullet", size=size)


def run_in(doc, lead, text, size=None, indent=None):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    r = p.add_run(lead)
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def label_line(doc, parts, indent=1.2, size=8.5):
    """One line of bold labels and plain values ('Lead: ' 'X'), as a list plan prints each action's details."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(6)
    for i, (label, value) in enumerate(parts):
        r = p.add_run(("     " if i else "") + label)
        r.bold = True
        r.font.size = Pt(size)
        v = p.add_run(value)
        v.font.size = Pt(size)
    return p


# ============ 1. DHR action plan as a two-level numbered list, no table
S1 = "dhr_plan_two_level_numbered_list_no_table_rec_n_bold_over_actions_n_n_lead_due_position_label_line_achieved_on_track_delayed_not_commenced_urw_bookman_cowlersby"
PLAN1 = [
    (
        "Cowlersby Community Safety Partnership should make sure that the partner agencies' domestic abuse "
        "policies describe economic abuse and the control of a partner's money, with examples practitioners "
        "will recognise.",
        [
            (
                "Review each partner's domestic abuse policy against the statutory definition, including economic "
                "abuse, and report the gaps to the partnership.",
                "Domestic Abuse Partnership Coordinator",
                "31 March 2026",
                "On track",
                "Eleven of fifteen policies checked; four gaps found so far.",
            ),
            (
                "Publish a one-page practice guide on economic abuse on the partnership website.",
                "Communications Lead, Cowlersby Borough Council",
                "30 November 2025",
                "Achieved",
                "Guide published on 21 November 2025.",
            ),
        ],
    ),
    (
        "Cowlersby and Brennet NHS Foundation Trust should make sure that patients who attend the emergency "
        "department with an injury are asked about domestic abuse when they are on their own.",
        [
            (
                "Add a mandatory 'seen alone' question to the emergency department triage record.",
                "Head of Nursing, Urgent and Emergency Care",
                "31 January 2026",
                "Delayed",
                "Screen change built; go-live moved to April 2026 after a system upgrade.",
            ),
            (
                "Audit fifty triage records each quarter for completion of the question.",
                "Named Nurse for Safeguarding Adults",
                "Quarterly from July 2026",
                "Not commenced",
                "Starts once the question is live.",
            ),
        ],
    ),
    (
        "Cowlersby Borough Council should make sure that its benefits and council tax teams know how to pass on "
        "a concern when a customer appears to be prevented from managing their own money.",
        [
            (
                "Deliver a briefing on recognising economic abuse to the revenues and benefits teams.",
                "Revenues and Benefits Service Manager",
                "31 December 2025",
                "Achieved",
                "Delivered to 64 staff across three sessions.",
            ),
            (
                "Add a route for raising a domestic abuse concern to the customer services escalation procedure.",
                "Customer Services Manager",
                "28 February 2026",
                "On track",
                "Draft procedure with the council's safeguarding lead for comment.",
            ),
            (
                "Check six months after the briefing how many concerns have been passed on.",
                "Revenues and Benefits Service Manager",
                "June 2026",
                "Not commenced",
                "",
            ),
        ],
    ),
    (
        "Cowlersby Community Safety Partnership should ask the Home Office to consider adding economic abuse to "
        "the questions in the national DHR statutory guidance on what a review should examine.",
        [
            (
                "Write to the Home Office DHR policy team enclosing the review's findings on economic abuse.",
                "Chair, Cowlersby Community Safety Partnership",
                "30 September 2025",
                "Achieved",
                "Letter sent on 18 September 2025; acknowledgement received.",
            ),
        ],
    ),
]


def build_cowlersby():
    doc = word_doc(
        "URW Bookman", 10, "Cowlersby Community Safety Partnership — OFFICIAL", (2.5, 2.3, 2.0, 2.0)
    )
    footer(doc.sections[0], ["Cowlersby CSP  |  DHR ‘Anita’ action plan  |  page ", ("PAGE",)])
    heading(doc, "Domestic Homicide Review ‘Anita’", 1)
    para(doc, "Action plan and progress report — position at 31 January 2026", bold=True)
    para(
        doc,
        "Anita was 44 when she was killed by her husband at their home in Cowlersby on 11 February 2023. The "
        "review was chaired and written by Bartholomew Ssempijja-Lowe and was approved for publication by the "
        "Home Office Quality Assurance Panel in June 2025.",
    )
    para(
        doc,
        "How to read this plan. Each numbered paragraph in bold is a recommendation of the overview report. The "
        "actions agreed for it follow, numbered 1.1, 1.2 and so on. The line under each action gives the lead "
        "officer, the date it is due and its position: Achieved, On track, Delayed (started but behind its due "
        "date) or Not commenced.",
        size=9,
        italic=True,
    )
    heading(doc, "Recommendations and actions", 2)
    for i, (rec, actions) in enumerate(PLAN1, 1):
        p = numbered(doc, f"{i}.", rec)
        p.paragraph_format.space_before = Pt(8)
        for r in p.runs:
            r.bold = True
        for j, (action, lead, due, position, note) in enumerate(actions, 1):
            numbered(doc, f"{i}.{j}", action).paragraph_format.left_indent = Cm(2.2)
            details = [("Lead: ", lead), ("Due: ", due), ("Position: ", position)]
            label_line(doc, details, indent=2.2)
            if note:
                para(doc, note, size=8.5, italic=True).paragraph_format.left_indent = Cm(2.2)
    heading(doc, "Monitoring", 2)
    para(
        doc,
        "The partnership's DHR Standing Panel reviews this plan at each meeting. Actions marked Achieved are "
        "closed when the panel has seen the evidence; the plan as a whole will be signed off by the partnership "
        "board once every action is Achieved.",
    )
    para(
        doc, "Version 4 — prepared by the DHR Standing Panel secretariat, February 2026", size=8, italic=True
    )
    save(doc, S1)


# ============ 2. LeDeR focused review: timeline with numeric month ranges, "Learning into action" table
S2 = "leder_focused_review_timeline_table_when_where_what_numeric_month_range_dates_mm_yyyy_dash_mm_yyyy_learning_into_action_rec_table_rows_over_page_break_liberation_sans_brisworth"
TIMELINE2 = [
    (
        "03/2019 – 06/2019",
        "Home",
        "Jacob moved from his family home into a supported living flat run by Greystone Support. He settled "
        "well and kept his day centre place three days a week.",
    ),
    (
        "11/2019",
        "GP surgery",
        "Annual learning disability health check. Weight recorded as 71 kg. No swallowing difficulties noted.",
    ),
    (
        "01/2021 – 03/2021",
        "Home",
        "Day centre closed during lockdown. Support staff recorded that Jacob was eating more quickly and "
        "coughing at meals.",
    ),
    (
        "14/04/2021",
        "GP surgery",
        "Telephone consultation with support staff about the coughing. A referral to speech and language "
        "therapy was discussed but not sent.",
    ),
    (
        "09/2021",
        "Hospital",
        "Admitted for two nights with a chest infection, treated with antibiotics. The discharge letter "
        "asked the GP to consider a swallowing assessment.",
    ),
    (
        "10/2021 – 02/2022",
        "Home",
        "Staff turnover at the flat; four of the six regular support workers left. The eating and drinking "
        "guidance was not updated.",
    ),
    (
        "22/03/2022",
        "Community learning disability team",
        "Speech and language therapist assessed Jacob and advised a soft diet and supervision at meals. The "
        "advice was emailed to the support provider's office.",
    ),
    (
        "06/2022 – 08/2023",
        "Home",
        "Three further chest infections treated by the GP. The speech and language therapy advice was not in "
        "the care plan kept at the flat.",
    ),
    (
        "24/09/2023",
        "Hospital",
        "Admitted by ambulance with breathing difficulty; diagnosed with aspiration pneumonia.",
    ),
    (
        "27/09/2023",
        "Hospital",
        "Jacob died on the respiratory ward with his mother and sister with him.",
    ),
]
LEARNING2 = [
    (
        "Advice from speech and language therapy did not reach the staff who supported Jacob at mealtimes.",
        "Greystone Support should make sure that eating and drinking guidance from a therapist is added to the "
        "person's care plan at their home within two working days and that every support worker signs to say "
        "they have read it.",
        "Greystone Support",
    ),
    (
        "Repeated chest infections were treated one at a time; no one asked why they kept happening.",
        "Brisworth Primary Care Network should remind GPs that repeated chest infections in a person with a "
        "learning disability may be a sign of swallowing difficulty and should prompt a referral.",
        "Brisworth Primary Care Network",
    ),
    (
        "The hospital's request for a swallowing assessment was not acted on for six months.",
        "Brisworth Royal Infirmary should follow up discharge requests for a swallowing assessment with a "
        "telephone call to the practice when the patient has a learning disability.",
        "Brisworth Royal Infirmary NHS Trust",
    ),
    (
        "The ICB did not know how often people with a learning disability were admitted with aspiration "
        "pneumonia.",
        "NHS Brisworth and Dunmore Integrated Care Board should report every six months how many people with a "
        "learning disability were admitted with aspiration pneumonia, and what was done to prevent it.",
        "NHS Brisworth and Dunmore ICB",
    ),
]


def build_brisworth():
    doc = word_doc(
        "Liberation Sans", 10.5, "LeDeR — Focused Review Summary — RESTRICTED", (2.0, 2.0, 1.8, 1.8)
    )
    footer(
        doc.sections[0],
        ["NHS Brisworth and Dunmore ICB  ·  LeDeR programme  ·  ", ("PAGE",), "/", ("NUMPAGES",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(
        doc, "Learning from Lives and Deaths – People with a learning disability and autistic people", size=9
    )
    heading(doc, "Focused Review: Jacob", 1)
    kv_table(
        doc,
        [
            ("Review reference", "LD-BRI-23-0417"),
            ("Age at death", "42"),
            ("Date of death", "27 September 2023"),
            ("Place of death", "Brisworth Royal Infirmary"),
            ("Focused reviewer", "Imelda Karamanlis-Shaw"),
            ("Review signed off by ICB panel", "12 March 2024"),
        ],
        widths=(6, 9),
        size=9,
    )
    heading(doc, "About Jacob", 2)
    para(
        doc,
        "Jacob had Down's syndrome and a moderate learning disability. His family describe him as a warm and "
        "funny man who loved trains, karaoke and his weekly swim. He lived in his own flat with support from "
        "2019 and was very proud of it.",
    )
    heading(doc, "Timeline of key events", 2)
    para(
        doc, "Dates are shown as day/month/year, or month/year where the records give only a month.", size=8.5
    )
    widths = [3.6, 3.6, 9.8]
    t = make_table(doc, ["When", "Where", "What happened"], widths, header_fill="C5E0B3", size=9)
    for when, where, what in TIMELINE2:
        add_row(t, [when, where, what], widths, size=9)
    para(doc, "")
    heading(doc, "Good practice", 2)
    bullets(
        doc,
        [
            "Jacob's annual health checks took place every year, including during the pandemic.",
            "Ward staff used his hospital passport and let his mother stay with him.",
        ],
    )
    para(doc, "Grading of care: 4 — care fell short of expected good practice.", bold=True, size=9.5)
    heading(doc, "Learning into action", 2)
    widths = [1.2, 5.6, 7.2, 3.0]
    t = make_table(
        doc, ["No.", "What we learned", "Recommendation", "For"], widths, header_fill="C5E0B3", size=9
    )
    for i, (learned, rec, who) in enumerate(LEARNING2, 1):
        add_row(t, [str(i), learned, rec, who], widths, size=9)
    para(doc, "")
    para(
        doc,
        "The ICB's LeDeR governance panel will ask each organisation for an action plan within eight weeks. This "
        "summary has been shared with Jacob's family, who asked that his love of trains be mentioned.",
        size=9,
        italic=True,
    )
    save(doc, S2)


# ============ 3. SAR overview: key events as stacked label blocks, recommendations boxed at chapter ends
S3 = "sar_overview_key_events_stacked_date_agency_what_happened_label_blocks_no_table_range_and_late_month_dates_recs_boxed_at_end_of_each_analysis_chapter_dejavu_serif_yelverstow"
EVENTS3 = [
    (
        "3 February 2022",
        "Yelverstow Community Mental Health Team",
        "Terence was discharged from the team after he did not attend three appointments. A letter was sent to "
        "his GP.",
    ),
    (
        "late April 2022",
        "Yelverstow Homes",
        "A housing officer could not get into the bungalow for an annual tenancy visit and noted that the "
        "windows were covered with newspaper.",
    ),
    (
        "Between 2 and 9 June 2022",
        "Yelverstow Council Adult Social Care",
        "Three calls from a neighbour about Terence's health were logged. A social worker visited on 9 June; "
        "Terence refused an assessment and the case was closed.",
    ),
    (
        "18 August 2022",
        "GP practice",
        "Terence attended with a leg ulcer. The practice nurse noted that he smelled strongly of smoke and "
        "said he had no heating.",
    ),
    (
        "12 October 2022",
        "Yelverstow Homes",
        "The heating engineer reported that the boiler had been condemned and that Terence would not let him "
        "fit a new one.",
    ),
    (
        "19 December 2022",
        "Ambulance service",
        "A neighbour called 999. Crews found Terence on the floor of the cold bungalow; he died later that day "
        "in hospital.",
    ),
]
RECS3 = {
    4: [
        "Yelverstow Safeguarding Adults Board should publish a practice guide on working with an adult who "
        "repeatedly declines help, including when a refusal should lead to a mental capacity assessment.",
        "Yelverstow Community Mental Health Team should make sure that a person discharged after missed "
        "appointments is discussed with the GP before the case is closed.",
    ],
    5: [
        "Yelverstow Homes should treat a tenant living without heating in winter as a safeguarding concern and "
        "refer it to adult social care on the same day.",
    ],
    6: [
        "Yelverstow Safeguarding Adults Board should receive a report each year on how partners have used its "
        "self-neglect procedure, including the number of multi-agency meetings held.",
    ],
}
ANALYSIS3 = {
    4: (
        "Analysis: working with Terence's refusals",
        [
            "Terence said no to help many times. Each agency recorded his refusal and closed its involvement. Nobody "
            "asked whether his refusals came from a settled wish or from his low mood and the isolation of the last "
            "few years.",
            "The mental health team's discharge letter reached the GP but did not ask the practice to do anything. "
            "The reviewer heard that this is how discharge letters are usually written.",
        ],
    ),
    5: (
        "Analysis: housing and the winter",
        [
            "The landlord knew from October that Terence had no working boiler. Staff offered him fan heaters, which "
            "he declined, and recorded the matter as a repair. It was not seen as a risk to his life.",
        ],
    ),
    6: (
        "Analysis: how the Board knows its procedure is used",
        [
            "The Board adopted a self-neglect procedure in 2020. No multi-agency meeting under it was held for "
            "Terence, and the Board has no figures on how often the procedure is used.",
        ],
    ),
}


def key_event(doc, date, agency, what):
    """One key event as the review prints it: three bold-labelled lines, a rule below."""
    for label, value in (("Date: ", date), ("Agency: ", agency), ("What happened: ", what)):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(label)
        r.bold = True
        p.add_run(value)
    para(doc, "—" * 12, size=7).paragraph_format.space_after = Pt(4)


def build_yelverstow():
    doc = word_doc("DejaVu Serif", 10, "Safeguarding Adults Review: Terence", (2.4, 2.4, 2.2, 2.0))
    footer(doc.sections[0], ["Yelverstow SAB   —   ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Yelverstow Safeguarding Adults Board", bold=True, size=12)
    heading(doc, "Safeguarding Adults Review: Terence — Overview Report", 1)
    para(doc, "Lead reviewer: Philippa Ostrowska-Grant  ·  Published November 2024", italic=True, size=9)
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "Terence was 71. He lived alone in a council bungalow in Yelverstow and had no close family. On 19 "
        "December 2022 a neighbour found him on the floor of his unheated home; he died in hospital the same "
        "day of hypothermia.",
    )
    heading(doc, "2. Terms of reference", 2)
    para(
        doc,
        "The review looked at the period from February 2022 to Terence's death and asked how agencies "
        "responded to his self-neglect and to his refusals of help.",
    )
    heading(doc, "3. Key events", 2)
    for event in EVENTS3:
        key_event(doc, *event)
    number = 0
    for chapter in (4, 5, 6):
        title, paragraphs = ANALYSIS3[chapter]
        heading(doc, f"{chapter}. {title}", 2)
        for text in paragraphs:
            para(doc, text)
        for rec in RECS3[chapter]:
            number += 1
            box(doc, f"Recommendation {number}\n{rec}", fill="FBE4D5", width=16.2, size=9.5)
    heading(doc, "7. Conclusion", 2)
    para(
        doc,
        "Terence's death was not predictable on any single day, but the risk to him grew over the year and was "
        "known in part to five agencies. The Board has accepted all four recommendations.",
    )
    save(doc, S3)


# ============ 4. Home Office template plan: colour-name RAG column, Lead Agency merged over several actions
S4 = "dhr_plan_home_office_template_rag_col_colour_name_only_lead_agency_cells_merged_over_actions_across_rec_boundaries_and_page_break_scope_col_liberation_serif_landscape_tarrenhill"
POLICE4 = "Tarrenhill Police"
ASC4 = "Tarrenhill Council Adult Social Care"
MH4 = "Tarrenhill and Corve Mental Health NHS Trust"
CSP4 = "Tarrenhill Community Safety Partnership"
RECS4 = [
    (
        "1. Tarrenhill Police should make sure that officers attending a report of abuse by an adult child "
        "against a parent complete a risk assessment designed for adult family violence.",
        "Local",
    ),
    (
        "2. Tarrenhill Council Adult Social Care should offer a carer's assessment to every parent who cares for "
        "an adult son or daughter with a serious mental illness.",
        "Local",
    ),
    (
        "3. Tarrenhill Council Adult Social Care and Tarrenhill and Corve Mental Health NHS Trust should agree "
        "how a parent's fear of their adult child is shared between the two services.",
        "Local",
    ),
    (
        "4. Tarrenhill Community Safety Partnership should work with the neighbouring partnerships to raise "
        "awareness across the county that abuse of parents by adult children is domestic abuse.",
        "Regional",
    ),
]
PLAN4 = [  # (recommendation index, action, lead, milestones, target, completion, RAG colour)
    (
        0,
        "Adopt the adult family violence risk checklist for all domestic abuse incidents where the suspect is "
        "the victim's adult child.",
        POLICE4,
        "Checklist agreed by the force's domestic abuse lead; added to the incident app.",
        "31/10/2025",
        "14/11/2025 – checklist live; first month's use reviewed.",
        "Green",
    ),
    (
        0,
        "Brief all response and neighbourhood officers on the checklist and on parents' reluctance to report.",
        POLICE4,
        "Briefing written; 70% of officers briefed.",
        "31/03/2026",
        "",
        "Amber",
    ),
    (
        1,
        "Identify parents caring for an adult child known to secondary mental health services and offer each a "
        "carer's assessment.",
        ASC4,
        "Data-sharing agreement with the mental health trust signed; list of 140 carers received.",
        "30/06/2026",
        "",
        "Amber",
    ),
    (
        1,
        "Add a question on the carer's own safety to the carer's assessment form.",
        ASC4,
        "Form changed in the case system.",
        "31/12/2025",
        "09/12/2025 – question live; staff guidance issued.",
        "Green",
    ),
    (
        2,
        "Write a joint protocol on sharing a parent's disclosure of fear or harm between adult social care and "
        "the community mental health teams.",
        ASC4,
        "First draft discussed at the joint operational meeting.",
        "May 2026",
        "",
        "Amber",
    ),
    (
        2,
        "Include the carer's view of risk in every care programme approach review where the patient lives with "
        "a parent.",
        MH4,
        "",
        "30/09/2026",
        "",
        "Red",
    ),
    (
        3,
        "Provide the partnership with a briefing for staff on recognising abuse of a parent by an adult child.",
        MH4,
        "Briefing drafted by the trust's safeguarding team.",
        "31/01/2026",
        "28/01/2026 – briefing sent to the partnership.",
        "Green",
    ),
    (
        3,
        "Run a county-wide awareness week on adult family violence with the neighbouring partnerships.",
        CSP4,
        "",
        "October 2026",
        "",
        "Red",
    ),
    (
        3,
        "Report the plan's progress to the partnership board each quarter until every action is Green.",
        CSP4,
        "Reported in September and December 2025.",
        "Ongoing",
        "",
        "Amber",
    ),
]
LEAD_RUNS4 = [(1, 2), (3, 5), (6, 7), (8, 9)]  # table rows whose Lead Agency cell is one merged cell


def build_tarrenhill():
    doc = word_doc(
        "Liberation Serif", 9, "Tarrenhill Community Safety Partnership", (1.6, 1.6, 1.5, 1.5), landscape=True
    )
    footer(doc.sections[0], ["DHR ‘Hyacinth’ – Action Plan – OFFICIAL – Page ", ("PAGE",)], size=8)
    heading(doc, "Domestic Homicide Review into the death of ‘Hyacinth’ – Action Plan", 1)
    para(
        doc,
        "Hyacinth, aged 58, was killed by her adult son at her home on 3 April 2022. The review was chaired "
        "and written by Desmond Achterberg-Nwosu. Plan updated for the partnership board, February 2026.",
        size=9,
    )
    heading(doc, "Summary of the review", 2)
    para(
        doc,
        "Hyacinth's son had lived with her since he was discharged from a mental health ward in 2019. Over the "
        "next three years she told her GP, a community psychiatric nurse and a police officer that she was "
        "frightened of him, but each time said she did not want anything done because he was ill. No agency "
        "treated what was happening to her as domestic abuse, and she was never offered support as his carer.",
        size=9,
    )
    para(
        doc,
        "The review found that the services involved saw Hyacinth as her son's mother and carer and not as a "
        "person at risk, that the police risk assessment used for partner abuse did not fit abuse by an adult "
        "child, and that what she told the mental health team was not passed to adult social care.",
        size=9,
    )
    heading(doc, "Purpose of this plan", 2)
    para(
        doc,
        "This plan uses the Home Office template. Each agency named in the Lead Agency column has agreed the "
        "actions against its name and reports progress to the DHR Coordinator before each board meeting. Where "
        "one agency leads several actions in a row, its name is shown once.",
        size=9,
    )
    para(doc, "RAG:  Green = completed   Amber = in progress   Red = not yet started", bold=True, size=8.5)
    headers = [*HO_PLAN_HEADERS, "RAG"]
    widths = [4.6, 1.9, 4.6, 2.9, 4.0, 2.0, 3.8, 1.4]
    t = make_table(doc, headers, widths, header_fill="D9E2F3", size=8.5)
    for rec_i, action, lead, milestones, target, done, rag in PLAN4:
        rec, scope = RECS4[rec_i]
        add_row(t, [rec, scope, action, lead, milestones, target, done, rag], widths, size=8.5)
    first = 1
    for rec_i in range(len(RECS4)):
        last = first + sum(1 for row in PLAN4 if row[0] == rec_i) - 1
        for col in (0, 1):
            merge_down(t, col, first, last, size=8.5)
        first = last + 1
    for first, last in LEAD_RUNS4:
        merge_down(t, 3, first, last, size=8.5)
    para(doc, "")
    para(
        doc,
        "Completed actions stay on the plan until the board has agreed to close them. Contact: Community Safety "
        "Team, Tarrenhill Borough Council.",
        size=8,
    )
    save(doc, S4)


# ============ 5. CSP board paper: a SharePoint list export of a DHR tracker, US month/day/year dates
S5 = "csp_board_paper_appendix_sharepoint_list_export_dhr_tracker_id_title_rec_lookup_cols_us_m_d_yyyy_due_dates_modified_datetime_pm_percent_complete_rows_over_page_break_dejavu_sans_condensed_landscape_wickhollow"
RECS5 = [
    "Wickhollow Community Safety Partnership should make sure that frontline staff in every partner agency "
    "know how to refer someone at risk of honour-based abuse to the specialist service.",
    "Wickhollow Police should make sure that a report of a missing adult woman is checked for a history of "
    "domestic abuse before the risk grading is set.",
    "Wickhollow Council's housing service should offer a private interview, with an independent interpreter, "
    "to every woman who asks for housing help.",
    "Wickhollow Community Safety Partnership should audit, a year after publication, whether the changes have "
    "reached practice.",
]
ITEMS5 = [  # (ID, Title, Recommendation lookup, Assigned To, Due Date, Status, % Complete, Modified)
    (
        "14",
        "Commission honour-based abuse awareness e-learning for all partner agencies",
        "Rec 1 - HBA referral routes",
        "Lowri Pemberton-Achebe",
        "11/28/2025",
        "Completed",
        "100 %",
        "12/3/2025 9:12 AM",
    ),
    (
        "15",
        "Publish the referral route to the specialist HBA service on the CSP website",
        "Rec 1 - HBA referral routes",
        "Wickhollow CSP Comms",
        "1/30/2026",
        "Completed",
        "100 %",
        "1/27/2026 4:05 PM",
    ),
    (
        "16",
        "Add a domestic abuse history check to the missing person risk grading form",
        "Rec 2 - Missing adult risk grading",
        "DCI Farhan Oyelaran-Brook",
        "3/31/2026",
        "In progress",
        "60 %",
        "2/11/2026 11:48 AM",
    ),
    (
        "17",
        "Dip sample 25 medium-risk missing adult reports for the check",
        "Rec 2 - Missing adult risk grading",
        "DCI Farhan Oyelaran-Brook",
        "7/31/2026",
        "Not started",
        "0 %",
        "10/14/2025 2:30 PM",
    ),
    (
        "18",
        "Book independent interpreters for housing interviews when a woman attends with a relative",
        "Rec 3 - Private housing interviews",
        "Housing Options Manager",
        "4/1/2026",
        "In progress",
        "40 %",
        "2/9/2026 10:20 AM",
    ),
    (
        "19",
        "Update the housing options interview script to offer a private interview",
        "Rec 3 - Private housing interviews",
        "Housing Options Manager",
        "12/19/2025",
        "Completed",
        "100 %",
        "12/19/2025 3:57 PM",
    ),
    (
        "20",
        "Train housing options staff on honour-based abuse and forced marriage",
        "Rec 3 - Private housing interviews",
        "Housing Learning and Development Lead",
        "5/29/2026",
        "In progress",
        "25 %",
        "2/2/2026 1:14 PM",
    ),
    (
        "21",
        "Carry out the one-year audit of practice and report to the CSP board",
        "Rec 4 - One-year audit",
        "DHR Coordinator",
        "9/30/2026",
        "Not started",
        "0 %",
        "10/14/2025 2:31 PM",
    ),
]


def build_wickhollow():
    doc = word_doc(
        "DejaVu Sans Condensed",
        8.5,
        "Wickhollow Community Safety Partnership Board  ·  24 February 2026  ·  Item 6",
        (1.5, 1.5, 1.5, 1.5),
        landscape=True,
    )
    footer(
        doc.sections[0], ["Item 6 – Page ", ("PAGE",), " of ", ("NUMPAGES",)], align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    heading(
        doc, "Item 6: Domestic Homicide Review ‘Mariam’ (WCSP/DHR/2022/01) – progress on the action plan", 1
    )
    kv_table(
        doc,
        [
            ("Report of", "DHR Coordinator"),
            ("Purpose", "For assurance"),
            ("Recommendation to the Board", "Note the progress and agree to close items 14, 15 and 19."),
        ],
        widths=(5, 12),
        size=8.5,
    )
    heading(doc, "1. Background", 2)
    para(
        doc,
        "Mariam was 33 when she was killed by her brother-in-law on 9 September 2022. The review, chaired and "
        "written by Gwendolyn Abernathy-Osei, was published in July 2025 and made four recommendations:",
    )
    for i, text in enumerate(RECS5, 1):
        numbered(doc, f"{i}.", text)
    heading(doc, "2. Progress", 2)
    para(
        doc,
        "Three of the eight actions are complete. Action 16 is behind the timetable agreed in the plan; the force "
        "expects to finish it by the end of March. The full tracker, exported from the partnership's SharePoint "
        "site, is at Appendix A.",
    )
    heading(doc, "Appendix A – DHR Tracker: All Items (exported 2/16/2026 10:05 AM)", 2)
    headers = ["ID", "Title", "Recommendation", "Assigned To", "Due Date", "Status", "% Complete", "Modified"]
    widths = [1.0, 7.6, 4.6, 4.2, 2.2, 2.2, 1.8, 3.2]
    t = make_table(doc, headers, widths, header_fill="F3F2F1", size=8.5)
    for item in ITEMS5:
        add_row(t, list(item), widths, size=8.5)
    para(doc, "8 items", size=8)
    para(
        doc,
        "Dates in the export are shown in the site's regional format (month/day/year).",
        size=8,
        italic=True,
    )
    save(doc, S5)


def main():
    build_cowlersby()
    build_brisworth()
    build_yelverstow()
    build_tarrenhill()
    build_wickhollow()


if __name__ == "__main__":
    main()
