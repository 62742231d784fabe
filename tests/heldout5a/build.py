#!/usr/bin/env python3
"""Build the heldout5a blind documents: <stem>.docx -> <stem>.pdf -> <stem>.txt.

All people, places and organisations are fictional. Run from the repository root:
    python tests/heldout5a/build.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- helpers
def new_doc(running_head: str | None, footer_prefix: str = "Page ", of_total: bool = True, font="Arial"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    if running_head:
        hp = sec.header.paragraphs[0]
        hp.text = running_head
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(footer_prefix)
    add_field(fp, "PAGE")
    if of_total:
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES")
    doc._fn = None
    doc._lists = 0
    return doc


def add_field(par, instr):
    run = par.add_run()
    r = run._r
    f1 = parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>')
    it = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>')
    f2 = parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>')
    t = parse_xml(f"<w:t {nsdecls('w')}>1</w:t>")
    f3 = parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>')
    for el in (f1, it, f2, t, f3):
        r.append(el)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def center(doc, text, size=12, bold=False, space=6):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    p.paragraph_format.space_after = Pt(space)
    return p


def heading(doc, text, level=1):
    h = doc.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def para(doc, text, num=None, bold_lead=None, style=None, italic=False, indent=None):
    p = doc.add_paragraph(style=style)
    if num:
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        p.add_run(f"{num}\t")
    elif indent:
        p.paragraph_format.left_indent = Cm(indent)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    p.paragraph_format.space_after = Pt(6)
    return p


def contents(doc, entries, title="Contents"):
    heading(doc, title, 1)
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin
    for text, page in entries:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
        p.paragraph_format.space_after = Pt(2)


def new_list(doc, fmt="decimal", text="%1.", start=1):
    """Create a fresh abstractNum + num (real Word numbering); return numId."""
    numbering = doc.part.numbering_part.element
    doc._lists += 1
    aid = 900 + doc._lists
    nid = 900 + doc._lists
    absxml = (
        f'<w:abstractNum {W_NS} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    ab = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def list_item(doc, numid, text, bold_lead=None):
    p = doc.add_paragraph(style="List Paragraph")
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'))
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullet(doc, text):
    p = doc.add_paragraph(text, style="List Bullet")
    p.paragraph_format.space_after = Pt(3)
    return p


def _footnotes_part(doc):
    if doc._fn is not None:
        return doc._fn
    xml = (
        f"<w:footnotes {W_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc._fn = {"part": part, "items": [], "n": 0}
    return doc._fn


def footnote(doc, par, text):
    fn = _footnotes_part(doc)
    fn["n"] += 1
    n = fn["n"]
    fn["items"].append(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
    )
    par._p.append(
        parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
        )
    )


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def finish_footnotes(doc):
    fn = doc._fn
    if not fn:
        return
    head = fn["part"].blob.decode()
    body = head.replace("</w:footnotes>", "".join(fn["items"]) + "</w:footnotes>")
    fn["part"]._blob = body.encode()


def table(doc, header, rows, widths=None, font=9, repeat=True, style="Table Grid", bold_first_col=False):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(font)
        c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9E2F3"/>'))
    if repeat:
        trPr = hdr._tr.get_or_add_trPr()
        trPr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = ""
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                p = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(font)
                if bold_first_col and i == 0:
                    r.bold = True
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def landscape_section(doc):
    from docx.enum.section import WD_SECTION

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    sec.different_first_page_header_footer = False
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    w, h = sec.page_width, sec.page_height
    if w > h:
        sec.page_width, sec.page_height = h, w
    return sec


def save_and_convert(doc, stem, layout=False):
    finish_footnotes(doc)
    docx_path = HERE / f"{stem}.docx"
    doc.save(docx_path)
    for _attempt in range(3):
        rc = subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file:///tmp/heldout5a_lo_profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(HERE),
                str(docx_path),
            ],
            stdout=subprocess.DEVNULL,
        ).returncode
        if rc == 0:
            break
    else:
        raise SystemExit(f"soffice failed for {stem}")
    args = (
        ["pdftotext"]
        + (["-layout"] if layout else [])
        + [str(HERE / f"{stem}.pdf"), str(HERE / f"{stem}.txt")]
    )
    subprocess.run(args, check=True)
    print("built", stem)


BUILDERS = {}


def builder(fn):
    BUILDERS[fn.__name__.replace("build_", "h5_")] = fn
    return fn


# ---------------------------------------------------------------- 1. DHR overview report
@builder
def build_dhr_overview_footnotes():
    doc = new_doc("OFFICIAL – SENSITIVE | DHR Elena | Hollinsford CSP")
    center(doc, "Hollinsford Community Safety Partnership", 16, True, 24)
    center(doc, "DOMESTIC HOMICIDE REVIEW", 20, True, 12)
    center(doc, "Overview Report", 16, False, 24)
    center(doc, "Into the death of Elena", 14, True)
    center(doc, "who died in March 2022", 12, False, 36)
    center(doc, "Review reference: HCSP-DHR-2022-02", 11)
    center(doc, "Independent Chair and Author: Dr Ruth Amberley-Hale", 11)
    center(doc, "Report completed: 30 June 2023", 11)
    page_break(doc)

    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Timescales and confidentiality", 3),
            ("3. Terms of reference", 3),
            ("4. Involvement of family and friends", 4),
            ("5. Chronology", 5),
            ("6. Analysis", 6),
            ("7. Equality and diversity", 6),
            ("8. Good practice", 6),
            ("9. Conclusions and recommendations", 7),
        ],
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    p = para(
        doc,
        "This report examines the contact that local agencies had with Elena, a woman of 38 who lived in "
        "Hollinsford, and with Dominic, her partner of four years, before Elena was killed at her home in March 2022.",
        "1.1",
    )
    footnote(
        doc,
        p,
        "Elena and Dominic are pseudonyms chosen with Elena's sister. Other family members are referred to by their relationship to Elena.",
    )
    para(
        doc,
        "Dominic was convicted of Elena's murder at Crown Court in October 2022 and was sentenced to life "
        "imprisonment with a minimum term of 19 years.",
        "1.2",
    )
    para(
        doc,
        "The Review Panel offers its sincere condolences to Elena's children, her sister, her mother and the friends who "
        "spoke to the Chair. Elena was described to us as warm, funny and fiercely loyal; she worked for many years as a "
        "teaching assistant and was known in her neighbourhood for organising the summer street party.",
        "1.3",
    )
    p = para(
        doc,
        "The Review was commissioned by Hollinsford Community Safety Partnership under section 9 of the Domestic "
        "Violence, Crime and Victims Act 2004 and was conducted in line with the statutory guidance.",
        "1.4",
    )
    footnote(
        doc,
        p,
        "Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews, Home Office (revised 2016).",
    )

    heading(doc, "2. Timescales and confidentiality", 1)
    para(
        doc,
        "The Partnership decided on 11 April 2022 that the criteria for a review were met. The Panel met six times "
        "between June 2022 and May 2023. The Review was delayed while the criminal trial concluded.",
        "2.1",
    )
    para(
        doc,
        "The findings of the Review are confidential until the report is approved for publication by the Home Office "
        "Quality Assurance Panel. Information was shared only with Panel members and the contributing agencies.",
        "2.2",
    )

    heading(doc, "3. Terms of reference", 1)
    para(
        doc,
        "The Review considered agency contact from 1 January 2017, shortly before Elena and Dominic met, until "
        "Elena's death. Agencies were asked to summarise any relevant contact before that date.",
        "3.1",
    )
    para(doc, "The key lines of enquiry were:", "3.2")
    for b in [
        "whether agencies recognised and responded to coercive and controlling behaviour;",
        "how risk was assessed after each reported incident, and whether referrals to MARAC were considered;",
        "how Dominic's alcohol use and mental health were understood by the agencies working with him;",
        "whether Elena's children were considered and their voices heard.",
    ]:
        bullet(doc, b)
    para(
        doc,
        "Individual Management Reviews (IMRs) were provided by Wessex Downs Police, Millrace Surgery, Northmoor "
        "Healthcare NHS Foundation Trust (mental health services), Hollinsford Borough Council Housing Service, "
        "Hollinsford Children's Services and Harbour Lights Domestic Abuse Service.",
        "3.3",
    )

    heading(doc, "4. Involvement of family and friends", 1)
    p = para(
        doc,
        "The Chair wrote to Elena's mother, sister and two close friends. Elena's sister met the Chair three times "
        "and read the draft report. Dominic declined to take part.",
        "4.1",
    )
    footnote(
        doc,
        p,
        "Family members were offered the support of an advocate from a national charity for families bereaved by homicide.",
    )
    para(
        doc,
        "Elena's sister told the Review that in the last year of her life Elena had stopped seeing friends, that "
        'Dominic checked her phone, and that Elena had once said she was "walking on eggshells all the time".',
        "4.2",
    )
    page_break(doc)

    heading(doc, "5. Chronology", 1)
    para(
        doc,
        "This section summarises the most significant contact agencies had with Elena and Dominic. It is drawn from "
        "the IMRs, the combined chronology and conversations with Elena's family. Not every contact is recorded here.",
        "5.1",
    )
    heading(doc, "2017 to 2019: the early relationship", 2)
    para(
        doc,
        "In the summer of 2017 Elena met Dominic through a mutual friend. Her sister recalled that he was attentive at "
        "first and that within months he had moved into Elena's rented home with her two children.",
        "5.2",
    )
    para(
        doc,
        "On 4 February 2019 police were called by a neighbour who reported shouting from the address. Officers spoke "
        "to both adults separately. Elena said there had been an argument about money; no offences were disclosed. A "
        "DASH risk assessment was completed and graded standard.",
        "5.3",
    )
    p = para(
        doc,
        "Between April and June 2019 Dominic attended Millrace Surgery four times with low mood and disturbed "
        'sleep. He told the GP he was drinking "a bit more than he should". He was prescribed an antidepressant and '
        "given details of the local alcohol service; there is no record that he contacted it.",
        "5.4",
    )
    footnote(doc, p, "The surgery's records show the AUDIT-C tool was not used at any of these appointments.")
    heading(doc, "2020: the pandemic period", 2)
    para(
        doc,
        "On 28 March 2020, during the first national lockdown, Elena called the police to say that Dominic had pushed her "
        "against a door. Officers attended, Dominic was arrested and a DASH risk assessment was graded medium. Elena did not "
        "support a prosecution and Dominic was released with no further action.",
        "5.5",
    )
    para(
        doc,
        "Two days later a referral was made to Harbour Lights Domestic Abuse Service. An outreach worker tried to "
        "call Elena three times. When contact was made Elena said she was safe and did not want support. The case was "
        "closed on 14 April 2020.",
        "5.6",
    )
    para(
        doc,
        'In September 2020 Elena\'s younger child told a teacher that "mummy and Dominic fight at night". The school '
        "made a referral to Hollinsford Children's Services. A social worker visited the family home; Elena said the "
        "relationship had improved and the referral was closed with advice.",
        "5.7",
    )
    heading(doc, "2021 to March 2022", 2)
    para(
        doc,
        "In early January 2021 Dominic was referred by his GP to the community mental health team after he disclosed "
        "thoughts of ending his life. He was assessed on 19 January 2021 and offered a course of talking therapy, which he "
        "attended twice.",
        "5.8",
    )
    p = para(
        doc,
        "On 6 July 2021 Elena applied to the Housing Service to be rehoused, giving overcrowding as the reason. In "
        'answer to a question on the form she ticked "yes" to being afraid of someone in her household, but this was '
        "not followed up.",
        "5.9",
    )
    footnote(
        doc,
        p,
        "The Housing Service has since changed its online form so that a positive answer to this question creates a task for a housing officer.",
    )
    para(
        doc,
        "During the autumn of 2021 Elena's friends noticed that she had stopped coming to the school gate and rarely "
        'answered messages. Her sister said Elena told her that Dominic had taken her bank card "to stop her wasting money".',
        "5.10",
    )
    para(
        doc,
        "On 23 December 2021 police attended after Elena reported that Dominic had thrown a glass at her. Elena had "
        "a cut to her hand. The DASH assessment was graded medium; officers did not record that this was the third "
        "reported incident. Dominic was arrested, interviewed and released on bail with conditions not to contact Elena.",
        "5.11",
    )
    para(
        doc,
        "Within a fortnight Dominic was living at the address again. Neither the police nor any other agency "
        "knew this at the time.",
        "5.12",
    )
    para(
        doc,
        "On 9 February 2022 the Crown Prosecution Service advised no further action because Elena had withdrawn her "
        "statement. The bail conditions lapsed.",
        "5.13",
    )
    para(
        doc,
        "On the evening of 16 March 2022 a neighbour heard screaming and called the police. Officers found Elena "
        "with serious injuries; she died in hospital in the early hours of 17 March 2022. Dominic was arrested at the scene.",
        "5.14",
    )

    heading(doc, "6. Analysis", 1)
    para(
        doc,
        "Each of the three police call-outs was treated as a separate incident. The Panel considers that the history "
        "held on police systems should have raised the risk grading in December 2021 and prompted a referral to MARAC "
        "on the grounds of escalation.",
        "6.1",
    )
    para(
        doc,
        "Professionals in health, housing and children's services each saw part of Elena's situation. No agency "
        "asked Elena directly, and alone, whether she was frightened of Dominic. The Panel has found that the "
        "opportunity created by the housing form in July 2021 was missed.",
        "6.2",
    )
    p = para(
        doc,
        "Dominic's drinking and low mood were treated as his own health needs. Nobody asked how they affected the "
        "people he lived with, or whether he posed a risk to them.",
        "6.3",
    )
    footnote(
        doc,
        p,
        "See, for example, research on the links between perpetrator suicidality and domestic homicide risk.",
    )
    para(
        doc,
        "Harbour Lights closed the case after limited attempts at contact, in line with its policy at the time. The "
        "service has since adopted a persistent contact model.",
        "6.4",
    )

    heading(doc, "7. Equality and diversity", 1)
    para(
        doc,
        "The Panel considered the protected characteristics under the Equality Act 2010. Elena's sex is relevant: "
        "the great majority of domestic homicide victims are women killed by male partners.",
        "7.1",
    )
    heading(doc, "8. Good practice", 1)
    para(
        doc,
        "The Panel noted that the school responded quickly to the child's disclosure, and that the police officers who "
        "attended in March 2020 spoke to Elena away from Dominic.",
        "8.1",
    )
    page_break(doc)

    heading(doc, "9. Conclusions and recommendations", 1)
    para(
        doc,
        "Elena's death was not predictable on the information held by any single agency, but the Panel concludes that "
        "the pattern of escalating abuse was visible if the information had been brought together.",
        "9.1",
    )
    para(
        doc,
        "The Panel identified four lessons: the need to see incidents as a pattern; the importance of asking about "
        "domestic abuse in every setting; the need to consider the risk posed by people who are themselves in crisis; "
        "and the value of persistent, flexible contact with victims who decline support at first.",
        "9.2",
    )
    para(
        doc,
        "Agencies have already acted on several of these lessons, as noted in their IMRs. The Panel makes the "
        "following recommendations for the Partnership and its member agencies:",
        "9.3",
    )
    nid = new_list(doc, "decimal", "%1.")
    list_item(
        doc,
        nid,
        "Hollinsford Community Safety Partnership should commission multi-agency training on coercive and "
        "controlling behaviour that includes how to recognise patterns of escalating abuse across repeated incidents.",
    )
    list_item(
        doc,
        nid,
        "Wessex Downs Police should ensure that officers completing a DASH risk assessment review all previous "
        "domestic abuse incidents linked to either party, and that repeat incidents are considered for referral to MARAC.",
    )
    list_item(
        doc,
        nid,
        "The Partnership should work with the Integrated Care Board to promote routine enquiry about domestic "
        "abuse in GP practices, including when a patient presents with alcohol misuse or low mood.",
    )
    list_item(
        doc,
        nid,
        "Hollinsford Borough Council Housing Service should make sure that any disclosure of fear of a "
        "household member on a housing application is followed up by a trained officer within five working days.",
    )
    list_item(
        doc,
        nid,
        "Northmoor Healthcare NHS Foundation Trust should update its assessment guidance so that clinicians "
        "assessing a patient with suicidal thoughts also ask about their intimate relationships and any risk they pose to others.",
    )
    list_item(
        doc,
        nid,
        "The Partnership should seek assurance from the police and the Crown Prosecution Service that, where a "
        "victim withdraws support for a prosecution, the case is reviewed for an evidence-led prosecution and the victim "
        "is referred to specialist support.",
    )
    para(
        doc,
        "The agencies that took part also made single agency recommendations in their IMRs. The Panel endorses them:",
        "9.4",
    )
    heading(doc, "Harbour Lights Domestic Abuse Service", 3)
    lid = new_list(doc, "lowerLetter", "%1)")
    list_item(
        doc,
        lid,
        "Harbour Lights will embed its persistent contact model, making at least five attempts over ten days "
        "using different methods before closing a referral.",
    )
    list_item(
        doc,
        lid,
        "Harbour Lights will audit a sample of closed referrals every six months to check that the model is followed.",
    )
    heading(doc, "Millrace Surgery", 3)
    lid = new_list(doc, "lowerLetter", "%1)")
    list_item(
        doc,
        lid,
        "All clinicians at the practice will complete domestic abuse awareness training, including how to ask "
        "about abuse when seeing a patient who may be a perpetrator.",
    )
    list_item(
        doc,
        lid,
        "The practice will use the AUDIT-C tool when a patient reports increased alcohol use and will record the result.",
    )
    heading(doc, "Hollinsford Children's Services", 3)
    lid = new_list(doc, "lowerLetter", "%1)")
    list_item(
        doc,
        lid,
        "Social workers will speak to children alone during assessments following a referral that mentions "
        "domestic abuse, and will record the child's words.",
    )
    para(
        doc,
        "The Partnership will monitor the action plan for these recommendations through its Domestic Abuse Strategic Board.",
        "9.5",
    )
    save_and_convert(doc, "h5_dhr_overview_footnotes")


# ---------------------------------------------------------------- 2. SAR: findings, R-numbered recs, board action plan
@builder
def build_sar_findings_plan():
    doc = new_doc("Wenlow Safeguarding Adults Board – SAR Arthur", footer_prefix="", of_total=False)
    center(doc, "Wenlow Safeguarding Adults Board", 16, True, 30)
    center(doc, "Safeguarding Adults Review", 22, True, 12)
    center(doc, "“Arthur”", 18, False, 30)
    center(doc, "A review concerning self-neglect, hoarding and fire risk", 12, False, 40)
    center(doc, "SAR reference: WSAB/SAR/23/01", 11)
    center(doc, "Independent Reviewer: Sunita Marchbank", 11)
    center(doc, "Published: September 2024", 11)
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Arthur was a 67 year old man who lived alone in a ground floor flat owned by Greenway Homes, a housing "
        "association. He died on 2 February 2023 following a fire at his home. The Coroner has recorded that the fire "
        "was accidental and was most likely caused by a cigarette.",
        "1.1",
    )
    para(
        doc,
        "Wenlow Safeguarding Adults Board agreed in April 2023 that the case met the criteria for a Safeguarding "
        "Adults Review under section 44 of the Care Act 2014, because Arthur had care and support needs, he died as a result "
        "of self-neglect, and there was concern that agencies could have worked together more effectively.",
        "1.2",
    )
    para(
        doc,
        "The review used a learning-together approach. Agencies provided chronologies and short reports, and "
        "practitioners and managers attended two reflective workshops in November 2023.",
        "1.3",
    )
    para(
        doc,
        "Arthur's niece, his only close relative, spoke with the reviewer. She described him as a gentle, private "
        "man who had been a skilled carpenter and who never recovered from the death of his wife in 2015.",
        "1.4",
    )

    heading(doc, "2. Summary of agency involvement", 1)
    para(
        doc,
        "From 2019 Arthur's GP recorded worsening chronic obstructive pulmonary disease, continued heavy smoking and "
        "home oxygen therapy, which was prescribed in January 2021. District nurses visited to dress leg ulcers and "
        'described the flat as "cluttered, with narrow pathways between piles of papers".',
        "2.1",
    )
    para(
        doc,
        "Greenway Homes completed a tenancy visit in the spring of 2021 and raised a safeguarding concern about hoarding "
        "with Adult Social Care. A social worker visited, found that Arthur had capacity to decide how to live, and closed "
        "the concern after he declined help.",
        "2.2",
    )
    para(
        doc,
        "Wenlow Fire and Rescue Service carried out a Safe and Well visit in October 2021 after a referral from the "
        "oxygen supplier. Smoke alarms were fitted and fire-retardant bedding was offered, which Arthur declined. No "
        "multi-agency meeting was held.",
        "2.3",
    )
    para(
        doc,
        "In 2022 there were two further safeguarding concerns, one from the ambulance service after a fall and one "
        "from the district nurses. Both were closed at the triage stage because Arthur was known to have capacity.",
        "2.4",
    )

    heading(doc, "3. Findings", 1)
    heading(doc, "Finding 1: Mental capacity was assumed rather than assessed", 2)
    para(
        doc,
        'Practitioners repeatedly recorded that Arthur "has capacity" without a decision-specific assessment. The '
        "review found no assessment of his ability to understand and weigh the fire risk of smoking while using oxygen. "
        "Executive functioning was not considered, even though practitioners described him as agreeing to plans he did not "
        "then follow.",
        "3.1",
    )
    heading(doc, "Finding 2: Risk was held by single agencies", 2)
    para(
        doc,
        "Each agency knew part of the risk picture. The fire service did not know about the hoarding concerns, and "
        "Adult Social Care did not know that home oxygen had been prescribed. The Board's self-neglect procedure allows any "
        "agency to call a multi-agency risk meeting, but none was called.",
        "3.2",
    )
    heading(doc, "Finding 3: Repeat concerns were triaged in isolation", 2)
    para(
        doc,
        "Three safeguarding concerns in two years were each closed without reference to the previous ones. The "
        "triage process did not prompt staff to look at history, and the recording system did not show earlier "
        "concerns on the screen used at triage.",
        "3.3",
    )
    heading(doc, "Finding 4: The relationship was the intervention that worked best", 2)
    para(
        doc,
        "Arthur accepted help from the district nurse he had known for several years. Practitioners at the workshops "
        "reflected that a consistent, trusted worker might have been able to negotiate small changes, such as moving "
        "papers away from the oxygen concentrator.",
        "3.4",
    )
    heading(doc, "Finding 5: Fire risk was not understood by all partners", 2)
    para(
        doc,
        "Staff in housing and social care did not know how to recognise the combination of smoking, oxygen, "
        "limited mobility and hoarding as a very high fire risk, or how to refer for a Safe and Well visit.",
        "3.5",
    )

    heading(doc, "4. Recommendations", 1)
    para(
        doc,
        "The reviewer makes the following recommendations to Wenlow Safeguarding Adults Board. The Board's "
        "response and action plan are set out in Appendix 1.",
        "4.1",
    )
    recs = [
        (
            "R1",
            "The Board should seek assurance from partner agencies that mental capacity assessments in self-neglect "
            "cases are decision-specific, are repeated when risks change, and consider executive functioning.",
        ),
        (
            "R2",
            "The Board should provide multi-agency training on mental capacity and executive functioning for "
            "practitioners working with people who self-neglect.",
        ),
        (
            "R3",
            "The Board should review its self-neglect and hoarding procedure so that a multi-agency risk "
            "management meeting is convened whenever two or more agencies identify serious risk.",
        ),
        (
            "R4",
            "Adult Social Care should change its triage process and recording system so that previous safeguarding "
            "concerns about the same person are visible and considered before a concern is closed.",
        ),
        (
            "R5",
            "Wenlow Fire and Rescue Service, with the home oxygen supplier and the Integrated Care Board, should "
            "develop a joint protocol for sharing information about people who smoke while using home oxygen.",
        ),
        (
            "R6",
            "Greenway Homes and other housing providers in the Board area should train tenancy staff to recognise "
            "fire risk and to refer tenants for a Safe and Well visit.",
        ),
        (
            "R7",
            "The Board should write to the Department of Health and Social Care asking it to consider national "
            "guidance on the fire risks of home oxygen for people who continue to smoke.",
        ),
    ]
    for ref, text in recs:
        p = doc.add_paragraph()
        p.add_run(ref + "  ").bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(8)
    heading(doc, "5. Conclusion", 1)
    para(
        doc,
        "Arthur's death was a tragedy. Practitioners cared about him and respected his wishes, but the risks he faced "
        "were never brought together in one place. The Board is committed to making the changes set out above.",
        "5.1",
    )

    landscape_section(doc)
    heading(doc, "Appendix 1: Board action plan (agreed 12 March 2024)", 1)
    rows = [
        (
            "R1",
            "1.1",
            "Audit a sample of 20 self-neglect cases for the quality of capacity assessments",
            "Adult Social Care – Principal Social Worker",
            "30 September 2024",
            "Complete",
        ),
        (
            "R1",
            "1.2",
            "Report audit findings to the Quality and Performance Subgroup",
            "SAB Business Manager",
            "December 2024",
            "In progress",
        ),
        (
            "R2",
            "2.1",
            "Commission a half-day course on capacity and executive functioning",
            "SAB Learning and Development Subgroup",
            "Q2 2024/25",
            "Complete",
        ),
        (
            "R2",
            "2.2",
            "Publish a seven-minute briefing on this review",
            "SAB Business Manager",
            "May 2024",
            "Complete",
        ),
        (
            "R3",
            "3.1",
            "Revise the self-neglect and hoarding procedure and consult partners",
            "SAB Policy Subgroup",
            "31/10/2024",
            "In progress",
        ),
        (
            "R3",
            "3.2",
            "Launch the revised procedure with a practitioner webinar",
            "SAB Policy Subgroup",
            "January 2025",
            "Not started",
        ),
        (
            "R4",
            "4.1",
            "Add a history prompt to the safeguarding triage form",
            "Adult Social Care – Head of Safeguarding",
            "31/07/2024",
            "Complete",
        ),
        (
            "R4",
            "4.2",
            "Change the case management system to show previous concerns on the triage screen",
            "Adult Social Care – Systems Team",
            "March 2025",
            "In progress",
        ),
        (
            "R5",
            "5.1",
            "Agree a data sharing protocol with the home oxygen supplier",
            "Wenlow Fire and Rescue Service",
            "September 2024",
            "In progress",
        ),
        (
            "R5",
            "5.2",
            "Add home oxygen users who smoke to the high-risk Safe and Well list",
            "Wenlow Fire and Rescue Service",
            "December 2024",
            "Not started",
        ),
        (
            "R6",
            "6.1",
            "Deliver fire risk awareness sessions to tenancy staff",
            "Greenway Homes",
            "30 November 2024",
            "In progress",
        ),
        (
            "R6",
            "6.2",
            "Share the session materials with other housing providers through the Housing Forum",
            "Wenlow Housing Forum",
            "Spring 2025",
            "Not started",
        ),
        (
            "R7",
            "7.1",
            "Board Chair to write to the Department of Health and Social Care",
            "Independent Chair, Wenlow SAB",
            "June 2024",
            "Complete – letter sent 3 June 2024",
        ),
    ]
    table(
        doc,
        ["Rec", "Action no.", "Action", "Lead", "Target date", "Status"],
        [list(r) for r in rows],
        widths=[1.4, 1.8, 9.0, 6.0, 3.4, 4.0],
        font=9,
    )
    para(doc, "Progress on the plan is reported to each meeting of the Board.")
    save_and_convert(doc, "h5_sar_findings_plan", layout=True)


def boxed(doc, title, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="EDEDED"/>'))
    c.text = ""
    c.paragraphs[0].add_run(title).bold = True
    c.add_paragraph(text)
    doc.add_paragraph()


# ---------------------------------------------------------------- 3. CSPR: learning points + key events table
@builder
def build_cspr_learning_points():
    doc = new_doc("Marshwick Safeguarding Children Partnership | LCSPR Child K")
    center(doc, "Marshwick Safeguarding Children Partnership", 15, True, 30)
    center(doc, "Local Child Safeguarding Practice Review", 20, True, 12)
    center(doc, "Child K", 18, True, 30)
    center(doc, "Lead Reviewer: Tomasz Whitcombe-Ellis", 11)
    center(doc, "Date of incident: 14 August 2022", 11)
    center(doc, "Final report: May 2023", 11)
    page_break(doc)

    heading(doc, "1. Why this review was carried out", 1)
    para(
        doc,
        "Child K was seven months old when he was taken to hospital by ambulance on 14 August 2022 with head injuries. "
        "He died two days later. His father has since been convicted of manslaughter.",
        "1.1",
    )
    para(
        doc,
        "The Marshwick Safeguarding Children Partnership completed a rapid review and notified the Child "
        "Safeguarding Practice Review Panel. The Partnership decided to carry out a local child safeguarding practice "
        "review because of the learning about how agencies understand the risks posed by fathers and other male "
        "carers who are not visible to services.",
        "1.2",
    )
    para(
        doc,
        "The review considered the period from the booking of Child K's mother for antenatal care in September "
        "2021 to 14 August 2022. Agencies completed reflective reports and practitioners took part in a learning event "
        "held in February 2023.",
        "1.3",
    )
    heading(doc, "2. Child K and his family", 1)
    para(
        doc,
        "Child K lived with his mother (aged 19), his father (aged 24) and his half-sister, who was three. The family "
        "rented a one-bedroom flat. Child K's mother described him as a smiley, contented baby who loved bath time.",
        "2.1",
    )
    para(
        doc,
        "Child K's father had a history of violence in a previous relationship, which was known to the police but not "
        "to health or children's services.",
        "2.2",
    )

    heading(doc, "3. Key events", 1)
    para(doc, "The table below sets out the main events considered by the review, in date order.", "3.1")
    rows = [
        (
            "Sept 2021",
            "Maternity",
            "Mother booked for antenatal care at 12 weeks. Routine enquiry about domestic abuse was made with the father present in the room; mother said there were no concerns.",
        ),
        (
            "02.11.21",
            "Police",
            "Police attended a report of a verbal argument in the street between the parents. No offences; a domestic abuse risk assessment was graded standard. No notification was made to health.",
        ),
        (
            "w/c 10 January 2022",
            "Health visiting",
            "Antenatal contact by the health visitor at home. Father answered the door and stayed throughout. The health visitor noted the flat was crowded.",
        ),
        (
            "19/01/2022",
            "Early Help",
            "Mother referred herself for help with housing and debt. An early help worker was allocated and visited twice; father was not seen.",
        ),
        (
            "Early February 2022",
            "Maternity",
            "Child K born at 39 weeks. The discharge summary records 'father supportive'.",
        ),
        (
            "Late March 2022",
            "GP",
            "Mother attended with low mood and was prescribed sertraline. She was seen with Child K; no enquiry was made about home circumstances.",
        ),
        (
            "11 May 2022",
            "Police",
            "Neighbour reported a man shouting and a baby crying at the address. Officers spoke to the father at the door, who said the baby was teething. Officers did not see the children.",
        ),
        (
            "Three weeks later",
            "Early Help",
            "The early help plan was closed as the family had moved up the housing list. The closure summary did not mention the father.",
        ),
        (
            "July 2022",
            "Health visiting",
            "Mother cancelled the 6-8 month review twice. A letter was sent offering a clinic appointment.",
        ),
        (
            "14 August 2022",
            "Ambulance / Hospital",
            "Father called an ambulance saying Child K had stopped breathing. Child K was found to have serious head injuries.",
        ),
    ]
    table(doc, ["Date", "Agency", "Event"], [list(r) for r in rows], widths=[3.2, 3.2, 10.0], font=9)

    heading(doc, "4. Analysis and learning", 1)
    heading(doc, "4.1 Seeing the whole household", 2)
    para(
        doc,
        "Most practitioners worked with Child K's mother and did not think about his father as a parent with his own "
        "history, needs and risks. When he was present, he was seen as supportive rather than as someone whose role in "
        "the household needed to be understood.",
        "4.1.1",
    )
    boxed(
        doc,
        "Learning point 1",
        "Fathers and male carers are part of the child's world. Practitioners need to find out who lives in, and "
        "visits, the household and what each adult brings to the care of the baby.",
    )
    heading(doc, "4.2 Asking about domestic abuse safely", 2)
    para(
        doc,
        "Routine enquiry took place at booking, but with the father present. The mother told the review that she "
        "would not have answered honestly in front of him.",
        "4.2.1",
    )
    boxed(
        doc,
        "Learning point 2",
        "Routine enquiry is only meaningful when the woman is seen alone. If this is not possible at one contact, "
        "the question should be asked at the next one and the reason recorded.",
    )
    heading(doc, "4.3 Information the police held", 2)
    para(
        doc,
        "The police held information about the father's previous violence. The two call-outs in November 2021 and "
        "May 2022 were not shared with health or children's services because neither met the threshold then in use "
        "for notifications involving unborn babies and infants.",
        "4.3.1",
    )
    boxed(
        doc,
        "Learning point 3",
        "A pregnancy or a baby under one in the household should lower the threshold for sharing information "
        "about domestic incidents.",
    )
    heading(doc, "4.4 Closing cases", 2)
    para(
        doc,
        "The early help plan closed when the housing need was addressed, without an assessment of whether the "
        "underlying worries had gone away.",
        "4.4.1",
    )
    boxed(
        doc,
        "Learning point 4",
        "A case should only be closed when the reasons for involvement have been reviewed with the family and "
        "the other professionals involved.",
    )

    heading(doc, "5. Recommendations", 1)
    para(
        doc,
        "The reviewer makes the following recommendations, grouped by theme. The Partnership will agree how they "
        "are to be taken forward and monitored.",
    )
    heading(doc, "1. Understanding men in the household", 3)
    para(
        doc,
        "The Partnership should develop practice guidance for all agencies on engaging with fathers and male "
        "carers, including how to record who lives in and visits the household.",
        "1.1",
    )
    para(
        doc,
        "Marshwick Community Health NHS Trust and the maternity service should audit how often fathers' details "
        "and histories are recorded in antenatal and health visiting records, and report the results to the Partnership.",
        "1.2",
    )
    heading(doc, "2. Domestic abuse enquiry", 3)
    para(
        doc,
        "The maternity service should ensure that every pregnant woman is seen alone at least once during "
        "antenatal care so that routine enquiry about domestic abuse can take place safely.",
        "2.1",
    )
    para(
        doc,
        "The Partnership should include the learning from this review about safe enquiry in its multi-agency "
        "domestic abuse training.",
        "2.2",
    )
    heading(doc, "3. Sharing police information", 3)
    para(
        doc,
        "Marshwick Police should review its notification criteria so that domestic incidents where a pregnant "
        "woman or a baby under 12 months lives at the address are shared with health visiting and children's services.",
        "3.1",
    )
    heading(doc, "4. Case closure", 3)
    para(
        doc,
        "The Early Help service should revise its closure procedure so that no plan is closed without a review of "
        "the original concerns and the views of the other agencies involved.",
        "4.1",
    )

    heading(doc, "6. Next steps", 1)
    para(
        doc,
        "The Partnership will publish a seven-minute briefing and hold learning events on the four learning points "
        "above. Progress will be reported to the Partnership's Learning and Improvement Group.",
        "6.1",
    )
    save_and_convert(doc, "h5_cspr_learning_points")


# ---------------------------------------------------------------- 4. DHR executive summary + Home Office action plan
@builder
def build_dhr_exec_summary_plan():
    doc = new_doc(
        "Eastmere Safer Communities Partnership – DHR Priya – Executive Summary",
        footer_prefix="Page ",
        of_total=False,
    )
    center(doc, "Eastmere Safer Communities Partnership", 15, True, 40)
    center(doc, "Domestic Homicide Review", 22, True, 10)
    center(doc, "Executive Summary", 18, False, 30)
    center(doc, "The death of Priya (aged 52) on 14 November 2021", 13, True, 40)
    center(doc, "DHR ref: ESCP/DHR/07", 11)
    center(doc, "Author: Michael Oduya-Stanton, Independent Chair", 11)
    center(doc, "Version 4.2 – submitted to the Home Office February 2023", 10)
    page_break(doc)

    heading(doc, "1. The review process", 1)
    para(
        doc,
        "This summary outlines the process and findings of the Domestic Homicide Review (DHR) commissioned by "
        "Eastmere Safer Communities Partnership following the death of Priya, who was killed by her adult son, Ravi, "
        "at the home they shared in November 2021.",
        "1.1",
    )
    para(
        doc,
        "Ravi was found not guilty of murder but guilty of manslaughter on the grounds of diminished "
        "responsibility. He is detained in a secure hospital under the Mental Health Act 1983.",
        "1.2",
    )
    para(
        doc,
        "The review began in January 2022. The Panel met on seven occasions and the overview report was agreed "
        "by the Partnership in January 2023.",
        "1.3",
    )
    heading(doc, "2. Contributors to the review", 1)
    para(
        doc,
        "The following agencies provided Individual Management Reviews: Eastmere Constabulary; Meadowgate Medical "
        "Practice; Eastmere and Rowan Valley NHS Foundation Trust (mental health services); Eastmere County Council "
        "Adult Social Care; Turning Tide Recovery (drug and alcohol service); and the Probation Service.",
        "2.1",
    )
    heading(doc, "3. The review panel", 1)
    table(
        doc,
        ["Name", "Role", "Organisation"],
        [
            ["Michael Oduya-Stanton", "Independent Chair and Author", "Independent"],
            ["Det Insp Carla Benning", "Review Officer", "Eastmere Constabulary"],
            ["Dr Farah Lindqvist", "Named GP for Safeguarding", "Eastmere Integrated Care Board"],
            ["Owen Pritchard", "Head of Safeguarding", "Eastmere and Rowan Valley NHS Foundation Trust"],
            ["Jasmine Kaur-Webb", "Service Manager", "Eastmere County Council Adult Social Care"],
            ["Lena Morrow", "Chief Executive", "Eastmere Women's Refuge and Outreach"],
        ],
        widths=[4.5, 5, 7],
        font=9,
    )
    heading(doc, "4. Summary chronology", 1)
    para(
        doc,
        "Priya was born in Kenya and came to England as a child. She worked as a pharmacy technician for 25 years. "
        "She was devoted to her two sons and her grandchildren.",
        "4.1",
    )
    para(
        doc,
        "In 2016 Ravi was first diagnosed with paranoid schizophrenia after an admission to hospital. He moved back "
        "to live with his mother on discharge.",
        "4.2",
    )
    para(
        doc,
        "During 2018 and 2019 Ravi's contact with mental health services was irregular. He used cannabis daily and "
        "was twice discharged from the community team for not attending.",
        "4.3",
    )
    para(
        doc,
        "On 7 June 2020 police were called after Ravi damaged the front door and threatened his mother. Priya told "
        "officers she was not afraid of him and that he was unwell. No DASH risk assessment was completed because the "
        "incident was treated as a mental health crisis.",
        "4.4",
    )
    para(
        doc,
        "In March 2021 Ravi completed a community order supervised by the Probation Service for an unrelated "
        "assault on a stranger. Probation staff did not know he lived with his mother.",
        "4.5",
    )
    para(
        doc,
        "On 2 November 2021 Priya called the GP practice to say Ravi had stopped taking his medication and was "
        '"not himself". The call was passed to the mental health crisis team, who tried to arrange a home visit.',
        "4.6",
    )
    para(
        doc,
        "On 14 November 2021 Priya's neighbour called the police after hearing a disturbance. Priya was found dead.",
        "4.7",
    )
    heading(doc, "5. Key findings", 1)
    para(
        doc,
        "Priya was a carer for her son. No agency offered her a carer's assessment or asked her whether she felt safe. "
        "The abuse she experienced was seen as a symptom of Ravi's illness rather than as domestic abuse.",
        "5.1",
    )
    para(
        doc,
        "Information about Ravi's threats was held by the police but not shared with the mental health team. The "
        "Probation Service did not check where Ravi lived or with whom.",
        "5.2",
    )
    heading(doc, "6. Recommendations", 1)
    heading(doc, "Overview report recommendations", 2)
    ov = [
        "Eastmere Safer Communities Partnership should raise awareness among practitioners that abuse by an adult child towards a parent is domestic abuse, using learning from this review.",
        "Eastmere County Council Adult Social Care should ensure that carers of people with serious mental illness are offered a carer's assessment which includes questions about their safety.",
        "Eastmere Constabulary should ensure that a DASH risk assessment is completed at every domestic incident, including where the suspect is believed to be experiencing a mental health crisis.",
        "Eastmere and Rowan Valley NHS Foundation Trust should review its policy on discharging patients for non-attendance, so that the views and safety of family members living with the patient are considered.",
        "The Home Office should consider including adult family violence, including child to parent abuse, in the next revision of the statutory guidance for domestic homicide reviews.",
    ]
    for i, t in enumerate(ov, 1):
        para(doc, t, f"{i}.")
    heading(doc, "Single agency recommendations", 2)
    agency_recs = [
        (
            "Eastmere Constabulary",
            [
                "Officers will receive briefing on recognising child to parent abuse and recording it as domestic abuse.",
                "Supervisors will review incidents flagged as mental health related to check whether domestic abuse procedures should have applied.",
            ],
        ),
        (
            "Meadowgate Medical Practice",
            [
                "The practice will add a carer flag to the records of patients who care for a family member with serious mental illness.",
                "Calls from relatives reporting that a patient has stopped taking medication will be passed to a GP on the same day.",
            ],
        ),
        (
            "Probation Service",
            [
                "Practitioners will complete home address and household checks, including domestic abuse enquiries with the police, at the start of every community order."
            ],
        ),
    ]
    for agency, recs in agency_recs:
        heading(doc, agency, 3)
        for i, t in enumerate(recs, 1):
            para(doc, t, f"{i}.")
    para(doc, "The action plan agreed by the Partnership is attached as Appendix A.")

    landscape_section(doc)
    heading(doc, "Appendix A – Action Plan", 1)
    hdr = [
        "No.",
        "Recommendation",
        "Scope of recommendation",
        "Action to take",
        "Lead agency",
        "Key milestones",
        "Target date",
        "Date of completion and outcome",
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.autofit = False
    widths = [1.0, 4.6, 2.2, 4.8, 3.2, 4.0, 2.2, 3.6]
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(8)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))

    def section_row(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = ""
        rr = m.paragraphs[0].add_run(text)
        rr.bold = True
        rr.font.size = Pt(9)

    def row(vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = ""
            rr = cells[i].paragraphs[0].add_run(v)
            rr.font.size = Pt(8)

    section_row("Overview report recommendations")
    row(
        [
            "1",
            ov[0],
            "Local",
            "Deliver a learning event on child to parent abuse for partner agencies",
            "Eastmere Safer Communities Partnership",
            "Event planned with domestic abuse forum",
            "June 2023",
            "Completed 21 June 2023 – 84 attendees",
        ]
    )
    row(
        [
            "",
            "",
            "Local",
            "Add child to parent abuse to the partnership's domestic abuse training offer",
            "Eastmere Safer Communities Partnership",
            "Training materials revised",
            "September 2023",
            "Ongoing",
        ]
    )
    row(
        [
            "2",
            ov[1],
            "Local",
            "Revise the carer's assessment template to include safety questions",
            "Eastmere County Council Adult Social Care",
            "Template revised and approved",
            "31.07.2023",
            "Complete",
        ]
    )
    row(
        [
            "3",
            ov[2],
            "Local",
            "Issue a force-wide instruction that DASH is completed at all domestic incidents",
            "Eastmere Constabulary",
            "Instruction issued",
            "April 2023",
            "Completed April 2023",
        ]
    )
    row(
        [
            "",
            "",
            "Local",
            "Dip sample 50 incidents tagged mental health for DASH completion",
            "Eastmere Constabulary",
            "Sample completed and reported",
            "Oct 2023",
            "In progress – sample under way",
        ]
    )
    row(
        [
            "4",
            ov[3],
            "Local",
            "Review the Trust's did not attend and discharge policy",
            "Eastmere and Rowan Valley NHS Foundation Trust",
            "Draft policy to Trust safeguarding committee",
            "December 2023",
            "",
        ]
    )
    row(
        [
            "5",
            ov[4],
            "National",
            "Partnership Chair to write to the Home Office DHR policy team",
            "Eastmere Safer Communities Partnership",
            "Letter sent",
            "March 2023",
            "Completed – letter sent 14.03.2023",
        ]
    )
    section_row("Single agency recommendations – Eastmere Constabulary")
    row(
        [
            "1",
            agency_recs[0][1][0],
            "Local",
            "Include child to parent abuse in the annual public protection briefing",
            "Eastmere Constabulary",
            "Briefing delivered to response teams",
            "May 2023",
            "Complete",
        ]
    )
    row(
        [
            "2",
            agency_recs[0][1][1],
            "Local",
            "Add a supervisor review step for mental health tagged incidents",
            "Eastmere Constabulary",
            "Process change agreed",
            "July 2023",
            "Ongoing",
        ]
    )
    section_row("Single agency recommendations – Meadowgate Medical Practice")
    row(
        [
            "1",
            agency_recs[1][1][0],
            "Local",
            "Run a search to identify carers and add the carer flag",
            "Meadowgate Medical Practice",
            "Search run and flags added",
            "End of Q1 2023",
            "Complete",
        ]
    )
    row(
        [
            "2",
            agency_recs[1][1][1],
            "Local",
            "Update the reception triage protocol",
            "Meadowgate Medical Practice",
            "Protocol updated, staff briefed",
            "28/02/2023",
            "Complete",
        ]
    )
    section_row("Single agency recommendations – Probation Service")
    row(
        [
            "1",
            agency_recs[2][1][0],
            "Regional",
            "Remind practitioners across the region of the requirement for household checks and audit compliance",
            "Probation Service",
            "Audit of 30 new orders",
            "Sept 2023",
            "Not started",
        ]
    )
    for r_ in t.rows:
        for i, w in enumerate(widths):
            if i < len(r_.cells):
                r_.cells[i].width = Cm(w)
    save_and_convert(doc, "h5_dhr_exec_summary_plan", layout=True)


# ---------------------------------------------------------------- 5. Welsh Adult Practice Review
@builder
def build_wales_apr_roman():
    doc = new_doc(
        "CTSB 2/2023 – Adult Practice Review Report", footer_prefix="Tudalen / Page ", of_total=True
    )
    center(doc, "Cwm Tawel Regional Safeguarding Board", 15, True, 8)
    center(doc, "Bwrdd Diogelu Rhanbarthol Cwm Tawel", 12, False, 40)
    center(doc, "ADULT PRACTICE REVIEW REPORT", 20, True, 12)
    center(doc, "Extended Adult Practice Review", 13, False, 30)
    center(doc, "Re: Mrs Gwen P", 14, True, 30)
    center(doc, "CTSB 2/2023", 12, True, 30)
    center(doc, "Reviewer: Alun Prydderch-Vaughan", 11)
    center(doc, "Review Panel Chair: Bethan Moreley", 11)
    page_break(doc)

    heading(doc, "Legal framework", 1)
    para(
        doc,
        "This Adult Practice Review was commissioned by Cwm Tawel Regional Safeguarding Board under the Social "
        "Services and Well-being (Wales) Act 2014 and the Working Together to Safeguard People guidance, because the "
        "criteria for an extended review were met: the adult was not in receipt of a care and support plan at the time "
        "of her death, and the Board was concerned that agencies could have worked more effectively together.",
    )
    heading(doc, "1. Brief outline of circumstances resulting in the Review", 1)
    para(
        doc,
        "Mrs Gwen P was an 81 year old woman who lived with her son, Mr P, in a rural village in the north of the "
        "region. She had vascular dementia and limited mobility. Her son was her only carer and was dependent on her "
        "financially.",
    )
    para(
        doc,
        "On 9 October 2022 Mr P called an ambulance because his mother was unresponsive. She was taken to hospital "
        "with severe dehydration, infected pressure ulcers and bruising to both arms, and died the same evening. Mr P "
        "was later convicted of wilful neglect under section 20 of the Criminal Justice and Courts Act 2015.",
    )
    para(
        doc,
        "The review period was 1 January 2019 to 9 October 2022. The timeline in Appendix 2 summarises the main "
        "contacts with agencies during that time.",
    )

    heading(doc, "2. Practice and organisational learning", 1)
    heading(doc, "Recognising abuse by a family carer", 2)
    para(
        doc,
        "Mrs P's GP and the community nurses saw bruising on two occasions and accepted Mr P's explanation that his "
        "mother had fallen. Domestic abuse of older people by adult children was not considered. Practitioners at the "
        "learning event said they thought of domestic abuse as something that happened between partners.",
    )
    heading(doc, "Carer's needs and the carer as a risk", 2)
    para(
        doc,
        'Mr P told a social worker in 2021 that he was "at the end of his tether". A carer\'s needs assessment was '
        "offered but not completed because he did not return the form. No professional explored whether his stress, his "
        "drinking and his financial dependence might place his mother at risk.",
    )
    heading(doc, "Access to the home", 2)
    para(
        doc,
        "From the summer of 2021 Mr P refused home visits on four occasions. Each refusal was accepted without "
        "escalation. The region's procedures for responding to refused access were not well known to staff.",
    )
    heading(doc, "Mental capacity and Mrs P's voice", 2)
    para(
        doc,
        "Nobody spoke to Mrs P on her own after 2020. Her wishes were relayed by her son. Her capacity to decide "
        "where and how she was cared for was never assessed.",
    )

    heading(doc, "3. Improving Systems and Practice", 1)
    para(
        doc,
        "In order to promote the learning from this case the review identified the following actions for the "
        "Regional Safeguarding Board and its member agencies, and the improvement outcomes anticipated:",
    )
    nid = new_list(doc, "lowerRoman", "(%1)")
    items = [
        (
            "The Regional Safeguarding Board should ensure that its multi-agency training on domestic abuse includes abuse "
            "and neglect of older people by adult family members and carers.",
            "Practitioners recognise abuse by adult children as domestic abuse and respond under the relevant procedures.",
        ),
        (
            "Cwm Tawel County Council Adult Services should make sure that carers who decline or do not complete a carer's "
            "needs assessment are followed up, and that the impact of caring on the cared-for person's safety is considered.",
            "Carers under strain are identified and supported, and risk to the person cared for is assessed.",
        ),
        (
            "The Regional Safeguarding Board should re-launch its guidance on responding when access to an adult at risk is "
            "refused, with a clear escalation route.",
            "Refused access is treated as a possible indicator of risk and escalated to a manager.",
        ),
        (
            "Cwm Tawel University Health Board should require community nursing staff to record the explanation given for "
            "any unexplained injury and to speak to the patient alone where possible.",
            None,
        ),
        (
            "All member agencies should provide assurance to the Board that mental capacity assessments are completed when "
            "an adult's care arrangements are decided by a family member on their behalf.",
            "The voice of the adult is heard and recorded, and decisions are made in their best interests.",
        ),
        (
            "The Board should write to Welsh Government to ask that the national Safeguarding Procedures for Wales include "
            "specific guidance on neglect by family carers who are financially dependent on the adult.",
            None,
        ),
    ]
    for text, outcome in items:
        list_item(doc, nid, text)
        if outcome:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.27)
            p.add_run("Anticipated outcome: ").italic = True
            p.add_run(outcome).italic = True

    heading(doc, "Statement by Reviewer", 1)
    table(
        doc,
        ["REVIEWER 1", "Alun Prydderch-Vaughan"],
        [
            [
                "Statement of independence from the case",
                "I make the following statement that prior to my involvement with this learning review:",
            ],
            [
                "",
                "✓ I have not been directly concerned with the individual or family, or have given professional advice on the case\n"
                "✓ I have had no immediate line management of the practitioner(s) involved\n"
                "✓ I have the appropriate recognised qualifications, knowledge and experience and training to undertake the review\n"
                "✓ The review was conducted appropriately and was rigorous in its analysis and evaluation of the issues as set out in the Terms of Reference",
            ],
            ["Reviewer 1 (signature)", "A. Prydderch-Vaughan"],
            ["Date", "14/04/2023"],
        ],
        widths=[5, 11.4],
        font=9,
        repeat=False,
    )
    heading(doc, "Statement by Review Panel Chair", 1)
    table(
        doc,
        ["Statement", "Chair"],
        [
            [
                "I make the following statement that I am satisfied that the review was conducted in accordance with the guidance and that the report meets the required standard.",
                "Bethan Moreley\nHead of Adult Safeguarding, Cwm Tawel County Council\n20/04/2023",
            ],
        ],
        widths=[11, 5.4],
        font=9,
        repeat=False,
    )

    page_break(doc)
    heading(doc, "Appendix 1: Terms of Reference (summary)", 1)
    for b in [
        "To examine agency involvement with Mrs P and Mr P between 1 January 2019 and 9 October 2022.",
        "To consider how agencies identified and responded to signs of neglect and abuse.",
        "To consider how Mr P's needs as a carer were assessed.",
        "To identify learning and make recommendations for the Regional Safeguarding Board.",
    ]:
        bullet(doc, b)
    heading(doc, "Appendix 2: Summary timeline", 1)
    rows = [
        (
            "Mar 2019",
            "GP",
            "Mrs P diagnosed with vascular dementia. Mr P attends the appointment with her and says he will be her carer.",
        ),
        (
            "12/06/2020",
            "Adult Services",
            "Telephone review during the pandemic. Mr P reports that all is well. The case is closed.",
        ),
        (
            "Summer 2021",
            "Community nursing",
            "District nurse notes bruising to Mrs P's forearms. Mr P says she fell in the garden.",
        ),
        (
            "03/11/2021",
            "Adult Services",
            "Mr P calls the information and advice service asking for respite. A carer's needs assessment form is posted to him; it is not returned.",
        ),
        (
            "Jan – Mar 2022",
            "Community nursing",
            'Four visits refused by Mr P at the door. The nurse records "patient well, son declines".',
        ),
        (
            "17/08/2022",
            "GP",
            "Mr P requests a repeat prescription for his mother by telephone. No review is arranged although she has not been seen since 2020.",
        ),
        (
            "20-22 Sept 2022",
            "Police",
            "A neighbour reports hearing shouting on two nights. Officers attend on 22 September and speak to Mr P; Mrs P is said to be asleep.",
        ),
        (
            "09/10/2022",
            "Ambulance / Health Board",
            "Mr P calls an ambulance. Mrs P dies in hospital the same evening.",
        ),
    ]
    table(
        doc, ["Date", "Source", "Summary of event"], [list(r) for r in rows], widths=[3.2, 3.6, 9.6], font=9
    )
    save_and_convert(doc, "h5_wales_apr_roman")


# ---------------------------------------------------------------- 6. DARDR with national recommendations
@builder
def build_dardr_national():
    doc = new_doc("Kestrel Bay CSP | DARDR 'Sam' | OFFICIAL")
    center(doc, "Kestrel Bay Community Safety Partnership", 15, True, 40)
    center(doc, "Domestic Abuse Related Death Review", 20, True, 12)
    center(doc, "(formerly Domestic Homicide Review)", 11, False, 30)
    center(doc, "Overview Report into the death of Sam", 15, True, 10)
    center(doc, "Sam died on 3 May 2023, aged 19", 12, False, 40)
    center(doc, "Review number: KBCSP/DARDR/2023/01", 11)
    center(doc, "Independent Chair and Author: Yvonne Castell-Baird", 11)
    center(doc, "Date: 8 July 2024", 11)
    page_break(doc)
    contents(
        doc,
        [
            ("Summary of recommendations", 2),
            ("1. Introduction", 3),
            ("2. The review process", 3),
            ("3. Background: Sam and Jordan", 3),
            ("4. Chronology", 3),
            ("5. Analysis", 4),
            ("6. Conclusions", 5),
            ("7. Recommendations", 5),
        ],
    )
    heading(doc, "Summary of recommendations", 1)
    para(doc, "The recommendations are set out in full in section 7. In brief, the review recommends:")
    short = [
        "Recommendation 1: Healthy relationships work with young adults in colleges and universities",
        "Recommendation 2: Suicide risk and domestic abuse screening in mental health triage",
        "Recommendation 3: Police response to reports of stalking by an ex-partner",
        "Recommendation 4: University wellbeing service information sharing",
        "Recommendation 5: GP enquiry with young patients presenting with self-harm",
        "Recommendation 6: Support for friends who are worried about someone",
        "Recommendation 7: Statutory guidance on suicide following domestic abuse (Home Office)",
        "Recommendation 8: Relationship education in further and higher education (Department for Education)",
        "Recommendation 9: Domestic abuse in the national suicide prevention strategy (DHSC)",
    ]
    for s_ in short:
        bullet(doc, s_)
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "This review concerns Sam, a 19 year old student who took her own life in May 2023. In the eighteen months "
        "before her death she had been in a relationship with Jordan, who was 22. Her family and friends described a "
        "relationship marked by jealousy, monitoring of her phone and location, threats and, after the relationship "
        "ended, stalking.",
        "1.1",
    )
    para(
        doc,
        "Since the Domestic Abuse Act 2021, and following the Home Office's revised guidance, reviews of this kind "
        "are known in Kestrel Bay as Domestic Abuse Related Death Reviews. The review was commissioned because the Partnership "
        "believed that domestic abuse contributed to Sam's death.",
        "1.2",
    )
    heading(doc, "2. The review process", 1)
    para(
        doc,
        "The Partnership decided to hold the review on 6 June 2023. The Panel met eight times. Information was "
        "provided by Kestrel Bay Police, Harbourside GP Practice, Coastline Mental Health NHS Trust, Kestrel Bay "
        "University, Kestrel Bay College, the ambulance service and a specialist domestic abuse service, Safe Shores.",
        "2.1",
    )
    para(
        doc,
        "Sam's mother and her closest friend, who is called Ellie in this report, contributed throughout. Jordan did "
        "not reply to letters from the Chair.",
        "2.2",
    )
    heading(doc, "3. Background: Sam and Jordan", 1)
    para(
        doc,
        "Sam grew up in Kestrel Bay with her mother and younger brother. She was a talented swimmer and wanted to "
        'train as a paramedic. Her mother said she was "the kindest person in any room".',
        "3.1",
    )
    para(
        doc,
        "Jordan was known to the police for an assault on a former girlfriend in 2020, for which he received a "
        "caution. This was not known to Sam or her family.",
        "3.2",
    )

    heading(doc, "4. Chronology", 1)
    para(
        doc,
        "The following paragraphs set out the key events. Dates are given as precisely as the records allow.",
        "4.1",
    )
    chron = [
        (
            "4.2",
            "In the autumn of 2021 Sam met Jordan at a party during her first term at Kestrel Bay College. Within weeks he "
            "was messaging her dozens of times a day.",
        ),
        (
            "4.3",
            "On 15/02/2022 Sam attended Harbourside GP Practice with anxiety and poor sleep. She said she was under pressure "
            "with her studies. She was referred to a talking therapy service and did not attend the assessment.",
        ),
        (
            "4.4",
            "Mid-March 2022 Ellie noticed that Jordan had installed a tracking app on Sam's phone. Sam told Ellie it was "
            '"because he worries about me".',
        ),
        (
            "4.5",
            "Over the Easter weekend 2022 Sam's mother saw a bruise on Sam's wrist. Sam said she had caught it on a door.",
        ),
        (
            "4.6",
            "On 1st July 2022 police were called to a car park after a member of the public saw a man pulling a young woman "
            "by the arm. Officers identified Sam and Jordan. Sam said they had been arguing; a DASH assessment was "
            "graded medium and Sam was referred to Safe Shores.",
        ),
        (
            "4.7",
            "The following day a Safe Shores worker called Sam, who agreed to a single support session. The session "
            "took place on 12 July 2022 and Sam declined further contact.",
        ),
        (
            "4.8",
            "In September 2022 Sam started a degree at Kestrel Bay University and moved into halls. Jordan visited most "
            "weekends.",
        ),
        (
            "4.9",
            "Between 10 and 14 October 2022 Sam ended the relationship. Jordan sent more than 300 messages in four days, "
            "some threatening to share intimate images.",
        ),
        (
            "4.10",
            "On 17 October 2022 Sam reported the messages to Kestrel Bay Police online. An officer called her two days "
            "later. The report was recorded as malicious communications; stalking was not considered, and no DASH was completed.",
        ),
        (
            "4.11",
            "On New Year's Eve 2022 Jordan turned up uninvited at a party Sam attended and followed her home. Ellie "
            "called the police; Jordan had left when officers arrived.",
        ),
        (
            "4.12",
            "In January 2023 Sam self-referred to the University wellbeing service. She disclosed low mood, thoughts of "
            'self-harm and "problems with an ex". She was placed on a waiting list for counselling.',
        ),
        (
            "4.13",
            "On 20.02.2023 Sam was taken to the emergency department after taking an overdose. She was assessed by the "
            "liaison mental health team and discharged with a referral to the crisis team, who called her twice.",
        ),
        (
            "4.14",
            "Late April 2023 Sam told Ellie that Jordan had been seen outside her halls. Ellie encouraged her to call "
            'the police again; Sam said "there\'s no point".',
        ),
        ("4.15", "On 3 May 2023 Sam was found in her room at halls. She had died."),
    ]
    for ref, text in chron:
        para(doc, text, ref)

    heading(doc, "5. Analysis", 1)
    para(
        doc,
        "Sam's contact with services was spread across health, education, the police and a specialist service. "
        "Each saw a young woman who was anxious, or in conflict with a partner, or at risk of self-harm. None saw all three "
        "together.",
        "5.1",
    )
    para(
        doc,
        "The police response in October 2022 did not recognise stalking, although the pattern of fixated, obsessive, "
        "unwanted and repeated behaviour was present. Sam's experience that reporting did not help may have contributed to "
        "her not calling the police in April 2023.",
        "5.2",
    )
    para(
        doc,
        "The mental health assessment after the overdose did not include questions about domestic abuse. The "
        "liaison team's triage tool does not prompt practitioners to ask.",
        "5.3",
    )
    para(
        doc,
        "The University wellbeing service held a disclosure of problems with an ex-partner but had no pathway to "
        "share it, with consent, with specialist services.",
        "5.4",
    )
    heading(doc, "6. Conclusions", 1)
    para(
        doc,
        "The Panel concludes that the abuse Sam experienced, and especially the stalking after she ended the "
        "relationship, contributed to her death. There were missed opportunities to recognise the risk and to offer Sam "
        "support that fitted a young woman's life.",
        "6.1",
    )

    heading(doc, "7. Recommendations", 1)
    para(
        doc,
        "Recommendations 1 to 6 are for the Partnership and local agencies. Recommendations 7 to 9 are addressed "
        "to government departments.",
        "7.1",
    )
    heading(doc, "Local recommendations", 2)
    recs = [
        (
            "Recommendation 1:",
            " Healthy relationships work with young adults",
            "Kestrel Bay Community Safety Partnership should work with Kestrel Bay College and Kestrel Bay University to "
            "deliver healthy relationships and consent sessions for all new students, including information on coercive "
            "control and stalking.",
        ),
        (
            "Recommendation 2:",
            " Screening in mental health triage",
            "Coastline Mental Health NHS Trust should amend its liaison and crisis triage tools so that every person "
            "presenting with self-harm or suicidal thoughts is asked about domestic abuse, and positive answers lead to a "
            "risk assessment and referral.",
        ),
        (
            "Recommendation 3:",
            " Police response to stalking",
            "Kestrel Bay Police should ensure that reports of repeated unwanted contact from an ex-partner are assessed for "
            "stalking, that a DASH risk assessment is completed, and that officers receive training on the stalking "
            "screening tool.",
        ),
        (
            "Recommendation 4:",
            " Information sharing by the University",
            "Kestrel Bay University should agree an information sharing pathway between its wellbeing service and specialist "
            "domestic abuse services, with the student's consent or where risk requires it.",
        ),
        (
            "Recommendation 5:",
            " GP enquiry",
            "The Integrated Care Board should remind GP practices that young patients presenting with anxiety, low mood or "
            "self-harm should be asked about their relationships, and seen alone.",
        ),
        (
            "Recommendation 6:",
            " Support for friends",
            "Kestrel Bay Community Safety Partnership should run a public awareness campaign aimed at young people on how to "
            "help a friend who is being abused or stalked.",
        ),
    ]
    for lead, title, text in recs:
        p = doc.add_paragraph()
        p.add_run(lead + title).bold = True
        para(doc, text)
    heading(doc, "National recommendations", 2)
    nrecs = [
        (
            "Recommendation 7:",
            " Suicide following domestic abuse",
            "The Home Office should include in the statutory guidance for domestic abuse related death reviews clear advice "
            "on how to identify and review suicides where domestic abuse is suspected, including where the relationship "
            "had ended.",
        ),
        (
            "Recommendation 8:",
            " Relationship education after school",
            "The Department for Education should work with further and higher education providers to extend relationship "
            "education beyond compulsory schooling.",
        ),
        (
            "Recommendation 9:",
            " National suicide prevention strategy",
            "The Department of Health and Social Care should ensure that the national suicide prevention strategy names "
            "domestic abuse, including stalking by an ex-partner, as a risk factor and sets out how services should respond.",
        ),
    ]
    for lead, title, text in nrecs:
        p = doc.add_paragraph()
        p.add_run(lead + title).bold = True
        para(doc, text)
    para(
        doc,
        "The Partnership will send this report to the Home Office, the Department for Education and the Department "
        "of Health and Social Care with a request for a response to the national recommendations.",
    )
    save_and_convert(doc, "h5_dardr_national")


if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        BUILDERS[n]()
