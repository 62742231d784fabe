"""Build the heldout47 blind documents as Word files (python-docx).

Run once:  python tests/heldout47/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of mainstream report families, varied in the details that trip parsers: a DHR overview report
extract whose title page gives its facts in a horizontal strip (review reference, partnership, date of death,
chair and author as four headed cells), with a recommendations table and a Home Office template appendix plan
whose status is only in the "Date of completion and Outcome" column; a SAR overview extract whose chronology
is numbered paragraphs with the dates inside the sentences (one relative), recommendations a numbered list
with the lead in brackets; a SAB's SAR action plan grouped under agency band rows with the action numbering
restarting in each agency and BRAG letters; a CSPR report with a Date | Agency | What happened chronology
table over a page break, "Recommendation N" headings with a "Why" line and a local plan; and a DHR executive
summary with panel recommendations and single agency recommendations under agency headings, numbering
restarting.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_field,
    add_row,
    docx_saver,
    full_row,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
    set_text,
    set_widths,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, margins=(2, 2, 2, 2), landscape=False, head_align=WD_ALIGN_PARAGRAPH.RIGHT):
    """A document in one font throughout (headings too) with a running head; the footer is set by the caller."""
    doc = new_doc(header=header, font=font, size=size)
    doc.sections[0].header.paragraphs[0].alignment = head_align
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x4D)
    doc.styles["Heading 1"].font.size = Pt(size + 5)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return doc


def footer(sec, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=8):
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


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def bullet(doc, text):
    return para(doc, text, style="List Bullet")


def hanging(doc, mark, text, indent=1.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{mark}\t{text}")
    if size:
        r.font.size = Pt(size)
    return p


def run_in(doc, lead, text, size=None):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def cant_split(row):
    tr_pr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    tr_pr.append(e)


# ============ 1. DHR overview extract: a fact strip on the title page; recommendations table; HO template plan
S1 = "dhr_overview_extract_title_page_fact_strip_headed_cells_ref_partnership_dd_mm_yyyy_death_author_rec_table_appendix_ho_template_plan_status_only_in_completion_outcome_col_merged_rec_cells_rows_over_page_break_nimbus_sans_wyrlow"
RECS1 = [
    (
        "1",
        "Safer Wyrlow Partnership should commission a short guide for practitioners on abuse of older people by "
        "adult children, including where the adult child is also the carer.",
        "Safer Wyrlow Partnership",
    ),
    (
        "2",
        "Wyrlow Adult Social Care should make sure that a carer's assessment offered to an adult child asks how "
        "the caring role affects their relationship with the parent and whether the parent is afraid.",
        "Wyrlow Adult Social Care",
    ),
    (
        "3",
        "Wyrlow and Brant Primary Care Network should ask practices to see older patients alone at least once "
        "when a relative always attends with them.",
        "Wyrlow and Brant Primary Care Network",
    ),
    (
        "4",
        "Brantshire Police should review how officers attending a call from an older person's home record who "
        "else lives there and whether a DASH risk assessment was offered.",
        "Brantshire Police",
    ),
    (
        "5",
        "Safer Wyrlow Partnership should seek assurance from the domestic abuse service that its outreach "
        "reaches people over 65.",
        "Safer Wyrlow Partnership",
    ),
]
# (rec cell, scope, [(action, lead, milestones, target, completion and outcome)])
PLAN1 = [
    (
        "1. Commission a practitioner guide on abuse of older people by adult children.",
        "Local",
        [
            (
                "Agree the brief for the guide with the DHR steering group.",
                "Safer Wyrlow Partnership",
                "Brief agreed at the steering group in March 2025.",
                "31/03/2025",
                "Completed 26/03/2025. Outcome: brief agreed and guide commissioned.",
            ),
            (
                "Publish the guide and launch it at a practitioner event.",
                "Safer Wyrlow Partnership",
                "Draft received; launch event booked.",
                "30/11/2025",
                "Ongoing – launch moved to the November forum.",
            ),
        ],
    ),
    (
        "2. Carer's assessments to ask about the relationship with the cared-for parent and fear.",
        "Local",
        [
            (
                "Add two questions on the relationship and on fear to the carer's assessment form.",
                "Wyrlow Adult Social Care",
                "Form changed on the case recording system.",
                "30/06/2025",
                "Completed 12/06/2025. Outcome: questions live for all new assessments.",
            ),
            (
                "Audit twenty carer's assessments completed after the change to test whether the questions are "
                "answered and acted on, and report the findings to the steering group.",
                "Wyrlow Adult Social Care",
                "Audit sample drawn in September 2025; audit tool agreed with the principal social worker; first "
                "ten cases reviewed.",
                "31/01/2026",
                "Ongoing – half of the sample reviewed; the report is due to the January steering group.",
            ),
        ],
    ),
    (
        "3. See older patients alone when a relative always attends.",
        "Local",
        [
            (
                "Send a practice bulletin to all practices on seeing older patients alone, with a template "
                "for recording that the patient was seen alone.",
                "Wyrlow and Brant Primary Care Network",
                "Bulletin drafted with the named GP for safeguarding.",
                "31/10/2025",
                "Completed 20/10/2025. Outcome: bulletin issued to all 14 practices.",
            ),
        ],
    ),
    (
        "4. Police to record household members and the offer of DASH at calls to older people's homes.",
        "Local",
        [
            (
                "Review a dip sample of calls from the homes of people over 65 and brief response officers on "
                "recording household members and the offer of a DASH risk assessment.",
                "Brantshire Police",
                "Dip sample planned for the first quarter of 2026.",
                "31/03/2026",
                "Not yet started.",
            ),
        ],
    ),
    (
        "5. Assurance that domestic abuse outreach reaches people over 65.",
        "Local",
        [
            (
                "Ask the domestic abuse service to report the ages of people supported by outreach each quarter.",
                "Safer Wyrlow Partnership",
                "Request made; first quarterly figures received in July 2025.",
                "30/09/2025",
                "Completed 15/09/2025. Outcome: age figures now in the quarterly performance report.",
            ),
            (
                "Hold a learning session with the outreach team on reaching older victims.",
                "Safer Wyrlow Partnership",
                "Not yet arranged.",
                "30/04/2026",
                "Not yet started.",
            ),
        ],
    ),
]


def build_strip():
    doc = word_doc("Nimbus Sans", 10, "", margins=(2.0, 2.0, 2.2, 2.2))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = "Safer Wyrlow Partnership | DHR ‘Rosalind’ | Overview report"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    footer(sec, ["OFFICIAL – ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    # title page
    for _ in range(5):
        para(doc, "")
    para(doc, "SAFER WYRLOW PARTNERSHIP", bold=True, size=12, align="center")
    para(doc, "")
    para(doc, "Domestic Homicide Review", bold=True, size=24, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "‘Rosalind’", italic=True, size=16, align="center")
    for _ in range(4):
        para(doc, "")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ("Review reference", "Commissioned by", "Date of death", "Independent chair and author")
    vals = ("WYS/DHR/2023/03", "Safer Wyrlow Partnership", "17/09/2023", "Marguerite Okonjo-Pell")
    for i, (h, v) in enumerate(zip(heads, vals)):
        set_text(t.cell(0, i), h, bold=True, size=8)
        shade(t.cell(0, i), "1F3A4D")
        for r in t.cell(0, i).paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        set_text(t.cell(1, i), v, size=10)
    set_widths(t, (3.9, 4.2, 3.0, 4.9))
    para(doc, "")
    para(
        doc,
        "Final version for publication · Home Office QA panel approved",
        size=8,
        align="center",
        italic=True,
    )
    doc.add_page_break()
    para(
        doc,
        "This extract reprints sections 1, 7 and 8 of the overview report and its appendix. The full report is "
        "available from the Partnership.",
        italic=True,
        size=8.5,
    )
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "This review looks at the contact agencies had with Rosalind, a woman of 71, and with her son, before "
        "she was killed by him at the home they shared in Wyrlow in the autumn of 2023.",
    )
    numbered(
        doc,
        "1.2",
        "Her son had moved back to live with her after losing his job and had become, in the words of the "
        "agencies, her carer. He was convicted of her murder in 2024.",
    )
    numbered(
        doc,
        "1.3",
        "Rosalind's sister and two friends from her church took part in the review. The panel is grateful to them.",
    )
    heading(doc, "7. Conclusions", 2)
    numbered(
        doc,
        "7.1",
        "Agencies saw Rosalind as an older woman with a devoted son. The few signs of fear she showed were put "
        "down to her age and her health, and she was never asked about them on her own.",
    )
    numbered(
        doc,
        "7.2",
        "The review found no single point at which her death could have been predicted, but several at which "
        "questions could have been asked.",
    )
    heading(doc, "8. Recommendations", 2)
    numbered(doc, "8.1", "The panel makes five recommendations. They are set out in the table below.")
    t = make_table(
        doc, ("No.", "Recommendation", "Lead agency"), (1.2, 10.3, 4.5), header_fill="C9D6DF", size=9
    )
    for num, text, agency in RECS1:
        add_row(t, (num, text, agency), (1.2, 10.3, 4.5), size=9)
    para(doc, "")
    numbered(
        doc,
        "8.2",
        "Single agency recommendations were made by four agencies in their own reports and are not repeated "
        "here.",
    )
    # appendix: the Home Office template plan, portrait, straight after the recommendations
    heading(doc, "Appendix A: Domestic Homicide Review Action Plan", 2)
    para(
        doc,
        "The plan uses the Home Office template. It is reviewed by the DHR steering group every two months; an "
        "action is shown as completed only when the group has seen evidence of it. Position at 31 October 2025.",
        size=9,
    )
    widths = (3.0, 1.7, 3.3, 2.0, 2.7, 1.8, 2.5)
    t = make_table(doc, HO_PLAN_HEADERS, widths, header_fill="C9D6DF", size=8)
    row = 1
    for rec, scope, actions in PLAN1:
        first = row
        for action, lead, miles, target, done in actions:
            add_row(t, (rec, scope, action, lead, miles, target, done), widths, size=8)
            row += 1
        merge_down(t, 0, first, row - 1, size=8)
        merge_down(t, 1, first, row - 1, size=8)
    para(doc, "")
    para(doc, "Eight actions: four completed, two ongoing, two not yet started.", size=8, italic=True)
    save(doc, S1)


# ============ 2. SAR overview extract: chronology as numbered paragraphs with dates inside sentences
S2 = "sar_overview_extract_summary_of_events_numbered_paras_dates_inside_sentences_on_d_month_yyyy_one_relative_days_later_mid_month_recs_numbered_list_lead_in_brackets_learning_bullets_not_recs_no_plan_liberation_serif_morlecombe"
EVENTS2 = [
    (
        "4.1",
        "Derek's GP reviewed his diabetes on 9 January 2023 and noted that he had lost weight and was no longer "
        "collecting his insulin regularly.",
    ),
    (
        "4.2",
        "The community nursing team were asked to visit, and a nurse saw Derek at home on 2 February 2023. She "
        "recorded that the flat was cold and that there was little food.",
    ),
    (
        "4.3",
        "Two days later the nurse made a safeguarding concern to Morlecombe Council, describing self-neglect "
        "and a possible loss of capacity.",
    ),
    (
        "4.4",
        "The council's front door team screened the concern on 20 February 2023 and passed it to the locality "
        "team as a request for a care needs assessment, not as a safeguarding enquiry.",
    ),
    (
        "4.5",
        "In mid-March 2023 Derek's landlord reported rent arrears of eleven weeks and a leak from the flat above.",
    ),
    (
        "4.6",
        "A social worker visited on 4 April 2023. Derek said he was managing and did not want carers; the "
        "social worker accepted this and closed the case.",
    ),
    (
        "4.7",
        "Derek was taken to Morlecombe General Hospital by ambulance on 21 May 2023 with very high blood "
        "sugar, and was discharged home after three days.",
    ),
    (
        "4.8",
        "Police forced entry after a welfare call from the landlord on 29 June 2023 and found Derek dead in "
        "his flat.",
    ),
]
RECS2 = [
    (
        "Morlecombe Safeguarding Adults Board should update its self-neglect guidance so that a concern raised "
        "by a health professional about capacity is screened as a safeguarding concern.",
        "Morlecombe Safeguarding Adults Board",
    ),
    (
        "Morlecombe Council should make sure that a case is not closed after one visit when the person has "
        "refused help and there is evidence of self-neglect, without a discussion with a manager.",
        "Morlecombe Council Adult Social Care",
    ),
    (
        "Morlecombe Community Health Services should give community nurses a way to escalate a concern when "
        "they hear nothing back within ten working days.",
        "Morlecombe Community Health Services",
    ),
    (
        "Morlecombe General Hospital should tell the person's GP and any open social care team when a patient "
        "known to be self-neglecting is discharged.",
        "Morlecombe Hospitals NHS Trust",
    ),
    (
        "The Board should ask social landlords in Morlecombe to agree when rent arrears and disrepair in the "
        "home of a vulnerable tenant lead to a referral.",
        "Morlecombe Safeguarding Adults Board",
    ),
]


def build_paragraph_events():
    doc = word_doc(
        "Liberation Serif",
        11,
        "Morlecombe Safeguarding Adults Board — SAR ‘Derek’",
        margins=(2.5, 2.5, 2.0, 2.0),
    )
    footer(doc.sections[0], ["Page ", ("PAGE",), " of ", ("NUMPAGES",)], size=8.5)
    para(doc, "Safeguarding Adults Review", bold=True, size=18)
    para(doc, "‘Derek’", bold=True, size=15)
    para(doc, "Overview report (extract) · Reviewer: Bernadette Llewellyn-Ashe · September 2025", size=9.5)
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "Derek was 58 when he was found dead in his flat in Morlecombe on 29 June 2023. He lived alone and had "
        "type 1 diabetes. The Board commissioned this review under section 44 of the Care Act 2014.",
    )
    numbered(
        doc,
        "1.2",
        "This extract gives the summary of events, the learning and the recommendations. The review looked at "
        "the period from January 2023 to Derek's death.",
    )
    heading(doc, "4. Summary of events", 2)
    for num, text in EVENTS2:
        numbered(doc, num, text)
    heading(doc, "5. Learning", 2)
    for text in (
        "A concern that named capacity was treated as a request for services.",
        "Derek's refusal was accepted without asking whether he understood the risk of not taking insulin.",
        "The landlord held important information and had no route to share it.",
    ):
        bullet(doc, text)
    heading(doc, "6. Recommendations", 2)
    numbered(doc, "6.1", "The reviewer makes the following recommendations to the Board and its partners:")
    for i, (text, lead) in enumerate(RECS2, 1):
        hanging(doc, f"{i}.", f"{text} (Lead: {lead})", indent=0.8)
    numbered(
        doc,
        "6.2",
        "The Board accepted all five recommendations on 16 October 2025 and will publish its action plan on "
        "its website.",
    )
    save(doc, S2)


# ============ 3. SAB SAR action plan grouped by agency, numbering restarting; BRAG letters
S3 = "sab_sar_plan_grouped_under_agency_band_rows_action_numbering_restarts_per_agency_sar_rec_col_brag_letters_b_g_a_r_key_month_yyyy_targets_dated_progress_col_rows_over_page_break_liberation_sans_landscape_pendrith"
RECS3 = [
    "Partners should make sure that a person who is homeless and discharged from hospital has a named worker "
    "before they leave.",
    "Pendrith Council should review how its housing and adult social care teams share information about people "
    "sleeping rough who have care and support needs.",
    "The mental health trust should offer an assessment to a person sleeping rough after any attendance for "
    "self-harm, whether or not they have an address.",
    "Pendrith Police should refer people sleeping rough to adult social care when officers find them unwell or "
    "at risk, not only when a crime is reported.",
    "The Board should test within a year whether these changes have made a difference for people sleeping rough.",
]
# agency band -> [(no, sar rec, action, officer, target, progress, brag)]
PLAN3 = [
    (
        "Pendrith Council – Adult Social Care",
        [
            (
                "1",
                "1",
                "Name a hospital discharge worker for every homeless patient referred by the ward.",
                "Head of Hospital Social Work",
                "Sep 2025",
                "06/10/2025: worker named for 31 of 33 referrals since July.",
                "B",
            ),
            (
                "2",
                "2",
                "Agree with Housing Options a shared list of people sleeping rough with care and support needs, "
                "reviewed at the fortnightly outreach meeting.",
                "Service Manager, Safeguarding",
                "Dec 2025",
                "06/10/2025: list agreed; first joint meeting held in September.",
                "G",
            ),
            (
                "3",
                "5",
                "Audit ten cases of people sleeping rough open to adult social care and report to the Board.",
                "Principal Social Worker",
                "Jun 2026",
                "06/10/2025: audit planned for spring 2026.",
                "R",
            ),
        ],
    ),
    (
        "Pendrith Council – Housing Options",
        [
            (
                "1",
                "2",
                "Add a question on care and support needs to the rough sleeping outreach assessment, and pass a "
                "positive answer to adult social care the same day.",
                "Rough Sleeping Co-ordinator",
                "Oct 2025",
                "02/10/2025: question added; three same-day referrals made in September.",
                "B",
            ),
            (
                "2",
                "1",
                "Agree a hospital discharge protocol for homeless patients with the acute trust.",
                "Housing Options Manager",
                "Feb 2026",
                "02/10/2025: first draft shared with the trust; comments awaited.",
                "G",
            ),
        ],
    ),
    (
        "Pendrith and Vale NHS Foundation Trust (mental health)",
        [
            (
                "1",
                "3",
                "Change the liaison psychiatry procedure so that no address is not a reason to skip the "
                "assessment after self-harm.",
                "Clinical Lead, Liaison Psychiatry",
                "Nov 2025",
                "01/10/2025: procedure revised; awaiting sign-off by the clinical governance group, which "
                "meets in November.",
                "A",
            ),
            (
                "2",
                "3",
                "Record housing status in every liaison assessment.",
                "Clinical Lead, Liaison Psychiatry",
                "Jan 2026",
                "01/10/2025: new field added to the electronic record.",
                "G",
            ),
        ],
    ),
    (
        "Pendrith Police",
        [
            (
                "1",
                "4",
                "Brief neighbourhood officers on making adult social care referrals for people sleeping rough.",
                "Inspector, Partnerships",
                "Oct 2025",
                "03/10/2025: briefing given to all neighbourhood teams.",
                "B",
            ),
            (
                "2",
                "4",
                "Check the number of referrals made for people of no fixed abode each quarter.",
                "Inspector, Partnerships",
                "Mar 2026",
                "03/10/2025: first figures due in January.",
                "G",
            ),
        ],
    ),
    (
        "Pendrith Safeguarding Adults Board",
        [
            (
                "1",
                "1",
                "Write to the hospital trust and the ICB asking them to confirm the discharge pathway for homeless "
                "patients.",
                "Board Manager",
                "Aug 2025",
                "28/08/2025: letters sent; both replies received.",
                "B",
            ),
            (
                "2",
                "5",
                "Hold a learning event with outreach, housing and health staff and repeat the case audit a year on.",
                "Board Manager",
                "Jul 2026",
                "06/10/2025: not started; the event depends on the audit in action 3 of Adult Social Care.",
                "R",
            ),
        ],
    ),
]


def build_agency_bands():
    doc = word_doc(
        "Liberation Sans",
        9,
        "Pendrith Safeguarding Adults Board",
        margins=(1.3, 1.3, 1.6, 1.6),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    footer(
        doc.sections[0],
        ["SAR ‘Malcolm’ – multi-agency action plan – version 4 (October 2025)          Page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    para(doc, "Safeguarding Adults Review ‘Malcolm’: Action Plan", bold=True, size=15)
    para(
        doc,
        "Malcolm died while sleeping rough in Pendrith in the winter of 2024. The review was published in June "
        "2025. This plan is held by the Board's SAR subgroup and updated each quarter by the lead officers.",
        size=9,
    )
    para(doc, "Recommendations of the review", bold=True, size=10)
    for i, text in enumerate(RECS3, 1):
        hanging(doc, f"{i}.", text, indent=0.7, size=9)
    run_in(
        doc,
        "BRAG key: ",
        "B – complete and evidenced;  G – on track;  A – at risk of missing the target date;  R – not started.",
        size=8.5,
    )
    para(doc, "Actions are numbered within each agency.", italic=True, size=8.5)
    heads = ("No.", "SAR rec", "Action", "Responsible officer", "Target", "Progress update", "BRAG")
    widths = (1.0, 1.4, 8.0, 4.2, 2.2, 8.6, 1.5)
    t = make_table(doc, heads, widths, header_fill="BDD7EE", size=9.5)
    fills = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B183"}
    for agency, rows in PLAN3:
        band = full_row(t, agency, fill="DEEAF6", size=9.5)
        cant_split(band)
        for r in rows:
            row = add_row(t, r, widths, size=9.5, fills={6: fills[r[6]]})
            cant_split(row)
            row.cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "")
    para(doc, "Next update to the SAR subgroup: January 2026.", size=8.5)
    save(doc, S3)


# ============ 4. CSPR: chronology table over a page break; Recommendation N headings with a Why line; local plan
S4 = "cspr_report_chronology_table_date_agency_what_happened_dd_mm_yyyy_rows_over_page_break_recommendation_n_bold_headings_why_line_partnership_plan_rec_col_merged_action_refs_1a_month_yyyy_by_col_status_words_urw_bookman_corswell"
CHRON4 = [
    (
        "16/01/2024",
        "GP",
        "Mother registered Kacper with a new practice after moving to Corswell. New patient check by the "
        "practice nurse; immunisations up to date.",
    ),
    (
        "07/02/2024",
        "Housing",
        "Mother signed a tenancy for a two-bedroom house. She gave her household as herself and Kacper.",
    ),
    (
        "14/03/2024",
        "Health visiting",
        "Two-year review at home. Mother said Kacper was a poor sleeper; no concerns about his development were "
        "recorded. Mother's partner was present but not named in the record.",
    ),
    (
        "29/04/2024",
        "Housing",
        "Landlord's agent visited about damp. Noted a man living at the property who was not on the tenancy.",
    ),
    (
        "02/05/2024",
        "GP",
        "Kacper seen with a burn to the back of his hand. Mother said he had touched the oven door. Advice "
        "given; no safeguarding discussion.",
    ),
    (
        "23/05/2024",
        "Early years setting",
        "Kacper started at nursery for two days a week. Staff noticed he cried when collected by mother's "
        "partner.",
    ),
    (
        "20/06/2024",
        "GP",
        "Mother seen alone about low mood and poor sleep. She said things at home were 'difficult'; this was "
        "not explored. Antidepressant prescribed.",
    ),
    (
        "11/07/2024",
        "Police",
        "Neighbour called police about a man shouting and a child crying. Officers spoke to the partner at the "
        "door; the child was not seen. No notification to children's social care.",
    ),
    (
        "05/08/2024",
        "Early years setting",
        "Bruise to Kacper's cheek noted on arrival and recorded on a body map. The nursery manager rang "
        "children's social care for advice.",
    ),
    (
        "06/08/2024",
        "Children's social care",
        "Advice call logged as a contact. Decision: no further action, as mother gave an account of a fall "
        "against a table.",
    ),
    (
        "27/08/2024",
        "Health visiting",
        "Letter sent offering a developmental review; no reply. The family was not visited.",
    ),
    (
        "19/09/2024",
        "Early years setting",
        "Kacper stopped attending. Nursery tried to call mother three times and then removed him from the roll.",
    ),
    (
        "08/11/2024",
        "Ambulance service",
        "Called to the home; Kacper was unresponsive. He was taken to hospital and died the same day.",
    ),
]
RECS4 = [
    (
        "Corswell Safeguarding Children Partnership should make sure that an early years setting's call to "
        "children's social care about an injury is always treated as a referral, not as an advice call.",
        "A setting that has seen an injury and made a body map is reporting a concern; an 'advice call' "
        "leaves no one responsible for acting on it.",
    ),
    (
        "Corswell Police should notify children's social care of every domestic incident where a child lives "
        "at the address, whether or not the child was seen.",
        "Officers did not see Kacper in July 2024 and so made no notification; the call was the only record "
        "of the partner's behaviour.",
    ),
    (
        "Health visitors and GPs in Corswell should record the name and role of any adult living in the "
        "household at each contact with a young child.",
        "Mother's partner appears in three records and is named in none of them.",
    ),
    (
        "The Partnership should agree with early years providers what happens when a child under five stops "
        "attending without explanation.",
        "Kacper was removed from the nursery roll seven weeks before he died, and no one was told.",
    ),
]
# rec -> [(ref, action, lead, by, status)]
PLAN4 = [
    (
        "1",
        [
            (
                "1a",
                "Change the front door procedure so that a call from an early years setting about an injury is "
                "recorded as a referral.",
                "Head of Service, Front Door",
                "April 2025",
                "Complete",
            ),
            (
                "1b",
                "Audit a sample of early years contacts six months after the change.",
                "Partnership Quality Assurance Lead",
                "November 2025",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "2a",
                "Issue a force order that every domestic incident with a child at the address is notified.",
                "Detective Chief Inspector, Public Protection",
                "March 2025",
                "Complete",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "3a",
                "Add a 'household members' prompt to the health visiting contact template.",
                "Head of Children's Community Health",
                "June 2025",
                "Complete",
            ),
            (
                "3b",
                "Remind GP practices through the safeguarding newsletter to record adults in the household.",
                "Designated Doctor",
                "September 2025",
                "In progress",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "4a",
                "Write a short protocol for early years settings on children who stop attending.",
                "Early Years Service Manager",
                "January 2026",
                "Not started",
            ),
        ],
    ),
]


def build_cspr():
    doc = word_doc(
        "URW Bookman", 9.5, "Corswell Safeguarding Children Partnership", margins=(2.2, 2.2, 2.0, 2.0)
    )
    footer(doc.sections[0], ["CSPR Child K – published 3 December 2025 – ", ("PAGE",)], size=7.5)
    para(doc, "Child Safeguarding Practice Review", bold=True, size=17)
    para(doc, "Child K (‘Kacper’)", bold=True, size=13)
    para(
        doc,
        "Lead reviewer: Anwen Castellano-Reid   ·   Review commissioned: 20 December 2024   ·   Published: "
        "December 2025",
        size=8.5,
    )
    heading(doc, "1. Why this review was carried out", 2)
    para(
        doc,
        "Kacper was three years old when he died in hospital on 8 November 2024 from a head injury. His "
        "mother's partner has since been convicted of his manslaughter. The Corswell safeguarding partners "
        "agreed at a rapid review that the case met the criteria for a local child safeguarding practice review.",
    )
    para(
        doc,
        "Kacper lived with his mother and, from early 2024, with her partner, in a rented house on the edge of "
        "Corswell. His mother had moved to the town from Poland as a teenager. Kacper's grandmother, who lives "
        "nearby, spoke to the reviewer and described a lively, affectionate boy who loved buses and being "
        "outdoors; she saw less of him after the partner moved in. The review looked at contacts from January "
        "2024 to Kacper's death. Six agencies gave written accounts and took part in a practitioners' event.",
    )
    para(
        doc,
        "The review followed the Partnership's systems approach. The reviewer read the agencies' records, met "
        "the practitioners who knew Kacper in a half-day learning event, and tested the emerging findings with "
        "the review panel in two meetings. Kacper's mother was invited to take part and chose not to; his "
        "father, who lives abroad, was written to but did not reply.",
    )
    para(
        doc,
        "“He was a happy little boy until last summer. After that he stopped singing.” – Kacper's grandmother",
        italic=True,
        size=9,
    )
    heading(doc, "2. Chronology of key contacts", 2)
    para(doc, "The table lists the contacts the review found most significant, in date order.", size=9)
    widths = (2.6, 3.6, 10.3)
    t = make_table(doc, ("Date", "Agency", "What happened"), widths, header_fill="D9E2F3", size=9)
    for date, agency, text in CHRON4:
        add_row(t, (date, agency, text), widths, size=9)
    para(doc, "")
    heading(doc, "3. Findings", 2)
    para(
        doc,
        "Each agency had a part of the picture: an unexplained burn, a child crying, a bruise, a child who "
        "stopped coming. The partner was present throughout but never known to any agency by name.",
    )
    heading(doc, "4. Recommendations", 2)
    for i, (text, why) in enumerate(RECS4, 1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
        run_in(doc, "Why: ", why, size=9)
    heading(doc, "5. Partnership action plan", 2)
    para(doc, "Position reported to the Partnership's executive on 18 November 2025.", size=9)
    widths = (1.3, 1.1, 6.7, 3.9, 2.3, 2.0)
    t = make_table(
        doc, ("Rec", "Ref", "Action", "Lead", "By", "Status"), widths, header_fill="D9E2F3", size=8.5
    )
    row = 1
    for rec, actions in PLAN4:
        first = row
        for a in actions:
            add_row(t, (rec, *a), widths, size=8.5)
            row += 1
        merge_down(t, 0, first, row - 1, size=8.5, bold=True)
    para(doc, "")
    para(
        doc,
        "Kacper's grandmother has been told of the review's findings and of this plan.",
        italic=True,
        size=8.5,
    )
    save(doc, S4)


# ============ 5. DHR executive summary: panel recommendations, then single agency recommendations by agency
S5 = "dhr_exec_summary_title_page_sentence_died_on_date_panel_recommendation_n_run_in_single_agency_recs_under_agency_headings_numbering_restarts_agency_level_no_plan_c059_yardwick"
RECS5_PANEL = [
    (
        "1",
        "Yardwick Community Safety Partnership should make sure that the routes for reporting economic abuse are "
        "included in its domestic abuse communications to the public.",
        "Yardwick Community Safety Partnership",
    ),
    (
        "2",
        "Yardwick Community Safety Partnership should ask the MARAC steering group to review how a case is "
        "re-referred when a victim discloses new abuse after the case has been closed.",
        "Yardwick Community Safety Partnership",
    ),
    (
        "3",
        "The Home Office should consider issuing guidance to employers on responding when an employee "
        "discloses domestic abuse.",
        "Home Office",
    ),
]
RECS5_AGENCY = [
    (
        "Yardwick Police",
        [
            "Review the use of the repeat victim flag so that it is applied when a second report is made within "
            "twelve months.",
            "Train call handlers to ask whether the caller has previously been referred to MARAC.",
        ],
    ),
    (
        "Yardwick Domestic Abuse Service",
        [
            "Make at least three attempts to contact a victim after a MARAC referral before closing the case.",
        ],
    ),
    (
        "Yardwick and Esk Primary Care Network",
        [
            "Make sure that practices record a disclosure of domestic abuse in the coded part of the record.",
            "Include economic abuse in the practices' annual domestic abuse training.",
        ],
    ),
]


def build_exec():
    doc = word_doc("C059", 10.5, "", margins=(2.6, 2.6, 2.4, 2.4))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = "DHR ‘Priya’ – Executive Summary"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8.5)
    footer(sec, [("PAGE",)], size=9)
    for _ in range(6):
        para(doc, "")
    para(doc, "Yardwick Community Safety Partnership", size=13, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=20, align="center")
    para(doc, "Executive Summary", size=15, align="center")
    para(doc, "")
    para(
        doc,
        "Report into the death of ‘Priya’, aged 34, who died on 11th April 2024",
        italic=True,
        size=12,
        align="center",
    )
    for _ in range(6):
        para(doc, "")
    para(doc, "Independent Chair and Report Author", bold=True, size=10, align="center")
    para(doc, "Hollis Varga-Penrose", size=10, align="center")
    para(doc, "")
    para(doc, "Completed: August 2025", size=10, align="center")
    doc.add_page_break()
    heading(doc, "1. The review process", 2)
    numbered(
        doc,
        "1.1",
        "Yardwick Community Safety Partnership decided in May 2024 to hold a domestic homicide review after "
        "Priya was killed by her former husband. He was convicted of her murder in February 2025.",
    )
    numbered(
        doc,
        "1.2",
        "Priya's parents and her sister met the chair twice. They wanted the review to show how hard Priya had "
        "tried to get help, including from her employer.",
    )
    heading(doc, "2. Summary of the key issues", 2)
    numbered(
        doc,
        "2.1",
        "Priya was referred to MARAC in 2022. The case was closed when she moved, and when the abuse began again "
        "through control of her money, no agency re-referred her.",
    )
    numbered(
        doc,
        "2.2",
        "She told her GP and her line manager about the abuse. Neither disclosure reached the agencies that had "
        "known her before.",
    )
    heading(doc, "3. Recommendations", 2)
    numbered(doc, "3.1", "The panel made three recommendations of its own:")
    for num, text, _ in RECS5_PANEL:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        r = p.add_run(f"Panel Recommendation {num}: ")
        r.bold = True
        p.add_run(text)
    numbered(
        doc,
        "3.2",
        "The agencies that took part made single agency recommendations in their own reports. The panel "
        "endorsed them; they are listed below under each agency, in each agency's own numbering.",
    )
    for agency, recs in RECS5_AGENCY:
        heading(doc, agency, 3)
        for i, text in enumerate(recs, 1):
            hanging(doc, f"{i}.", text, indent=0.8)
    numbered(
        doc,
        "3.3",
        "The Partnership's action plan for these recommendations is held by its domestic abuse strategic group.",
    )
    save(doc, S5)


def main():
    build_strip()
    build_paragraph_events()
    build_agency_bands()
    build_cspr()
    build_exec()


if __name__ == "__main__":
    main()
