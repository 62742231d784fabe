"""Build the fourth blind test set: five reports written in Word the way their families are published.

Run once from the worktree root:  python tests/heldout4/build.py
then convert each .docx with soffice to .pdf and to "Text (encoded)" .txt (see README.md).
The content is fictional: people, places and organisations are invented.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- Word helpers


def page_field(paragraph, instr: str) -> None:
    """A live PAGE / NUMPAGES field, as Word inserts it."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def running_heads(doc, header_text: str, footer_text: str) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{footer_text}    Page ")
    page_field(fp, "PAGE")
    fp.add_run(" of ")
    page_field(fp, "NUMPAGES")


def new_list(doc, style: str = "List Number") -> str:
    """A fresh numbering instance so each numbered list starts again at 1."""
    numbering = doc.part.numbering_part.element
    base = doc.styles[style].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(base).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def numbered(doc, items, style: str = "List Number") -> None:
    num_id = new_list(doc, style)
    for item in items:
        p = doc.add_paragraph(item, style=style)
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num_id


def bullets(doc, items) -> None:
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def table(doc, header, rows, merge_first_col: bool = False, widths=None) -> None:
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    # the header row repeats on every page, as authors set it
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    start = None
    for r in rows:
        cells = t.add_row().cells
        for i, text in enumerate(r):
            lines = text.split("\n") if text else [""]
            cells[i].text = lines[0]
            for extra in lines[1:]:
                cells[i].add_paragraph(extra)
        if merge_first_col:
            if r[0]:
                start = cells[0]
            elif start is not None:
                start.merge(cells[0])
    doc.add_paragraph()


def title_line(doc, text, size=16, bold=True) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render(stem: str, header: str, footer: str, blocks) -> None:
    doc = Document()
    running_heads(doc, header, footer)
    for kind, *args in blocks:
        if kind == "title":
            title_line(doc, *args)
        elif kind == "h1":
            doc.add_heading(args[0], level=1)
        elif kind == "h2":
            doc.add_heading(args[0], level=2)
        elif kind == "h3":
            doc.add_heading(args[0], level=3)
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "ol":
            numbered(doc, args[0])
        elif kind == "ul":
            bullets(doc, args[0])
        elif kind == "table":
            table(doc, *args)
        elif kind == "pb":
            page_break(doc)
        else:  # pragma: no cover - author's typo
            raise ValueError(kind)
    doc.save(HERE / f"{stem}.docx")


# DOCUMENTS is defined below the plumbing, one list of blocks per report.


def main() -> None:
    for stem, header, footer, blocks in DOCUMENTS:
        render(stem, header, footer, blocks)
        print("wrote", stem)


WELSH_APR = [
    ("title", "Bro Celyn Safeguarding Adults Board", 14),
    ("title", "Concise Adult Practice Review", 20),
    ("title", "Re: BCSAB APR 02/2022", 12, False),
    ("title", "Mrs E", 14),
    ("pb",),
    ("h1", "Brief outline of circumstances resulting in the Review"),
    ("h2", "Legal context"),
    (
        "p",
        "This review was commissioned by Bro Celyn Safeguarding Adults Board (the Regional Safeguarding "
        "Board) under the Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 and the "
        "statutory guidance on Adult Practice Reviews issued under the Social Services and Well-being "
        "(Wales) Act 2014. A concise review was agreed because Mrs E had not been the subject of adult "
        "protection enquiries in the six months before the event.",
    ),
    ("h2", "Circumstances resulting in the review"),
    (
        "p",
        "Mrs E was a 78 year old woman who lived with her adult son, referred to here as Mr E, in a "
        "rented bungalow on the edge of Llanfor. She had Parkinson's disease and mild vascular dementia. "
        "Mr E described himself as her main carer, and a domiciliary care agency visited twice a day from "
        "the spring of 2021.",
    ),
    (
        "p",
        "Mrs E was admitted to Ysbyty Glan Celyn in late January 2022 after paramedics found her "
        "dehydrated and with extensive pressure damage. She died in hospital on 9 February 2022. The "
        "coroner's inquest has not yet concluded. Mr E was later charged with wilful neglect; the "
        "criminal proceedings did not delay this review, which was conducted in parallel with the "
        "agreement of the Crown Prosecution Service.",
    ),
    ("h2", "Time period reviewed and why"),
    (
        "p",
        "The panel looked at agency contact from March 2020, when Mrs E was first referred for a care and "
        "support assessment, until her death. Earlier history was summarised by agencies where it helped "
        "the panel understand the family.",
    ),
    ("h2", "Agencies that contributed"),
    (
        "ul",
        [
            "Bro Celyn County Borough Council – Adult Services",
            "Bae Glas University Health Board – community nursing, older adult mental health and hospital services",
            "Pen-y-Bont Medical Practice (GP)",
            "Celyn Valley Police",
            "Welsh Ambulance Services NHS Trust",
            "Harbourside Home Care Ltd (domiciliary care provider)",
        ],
    ),
    ("h1", "Practice and organisational learning"),
    (
        "p",
        "The learning event brought together twenty practitioners and managers. The panel identified four "
        "learning themes. Each is summarised below; the practitioners' own reflections are reported without "
        "attribution.",
    ),
    ("h2", "Learning theme 1: The carer who was also the barrier"),
    (
        "p",
        "Professionals accepted Mr E's account of his mother's needs and of the care he gave. Visits were "
        "arranged through him and he often declined them on her behalf. No professional spoke with Mrs E on "
        "her own after the summer of 2021, and nobody tested whether she had capacity to refuse the district "
        "nursing visits that he cancelled.",
    ),
    ("h2", "Learning theme 2: Carer's assessment and carer strain"),
    (
        "p",
        "Mr E was offered a carer's assessment twice and declined both times. His own heavy drinking, which "
        "the GP practice knew about, was not linked to his role as a carer. Practitioners told the panel "
        "that they would not have thought of a carer's needs as a possible source of risk to the person "
        "cared for.",
    ),
    ("h2", "Learning theme 3: Care workers' concerns did not travel"),
    (
        "p",
        "Care workers from Harbourside Home Care recorded on several occasions that Mrs E seemed thirsty and "
        "that her bedding was soiled. These notes stayed in the folder at the house and in the agency's "
        "electronic log; they were not passed to the council's commissioning team or to the community "
        "nurses. The agency's safeguarding policy relied on a single office manager who was on long-term "
        "sick leave for part of the period.",
    ),
    ("h2", "Learning theme 4: Pressure damage as a safeguarding signal"),
    (
        "p",
        "The health board's own tissue viability guidance expects a safeguarding referral to be considered "
        "for grade 3 and 4 pressure ulcers. Although a grade 3 ulcer was recorded in December 2021 this "
        "was managed as a clinical matter only.",
    ),
    ("h2", "Good practice"),
    (
        "p",
        "The ambulance crew who attended in January 2022 made an immediate safeguarding report and the "
        "hospital ward involved the family liaison service promptly. The GP practice's receptionist "
        "noticed that repeat prescriptions were not being collected and alerted a GP.",
    ),
    ("h1", "Improving Systems and Practice"),
    (
        "p",
        "To promote the learning from this case the review identified the following actions for the "
        "Regional Safeguarding Board and its member agencies, together with the improvement each is "
        "expected to bring about:",
    ),
    (
        "ol",
        [
            "The Regional Safeguarding Board should issue practice guidance on seeing and speaking with an "
            "adult at risk on their own when a family carer controls access to them, including how to record "
            "why it was not possible. Anticipated outcome: practitioners routinely seek the adult's own view.",
            "The Regional Safeguarding Board should seek assurance from Bro Celyn County Borough Council that "
            "carers' assessments consider the carer's own health, alcohol use and capacity to care, and how "
            "these may affect the safety of the person cared for.",
            "Bro Celyn County Borough Council should require commissioned domiciliary care providers to report "
            "concerns about hydration, continence and skin integrity to the commissioning team and the district "
            "nursing service within one working day, and should check this through contract monitoring visits.",
            "Bae Glas University Health Board should audit the application of its pressure ulcer safeguarding "
            "guidance in community nursing and report the findings to the Regional Safeguarding Board within six "
            "months.",
            "The Regional Safeguarding Board should deliver multi-agency learning sessions on the Mental Capacity "
            "Act 2005 in situations where a relative declines services on behalf of an adult.",
            "The Regional Safeguarding Board should write to the National Independent Safeguarding Board asking "
            "that the all-Wales safeguarding procedures include a practice guide on neglect by family carers.",
        ],
    ),
    ("h1", "Statement by Reviewers"),
    (
        "table",
        ["", "Reviewer 1", "Reviewer 2"],
        [
            ["Name", "Catrin Howells", "Owain Pryce"],
            ["Organisation", "Independent reviewer", "Bae Glas University Health Board"],
            ["Date", "14 November 2022", "14 November 2022"],
        ],
    ),
    (
        "p",
        "Statement of independence from the case. Quality assurance statement of qualification: I make the "
        "following statement that prior to my involvement with this learning review I have not been "
        "directly concerned with the adult or family, nor have I given professional advice on the case.",
    ),
    ("h1", "Statement by Review Panel Chair"),
    (
        "p",
        "I confirm that the review was conducted in accordance with the guidance and that the report is an "
        "accurate account of the panel's findings.",
    ),
    ("table", ["Review Panel Chair", "Date"], [["Rhodri Maddocks", "21 November 2022"]]),
    ("h1", "Appendix 1: Terms of reference"),
    (
        "ul",
        [
            "To consider how agencies identified and responded to Mrs E's care and support needs.",
            "To consider whether Mrs E's voice was heard and how her capacity was assessed.",
            "To examine the support offered to Mr E as a carer.",
            "To identify how information about her care was shared between providers and commissioners.",
        ],
    ),
    ("h1", "For Welsh Government use only"),
    (
        "table",
        [
            "Date information received",
            "Date acknowledgement letter sent to Board Chair",
            "Date circulated to relevant inspectorates / policy leads",
            "Agencies",
            "Yes",
            "No",
            "Reason",
        ],
        [["", "", "", "", "", "", ""]],
    ),
]


SCOTTISH_LR = [
    ("title", "Strathmorran Adult Protection Committee", 14),
    ("title", "Adult Support and Protection Learning Review", 20),
    ("title", "Mr C", 16),
    ("title", "Published September 2024", 11, False),
    ("p", "Lead reviewer: Fiona Baird"),
    (
        "p",
        "Review team: Alasdair Reid (Strathmorran Health and Social Care Partnership), Morag Lindsay (NHS "
        "Strathmorran), Detective Inspector Kenneth Orr (Police Scotland)",
    ),
    ("pb",),
    ("h1", "1. Introduction"),
    (
        "p",
        "1.1 This Learning Review was commissioned by Strathmorran Adult Protection Committee (the APC) "
        "following the death of Mr C, a 44 year old man, in March 2023. It was carried out under the "
        "national guidance for Adult Protection Committees undertaking Learning Reviews.",
    ),
    (
        "p",
        "1.2 Mr C had a learning disability and epilepsy. He lived alone in a mainstream tenancy in "
        "Kilbrannan and received a small package of support. He died at home following a seizure; he had "
        "not been taking his medication for some weeks and had been financially exploited by people he "
        "described as friends.",
    ),
    (
        "p",
        "1.3 The Chief Officers Group agreed the recommendation of the Learning Review panel to publish this "
        "report. Mr C's sister, who took part in the review, asked that he be remembered as a sociable man "
        "who loved football and his dog.",
    ),
    ("h1", "2. The Learning Review process"),
    (
        "p",
        "2.1 The review used a systems approach. Agencies provided summaries of their involvement, and two "
        "reflective sessions were held with practitioners from social work, housing, primary care, the "
        "community learning disability team and the police. Mr C's sister was interviewed twice.",
    ),
    (
        "p",
        "2.2 The review looked at the period from January 2021, when Mr C moved into his tenancy, to his "
        "death.",
    ),
    ("h1", "3. Background"),
    (
        "p",
        "3.1 Mr C had lived with his mother until her death in late 2020. He was supported into his own "
        "tenancy by the community learning disability team and was allocated four hours of support a week "
        "from a third sector provider, Braeside Support Services.",
    ),
    (
        "p",
        "3.2 During 2022 neighbours and his support worker noticed that several young men were visiting the "
        "flat, that Mr C's benefits were being withdrawn as soon as they were paid and that his medication "
        "was running out early. Three adult protection referrals were made in that year. Each was screened "
        "as not meeting the three-point test, on the basis that Mr C said he was happy and was able to make "
        "his own decisions.",
    ),
    ("h1", "4. Key findings"),
    (
        "p",
        "4.1 Finding one: the three-point test was applied to each referral in isolation. Nobody looked at "
        "the referrals together and so the pattern of cumulative harm was not seen.",
    ),
    (
        "p",
        "4.2 Finding two: Mr C's capacity was assumed rather than assessed. Practitioners were confident in "
        "the principle of least restriction but less confident about how undue pressure and coercion can "
        "affect a person's ability to make decisions.",
    ),
    (
        "p",
        "4.3 Finding three: the GP practice and the community pharmacy knew that repeat prescriptions were "
        "being requested early and then not collected, but there was no route for this to reach the social "
        "work team.",
    ),
    (
        "p",
        "4.4 Finding four: Braeside Support Services staff raised concerns appropriately, but did not receive "
        "feedback, and came to believe that further referrals would make no difference.",
    ),
    ("h1", "5. Recommendations and improvement actions"),
    (
        "p",
        "The review team makes four recommendations. The APC has agreed improvement actions for each, set out "
        "beneath the recommendation it serves; progress will be reported to the Chief Officers Group.",
    ),
    ("h2", "Recommendation 1"),
    (
        "p",
        "The APC should ensure that adult protection screening considers the history of previous referrals "
        "about the same adult, so that cumulative harm is recognised even when each single concern appears "
        "to fall below the threshold.",
    ),
    (
        "table",
        ["Improvement action", "Lead", "Timescale"],
        [
            [
                "Amend the adult protection screening tool to require a review of all referrals received in the "
                "previous twelve months.",
                "Chief Social Work Officer",
                "December 2024",
            ],
            [
                "Audit a sample of referrals screened out in 2024 to test whether cumulative harm was considered.",
                "APC Quality Assurance Subgroup",
                "June 2025",
            ],
        ],
    ),
    ("h2", "Recommendation 2"),
    (
        "p",
        "Strathmorran Health and Social Care Partnership should strengthen practitioners' understanding of "
        "how undue pressure, coercion and exploitation affect an adult's decision-making, and of when to "
        "carry out a formal capacity assessment.",
    ),
    (
        "table",
        ["Improvement action", "Lead", "Timescale"],
        [
            [
                "Develop a multi-agency learning module on capacity and undue influence for council officers and "
                "health staff.",
                "APC Learning and Development Subgroup",
                "March 2025",
            ],
            [
                "Include a prompt on capacity and coercion in the adult support and protection case recording "
                "template.",
                "Service Manager, Adult Services",
                "January 2025",
            ],
        ],
    ),
    ("h2", "Recommendation 3"),
    (
        "p",
        "NHS Strathmorran should agree with community pharmacies and GP practices a way of sharing concerns "
        "about medicines that are ordered early or not collected by adults known to be at risk.",
    ),
    (
        "table",
        ["Improvement action", "Lead", "Timescale"],
        [
            [
                "Agree an information sharing protocol between community pharmacy, primary care and adult social "
                "work.",
                "Director of Pharmacy, NHS Strathmorran",
                "April 2025",
            ],
            [
                "Issue a briefing to all GP practices on the new route.",
                "Primary Care Adult Protection Lead",
                "May 2025",
            ],
        ],
    ),
    ("h2", "Recommendation 4"),
    (
        "p",
        "The APC should ensure that any agency which makes an adult protection referral is told the outcome, "
        "and should ask the Scottish Government to consider including feedback to referrers in the next "
        "revision of the national Adult Support and Protection Code of Practice.",
    ),
    (
        "table",
        ["Improvement action", "Lead", "Timescale"],
        [
            [
                "Introduce a standard outcome letter to referrers from the duty social work team.",
                "Team Manager, Adult Duty Team",
                "October 2024",
            ],
            [
                "APC Chair to write to the Scottish Government about feedback to referrers.",
                "APC Chair",
                "November 2024",
            ],
        ],
    ),
    ("h1", "6. Conclusion"),
    (
        "p",
        "6.1 Mr C's wish to live independently was respected, and that was right. What was missing was a "
        "shared picture of the risks he faced and the confidence to ask whether his choices were really his "
        "own. The APC thanks his sister and the practitioners who took part.",
    ),
]


DHR_EXEC_TABLE = [
    ("title", "Ashbrook Community Safety Partnership", 14),
    ("title", "Domestic Homicide Review", 20),
    ("title", "Executive Summary", 16),
    ("title", "Report into the death of Leah", 14),
    ("title", "Independent Chair and Author: Graham Tullett", 12, False),
    ("title", "January 2023", 12, False),
    ("pb",),
    ("h1", "1. The Review Process"),
    (
        "p",
        "1.1 This summary outlines the process undertaken by Ashbrook Community Safety Partnership domestic "
        "homicide review panel in reviewing the death of Leah, a resident of Ashbrook, who died in June 2021. "
        "Leah was 31 years old. The pseudonyms Leah and Martin were chosen with her family.",
    ),
    (
        "p",
        "1.2 Martin, Leah's partner of four years, was convicted of her murder and sentenced to life "
        "imprisonment with a minimum term of nineteen years.",
    ),
    (
        "p",
        "1.3 The review was commissioned in August 2021. It was delayed by the criminal trial and completed "
        "in January 2023. The panel met six times.",
    ),
    ("h1", "2. Contributors to the Review"),
    (
        "table",
        ["Agency", "Contribution"],
        [
            ["Ashbrook Borough Council – Housing Solutions", "Individual Management Review"],
            ["Eastmere Police", "Individual Management Review"],
            ["Ashbrook and Fenwold Integrated Care Board (GP practices)", "Individual Management Review"],
            ["Fenwold Partnership NHS Foundation Trust (mental health)", "Individual Management Review"],
            ["Safe Harbour Domestic Abuse Service", "Summary report"],
            ["Ashbrook Borough Council – Children's Services", "Summary report"],
        ],
    ),
    ("h1", "3. Summary of the case"),
    (
        "p",
        "3.1 Leah had two children from an earlier relationship. She worked part-time in a care home. Friends "
        "described Martin as charming in public and jealous in private; he checked her phone and turned up "
        "at her workplace.",
    ),
    (
        "p",
        "3.2 Police attended the couple's home three times in the eighteen months before Leah's death. On "
        "the second occasion a DASH risk assessment was completed and graded standard risk, although Leah "
        "disclosed that Martin had put his hands around her neck. Non-fatal strangulation was not treated "
        "as a high-risk indicator.",
    ),
    (
        "p",
        "3.3 Leah saw her GP about low mood and poor sleep and was referred to talking therapies. She did not "
        "attend the assessment appointment and was discharged by letter. Martin was under the care of the "
        "community mental health team for anxiety and had told a nurse that he was 'losing it' with Leah.",
    ),
    (
        "p",
        "3.4 In the spring of 2021 Leah approached Housing Solutions asking about moving with her children. "
        "She was advised to complete an online application and no domestic abuse enquiry was made.",
    ),
    ("h1", "4. Key findings"),
    (
        "ul",
        [
            "The significance of non-fatal strangulation was not recognised in the risk assessment.",
            "Health services did not ask Leah directly about domestic abuse, and did not share Martin's "
            "disclosure with her GP.",
            "Housing staff did not recognise a request to move as a possible sign of abuse.",
            "Leah's family and colleagues were worried but did not know where to go for advice.",
        ],
    ),
    ("h1", "5. Conclusions"),
    (
        "p",
        "5.1 Leah's death could not have been predicted with certainty, but there were missed opportunities "
        "to identify the risk Martin posed and to offer Leah specialist support.",
    ),
    ("h1", "6. Recommendations"),
    (
        "p",
        "6.1 The panel makes the following recommendations. Single agency recommendations are included in "
        "each agency's own action plan and are not repeated here.",
    ),
    (
        "table",
        ["No.", "Recommendation", "Organisation(s)"],
        [
            [
                "1",
                "Eastmere Police should ensure that any disclosure of non-fatal strangulation leads to a review "
                "of the risk grading by a supervisor and a referral to MARAC where appropriate.",
                "Eastmere Police",
            ],
            [
                "2",
                "Fenwold Partnership NHS Foundation Trust should ensure that when a patient discloses thoughts of "
                "harming a partner, staff complete a risk assessment and consider sharing the information with "
                "the partner's GP.",
                "Fenwold Partnership NHS Foundation Trust",
            ],
            [
                "3",
                "Ashbrook and Fenwold Integrated Care Board should ensure that talking therapies services contact "
                "the referrer before discharging a patient who does not attend an assessment.",
                "Ashbrook and Fenwold Integrated Care Board",
            ],
            [
                "4",
                "Ashbrook Borough Council should train Housing Solutions staff to ask about domestic abuse when a "
                "household asks to move and to offer a referral to Safe Harbour.",
                "Ashbrook Borough Council – Housing Solutions",
            ],
            [
                "5",
                "Ashbrook Community Safety Partnership should run a campaign aimed at friends, family and "
                "workplaces explaining where to get advice about domestic abuse.",
                "Ashbrook Community Safety Partnership",
            ],
            [
                "6",
                "Ashbrook Community Safety Partnership should seek assurance through a multi-agency audit that "
                "the recommendations above have improved practice within twelve months of publication.",
                "Ashbrook Community Safety Partnership",
            ],
        ],
    ),
    ("pb",),
    ("h1", "Appendix A: Action Plan"),
    ("p", "Progress as reported to the Ashbrook Community Safety Partnership Board, December 2022."),
    (
        "table",
        ["Recommendation", "Action", "Owner", "Completion date", "Progress"],
        [
            [
                "1",
                "Update the force DASH guidance so that strangulation disclosures trigger supervisory review.",
                "Detective Superintendent, Public Protection",
                "September 2022",
                "Achieved – guidance published",
            ],
            [
                "",
                "Deliver briefings on non-fatal strangulation to response officers.",
                "Force Learning and Development",
                "31/03/2023",
                "On track – 60% of officers briefed",
            ],
            [
                "2",
                "Amend the community mental health risk assessment template to prompt staff about harm to "
                "partners.",
                "Head of Safeguarding, Fenwold Partnership NHS FT",
                "December 2022",
                "Delayed – template drafted, awaiting clinical systems change",
            ],
            [
                "3",
                "Revise the talking therapies did-not-attend policy to require contact with the referrer.",
                "Ashbrook and Fenwold ICB Designated Nurse",
                "Oct 2022",
                "Achieved",
            ],
            [
                "4",
                "Include domestic abuse enquiry in the Housing Solutions triage script.",
                "Housing Solutions Manager",
                "June 2022",
                "Achieved",
            ],
            [
                "",
                "Training for all Housing Solutions staff delivered by Safe Harbour.",
                "Housing Solutions Manager",
                "March 2023",
                "On track",
            ],
            [
                "5",
                "Design and launch a 'Worried about someone?' campaign with local employers.",
                "Community Safety Manager",
                "May 2023",
                "Not started – funding bid submitted",
            ],
            [
                "6",
                "Multi-agency audit of cases involving strangulation disclosures.",
                "CSP DHR Subgroup Chair",
                "January 2024",
                "Not started",
            ],
        ],
        True,
    ),
]


SAR_FINDINGS = [
    ("title", "Kellbridge Safeguarding Adults Board", 14),
    ("title", "Safeguarding Adults Review", 20),
    ("title", "'Derek'", 16),
    ("title", "Independent reviewer: Helen Marchbank", 12, False),
    ("title", "Final report – approved by the Board on 12 July 2023", 11, False),
    ("pb",),
    ("h1", "1. Introduction"),
    (
        "p",
        "Kellbridge Safeguarding Adults Board (the Board) agreed that Derek's circumstances met the criteria "
        "for a mandatory review under section 44 of the Care Act 2014. Derek was 58 when he died at his home "
        "in October 2022. The cause of death was given as bronchopneumonia, with chronic alcohol use and "
        "malnutrition as contributing factors.",
    ),
    (
        "p",
        "Derek's brother chose the name Derek for this report. He told the reviewer that Derek had been a "
        "skilled joiner and a generous friend until his drinking took hold after a divorce.",
    ),
    ("h1", "2. Methodology"),
    (
        "p",
        "The review followed a proportionate, systems-based approach. Agencies submitted chronologies and "
        "reflective reports; a practitioner event was held in March 2023; and the reviewer met Derek's "
        "brother. The review covered the two years before Derek's death.",
    ),
    ("h2", "Agencies that took part"),
    (
        "ul",
        [
            "Kellbridge City Council – Adult Social Care",
            "Kellbridge City Council – Housing Management",
            "Kellbridge Hospitals NHS Trust (emergency department and alcohol care team)",
            "Northfold Ambulance Service NHS Trust",
            "Canal Street Medical Centre (GP practice)",
            "Turning Point Kellbridge (community alcohol service)",
        ],
    ),
    ("h1", "3. About Derek"),
    (
        "p",
        "Derek lived alone in a council flat. Over the period reviewed his home became increasingly "
        "cluttered and unsanitary, he stopped paying rent and utility bills, and he rarely left the flat. He "
        "was well known to the emergency department, attending after falls while intoxicated. He often "
        "refused help, saying he wanted to be left alone, and agencies closed his case several times on that "
        "basis.",
    ),
    ("h1", "4. Findings and recommendations"),
    (
        "p",
        "The findings below are arranged by theme. Each finding is followed by the recommendations that flow "
        "from it, numbered to match the finding.",
    ),
    ("h2", "Finding 1: Self-neglect was treated as a lifestyle choice"),
    (
        "p",
        "Practitioners repeatedly recorded that Derek had capacity and was making an unwise decision. There "
        "was no evidence that his executive functioning, that is his ability to put a decision into "
        "practice, was considered, even though long-term alcohol use was known to affect it.",
    ),
    ("h3", "Recommendation 1.1"),
    (
        "p",
        "The Board should refresh its self-neglect and hoarding guidance so that it explains executive "
        "functioning and how to assess it when an adult refuses support.",
    ),
    ("h3", "Recommendation 1.2"),
    (
        "p",
        "The Board should ensure that multi-agency training on self-neglect, including the link with alcohol "
        "use, is available to staff in adult social care, housing and primary care.",
    ),
    ("h2", "Finding 2: No agency held the whole picture"),
    (
        "p",
        "Housing, adult social care, the ambulance service and the hospital each saw part of Derek's decline. "
        "There was no multi-agency risk management meeting, although the Board's procedure provides for one "
        "where an adult who self-neglects is at risk of serious harm.",
    ),
    ("h3", "Recommendation 2.1"),
    (
        "p",
        "Kellbridge City Council Adult Social Care should make sure that a multi-agency risk management "
        "meeting is convened whenever a self-neglect case is closed because the adult declines support but "
        "the risk remains high.",
    ),
    ("h2", "Finding 3: Alcohol services were hard to reach"),
    (
        "p",
        "Derek was referred to the community alcohol service three times. Each time he was offered an "
        "appointment at the service's base, did not attend, and was discharged. No outreach was offered.",
    ),
    ("h3", "Recommendation 3.1"),
    (
        "p",
        "The Director of Public Health should ensure that the commissioned alcohol treatment service offers "
        "assertive outreach to adults who repeatedly fail to attend and who are known to be self-neglecting.",
    ),
    ("h3", "Recommendation 3.2"),
    (
        "p",
        "Kellbridge Hospitals NHS Trust should review its alcohol care team's discharge letters so that they "
        "tell the GP and the community alcohol service about repeated attendances related to alcohol.",
    ),
    ("h2", "Finding 4: Tenancy enforcement ran in parallel with safeguarding"),
    (
        "p",
        "While adult social care was trying to engage Derek, the council's housing service started possession "
        "proceedings for rent arrears. The two services did not know about each other's actions.",
    ),
    ("h3", "Recommendation 4.1"),
    (
        "p",
        "Kellbridge City Council should agree a protocol requiring housing officers to check for open "
        "safeguarding involvement, and to consult the allocated worker, before starting enforcement action "
        "against a tenant with care and support needs.",
    ),
    ("h2", "Finding 5: The national picture"),
    (
        "p",
        "The difficulties seen here are common to many reviews of self-neglect involving alcohol. The "
        "reviewer considers that national guidance on the interface between the Care Act 2014 and alcohol "
        "treatment would help local areas.",
    ),
    ("h3", "Recommendation 5.1"),
    (
        "p",
        "The Board should write to the Department of Health and Social Care asking it to issue guidance on "
        "safeguarding adults who self-neglect because of dependent drinking.",
    ),
    ("h1", "5. Summary of recommendations"),
    (
        "table",
        ["No.", "Recommendation", "Lead"],
        [
            [
                "1.1",
                "The Board should refresh its self-neglect and hoarding guidance so that it explains executive "
                "functioning and how to assess it when an adult refuses support.",
                "Board Policy Subgroup",
            ],
            [
                "1.2",
                "The Board should ensure that multi-agency training on self-neglect, including the link with "
                "alcohol use, is available to staff in adult social care, housing and primary care.",
                "Board Learning Subgroup",
            ],
            [
                "2.1",
                "Kellbridge City Council Adult Social Care should make sure that a multi-agency risk management "
                "meeting is convened whenever a self-neglect case is closed because the adult declines support "
                "but the risk remains high.",
                "Director of Adult Social Care",
            ],
            [
                "3.1",
                "The Director of Public Health should ensure that the commissioned alcohol treatment service "
                "offers assertive outreach to adults who repeatedly fail to attend and who are known to be "
                "self-neglecting.",
                "Director of Public Health",
            ],
            [
                "3.2",
                "Kellbridge Hospitals NHS Trust should review its alcohol care team's discharge letters so that "
                "they tell the GP and the community alcohol service about repeated attendances related to "
                "alcohol.",
                "Kellbridge Hospitals NHS Trust",
            ],
            [
                "4.1",
                "Kellbridge City Council should agree a protocol requiring housing officers to check for open "
                "safeguarding involvement, and to consult the allocated worker, before starting enforcement "
                "action against a tenant with care and support needs.",
                "Head of Housing Management",
            ],
            [
                "5.1",
                "The Board should write to the Department of Health and Social Care asking it to issue guidance "
                "on safeguarding adults who self-neglect because of dependent drinking.",
                "Board Independent Chair",
            ],
        ],
    ),
    ("h1", "6. Next steps"),
    (
        "p",
        "The Board will prepare an action plan in response to these recommendations and will publish a "
        "summary of progress in its annual report.",
    ),
]


DHR_OVERVIEW_CHRON = [
    ("title", "Lowmoor Safer Communities Partnership", 14),
    ("title", "DOMESTIC HOMICIDE REVIEW", 20),
    ("title", "OVERVIEW REPORT", 16),
    ("title", "Bethan", 16),
    ("title", "LSCP DHR 2021/02", 12, False),
    ("p", "Report author: Malcolm Ferris-Hughes"),
    ("p", "Date of Bethan's death: 3rd December 2020"),
    ("p", "Report completed: August 2022"),
    ("pb",),
    ("h1", "1. Introduction"),
    (
        "p",
        "1.1 This report examines how agencies responded to Bethan, a 52 year old woman who lived in Lowmoor, "
        "before she was killed by her husband, referred to as Gareth, in December 2020. Gareth pleaded "
        "guilty to manslaughter by reason of diminished responsibility and is detained in a secure hospital.",
    ),
    (
        "p",
        "1.2 The review was commissioned by Lowmoor Safer Communities Partnership in February 2021. The "
        "panel agreed to examine agency contact from January 2019 until Bethan's death.",
    ),
    (
        "p",
        "1.3 The panel offers its sympathy to Bethan's sons, her sister and her colleagues, who described a "
        "warm and organised woman who was the centre of her family.",
    ),
    ("h2", "Terms of reference"),
    (
        "ul",
        [
            "How did agencies identify and respond to domestic abuse in Bethan's relationship?",
            "Was Gareth's mental health considered in assessing the risk he posed to Bethan?",
            "How did the pandemic affect the services Bethan and Gareth received?",
            "Were there barriers that stopped Bethan seeking help?",
        ],
    ),
    ("h2", "Agencies that contributed"),
    (
        "table",
        ["Agency", "Nature of contact"],
        [
            ["Moorside Surgery", "GP to Bethan and Gareth"],
            ["Lowmoor Mental Health NHS Trust", "Liaison psychiatry and community mental health team"],
            ["Westvale Police", "Calls to the home address"],
            ["Lowmoor Domestic Abuse Helpline", "Telephone contact with Bethan"],
            ["Lowmoor IDVA Service", "Support after MARAC"],
        ],
    ),
    ("h1", "2. Background"),
    (
        "p",
        "2.1 Bethan and Gareth had been married for twenty-six years and had two adult sons who lived away. "
        "Bethan worked as a school administrator. Gareth lost his job as a lorry driver in 2018 and his "
        "mental health declined. Bethan's sister told the review that Bethan had become isolated and "
        "anxious, and that Gareth controlled the household money.",
    ),
    ("h1", "3. Agency involvement"),
    (
        "p",
        "3.1 This section summarises the contact agencies had with Bethan and Gareth in date order. It is "
        "drawn from agency chronologies and Individual Management Reviews.",
    ),
    ("h2", "2019"),
    (
        "p",
        "3.2 On 14th February 2019 Gareth saw his GP at Moorside Surgery, reporting low mood and poor sleep "
        "since losing his job. He was prescribed an antidepressant and given details of the local talking "
        "therapies service.",
    ),
    (
        "p",
        "3.3 In June 2019 Bethan told her GP that she was stressed at home and was sleeping badly. The GP "
        "noted 'husband unwell' but did not ask whether she felt safe.",
    ),
    (
        "p",
        "3.4 On 22nd September 2019 police were called by a neighbour who heard shouting from the couple's "
        "house. Officers spoke to both; Bethan said there had been an argument about money. A DASH risk "
        "assessment was attempted but Bethan declined to answer the questions, and the incident was graded "
        "standard risk.",
    ),
    ("h2", "January to June 2020"),
    (
        "p",
        "3.5 On 4th March 2020, Gareth attended the emergency department at Lowmoor General Hospital after "
        "taking an overdose of his medication. He was assessed by the liaison psychiatry team and referred "
        "to the community mental health team. Bethan collected him from hospital the next morning.",
    ),
    (
        "p",
        "3.6 Later that day the liaison team telephoned Bethan to check that she was happy to have Gareth "
        "home. She said she was, but mentioned that he had been 'frightening' recently. This was recorded "
        "but not explored.",
    ),
    (
        "p",
        "3.7 Between May and July 2020 Gareth was seen four times by a community psychiatric nurse, mostly by "
        "telephone because of the pandemic. He spoke of resentment towards Bethan and of feeling watched. His "
        "risk to others was assessed as low.",
    ),
    ("h2", "July to December 2020"),
    (
        "p",
        "3.8 In mid-August 2020 Bethan contacted the Lowmoor Domestic Abuse Helpline, saying she was worried "
        "about her husband's behaviour. She accepted a call back, but the two attempts to call her went "
        "unanswered and the case was closed.",
    ),
    (
        "p",
        "3.9 On 9th October 2020 police attended after Bethan called 999 saying Gareth had pushed her against "
        "a wall. He had left the house when officers arrived. Bethan answered yes to eleven DASH questions "
        "and the case was graded high risk and referred to MARAC.",
    ),
    (
        "p",
        "3.10 Two days later Gareth was arrested and interviewed. He denied the assault, Bethan withdrew her "
        "support for a prosecution, and he was released with no further action.",
    ),
    (
        "p",
        "3.11 On 29th October 2020 the case was heard at MARAC. An IDVA was allocated and the GP practice "
        "flagged Bethan's records. The community mental health team was not represented at the meeting and "
        "was not told of the outcome.",
    ),
    (
        "p",
        "3.12 During November 2020 the IDVA spoke to Bethan by telephone three times. Bethan said that Gareth "
        "was calmer and that she did not want to leave the home.",
    ),
    (
        "p",
        "3.13 On 2nd December 2020 Gareth missed an appointment with his community psychiatric nurse. A "
        "letter offering a further appointment was sent.",
    ),
    (
        "p",
        "3.14 In the early hours of 3rd December 2020 police were called to the house by Gareth, who said he "
        "had hurt his wife. Bethan was pronounced dead at the scene.",
    ),
    ("h1", "4. Analysis"),
    (
        "p",
        "4.1 Bethan's fear of Gareth was voiced to several professionals but was heard in pieces. Mental "
        "health services assessed Gareth's risk to himself without linking it to his relationship, and the "
        "MARAC did not involve the service that knew him best.",
    ),
    (
        "p",
        "4.2 The panel found that the pandemic reduced face-to-face contact, but that this does not explain "
        "why information held by one service was not shared with another.",
    ),
    ("h1", "5. Recommendations"),
    ("h2", "Overview recommendations"),
    (
        "p",
        "5.1 Lowmoor Safer Communities Partnership should ensure that the community mental health team is "
        "invited to MARAC whenever the victim or the alleged perpetrator is open to it, and receives the "
        "action plan.",
    ),
    (
        "p",
        "5.2 Lowmoor Safer Communities Partnership should seek assurance that the Domestic Abuse Helpline "
        "makes at least three attempts, at different times of day, to contact a caller before closing a "
        "case.",
    ),
    ("h2", "Single agency recommendations"),
    ("h3", "Moorside Surgery"),
    (
        "p",
        "5.3 The practice should ensure that clinicians ask patients directly about domestic abuse when they "
        "report stress at home linked to a partner's illness.",
    ),
    ("h3", "Lowmoor Mental Health NHS Trust"),
    (
        "p",
        "5.4 The Trust should revise its clinical risk assessment so that a patient's expressed hostility "
        "towards a partner prompts an assessment of risk to that partner and consideration of a referral to "
        "MARAC.",
    ),
    ("h3", "Westvale Police"),
    (
        "p",
        "5.5 Westvale Police should remind officers to record the reasons when a victim declines to complete "
        "a DASH risk assessment and to consider the history of previous calls before grading the risk.",
    ),
]


DOCUMENTS = [
    (
        "welsh_apr_concise",
        "Concise Adult Practice Review – BCSAB APR 02/2022",
        "Bro Celyn Safeguarding Adults Board",
        WELSH_APR,
    ),
    (
        "scottish_asp_learning_review",
        "Learning Review – Mr C",
        "Strathmorran Adult Protection Committee",
        SCOTTISH_LR,
    ),
    (
        "dhr_exec_summary_table_plan",
        "DHR Executive Summary – Leah",
        "Ashbrook Community Safety Partnership – OFFICIAL",
        DHR_EXEC_TABLE,
    ),
    (
        "sar_findings_numbered",
        "Safeguarding Adults Review – Derek",
        "Kellbridge Safeguarding Adults Board",
        SAR_FINDINGS,
    ),
    (
        "dhr_overview_agency_involvement",
        "LSCP DHR 2021/02 – Overview Report",
        "OFFICIAL-SENSITIVE until publication",
        DHR_OVERVIEW_CHRON,
    ),
]


if __name__ == "__main__":
    main()
