"""Build the heldout27 blind documents as Word files (python-docx).

Run once:  python tests/heldout27/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a Community Safety Partnership's DHR action plan
in one landscape table whose agency band rows restart the recommendation numbering, with a dated
"Progress update" column; a Safeguarding Adults Review report with a Date | Time | Agency | Event |
Comment chronology over two pages and its recommendations inside a "What the Board will do" table; a
child safeguarding practice review extract with two-level recommendations (1, 1a, 1b) and a tracker
whose rating is a number 1-4 explained only in a colour key; a Domestic Abuse Related Death Review
executive summary with national recommendations to named government departments and local ones with
their own plan; and a DHR overview report whose recommendations are interleaved with footnotes and
running heads at a page break. All people, places, local agency names and wording are fictional and
the author's own.
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
    footnote_line,
    full_row,
    heading,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    sup,
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
            st.font.color.rgb = RGBColor(0x20, 0x20, 0x40)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    doc.styles["Heading 3"].font.size = Pt(size)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    if margins:
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if page_of:
        p.add_run(footer_left + "    Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        p.add_run(footer_left + "  |  ")
        add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


# ============ 1. CSP DHR action plan, landscape, agency band rows restarting numbering, dated progress column
def doc_kestonmere():
    stem = "csp_dhr_plan_agency_band_rows_restart_numbering_progress_update_dated_col_condensed_landscape_kestonmere"
    doc = word_doc(
        "DejaVu Sans Condensed",
        9.5,
        header="Kestonmere Community Safety Partnership – DHR 'Idony' – Action Plan",
        footer_left="Version 4 – updated June 2025",
        landscape=True,
        margins=(1.3, 1.3, 1.5, 1.4),
    )
    para(doc, "Domestic Homicide Review 'Idony' – Action Plan", bold=True, size=13)
    para(
        doc,
        "Idony was 44 when she was killed by her former partner in October 2022. The overview report was "
        "approved by the Partnership Board in March 2024. Recommendations are grouped by the organisation that "
        "owns them; each organisation's recommendations are numbered from 1, as in the overview report's "
        "section 12. Status: Completed, In progress or Not yet started.",
        size=8.5,
    )
    headers = [
        "No.",
        "Recommendation",
        "Action",
        "Lead officer",
        "Target date",
        "Progress update (June 2025)",
        "Status",
    ]
    w = [1.0, 5.6, 5.4, 3.4, 2.2, 6.0, 2.2]
    t = make_table(doc, headers, w, size=9.5, header_fill="C9D7E8")
    groups = [
        (
            "Kestonmere Police",
            [
                (
                    "1",
                    "Kestonmere Police should make sure that breaches of a non-molestation order are linked to "
                    "earlier reports by the same victim before risk is graded.",
                    [
                        (
                            "Change the crime recording system so that an order breach shows the victim's "
                            "previous reports on one screen",
                            "Head of Crime Recording",
                            "31.03.2025",
                            "System change went live 14 February 2025; checked in a dip sample of 30 records.",
                            "Completed",
                        ),
                        (
                            "Brief all response sergeants on the change",
                            "Chief Inspector, Response",
                            "31.05.2025",
                            "Briefings given on three of four shifts; the last shift is booked for July.",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "2",
                    "Kestonmere Police should review how victims are told that a suspect has been released "
                    "on bail.",
                    [
                        (
                            "Audit bail notifications in domestic abuse cases for one quarter",
                            "Domestic Abuse Coordinator",
                            "30.09.2025",
                            "",
                            "Not yet started",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Kestonmere and Wrenshaw NHS Foundation Trust",
            [
                (
                    "1",
                    "The Trust should make routine enquiry about domestic abuse part of every adult mental "
                    "health assessment.",
                    [
                        (
                            "Add a mandatory routine enquiry question to the assessment template",
                            "Named Nurse, Adult Safeguarding",
                            "31.12.2024",
                            "Template changed in November 2024; compliance at 81% in the April audit.",
                            "Completed",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Kestonmere Borough Council – Housing Options",
            [
                (
                    "1",
                    "Housing Options should record why a domestic abuse victim declines a move, and offer a "
                    "second appointment.",
                    [
                        (
                            "Add a 'reason declined' field and a follow-up task to the case system",
                            "Housing Options Team Manager",
                            "30.06.2025",
                            "Field added; follow-up task still being built by the supplier.",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "2",
                    "Housing Options should train all front-line officers in the use of the MARAC referral "
                    "criteria.",
                    [
                        (
                            "Deliver half-day MARAC referral training to the whole team",
                            "Learning and Development Lead",
                            "31.10.2025",
                            "First session held 3 June 2025 (11 staff).",
                            "In progress",
                        ),
                        (
                            "Add the training to the induction for new officers",
                            "Housing Options Team Manager",
                            "31.12.2025",
                            "",
                            "Not yet started",
                        ),
                    ],
                ),
            ],
        ),
    ]
    groups.append(
        (
            "Multi-agency – Kestonmere Community Safety Partnership",
            [
                (
                    "1",
                    "The Partnership should publish a clear pathway for friends, family and employers who are "
                    "worried that someone is being abused.",
                    [
                        (
                            "Produce and publish a 'worried about someone' web page and leaflet",
                            "Community Safety Manager",
                            "31.01.2025",
                            "Web page live since January 2025; leaflet printed and sent to GP surgeries and "
                            "libraries.",
                            "Completed",
                        ),
                        (
                            "Run a social media campaign during the 16 Days of Action",
                            "Communications Officer",
                            "10.12.2025",
                            "Campaign material drafted with Idony's family.",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "2",
                    "The Partnership should check, twelve months after sign-off, that every agency's actions "
                    "from this review have made a difference to practice.",
                    [
                        (
                            "Hold an assurance session with each agency and report to the Board",
                            "DHR Coordinator",
                            "31.03.2026",
                            "",
                            "Not yet started",
                        ),
                    ],
                ),
            ],
        )
    )
    row = 1
    for agency, recs in groups:
        full_row(t, agency, fill="E8EEF5", size=8.5)
        row += 1
        for num, rec, actions in recs:
            first = row
            for action in actions:
                add_row(t, [num, rec, *action], w, size=9.5)
                row += 1
            merge_down(t, 0, first, row - 1, size=9.5)
            merge_down(t, 1, first, row - 1, size=9.5)
    para(doc, "")
    para(
        doc,
        "Next update due to the Partnership Board: September 2025. Contact: DHR Coordinator, Kestonmere "
        "Community Safety Partnership.",
        size=9.5,
        italic=True,
    )
    save(doc, stem)


# ============ 2. SAR report: Date | Time | Agency | Event | Comment chronology, "What the Board will do" table
def doc_skelwith():
    stem = "sar_report_date_time_agency_event_comment_chron_two_pages_board_will_do_table_serif_condensed_skelwith"
    doc = word_doc(
        "DejaVu Serif Condensed",
        10,
        header="Skelwith Safeguarding Adults Board",
        footer_left="SAR Mervyn – published report",
        margins=(2.6, 2.6, 2.2, 2.0),
    )
    para(doc, "Safeguarding Adults Review: Mervyn", bold=True, size=15)
    para(doc, "Reviewer: Dr Oonagh Ferrisdale-Quayle   ·   Published May 2025", size=9.5)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Mervyn was 68. He lived alone in a flat above a shop in Skelwith town centre and had diabetes and "
        "poor eyesight. He was found dead at home on 2 March 2023; the coroner recorded that he died of "
        "complications of untreated diabetes and self-neglect. The Board agreed that the criteria for a "
        "review under section 44 of the Care Act 2014 were met.",
    )
    para(
        doc,
        "The review looked at the fourteen months before his death. Agencies gave chronologies, which were "
        "merged; the most important contacts are set out below. Times are given where the record holds them.",
    )
    heading(doc, "Mervyn's story", 2)
    para(
        doc,
        "Mervyn had worked for forty years as a printer. His wife died in 2015 and after that he saw few "
        "people; a cousin who lives abroad telephoned him at Christmas. Shop staff below his flat knew him "
        "well and said he was polite, private and proud. He did not like to ask for help and told the "
        "cousin that 'doctors only make a fuss'.",
    )
    para(
        doc,
        "His eyesight worsened from 2020, and he stopped driving. The cousin believes he also stopped "
        "reading his post, which may be why appointment letters went unanswered.",
    )
    heading(doc, "How the review was carried out", 2)
    para(
        doc,
        "The reviewer read the agencies' chronologies and reports, met the practitioners who knew Mervyn "
        "at a learning event in November 2024, and spoke to his cousin by video call. The review panel "
        "met four times. Agencies that took part: Skelwith Medical Practice, Community Nursing, Skelwith "
        "Council Adult Social Care, Skelwith Fire and Rescue, Skelwith Housing Trust and Skelwith Police.",
    )
    heading(doc, "2. Key contacts", 1)
    headers = ["Date", "Time", "Agency", "Event", "Comment"]
    w = [2.2, 1.9, 2.6, 4.9, 4.3]
    t = make_table(doc, headers, w, size=8.5, header_fill="D9E2D0")
    rows = [
        (
            "11/01/2022",
            "10:15",
            "Skelwith Medical Practice",
            "Annual diabetes review missed; a text reminder was sent.",
            "No follow-up of a second missed review.",
        ),
        (
            "24/03/2022",
            "Not recorded",
            "Skelwith Council Adult Social Care",
            "Neighbour reported a smell from the flat and rubbish on the stairs. Case opened for a "
            "needs assessment.",
            "Mervyn declined a visit by telephone; case closed after 10 days.",
        ),
        (
            "06/06/2022",
            "14:40",
            "Skelwith Fire and Rescue",
            "Home fire safety visit. Crews noted piles of paper by the cooker and a broken smoke alarm.",
            "Alarm fitted; a referral was not made because Mervyn said he was coping.",
        ),
        (
            "19/08/2022",
            "09:05",
            "Skelwith Medical Practice",
            "Mervyn attended with an infected foot ulcer. Antibiotics prescribed; district nurse visits "
            "arranged.",
            "First face-to-face contact with health services for over a year.",
        ),
        (
            "02/09/2022",
            "11:30",
            "Community Nursing",
            "District nurse could not gain entry. A card was left.",
            "Two further visits (05/09, 09/09) had the same outcome; discharged as not engaging.",
        ),
        (
            "15/11/2022",
            "16:20",
            "Skelwith Housing Trust",
            "Tenancy officer saw Mervyn at the door; flat described as 'very cluttered, strong smell'.",
            "Logged as a tenancy matter only.",
        ),
        (
            "27/01/2023",
            "Evening",
            "Skelwith Police",
            "Welfare check after a shop worker said Mervyn looked unwell. Officers spoke to him through "
            "the door.",
            "He said he was fine; no adult concern raised.",
        ),
        (
            "02/03/2023",
            "08:50",
            "Skelwith Police",
            "Officers forced entry after the shop owner reported post piling up. Mervyn was found dead.",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), w, size=8.5)
    heading(doc, "3. Findings", 1)
    para(doc, "Finding 1 – Self-neglect was seen by many but owned by none.", bold=True)
    para(
        doc,
        "Six agencies saw signs that Mervyn could not look after himself. Each judged the sign on its own "
        "and none asked whether he understood the risk he was in.",
    )
    para(doc, "Finding 2 – Not being able to get in was treated as a choice.", bold=True)
    para(
        doc,
        "When professionals could not get in, the record said he 'did not engage'. Nobody asked whether his "
        "poor eyesight or low mood made it hard for him to come to the door.",
    )
    heading(doc, "4. Recommendations and what the Board will do", 1)
    para(
        doc,
        "The reviewer's recommendations are in the left column. The Board's response sits beside each one. "
        "The last column shows where things stood in April 2025: Done, Under way or Not begun.",
    )
    headers = ["No.", "The review recommends", "What the Board will do", "Who", "By when", "April 2025"]
    w = [1.1, 4.5, 4.5, 2.6, 1.7, 1.6]
    t = make_table(doc, headers, w, size=8.5, header_fill="D9E2D0")
    recs = [
        (
            "1",
            "The Board should publish a multi-agency self-neglect procedure with a named lead agency for "
            "each case.",
            [
                (
                    "Write and sign off a self-neglect procedure with all partners",
                    "Board Business Manager",
                    "Sept 2024",
                    "Done",
                )
            ],
        ),
        (
            "2",
            "Partners should agree what staff do when they cannot gain entry to see an adult at risk.",
            [
                (
                    "Agree a shared 'no access' protocol with escalation after two failed visits",
                    "Chair, Practice Subgroup",
                    "Mar 2025",
                    "Under way",
                ),
                (
                    "Test the protocol in a multi-agency audit of ten cases",
                    "Quality Assurance Lead",
                    "Dec 2025",
                    "Not begun",
                ),
            ],
        ),
        (
            "3",
            "Skelwith Housing Trust should train tenancy officers to recognise and refer self-neglect.",
            [
                (
                    "Add self-neglect to the tenancy officers' annual training",
                    "Head of Tenancy Services",
                    "June 2025",
                    "Under way",
                )
            ],
        ),
    ]
    row = 1
    for num, rec, actions in recs:
        first = row
        for a in actions:
            add_row(t, [num, rec, *a], w, size=8.5)
            row += 1
        merge_down(t, 0, first, row - 1, size=8.5)
        merge_down(t, 1, first, row - 1, size=8.5)
    para(doc, "")
    para(doc, "The Board will report progress in its annual report for 2025/26.", size=9)
    save(doc, stem)


# ============ 3. CSPR extract: two-level recommendations 1 / 1a / 1b, tracker with a 1-4 rating explained by a colour key
RATING_FILL = {"4": "9DC3E6", "3": "A9D08E", "2": "FFD966", "1": "F4B183"}


def doc_dunnockvale():
    stem = "cspr_two_level_recs_1a_1b_tracker_numeric_rating_colour_key_trebuchet_dunnockvale"
    doc = word_doc(
        "Trebuchet MS",
        10,
        header="Dunnockvale Safeguarding Children Partnership",
        footer_left="CSPR Child L (Lowenna)",
        page_of=False,
        margins=(2.0, 2.0, 2.4, 2.0),
    )
    para(doc, "Child Safeguarding Practice Review – Child L", bold=True, size=14)
    para(doc, "Summary of learning, recommendations and progress tracker", italic=True)
    kv_table(
        doc,
        [
            ("Child", "Lowenna (Child L), aged 2 years 7 months"),
            ("Date of death", "9 November 2022"),
            ("Lead reviewer", "Hilde Brackenthwaite"),
            ("Partnership reference", "DSCP/CSPR/2023/02"),
        ],
        widths=(4.5, 11.5),
        size=9.5,
    )
    heading(doc, "What we learned", 1)
    bullets(
        doc,
        [
            "Lowenna's mother was 19 and had left care a year before Lowenna was born; her leaving care "
            "worker was not invited to any meeting about Lowenna.",
            "Missed nursery days were not shared with the health visitor.",
            "The family moved between two districts three times and records did not follow them quickly.",
        ],
    )
    heading(doc, "Recommendations", 1)
    para(
        doc,
        "Some recommendations have parts, numbered 1a, 1b and so on. Each part is tracked on its own below.",
    )
    recs = [
        (
            "1",
            "The Partnership should strengthen the support given to young parents who are care leavers. In "
            "particular:",
        ),
        (
            "1a",
            "Dunnockvale Council Children's Services should invite the personal adviser of a parent who is a "
            "care leaver to every child protection and child in need meeting.",
        ),
        (
            "1b",
            "Dunnockvale Council Children's Services should extend the offer of a personal adviser to parents "
            "who are care leavers until their child starts school.",
        ),
        (
            "2",
            "Early years settings should tell the health visiting service when a child under three misses "
            "more than five sessions in a month without a reason.",
        ),
        (
            "3",
            "The Partnership should agree how case records follow a family that moves between Dunnockvale and "
            "neighbouring areas. In particular:",
        ),
        (
            "3a",
            "Dunnockvale Community Health Services should transfer health visiting records within five working "
            "days of a move being known.",
        ),
    ]
    for num, text in recs:
        p = numbered(doc, num, text)
        if len(num) > 1:
            p.paragraph_format.left_indent = Cm(2.2)
            p.paragraph_format.first_line_indent = Cm(-1.0)
    heading(doc, "Progress tracker (at 30 April 2025)", 1)
    para(
        doc,
        "Rating key: 4 (blue) – complete and embedded; 3 (green) – on track; 2 (amber) – behind plan; "
        "1 (red) – not started.",
        size=9,
        italic=True,
    )
    headers = ["Rec", "Action", "Owner", "Deadline", "Rating", "Commentary"]
    w = [1.1, 4.9, 3.0, 2.1, 1.7, 4.2]
    t = make_table(doc, headers, w, size=9, header_fill="E2DAEC")
    rows = [
        (
            "1a",
            "Change the meeting invitation template to include the parent's personal adviser",
            "Head of Safeguarding and Quality",
            "Jan 2024",
            "4",
            "Template in use since January 2024; audit shows advisers invited in 9 of 10 cases.",
        ),
        (
            "1b",
            "Take a costed proposal to extend personal adviser support to the Corporate Parenting Board",
            "Service Manager, Leaving Care",
            "Jul 2024",
            "2",
            "Proposal written; the Board meeting was postponed to June 2025.",
        ),
        (
            "2",
            "Issue attendance guidance to all early years settings",
            "Early Years Quality Lead",
            "Sep 2024",
            "3",
            "Guidance issued; a survey of settings is planned.",
        ),
        (
            "2",
            "Set up a secure email route from nurseries to the health visiting hub",
            "Health Visiting Service Manager",
            "Mar 2025",
            "1",
            "",
        ),
        (
            "3a",
            "Agree a five-day record transfer standard with the two neighbouring providers",
            "Associate Director of Nursing",
            "Dec 2024",
            "3",
            "Standard agreed with one provider; the second has asked for changes.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), w, size=9, fills={4: RATING_FILL[r[4]]})
    para(doc, "")
    para(
        doc,
        "Recommendations 1 and 3 are tracked through their parts. The tracker is reviewed by the "
        "Partnership's Learning and Improvement Group every quarter.",
        size=9,
    )
    save(doc, stem)


# ============ 4. DARDR executive summary: national recs to named departments, local recs with their own plan
def doc_wrayholt():
    stem = "dardr_exec_summary_national_dept_table_local_l_recs_plan_l_dot_refs_sans_light_wrayholt"
    doc = word_doc(
        "DejaVu Sans Light",
        9.5,
        header="",
        footer_left="Wrayholt DARDR 2023-01 Executive Summary",
        margins=(2.8, 2.8, 2.5, 2.5),
    )
    para(doc, "Wrayholt Safer Communities Partnership", size=11)
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=15)
    para(doc, "Executive Summary – 'Tegwen'", bold=True, size=12)
    para(doc, "Review reference: WSCP DARDR 2023-01", size=9)
    para(doc, "Independent Chair and Author: Lowri Mabbott-Hayes", size=9)
    heading(doc, "1. The review", 1)
    para(
        doc,
        "Tegwen was 29 when she took her own life at her home in Wrayholt in the autumn of 2022. She had "
        "experienced controlling and abusive behaviour from her husband for several years. The Partnership "
        "commissioned this review because the abuse she suffered appeared to be linked to her death.",
    )
    para(
        doc,
        "Tegwen's family described her as funny and determined. She worked in a care home and was saving to "
        "train as a nurse. Her husband controlled the household's money, including her wages and the "
        "Universal Credit claim, and stopped her from seeing her sister.",
    )
    heading(doc, "2. Key themes", 1)
    bullets(
        doc,
        [
            "Economic abuse through a joint benefit claim was not recognised by any agency.",
            "Tegwen's GP treated her low mood without asking about her relationship.",
            "Her employer noticed injuries but did not know where to refer.",
        ],
    )
    heading(doc, "3. National recommendations", 1)
    para(
        doc,
        "The panel makes three recommendations to government departments. They have been sent to the Home "
        "Office for onward referral.",
    )
    w = [1.1, 4.2, 10.0]
    t = make_table(doc, ["No.", "Government department", "Recommendation"], w, size=9, header_fill="DDDDDD")
    for r in [
        (
            "N1",
            "Department for Work and Pensions",
            "Make it possible for a person claiming Universal Credit as a couple to ask, safely and "
            "without their partner knowing, for payments to be split.",
        ),
        (
            "N2",
            "Department of Health and Social Care",
            "Include questions about domestic abuse in national guidance for GPs on assessing low mood "
            "and suicide risk.",
        ),
        (
            "N3",
            "Ministry of Justice",
            "Consider how coroners are told that a death under investigation followed domestic abuse, so "
            "that an inquest can hear about it.",
        ),
    ]:
        add_row(t, list(r), w, size=9)
    heading(doc, "4. Local recommendations", 1)
    local = [
        (
            "L1",
            "Wrayholt Safer Communities Partnership should run economic abuse awareness sessions for "
            "frontline staff of all partner agencies.",
        ),
        (
            "L2",
            "Wrayholt Primary Care Network should ask about domestic abuse whenever a patient presents with "
            "low mood or thoughts of self-harm.",
        ),
        (
            "L3",
            "The Partnership should work with local employers to give managers a simple route to domestic "
            "abuse advice.",
        ),
    ]
    for ref, text in local:
        p = doc.add_paragraph()
        r = p.add_run(ref + "  ")
        r.bold = True
        p.add_run(text)
    page_break(doc)
    heading(doc, "5. Local action plan", 1)
    para(
        doc,
        "Action numbers begin with the local recommendation they answer. Status: Closed (complete), Open "
        "(under way) or Not started.",
        size=9,
    )
    headers = ["Ref", "Local action", "Owner", "Due", "Progress update (May 2025)", "Status"]
    w = [1.1, 4.6, 3.1, 1.9, 3.6, 1.6]
    t = make_table(doc, headers, w, size=8.5, header_fill="DDDDDD")
    for r in [
        (
            "L1.1",
            "Commission an economic abuse training package from a specialist provider",
            "Partnership Manager",
            "30 Sep 2024",
            "Provider appointed; package delivered from October 2024.",
            "Closed",
        ),
        (
            "L1.2",
            "Deliver the sessions to at least 200 frontline staff",
            "Domestic Abuse Lead",
            "31 Mar 2026",
            "84 staff trained so far.",
            "Open",
        ),
        (
            "L2.1",
            "Add a domestic abuse prompt to the practice templates for low mood and self-harm",
            "Clinical Director, Wrayholt PCN",
            "31 Jan 2025",
            "Prompt added to two of five practices' systems.",
            "Open",
        ),
        (
            "L3.1",
            "Launch an employer pledge with a one-page guide for managers",
            "Community Safety Officer",
            "31 Oct 2025",
            "",
            "Not started",
        ),
    ]:
        add_row(t, list(r), w, size=8.5)
    para(doc, "")
    para(doc, "National recommendations N1–N3 are not tracked in this plan.", size=8.5, italic=True)
    save(doc, stem)


# ============ 5. DHR overview report: footnoted chronology paragraphs, recommendations interleaved with footnotes and running heads
def doc_ferrisdale():
    stem = "dhr_overview_footnoted_para_chron_relative_fortnight_recs_split_by_footnotes_running_head_palatino_ferrisdale"
    doc = word_doc(
        "Palatino Linotype",
        10.5,
        header="OFFICIAL – SENSITIVE        Ferrisdale DHR ‘Isobel’ – Overview Report",
        footer_left="Ferrisdale Community Safety Partnership",
        margins=(3.0, 2.2, 2.6, 2.2),
    )
    para(doc, "Domestic Homicide Review – Overview Report", bold=True, size=14)
    para(doc, "‘Isobel’, who died in December 2020", size=11)
    para(doc, "Author: Greer Kitteridge, Independent Chair", size=10)
    heading(doc, "4. Summary of events", 1)
    numbered(
        doc,
        "4.1",
        "Isobel was 52 and worked as a school administrator. She had been married to Mr T for 23 years. "
        "The events below are those the panel found most relevant.",
    )
    p = numbered(
        doc,
        "4.2",
        "In late May 2019 Isobel told a colleague that Mr T checked her phone every evening and had "
        "taken her car keys. The colleague advised her to speak to the school's safeguarding lead.",
    )
    sup(p, "7")
    numbered(
        doc,
        "4.3",
        "On 3 July 2019 Isobel attended the emergency department with a cut to her head. She said she had "
        "fallen in the garden. A routine enquiry question was asked while Mr T was in the cubicle.",
    )
    p = numbered(
        doc,
        "4.4",
        "A fortnight later Isobel called the Ferrisdale Domestic Abuse Helpline and asked whether her "
        "husband's behaviour counted as abuse. She was sent information by post, to the home she shared "
        "with him.",
    )
    sup(p, "8")
    numbered(
        doc,
        "4.5",
        "On 14 February 2020 police attended after a neighbour heard a woman shouting for help. Isobel said "
        "it was an argument; a DASH risk assessment was recorded as standard.",
    )
    numbered(
        doc,
        "4.6",
        "On 12 December 2020 Mr T called an ambulance and said Isobel had collapsed. She had been strangled "
        "and died the same night. Mr T was convicted of her murder.",
    )
    footnote_line(
        doc, "7", "The colleague gave a statement to the panel in writing; the school had no record."
    )
    footnote_line(doc, "8", "Helpline records for 2019 give the date of the call as 17 July 2019.")
    heading(doc, "13. Recommendations", 1)
    numbered(
        doc,
        "13.1",
        "The panel makes the following recommendations. Agencies also made single agency recommendations in "
        "their reports; these are listed in Appendix C and are not repeated here.",
    )
    p = numbered(
        doc,
        "13.2",
        "Ferrisdale Hospitals NHS Trust should make sure that routine enquiry about domestic abuse in the "
        "emergency department is made only when the patient is alone.",
    )
    sup(p, "21")
    numbered(
        doc,
        "13.3",
        "Ferrisdale Domestic Abuse Helpline should agree with each caller a safe way to send information "
        "before anything is posted to their home.",
    )
    footnote_line(doc, "21", "See the Trust's policy on private conversations (2018), section 4.")
    page_break(doc)
    p = numbered(
        doc,
        "13.4",
        "Ferrisdale Constabulary should review standard-risk DASH assessments where a third party reported "
        "the incident, to test whether the caller's account was considered.",
    )
    sup(p, "22")
    numbered(
        doc,
        "13.5",
        "The Community Safety Partnership should work with schools and other large employers so that staff "
        "know how to support a colleague who discloses abuse.",
    )
    numbered(
        doc,
        "13.6",
        "The Home Office should consider publishing guidance for employers on responding to disclosures of "
        "domestic abuse by staff.",
    )
    footnote_line(doc, "22", "The panel noted that the force began a similar audit in 2022.")
    heading(doc, "14. Conclusion", 1)
    numbered(
        doc,
        "14.1",
        "Isobel reached out several times, in ways that were easy to miss. The panel hopes these "
        "recommendations make it more likely that the next person is heard.",
    )
    save(doc, stem)


def main():
    doc_kestonmere()
    doc_skelwith()
    doc_dunnockvale()
    doc_wrayholt()
    doc_ferrisdale()


if __name__ == "__main__":
    main()
