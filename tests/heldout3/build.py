"""Build the third blind test set (tests/heldout3) as real Word documents, then PDF, then text.

Each family is written the way a partnership's report would be produced: Word headings,
real tables, real numbered lists, running heads and page numbers. The PDF comes from
LibreOffice and the text from plain `pdftotext`, the way published text exports look.

Run once:  python tests/heldout3/build.py
The outputs (.docx, .pdf, .txt) are committed; the gold (.json) was written by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent


class Report:
    """A Word document with the few layout tools a review report needs."""

    def __init__(self, head: str | None, foot: str | None, page_of: bool = True):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.different_first_page_header_footer = True
        if head:
            p = sec.header.paragraphs[0]
            p.text = head
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if foot:
            fp.add_run(foot + "    ")
        fp.add_run("Page ")
        _field(fp, "PAGE")
        if page_of:
            fp.add_run(" of ")
            _field(fp, "NUMPAGES")
        self._next_abstract = 50
        self._next_num = 50

    # text
    def title(self, text: str, size: int = 20, bold: bool = True, space: int = 12):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        return p

    def h(self, text: str, level: int = 1):
        return self.doc.add_heading(text, level=level)

    def p(self, text: str, bold_lead: str | None = None, style: str | None = None):
        par = self.doc.add_paragraph(style=style)
        if bold_lead:
            par.add_run(bold_lead).bold = True
        par.add_run(text)
        return par

    def paras(self, block: str):
        """Numbered paragraphs typed by the author ("4.1 text"), one per blank-line block."""
        for chunk in [c.strip() for c in block.strip().split("\n\n") if c.strip()]:
            chunk = " ".join(chunk.split())
            num, _, rest = chunk.partition(" ")
            par = self.doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(1.25)
            par.paragraph_format.first_line_indent = Cm(-1.25)
            par.add_run(num + "\t" + rest)

    def bullets(self, items):
        for it in items:
            self.doc.add_paragraph(" ".join(it.split()), style="List Bullet")

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def landscape(self):
        """Start a landscape section, as action plans appended to reports usually are."""
        from docx.enum.section import WD_ORIENT

        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width

    def contents(self, rows):
        """A contents page typed with dot leaders to a right tab stop."""
        for label, page in rows:
            par = self.doc.add_paragraph()
            tabs = par.paragraph_format.tab_stops
            from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

            tabs.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            par.add_run(f"{label}\t{page}")

    # numbered lists (real Word numbering)
    def new_list(self, fmt: str = "decimal", text: str = "%1.", start: int = 1) -> int:
        numbering = self.doc.part.numbering_part.element
        aid, nid = self._next_abstract, self._next_num
        self._next_abstract += 1
        self._next_num += 1
        absx = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absx)
        else:
            numbering.append(absx)
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
        )
        return nid

    def item(self, num_id: int, text: str, bold_lead: str | None = None):
        par = self.doc.add_paragraph()
        ppr = par._p.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        ppr.insert(0, numpr)
        if bold_lead:
            par.add_run(bold_lead).bold = True
        par.add_run(" ".join(text.split()))
        return par

    # tables
    def table(self, header, rows, widths=None, bold_first_col=False, bold_first_par=False):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, htext in enumerate(header):
            cell = t.rows[0].cells[i]
            cell.text = ""
            cell.paragraphs[0].add_run(htext).bold = True
        _repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                parts = val if isinstance(val, list) else [val]
                cells[i].text = ""
                for k, part in enumerate(parts):
                    par = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                    run = par.add_run(" ".join(part.split()))
                    if (bold_first_col and i == 0) or (bold_first_par and k == 0):
                        run.bold = True
        if widths:
            t.autofit = False
            for i, w in enumerate(widths):
                t.columns[i].width = Cm(w)
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.doc.add_paragraph()
        return t

    def save(self, stem: str):
        path = HERE / f"{stem}.docx"
        self.doc.save(path)
        return path


def _field(par, instr: str):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def render(stem: str):
    """docx -> pdf (LibreOffice) -> txt (plain pdftotext), as published exports are made."""
    docx = HERE / f"{stem}.docx"
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/heldout3a_lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(HERE),
            str(docx),
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(["pdftotext", str(HERE / f"{stem}.pdf"), str(HERE / f"{stem}.txt")], check=True)


# ---- the five families (content follows) ----
FAMILIES = {}


def family(fn):
    FAMILIES[fn.__name__] = fn
    return fn


@family
def h3_dhr_prose_and_list(Report):
    """DHR overview report: recommendations in the conclusions prose and again as a numbered list."""
    r = Report("OFFICIAL", "Eastbrook and Callow DHR \u2013 Maria")
    r.title("Eastbrook and Callow Community Safety Partnership", 16)
    r.title("Domestic Homicide Review", 24)
    r.title("Overview Report", 18)
    r.title("Into the death of \u2018Maria\u2019, who died in November 2020", 14, bold=False)
    r.title("Reference: ECCSP/DHR/2021/02", 12, bold=False)
    r.title("Independent Chair and Author: Helen Ashworth", 12, bold=False)
    r.title("Report completed: 14 March 2022", 12, bold=False)
    r.page_break()
    r.h("Contents", 1)
    r.contents(
        [
            ("1. Introduction", "3"),
            ("2. Terms of reference and scope", "4"),
            ("3. Contributors to the review", "5"),
            ("4. Summary of key events", "6"),
            ("5. Analysis", "9"),
            ("6. Conclusions and recommendations", "12"),
            ("7. Recommendations", "14"),
        ]
    )
    r.page_break()
    r.h("1. Introduction", 1)
    r.paras(
        """
1.1 This report examines how agencies in Eastbrook and Callow responded to Maria, a 46 year old
woman who lived in the Callow Heath area of the borough, before her death on 9 November 2020.
Maria died at her home from injuries inflicted by her partner, referred to in this report as Lee.

1.2 Lee was convicted of Maria's murder at Kingsford Crown Court in June 2021 and received a life
sentence with a minimum term of 19 years. He was 51 at the time of the offence.

1.3 The names Maria and Lee were chosen by Maria's sister. The Review Panel extends its sincere
condolences to Maria's two adult sons, her sister and her many friends at the bakery where she
worked for eleven years.

1.4 The Eastbrook and Callow Community Safety Partnership decided on 2 December 2020 that the
criteria for a Domestic Homicide Review were met and notified the Home Office. The first panel
meeting took place in February 2021. The review was paused between March and June 2021 while
the criminal trial took place.
"""
    )
    r.h("2. Terms of reference and scope", 1)
    r.paras(
        """
2.1 The review considered agency contact with Maria and Lee from 1 January 2017 until Maria's
death. Earlier information was included where it helped the panel to understand Lee's history
of abusive behaviour towards two previous partners.

2.2 The key lines of enquiry agreed by the panel were: how agencies identified and assessed risk;
whether Maria was asked directly about abuse and given the chance to speak alone; how the
restrictions of the pandemic changed contact; and whether information held about Lee's past
was shared with those who needed it.
"""
    )
    r.h("3. Contributors to the review", 1)
    r.p("Individual Management Reviews or summary reports were provided by:")
    r.bullets(
        [
            "Wessex Downs Police",
            "Brookside Medical Practice (GP practice)",
            "Eastbrook and Callow Borough Council Adult Social Care",
            "Callow Women's Aid (specialist domestic abuse service)",
            "Kingsford Hospitals NHS Foundation Trust (Emergency Department)",
            "National Probation Service (now the Probation Service)",
        ]
    )
    r.h("4. Summary of key events", 1)
    r.paras(
        """
4.1 In April 2017 Maria moved in with Lee at his flat in Callow Heath and registered with
Brookside Medical Practice. At her new patient check she told the practice nurse that she was
"a bit stressed" following the move but nothing further was explored.

4.2 On 3 October 2017 police were called by a neighbour who heard shouting and a woman crying.
Officers spoke to Maria and Lee together in the hallway. Maria said they had argued about money.
A DASH risk assessment was not completed because Maria declined to answer the questions.

4.3 On 17 October 2017 Maria attended the Emergency Department at Kingsford General Hospital
with a fractured finger which she said happened when she caught it in a car door. She was
accompanied by Lee, who answered most of the questions put to her.

4.4 During 2018 Maria saw her GP on six occasions about low mood, poor sleep and headaches. She
was prescribed an antidepressant. On none of these occasions was she asked about her relationship
or seen without Lee being present in the waiting room.

4.5 On 22 February 2019 Lee was arrested after Maria called police to say he had pushed her
down the stairs. She gave a statement but withdrew it four days later. A DASH assessment graded
the risk as medium. Maria was referred to Callow Women's Aid.

4.6 On 5 March 2019 an outreach worker from Callow Women's Aid made contact with Maria by
telephone. Maria said she was safe and did not want support at that time. The case was closed
after two further attempts to reach her.

4.7 In August 2019 police received information from a neighbouring force that Lee had been
subject to a previous MARAC in 2014 in relation to a former partner. This information was
added to the police record but was not shared with any other agency.

4.8 On 12 March 2020 Maria told her GP that she was "walking on eggshells" at home. The GP
recorded this but did not ask further questions. A follow-up appointment was cancelled when
the practice moved to telephone consultations at the start of the first national lockdown.

4.9 Between April and June 2020 Maria had three telephone consultations with the practice. Each
call was to her mobile and the GP recorded that a male voice could be heard in the background.

4.10 On 6 November 2020 Maria told a colleague at the bakery that Lee had taken her bank cards
and that she was planning to leave him. The colleague gave her the number of a national
helpline.

4.11 On 9 November 2020 police were called by Lee, who said Maria had fallen. Paramedics found
Maria with serious head injuries and she died at the scene.
"""
    )
    r.h("5. Analysis", 1)
    r.paras(
        """
5.1 Risk identification. Several agencies saw part of the picture. The police knew of two
incidents and later of Lee's history with a former partner; the GP practice knew of Maria's low
mood and her description of "walking on eggshells"; the Emergency Department saw an unexplained
injury while Lee was present. No single agency held enough to recognise the pattern of coercive
and controlling behaviour and no mechanism brought the fragments together.

5.2 Seeing Maria alone. The panel noted that Maria was almost never seen without Lee. Health
professionals did not use the opportunities that did arise to ask about abuse, and the move to
remote consultations in 2020 removed the remaining chances.

5.3 Information about Lee. The information received by police in August 2019 about the earlier
MARAC was significant. Had it been shared with the GP practice or Callow Women's Aid, the
professionals working with Maria may have understood the risk differently.

5.4 Specialist support. The outreach service tried to reach Maria by telephone only. The panel
heard that the service was commissioned to make three attempts and then close a case. This is
a common model, but it does not fit victims whose abuser monitors their phone.
"""
    )
    r.h("6. Conclusions and recommendations", 1)
    r.paras(
        """
6.1 The panel concluded that Maria's death could not have been predicted from the information
held by any one agency. It could, however, have been recognised that she was living with
escalating coercive control had the information been brought together and had she been asked.

6.2 The Review Panel recommends that Brookside Medical Practice and all GP practices in the
borough make sure that patients who disclose low mood or fear at home are routinely asked about
domestic abuse in a private setting (Recommendation 1).

6.3 Emergency Department staff did not question the account given for Maria's injury. The Review
Panel recommends that Kingsford Hospitals NHS Foundation Trust audits how often patients with
unexplained injuries are seen alone in the Emergency Department, and reports the findings to the
Partnership (Recommendation 2).

6.4 The Review Panel recommends that Wessex Downs Police shares with partner agencies any
information it receives from other forces about a person's previous domestic abuse history, where
that person is in a current relationship known to those agencies (Recommendation 3).

6.5 The panel was concerned by the \u201cthree attempts and close\u201d model of outreach. The Review Panel
recommends that the Partnership reviews the commissioning specification for community outreach so
that contact with a victim does not rely on the telephone alone (Recommendation 4).

6.6 Recommendations 5 to 7 concern the Partnership's own arrangements and appear in section 7
below.
"""
    )
    r.h("7. Recommendations", 1)
    r.p("The Review Panel makes the following recommendations.")
    n = r.new_list()
    r.item(
        n,
        """Brookside Medical Practice, and the Eastbrook and Callow Integrated Care Board on behalf of all
        GP practices in the borough, should ensure that any patient who discloses low mood, anxiety or
        fear at home is asked about domestic abuse and is offered an appointment to be seen alone.""",
    )
    r.item(
        n,
        """Kingsford Hospitals NHS Foundation Trust should audit the proportion of Emergency Department
        patients presenting with unexplained injuries who are seen alone and asked about domestic abuse,
        and report the results to the Eastbrook and Callow Community Safety Partnership within six months.""",
    )
    r.item(
        n,
        """Wessex Downs Police should ensure that information received from other forces about a person's
        previous domestic abuse history is shared with partner agencies where that person is in a current
        relationship known to them.""",
    )
    r.item(
        n,
        """The Eastbrook and Callow Community Safety Partnership should review the commissioning
        specification for community domestic abuse outreach so that attempts to contact a victim do not
        rely on the telephone alone and cases are not closed after a fixed number of attempts.""",
    )
    r.item(
        n,
        """The Eastbrook and Callow Community Safety Partnership should run a campaign aimed at employers
        and workplaces so that colleagues know how to respond when someone discloses domestic abuse at
        work.""",
    )
    r.item(
        n,
        """The Eastbrook and Callow Community Safety Partnership should deliver multi-agency training on
        coercive and controlling behaviour, including economic abuse, to frontline staff in health,
        police and adult social care.""",
    )
    r.item(
        n,
        """The Eastbrook and Callow Community Safety Partnership should monitor the action plan arising from
        this review and receive a progress report from each agency every six months until all actions are
        complete.""",
    )
    r.p("Helen Ashworth, Independent Chair and Author, March 2022")
    return r


@family
def h3_sar_board_response(Report):
    """SAR: each recommendation followed by the Board's response, then a No./Recommendation/Lead table."""
    r = Report(
        "Thornley Safeguarding Adults Board \u2013 SAR \u2018Arthur\u2019",
        None,
        page_of=False,
    )
    r.title("Thornley Safeguarding Adults Board", 18)
    r.title("Safeguarding Adults Review", 24)
    r.title("\u2018Arthur\u2019", 20)
    r.title("Independent Reviewer: Dr Priya Natarajan", 12, bold=False)
    r.title("Presented to the Board: 19 October 2022", 12, bold=False)
    r.title("Published: January 2023", 12, bold=False)
    r.page_break()
    r.h("1. Introduction", 1)
    r.paras(
        """
1.1 Arthur was a 74 year old man who lived alone in a terraced house in Low Thornley. He had
type 2 diabetes, poor mobility following a stroke in 2019, and a long history of declining help
from services. He was admitted to hospital on 21 February 2022 after a neighbour raised concern
and died there on 3 March 2022. The cause of death was sepsis arising from infected pressure
ulcers.

1.2 The Thornley Safeguarding Adults Board (the Board) agreed in May 2022 that the case met the
criteria for a mandatory review under section 44 of the Care Act 2014, because Arthur had died,
self-neglect was suspected, and there was concern that agencies could have worked together more
effectively.

1.3 The review used a learning-together approach: a practitioners' event, conversations with
Arthur's niece, and short reports from each agency covering the period from January 2020 to
Arthur's death.
"""
    )
    r.h("2. About Arthur", 1)
    r.paras(
        """
2.1 Arthur's niece described him as a proud and private man who had worked for forty years on
the railways and valued his independence above everything. He kept pigeons until his health
made that impossible and was well known in the local club. He did not like people "fussing" and
would often tell visitors he was managing when he was not.

2.2 His niece said the family had worried for some time that the house was becoming unsafe, with
papers and belongings piled in every room, but that Arthur became angry if anyone tried to
clear them.
"""
    )
    r.h("3. Findings", 1)
    r.h("3.1 Hospital discharge without a working care package", 2)
    r.p(
        "Arthur was discharged from Thornley Royal Infirmary in September 2021 with a plan for four care "
        "calls a day. The agency could not start the package for eleven days and no one checked whether "
        "it had begun. Arthur cancelled the first visits when they did start, and this was not reported "
        "back to the hospital or to Adult Social Care for several weeks."
    )
    r.h("3.2 Mental capacity and executive function", 2)
    r.p(
        "Practitioners accepted Arthur's statements that he could manage without testing them against "
        "what they saw. A capacity assessment in November 2021 considered only whether he understood "
        "the risks in conversation, not whether he could act on that understanding. The review heard "
        "that staff felt unsure how to assess executive capacity."
    )
    r.h("3.3 Self-neglect and hoarding procedures", 2)
    r.p(
        "The Board's self-neglect and hoarding procedure was not used. No multi-agency meeting was held, "
        "although four agencies were concerned. The fire service was not asked to carry out a home fire "
        "safety visit although the house was cluttered and Arthur smoked."
    )
    r.h("3.4 Primary care", 2)
    r.p(
        "Arthur's GP practice recorded that he had declined district nurse visits on three occasions. "
        "These refusals were filed as routine entries and did not lead to a review of his care or to a "
        "safeguarding concern."
    )
    r.h("4. Recommendations and the Board's response", 1)
    r.p("The reviewer makes six recommendations. The Board's response follows each one.")
    recs = [
        (
            (
                "The Thornley Safeguarding Adults Board should seek assurance from Adult Social Care and the "
                "Thornley and District Integrated Care Board that the multi-agency self-neglect and hoarding "
                "procedure is known to frontline staff and is used when more than one agency is concerned."
            ),
            (
                "Accepted. The Board's Quality and Performance Sub-group will carry out a multi-agency audit "
                "of self-neglect cases in 2023 and report to the Board."
            ),
        ),
        (
            (
                "Thornley Hospitals NHS Foundation Trust should ensure that patients with care and support "
                "needs who are discharged home with a new package of care are contacted within 72 hours of "
                "discharge to confirm that the care has started."
            ),
            (
                "Accepted. The Trust's integrated discharge team has introduced a follow-up telephone call, "
                "and compliance will be reported to the Board quarterly."
            ),
        ),
        (
            (
                "Thornley Council Adult Social Care should provide practitioners with guidance and training "
                "on assessing executive capacity, so that assessments test whether a person can carry out "
                "decisions as well as understand them."
            ),
            (
                "Accepted. A practice guide has been drafted and will be launched with a series of "
                "workshops in spring 2023."
            ),
        ),
        (
            (
                "Thornley Fire and Rescue Service and Adult Social Care should agree a simple referral "
                "pathway so that any practitioner who sees significant clutter or hoarding in a home can "
                "request a home fire safety visit."
            ),
            "Accepted. The referral form is now available on the Board's website.",
        ),
        (
            (
                "The Thornley and District Integrated Care Board should ask GP practices to record when a "
                "patient with care and support needs repeatedly declines care or treatment, and to review "
                "that patient's care when this happens."
            ),
            (
                "Accepted in part. The Integrated Care Board will issue guidance to practices; it cannot "
                "require practices to change their recording systems."
            ),
        ),
        (
            (
                "The Board should write to the Department of Health and Social Care asking it to publish "
                "national guidance on self-neglect for practitioners, as the Care and Support Statutory "
                "Guidance gives little help on how to work with people who decline support."
            ),
            "Accepted. The Independent Chair wrote to the Department in December 2022.",
        ),
    ]
    for i, (text, resp) in enumerate(recs, 1):
        r.h(f"Recommendation {i}", 3)
        r.p(text)
        r.p(" " + resp, bold_lead="Board response:")
    r.h("5. Summary of recommendations", 1)
    r.p("Table 1: Recommendations and lead organisations")
    r.table(
        ["No.", "Recommendation", "Lead"],
        [
            [
                "1",
                "Assurance that the self-neglect and hoarding procedure is known and used",
                "Thornley SAB",
            ],
            [
                "2",
                "Contact patients within 72 hours of discharge to confirm care has started",
                "Thornley Hospitals NHS FT",
            ],
            [
                "3",
                "Guidance and training on assessing executive capacity",
                "Adult Social Care",
            ],
            [
                "4",
                "Referral pathway for home fire safety visits where there is hoarding",
                "Thornley Fire and Rescue Service / Adult Social Care",
            ],
            [
                "5",
                "GP practices to record and review repeated refusal of care",
                "Thornley and District ICB",
            ],
            [
                "6",
                "Letter to DHSC asking for national self-neglect guidance",
                "Thornley SAB",
            ],
        ],
        widths=[1.5, 10, 5],
    )
    r.p(
        "The Board will monitor the implementation of these recommendations through its SAR "
        "Sub-group and will publish a progress summary in its annual report."
    )
    return r


@family
def h3_cspr_lettered_keyevents(Report):
    """CSPR (local): key-events table printed row by row, findings, recommendations lettered a) b) c)."""
    r = Report(
        "Harwell Vale Safeguarding Children Partnership \u2013 LCSPR Child R",
        "Official",
        page_of=True,
    )
    r.title("Harwell Vale Safeguarding Children Partnership", 16)
    r.title("Local Child Safeguarding Practice Review", 22)
    r.title("Child R", 22)
    r.title("Lead Reviewer: Martin Greaves", 12, bold=False)
    r.title("Final report \u2013 June 2023", 12, bold=False)
    r.page_break()
    r.h("1. Why this review was undertaken", 1)
    r.p(
        "Child R was two years old when he died in hospital on 11 August 2022 from a head injury. His "
        "mother's partner, referred to here as Mr S, was later charged with his murder and the criminal "
        "proceedings are ongoing. A rapid review was held on 1 September 2022 and the safeguarding "
        "partners for Harwell Vale (the local authority, the Integrated Care Board and Harwell Vale "
        "Constabulary) decided that a local child safeguarding practice review should be carried out. "
        "The Child Safeguarding Practice Review Panel agreed with that decision."
    )
    r.p(
        "The review covers the period from Child R's birth in January 2020 to his death. It looks at "
        "how agencies understood the risks to Child R when a new adult joined the household, and how "
        "well they listened to his mother and his grandmother."
    )
    r.h("2. Child R and his family", 1)
    r.p(
        "Child R lived with his mother, Ms T, who was 20 when he was born, and his older half-sister, "
        "aged five. His maternal grandmother lived nearby and provided much of his day-to-day care while "
        "his mother worked shifts at a distribution centre. Family members describe Child R as a happy, "
        "noisy little boy who loved buses and his sister's cat. Mr S began a relationship with Ms T in "
        "the spring of 2021 and moved into the household in October 2021."
    )
    r.h("3. Key events", 1)
    r.p("The table below sets out the events the review found most significant for the learning.")
    r.table(
        ["Date and key event"],
        [
            [
                [
                    "14 January 2020",
                    "Child R born at Harwell Vale General Hospital. No concerns noted at birth; the family was allocated the universal health visiting offer.",
                ]
            ],
            [
                [
                    "02/03/2020",
                    "Health visitor new birth visit at home. Mother disclosed that Child R's father had been controlling during the pregnancy; he had since left. No referral was made as he was no longer in the household.",
                ]
            ],
            [
                [
                    "November 2020",
                    "Child R seen by the health visitor at his 9–12 month review. Development on track. The review was completed by video call because of pandemic restrictions.",
                ]
            ],
            [
                [
                    "19 June 2021",
                    "Police called to a disturbance at a party. Mr S was arrested for assaulting another man. A record was made that he was in a relationship with a woman who had two young children, but no notification was sent to Children's Social Care.",
                ]
            ],
            [
                [
                    "October 2021",
                    "Mr S moves into the family home. No agency was aware of this at the time.",
                ]
            ],
            [
                [
                    "8 December 2021",
                    "Child R taken to the GP with bruising to his ear. Mother said he fell against a radiator. The GP accepted the explanation and did not consider the child protection guidance for bruising in non-mobile or young children.",
                ]
            ],
            [
                [
                    "24 January 2022",
                    "Nursery reports that Child R has a bruise on his cheek. A body map is completed and the nursery designated safeguarding lead is informed. Mother's explanation of a fall at soft play is recorded. No referral to the front door.",
                ]
            ],
            [
                [
                    "3 March 2022",
                    "Grandmother telephones Children's Social Care to say she is worried about 'the new boyfriend' and that Child R has become quiet and clingy. The contact is recorded as advice only because she could not describe a specific incident.",
                ]
            ],
            [
                [
                    "w/c 11 April 2022",
                    "Health visitor attempts a two-year review; two visits not answered. The case is returned to the universal caseload after a letter is sent.",
                ]
            ],
            [
                [
                    "6 June 2022",
                    "Child R attends the Emergency Department with a burn to his hand. Mr S brings him in and says he touched the oven door. A referral is made to Children's Social Care; a strategy discussion is not held and a single agency assessment is opened.",
                ]
            ],
            [
                [
                    "29 July 2022",
                    "Assessment closed with advice to mother on home safety. Mr S was not seen or spoken to during the assessment.",
                ]
            ],
            [
                [
                    "10 August 2022",
                    "Ambulance called to the home; Child R is unresponsive. He is taken to Harwell Vale General Hospital and transferred to a specialist unit, where he dies the following day.",
                ]
            ],
        ],
        widths=[16.5],
        bold_first_par=True,
    )
    r.h("4. Findings", 1)
    r.h("Finding 1: The unseen man", 2)
    r.p(
        "Mr S was almost entirely absent from agency records. Professionals who knew the family did not "
        "ask who else lived in or visited the home, and when he was seen (at the Emergency Department) "
        "nobody explored his relationship to the child or his history. This is a recurring theme in "
        "national reviews."
    )
    r.h("Finding 2: Bruising in a young child", 2)
    r.p(
        "Two bruises in seven weeks on a child who was two years old, each with a plausible explanation, "
        "were considered separately by different agencies. Neither the GP nor the nursery knew of the "
        "other event. The partnership's bruising protocol applies only to non-mobile babies and did not "
        "prompt action."
    )
    r.h("Finding 3: Grandmother's concern", 2)
    r.p(
        "Family members are often the first to see changes in a child. The grandmother's call was not "
        "treated as a safeguarding contact because it lacked a specific incident, and she was not called "
        "back. She told the reviewer she felt that she had not been believed."
    )
    r.h("Finding 4: Single agency assessment after an injury", 2)
    r.p(
        "Once a referral was made after the burn in June 2022, the assessment focused on accident "
        "prevention. A strategy discussion would have brought together the earlier bruising, the police "
        "information about Mr S and the grandmother's call."
    )
    r.h("5. Recommendations for the Partnership", 1)
    r.p("The Lead Reviewer recommends that the Harwell Vale Safeguarding Children Partnership:")
    n = r.new_list(fmt="lowerLetter", text="%1)")
    r.item(
        n,
        """seeks assurance that practitioners in all agencies routinely ask who lives in or regularly visits
        a child's home, and record the details of any new adult in the household;""",
    )
    r.item(
        n,
        """extends its protocol for bruising in babies so that it also applies to children under three, and
        requires a discussion with Children's Social Care for any unexplained or repeated bruising;""",
    )
    r.item(
        n,
        """asks Harwell Vale Constabulary to ensure that officers notify Children's Social Care when a person
        arrested for violence is known to live with or be in a relationship with a parent of young children;""",
    )
    r.item(
        n,
        """ensures that concerns raised by wider family members are responded to, including a call back from
        a social worker, even when no specific incident is described;""",
    )
    r.item(
        n,
        """reviews the threshold for holding a strategy discussion when a child under five presents with an
        injury and there has been a previous injury or concern within the last twelve months;""",
    )
    r.item(
        n,
        """works with the health visiting service to ensure that a missed two-year review for a child known to
        have had an injury or safeguarding concern leads to follow-up rather than a return to the universal
        caseload;""",
    )
    r.item(
        n,
        """arranges multi-agency learning events on this review, with a focus on the role of men in the
        household, for practitioners across early years, health, police and children's social care.""",
    )
    r.p(
        "The partnership should report on progress against these recommendations to the Child "
        "Safeguarding Practice Review Panel when requested."
    )
    return r


@family
def h3_dardr_two_victims(Report):
    """DARDR with two victims, a contents page, national and local recommendations, mixed date forms."""
    r = Report(
        "Sandmere Safer Communities Partnership \u2013 DARDR Joan and Daniel",
        "OFFICIAL SENSITIVE",
    )
    r.title("Sandmere Safer Communities Partnership", 16)
    r.title("Domestic Abuse Related Death Review", 22)
    r.title("Overview Report", 18)
    r.title("The deaths of Joan (68) and her son Daniel (41) in May 2023", 14, bold=False)
    r.title("Review reference: SSCP DARDR 03", 12, bold=False)
    r.title("Author and Independent Chair: Rachel Moyo", 12, bold=False)
    r.title(
        "Version 6 \u2013 submitted to the Home Office Quality Assurance Panel, 30 September 2024",
        11,
        bold=False,
    )
    r.page_break()
    r.h("Contents", 1)
    r.contents(
        [
            ("Preface", "3"),
            ("1. Introduction", "4"),
            ("2. Timescales and confidentiality", "6"),
            ("3. Terms of reference", "7"),
            ("4. Involvement of family and friends", "10"),
            ("5. Summary chronology", "12"),
            ("6. Analysis", "22"),
            ("7. Conclusions", "31"),
            ("8. Lessons to be learned", "33"),
            ("9. Recommendations", "34"),
            ("Appendix A: Action plan", "37"),
        ]
    )
    r.page_break()
    r.h("Preface", 1)
    r.p(
        "The Review Panel offers its deepest sympathy to the family of Joan and Daniel. Joan's "
        "daughter, Claire, met the chair three times during the review and her account of her mother "
        "and brother is at the centre of this report. Claire chose the names used here."
    )
    r.h("1. Introduction", 1)
    r.paras(
        """
1.1 This review considers the deaths of Joan, aged 68, and her elder son Daniel, aged 41, who were
found at their home in Marsh End, Sandmere, on 21 May 2023. Both had died of stab wounds the
previous evening, 20 May 2023. Joan's younger son, referred to as Carl, aged 37, was arrested at
the scene.

1.2 In February 2024 Carl was found not guilty of murder by reason of insanity and was made
subject to a hospital order with restrictions. He had a diagnosis of paranoid schizophrenia and
a long history of cannabis and cocaine use.

1.3 The Domestic Abuse Act 2021 brought deaths of this kind clearly within the scope of these
reviews. Sandmere Safer Communities Partnership calls them Domestic Abuse Related Death Reviews
(DARDRs), in line with the revised statutory guidance.

1.4 Daniel had a learning disability and lived with Joan, who was his main carer. Carl moved back
into the family home in 2022 after the breakdown of his tenancy.
"""
    )
    r.h("5. Summary chronology", 1)
    r.p(
        "This chronology draws on the combined agency chronology, the Individual Management Reviews and "
        "the family's account. It records the events the panel considered most relevant."
    )
    r.paras(
        """
5.1 In the summer of 2017 Carl was detained under section 2 of the Mental Health Act 1983 after
his neighbours reported that he had barricaded himself in his flat. Joan told ward staff that he
had threatened her during the weeks before his admission.

5.2 In early 2018 Carl was discharged to the care of the Sandmere Early Intervention in Psychosis
team. Joan was not offered a carer's assessment, although the discharge letter named her as his
next of kin and main support.

5.3 On 12/03/2019 police attended Joan's home after Daniel called 999 to say that Carl had pushed
their mother into a door. Carl had left before officers arrived. Joan said she did not want any
action taken. A DASH risk assessment was completed and graded standard.

5.4 In March 2019 the police referral was received by Sandmere Adult Social Care as a concern for
Daniel, who was recorded as an adult with care and support needs. It was closed with no further
action after a telephone call to Joan.

5.5 On 22 October 2019 Carl was discharged from the Early Intervention in Psychosis team after he
stopped attending appointments. His GP was told in a letter that he could be re-referred if
needed.

5.6 During w/c 5 June 2020 Joan rang her GP practice, Marsh End Surgery, asking for help for Carl,
who she said was "not himself" and was shouting at Daniel. The receptionist gave her the number
of the crisis line. There is no record that a clinician called her back.

5.7 Mid-September 2021 Carl's landlord began possession proceedings after complaints about noise
and damage to his flat.

5.8 On 3rd January 2022 Carl moved back into his mother's home. Claire told the panel that from
this point the atmosphere in the house changed and her mother became "frightened to say the wrong
thing".

5.9 Two days later Daniel's day centre recorded that he arrived with a bruise on his arm and said
"Carl did it". The day centre manager spoke to Joan, who said the brothers had been "messing about".
No safeguarding concern was raised.

5.10 On 17 August 2022 Joan attended a routine carers' support group run by Sandmere Carers Centre.
She told a worker that she was tired and that her younger son was using drugs again. She was given
information about a family support service.

5.11 Christmas 2022: Claire visited and found a hole in the kitchen door. Joan told her Carl had
punched it during an argument about money.

5.12 On 2 Feb 2023 police were called by a neighbour who heard screaming. Officers spoke to Joan on
the doorstep; she said Carl was unwell and that she could cope. A DASH assessment was completed and
graded medium. A referral was made to the Sandmere Domestic Abuse Service, which attempted to call
Joan twice without success.

5.13 On 14.04.2023 Carl was seen by the community mental health crisis team after his GP made an
urgent referral. He denied any thoughts of harming others. He was not asked about his relationship
with his mother or brother, and Joan was not spoken to.

5.14 On 20 May 2023, in the evening, Carl attacked Joan and Daniel at home.
"""
    )
    r.h("7. Conclusions", 1)
    r.p(
        "Joan was both a victim of abuse by her son and the carer of another son with a learning "
        "disability. Services saw her as a carer and a parent, but rarely as a person at risk. Risk from "
        "Carl was assessed by mental health services in terms of his own safety; the risk he posed to "
        "his family was considered by no one agency in the round."
    )
    r.h("8. Lessons to be learned", 1)
    r.bullets(
        [
            "Adult family violence by a son towards a parent is under-recognised and is often reframed as a caring or mental health issue.",
            "Carers who are also victims need to be asked about their own safety, separately from the person they care for.",
            "Siblings with care and support needs may be exposed to the same abuse and need their own safeguarding response.",
        ]
    )
    r.h("9. Recommendations", 1)
    r.p(
        "The panel makes the following recommendations. Recommendations 1 to 7 are for the Partnership "
        "and local agencies; recommendations 8 and 9 are addressed nationally."
    )
    n = r.new_list()
    r.item(
        n,
        """Sandmere Safer Communities Partnership should develop a local protocol for adult family violence,
        including child-to-parent abuse, so that practitioners recognise abuse by an adult child as domestic
        abuse and use the domestic abuse pathways.""",
    )
    r.item(
        n,
        """Sandmere and Coast NHS Foundation Trust (mental health services) should ensure that risk assessments
        for patients living with family members consider the risk to those family members and that carers are
        spoken to separately.""",
    )
    r.item(
        n,
        """Sandmere and Coast NHS Foundation Trust should ensure that every relative named as a main carer at
        discharge from inpatient care is offered a carer's assessment and information about support.""",
    )
    r.item(
        n,
        """Sandmere Adult Social Care should ensure that safeguarding concerns about an adult with care and
        support needs are not closed on the basis of a telephone conversation with the alleged victim's carer
        when the carer is also a possible victim.""",
    )
    r.item(
        n,
        """Marsh End Surgery should review its process for calls from relatives worried about a patient's mental
        health so that a clinician always calls back, and should record the call on both patients' records.""",
    )
    r.item(
        n,
        """Sandmere Police should audit a sample of domestic abuse incidents involving adult family members to
        check that DASH risk assessments take account of the perpetrator's mental health and substance use.""",
    )
    r.item(
        n,
        """The Partnership should commission training for day services, carers' services and domestic abuse
        services on the dynamics of adult family violence and on raising safeguarding concerns for adults with
        learning disabilities.""",
    )
    r.item(
        n,
        """The Home Office should include specific guidance on reviewing deaths involving more than one victim in
        a family, and on adult family homicide, in the next revision of the statutory guidance for these
        reviews.""",
    )
    r.item(
        n,
        """The Department of Health and Social Care should issue guidance to mental health providers on involving
        families and carers in risk assessment where a patient has a history of violence towards relatives.""",
    )
    r.p("The action plan at Appendix A sets out how each recommendation will be taken forward.")
    return r


@family
def h3_exec_summary_agency_plan(Report):
    """Executive summary: overview and single agency recommendations by agency, plan appendix with status."""
    r = Report(
        "Kestrel Borough DHR \u2018Ayesha\u2019 \u2013 Executive Summary",
        None,
        page_of=False,
    )
    r.title("Kestrel Borough Community Safety Partnership", 16)
    r.title("Domestic Homicide Review", 22)
    r.title("Executive Summary", 18)
    r.title("\u2018Ayesha\u2019", 18)
    r.title("Author: Tom Reilly", 12, bold=False)
    r.title("Date: November 2023", 12, bold=False)
    r.page_break()
    r.h("1. The review process", 1)
    r.paras(
        """
1.1 This summary outlines the process and findings of a Domestic Homicide Review into the death of
Ayesha, a 29 year old woman who was killed by her husband, referred to as Imran, in the early hours
of 2 September 2021 at their home in Kestrel. Imran pleaded guilty to murder and was sentenced in
April 2022.

1.2 Kestrel Borough Community Safety Partnership commissioned the review in October 2021. The panel
met seven times. Ayesha's mother and brother contributed to the review with the support of an
advocate from a national charity for families bereaved by homicide.

1.3 The full Overview Report sets out the events in detail. This summary describes the key findings,
the recommendations and the agreed action plan.
"""
    )
    r.h("2. Summary of the case", 1)
    r.paras(
        """
2.1 Ayesha came to the United Kingdom in 2017 on a spouse visa. She spoke limited English and relied
on her husband and his family for money and transport. Her visa status was used by Imran to control
her; he told her she would be deported if she left him.

2.2 Ayesha had contact with her GP practice during two pregnancies, with maternity services, with the
police on one occasion in 2020, and with Kestrel Borough Council's housing service when she briefly
left the home in 2021. On most of these occasions an interpreter was not used and a family member
interpreted for her.
"""
    )
    r.h("3. Key findings", 1)
    r.bullets(
        [
            "Professionals relied on family members, including Imran, to interpret for Ayesha.",
            "The risks created by insecure immigration status were not understood by frontline staff.",
            "When Ayesha approached the housing service she was not offered refuge or specialist support.",
            "Information held by maternity services about Ayesha's fear of her husband was not shared with the GP.",
        ]
    )
    r.h("4. Recommendations", 1)
    r.h("Overview recommendations", 2)
    n = r.new_list()
    r.item(
        n,
        """Kestrel Borough Community Safety Partnership should agree a standard across all partner agencies that
        family members and partners are never used as interpreters when a person may be experiencing domestic
        abuse.""",
    )
    r.item(
        n,
        """Kestrel Borough Community Safety Partnership should ensure that victims with insecure immigration
        status can access specialist support and safe accommodation, including through the Migrant Victims of
        Domestic Abuse Concession, and that frontline staff know how to help them do so.""",
    )
    r.item(
        n,
        """The Partnership should work with community and faith organisations to raise awareness among women
        who have recently arrived in the borough of their rights and of the support available to them.""",
    )
    r.h("Single agency recommendations", 2)
    r.p("Each agency that contributed an Individual Management Review made its own recommendations:")
    r.h("Kestrel Police", 3)
    n = r.new_list()
    r.item(
        n,
        """Officers attending domestic abuse incidents will use a professional interpreter and will not rely on
        any member of the household to interpret.""",
    )
    r.item(
        n,
        """Kestrel Police will review its guidance on completing the DASH risk assessment with victims whose
        immigration status is insecure.""",
    )
    r.h("Kestrel Borough Council Housing Options", 3)
    n = r.new_list()
    r.item(
        n,
        """Housing Options staff will receive training on domestic abuse, including economic abuse and the use of
        immigration status as a means of control.""",
    )
    r.item(
        n,
        """The service will refer every applicant who discloses domestic abuse to the Independent Domestic
        Violence Advisor (IDVA) service with their consent.""",
    )
    r.h("Kestrel Maternity Services (Kestrel and Wold Hospitals NHS Trust)", 3)
    n = r.new_list()
    r.item(
        n,
        """Maternity services will share any disclosure of domestic abuse with the woman's GP and health visitor
        through the agreed safeguarding notification.""",
    )
    r.h("Greenway Medical Centre (GP practice)", 3)
    n = r.new_list()
    r.item(
        n,
        """The practice will record in the patient's notes when an interpreter is needed and will book a
        professional interpreter for every appointment.""",
    )
    r.landscape()
    r.h("Appendix A: Action Plan", 1)
    cols = ["Recommendation", "Action", "Lead Officer", "Target date", "Status"]
    w = [6.5, 7.5, 5, 3, 3]
    r.h("Overview recommendations", 2)
    r.table(
        cols,
        [
            [
                "1. No use of family members or partners as interpreters",
                "1.1 Agree a partnership interpreting standard and circulate to all agencies",
                "Head of Community Safety",
                "31/03/2023",
                "Complete",
            ],
            [
                "",
                "1.2 Audit compliance in each agency after six months",
                "DHR Business Manager",
                "December 2023",
                "In progress",
            ],
            [
                "2. Access to support for victims with insecure immigration status",
                "2.1 Commission specialist immigration advice within the IDVA service",
                "Domestic Abuse Commissioning Lead",
                "April 2024",
                "Not started",
            ],
            [
                "",
                "2.2 Briefing for frontline staff on the Migrant Victims of Domestic Abuse Concession",
                "Domestic Abuse Coordinator",
                "30 June 2023",
                "Complete",
            ],
            [
                "3. Awareness among newly arrived women",
                "3.1 Co-produce leaflets in five community languages with local women's groups",
                "Community Cohesion Manager",
                "Sept 2024",
                "In progress",
            ],
        ],
        widths=w,
    )
    r.h("Kestrel Police", 2)
    r.table(
        cols,
        [
            [
                "1. Use of professional interpreters",
                "P1.1 Update the domestic abuse attendance policy and brief all response officers",
                "Detective Chief Inspector, Public Protection",
                "31/12/2022",
                "Complete",
            ],
            [
                "2. DASH and insecure immigration status",
                "P2.1 Revise DASH guidance and add to the force intranet",
                "Domestic Abuse Lead",
                "March 2024",
                "Partially complete \u2013 guidance drafted",
            ],
        ],
        widths=w,
    )
    r.h("Kestrel Borough Council Housing Options", 2)
    r.table(
        cols,
        [
            [
                "1. Training on domestic abuse",
                "H1.1 Deliver domestic abuse training to all Housing Options officers",
                "Housing Options Manager",
                "31 March 2024",
                "In progress \u2013 60% trained",
            ],
            [
                "2. Referral to the IDVA service",
                "H2.1 Add an IDVA referral prompt to the homelessness assessment form",
                "Housing Options Manager",
                "Q1 2023/24",
                "Completed",
            ],
        ],
        widths=w,
    )
    r.h("Kestrel Maternity Services", 2)
    r.table(
        cols,
        [
            [
                "1. Sharing disclosures with GP and health visitor",
                "M1.1 Amend the safeguarding notification so that domestic abuse disclosures are sent to the GP and health visitor",
                "Named Midwife for Safeguarding",
                "Ongoing",
                "Not yet started",
            ],
        ],
        widths=w,
    )
    r.h("Greenway Medical Centre", 2)
    r.table(
        cols,
        [
            [
                "1. Recording interpreter needs",
                "G1.1 Add an interpreter alert to the clinical system for every patient who needs one",
                "Practice Manager",
                "01/09/2023",
                "Complete",
            ],
        ],
        widths=w,
    )
    return r


def main(argv):
    wanted = argv or list(FAMILIES)
    for stem in wanted:
        rep = FAMILIES[stem](Report)
        rep.save(stem)
        render(stem)
        print("built", stem)


if __name__ == "__main__":
    main(sys.argv[1:])
