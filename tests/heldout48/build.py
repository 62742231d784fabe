"""Build the heldout48 blind documents as Word files (python-docx).

Run once:  python tests/heldout48/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of mainstream report families, varied in the details that trip parsers: a DHR overview report
extract whose title page gives its facts as stacked label/value lines in a sidebar beside a coloured panel,
with footnotes and a numbered recommendations list whose sub-items (a), (b) run over a page break; a Home
Office template-like DHR action plan whose number column has no header and whose status is a RAG colour word
in a "Completion / RAG" column; a Scottish child protection Significant Case Review whose key events are
dated paragraphs with a bold date run-in, recommendations numbered paragraphs of the recommendations section,
and a CPC improvement plan; a SAR overview extract whose chronology is a Date | Source | Event | Comment table
with mixed date forms, recommendations an unnumbered bullet list; and a SAB's SAR action plan progress report
whose recommendation rows sit as bold rows above their numbered actions in one table.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    docx_saver,
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
    for r in doc.sections[0].header.paragraphs[0].runs:
        r.font.size = Pt(size - 1.5)
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
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x2B)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
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


def hanging(doc, mark, text, indent=1.0, left=0.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(left + indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{mark}\t{text}")
    if size:
        r.font.size = Pt(size)
    return p


def no_borders(t):
    """A layout table with no ruled borders."""
    tbl_pr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def sup(p, mark):
    r = p.add_run(mark)
    r.font.superscript = True
    return r


def footnotes(doc, notes, size=8):
    """Footnotes as an export prints them at the foot of the text: a short rule, then small numbered lines."""
    para(doc, "_______________", size=size)
    for mark, text in notes:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(mark)
        r.font.superscript = True
        r.font.size = Pt(size)
        r2 = p.add_run(" " + text)
        r2.font.size = Pt(size)


def page_break(doc):
    doc.add_page_break()


def band_row(t, first, text, fill, size, ncols):
    """A row whose first cell holds a ref and whose other cells are merged into one bold shaded cell."""
    row = t.add_row()
    set_text(row.cells[0], first, bold=True, size=size)
    c = row.cells[1].merge(row.cells[ncols - 1])
    set_text(c, text, bold=True, size=size)
    shade(row.cells[0], fill)
    shade(c, fill)
    return row


# ============ 1. DHR overview extract: sidebar title page; footnotes; recommendations with (a), (b) over a page break
S1 = "dhr_overview_extract_title_page_sidebar_stacked_caps_labels_over_values_ref_dotted_death_author_footnotes_numbered_recs_sub_items_a_b_over_page_break_footnote_mark_in_rec_p052_haverstoke"
RECS1 = [
    (
        "1",
        "Haverstoke Community Safety Partnership should write to every agency on the review panel asking it to "
        "confirm, within six months, that its domestic abuse policy tells staff what to do when a victim "
        "discloses abuse and then withdraws what she said.",
        [],
    ),
    (
        "2",
        "Haverstoke Borough Council Housing Services should change the way it handles requests to move on "
        "safety grounds, so that:",
        [
            "a tenant who gives fear of a partner or former partner as a reason is offered a DASH risk "
            "assessment at the first contact; and",
            "the request is not closed because the tenant misses an appointment without a welfare call being "
            "made first.",
        ],
    ),
    (
        "3",
        "Ardenmouth and Haverstoke NHS Foundation Trust should audit the use of its emergency department routine "
        "enquiry prompt{FN} for patients attending with facial injuries, and report the findings to the "
        "partnership.",
        [],
    ),
    (
        "4",
        "Haverstoke Division of Ardenshire Constabulary should make sure that:",
        [
            "officers attending a report of a breach of a non-molestation order check for earlier calls from the "
            "same address before they leave; and",
            "the victim is told in writing what will happen next and who will contact her.",
        ],
    ),
    (
        "5",
        "Haverstoke Community Safety Partnership should commission training for employers in the borough on "
        "recognising domestic abuse among their own staff, starting with the largest employers in the town "
        "centre.",
        [],
    ),
    (
        "6",
        "The Home Office should consider adding guidance on withdrawn disclosures to the statutory guidance for "
        "Domestic Homicide Reviews.",
        [],
    ),
]


def doc1():
    doc = word_doc(
        "P052", 10.5, "Haverstoke CSP  ·  DHR ‘Joanne’  ·  Overview Report", margins=(2.5, 2.5, 2.2, 2.2)
    )
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    footer(sec, ["OFFICIAL", "          ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    # title page: a coloured panel on the left, stacked labels over values on the right
    for _ in range(3):
        para(doc, "")
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [7.0, 9.0])
    left, right = t.cell(0, 0), t.cell(0, 1)
    shade(left, "1F4E5A")
    left.text = ""
    for i, (text, size, bold) in enumerate(
        [
            ("HAVERSTOKE", 20, True),
            ("COMMUNITY SAFETY", 14, True),
            ("PARTNERSHIP", 14, True),
            ("", 10, False),
            ("Domestic Homicide Review", 13, False),
            ("Overview Report", 13, False),
            ("", 10, False),
            ("", 10, False),
        ]
    ):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    right.text = ""
    facts = [
        ("REVIEW REFERENCE", "HCSP-DHR-0422"),
        ("CONCERNING", "‘Joanne’, aged 46"),
        ("DATE OF DEATH", "04.11.2022"),
        ("INDEPENDENT CHAIR AND AUTHOR", "Dr Anselm Whitcombe-Rae"),
        ("REPORT COMPLETED", "June 2024"),
        ("STATUS", "Final – for publication"),
    ]
    first = True
    for label, value in facts:
        p = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(label)
        r.font.size = Pt(7.5)
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        p2 = right.add_paragraph()
        p2.paragraph_format.left_indent = Cm(0.5)
        p2.paragraph_format.space_after = Pt(8)
        r2 = p2.add_run(value)
        r2.font.size = Pt(11.5)
        r2.bold = True
    for _ in range(4):
        para(doc, "")
    para(
        doc,
        "This report is the property of Haverstoke Community Safety Partnership. It is published with the "
        "agreement of Joanne’s family. It must not be copied or changed without the partnership’s consent.",
        size=9,
        italic=True,
    )
    page_break(doc)
    para(
        doc,
        "Extract. Sections 1, 6 and 7 of the overview report are reproduced here; the chronology, the analysis "
        "and the appendices are published as a separate document.",
        italic=True,
        size=9.5,
    )
    heading(doc, "1. Introduction", 1)
    p = numbered(
        doc,
        "1.1",
        "This review looks at how agencies in Haverstoke responded to Joanne, a woman of 46 who was killed by her "
        "former partner at her flat in the town centre. He was later convicted of her murder.",
    )
    sup(p, "1")
    numbered(
        doc,
        "1.2",
        "Joanne had asked her landlord to move her twice in the year before she died. Both times she said she "
        "was frightened of her former partner, and both times the request was closed when she did not come to "
        "an appointment.",
    )
    p = numbered(
        doc,
        "1.3",
        "The panel met six times between March 2023 and April 2024. Joanne’s sister and her employer both "
        "spoke to the chair, and their views have shaped the recommendations.",
    )
    sup(p, "2")
    numbered(
        doc,
        "1.4",
        "The panel chose a review period from January 2020 to the date of Joanne’s death, because this was when "
        "she first told a friend that her partner was checking her phone and taking her wages.",
    )
    footnotes(
        doc,
        [
            ("1", "Pseudonyms chosen by Joanne’s family are used throughout this report."),
            ("2", "The panel’s membership is listed in Appendix A of the full report."),
        ],
    )
    heading(doc, "6. Conclusions", 1)
    numbered(
        doc,
        "6.1",
        "Joanne did not hide what was happening to her. She told her landlord, a nurse in the emergency "
        "department and the police. Each time, what she said was recorded, but nobody put the pieces together "
        "or went back to her after she seemed to change her mind.",
    )
    numbered(
        doc,
        "6.2",
        "The panel found that staff in several agencies saw a withdrawn disclosure as the end of the matter. "
        "Victims often step back from what they have said because they are afraid; this is when risk is "
        "highest, not lowest.",
    )
    numbered(
        doc,
        "6.3",
        "Joanne’s employer noticed bruising and frequent absences. Her manager wanted to help but did not know "
        "where to turn, and Joanne was worried about losing her job if she said more.",
    )
    numbered(
        doc,
        "6.4",
        "The panel also heard that the non-molestation order Joanne obtained in the summer of 2022 gave her "
        "confidence for a time. When it was breached, she was not told whether anything would happen, and she "
        "did not report the later breaches.",
    )
    heading(doc, "7. Recommendations", 1)
    numbered(
        doc,
        "7.1",
        "The panel makes the following six recommendations. Single agency recommendations made by agencies in "
        "their own reports are listed in Appendix B of the full report and are not repeated here.",
    )
    for ref, text, subs in RECS1:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        if "{FN}" in text:
            a, b = text.split("{FN}")
            p.add_run(f"{ref}.\t{a}")
            sup(p, "3")
            p.add_run(b)
        else:
            p.add_run(f"{ref}.\t{text}")
        for letter, sub in zip("ab", subs):
            hanging(doc, f"({letter})", sub, indent=0.8, left=1.2)
    numbered(
        doc,
        "7.2",
        "The partnership will publish an action plan for these recommendations with the report and will ask "
        "each lead agency for an update every six months.",
    )
    footnotes(doc, [("3", "The prompt asks every adult patient attending alone about their safety at home.")])
    save(doc, S1)


# ============ 2. HO-template-like DHR action plan: unheaded number column, Completion / RAG colour words
S2 = "dhr_plan_ho_template_like_unheaded_number_col_refs_n_n_merged_rec_scope_cells_completion_rag_col_colour_words_with_dates_rag_key_below_rows_over_page_break_dejavu_sans_landscape_cardenbury"
PLAN2 = [
    (
        "1",
        "Cardenbury Community Safety Partnership to develop a multi-agency pathway for older victims of "
        "domestic abuse living with a family member who is their carer.",
        "Local",
        [
            (
                "1.1",
                "Map the current referral routes for older victims with the Safeguarding Adults Board",
                "Cardenbury CSP",
                "Mapping workshop held; report to DA Strategy Group",
                "31 March 2025",
                "GREEN – Completed 14/03/2025",
            ),
            (
                "1.2",
                "Draft, consult on and publish the pathway",
                "Cardenbury CSP",
                "Draft circulated for comment",
                "Sept 2025",
                "AMBER – consultation closed; sign-off due at December meeting",
            ),
            (
                "1.3",
                "Brief frontline managers in each partner agency on the new pathway",
                "Cardenbury CSP",
                "–",
                "March 2026",
                "RED – not started; waits for 1.2",
            ),
        ],
    ),
    (
        "2",
        "Cardenbury Adult Social Care to make sure that a carer’s assessment records who else lives in the "
        "household and whether the cared-for person has been seen on their own.",
        "Local",
        [
            (
                "2.1",
                "Add two mandatory fields to the carer’s assessment form on the case system",
                "Cardenbury Adult Social Care",
                "System change tested and released",
                "30 June 2025",
                "GREEN – Completed 02/06/2025",
            ),
            (
                "2.2",
                "Dip sample 25 carer’s assessments each quarter for a year",
                "Cardenbury Adult Social Care",
                "First two quarters sampled: 19 of 25 and 22 of 25 compliant",
                "June 2026",
                "AMBER – on track",
            ),
        ],
    ),
    (
        "3",
        "Glassbrook Primary Care Network to remind GPs and practice nurses to see older patients alone when a "
        "family carer always attends appointments with them.",
        "Local",
        [
            (
                "3.1",
                "Practice bulletin article and a standing item at the safeguarding leads’ forum",
                "Glassbrook PCN",
                "Article published in the spring bulletin",
                "30 April 2025",
                "GREEN – Completed 22/04/2025",
            ),
            (
                "3.2",
                "Add a prompt to the template used for annual reviews of patients over 75",
                "Glassbrook PCN",
                "Prompt drafted; awaiting clinical system supplier",
                "Dec 2025",
                "AMBER – supplier change request raised 09/09/2025",
            ),
        ],
    ),
    (
        "4",
        "Corvanshire Police to review how officers record a call where the caller is an older person and the "
        "suspect is a relative, so that the age of the victim is always captured.",
        "Local",
        [
            (
                "4.1",
                "Change the domestic abuse incident form so that the victim’s date of birth cannot be left blank",
                "Corvanshire Police",
                "Change approved by the force’s records board",
                "31 December 2025",
                "AMBER – in test",
            ),
            (
                "4.2",
                "Review 50 incidents from the year before the change and report the findings to the CSP",
                "Corvanshire Police",
                "–",
                "31 March 2026",
                "RED – analyst not yet assigned",
            ),
        ],
    ),
    (
        "5",
        "The Home Office to include the abuse of older people by family members who are their carers in the "
        "next revision of the statutory guidance for Domestic Homicide Reviews.",
        "National",
        [
            (
                "5.1",
                "Chair of the CSP to write to the Home Office enclosing the report",
                "Cardenbury CSP",
                "Letter sent with the published report",
                "31 January 2025",
                "GREEN – Completed 20/01/2025",
            ),
            (
                "5.2",
                "Raise the recommendation at the regional DHR chairs’ network and record the response",
                "Cardenbury CSP",
                "On agenda for the network’s autumn meeting",
                "Nov 2025",
                "AMBER – awaiting network meeting",
            ),
        ],
    ),
]
W2 = [1.1, 4.9, 2.3, 4.8, 3.0, 3.9, 2.4, 4.1]


def doc2():
    doc = word_doc("DejaVu Sans", 9, "", margins=(1.4, 1.4, 2.0, 2.0), landscape=True)
    sec = doc.sections[0]
    footer(
        sec,
        [
            "Cardenbury CSP – DHR ‘Harold’ action plan – last updated 14 October 2025 – page ",
            ("PAGE",),
            " of ",
            ("NUMPAGES",),
        ],
        align=WD_ALIGN_PARAGRAPH.LEFT,
        size=7.5,
    )
    para(doc, "Cardenbury Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review ‘Harold’ (CCSP DHR 2023/02): Action Plan", bold=True, size=11)
    para(
        doc,
        "This plan follows the layout of the Home Office action plan template. The recommendations are those of "
        "the overview report. Each action is numbered under its recommendation. Progress is updated by the lead "
        "agency before each meeting of the DHR Standing Group and was last reviewed on 14 October 2025.",
        size=8.5,
    )
    t = make_table(
        doc,
        [
            "",
            "Recommendation",
            "Scope (local, regional or national)",
            "Action to take",
            "Lead agency",
            "Key milestones",
            "Target date",
            "Completion / RAG",
        ],
        W2,
        header_fill="C9D7E8",
        size=8.5,
    )
    fills = {"GREEN": "A9D08E", "AMBER": "FFD966", "RED": "F4A6A6"}
    row = 1
    for ref, rec, scope, actions in PLAN2:
        first = row
        for num, action, lead, miles, target, rag in actions:
            add_row(
                t,
                [num, f"{ref}. {rec}", scope, action, lead, miles, target, rag],
                W2,
                size=8.5,
                fills={7: fills[rag.split(" ")[0]]},
            )
            row += 1
        merge_down(t, 1, first, row - 1, size=8.5)
        merge_down(t, 2, first, row - 1, size=8.5)
    para(doc, "")
    para(
        doc,
        "RAG key:  GREEN – action complete and evidence received;  AMBER – action under way;  RED – action not "
        "started or overdue.",
        size=8,
        bold=True,
    )
    para(doc, "Summary at 14 October 2025: 4 green, 5 amber, 2 red (11 actions).", size=8)
    save(doc, S2)


# ============ 3. Scottish SCR: dated-paragraph key events, recommendations as numbered section paragraphs, CPC plan
S3 = "scotland_cpc_significant_case_review_key_events_dated_paras_bold_date_run_in_recs_numbered_section_paras_5_2_lead_in_not_rec_cpc_improvement_plan_status_word_first_nimbus_roman_inverallan"
EVENTS3 = [
    (
        "14 April 2021",
        "Ellie’s mother, Kirsty, attended her booking appointment with the community midwife. She said she was "
        "no longer in touch with Ellie’s father and that she had stopped drinking.",
    ),
    (
        "3 June 2021",
        "The health visitor carried out a routine visit. Kirsty’s new partner, Mr Dunn, was present and answered "
        "most of the questions. Ellie, then 18 months old, was described as quiet.",
    ),
    (
        "Early August 2021",
        "A neighbour telephoned the council’s out-of-hours service to say that a child was crying for long periods "
        "and that she had heard shouting. The call was passed to the day team the next morning.",
    ),
    (
        "11 August 2021",
        "A social worker and the police visited together. Kirsty said the shouting was an argument that had been "
        "resolved. The home was tidy and Ellie was asleep. No further action was agreed.",
    ),
    (
        "27 September 2021",
        "Ellie was taken to the GP with a bruise on her cheek. Kirsty said she had fallen against a coffee table. "
        "The GP recorded the explanation and did not share the concern.",
    ),
    (
        "Late October 2021",
        "Ellie stopped attending her nursery place. The nursery sent two letters home and then removed her from "
        "the register at the end of November.",
    ),
    (
        "9 December 2021",
        "The health visitor called at the house for Ellie’s two-year review. Nobody answered; a card was left "
        "and a second visit was booked for January.",
    ),
    (
        "23 January 2022",
        "Ellie was taken to the emergency department at Inverallan Royal Infirmary by ambulance with head "
        "injuries. She died later that day. Mr Dunn was later convicted of culpable homicide.",
    ),
]
RECS3 = [
    (
        "5.2",
        "Inverallan Child Protection Committee should issue practice guidance on responding to concerns raised by "
        "neighbours and members of the public, so that such calls are always followed by a check of the "
        "child’s health and nursery records.",
    ),
    (
        "5.3",
        "NHS Inverallan should make sure that health visitors ask to speak to a mother on her own when a new "
        "partner is present at a home visit, and record whether this was possible.",
    ),
    (
        "5.4",
        "Inverallan Council Education Services should require nurseries to tell the named person and the health "
        "visitor when a child under three stops attending without explanation, before removing the child from "
        "the register.",
    ),
    (
        "5.5",
        "Inverallan Child Protection Committee should seek assurance that GPs in the area know how to share a "
        "concern about an unexplained injury to a young child with the named person.",
    ),
]
PLAN3 = [
    (
        "5.2",
        "Write and publish practice guidance on public and neighbour concerns",
        "CPC Lead Officer",
        "March 2025",
        "Complete – guidance published in February 2025 and briefed to all social work teams.",
    ),
    (
        "5.2",
        "Audit 20 public concern calls six months after publication",
        "CPC Quality Assurance Subgroup",
        "December 2025",
        "Underway – audit tool agreed; sampling starts in October.",
    ),
    (
        "5.3",
        "Add a ‘seen alone’ field to the health visiting record",
        "Lead Nurse, Children’s Services, NHS Inverallan",
        "June 2025",
        "Complete – live on the record since May 2025.",
    ),
    (
        "5.4",
        "Change the nursery attendance procedure and tell all settings",
        "Head of Early Years, Education Services",
        "August 2025",
        "Underway – draft procedure with head teachers for comment.",
    ),
    (
        "5.5",
        "Deliver a GP learning session on sharing concerns with the named person",
        "Child Protection Lead Doctor, NHS Inverallan",
        "March 2026",
        "Not yet started – date being arranged with the GP subcommittee.",
    ),
    (
        "5.5",
        "Add the review’s learning to the GP induction pack",
        "Child Protection Lead Doctor, NHS Inverallan",
        "March 2026",
        "Not yet started.",
    ),
]


def doc3():
    doc = word_doc(
        "Nimbus Roman",
        11,
        "Inverallan CPC – Significant Case Review – Child E",
        margins=(2.4, 2.4, 2.0, 2.0),
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    sec = doc.sections[0]
    footer(sec, [("PAGE",)], size=9)
    para(doc, "Inverallan Child Protection Committee", bold=True, size=16, align="center")
    para(doc, "Significant Case Review", size=14, align="center")
    para(doc, "Child E (‘Ellie’)", size=14, align="center")
    para(
        doc,
        "Lead reviewer: Fiona Rattray-McLeish    |    Approved by the CPC and Chief Officers’ Group: 19 March 2024",
        size=9.5,
        align="center",
    )
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "Ellie was two years old when she died on 23 January 2022 from injuries inflicted by her mother’s partner. "
        "The Child Protection Committee decided in March 2022 that the case met the criteria for a Significant "
        "Case Review, following an Initial Case Review.",
    )
    numbered(
        doc,
        "1.2",
        "The review covers the period from Kirsty’s booking appointment in April 2021 to Ellie’s death. The lead "
        "reviewer read the records of five services and met the practitioners involved in two learning events.",
    )
    heading(doc, "2. Key events", 2)
    para(
        doc,
        "The events below are those the review team judged most significant. Dates are taken from the "
        "services’ records; where a record gives no exact date, the month is given.",
        italic=True,
        size=10,
    )
    for date, text in EVENTS3:
        p = doc.add_paragraph()
        r = p.add_run(f"{date} – ")
        r.bold = True
        p.add_run(text)
    heading(doc, "3. Analysis", 2)
    numbered(
        doc,
        "3.1",
        "Each service held a small part of the picture. None of them was in itself a clear sign that Ellie was at "
        "risk, and no service had a reason to look at what the others knew.",
    )
    numbered(
        doc,
        "3.2",
        "Mr Dunn was present at almost every contact after June 2021. Nobody spoke to Kirsty alone after that "
        "date, and nobody asked about him.",
    )
    heading(doc, "4. Key learning", 2)
    numbered(doc, "4.1", "A call from a neighbour is information about a child, not only about noise.")
    numbered(
        doc, "4.2", "A young child who stops attending nursery may be a child who has stopped being seen."
    )
    heading(doc, "5. Recommendations", 2)
    numbered(
        doc,
        "5.1",
        "The review makes four recommendations to the Child Protection Committee and its member services. The "
        "Committee accepted them all in March 2024.",
    )
    for ref, text in RECS3:
        numbered(doc, ref, text)
    numbered(
        doc,
        "5.6",
        "The Committee will oversee an improvement plan for these recommendations (Appendix 1) and will report "
        "progress to the Chief Officers’ Group twice a year.",
    )
    page_break(doc)
    heading(doc, "Appendix 1: CPC improvement plan (progress at 30 September 2025)", 2)
    w = [1.4, 5.0, 3.6, 2.2, 4.6]
    t = make_table(
        doc,
        ["Rec.", "Improvement action", "Lead", "Timescale", "Progress"],
        w,
        header_fill="E2E2E2",
        size=9.5,
    )
    for rec, action, lead, when, progress in PLAN3:
        add_row(t, [rec, action, lead, when, progress], w, size=9.5)
    para(doc, "")
    para(doc, "Next progress report to the Chief Officers’ Group: March 2026.", size=9.5, italic=True)
    save(doc, S3)


# ============ 4. SAR overview extract: Date | Source | Event | Comment chronology, mixed dates; bullet recs
S4 = "sar_overview_extract_chron_table_date_source_event_comment_mixed_date_forms_w_c_month_dotted_late_range_rows_over_page_break_recs_unnumbered_bullets_no_plan_urw_gothic_layout_kestlemoor"
CHRON4 = [
    (
        "03/01/23",
        "GP",
        "Albert seen at the surgery for a review of his heart medicines. He said he was managing at home "
        "and that his son visited at weekends.",
        "No concerns recorded about the home.",
    ),
    (
        "w/c 16 January 2023",
        "KFRS",
        "Home fire safety visit after a referral from the GP practice. Firefighters "
        "noted that the front room was full of stacked newspapers and that two heaters were in use.",
        "Referral to ASC made the same week.",
    ),
    (
        "February 2023",
        "ASC",
        "The referral was screened and placed on the waiting list for a Care Act assessment.",
        "",
    ),
    (
        "07.03.2023",
        "Ambulance",
        "Albert was found on the kitchen floor by his son after a fall. He declined to go to "
        "hospital and signed a refusal form.",
        "Mental capacity not formally assessed.",
    ),
    (
        "Late March 2023",
        "ASC",
        "Social worker visited. Albert refused help with cleaning and said he did not want "
        "strangers in the house.",
        "Case closed as ‘declined services’.",
    ),
    (
        "12 April 2023",
        "GP",
        "Son telephoned the surgery to say his father was not eating. A home visit was "
        "offered for the following week.",
        "",
    ),
    (
        "20/04/2023",
        "GP",
        "Home visit. Albert had lost weight and had a pressure sore on his heel. District nurses "
        "asked to visit.",
        "No safeguarding concern raised.",
    ),
    (
        "2–3 May 2023",
        "Community Health",
        "District nurses visited on two consecutive days; the second time Albert did not answer the door.",
        "No escalation recorded.",
    ),
    (
        "09/05/2023",
        "Ambulance",
        "Son found Albert unresponsive on the floor of the front room. He was taken to "
        "Kestlemoor General Hospital.",
        "",
    ),
    (
        "18 May 2023",
        "Hospital",
        "Albert died in hospital from pneumonia and complications of a fractured hip.",
        "The Board was notified on 24 May 2023.",
    ),
]
RECS4 = [
    "Kestlemoor Adult Social Care should stop closing cases as ‘declined services’ where a person who is "
    "self-neglecting refuses help, unless a capacity assessment has been recorded and a named worker has agreed "
    "a plan to stay in touch.",
    "Kestlemoor Fire and Rescue Service and Adult Social Care should agree a joint visit within ten working days "
    "for any fire safety referral that mentions hoarding.",
    "Saxmoor Ambulance Service should remind crews that a patient who refuses to go to hospital after a fall "
    "should have their decision-making assessed and recorded, and that a safeguarding concern should be "
    "considered.",
    "Kestlemoor Community Health Services should make sure that district nurses escalate to a team leader on the "
    "same day when a patient with a pressure sore does not answer the door.",
    "Kestlemoor Safeguarding Adults Board should refresh its self-neglect and hoarding procedure and check, "
    "through a multi-agency audit within a year, that it is being used.",
]


def doc4():
    doc = word_doc(
        "URW Gothic",
        9.5,
        "Kestlemoor Safeguarding Adults Board  |  Safeguarding Adults Review: ‘Albert’",
        margins=(2.0, 2.0, 2.0, 2.0),
        head_align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    sec = doc.sections[0]
    footer(sec, ["SAR ‘Albert’ – overview report – extract – ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Safeguarding Adults Review: ‘Albert’", bold=True, size=15)
    para(doc, "Overview report (extract: sections 2, 3 and 6)", size=11)
    para(doc, "Independent reviewer: Bernadette Oyelaran-Hythe", size=9.5)
    heading(doc, "2. Albert", 2)
    numbered(
        doc,
        "2.1",
        "Albert had worked for forty years as a printer at the town’s newspaper and kept copies of every edition "
        "he had helped to print. After his wife died in 2019 he stopped inviting people into the house.",
    )
    numbered(
        doc,
        "2.2",
        "His son described him as proud, funny and stubborn. He did not want to be ‘a burden’ and was wary of "
        "social workers after a bad experience when his wife was ill.",
    )
    numbered(
        doc,
        "2.3",
        "Albert had heart failure and arthritis in both knees. He walked with a stick and had fallen at least "
        "twice in 2022, neither time reported to his GP.",
    )
    numbered(
        doc,
        "2.4",
        "The Board decided in July 2023 that the criteria for a Safeguarding Adults Review under section 44 of "
        "the Care Act 2014 were met. The review looked at the period from 1 January 2023 to Albert’s death.",
    )
    numbered(
        doc,
        "2.5",
        "Six agencies provided chronologies and short reports. The reviewer met Albert’s son twice and held one "
        "practitioner event in October 2023, attended by fourteen staff from five agencies.",
    )
    numbered(
        doc,
        "2.6",
        "The son asked that the review should say how much his father loved the house and why he did not want "
        "to leave it. The reviewer has tried to do this in what follows.",
    )
    heading(doc, "3. What happened", 2)
    numbered(
        doc,
        "3.1",
        "Albert was 84 and lived alone in the house where he had lived for fifty years. His son visited most "
        "weekends. In the last five months of his life several services saw that his home had become unsafe and "
        "that he was not looking after himself.",
    )
    numbered(
        doc,
        "3.2",
        "The table below sets out the main contacts with services. Sources: GP – Pinfold Street Surgery; KFRS – "
        "Kestlemoor Fire and Rescue Service; ASC – Kestlemoor Adult Social Care; Ambulance – Saxmoor Ambulance "
        "Service; Community Health – Kestlemoor Community Health Services; Hospital – Kestlemoor General Hospital.",
    )
    w = [2.6, 2.4, 7.0, 5.0]
    t = make_table(doc, ["Date", "Source", "Event", "Comment"], w, header_fill="D5E3CF", size=9)
    for row in CHRON4:
        add_row(t, list(row), w, size=9)
    para(doc, "")
    numbered(
        doc,
        "3.3",
        "Albert’s son told the reviewer that his father ‘would have said no to anyone’, but that he had liked the "
        "firefighters and talked about their visit for weeks afterwards.",
    )
    heading(doc, "6. Recommendations", 2)
    numbered(
        doc,
        "6.1",
        "The reviewer has drawn the learning together under three themes: self-neglect and refusal of help, "
        "hoarding and fire risk, and escalation when a person cannot be reached. The Board is asked to accept "
        "the following recommendations:",
    )
    for text in RECS4:
        bullet(doc, text)
    numbered(
        doc,
        "6.2",
        "The Board accepted the recommendations at its meeting on 11 January 2024 and will publish its action "
        "plan separately.",
    )
    save(doc, S4)


# ============ 5. SAB SAR action plan progress report: recommendation rows above numbered action rows
S5 = "sab_sar_plan_progress_report_bold_shaded_rec_rows_above_n_n_action_rows_one_table_complete_partially_complete_outstanding_dd_mon_yyyy_and_mon_yyyy_due_over_page_break_nimbus_sans_narrow_pellowmouth"
PLAN5 = [
    (
        "1",
        "Recommendation 1: Pellowmouth SAB should make sure that agencies know how to use the multi-agency risk "
        "management process for adults who are at high risk but do not meet the criteria for a section 42 enquiry.",
        [
            (
                "1.1",
                "Relaunch the risk management protocol with a short guide and a recorded briefing",
                "SAB Business Manager",
                "31 Mar 2025",
                "Guide published 03/03/2025; briefing recorded and viewed 212 times.",
                "Complete",
            ),
            (
                "1.2",
                "Report the number of risk management meetings held to each SAB meeting",
                "SAB Business Manager",
                "Jun 2025",
                "Figures reported in June and September; numbers are low in two localities.",
                "Partially complete",
            ),
        ],
    ),
    (
        "2",
        "Recommendation 2: Pellowmouth Council Adult Social Care should review how it responds to repeated "
        "safeguarding concerns about the same person, so that the third concern in six months triggers a "
        "multi-agency discussion.",
        [
            (
                "2.1",
                "Change the front door screening guidance to include the repeat concern rule",
                "Principal Social Worker, Pellowmouth Council",
                "30 Apr 2025",
                "Guidance changed and in use from 01/04/2025.",
                "Complete",
            ),
            (
                "2.2",
                "Audit repeat concerns received in the first six months after the change",
                "Principal Social Worker, Pellowmouth Council",
                "Dec 2025",
                "Audit planned for January 2026 because of staff absence.",
                "Outstanding",
            ),
        ],
    ),
    (
        "3",
        "Recommendation 3: Pellowmouth Community Health should make sure that community nurses record and "
        "escalate missed visits to adults who live alone and have no other contact with services.",
        [
            (
                "3.1",
                "Add a missed visit escalation step to the community nursing standard operating procedure",
                "Head of Safeguarding, Pellowmouth Community Health",
                "31 May 2025",
                "Procedure updated and approved by the nursing board on 20/05/2025.",
                "Complete",
            ),
            (
                "3.2",
                "Spot check 30 records of missed visits each quarter",
                "Head of Safeguarding, Pellowmouth Community Health",
                "Mar 2026",
                "Two quarters checked; 24 of 30 and 27 of 30 fully escalated.",
                "Partially complete",
            ),
            (
                "3.3",
                "Include the learning from this review in nursing induction",
                "Practice Educator, Pellowmouth Community Health",
                "30 Sep 2025",
                "Included in the induction pack from September 2025.",
                "Complete",
            ),
        ],
    ),
    (
        "4",
        "Recommendation 4: Coastway Housing Association should make sure that its neighbourhood officers know "
        "how to raise a safeguarding concern when a tenant’s home shows signs of self-neglect.",
        [
            (
                "4.1",
                "Deliver self-neglect awareness training to all neighbourhood officers",
                "Director of Housing Services, Coastway Housing Association",
                "31 Jul 2025",
                "Training delivered to 38 of 41 officers.",
                "Partially complete",
            ),
            (
                "4.2",
                "Agree a named safeguarding contact in the council for housing officers",
                "Director of Housing Services, Coastway Housing Association",
                "Sep 2025",
                "No named contact agreed yet.",
                "Outstanding",
            ),
        ],
    ),
    (
        "5",
        "Recommendation 5: Pellowmouth SAB should write to the Department of Health and Social Care asking it to "
        "consider national guidance on the use of multi-agency risk management meetings for adults who self-neglect.",
        [
            (
                "5.1",
                "Letter from the SAB Independent Chair to the Department of Health and Social Care",
                "SAB Independent Chair",
                "31 Jan 2025",
                "Letter sent 15/01/2025; reply received 10/03/2025 and shared with the Board.",
                "Complete",
            ),
        ],
    ),
]
W5 = [1.2, 6.0, 3.4, 1.9, 4.1, 2.0]


def doc5():
    doc = word_doc(
        "Nimbus Sans Narrow",
        10,
        "Pellowmouth Safeguarding Adults Board",
        margins=(1.8, 1.8, 2.6, 2.6),
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    sec = doc.sections[0]
    footer(
        sec,
        ["SAR ‘Marcus’ (PSAB-SAR-2023-02) – action plan progress report – March 2026 – ", ("PAGE",)],
        size=8,
    )
    para(doc, "Safeguarding Adults Review ‘Marcus’", bold=True, size=15)
    para(doc, "Action plan: progress report to the Board, March 2026", size=12)
    para(doc, "Background", bold=True, size=11)
    para(
        doc,
        "Marcus lived alone in a ground floor flat rented from Coastway Housing Association. Over the last two "
        "years of his life six safeguarding concerns were raised about him by his neighbours, his housing "
        "officer and the ambulance service. Each was closed after a single contact. He was found dead in his "
        "flat in August 2023; he had not been seen by any service for five weeks.",
        size=10,
    )
    para(
        doc,
        "The review found that agencies treated each concern as a new event, that the Board’s risk management "
        "protocol was little known and little used, and that missed visits by community nurses were not "
        "escalated. It made five recommendations, all accepted by the Board.",
        size=10,
    )
    para(
        doc,
        "Since the last report in September 2025 two further actions have been completed. The two outstanding "
        "actions are both late; the Board’s Performance and Quality Subgroup has asked the leads for a revised "
        "date and will report back at the next meeting.",
        size=10,
    )
    para(doc, "How to read this plan", bold=True, size=11)
    para(
        doc,
        "The Board published the review of the death of Marcus, a man of 52 who died at home in 2023, in November "
        "2024 together with this plan. Each recommendation is shown in a shaded row; the actions agreed for it "
        "follow, numbered under it. Leads updated the plan in February 2026. Status: Complete – action finished "
        "and evidence seen by the Board; Partially complete – some of the action done; Outstanding – not yet "
        "done.",
        size=9.5,
    )
    hdr = ["Ref", "Recommendation / action", "Lead", "Due", "Update (February 2026)", "Status"]
    t = make_table(doc, hdr, W5, header_fill="BFBFBF", size=10)
    fills = {"Complete": "C6E0B4", "Partially complete": "FFE699", "Outstanding": "F8CBAD"}
    for ref, rec, actions in PLAN5:
        band_row(t, ref, rec, "DDEBF7", 10, len(hdr))
        for num, action, lead, due, update, status in actions:
            add_row(t, [num, action, lead, due, update, status], W5, size=10, fills={5: fills[status]})
    para(doc, "")
    para(doc, "Summary: 10 actions – 5 complete, 3 partially complete, 2 outstanding.", bold=True, size=9.5)
    para(doc, "The Board will receive the next progress report in September 2026.", size=9.5)
    save(doc, S5)


def main():
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()


if __name__ == "__main__":
    main()
