"""Build the heldout24 blind documents as Word files (python-docx).

Run once:  python tests/heldout24/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families, typeset in Arial, Times New Roman and Calibri at 9-11 pt: a
Community Safety Partnership's DHR action plan monitoring report with one table per agency section,
agency-prefixed refs ("MA1", "OP.1", "HT.2") and two quarterly update columns under a BRAG key; an
Offensive Weapons Homicide Review report with a bulleted "date – event" chronology, "Recommendation N"
paragraphs and a one-row-per-recommendation plan whose Target date cell may read "Completed"; a
Northern Ireland Case Management Review executive summary with a Date | Time | Agency | Event
chronology, regional and local recommendations and a portrait plan without a repeated header; a
Safeguarding Adults Review learning briefing in two newspaper columns with "R1".."R5" recommendations
and a short timeline; and a child safeguarding rapid review report with learning points, "RR1".."RR4"
recommendations and a landscape plan with wrapped leads and multi-line timescales.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    box,
    docx_saver,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_left, landscape=False, page_of=True):
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
            st.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    doc.styles["Heading 3"].font.size = Pt(size)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_of:
        p.add_run(footer_left + "        Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        p.add_run(footer_left + "    ")
        add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(8)
    if header:
        for r in sec.header.paragraphs[0].runs:
            r.font.size = Pt(8)
    return doc


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def bullets(doc, items, size=None):
    for s in items:
        para(doc, s, style="List Bullet", size=size)


def label_para(doc, label, text, size=None):
    """'Label' in bold then the text in the same paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def plan_table(
    doc, headers, widths, groups, size=9, merge_cols=(0, 1), repeat=True, fill_col=None, fills=None
):
    """A plan table; each group is (leading cells, [rest of each action row]); the leading cells are merged
    down over the group's rows. `fill_col` / `fills` shade a status cell by its word."""
    t = make_table(doc, headers, widths, size=size, repeat=repeat)
    row = 1
    for lead, actions in groups:
        first = row
        for action in actions:
            values = [*lead, *action]
            f = None
            if fill_col is not None and fills and values[fill_col] in fills:
                f = {fill_col: fills[values[fill_col]]}
            add_row(t, values, widths, size=size, fills=f)
            row += 1
        for col in merge_cols:
            merge_down(t, col, first, row - 1, size=size)
    return t


def two_columns(section, space_cm=1.0):
    """Newspaper columns for the section (a learning briefing's two-column page)."""
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_cm * 567)))


BRAG_FILL = {"Blue": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


# ============ 1. CSP DHR action plan monitoring report, Arial 9, landscape: agency sections, prefixed refs, Q2/Q3
def doc_oxtervale():
    stem = "csp_dhr_plan_monitoring_agency_sections_prefixed_refs_quarterly_updates_brag_arial_oxtervale"
    doc = word_doc(
        "Arial",
        9,
        header="OFFICIAL – Oxtervale Community Safety Partnership – DHR Standing Panel",
        footer_left="DHR Dorcas – action plan monitoring – Q3 2024/25",
        landscape=True,
    )
    para(doc, "Oxtervale Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review ‘Dorcas’ – Action Plan Monitoring Report", bold=True, size=12)
    para(doc, "Position at 31 December 2024 (Quarter 3, 2024/25)", size=10)
    kv_table(
        doc,
        [
            ("Review reference", "OCSP/DHR/2022/03"),
            ("Overview report published", "14 February 2024"),
            ("Monitored by", "DHR Standing Panel (meets quarterly)"),
            ("Prepared by", "Community Safety Team, Oxtervale Council"),
        ],
        widths=(5.5, 9),
        size=9,
    )
    para(
        doc,
        "This report tracks the actions agreed in response to the review. Recommendations with the prefix MA "
        "come from the overview report and are owned by the Partnership. Recommendations prefixed with an "
        "agency code (OP, HT, ASC) were made by that agency in its Individual Management Review and are "
        "reported here by the agency’s panel member. Updates are supplied by leads one week before the panel.",
    )
    para(
        doc,
        "BRAG key:  Blue – complete and evidenced;  Green – on track;  Amber – some slippage, "
        "recovery in hand;  Red – not started or off track",
        italic=True,
    )
    headers = [
        "Ref",
        "Recommendation",
        "Action",
        "Lead officer",
        "Target date",
        "Q2 update (Jul–Sep 2024)",
        "Q3 update (Oct–Dec 2024)",
        "BRAG",
    ]
    widths = [1.2, 4.3, 4.0, 2.7, 1.9, 4.4, 4.4, 1.5]
    sections = [
        (
            "Multi-agency recommendations (overview report)",
            [
                (
                    [
                        "MA1",
                        "Oxtervale Community Safety Partnership should review the referral pathway into the "
                        "domestic abuse outreach service so that a person who refers themselves is contacted "
                        "within five working days.",
                    ],
                    [
                        [
                            "Map current referral routes and waiting times with the outreach provider",
                            "Domestic Abuse Partnership Manager",
                            "31/07/2024",
                            "Mapping finished; findings taken to the Standing Panel in August.",
                            "No further update needed.",
                            "Blue",
                        ],
                        [
                            "Write a five working day contact standard into the provider contract",
                            "Commissioning Manager,\nCommunity Safety",
                            "31 Dec\n2024",
                            "Contract variation drafted.",
                            "Variation with legal services; signature expected January 2025.",
                            "Green",
                        ],
                    ],
                ),
                (
                    [
                        "MA2",
                        "All partner agencies should make sure that frontline staff know how to refer a case "
                        "to MARAC when the victim does not want to engage.",
                    ],
                    [
                        [
                            "Deliver a MARAC referral briefing to frontline teams in each partner agency",
                            "MARAC Coordinator",
                            "Q4 2024/25",
                            "Four of nine agencies briefed.",
                            "Seven of nine agencies briefed; dates set for housing and the ambulance service.",
                            "Amber",
                        ],
                    ],
                ),
                (
                    [
                        "MA3",
                        "The Partnership should write to the Home Office asking that economic abuse by adult "
                        "family members is covered in the next revision of the statutory guidance.",
                    ],
                    [
                        [
                            "Letter from the Partnership chair to the Home Office",
                            "Chair, Oxtervale CSP",
                            "30/04/2024",
                            "Letter sent 22 April 2024.",
                            "Reply received; no further action for the Partnership.",
                            "Blue",
                        ],
                    ],
                ),
            ],
        ),
        (
            "Oxtervale Police (OP)",
            [
                (
                    [
                        "OP.1",
                        "Officers should complete a DASH risk assessment at every domestic incident, including "
                        "incidents between adult family members.",
                    ],
                    [
                        [
                            "Change the domestic incident template so that the DASH section cannot be skipped "
                            "for familial incidents",
                            "Detective Inspector,\nPublic Protection Unit",
                            "30/06/2024",
                            "Template change live from 3 June 2024.",
                            "Dip sample of 50 familial incidents: DASH completed in 47.",
                            "Blue",
                        ],
                    ],
                ),
                (
                    [
                        "OP.2",
                        "The force should make sure that call handlers check the history of an address before "
                        "a call is graded.",
                    ],
                    [
                        [
                            "Add an address history prompt to the call handling script",
                            "Control Room Inspector",
                            "31/10/2024",
                            "Change request submitted to the ICT change board.",
                            "Held back by the command and control upgrade; now planned for February 2025.",
                            "Amber",
                        ],
                        [
                            "Audit 100 graded calls for address history checks",
                            "Control Room Inspector",
                            "31/03/2025",
                            "Not yet due.",
                            "Not started; depends on the script change.",
                            "Red",
                        ],
                    ],
                ),
            ],
        ),
        (
            "Oxtervale Healthcare NHS Trust (HT)",
            [
                (
                    [
                        "HT.1",
                        "Emergency department staff should ask every adult who attends with an injury whether "
                        "they feel safe at home, having first made sure the patient is seen alone.",
                    ],
                    [
                        [
                            "Add a routine enquiry question to the emergency department triage record",
                            "Named Nurse,\nSafeguarding Adults",
                            "30 Sept\n2024",
                            "Question added to the triage screen on 16 September.",
                            "Question answered in 71% of eligible attendances in November.",
                            "Green",
                        ],
                    ],
                ),
                (
                    [
                        "HT.2",
                        "The Trust should include abuse of parents by adult children in its level 3 "
                        "safeguarding adults training.",
                    ],
                    [
                        [
                            "Revise the level 3 package and deliver it to ward and emergency department staff",
                            "Safeguarding Training Lead",
                            "Ongoing",
                            "Package revised and approved.",
                            "Delivery continuing; 240 staff trained so far.",
                            "Green",
                        ],
                    ],
                ),
            ],
        ),
        (
            "Oxtervale Council – Adult Social Care (ASC)",
            [
                (
                    [
                        "ASC.1",
                        "Adult Social Care should record the outcome of every carer’s assessment offer, "
                        "including when the carer declines.",
                    ],
                    [
                        [
                            "Add a mandatory outcome field to the carer’s assessment form",
                            "Principal Social Worker",
                            "31/12/2024",
                            "Field specification agreed with the systems team.",
                            "Field live from 2 December; practice note issued to all teams.",
                            "Blue",
                        ],
                    ],
                ),
                (
                    [
                        "ASC.2",
                        "Adult Social Care should seek assurance that every safeguarding concern raised by a "
                        "family member is acknowledged in writing.",
                    ],
                    [
                        [
                            "Quarterly audit of safeguarding concerns raised by family members",
                            "Head of Safeguarding Adults,\nQuality Assurance Team",
                            "From Q3 2024/25",
                            "Audit tool drafted.",
                            "First audit: 18 of 24 concerns acknowledged in writing; reminder sent to teams.",
                            "Amber",
                        ],
                    ],
                ),
            ],
        ),
    ]
    for title, groups in sections:
        heading(doc, title, 2)
        plan_table(doc, headers, widths, groups, size=8, fill_col=7, fills=BRAG_FILL)
        doc.add_paragraph()
    para(doc, "Next monitoring date: Standing Panel, 12 March 2025.", italic=True)
    save(doc, stem)


# ============ 2. Offensive Weapons Homicide Review report, Times New Roman 11: bullet chronology, HO-style plan
def doc_pennydale():
    stem = "owhr_report_bullet_dash_chronology_rec_paras_plan_completed_in_date_col_tnr_pennydale"
    doc = word_doc(
        "Times New Roman",
        11,
        header="Pennydale Safer Partnership – OWHR 02 – Rafferty",
        footer_left="OFFICIAL SENSITIVE",
        page_of=False,
    )
    cover(
        doc,
        [
            ("Pennydale Safer Partnership", 16, True),
            ("", 11, False),
            ("Offensive Weapons Homicide Review", 22, True),
            ("into the death of ‘Rafferty’, aged 22", 16, False),
            ("", 11, False),
            ("Review reference: PSP-OWHR-02", 11, False),
            ("Independent reviewer: Corvin Skerrowby", 11, False),
            ("Report completed: 3 October 2024", 11, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This review looks at the contact that services in Pennydale had with Rafferty, a young man of 22, "
        "before he died of a stab wound in a park near his flat on 19 August 2023. A man known here as Jago, "
        "aged 24, was convicted of his murder in April 2024.",
    )
    numbered(
        doc,
        "1.2",
        "The review was carried out under the Police, Crime, Sentencing and Courts Act 2022. The review "
        "partners are Pennydale Police, Pennydale Borough Council and the Pennydale integrated care board. "
        "The review covers the period from January 2022 to the date of Rafferty’s death.",
    )
    numbered(
        doc,
        "1.3",
        "Rafferty’s family did not wish to take part. Two of his friends spoke to the reviewer and their "
        "account of him as funny, loyal and worried about money has shaped this report.",
    )
    heading(doc, "2. Summary of key events", 1)
    para(doc, "The events below are drawn from the combined chronology supplied by the review partners.")
    for text in [
        "14 March 2022 – Rafferty left supported accommodation for care leavers and moved into a private "
        "rented flat in the Quoitfield area of Pennydale.",
        "2 June 2022 – Police stopped Rafferty and two others in the town centre; a kitchen knife was found "
        "in a bag nearby and no one was charged.",
        "September 2022 – His personal adviser from the leaving care team closed the case because Rafferty "
        "had turned 21 and had not asked for continued support.",
        "11 January 2023 – Rafferty attended the emergency department with a cut to his hand and said it "
        "happened while cooking. He was not asked how it happened again before discharge.",
        "27 April 2023 – A friend told police that Jago had threatened Rafferty over a debt. The report was "
        "recorded as intelligence and not passed to Jago’s probation practitioner.",
        "3 July 2023 – Rafferty missed his second appointment at the job centre and his benefit was "
        "sanctioned.",
        "16 August 2023 – Neighbours reported an argument outside Rafferty’s flat; officers attended and "
        "found no one there.",
        "19 August 2023 – Rafferty was found injured in Millpond Park and died later that evening.",
    ]:
        para(doc, text, style="List Bullet")
    heading(doc, "3. Analysis", 1)
    numbered(
        doc,
        "3.1",
        "Rafferty’s contact with services thinned out at the very point when his risk was rising. Leaving "
        "care support ended at 21, his debts grew after the benefit sanction, and the threat reported in "
        "April 2023 was held by one agency alone.",
    )
    numbered(
        doc,
        "3.2",
        "The hand injury in January 2023 was an opportunity to ask about violence. The emergency department "
        "has no route to the hospital violence intervention service for adults over 21.",
    )
    numbered(
        doc,
        "3.3",
        "Jago was under probation supervision throughout. Had the threat been shared, his practitioner could "
        "have reviewed his risk management plan.",
    )
    heading(doc, "4. Conclusions", 1)
    numbered(
        doc,
        "4.1",
        "The review does not find that Rafferty’s death could have been predicted. It does find that "
        "services missed chances to see the whole picture of the danger he was in.",
    )
    heading(doc, "5. Recommendations", 1)
    recs = [
        "Pennydale Borough Council should offer leaving care support up to the age of 25 to every care leaver "
        "who has been found carrying a knife or has been the victim of a weapon-related offence.",
        "Pennydale Police should pass intelligence about a threat of serious violence made by a person under "
        "probation supervision to the probation practitioner within two working days.",
        "Pennydale General Hospital should refer every adult treated for an injury from a bladed weapon to "
        "the hospital violence intervention service, whatever their age.",
        "Pennydale Safer Partnership should run a campaign with colleges, employers and sports clubs about "
        "the risks of carrying a knife and how to report concerns anonymously.",
        "The Home Office should issue guidance on how offensive weapons homicide reviews should involve the "
        "friends of a victim when the family does not take part.",
    ]
    for i, text in enumerate(recs, 1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
    landscape_section(doc)
    heading(doc, "Appendix A: Action plan", 1)
    para(
        doc,
        "One row per recommendation. Where the action has been delivered, ‘Completed’ is entered in place of "
        "a target date and the outcome is recorded in the last column.",
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
    widths = [1.0, 5.6, 1.8, 5.4, 3.0, 2.4, 5.6]
    t = make_table(doc, headers, widths, size=9)
    rows = [
        [
            "1",
            recs[0],
            "Local",
            "Change the leaving care offer so that eligible young people are told at 21 that support can "
            "continue, and flag those found with a weapon",
            "Pennydale Borough Council, Leaving Care Service",
            "March 2025",
            "Ongoing: revised offer approved by Corporate Parenting Board in September 2024.",
        ],
        [
            "2",
            recs[1],
            "Local",
            "Add probation notification to the intelligence handling procedure for threats to life and "
            "serious violence",
            "Pennydale Police",
            "Completed",
            "Procedure amended 20 May 2024; audit in August found notifications made in 9 of 10 cases.",
        ],
        [
            "3",
            recs[2],
            "Local",
            "Remove the upper age limit from the emergency department referral criteria",
            "Pennydale General Hospital",
            "Completed",
            "Criteria changed 1 July 2024.",
        ],
        [
            "4",
            recs[3],
            "Local",
            "Design and run a six-week campaign, with a follow-up survey",
            "Pennydale Safer Partnership",
            "31/01/2025",
            "Not yet started: funding bid submitted.",
        ],
        [
            "5",
            recs[4],
            "National",
            "Partnership chair to write to the Home Office OWHR team",
            "Home Office",
            "Completed",
            "Letter sent 14 October 2024.",
        ],
    ]
    for r in rows:
        add_row(t, r, widths, size=9)
    save(doc, stem)


# ============ 3. NI Case Management Review executive summary, Calibri 11: Date | Time chronology, plan
def doc_drumcashel():
    stem = "ni_cmr_exec_summary_date_time_chron_regional_local_recs_plan_calibri_drumcashel"
    doc = word_doc(
        "Calibri",
        11,
        header="Safeguarding Board for Northern Ireland – Case Management Review – Executive Summary",
        footer_left="CMR 2023/04",
    )
    para(doc, "Safeguarding Board for Northern Ireland", bold=True, size=14, align="center")
    para(doc, "Case Management Review", bold=True, size=20, align="center")
    para(doc, "Executive Summary", size=16, align="center")
    para(doc, "‘Cosmo’", bold=True, size=16, align="center")
    kv_table(
        doc,
        [
            ("CMR number", "CMR 2023/04"),
            ("Independent Chair", "Dr Ulrika Tennerby"),
            ("Health and Social Care Trust", "Glenvarrick HSC Trust"),
            ("Date approved by the CMR Panel", "9 May 2024"),
        ],
        widths=(6, 9),
        size=10,
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This Case Management Review concerns Cosmo, a boy of three, who was admitted to hospital in "
        "Drumcashel on 21 February 2023 with a head injury and multiple bruises of different ages. His "
        "mother’s partner was later charged with grievous bodily harm with intent.",
    )
    numbered(
        doc,
        "1.2",
        "The review was requested by the Glenvarrick Safeguarding Panel and agreed by the SBNI Case "
        "Management Review Panel in April 2023. Six agencies contributed. Cosmo’s mother met the Chair "
        "twice.",
    )
    heading(doc, "2. Key events", 1)
    para(doc, "The table lists the key contacts in the six weeks before Cosmo’s admission.")
    headers = ["Date", "Time", "Agency", "Event"]
    widths = [2.4, 1.5, 3.2, 9.4]
    t = make_table(doc, headers, widths, size=9.5)
    events = [
        (
            "06/01/2023",
            "10:15",
            "Health visiting",
            "Health visitor saw Cosmo at home; mother said her new "
            "partner had moved in over Christmas. No concerns recorded.",
        ),
        (
            "13/01/2023",
            "16:40",
            "Nursery",
            "Nursery staff noted a bruise on Cosmo’s cheek; mother said he "
            "fell on the stairs. Recorded in the daily log only.",
        ),
        (
            "20/01/2023",
            "09:05",
            "Nursery",
            "A second bruise, on his upper arm. The nursery manager phoned the Gateway Team for advice.",
        ),
        (
            "20/01/2023",
            "14:30",
            "Gateway Team",
            "Advice given to monitor; no referral taken because the call was treated as a consultation.",
        ),
        (
            "29/01/2023",
            "Approx. 23:00",
            "PSNI",
            "Neighbour reported shouting at the flat. Officers spoke to "
            "the couple at the door and did not see the children.",
        ),
        (
            "02/02/2023",
            "11:20",
            "GP",
            "Mother brought Cosmo with a cough. The GP noted he was quiet and "
            "flinched when examined; no safeguarding action.",
        ),
        ("14/02/2023", "Not known", "Nursery", "Cosmo absent all week. Two calls to his mother unanswered."),
        (
            "21/02/2023",
            "07:50",
            "NIAS",
            "Ambulance called to the flat; Cosmo unresponsive after what the partner described as a fall.",
        ),
        (
            "21/02/2023",
            "09:35",
            "Royal Drumcashel Hospital",
            "Skeletal survey and CT scan; child protection referral made to the Glenvarrick HSC Trust.",
        ),
    ]
    for e in events:
        add_row(t, list(e), widths, size=9.5)
    # the two 20/01/2023 rows and the two 21/02/2023 rows share one merged Date cell
    merge_down(t, 0, 3, 4, size=9.5)
    merge_down(t, 0, 8, 9, size=9.5)
    doc.add_paragraph()
    heading(doc, "3. Key learning", 1)
    for s in [
        "Bruising to a pre-mobile or young child is a sign to act on, not to log.",
        "A call for advice can hide a referral; the person who takes it should test which it is.",
        "A new adult in the household is a change that should prompt a fresh look at the family.",
    ]:
        para(doc, s, style="List Bullet")
    heading(doc, "4. Recommendations", 1)
    para(doc, "The CMR Panel makes the following recommendations.")
    heading(doc, "Regional recommendations", 2)
    recs = [
        "The Department of Health should update the regional core procedures so that bruising to a child "
        "under four in any setting is referred to the Gateway Team.",
        "The SBNI should work with all five Health and Social Care Trusts to agree a single regional "
        "definition of a consultation call, across Northern Ireland.",
        "The Glenvarrick HSC Trust should make sure that every call to the Gateway Team about an injury to a "
        "child is recorded as a referral unless a senior social worker decides otherwise.",
        "The Glenvarrick HSC Trust should ensure that health visitors update the family assessment when a "
        "new partner joins the household.",
        "The PSNI Glenvarrick District should require officers attending a domestic incident to see every "
        "child in the home.",
        "Drumcashel Early Years Nursery should train all staff in the body map procedure and in making a "
        "referral, not only the designated teacher.",
    ]
    for i, text in enumerate(recs[:2], 1):
        numbered(doc, f"{i}.", text)
    heading(doc, "Local recommendations", 2)
    for i, text in enumerate(recs[2:], 3):
        numbered(doc, f"{i}.", text)
    page_break(doc)
    heading(doc, "Appendix: Action plan", 1)
    para(doc, "Progress as reported to the Glenvarrick Safeguarding Panel, June 2024.")
    headers = ["Rec", "Action", "Responsible agency", "Timescale", "Progress"]
    widths = [1.1, 7.6, 3.6, 2.3, 2.2]
    groups = [
        (
            ["1"],
            [
                [
                    "Draft amendment to the core procedures and consult the Trusts",
                    "Department of Health",
                    "December 2024",
                    "On track",
                ]
            ],
        ),
        (
            ["2"],
            [
                [
                    "Task and finish group to agree the definition and a recording template",
                    "SBNI",
                    "31/10/2024",
                    "On track",
                ]
            ],
        ),
        (
            ["3"],
            [
                [
                    "Change the Gateway Team recording system so that injury calls open as referrals",
                    "Glenvarrick HSC Trust",
                    "31/03/2024",
                    "Complete",
                ],
                [
                    "Audit 30 injury calls six months after the change",
                    "Glenvarrick HSC Trust",
                    "30/09/2024",
                    "Not started",
                ],
            ],
        ),
        (
            ["4"],
            [
                [
                    "Add a household change prompt to the health visiting record",
                    "Glenvarrick HSC Trust",
                    "Ongoing",
                    "Ongoing",
                ]
            ],
        ),
        (
            ["5"],
            [
                [
                    "Issue a district instruction and check compliance through body-worn video review",
                    "PSNI Glenvarrick\nDistrict",
                    "June\n2024",
                    "Complete",
                ]
            ],
        ),
        (
            ["6"],
            [
                [
                    "Whole-staff training session and annual refresher",
                    "Drumcashel Early\nYears Nursery",
                    "01/09/2024",
                    "Complete",
                ]
            ],
        ),
    ]
    plan_table(doc, headers, widths, groups, size=9.5, merge_cols=(0,), repeat=False)
    save(doc, stem)


# ============ 4. SAR learning briefing in two newspaper columns, Arial 10: R1..R5, short timeline
def doc_harlowmoss():
    stem = "sar_learning_briefing_two_columns_r_numbered_recs_timeline_arial_harlowmoss"
    doc = word_doc(
        "Arial",
        10,
        header="Harlowmoss Safeguarding Adults Board",
        footer_left="SAR Temperance – learning briefing",
        page_of=False,
    )
    box(
        doc,
        "Safeguarding Adults Review: ‘Temperance’\nLearning briefing for practitioners and managers – "
        "October 2024\nReviewer: Ezekiel Bellweather",
        fill="DEEAF6",
        width=16.6,
        size=11,
    )
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    two_columns(sec)
    heading(doc, "About the review", 2)
    para(
        doc,
        "Temperance was 81 and lived alone in sheltered housing in Harlowmoss. She died in hospital in "
        "March 2024 from sepsis linked to a pressure ulcer and dehydration. The Board agreed that her death "
        "met the criteria for a Safeguarding Adults Review under section 44 of the Care Act 2014.",
    )
    para(
        doc,
        "The full report is published on the Board’s website. This briefing sets out what happened, what "
        "we learned and what the Board has asked partners to do.",
    )
    heading(doc, "Timeline", 2)
    for s in [
        "June 2023 – Temperance’s daughter moved abroad; a neighbour became her main contact.",
        "9 October 2023 – A home care agency began two visits a day after a fall.",
        "December 2023 – Carers reported that Temperance was refusing personal care.",
        "22 January 2024 – The district nurse found a grade 3 pressure ulcer.",
        "5 March 2024 – Admitted to Harlowmoss Infirmary by ambulance.",
    ]:
        para(doc, s, style="List Bullet", size=9.5)
    heading(doc, "What we learned", 2)
    for s in [
        "Refusal of care was recorded many times but no one asked why, or whether she understood the risk.",
        "Each agency saw a part of the picture; there was no multi-agency meeting until she was in hospital.",
        "Her mental capacity to make decisions about care was assumed, not assessed.",
        "The sheltered housing scheme manager was not told about the ulcer.",
    ]:
        para(doc, s, style="List Bullet", size=9.5)
    heading(doc, "Recommendations", 2)
    para(doc, "The review made five recommendations, which the Board has accepted.")
    recs = [
        (
            "R1",
            "The Harlowmoss Safeguarding Adults Board should publish practice guidance on responding to "
            "repeated refusal of care, including when to call a multi-agency meeting.",
        ),
        (
            "R2",
            "Harlowmoss Council Adult Social Care should make sure a mental capacity assessment is "
            "completed and recorded when a person refuses care that is needed to prevent serious harm.",
        ),
        (
            "R3",
            "Harlowmoss Community Health Services should share a pressure ulcer of grade 3 or above "
            "with the person’s housing provider and care agency, with the person’s consent or in their best "
            "interests.",
        ),
        (
            "R4",
            "Home care agencies commissioned by the Council should train staff to report each refusal "
            "of personal care to the care coordinator on the same day.",
        ),
        (
            "R5",
            "The Board should seek assurance from partners, through a multi-agency audit in 2025, that "
            "the guidance on self-neglect is being used.",
        ),
    ]
    for ref, text in recs:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        r = p.add_run(f"{ref}\t")
        r.bold = True
        p.add_run(text)
    heading(doc, "What this means for you", 2)
    for s in [
        "When someone says no, do you find out why?",
        "Who else needs to know what you have seen?",
        "Have you recorded how you reached a view about capacity?",
    ]:
        para(doc, s, style="List Bullet", size=9.5)
    heading(doc, "Find out more", 2)
    para(
        doc,
        "Self-neglect practice guidance and the seven-minute briefing on capacity are on the Board’s "
        "website. Contact the Board business unit for a learning session for your team.",
    )
    save(doc, stem)


# ============ 5. Child safeguarding rapid review report, Calibri 10.5: RR1..RR4 recs, landscape plan
def doc_stowbeck():
    stem = "cspr_rapid_review_learning_points_rr_refs_landscape_plan_wrapped_leads_calibri_stowbeck"
    doc = word_doc(
        "Calibri",
        10.5,
        header="Stowbeck Safeguarding Children Partnership – Rapid Review – OFFICIAL SENSITIVE",
        footer_left="Rapid Review: Jago",
    )
    para(doc, "Stowbeck Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Rapid Review Report", bold=True, size=18)
    kv_table(
        doc,
        [
            ("Child", "‘Jago’, aged seven weeks"),
            ("Rapid review reference", "SSCP-RR-24-07"),
            ("Serious incident notification", "12 June 2024"),
            ("Rapid review meeting", "26 June 2024"),
            (
                "Decision",
                "Learning to be taken forward through this plan; no local child safeguarding practice review",
            ),
        ],
        widths=(5.5, 11),
        size=10,
    )
    heading(doc, "1. Summary of the incident", 1)
    para(
        doc,
        "Jago was taken to Stowbeck Royal Infirmary by his parents on 7 June 2024 with a swollen thigh. "
        "X-rays showed a fracture of the femur and healing rib fractures. The explanation given did not "
        "account for the injuries. Jago and his sister are now cared for by their grandparents under a "
        "safety plan. The police investigation is continuing.",
    )
    heading(doc, "2. Agency involvement", 1)
    para(
        doc,
        "The family was known to midwifery, health visiting and the GP. Jago’s father had a conviction for "
        "assault in 2019 that was known to probation but not to health services. The midwife recorded "
        "that the mother seemed anxious about money and that the father answered questions for her. At "
        "the new birth visit the health visitor did not see the mother on her own.",
    )
    heading(doc, "3. Learning identified", 1)
    for label, text in [
        (
            "Learning point 1: ",
            "Men in the household are often invisible to universal services; the "
            "father’s history was not asked about at booking or after the birth.",
        ),
        (
            "Learning point 2: ",
            "Seeing the mother alone is part of routine enquiry and did not happen at the new birth visit.",
        ),
        (
            "Learning point 3: ",
            "The ICON programme on coping with crying was not delivered at discharge "
            "from the maternity ward.",
        ),
    ]:
        label_para(doc, label, text)
    heading(doc, "4. Recommendations", 1)
    para(doc, "The rapid review panel recommends to the safeguarding partners that:")
    recs = [
        (
            "RR1",
            "Stowbeck Maternity Services and the Health Visiting Service should ask about every adult "
            "in the household, including fathers and partners, at booking and at the new birth visit.",
        ),
        (
            "RR2",
            "The Health Visiting Service should see the mother alone at the new birth visit and record "
            "when this was not possible and why.",
        ),
        (
            "RR3",
            "Stowbeck Maternity Services should deliver the ICON coping with crying message to both "
            "parents before discharge and record that it was given.",
        ),
        (
            "RR4",
            "The Partnership should run a campaign for fathers and male carers about the risks of "
            "shaking a baby and where to get help.",
        ),
    ]
    for ref, text in recs:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        r = p.add_run(f"{ref}\t")
        r.bold = True
        p.add_run(text)
    landscape_section(doc)
    heading(doc, "5. Action plan", 1)
    para(doc, "Status at the Partnership’s Learning and Improvement Group, 18 November 2024.")
    headers = ["Ref", "Recommendation", "Action", "Lead agency / officer", "Timescale", "Status"]
    widths = [1.2, 6.4, 6.8, 4.2, 2.6, 2.4]
    groups = [
        (
            ["RR1", recs[0][1]],
            [
                [
                    "Add questions about all household members to the booking template",
                    "Head of Midwifery,\nStowbeck Maternity Services",
                    "31/08/2024",
                    "Complete",
                ],
                [
                    "Add the same questions to the new birth visit record",
                    "Health Visiting Service Manager",
                    "30/09/2024",
                    "Complete",
                ],
                [
                    "Audit 40 records for completion of the new questions",
                    "Named Nurse for Safeguarding\nChildren",
                    "By end of\nMarch 2025",
                    "On track",
                ],
            ],
        ),
        (
            ["RR2", recs[1][1]],
            [
                [
                    "Issue a practice standard on seeing the mother alone",
                    "Health Visiting Service Manager",
                    "31/07/2024",
                    "Complete",
                ],
                [
                    "Include the standard in supervision for every health visitor",
                    "Safeguarding Supervisor,\n0-19 Service",
                    "Ongoing",
                    "Ongoing",
                ],
            ],
        ),
        (
            ["RR3", recs[2][1]],
            [
                [
                    "Build the ICON conversation into the discharge checklist",
                    "Ward Manager,\nMaternity Unit",
                    "October\n2024",
                    "Complete",
                ],
                [
                    "Report monthly on the number of discharges with ICON recorded",
                    "Head of Midwifery",
                    "Monthly from\nNovember 2024",
                    "On track",
                ],
            ],
        ),
        (
            ["RR4", recs[3][1]],
            [
                [
                    "Co-design a campaign with local fathers’ groups and launch it in the new year",
                    "Partnership Business Manager",
                    "February 2025",
                    "Not started",
                ],
            ],
        ),
    ]
    plan_table(doc, headers, widths, groups, size=9.5, repeat=False)
    para(
        doc,
        "Status key: Complete – evidence received; On track – within timescale; Ongoing – part of "
        "routine practice; Not started.",
        italic=True,
        size=9,
    )
    save(doc, stem)


def main():
    doc_oxtervale()
    doc_pennydale()
    doc_drumcashel()
    doc_harlowmoss()
    doc_stowbeck()


if __name__ == "__main__":
    main()
