"""Build the heldout7b blind documents as Word files (python-docx).

Run once:  python tests/heldout7b/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_row,
    box,
    docx_saver,
    dotted_line,
    footnote_line,
    full_row,
    heading,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    set_text,
    set_widths,
    sup,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


# ------------------------------------------------------------- heldout7b extras


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(k), name)


def contents(doc, entries, width_cm=16.5, title="Contents"):
    """Contents lines with dotted leaders to a right tab, as Word's TOC prints them."""
    para(doc, title, bold=True, size=14)
    for text, page, indent in entries:
        dotted_line(doc, text, page, width_cm, indent=indent)


def kv_table(doc, rows, widths, header=None, size=9.5, fill="D9D9D9"):
    if header:
        t = make_table(doc, header, widths, header_fill=fill, size=size)
    else:
        t = doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
    for r in rows:
        add_row(t, r, widths, size=size)
    set_widths(t, widths)
    doc.add_paragraph()
    return t


class Filler:
    """Background and analysis prose in the author's own words, drawn from neutral sentence pools so that
    the documents reach the length of real reports without any sentence being a recommendation."""

    POOL = [
        "The panel met on {n} occasions and considered each agency's report in turn before agreeing the analysis.",
        "Agencies were asked to describe what they knew at the time and not what became known after {v}'s death.",
        "Records were read in full by the authors of the agency reports, who had no line management responsibility for the staff involved.",
        "Where an agency held no record of contact, it was asked to confirm that its systems had been searched under every known name and address.",
        "The review has tried throughout to see events through {v}'s eyes and to understand what it was like to be in her position.",
        "Family members described {v} as warm, stubborn in the best sense, and fiercely loyal to the people she loved.",
        "Friends told the chair that {v} rarely spoke about her relationship and changed the subject when they asked.",
        "{p} had no previous convictions for offences of violence, although he had come to police notice twice in his twenties.",
        "Practitioners who took part in the learning event spoke openly and the panel is grateful for their honesty.",
        "Much of what happened in the household was hidden from view, and the review has been careful not to judge practice with hindsight.",
        "The picture that emerges is of a relationship in which control grew slowly and was disguised as concern.",
        "Several contacts were brief and each, taken on its own, did not appear to signal a serious risk.",
        "Seen together, however, the contacts form a pattern that no single agency was in a position to recognise.",
        "The panel considered whether the outcome could have been predicted and concluded that it could not, though opportunities to ask more were missed.",
        "Staff turnover in the period under review meant that few practitioners knew the family for more than a few months.",
        "The COVID-19 restrictions in force at the time changed how many services were delivered, with most appointments held by telephone.",
        "Telephone contact made it harder for practitioners to know who else was in the room when {v} was speaking.",
        "{v} worked part-time in a local shop and was described by her manager as reliable and well liked by customers.",
        "Her employer noticed that {p} often waited outside at the end of her shift, which colleagues thought was affectionate at the time.",
        "The review heard that {v} had been saving money in an account that {p} did not know about.",
        "Economic abuse is now recognised in law and the panel considered how far it featured in this relationship.",
        "There is no evidence that {v} was ever asked directly, by any professional, whether she felt safe at home.",
        "The agency reports were of good quality overall and several identified their own learning before the panel met.",
        "The chair wrote to {p} in prison to invite him to contribute; he declined through his solicitor.",
        "The review was delayed by the criminal trial and later by the pandemic, and the family were kept informed of each delay.",
        "Terms used in this report follow the cross-government definition of domestic abuse and the Domestic Abuse Act 2021.",
        "The panel noted that neither {v} nor {p} had been known to specialist domestic abuse services before the homicide.",
        "Contact with health services was frequent but concerned physical complaints that were treated on their own merits.",
        "It is common for victims to present to health services with symptoms that do not obviously point to abuse.",
        "The review acknowledges the work that agencies have already done since the homicide and describes it where relevant.",
        "Equality characteristics were considered for both {v} and {p}; age, sex and disability were judged to be relevant.",
        "The panel was mindful that the absence of disclosure does not mean the absence of abuse.",
        "Neighbours reported raised voices on several evenings but did not think it their place to call anyone.",
        "A community event held after the homicide was attended by more than a hundred people, many of whom knew {v} from school.",
        "The author has been careful to separate what is known from what is inferred, and to say which is which.",
        "The pattern of missed appointments was recorded by each service but the records did not travel between them.",
        "{p}'s own health needs were real and were properly addressed, but they also drew attention away from {v}.",
        "The review recognises the pressures on frontline staff and does not seek to attribute blame to individuals.",
        "This section draws on the agency reports, the combined chronology and conversations with {v}'s family.",
        "The terms of reference were agreed at the first panel meeting and revisited once new information came to light.",
    ]

    OPENERS = [
        "",
        "",
        "",
        "",
        "",
        "In the panel's view, ",
        "Looking back, ",
        "From the records available, ",
        "It is worth noting that ",
        "On reflection, ",
        "As the agency reports show, ",
        "Importantly, ",
    ]

    def __init__(self, seed, victim, perp, n_meetings=6, extra=(), keep=0.7, homicide=True):
        self.rng = random.Random(seed)
        self.fill = dict(v=victim, p=perp, n=n_meetings)
        base = [s for s in self.POOL if self.rng.random() < keep]
        if not homicide:  # a review of a death that was not a killing: no trial, prison or homicide
            base = [s for s in base if not any(w in s for w in ("homicide", "prison", "trial", "predicted"))]
        self.pool = base + list(extra)
        self.order = list(range(len(self.pool)))
        self.rng.shuffle(self.order)
        self.pos = 0

    def sentence(self):
        s = self.pool[self.order[self.pos % len(self.order)]].format(**self.fill)
        self.pos += 1
        if self.pos % len(self.order) == 0:
            self.rng.shuffle(self.order)
        op = self.rng.choice(self.OPENERS)
        if op:
            first = s.split()[0]
            if first in (
                "There",
                "It",
                "Much",
                "Several",
                "Seen",
                "Staff",
                "Contact",
                "Friends",
                "Family",
                "Neighbours",
                "Practitioners",
                "Telephone",
            ):
                s = op + s[0].lower() + s[1:]
        return s

    def para(self, k=4):
        return " ".join(self.sentence() for _ in range(k))


HARROW = [
    "The flat was rented from Harrowfield Homes and the tenancy was in {p}'s sole name.",
    "{v}'s son was nine at the time of her death and now lives with his grandmother.",
    "The silent call at the end of 2019 was the clearest moment at which the risk might have been seen.",
    "Officers who attended described {p} as calm and polite, and {v} as quiet.",
    "Repairs staff are not trained to look for signs of abuse and there was no expectation that they would.",
    "The emergency department saw {v} twice in just over two years, each time with an injury explained as an accident.",
    "The specialist service's online form was introduced during the pandemic to replace drop-in sessions.",
    "Two unanswered call-backs are not unusual, and the service has since changed how it follows up.",
    "The school's concern about {v}'s son was recorded but was not shared beyond the class teacher and the head.",
    "{v}'s mother told the chair that her daughter had once said she was 'walking on eggshells'.",
    "{v}'s sister was the only person to seek advice from an agency, eight months before the homicide.",
    "The GP practice had no record of {v} being seen alone at any appointment in the review period.",
]

BRAMWELL = [
    "Eileen had lived in the same terraced house for over fifty years and was proud of her independence.",
    "{p} moved back in with his mother in 2017 after his marriage ended and he lost his job.",
    "Carers can be under great strain, and the review does not suggest that {p} set out to harm his mother.",
    "The Care Act 2014 requires a local authority to make enquiries where it suspects an adult with care and support needs is at risk of abuse or neglect.",
    "Self-neglect and neglect by others can look alike from the doorstep, which is why speaking to the adult matters.",
    "Mental capacity is decision-specific and must be assessed when there is reason to doubt it.",
    "District nurses saw Eileen more often than any other professional during the last two years of her life.",
    "The ambulance crew's referral was detailed and well made, and is an example of good practice.",
    "Adult Social Care's front door received over four hundred referrals in the month that the first concern was raised.",
    "Family members told the reviewer that Eileen would never have wanted strangers in her home.",
    "The review heard that Eileen had once been a keen gardener and a member of the local choir.",
    "Workers respected what they believed were Eileen's wishes, but those wishes were heard only through her son.",
]

SEAHOLME = [
    "Stalking behaviour intensified after the separation, which is a pattern well described in research.",
    "{p} sent messages from several different accounts after {v} blocked his number.",
    "{v}'s sister described her as funny, determined and devoted to her nieces.",
    "The harassment warning was served promptly, but there was no follow-up to check whether it had been breached.",
    "The MARAC action to move {v} was completed, and she was placed in temporary accommodation within eight weeks.",
    "The IDVA worked hard to keep in touch with {v}, who was working long hours and often could not talk.",
    "{p}'s mental health records describe jealousy and low mood but not his behaviour towards {v}.",
    "Release under investigation meant that no bail conditions were in place in the last months of {v}'s life.",
    "{v} told a friend that she felt 'safer, but not safe'.",
    "Seaholme is a coastal town with high seasonal employment and a large private rented sector.",
]

FENWICK = [
    "Amara came to the United Kingdom in 1996 and spoke Gujarati at home; her English was limited.",
    "{p} often attended appointments with Amara and interpreted for her.",
    "Amara's adult daughter told the panel that her mother had never been allowed her own bank card.",
    "Telephone interpreting was available to every agency in the review but was used only twice.",
    "The panel heard that Amara was a skilled cook who catered for community events at the temple.",
    "Housing records show a history of rent arrears that {p} blamed on Amara's spending.",
    "Language was a barrier, but so was the absence of any private space in which Amara could speak.",
    "Community members told the chair that Amara rarely left the house without her husband.",
    "The panel commissioned a short piece of work from a local women's group to understand community views.",
    "Amara attended gynaecology outpatient appointments three times in 2020 and was accompanied on each occasion.",
]

RAVENS = [
    "Winifred was a retired school secretary who had lived in Ravensmoor all her life.",
    "{p} moved in with his grandmother in 2019 after leaving a supported housing project.",
    "Winifred's care package was for two calls a day to help with washing and medication.",
    "Care workers noticed that food was often missing and that Winifred's purse was kept in {p}'s room.",
    "The drug and alcohol service worked with {p} for eighteen months and knew he lived with his grandmother.",
    "Bank staff twice questioned large cash withdrawals but the questions were answered by {p}.",
    "Abuse of older people by adult grandchildren is under-recognised in both domestic abuse and safeguarding practice.",
    "Winifred's failing sight meant that she relied on others to read her letters and bank statements.",
    "Her daughter, who lives abroad, told the reviewer that she had been worried for some time.",
    "The adult safeguarding and domestic abuse systems each held part of the picture.",
    "Winifred is remembered by her former colleagues as kind, organised and quietly funny.",
]


def numbered_run(doc, prefix, start, texts):
    """Numbered paragraphs prefix.start, prefix.start+1 ...; returns the next number."""
    n = start
    for t in texts:
        numbered(doc, f"{prefix}.{n}", t)
        n += 1
    return n


# ------------------------------------------------------------- shared report skeleton
class Report:
    """One author's report: their numbering, heading style, box wording and table habits."""

    def __init__(self, stem, font, size, filler, header="", footer_label="", caps=False, box_fill="E2EFDA"):
        self.stem = stem
        self.doc = new_doc(header=header, footer_label=footer_label)
        set_font(self.doc, font, size)
        self.f = filler
        self.caps = caps
        self.box_fill = box_fill
        self.sec = 0
        self.n = 1
        self.hfmt = "{n}. {t}"

    def h(self, title, numbered_=True, level=1):
        if numbered_ and level == 1:
            self.sec += 1
            self.n = 1
            title = self.hfmt.format(n=self.sec, t=title.upper() if self.caps else title)
        heading(self.doc, title, level)

    def p(self, text):
        numbered(self.doc, f"{self.sec}.{self.n}", text)
        self.n += 1

    def fill(self, k=3, sentences=4):
        for _ in range(k):
            self.p(self.f.para(sentences))

    def plain(self, text, **kw):
        return para(self.doc, text, **kw)

    def box(self, text):
        box(self.doc, text, fill=self.box_fill)

    def brk(self):
        page_break(self.doc)

    def save(self):
        save(self.doc, self.stem)


# ===================================================== 1. Harrowfield DHR overview report
def doc_harrowfield():
    stem = "dhr_overview_table_chron_ho_plan_harrowfield"
    f = Filler(11, "Delphine", "Marcus", 7, HARROW)
    r = Report(
        stem,
        "Arial",
        10.5,
        f,
        header="OFFICIAL – Harrowfield DHR Delphine",
        footer_label="Harrowfield Community Safety Partnership – DHR Overview Report – Page",
    )
    d = r.doc
    para(d, "[Logo: Harrowfield Community Safety Partnership]", italic=True, size=9)
    para(d, "Protective marking: OFFICIAL", size=9)
    para(d, "")
    para(d, "Harrowfield Community Safety Partnership", bold=True, size=18, align="center")
    para(d, "")
    para(d, "Domestic Homicide Review", bold=True, size=24, align="center")
    para(d, "Overview Report", size=18, align="center")
    para(d, "")
    para(d, "Report into the death of Delphine", size=14, align="center")
    para(d, "September 2021", size=14, align="center")
    para(d, "")
    para(d, "Independent Chair and Author: Rosalind Achterberg", size=12, align="center")
    para(d, "Review reference: HCSP/DHR/2021/03", size=12, align="center")
    para(d, "Date: November 2023", size=12, align="center")
    r.brk()
    contents(
        d,
        [
            ("Glossary", 3, 0),
            ("1. Introduction", 4, 0),
            ("2. Timescales", 4, 0),
            ("3. Terms of Reference", 5, 0),
            ("4. Methodology", 6, 0),
            ("5. The Review Panel", 6, 0),
            ("6. Contributors to the Review", 7, 0),
            ("7. Background information", 7, 0),
            ("8. Chronology", 8, 0),
            ("9. Analysis", 10, 0),
            ("9.1 Risk at the door", 10, 1),
            ("9.2 Health contact", 11, 1),
            ("9.3 Economic abuse", 12, 1),
            ("10. Conclusions", 13, 0),
            ("11. Recommendations", 13, 0),
            ("Appendix A – Action Plan", 15, 0),
        ],
    )
    r.brk()
    para(d, "Glossary", bold=True, size=14)
    kv_table(
        d,
        [
            ("A&E / ED", "Accident and Emergency / Emergency Department"),
            ("CSP", "Community Safety Partnership"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("DHR", "Domestic Homicide Review"),
            ("GP", "General Practitioner"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("IMR", "Individual Management Review"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("NHS HP", "NHS Harrowfield Place (the integrated care board)"),
        ],
        [4, 12.5],
        header=("Abbreviation", "Meaning"),
    )
    r.brk()
    r.h("Introduction")
    p = numbered(
        d,
        "1.1",
        "This review considers the contact that agencies in Harrowfield had with Delphine, aged 38, "
        "and her partner Marcus, aged 41, before Delphine was killed at her home on 17 September 2021.",
    )
    sup(p, "1")
    r.n = 2
    p = numbered(
        d,
        "1.2",
        "Marcus was convicted of Delphine's murder in June 2022 and is serving a life sentence. "
        "Both names are pseudonyms chosen by Delphine's mother.",
    )
    sup(p, "2")
    r.n = 3
    r.fill(2)
    r.fill(1, 3)
    para(d, "______________________", size=8)
    footnote_line(
        d,
        "1",
        "Section 9 of the Domestic Violence, Crime and Victims Act 2004 sets out when a review must be held.",
    )
    footnote_line(d, "2", "The family were offered a choice of names and chose these in March 2022.")
    r.brk()
    r.h("Timescales")
    r.p(
        "The Partnership was notified of the death on 20 September 2021 and decided on 11 October 2021 that the "
        "criteria for a review were met. The Home Office was informed the same week."
    )
    r.fill(2)
    r.h("Terms of Reference")
    r.p(
        "The panel agreed the following key lines of enquiry. They are questions for the review to answer, "
        "not conclusions:"
    )
    for i, q in enumerate(
        [
            "What did each agency know about the relationship between Delphine and Marcus, and when?",
            "Were there opportunities to ask Delphine directly about abuse, and were they taken?",
            "How well did agencies share what they knew with one another?",
            "Did practitioners understand coercive and controlling behaviour, including control of money?",
            "How did the pandemic restrictions affect the way services saw Delphine?",
            "What was known about the welfare of Delphine's son, and was it acted on?",
            "Were there barriers that made it harder for Delphine to seek help?",
            "What has already changed since Delphine's death?",
        ],
        1,
    ):
        numbered(d, f"   {i})", q)
    r.p("The review covers the period from 1 January 2018 to the date of Delphine's death.")
    r.h("Methodology")
    r.fill(3)
    r.h("The Review Panel")
    r.p(
        "The panel was made up of senior officers from the agencies listed below, none of whom had direct "
        "involvement with Delphine or Marcus."
    )
    kv_table(
        d,
        [
            ("Rosalind Achterberg", "Independent Chair and Author", "Independent"),
            ("Neil Oduya", "Detective Inspector, Review Team", "Northmoor Police"),
            (
                "Carys Whitlow",
                "Named Nurse, Adult Safeguarding",
                "Harrowfield and District NHS Foundation Trust",
            ),
            ("Dr Amrit Sandhu", "Designated Doctor for Safeguarding", "NHS Harrowfield Place"),
            ("Paula Brennagh", "Head of Tenancy Services", "Harrowfield Homes"),
            ("Ivor Kettleby", "Service Manager", "Harrowfield Council Adult Social Care"),
            ("Mina Grosvenor", "Chief Executive", "Harrowfield Women's Centre"),
            ("Tom Aspinall", "Community Safety Manager", "Harrowfield Community Safety Partnership"),
        ],
        [4.5, 5.5, 6.5],
        header=("Name", "Role", "Organisation"),
    )
    r.h("Contributors to the Review")
    r.p("The following agencies provided Individual Management Reviews (IMRs) or short reports:")
    kv_table(
        d,
        [
            ("Northmoor Police", "IMR"),
            ("Harrowfield and District NHS Foundation Trust", "IMR"),
            ("NHS Harrowfield Place (for Larkfield Surgery)", "IMR"),
            ("Harrowfield Homes", "IMR"),
            ("Harrowfield Council Adult Social Care", "Short report"),
            ("Brookside Primary School", "Short report"),
            ("Harrowfield Women's Centre", "Short report"),
        ],
        [11, 5.5],
        header=("Agency", "Contribution"),
    )
    r.h("Background information")
    r.fill(4, 5)
    r.h("Chronology")
    r.p(
        "The table below summarises the contacts that the panel considered most significant. The full combined "
        "chronology ran to 61 entries."
    )
    rows = [
        (
            "14/03/2018",
            "Larkfield Surgery (GP)",
            "Delphine attended with low mood and poor sleep. Marcus sat in on the "
            "consultation and answered several questions for her. Antidepressants were prescribed.",
        ),
        (
            "02/07/2018",
            "Northmoor Police",
            "A neighbour reported shouting from the flat late at night. Officers spoke to "
            "both parties together; both said it had been a verbal argument. No crime was recorded.",
        ),
        (
            "19/11/2018",
            "Harrowfield Homes",
            "Repair request for a broken internal door. Marcus told the operative it had "
            "been kicked by accident during a game.",
        ),
        (
            "08/01/2019",
            "Harrowfield and District NHS FT (ED)",
            "Delphine attended with a wrist injury she said came from "
            "a fall on ice. She was treated and discharged; no enquiry about abuse was recorded.",
        ),
        (
            "25/04/2019",
            "Larkfield Surgery (GP)",
            "Telephone medication review. Delphine said she was coping. No follow-up was booked.",
        ),
        (
            "11/09/2019",
            "Brookside Primary School",
            "The class teacher noticed that Delphine's son was tired and "
            "withdrawn and spoke to Marcus at collection, who said the boy had been unwell.",
        ),
        (
            "30/12/2019",
            "Northmoor Police",
            "A silent 999 call from Delphine's phone was cut off. Marcus answered the "
            "call-back and said it was a mistake. Officers attended and saw the couple together; no DASH was completed.",
        ),
        (
            "06/01/2020",
            "Harrowfield Homes",
            "A neighbour's noise complaint was logged and a standard letter was sent to the tenancy.",
        ),
        (
            "17/06/2020",
            "Larkfield Surgery (GP)",
            "Video consultation about anxiety. Delphine appeared to be sitting "
            "in a car and looked away from the screen several times.",
        ),
        (
            "03/02/2021",
            "Harrowfield Council Adult Social Care",
            "Delphine's sister telephoned the Front Door team for "
            "advice about her sister's relationship and was given the national helpline number.",
        ),
        (
            "22/05/2021",
            "Harrowfield and District NHS FT (ED)",
            "Delphine attended with bruising to her upper arm and "
            "said a cupboard door had hit her. The triage nurse asked about safety at home and Delphine said she was safe.",
        ),
        (
            "09/08/2021",
            "Harrowfield Women's Centre",
            "Delphine completed the online self-referral form. Two call-back "
            "attempts went unanswered and the referral was closed after fourteen days.",
        ),
        ("14/09/2021", "Larkfield Surgery (GP)", "Delphine cancelled a booked appointment by text message."),
        (
            "17/09/2021",
            "Northmoor Police",
            "Police and ambulance attended the address after a 999 call from a "
            "neighbour. Delphine was pronounced dead at the scene and Marcus was arrested.",
        ),
    ]
    t = make_table(d, ("Date", "Agency", "Event"), [2.6, 4.2, 9.7], size=9.5)
    for row in rows:
        add_row(t, row, [2.6, 4.2, 9.7], size=9.5)
    para(d, "")
    r.h("Analysis")
    heading(d, "9.1 Risk at the door", 2)
    r.n = 2
    r.fill(2, 5)
    r.box(
        "Learning\nWhen officers speak to both parties together, a victim is unlikely to say what is happening. "
        "The opportunity to speak to Delphine alone on 30 December 2019 was not taken."
    )
    heading(d, "9.2 Health contact", 2)
    r.fill(3, 5)
    r.box(
        "Learning\nRepeated presentations with injuries explained as accidents are a recognised indicator of "
        "abuse, but each of Delphine's visits was seen on its own."
    )
    heading(d, "9.3 Economic abuse", 2)
    r.fill(2, 5)
    r.box("Learning\nEmployers may be the only people who see a victim every day without the abuser present.")
    r.h("Conclusions")
    r.fill(2, 5)
    r.p(
        "The panel has made eight recommendations. Four are for the Partnership and its partners and four are "
        "for single agencies, whose own IMR recommendations are set out in their action plans."
    )
    r.h("Recommendations")
    r.p("The recommendations below were agreed by the panel on 12 September 2023.")
    heading(d, "Multi-agency recommendations", 3)
    recs_ma = [
        "The Harrowfield Community Safety Partnership should make sure that every GP practice in the borough "
        "knows how to refer a patient directly to the specialist domestic abuse service, and should test this "
        "through an audit within twelve months.",
        "The Partnership should work with the Harrowfield Safeguarding Children Partnership to agree how "
        "information about domestic abuse is passed to a child's school when police attend an incident at the "
        "child's home.",
        "The Partnership should produce guidance for employers in the borough on recognising and responding to "
        "domestic abuse among their staff, including economic abuse.",
        "The Home Office should consider adding examples of control over a partner's money and savings to the "
        "statutory guidance on economic abuse.",
    ]
    for i, t_ in enumerate(recs_ma, 1):
        p = d.add_paragraph()
        p.add_run(f"Recommendation {i}: ").bold = True
        p.add_run(t_)
    heading(d, "Single agency recommendations", 3)
    recs_sa = [
        (
            "Northmoor Police",
            "Northmoor Police should make sure that officers attending a report of a verbal "
            "argument between partners complete a risk assessment with the victim on her own, away from the other "
            "party.",
        ),
        (
            "Harrowfield and District NHS Foundation Trust",
            "The Trust should audit whether emergency department "
            "staff ask patients who attend with unexplained injuries about domestic abuse, and record the answer.",
        ),
        (
            "Harrowfield Homes",
            "Harrowfield Homes should train its neighbourhood officers to recognise coercive "
            "control when tenants report noise or damage to property.",
        ),
        (
            "NHS Harrowfield Place",
            "NHS Harrowfield Place should remind GP practices to record the name of anyone "
            "who accompanies a patient to an appointment and to offer the patient time alone.",
        ),
    ]
    for i, (ag, t_) in enumerate(recs_sa, 5):
        para(d, ag, bold=True, italic=True)
        p = d.add_paragraph()
        p.add_run(f"Recommendation {i}: ").bold = True
        p.add_run(t_)
    # Appendix A: Home Office template plan, landscape
    landscape_section(d)
    para(d, "Appendix A – Action Plan", bold=True, size=13)
    para(d, "DHR Delphine – Harrowfield Community Safety Partnership", size=10)
    W = [5.2, 2.2, 5.0, 3.0, 4.0, 2.0, 4.6]
    t = make_table(
        d,
        (
            "Recommendation",
            "Scope of recommendation",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Completion Date and Outcome",
        ),
        W,
        size=8.5,
        header_fill="BDD7EE",
    )
    plan = [
        (
            "1. Every GP practice to know how to refer directly to the specialist domestic abuse service; audit "
            "within 12 months.",
            "Local",
            [
                (
                    "Send a briefing to every practice manager setting out the direct referral route.",
                    "Harrowfield CSP",
                    "Briefing drafted with NHS HP",
                    "Mar-23",
                    "Completed Feb-23. Briefing issued to all 31 practices.",
                ),
                (
                    "Audit referrals received from primary care by the specialist service.",
                    "Harrowfield CSP / NHS Harrowfield Place",
                    "Data request agreed",
                    "Dec-23",
                    "Audit under way – first results due Jan-24.",
                ),
            ],
        ),
        (
            "2. Agree how information about domestic abuse reaches a child's school after a police call-out.",
            "Local",
            [
                (
                    "Agree and sign a next-day notification protocol between police and schools.",
                    "Harrowfield Safeguarding Children Partnership",
                    "Protocol signed by all head teachers",
                    "Sep-23",
                    "Completed Sep-23. Notifications now reach the school by 9am the next school day.",
                )
            ],
        ),
        (
            "3. Guidance for employers on domestic abuse among staff, including economic abuse.",
            "Local",
            [
                (
                    "Produce and launch an employers' toolkit with the local Chamber of Commerce.",
                    "Harrowfield CSP",
                    "Draft shared for comment",
                    "Mar-24",
                    "In progress – launch planned for spring 2024.",
                )
            ],
        ),
        (
            "4. Home Office to consider examples of control over money in the statutory guidance.",
            "National",
            [
                (
                    "Chair of the Partnership to write to the Home Office with the final report.",
                    "Harrowfield CSP (Chair)",
                    "",
                    "On publication",
                    "Letter will accompany the published report.",
                )
            ],
        ),
        (
            "5. Police to complete a risk assessment with the victim alone at verbal-argument calls.",
            "Local",
            [
                (
                    "Update the attending officer guidance and brief all response teams.",
                    "Northmoor Police – Public Protection Unit",
                    "Guidance updated; 9 of 10 teams briefed",
                    "Jun-23",
                    "Completed Jun-23.",
                )
            ],
        ),
        (
            "6. Audit ED enquiry about domestic abuse for unexplained injuries.",
            "Local",
            [
                (
                    "Quarterly audit of twenty ED records of unexplained injury.",
                    "Harrowfield and District NHS FT – Safeguarding Team",
                    "Two audits completed",
                    "Apr-23",
                    "Ongoing – results reported to the Trust safeguarding committee each quarter.",
                )
            ],
        ),
        (
            "7. Train neighbourhood officers to recognise coercive control.",
            "Local",
            [
                (
                    "Add a coercive control module to induction and refresher training.",
                    "Harrowfield Homes",
                    "",
                    "Dec-23",
                    "Not started – awaiting new training provider.",
                )
            ],
        ),
        (
            "8. GP practices to record who accompanies a patient and offer time alone.",
            "Local",
            [
                (
                    "Reminder through the practice safeguarding leads' newsletter and the next leads' forum.",
                    "NHS Harrowfield Place",
                    "Newsletter item published",
                    "Apr-23",
                    "Complete – Apr-23.",
                )
            ],
        ),
    ]
    row_i = 1
    for rec, scope, acts in plan:
        first = row_i
        for a, lead, ms, tgt, out in acts:
            add_row(t, (rec, scope, a, lead, ms, tgt, out), W, size=8.5)
            row_i += 1
        merge_down(t, 0, first, row_i - 1, size=8.5)
        merge_down(t, 1, first, row_i - 1, size=8.5)
    r.save()


# ===================================================== 2. Bramwell SAR overview report
def doc_bramwell():
    stem = "sar_overview_narrative_chron_rag_plan_bramwell"
    f = Filler(22, "Eileen", "Gareth", 5, BRAMWELL, keep=0.45, homicide=False)
    r = Report(stem, "Cambria", 11, f, footer_label="SAR Eileen", box_fill="FCE4D6")
    r.hfmt = "{n} {t}"
    d = r.doc
    para(d, "Bramwell Safeguarding Adults Board", bold=True, size=16)
    para(d, "[image: Board logo – three joined hands]", italic=True, size=8)
    para(d, "")
    para(d, "Safeguarding Adult Review", bold=True, size=26)
    para(d, "“Eileen”", size=20)
    para(d, "")
    para(d, "Overview report", size=14)
    para(d, "Lead reviewer: Dr Hazel Wintersgill", size=12)
    para(d, "March 2024", size=12)
    para(d, "")
    para(d, "This report is published with the agreement of Eileen's family.", italic=True, size=10)
    r.brk()
    contents(
        d,
        [
            ("Executive summary", 3, 0),
            ("Glossary", 5, 0),
            ("1 Introduction", 6, 0),
            ("2 Terms of reference", 6, 0),
            ("3 The review team", 7, 0),
            ("4 Agencies involved", 7, 0),
            ("5 Eileen's story", 8, 0),
            ("6 Summary of agency involvement", 9, 0),
            ("7 Findings", 11, 0),
            ("8 Conclusions", 13, 0),
            ("9 Recommendations", 14, 0),
            ("Appendix 1 Action plan", 15, 0),
        ],
        width_cm=15.5,
        title="CONTENTS",
    )
    r.brk()
    heading(d, "Executive summary", 1)
    para(d, f.para(5))
    para(d, f.para(4))
    para(
        d,
        "Eileen was 79 when she died in hospital on 2 February 2022 from pneumonia and pressure injuries, "
        "after a period in which her son Gareth, who lived with her and was her main carer, had refused most "
        "offers of help on her behalf.",
    )
    para(d, "The review makes six recommendations, summarised here and set out in full in section 9:")
    for ref, s in [
        ("R1", "Carers' assessments to consider whether the carer poses a risk (Board / Adult Social Care)."),
        (
            "R2",
            "Self-neglect procedure: refusal by a family member to trigger a capacity assessment (Adult Social Care).",
        ),
        ("R3", "Multi-agency training on domestic abuse in later life (Board)."),
        ("R4", "District nurses to record who is present and whether the patient was seen alone."),
        ("R5", "Ambulance safeguarding referrals to reach the front door within one working day."),
        ("R6", "Partners to report progress to the Board; audit of cases in 2025."),
    ]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(f"{ref} ").bold = True
        p.add_run(s)
    r.brk()
    para(d, "Glossary", bold=True, size=14)
    kv_table(
        d,
        [
            ("ASC", "Adult Social Care", "Bramwell Council's adult care service"),
            ("BCHS", "Bramwell Community Health Services", "Provider of district nursing"),
            ("MCA", "Mental Capacity Act 2005", "Law on decisions for people who may lack capacity"),
            ("NMAS", "North Midlands Ambulance Service", "Emergency ambulance provider"),
            ("SAB", "Safeguarding Adults Board", "Statutory board under the Care Act 2014"),
            ("SAR", "Safeguarding Adult Review", "Review under section 44 of the Care Act 2014"),
        ],
        [2.2, 5.5, 8.0],
        header=("Term", "In full", "Notes"),
        fill="F8CBAD",
    )
    r.h("Introduction", level=1)
    r.fill(3, 4)
    r.h("Terms of reference")
    r.p("The Board's SAR sub-group agreed that the review should explore these questions:")
    for L, q in zip(
        "abcdef",
        [
            "How did agencies understand Eileen's wishes when her son spoke for her?",
            "Was Eileen's capacity to make decisions about her care ever assessed?",
            "Did anyone recognise the possibility of abuse or neglect by a family carer?",
            "How was information shared between the ambulance service, the GP, district nurses and Adult Social Care?",
            "What support was offered to Gareth as a carer, and was any risk he posed considered?",
            "What good practice should be recognised?",
        ],
    ):
        numbered(d, f"({L})", q)
    r.h("The review team")
    kv_table(
        d,
        [
            ("Bramwell Council Adult Social Care", "Head of Safeguarding"),
            ("Bramwell Community Health Services", "Named Nurse for Adult Safeguarding"),
            ("NHS Bramwell and Tees Integrated Care Board", "Designated Professional, Adult Safeguarding"),
            ("North Midlands Ambulance Service", "Safeguarding Practitioner"),
            ("Fenmarsh Police", "Detective Sergeant, Adult Protection"),
            ("Bramwell Carers Centre", "Operations Manager"),
            ("Bramwell SAB", "Business Manager (minutes)"),
        ],
        [8.5, 7.0],
        header=("Agency", "Representative's role"),
        fill="F8CBAD",
    )
    r.h("Agencies involved")
    r.p(
        "Chronologies and reflective reports were provided by Bramwell Council Adult Social Care, Bramwell "
        "Community Health Services, Oakfield Medical Practice, North Midlands Ambulance Service, Bramwell "
        "General Hospital and Bramwell Carers Centre."
    )
    r.fill(1, 4)
    r.h("Eileen's story")
    r.fill(4, 5)
    r.h("Summary of agency involvement")
    r.p(
        "This section summarises the key contacts in date order. It is drawn from the agencies' chronologies "
        "and is not a complete list."
    )
    heading(d, "2019 – 2020", 3)
    for t_ in [
        "On 4 March 2019 Eileen's GP at Oakfield Medical Practice saw her for a review of her diabetes. She "
        "was accompanied by Gareth, who said he now did all her shopping and cooking.",
        "In July 2019 Bramwell Carers Centre received a referral for Gareth from the GP practice. He attended "
        "one group session and did not return.",
        "On 18 November 2019 the ambulance service attended after Eileen fell in the bathroom. The crew noted "
        "that the house was cold and cluttered and made a safeguarding referral to Adult Social Care.",
        "Adult Social Care telephoned the home on 21 November 2019. Gareth said his mother did not want any "
        "help and the referral was closed with advice.",
        "Between April and June 2020 district nurses visited weekly to dress a leg ulcer. Gareth was present "
        "at every visit and the notes do not record that Eileen was seen alone.",
    ]:
        r.p(t_)
    heading(d, "2021 – 2022", 3)
    for t_ in [
        "On 9 February 2021 a district nurse found a pressure sore and asked for a care package assessment. "
        "Gareth declined the assessment on his mother's behalf.",
        "In late August 2021 a neighbour called Adult Social Care to say that Eileen had been heard crying out "
        "at night. A social worker visited two days later but was not let in.",
        "On 14 December 2021 the GP made a home visit after a missed appointment and found Eileen in bed, "
        "underweight and confused. No capacity assessment was recorded.",
        "On 27 January 2022 Eileen was taken to Bramwell General Hospital by ambulance with sepsis and severe "
        "pressure injuries. The hospital raised a safeguarding concern the same day. She died on 2 February 2022.",
    ]:
        r.p(t_)
    r.h("Findings")
    heading(d, "Finding 1: The son's voice replaced Eileen's", 3)
    r.fill(2, 5)
    r.box(
        "Learning point 1\nWhen a family member always answers for an older person, practitioners need to "
        "find a way to hear the person on their own."
    )
    heading(d, "Finding 2: Carers can be both support and risk", 3)
    r.fill(2, 5)
    r.box(
        "Learning point 2\nA carer under strain may neglect or harm the person they care for; assessing the "
        "carer is also an opportunity to assess risk."
    )
    heading(d, "Finding 3: Referrals closed on a single call", 3)
    r.fill(2, 5)
    r.box(
        "Learning point 3\nA referral closed after one telephone call to the person's carer has not heard "
        "from the adult at risk."
    )
    r.h("Conclusions")
    r.fill(2, 5)
    r.h("Recommendations")
    r.p("The reviewer makes the following recommendations to the Board and its partners.")
    for ref, t_ in [
        (
            "R1",
            "The Board should seek assurance from Bramwell Council Adult Social Care that carers' "
            "assessments offered to family members who provide care also consider whether the carer poses a risk "
            "to the person they care for.",
        ),
        (
            "R2",
            "Adult Social Care should revise its self-neglect and hoarding procedure so that a refusal of "
            "services by a family member on the adult's behalf leads to a mental capacity assessment and a "
            "conversation with the adult alone.",
        ),
        (
            "R3",
            "The Board should develop a multi-agency training session on domestic abuse in later life for "
            "home care workers, district nurses and GP practice staff.",
        ),
        (
            "R4",
            "Bramwell Community Health Services should make sure that district nurses record who is present "
            "during a home visit and whether the patient was seen alone.",
        ),
        (
            "R5",
            "North Midlands Ambulance Service should send its safeguarding referrals about Bramwell residents "
            "to the Adult Social Care front door within one working day.",
        ),
        (
            "R6",
            "The Board should ask each partner to report within six months on how it has acted on this "
            "review, and should audit a sample of cases of abuse by family carers of adults over 70 during 2025.",
        ),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        p.add_run(f"{ref}\t").bold = True
        p.add_run(t_)
    landscape_section(d)
    para(d, "Appendix 1 – SAR Eileen: Action plan (progress at 29 February 2024)", bold=True, size=12)
    para(d, "RAG key: Blue – complete; Green – on track; Amber – some delay; Red – not yet started", size=9)
    W = [1.3, 6.0, 6.0, 3.8, 2.3, 1.6, 5.0]
    t = make_table(
        d,
        ("Ref", "Recommendation", "Actions", "Lead", "By when", "RAG", "Update"),
        W,
        size=9,
        header_fill="F8CBAD",
    )
    fills = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    plan = [
        (
            "R1",
            "Carers' assessments to consider whether the carer poses a risk to the cared-for person.",
            [
                (
                    "Add a question on risk to the cared-for person to the carers' assessment template.",
                    "Head of ASC Practice",
                    "31.03.2023",
                    "Blue",
                    "Template changed 2 March 2023.",
                ),
                (
                    "Adult Social Care to give the Board an assurance report.",
                    "SAB Business Manager",
                    "30/09/2023",
                    "Green",
                    "Report on the agenda for the October Board meeting.",
                ),
            ],
        ),
        (
            "R2",
            "Revise the self-neglect and hoarding procedure.",
            [
                (
                    "Redraft the procedure and consult partners.",
                    "ASC Principal Social Worker",
                    "Q2 2023/24",
                    "Amber",
                    "Delayed by staff absence; consultation now open.",
                ),
            ],
        ),
        (
            "R3",
            "Training on domestic abuse in later life.",
            [
                (
                    "Design and deliver a half-day multi-agency session.",
                    "SAB Training Sub-group",
                    "31.12.2023",
                    "Green",
                    "Two pilot sessions held; 46 staff attended.",
                ),
                (
                    "Evaluate the session with attendees after three months.",
                    "SAB Training Sub-group",
                    "Ongoing",
                    "Green",
                    "",
                ),
            ],
        ),
        (
            "R4",
            "District nurses to record who is present and whether the patient was seen alone.",
            [
                (
                    "Add both questions to the home visit record.",
                    "BCHS Head of Nursing",
                    "31.05.2023",
                    "Blue",
                    "Completed; live on the record system since May.",
                ),
            ],
        ),
        (
            "R5",
            "Ambulance referrals to reach the front door within one working day.",
            [
                (
                    "Agree the standard and report compliance monthly.",
                    "NMAS Safeguarding Lead",
                    "30.06.2023",
                    "Red",
                    "Waiting for the data sharing agreement to be signed.",
                ),
            ],
        ),
        (
            "R6",
            "Partners to report at six months; audit in 2025.",
            [
                (
                    "Each partner to give a written update to the Board.",
                    "SAB Independent Chair",
                    "31.03.2024",
                    "Green",
                    "Four of six updates received.",
                ),
                (
                    "Audit a sample of cases of abuse by family carers of adults over 70.",
                    "SAB Quality and Performance Sub-group",
                    "2025",
                    "",
                    "Scheduled for 2025.",
                ),
            ],
        ),
    ]
    i = 1
    for ref, rec, acts in plan:
        first = i
        for a, lead, when, rag, upd in acts:
            add_row(t, (ref, rec, a, lead, when, rag, upd), W, size=9, fills={5: fills.get(rag)})
            i += 1
        merge_down(t, 0, first, i - 1, size=9, bold=True)
        merge_down(t, 1, first, i - 1, size=9)
    r.save()


# ===================================================== 3. Seaholme DHR executive summary
def doc_seaholme():
    stem = "dhr_exec_summary_subitem_recs_status_first_plan_seaholme"
    f = Filler(33, "Nadia", "Connor", 6, SEAHOLME)
    r = Report(
        stem,
        "Calibri",
        11,
        f,
        header="OFFICIAL-SENSITIVE until publication",
        footer_label="Seaholme Safer Partnership | DHR 07 Executive Summary |",
        box_fill="DDEBF7",
    )
    d = r.doc
    para(d, "Protective marking: OFFICIAL-SENSITIVE (until publication)", size=9)
    para(d, "[Seaholme Safer Partnership logo]", italic=True, size=9)
    para(d, "")
    para(d, "SEAHOLME SAFER PARTNERSHIP", bold=True, size=20, align="center")
    para(d, "")
    para(d, "Domestic Homicide Review", bold=True, size=22, align="center")
    para(d, "EXECUTIVE SUMMARY", size=16, align="center")
    para(d, "")
    para(d, "The death of Nadia, aged 29, in April 2022", size=13, align="center")
    para(d, "")
    t = doc_table = d.add_table(rows=0, cols=2)
    for k, v in [
        ("Reference", "SSP DHR 07"),
        ("Independent Chair and Author", "Malcolm Threlfall"),
        ("Version", "Final – for publication"),
        ("Date", "July 2023"),
    ]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=11)
        set_text(row.cells[1], v, size=11)
    set_widths(doc_table, [6.5, 9])
    r.brk()
    contents(
        d,
        [
            ("Glossary", 2, 0),
            ("1. The review process", 3, 0),
            ("2. Contributors to the review", 3, 0),
            ("3. The review panel members", 4, 0),
            ("4. Terms of reference", 4, 0),
            ("5. Summary of the case", 5, 0),
            ("6. Key findings and lessons", 7, 0),
            ("7. Conclusions", 8, 0),
            ("8. Recommendations", 9, 0),
            ("Annex – Action plan", 10, 0),
        ],
        width_cm=16,
    )
    para(d, "")
    para(d, "Glossary", bold=True, size=13)
    kv_table(
        d,
        [
            ("ASB", "Anti-social behaviour"),
            ("CCTV", "Closed-circuit television"),
            ("CMHT", "Community Mental Health Team"),
            ("DVPN/DVPO", "Domestic Violence Protection Notice / Order"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("KLOE", "Key line of enquiry"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("SSP", "Seaholme Safer Partnership"),
        ],
        [3.5, 13],
        header=("Acronym", "Full title"),
        fill="BDD7EE",
    )
    r.brk()
    r.h("The review process")
    r.p(
        "This summary outlines the process and findings of the review into the death of Nadia, who was killed "
        "by her former partner Connor on 4 April 2022. Connor was convicted of murder in January 2023."
    )
    r.fill(7, 5)
    r.h("Contributors to the review")
    t = make_table(d, ("Agency", "IMR", "Chronology", "Other"), [8.5, 2.3, 2.7, 3], header_fill="BDD7EE")
    for row in [
        ("Seaholme Police", "✓", "✓", ""),
        ("Seaholme and Coast NHS Trust (CMHT)", "✓", "✓", ""),
        ("Harbourside GP Practice", "✓", "✓", ""),
        ("Seaholme Council Housing Options", "", "✓", "Report"),
        ("Seaholme Domestic Abuse Service (IDVA)", "✓", "✓", ""),
        ("Coastline Probation Service", "", "✓", "Letter"),
    ]:
        add_row(t, row, [8.5, 2.3, 2.7, 3])
    para(d, "")
    r.h("The review panel members")
    kv_table(
        d,
        [
            ("Malcolm Threlfall", "Independent Chair", "–"),
            ("Det. Supt. Farah Quayle", "Head of Public Protection", "Seaholme Police"),
            ("Jo Emberton", "Associate Director of Safeguarding", "Seaholme and Coast NHS Trust"),
            ("Lewis Marchetti", "Housing Options Manager", "Seaholme Council"),
            ("Ruth Okonedo", "Service Manager", "Seaholme Domestic Abuse Service"),
            ("Simon Pargeter", "Senior Probation Officer", "Coastline Probation Service"),
            ("Dr Elin Vaughan", "Named GP for Safeguarding", "NHS Seaholme ICB"),
        ],
        [4.8, 5.7, 6],
        header=("Name", "Job title", "Agency"),
        fill="BDD7EE",
    )
    r.h("Terms of reference")
    r.p("The review addressed six key lines of enquiry (KLOEs):")
    for i, q in enumerate(
        [
            "How did agencies respond to Nadia's disclosures of abuse after the relationship ended?",
            "Was the risk from Connor's stalking behaviour identified and managed?",
            "How effective was the MARAC in this case?",
            "Did Connor's mental health and alcohol use affect how agencies saw the risk he posed?",
            "Were Nadia's housing needs met in a way that kept her safe?",
            "What could be done differently in future?",
        ],
        1,
    ):
        para(d, f"KLOE {i} – {q}")
    r.h("Summary of the case")
    r.p("Nadia and Connor met in 2016 and lived together in Seaholme from 2017. They had no children.")
    for t_ in [
        "In May 2017 Nadia told her GP that she was finding it hard to sleep and that her partner was 'very "
        "jealous'. The GP offered counselling, which Nadia did not take up.",
        "On 23 October 2018 police were called to the couple's flat after Connor damaged a door. Nadia "
        "declined to make a statement and a DASH assessment was graded standard risk.",
        "During 2019 Connor was seen several times by the Community Mental Health Team for low mood and "
        "alcohol misuse. He was discharged in December 2019 after missing three appointments.",
        "On 2 March 2020 Nadia attended the emergency department with a cut to her hand. She said she had "
        "been cooking. The notes record that her partner was with her.",
    ]:
        r.p(t_)
    r.p(f.para(5))
    r.p(f.para(5))
    r.p("The key events of the final year are set out in the table below.")
    para(d, "Table 1: Key dates, May 2021 to April 2022", bold=True, size=10)
    W = [3.4, 13]
    t = make_table(d, ("Date", "Event"), W, header_fill="BDD7EE")
    for row in [
        (
            "12 May 2021",
            "Nadia ended the relationship and moved to her sister's home. Connor sent over 200 "
            "messages in the following week.",
        ),
        ("19 May 2021", "Nadia reported the messages to police. Connor was given a harassment warning."),
        (
            "7 June 2021",
            "Police graded a further report as high risk and referred Nadia to MARAC and the IDVA service.",
        ),
        (
            "24 June 2021",
            "MARAC heard the case. Actions included a housing transfer and a police marker on Nadia's address.",
        ),
        ("Aug 2021", "Nadia moved to temporary accommodation arranged by Housing Options."),
        (
            "3 November 2021",
            "Connor was seen outside Nadia's workplace. Police arrested him for breach of the warning; "
            "he was released under investigation.",
        ),
        (
            "January 2022",
            "The IDVA closed the case after Nadia said she felt safer and did not want further contact.",
        ),
        ("4 April 2022", "Connor attacked Nadia near her home. She died in hospital later that day."),
    ]:
        add_row(t, row, W)
    para(d, "")
    r.h("Key findings and lessons")
    r.fill(5, 5)
    for i, t_ in enumerate(
        [
            "Stalking after separation is a marker of high risk even when there has been no physical assault.",
            "Closing a case because a victim feels safer should be tested against what is known about the perpetrator.",
            "Mental health and alcohol problems explained Connor's behaviour to some practitioners; they did not excuse it.",
        ],
        1,
    ):
        r.box(f"Lesson {i}\n{t_}")
    r.h("Conclusions")
    r.fill(7, 5)
    r.h("Recommendations")
    r.p("The panel agreed the following recommendations.")
    items = [
        (
            "1.",
            "Seaholme Safer Partnership should commission a review of the local response to stalking, "
            "including how stalking is identified at the first report.",
            None,
        ),
        ("2.", "Seaholme Police should:", None),
        (
            "(a)",
            "make sure that every report of harassment by a former partner is screened for stalking "
            "behaviour using a recognised screening tool; and",
            "sub",
        ),
        (
            "(b)",
            "consider applying for a Stalking Protection Order whenever a harassment warning has been "
            "breached.",
            "sub",
        ),
        (
            "3.",
            "The MARAC Steering Group should agree that a case is only closed at MARAC when each agency's "
            "actions have been confirmed as completed.",
            None,
        ),
        (
            "4.",
            "Seaholme and Coast NHS Trust should make sure that clinicians in the Community Mental Health "
            "Team ask patients about their use of abuse in relationships, not only about their own experience.",
            None,
        ),
        ("5.", "Seaholme Domestic Abuse Service should:", None),
        (
            "(a)",
            "review its case closure policy so that closure considers the perpetrator's recent behaviour as "
            "well as the victim's wishes;",
            "sub",
        ),
        ("(b)", "offer a follow-up call three months after closure to every victim of stalking.", "sub"),
        (
            "6.",
            "Seaholme Council Housing Options should record on the housing file when a household is placed "
            "because of domestic abuse, so that the address is not shared.",
            None,
        ),
    ]
    for num, t_, kind in items:
        p = d.add_paragraph()
        ind = 1.6 if kind == "sub" else 0.8
        p.paragraph_format.left_indent = Cm(ind)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{num}\t{t_}")
    landscape_section(d)
    para(d, "Annex – Seaholme DHR 07 Action plan", bold=True, size=13)
    W = [2.6, 1.4, 8.8, 5.2, 3.2, 3.4]
    t = make_table(
        d, ("Status", "Rec", "Action", "Owner", "Target date", "Comments"), W, size=9, header_fill="BDD7EE"
    )
    for row in [
        (
            "Completed",
            "1",
            "Commission an independent review of the local stalking response.",
            "SSP Board Manager",
            "Q2 2023/24",
            "Review report received Sept 2023.",
        ),
        (
            "On track",
            "2(a)",
            "Introduce a stalking screening tool for all harassment reports by a former partner.",
            "Seaholme Police – Public Protection",
            "By end of June 2023",
            "Tool in use; compliance audit due.",
        ),
        (
            "Ongoing",
            "2(b)",
            "Consider a Stalking Protection Order whenever a harassment warning is breached.",
            "Seaholme Police – Public Protection",
            "Ongoing",
            "Two orders obtained since May 2023.",
        ),
        (
            "Completed",
            "3",
            "Amend MARAC operating protocol on case closure.",
            "MARAC Steering Group (Chair)",
            "Mar 2023",
            "Protocol amended and circulated.",
        ),
        (
            "Overdue",
            "4",
            "Add a question about use of abuse to the CMHT assessment.",
            "Seaholme and Coast NHS Trust",
            "Sept 2023",
            "Awaiting change to electronic record.",
        ),
        (
            "Completed",
            "5(a)",
            "Revise the case closure policy.",
            "Seaholme Domestic Abuse Service",
            "Jun 2023",
            "New policy in place.",
        ),
        (
            "Not started",
            "5(b)",
            "Introduce three-month follow-up calls for victims of stalking.",
            "Seaholme Domestic Abuse Service",
            "Jan 2024",
            "Depends on funding decision.",
        ),
        (
            "On track",
            "6",
            "Add a domestic abuse placement marker to the housing file.",
            "Seaholme Council Housing Options",
            "Dec 2023",
            "System change requested.",
        ),
    ]:
        add_row(t, row, W, size=9)
    r.save()


# ===================================================== 4. Fenwick Vale DHR overview (paragraph-number refs)
def doc_fenwick():
    stem = "dhr_overview_para_number_recs_fenwick"
    f = Filler(44, "Amara", "Desmond", 8, FENWICK, keep=0.6)
    r = Report(
        stem,
        "Times New Roman",
        12,
        f,
        header="FENWICK VALE DHR – AMARA – CONFIDENTIAL UNTIL PUBLISHED",
        caps=True,
        box_fill="EDEDED",
    )
    d = r.doc
    para(d, "FENWICK VALE COMMUNITY SAFETY PARTNERSHIP", bold=True, size=16, align="center")
    para(d, "")
    para(d, "DOMESTIC HOMICIDE REVIEW", bold=True, size=22, align="center")
    para(d, "OVERVIEW REPORT", bold=True, size=16, align="center")
    para(d, "")
    para(d, "AMARA", size=18, align="center")
    para(d, "Died June 2021", size=12, align="center")
    para(d, "")
    para(d, "Author: Julian Penhallow", size=12, align="center")
    para(d, "January 2024", size=12, align="center")
    r.brk()
    contents(
        d,
        [
            ("1. INTRODUCTION", 3, 0),
            ("2. TERMS OF REFERENCE", 3, 0),
            ("3. METHODOLOGY", 4, 0),
            ("4. INVOLVEMENT OF FAMILY AND FRIENDS", 5, 0),
            ("5. CONTRIBUTORS AND PANEL", 5, 0),
            ("6. BACKGROUND", 7, 0),
            ("7. AGENCY INVOLVEMENT", 8, 0),
            ("8. ANALYSIS", 9, 0),
            ("9. EQUALITY AND DIVERSITY", 11, 0),
            ("10. GOOD PRACTICE", 11, 0),
            ("11. CONCLUSIONS", 12, 0),
            ("12. LESSONS TO BE LEARNED", 12, 0),
            ("13. ACTION ALREADY TAKEN", 13, 0),
            ("14. RECOMMENDATIONS", 13, 0),
            ("APPENDIX 1: GLOSSARY", 15, 0),
            ("APPENDIX 2: ACTION PLAN", 16, 0),
        ],
        width_cm=16.5,
        title="CONTENTS",
    )
    r.brk()
    r.h("Introduction")
    r.p(
        "This overview report examines the involvement of agencies with Amara, a woman of 52, and her husband "
        "Desmond, before Amara's death on 26 June 2021."
    )
    r.fill(3, 4)
    r.h("Terms of reference")
    r.p(
        "The purpose of the review is set out in the statutory guidance. The panel also set the following "
        "case-specific questions:"
    )
    for i, q in enumerate(
        [
            "What opportunities did agencies have to identify that Amara was experiencing domestic abuse?",
            "How did cultural and language factors affect Amara's access to services?",
            "Were interpreters used, and were family members ever used to interpret?",
            "What was known about Desmond's use of controlling behaviour towards Amara and other family members?",
            "How effective were agencies at sharing information with one another?",
        ],
        1,
    ):
        numbered(d, f"2.{r.n}.{i}", q)
    r.h("Methodology")
    r.fill(3, 4)
    r.h("Involvement of family and friends")
    r.fill(2, 4)
    r.h("Contributors and panel")
    r.p("IMRs were received from the following agencies:")
    for a in [
        "Fenwick Vale Police",
        "Fenwick Vale Hospitals NHS Trust",
        "Millbrook Health Centre (GP)",
        "Fenwick Vale Borough Council – Housing",
        "Fenwick Vale Talking Therapies",
    ]:
        d.add_paragraph(a, style="List Bullet")
    r.p("The panel comprised:")
    kv_table(
        d,
        [
            ("Independent Chair", "Julian Penhallow", "Independent"),
            ("Detective Chief Inspector", "Sarah Ngata", "Fenwick Vale Police"),
            ("Head of Safeguarding", "Owen Flinders", "Fenwick Vale Hospitals NHS Trust"),
            ("Designated Nurse", "Bethan Cole", "NHS Fenwick Vale ICB"),
            ("Housing Services Manager", "Krystyna Wolak", "Fenwick Vale Borough Council"),
            ("Director", "Zainab Hollis", "Vale Women's Aid"),
            ("Community Safety Lead", "Patrick Doyle", "Fenwick Vale Community Safety Partnership"),
        ],
        [5.0, 4.5, 7.0],
        header=("Role", "Name", "Organisation"),
        fill="D0CECE",
    )
    r.h("Background")
    r.fill(4, 5)
    r.h("Agency involvement")
    r.p(
        "The combined chronology was considered in full by the panel. It is not published, to protect the "
        "privacy of Amara's children, and the contacts it records are discussed by theme in section 8."
    )
    r.fill(2, 4)
    r.h("Analysis")
    heading(d, "Language and access", 3)
    r.fill(2, 5)
    heading(d, "Use of family members as interpreters", 3)
    r.fill(2, 5)
    heading(d, "Information sharing", 3)
    r.fill(2, 5)
    r.h("Equality and diversity")
    r.fill(2, 4)
    r.h("Good practice")
    r.fill(1, 4)
    r.h("Conclusions")
    r.fill(3, 5)
    r.h("Lessons to be learned")
    r.p("The panel identified these lessons; several are addressed by the recommendations below.")
    for t_ in [
        "Using a relative to interpret closes the door on a disclosure of abuse.",
        "A victim's limited English may be used by an abuser as a means of control.",
        "Routine enquiry works only if the setting allows the patient to be alone.",
    ]:
        r.box(t_)
    r.h("Action already taken")
    r.fill(1, 4)
    r.h("Recommendations")
    para(d, "Recommendations for the Partnership and its members", italic=True)
    for t_ in [
        "Fenwick Vale Community Safety Partnership should agree a single standard, across all member agencies, "
        "that family members and friends are never used as interpreters where domestic abuse may be a factor.",
        "The Partnership should commission awareness work with community and faith groups in Fenwick Vale on "
        "coercive control, in the main languages spoken in the borough.",
        "The Partnership should ask every member agency to confirm within six months that its staff know how "
        "to book a professional interpreter at short notice.",
    ]:
        r.p(t_)
    para(d, "Single agency recommendations", italic=True)
    for t_ in [
        "Fenwick Vale Police should review how officers record the first language of victims and whether an "
        "interpreter was used at domestic abuse incidents.",
        "Fenwick Vale Hospitals NHS Trust should introduce routine enquiry about domestic abuse in its "
        "maternity and gynaecology outpatient clinics, with the patient seen alone.",
        "Millbrook Health Centre should flag the records of patients who need an interpreter so that a "
        "double-length appointment is offered.",
        "Fenwick Vale Borough Council Housing should train its housing officers on economic abuse and its "
        "effect on rent arrears.",
    ]:
        r.p(t_)
    r.brk()
    para(d, "APPENDIX 1: GLOSSARY", bold=True, size=13)
    kv_table(
        d,
        [
            ("CSP", "Community Safety Partnership"),
            ("DHR", "Domestic Homicide Review"),
            ("GP", "General Practitioner"),
            ("ICB", "Integrated Care Board"),
            ("IMR", "Individual Management Review"),
            ("VWA", "Vale Women's Aid"),
        ],
        [4, 12.5],
        header=("Term", "Explanation"),
        fill="D0CECE",
    )
    landscape_section(d)
    para(d, "APPENDIX 2: ACTION PLAN", bold=True, size=13)
    W = [1.6, 4.2, 7.6, 4.4, 2.6, 3.6]
    t = make_table(
        d, ("Rec.", "Agency", "Action", "Lead officer", "Target", "Status"), W, size=9, header_fill="D0CECE"
    )
    for row in [
        (
            "14.1",
            "Fenwick Vale CSP",
            "Agree and publish a partnership interpreting standard.",
            "Community Safety Lead",
            "31.03.2023",
            "Complete",
        ),
        (
            "14.2",
            "Fenwick Vale CSP",
            "Commission community awareness sessions in five languages.",
            "Community Safety Lead",
            "31.12.2023",
            "Partially complete – three of five languages delivered",
        ),
        (
            "14.3",
            "All member agencies",
            "Each agency to confirm interpreter booking arrangements to the CSP.",
            "CSP Business Support Officer",
            "30.06.2023",
            "Complete",
        ),
        (
            "14.4",
            "Fenwick Vale Police",
            "Amend the domestic abuse incident record to capture first language and interpreter use.",
            "Head of Public Protection",
            "30.09.2023",
            "Not yet started",
        ),
        (
            "14.5",
            "Fenwick Vale Hospitals NHS Trust",
            "Introduce routine enquiry in maternity and gynaecology outpatients.",
            "Head of Safeguarding",
            "Dec 2023",
            "In progress",
        ),
        (
            "14.6",
            "Millbrook Health Centre",
            "Add an interpreter flag to patient records.",
            "Practice Manager",
            "31.03.2023",
            "Complete",
        ),
        (
            "14.7",
            "Fenwick Vale Borough Council",
            "Deliver economic abuse training to housing officers.",
            "Housing Services Manager",
            "Mar 2024",
            "In progress",
        ),
    ]:
        add_row(t, row, W, size=9)
    r.save()


# ===================================================== 5. Ravensmoor joint DHR/SAR
def doc_ravensmoor():
    stem = "joint_dhr_sar_dhr_prefixed_lettered_recs_ravensmoor"
    f = Filler(55, "Winifred", "Kieran", 9, RAVENS, keep=0.5)
    r = Report(
        stem,
        "Verdana",
        9.5,
        f,
        header="Ravensmoor Joint DHR/SAR – Winifred",
        footer_label="Page",
        box_fill="FFF2CC",
    )
    r.hfmt = "Section {n}: {t}"
    d = r.doc
    para(
        d,
        "[Logos: Ravensmoor Community Safety Partnership | Ravensmoor Safeguarding Adults Board]",
        italic=True,
        size=8,
    )
    para(d, "")
    para(d, "Joint Domestic Homicide Review and Safeguarding Adults Review", bold=True, size=18)
    para(d, "")
    para(d, "Winifred", bold=True, size=28)
    para(d, "")
    para(
        d,
        "Commissioned by Ravensmoor Community Safety Partnership and Ravensmoor Safeguarding Adults Board",
        size=11,
    )
    para(d, "Independent reviewer: Beatrice Oyelaran-Smith", size=11)
    para(d, "Final report – October 2023", size=11)
    para(d, "Protective marking: NOT PROTECTIVELY MARKED", size=8)
    r.brk()
    contents(
        d,
        [
            ("Section 1: Introduction", 3, 0),
            ("Section 2: Why a joint review?", 3, 0),
            ("Section 3: Scope and terms of reference", 4, 0),
            ("Section 4: Panel and process", 5, 0),
            ("Section 5: Winifred and her family", 6, 0),
            ("Section 6: Agency involvement", 7, 0),
            ("Section 7: Analysis against the terms of reference", 8, 0),
            ("Section 8: Conclusions", 11, 0),
            ("Section 9: Recommendations", 12, 0),
            ("Appendix A: Glossary", 13, 0),
            ("Appendix B: Implementation plan", 14, 0),
        ],
        width_cm=16.5,
    )
    r.brk()
    r.h("Introduction")
    r.p(
        "Winifred was 71 when she was killed by her grandson Kieran, who had lived with her since 2019, at her "
        "home in Ravensmoor on 8 November 2021."
    )
    r.fill(2, 4)
    r.h("Why a joint review?")
    r.p(
        "Winifred had care and support needs arising from arthritis and failing sight. Her death met the "
        "criteria for both a Domestic Homicide Review and a Safeguarding Adults Review, and the two "
        "commissioning bodies agreed to hold a single joint review."
    )
    r.fill(1, 4)
    r.h("Scope and terms of reference")
    r.p("The review period is 1 April 2019 to 8 November 2021. The key lines of enquiry were:")
    for _i, q in enumerate(
        [
            "Did agencies recognise that abuse of an older person by a grandchild is domestic abuse?",
            "How were Winifred's care and support needs assessed and met?",
            "What did agencies know about Kieran's drug use and debts?",
            "Was Winifred's financial abuse identified and acted upon?",
            "Were Winifred's own views sought and recorded?",
            "How well did the adult safeguarding and domestic abuse systems work together?",
            "What learning is there for the Board and the Partnership?",
        ],
        1,
    ):
        p = d.add_paragraph(style="List Number")
        p.add_run(q)
    r.h("Panel and process")
    kv_table(
        d,
        [
            ("Ravensmoor Police", "Detective Inspector, Safeguarding Review Unit"),
            ("Ravensmoor Council Adult Social Care", "Principal Social Worker"),
            ("Ravensmoor Council Community Safety", "Domestic Abuse Coordinator"),
            ("Ravensmoor Integrated Care Board", "Designated Nurse, Adult Safeguarding"),
            ("Ravensmoor Teaching Hospitals", "Lead Nurse, Safeguarding Adults"),
            ("Pathways Recovery (drug and alcohol service)", "Service Manager"),
            ("Ravensmoor Age Concern", "Chief Officer"),
            ("Ravensmoor Safeguarding Adults Board", "Board Manager"),
        ],
        [8.0, 8.5],
        header=("Organisation", "Panel member"),
        fill="FFE699",
    )
    r.fill(2, 4)
    r.h("Winifred and her family")
    r.fill(5, 5)
    r.h("Agency involvement")
    r.p(
        "Each agency's involvement is considered below by theme. The integrated chronology is held by the "
        "Partnership and has not been published."
    )
    r.fill(2, 4)
    r.h("Analysis against the terms of reference")
    for i in range(1, 6):
        heading(d, f"Line of enquiry {i}", 3)
        r.fill(3, 5)
        if i in (1, 4):
            r.box(
                "Key finding\n"
                + (
                    "Abuse by a grandchild was seen as a family matter and not as domestic abuse."
                    if i == 1
                    else "Withdrawals from Winifred's account were noticed by the bank but were not "
                    "linked to any safeguarding concern."
                )
            )
    r.h("Conclusions")
    r.fill(3, 5)
    r.h("Recommendations")
    r.p(
        "The review makes five recommendations for the Partnership and the Board, numbered DHR 1 to DHR 5, and "
        "four recommendations for single agencies, lettered A to D."
    )
    for i, t_ in enumerate(
        [
            "Ravensmoor Community Safety Partnership and Ravensmoor Safeguarding Adults Board should publish joint "
            "guidance making clear that abuse of an older person by any family member is domestic abuse, and "
            "should include it in both bodies' training.",
            "The Partnership should make sure that the domestic abuse needs assessment includes older victims and "
            "abuse by adult children and grandchildren.",
            "The Board should ask Adult Social Care and the police to agree a shared threshold for when financial "
            "abuse of an adult at risk is referred to the police.",
            "The Board should seek assurance that care and support assessments ask the adult, on their own, about "
            "anyone in the household who worries them.",
            "The Partnership and the Board should agree a protocol for deciding when a death should lead to a "
            "joint review, so that families are not asked to take part in two processes.",
        ],
        1,
    ):
        p = d.add_paragraph()
        p.add_run(f"DHR {i}").bold = True
        d.add_paragraph(t_)
    para(d, "Single agency recommendations", bold=True)
    W = [4.5, 1.2, 10.8]
    t = make_table(d, ("Agency", "Ref", "Recommendation"), W, size=9, header_fill="FFE699")
    for row in [
        (
            "Ravensmoor Police",
            "A",
            "Ravensmoor Police should make sure that call handlers ask whether a caller "
            "reporting a family dispute involving an older person has care and support needs.",
        ),
        (
            "Ravensmoor Council Adult Social Care",
            "B",
            "Adult Social Care should update its financial abuse "
            "practice guidance to include the use of bank safeguarding teams.",
        ),
        (
            "Pathways Recovery",
            "C",
            "Pathways Recovery should ask every client who lives with an older relative "
            "about that relative's safety and record the answer.",
        ),
        (
            "Ravensmoor Teaching Hospitals",
            "D",
            "The hospital trust should make sure that discharge planning "
            "for older patients considers who they are going home to.",
        ),
    ]:
        add_row(t, row, W, size=9)
    r.brk()
    para(d, "Appendix A: Glossary", bold=True, size=12)
    kv_table(
        d,
        [
            ("ASC", "Adult Social Care"),
            ("DHR", "Domestic Homicide Review"),
            ("ICB", "Integrated Care Board"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("SAB", "Safeguarding Adults Board"),
            ("SAR", "Safeguarding Adults Review"),
        ],
        [3.5, 13],
        header=("Term", "Meaning"),
        fill="FFE699",
    )
    landscape_section(d)
    para(d, "Appendix B: Implementation plan – Joint DHR/SAR Winifred", bold=True, size=12)
    para(d, "Updated for the Joint Review Oversight Group, 15 January 2024", size=9)
    W = [1.5, 6.0, 6.4, 3.6, 2.4, 1.7, 4.4]
    t = make_table(
        d,
        ("No.", "Recommendation", "Action", "Lead", "Target", "RAG", "Evidence / comments"),
        W,
        size=8.5,
        header_fill="FFE699",
    )
    rag = {"G": "A9D08E", "A": "FFD966", "R": "FF7C80", "C": "9DC3E6"}
    groups = [
        (
            "Partnership and Board (multi-agency)",
            [
                (
                    "1.1",
                    "DHR 1 – joint guidance: abuse by any family member is domestic abuse.",
                    "Draft and publish joint guidance.",
                    "DA Coordinator / SAB Manager",
                    "Mar-24",
                    "G",
                    "Draft approved by both Boards in December.",
                ),
                (
                    "1.2",
                    "DHR 1 – include in training.",
                    "Add the guidance to both bodies' training programmes.",
                    "SAB Training Lead",
                    "Q4 2023/24",
                    "A",
                    "Partnership course updated; SAB course pending.",
                ),
                (
                    "2.1",
                    "DHR 2 – needs assessment to include older victims.",
                    "Add older victims to the needs assessment specification.",
                    "DA Coordinator",
                    "31st March 2024",
                    "G",
                    "Specification issued to the analyst.",
                ),
                (
                    "3.1",
                    "DHR 3 – shared financial abuse threshold.",
                    "Hold a workshop with ASC and police to agree the threshold.",
                    "SAB Manager",
                    "Sep-23",
                    "C",
                    "Completed – threshold agreed 21/09/2023.",
                ),
                (
                    "4.1",
                    "DHR 4 – assessments to ask the adult alone.",
                    "Audit 30 care and support assessments.",
                    "SAB Quality Sub-group",
                    "Jun-24",
                    "R",
                    "Audit not started – sub-group chair vacancy.",
                ),
                (
                    "5.1",
                    "DHR 5 – protocol for joint reviews.",
                    "Write and agree a joint review protocol.",
                    "CSP Manager / SAB Manager",
                    "Dec-23",
                    "C",
                    "Completed and published on both websites.",
                ),
            ],
        ),
        (
            "Ravensmoor Police",
            [
                (
                    "A.1",
                    "A – call handlers to ask about care and support needs.",
                    "Add a prompt to the call-handling script for family disputes.",
                    "Head of Contact Management",
                    "Oct-23",
                    "C",
                    "Completed 2 October 2023.",
                ),
            ],
        ),
        (
            "Ravensmoor Council Adult Social Care",
            [
                (
                    "B.1",
                    "B – financial abuse guidance to include bank safeguarding teams.",
                    "Update practice guidance.",
                    "Principal Social Worker",
                    "Jan-24",
                    "G",
                    "Consultation closes 31 January.",
                ),
                (
                    "B.2",
                    "B – as above.",
                    "Brief team managers on the updated guidance.",
                    "Principal Social Worker",
                    "Mar-24",
                    "G",
                    "",
                ),
            ],
        ),
        (
            "Pathways Recovery",
            [
                (
                    "C.1",
                    "C – ask about the safety of older relatives.",
                    "Add a question to the assessment and review forms.",
                    "Service Manager",
                    "Nov-23",
                    "C",
                    "Completed – forms live from 1 November.",
                ),
            ],
        ),
        (
            "Ravensmoor Teaching Hospitals",
            [
                (
                    "D.1",
                    "D – discharge planning to consider the household.",
                    "Amend the discharge checklist for patients over 65.",
                    "Lead Nurse, Safeguarding Adults",
                    "Apr-24",
                    "A",
                    "Checklist drafted; IT change delayed.",
                ),
            ],
        ),
    ]
    for g, rows in groups:
        full_row(t, g, fill="FFF2CC")
        for no, rec, act, lead, tgt, rg, ev in rows:
            word = {"G": "Green", "A": "Amber", "R": "Red", "C": "Complete"}[rg]
            add_row(t, (no, rec, act, lead, tgt, word, ev), W, size=8.5, fills={5: rag[rg]})
    para(
        d,
        "RAG: Complete = action finished and evidenced; Green = on track; Amber = at risk of delay; "
        "Red = not started or off track.",
        size=8,
    )
    r.save()


if __name__ == "__main__":
    doc_harrowfield()
    doc_bramwell()
    doc_seaholme()
    doc_fenwick()
    doc_ravensmoor()
