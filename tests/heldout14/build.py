"""Build the heldout14 blind documents as Word files (python-docx).

Run once:  python tests/heldout14/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
Five reports of five families as they are published: a Welsh/English DHR with a Home Office template
plan, a Domestic Abuse Related Death Review with national and local recommendations and a RAG plan, a
Safeguarding Adults Review with lettered board recommendations and a plan whose rows run over pages, a
Child Safeguarding Practice Review with learning points between recommendations and a year-headed
chronology, and a DHR executive summary plus overview report with an agency-keyed recommendations table.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    add_row,
    box,
    docx_saver,
    dotted_line,
    footnote_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    sup,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

RAG = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE"}


def airy(doc, spacing=1.45, after=9):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def paras(doc, number, texts, start=1, notes=None):
    """Numbered paragraphs N.1, N.2 ...; `notes` maps a paragraph number to a footnote mark."""
    for i, t in enumerate(texts, start):
        p = numbered(doc, f"{number}.{i}", t)
        if notes and f"{number}.{i}" in notes:
            sup(p, notes[f"{number}.{i}"])
    return start + len(texts)


def plain(doc, texts):
    for t in texts:
        para(doc, t)


def contents(doc, lines, title="Contents"):
    heading(doc, title, 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=16, indent=1 if text[:1].isdigit() and "." in text[:4] else 0)
    page_break(doc)


def listed(doc, items, style="List Bullet"):
    for s in items:
        para(doc, s, style=style)


def lettered(doc, items, indent=1.9, form="({})"):
    for i, s in enumerate(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        p.add_run(f"{form.format(chr(97 + i))}\t{s}")


def table(doc, headers, widths, rows, size=9, status_col=None, merge_col=None):
    t = make_table(doc, headers, widths, size=size)
    for r in rows:
        fills = {}
        if status_col is not None:
            word = r[status_col].split()[0] if r[status_col] else ""
            if word in RAG:
                fills[status_col] = RAG[word]
        add_row(t, r, widths, size=size, fills=fills)
    doc.add_paragraph()
    return t


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def glossary(doc, pairs, title="Glossary"):
    heading(doc, title, 1)
    kv_table(doc, pairs, widths=(4, 12.5), size=9)


def panel(doc, rows, title="Review Panel membership"):
    heading(doc, title, 2)
    table(doc, ["Name", "Role", "Organisation"], [4.3, 5.6, 6.6], rows)


# ------------------------------------------------- common preliminaries, each written for its own review
def equality_section(doc, number, name, notes):
    heading(doc, f"{number}. Equality and diversity", 1)
    paras(
        doc,
        number,
        [
            "The Panel considered each of the nine protected characteristics in the Equality Act 2010 and "
            "asked whether any of them affected how services responded.",
            notes,
            f"The Panel also asked whether {name}'s social class, income or where she lived made services "
            "harder to reach. Where that was found it is discussed in the analysis.",
        ],
    )


def confidentiality(doc, number, name, others):
    heading(doc, f"{number}. Confidentiality and pseudonyms", 1)
    paras(
        doc,
        number,
        [
            "The findings of the review were confidential until the report was approved for publication. "
            "Information was available only to panel members and the agencies taking part.",
            f"Pseudonyms are used throughout. {name} was chosen by the family. {others}",
            "Staff are referred to by role, not by name. Agencies were given the chance to check the "
            "factual accuracy of the sections describing their contact.",
        ],
    )


def dissemination(doc, number, lines):
    heading(doc, f"{number}. Dissemination", 1)
    para(doc, "Once approved, the report will be shared with:")
    listed(doc, lines)


# ============================================ 1. Welsh / English DHR, Home Office template plan appended
def doc_ferwyn():
    stem = "dhr_welsh_bilingual_ho_plan_unlabelled_number_ferwyn"
    doc = new_doc(
        header="SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE    ADD / DHR Bro Ferwyn 2022/01",
        footer_label="Tudalen / Page",
        font="Arial",
        size=11,
    )
    airy(doc)
    cover(
        doc,
        [
            ("[Logo: Partneriaeth Diogelwch Cymunedol Bro Ferwyn]", 10, False),
            ("", 12, False),
            ("Partneriaeth Diogelwch Cymunedol Bro Ferwyn", 15, True),
            ("Bro Ferwyn Community Safety Partnership", 15, True),
            ("", 12, False),
            ("Adolygiad Dynladdiad Domestig", 20, True),
            ("Domestic Homicide Review", 20, True),
            ("", 12, False),
            ("Adroddiad Trosolwg / Overview Report", 16, True),
            ("", 12, False),
            ("Ynghylch marwolaeth ‘Eleri’ / Into the death of ‘Eleri’", 13, False),
            ("June 2022", 13, False),
            ("", 12, False),
            ("Cyfeirnod / Reference: BFCSP DHR 2022/01", 12, True),
            ("Cadeirydd ac Awdur Annibynnol / Independent Chair and Author: Rhiannon Pugh-Maddox", 11, False),
            ("Fersiwn terfynol / Final version: 28 November 2023", 11, False),
        ],
    )
    para(doc, "Mae’r adroddiad hwn ar gael yn Gymraeg. / This report is available in Welsh.", italic=True)
    contents(
        doc,
        [
            ("Rhagair / Preface", 3),
            ("1. Introduction", 4),
            ("2. Terms of Reference / Cylch Gorchwyl", 4),
            ("3. Methodology", 5),
            ("4. Confidentiality and pseudonyms", 6),
            ("5. Summary of key events / Crynodeb o ddigwyddiadau allweddol", 7),
            ("6. Analysis", 9),
            ("7. Equality and diversity", 10),
            ("8. Lessons learned / Gwersi a ddysgwyd", 11),
            ("9. Argymhellion / Recommendations", 11),
            ("10. Dissemination", 12),
            ("Atodiad A / Appendix A: Cynllun Gweithredu / Action Plan", 13),
        ],
        title="Cynnwys / Contents",
    )
    heading(doc, "Rhagair / Preface", 1)
    plain(
        doc,
        [
            "The Partnership offers its sympathy to Eleri’s children, her parents and her wider family. "
            "Eleri was a farmer’s daughter who loved the hills she grew up in, sang in a chapel choir and "
            "ran the farm’s accounts with great care.",
            "Her family asked that the review remember her as capable and funny, and not only as a victim. "
            "The Chair has tried to honour that request throughout.",
            "The review was held in English at the family’s request. Welsh-language material provided by "
            "agencies was translated by the Partnership’s translation service.",
        ],
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This review examines the contact agencies had with Eleri, aged 44, and her husband Gareth, aged "
            "49, before Eleri’s death at the family farm near Llanferwyn in June 2022.",
            "Gareth was convicted of Eleri’s murder at the Crown Court in March 2023 and sentenced to life "
            "imprisonment with a minimum term of 22 years.",
            "The Partnership decided to hold a review on 11 July 2022 and informed the Home Office. The "
            "first Panel meeting was held on 6 September 2022 and the report was agreed on 28 November "
            "2023. The delay was caused by the criminal trial.",
            "The review period runs from Eleri’s marriage in 2014 to her death. Earlier events were "
            "included where the Panel thought they explained what followed.",
        ],
        notes={"1.3": "1"},
    )
    footnote_line(
        doc, "1", "Statutory guidance asks that reviews are completed within six months where possible."
    )
    heading(doc, "2. Terms of Reference / Cylch Gorchwyl", 1)
    para(doc, "The Panel agreed the following areas for the review to consider:")
    listed(
        doc,
        [
            "How agencies identified and responded to domestic abuse in a rural farming household.",
            "Whether risk assessments took account of Gareth’s access to firearms.",
            "How Eleri could have found specialist support, given the distance to services.",
            "Whether Welsh-language provision affected Eleri’s willingness to seek help.",
            "Whether health practitioners asked about domestic abuse when Eleri was injured.",
            "Whether information was shared between agencies when it should have been.",
        ],
        style="List Number",
    )
    panel(
        doc,
        [
            ("Rhiannon Pugh-Maddox", "Independent Chair and Author", "Independent"),
            ("DCI Owain Tudur", "Public Protection", "Ferwyn Coast Police"),
            ("Catrin Bevan", "Head of Safeguarding", "Bro Ferwyn Health Board"),
            ("Dr Sion Hale", "GP Safeguarding Lead", "Bro Ferwyn Health Board"),
            ("Mared Lloyd", "Housing Options Manager", "Bro Ferwyn County Council"),
            ("Nerys Prothero", "Director", "Cysgod Domestic Abuse Service"),
            ("Ieuan Rees", "Community Safety Manager", "Bro Ferwyn County Council"),
        ],
    )
    page_break(doc)

    heading(doc, "3. Methodology", 1)
    paras(
        doc,
        "3",
        [
            "Nine agencies were asked whether they had contact. Four provided Individual Management Reviews "
            "and three provided summaries. Two had no contact.",
            "The Chair met Eleri’s parents and her sister twice, at their home. They gave the Panel "
            "photographs and a letter Eleri had written to her sister in 2021.",
            "Gareth declined to take part. His solicitor passed on a short statement, which the Panel "
            "considered but which added nothing to the agency records.",
            "A practitioner event was held in Llanferwyn in May 2023. It was attended by a police "
            "sergeant, two practice nurses, a housing officer and two Cysgod workers.",
            "Farming charities and the local agricultural college were approached to help the Panel "
            "understand how isolated farming families seek help. Their contribution is acknowledged.",
        ],
    )
    glossary(
        doc,
        [
            ("ADD / DHR", "Adolygiad Dynladdiad Domestig / Domestic Homicide Review"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("IMR", "Individual Management Review"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("MIU", "Minor Injuries Unit"),
        ],
        title="Geirfa / Glossary",
    )
    confidentiality(
        doc,
        "4",
        "Eleri",
        "Her husband is called Gareth. Their two children, who were adults at the time, are not named.",
    )
    page_break(doc)

    heading(doc, "5. Summary of key events / Crynodeb o ddigwyddiadau allweddol", 1)
    para(doc, "The paragraphs below summarise the events the Panel thought most significant.")
    paras(
        doc,
        "5",
        [
            "In the spring of 2014 Eleri and Gareth married and she moved to his family’s hill farm outside "
            "Llanferwyn. Her sister says Gareth took over the farm accounts soon afterwards.",
            "On 9 October 2018 Eleri attended the Minor Injuries Unit at Ysbyty Ferwyn with a cut to her "
            "forehead. She said she had been caught by a gate. She was not asked how the injury happened "
            "beyond that, and Gareth waited with her in the cubicle.",
            "In January 2019 Eleri told the practice nurse at Llanferwyn Surgery that she was not sleeping "
            "and felt ‘on edge all the time’. She was given advice on sleep and a leaflet on anxiety.",
            "On 23 August 2020 a neighbour called Ferwyn Coast Police after hearing a woman screaming in "
            "the farmyard. Officers arrived two hours later because of the distance. Both said there had "
            "been a row about money.",
            "On 25 August 2020 an officer returned and completed a DASH risk assessment with Eleri on the "
            "doorstep while Gareth was in the fields. It was graded standard. The officer did not check "
            "whether anyone in the house held a firearm or shotgun certificate.",
            "In March 2021 Eleri rang the Cysgod helpline from her sister’s phone. She asked whether she "
            "could speak to someone in Welsh. No Welsh speaker was available and she ended the call.",
            "On 4 November 2021 Gareth’s shotgun certificate was renewed. The Firearms Licensing Unit "
            "had not been told of the August 2020 incident.",
            "In February 2022 Eleri asked Bro Ferwyn County Council Housing Services about her rights if "
            "she left a house tied to the farm. She was told to get legal advice. No question about "
            "domestic abuse was asked.",
            "On 30 May 2022 Eleri attended the surgery with bruising to her forearm. Gareth came into the "
            "consulting room and answered for her. She was not seen alone.",
            "On 17 June 2022 Eleri was found dead in the farmhouse kitchen by her son. Gareth was arrested "
            "at the scene.",
        ],
    )
    page_break(doc)

    heading(doc, "6. Analysis", 1)
    paras(
        doc,
        "6",
        [
            "Distance shaped almost every contact. Officers took two hours to reach the farm in 2020 and "
            "the nearest specialist service was forty minutes away by car. Eleri did not drive after "
            "2019, because Gareth had sold her car.",
            "The 2020 risk assessment was completed in good faith, but the answers Eleri gave on the "
            "doorstep were not tested against anything else. The question about weapons was answered ‘no’ "
            "and was not checked. Gareth held a shotgun certificate for vermin control.",
            "Health contacts show a pattern of injury that was never put together. The Minor Injuries "
            "Unit, the practice nurse and the GP each saw one piece. None asked Eleri alone whether she "
            "was safe at home.",
            "Eleri’s call to Cysgod in March 2021 was her only direct request for help. Her family say "
            "she thought in Welsh when she was upset. The service has since recognised that a call-back "
            "in Welsh should have been offered.",
            "Housing advice in February 2022 treated Eleri’s question as a tenancy matter. Staff had "
            "no prompt to consider why a woman might ask about leaving a tied house.",
            "The Panel considered whether Eleri’s death could have been predicted. It concluded that "
            "it could not have been predicted from any single contact, but that the risk was visible "
            "from the contacts taken together.",
        ],
    )
    equality_section(
        doc,
        "7",
        "Eleri",
        "Eleri’s first language was Welsh. The Panel found that the lack of a Welsh-speaking worker at "
        "first contact was a barrier, and that rural isolation, while not a protected characteristic, "
        "compounded it.",
    )
    page_break(doc)

    heading(doc, "8. Lessons learned / Gwersi a ddysgwyd", 1)
    para(doc, "The Panel identified the following lessons. They are not recommendations in themselves.")
    listed(
        doc,
        [
            "Victims on isolated farms may have no safe phone, no car and no neighbour within sight.",
            "A weapons question on a risk checklist is only as good as the check that follows it.",
            "Small injuries seen in different places can add up to a clear picture of abuse.",
            "Language choice at first contact can decide whether a victim calls again.",
        ],
        style="List Number",
    )
    heading(doc, "Good practice", 2)
    listed(
        doc,
        [
            "The neighbour who called the police in 2020 was thanked and kept informed by the officer.",
            "Cysgod reviewed its helpline arrangements before the review was concluded.",
        ],
    )
    heading(doc, "9. Argymhellion / Recommendations", 1)
    para(
        doc,
        "The Panel makes the following recommendations. Each agency has agreed its actions, which are set "
        "out in the action plan at Appendix A.",
    )
    for num, text in [
        (
            "1.",
            "Bro Ferwyn Community Safety Partnership should commission a review of how victims living in the "
            "rural wards of Bro Ferwyn can reach specialist domestic abuse support, including outreach to the "
            "upland villages.",
        ),
        (
            "2.",
            "Ferwyn Coast Police should ensure that whenever the holder of a firearm or shotgun certificate is "
            "named in a domestic abuse report, the Firearms Licensing Unit is told the same day and reviews "
            "the certificate.",
        ),
        (
            "3.",
            "Bro Ferwyn Health Board should make routine enquiry about domestic abuse part of every "
            "consultation for an unexplained injury in its Minor Injuries Units, and audit its use twice "
            "a year.",
        ),
        (
            "4.",
            "Llanferwyn Surgery should record in the patient record when a partner attends a consultation "
            "and should make sure every adult patient is offered time alone with the clinician.",
        ),
        (
            "5.",
            "Bro Ferwyn County Council Housing Services should include questions about domestic abuse in the "
            "advice it gives to people living in tied or agricultural housing.",
        ),
        (
            "6.",
            "The Chair of the Partnership should write to the Welsh Government asking that its national "
            "training framework on violence against women and domestic abuse covers the isolation of "
            "victims in farming communities.",
        ),
        (
            "7.",
            "Cysgod Domestic Abuse Service should offer support in Welsh at the first contact and record "
            "each client’s language choice.",
        ),
    ]:
        numbered(doc, num, text)
    dissemination(
        doc,
        "10",
        [
            "Eleri’s family",
            "All agencies represented on the Panel",
            "The Police and Crime Commissioner",
            "The Regional Violence against Women, Domestic Abuse and Sexual Violence Board",
            "The Welsh Government and the Home Office",
        ],
    )

    landscape_section(doc)
    heading(doc, "Atodiad A / Appendix A: Cynllun Gweithredu / Action Plan", 1)
    para(doc, "Domestic Homicide Review Action Plan (Home Office template)", bold=True)
    widths = [0.9, 4.6, 2.0, 4.6, 3.0, 4.2, 2.3, 4.4]
    t = make_table(
        doc,
        [
            "",
            "Recommendation",
            "Scope of recommendation i.e. local or regional",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Date of completion and Outcome",
        ],
        widths,
        size=8,
    )
    for row in [
        (
            "1",
            "Review how victims in rural wards can reach specialist support, including upland outreach.",
            "Local",
            "Commission a mapping exercise of outreach provision in the upland wards and report to the "
            "Partnership Board.",
            "Community Safety Manager, Bro Ferwyn CSP",
            "Mapping carried out with Cysgod and farming charities. Report to Board.",
            "31 March 2024",
            "Completed March 2024. Report accepted and outreach surgery agreed for two villages.",
        ),
        (
            "2",
            "Firearms Licensing told the same day when a certificate holder is named in a domestic abuse report.",
            "Regional (force-wide, all four counties)",
            "Amend the force domestic abuse policy so that Firearms Licensing is notified within 24 hours and "
            "brief all response sergeants.",
            "Head of Public Protection, Ferwyn Coast Police",
            "Policy amended. Briefing delivered at sergeants’ development days.",
            "December 2023",
            "Completed 14/12/2023",
        ),
        (
            "3",
            "Routine enquiry at Minor Injuries Units for unexplained injuries, audited twice a year.",
            "Local",
            "Add a routine enquiry prompt to the MIU triage template and audit it every six months.",
            "Head of Safeguarding, Bro Ferwyn Health Board",
            "Prompt live at Ysbyty Ferwyn and one other unit. First audit due.",
            "September 2024",
            "Ongoing – third unit awaiting system upgrade.",
        ),
        (
            "4",
            "Record when a partner attends and offer time alone.",
            "Local",
            "Add a ‘present at consultation’ field to the clinical system and remind all clinicians to offer "
            "time alone.",
            "Practice Manager, Llanferwyn Surgery",
            "Field added. Item at practice meeting.",
            "Completed November 2023",
            "Field in use by all clinicians.",
        ),
        (
            "5",
            "Domestic abuse questions in advice on tied and agricultural housing.",
            "Local",
            "Add screening questions to the housing advice script for tied and agricultural tenancies.",
            "Housing Options Manager, Bro Ferwyn County Council",
            "None yet.",
            "Q4 2024/25",
            "Not started – waiting for the new advice system.",
        ),
        (
            "6",
            "Write to the Welsh Government about its national training framework.",
            "National",
            "Chair of the Partnership to write to the Welsh Government Minister responsible.",
            "Chair, Bro Ferwyn CSP",
            "Letter drafted and agreed by the Board.",
            "On publication",
            "Completed – letter sent 2 May 2024; reply received July 2024.",
        ),
        (
            "7",
            "Welsh-language support at first contact and language choice recorded.",
            "Local",
            "Recruit a Welsh-speaking outreach worker and add language choice to the case management system.",
            "Director, Cysgod Domestic Abuse Service",
            "Case system changed. Post advertised twice.",
            "June 2024",
            "Partially completed. Recruitment still under way.",
        ),
    ]:
        add_row(t, row, widths, size=8)
    save(doc, stem)


# ============================================ 2. Domestic Abuse Related Death Review, national + local, RAG plan
def doc_wenlow():
    stem = "dardr_national_local_recs_rag_plan_wenlow"
    doc = new_doc(
        header="Wenlow Safer Communities Partnership | DARDR 03 | OFFICIAL",
        footer_label="Domestic Abuse Related Death Review – Jess –",
        font="Calibri",
        size=11,
    )
    airy(doc, 1.4, 8)
    cover(
        doc,
        [
            ("Wenlow Safer Communities Partnership", 16, True),
            ("", 12, False),
            ("Domestic Abuse Related Death Review", 22, True),
            ("(formerly Domestic Homicide Review)", 12, False),
            ("", 12, False),
            ("‘Jess’", 18, True),
            ("who died in April 2023", 13, False),
            ("", 12, False),
            ("Review reference: WSCP DARDR 03", 12, True),
            ("Independent Reviewer: Marcus Okonjo-Feld", 12, False),
            ("Report completed: January 2024", 12, False),
            ("Published: September 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Why this review was held", 3),
            ("3. The review process", 4),
            ("4. Jess: a portrait from her family", 5),
            ("5. Chronology of significant events", 6),
            ("6. Analysis against the key lines of enquiry", 8),
            ("7. Conclusions", 10),
            ("8. Recommendations", 10),
            ("8.1 National recommendations", 10),
            ("8.2 Local recommendations", 11),
            ("Appendix 1: Action plan and progress (RAG)", 12),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This review concerns Jess, a 31-year-old woman who took her own life at her flat in Wenlow in "
            "April 2023. Jess had been in a relationship with Callum for four years.",
            "The Partnership thanks Jess’s mother and brother for their part in the review. Their account "
            "of the last two years of Jess’s life is central to this report.",
            "Since the change of name in national guidance, reviews of deaths by suicide following domestic "
            "abuse are called Domestic Abuse Related Death Reviews. This review began under the older name "
            "and some agency documents still use it.",
        ],
        notes={"1.3": "2"},
    )
    footnote_line(doc, "2", "The Partnership adopted the new title for all reviews begun after 1 April 2024.")
    heading(doc, "2. Why this review was held", 1)
    paras(
        doc,
        "2",
        [
            "Jess’s death was reported to the Partnership by the police in May 2023. The notification "
            "included messages on Jess’s phone showing that Callum monitored her, took her wages and "
            "threatened to leave her homeless.",
            "The Partnership’s decision panel agreed on 22 June 2023 that the criteria for a review were "
            "met, because there was reason to think Jess’s death resulted from abuse by an intimate partner.",
            "Callum was not charged with any offence connected with Jess’s death. A police investigation "
            "into controlling or coercive behaviour was closed in October 2023.",
        ],
    )
    heading(doc, "3. The review process", 1)
    paras(
        doc,
        "3",
        [
            "The Panel met six times between August 2023 and January 2024. Agencies were asked for "
            "chronologies and then for Individual Management Reviews.",
            "The key lines of enquiry were:",
        ],
    )
    lettered(
        doc,
        [
            "what each agency knew about the abuse Jess experienced;",
            "whether Jess’s suicidal thoughts were linked to the abuse by those who knew of them;",
            "whether economic abuse was recognised by the agencies dealing with Jess’s money;",
            "what specialist support Jess was offered and why she did not take it up;",
            "whether any national policy made it harder to protect Jess.",
        ],
        form="{})",
    )
    panel(
        doc,
        [
            ("Marcus Okonjo-Feld", "Independent Chair and Reviewer", "Independent"),
            ("DI Hannah Lowery", "Safeguarding Review Unit", "Hollinshire Constabulary"),
            ("Dr Aoife Kerrigan", "Named GP for Safeguarding", "Wenlow Integrated Care Board"),
            ("Paul Ashdown", "Service Manager", "Wenlow Wellbeing Service"),
            ("Rekha Malhotra", "Head of Revenues and Benefits", "Wenlow Borough Council"),
            ("Bev Sorensen", "Chief Officer", "Haven Wenlow"),
            ("Tom Greatorex", "Partnership Manager", "Wenlow Safer Communities Partnership"),
        ],
    )
    page_break(doc)
    heading(doc, "4. Jess: a portrait from her family", 1)
    plain(
        doc,
        [
            "Jess grew up on the Fellside estate with her mother and younger brother. She was a gifted "
            "swimmer as a teenager and later worked as a dental receptionist, a job she loved.",
            "Her mother describes a warm, chatty daughter who phoned her every day. From 2021 the calls "
            "became shorter and Jess would often say she could not talk because Callum was home.",
            "Her brother says Jess stopped coming to family birthdays in 2022. When he visited, Callum "
            "stayed in the room and answered questions for her.",
            "The family want readers of this report to know that Jess was not weak. She kept working and "
            "kept her home going for as long as she could under pressure nobody outside could see.",
        ],
    )
    page_break(doc)

    heading(doc, "5. Chronology of significant events", 1)
    para(
        doc,
        "The events below are taken from the agency chronologies and from the family. They are grouped by "
        "period. Only events that the Panel thought significant are included.",
    )
    heading(doc, "2019 – 2020: the relationship begins", 2)
    plain(
        doc,
        [
            "June 2019: Jess meets Callum through friends. Within three months he moves into her rented flat.",
            "14 November 2020: Jess tells her GP she has lost weight and is anxious. She mentions money "
            "worries. She is referred to Wenlow Wellbeing Service.",
        ],
    )
    heading(doc, "2021: control tightens", 2)
    plain(
        doc,
        [
            "February 2021: Wenlow Wellbeing Service assesses Jess by telephone. She is offered six "
            "sessions of guided self-help. Domestic abuse is not asked about.",
            "3 August 2021: Police attend after a neighbour hears a woman crying and a man shouting. Callum "
            "answers the door and says Jess is upset about work. Jess is spoken to in the hallway with "
            "Callum nearby. No DASH is completed.",
            "Autumn 2021: Jess falls behind with council tax. The Revenues team sends a reminder and "
            "then a summons. Jess tells a call handler her partner ‘deals with the money’.",
        ],
    )
    heading(doc, "2022 – 2023: the last eighteen months", 2)
    plain(
        doc,
        [
            "9 March 2022: Jess discloses to her GP that Callum checks her phone and takes her wages. The "
            "GP refers her to Haven Wenlow with her consent.",
            "21 March 2022: Haven Wenlow calls Jess. She says it is not a good time. Two further calls go "
            "unanswered and the referral is closed after three weeks.",
            "December 2022: Jess tells the Wellbeing Service at a second assessment that she sometimes "
            "thinks everyone would be better off without her. A safety plan is agreed. Her relationship "
            "is not discussed.",
            "17 February 2023: Police attend after Jess calls 999 and hangs up. Callum says she dialled "
            "by mistake. Jess is seen alone briefly and says she is fine. A DASH is completed and graded "
            "standard.",
            "Early April 2023: Jess is told by her landlord that the tenancy will end because of rent "
            "arrears Callum had promised to pay.",
            "11 April 2023: Jess is found dead at her flat by her brother.",
        ],
    )
    page_break(doc)

    heading(doc, "6. Analysis against the key lines of enquiry", 1)
    paras(
        doc,
        "6",
        [
            "Knowledge of the abuse. Only the GP heard a clear disclosure. The police saw two incidents "
            "but in each case spoke to Jess with Callum close by, and the second risk assessment did not "
            "ask about her mental health.",
            "The link with suicide. Wellbeing Service staff knew of Jess’s suicidal thoughts but did not "
            "ask about her relationship. The Panel heard that the service’s assessment form has no "
            "domestic abuse question. There is no national expectation that it should.",
            "Economic abuse. Council tax and benefits staff heard Jess say her partner dealt with the "
            "money. They had no training that would have helped them recognise this as possible economic "
            "abuse. Jess’s Universal Credit claim was a joint claim paid into Callum’s account.",
            "Specialist support. Haven Wenlow closed the referral after three unanswered calls, which was "
            "in line with its policy at the time. The Panel thinks the policy did not allow for victims "
            "whose phones are monitored.",
            "National policy. Three issues go beyond Wenlow: the police risk checklist does not ask about "
            "the victim’s own suicidal thoughts; talking therapy services have no national guidance on "
            "asking about abuse; and joint benefit claims can be paid to an abuser without the other "
            "partner knowing.",
        ],
    )
    heading(doc, "Key learning", 2)
    box(
        doc,
        "Key learning for all agencies\n"
        "Suicidal thoughts in a person experiencing abuse are a sign of high risk, not only a health "
        "matter.\nControl of money can be the main form of abuse, and it is often described casually.\n"
        "Closing a referral after unanswered calls can leave the most controlled victims without help.",
    )
    heading(doc, "7. Conclusions", 1)
    paras(
        doc,
        "7",
        [
            "The Panel does not find that any single agency could have prevented Jess’s death. It does find "
            "that nobody put together what was known and that Jess was never asked, alone and in a safe "
            "way, about her relationship and her thoughts of ending her life at the same time.",
            "Some of the learning is for national bodies. The Partnership has written to them and their "
            "replies will be published with this report.",
        ],
    )
    page_break(doc)

    heading(doc, "8. Recommendations", 1)
    para(
        doc,
        "The recommendations are in two parts: those for government departments, which the Partnership "
        "will send with a covering letter, and those for local agencies, which are tracked in Appendix 1.",
    )
    heading(doc, "8.1 National recommendations", 2)
    for ref, text in [
        (
            "N1",
            "The Home Office should work with the College of Policing so that the risk checklist used by "
            "police at domestic abuse incidents asks whether the victim has had thoughts of suicide or "
            "self-harm.",
        ),
        (
            "N2",
            "The Department of Health and Social Care should issue guidance to NHS talking therapy services "
            "that every client is asked about domestic abuse at assessment.",
        ),
        (
            "N3",
            "The Department for Work and Pensions should give work coaches and service centre staff training "
            "on recognising economic abuse in joint claims, and on how to refer a claimant to specialist "
            "support.",
        ),
    ]:
        numbered(doc, ref, text)
    heading(doc, "8.2 Local recommendations", 2)
    for ref, text in [
        (
            "L1",
            "Wenlow Safer Communities Partnership should agree with the suicide prevention group a joint "
            "pathway so that a person who discloses both domestic abuse and suicidal thoughts is referred "
            "to both services.",
        ),
        (
            "L2",
            "Hollinshire Constabulary should ensure that in Wenlow officers speak to the victim alone at "
            "every domestic incident, and record why if this was not possible.",
        ),
        (
            "L3",
            "Wenlow Wellbeing Service should ask every client about domestic abuse at assessment and again "
            "before discharge, and should add the question to its assessment form.",
        ),
        (
            "L4",
            "Wenlow Integrated Care Board should ensure that GP practices add a domestic abuse code to the "
            "record when a patient discloses abuse, so that other clinicians are alerted.",
        ),
        (
            "L5",
            "Wenlow Borough Council should provide training on economic abuse to its council tax, housing "
            "benefit and income recovery staff.",
        ),
        (
            "L6",
            "Haven Wenlow should change its referral policy so that a referral is not closed after "
            "unanswered calls until a safe alternative contact has been tried.",
        ),
    ]:
        numbered(doc, ref, text)

    landscape_section(doc)
    heading(doc, "Appendix 1: Action plan and progress (RAG)", 1)
    para(doc, "Progress reported to the Partnership Board, March 2024.", italic=True)
    para(
        doc,
        "RAG key: Blue = action complete; Green = on track; Amber = some delay, within tolerance; "
        "Red = not started or off track.",
        size=9,
    )
    table(
        doc,
        ["Ref", "Recommendation", "Action", "Owner", "Target date", "Progress update", "RAG"],
        [1.3, 4.6, 5.0, 3.4, 2.2, 6.0, 1.6],
        [
            (
                "N1",
                "Home Office: suicide question in the police risk checklist",
                "Partnership Chair to write to the Home Office and the College of Policing.",
                "Partnership Chair",
                "Feb-24",
                "Letter sent 5 February 2024. Reply received; the Home Office will consider the point in its "
                "review of risk tools.",
                "Blue",
            ),
            (
                "N2",
                "DHSC: talking therapies to ask about abuse",
                "Partnership Chair to write to the Department of Health and Social Care.",
                "Partnership Chair",
                "Feb-24",
                "Letter sent 5 February 2024. No reply yet; reminder sent.",
                "Green",
            ),
            (
                "N3",
                "DWP: economic abuse in joint claims",
                "Partnership Chair to write to the Department for Work and Pensions.",
                "Partnership Chair",
                "Feb-24",
                "Letter sent and reply received March 2024.",
                "Blue",
            ),
            (
                "L1",
                "Joint pathway: domestic abuse and suicidal thoughts",
                "Draft a joint pathway with the suicide prevention group and consult practitioners.",
                "Partnership Manager / Public Health Lead",
                "Q2 2024/25",
                "Draft written. Consultation delayed by staff changes.",
                "Amber",
            ),
            (
                "L2",
                "Victim spoken to alone at every incident",
                "Update the attendance briefing and add a mandatory ‘seen alone’ field to the incident record.",
                "Detective Superintendent, Public Protection",
                "31/12/2024",
                "Field designed and in testing.",
                "Green",
            ),
            (
                "L3.1",
                "Domestic abuse question at assessment and discharge",
                "Add the question to the assessment form.",
                "Service Manager, Wenlow Wellbeing Service",
                "April 2024",
                "New form in use from 2 April 2024.",
                "Blue",
            ),
            (
                "L3.2",
                "",
                "Train all assessment staff in asking about abuse safely.",
                "Clinical Lead, Wenlow Wellbeing Service",
                "Spring 2025",
                "Not started. Trainer being sourced.",
                "Red",
            ),
            (
                "L4",
                "GP coding of domestic abuse disclosures",
                "Issue coding guidance to all practices and audit a sample of records.",
                "Named GP for Safeguarding, ICB",
                "Dec-24",
                "Guidance issued. Audit slipped to next quarter.",
                "Amber",
            ),
            (
                "L5",
                "Economic abuse training for council staff",
                "Deliver a half-day course to revenues, benefits and income recovery staff.",
                "Head of Revenues and Benefits",
                "March 2024",
                "Delivered to 46 staff in February and March 2024.",
                "Blue",
            ),
            (
                "L6",
                "Referrals not closed after unanswered calls",
                "Revise the referral closure policy and agree safe alternative contacts with referrers.",
                "Chief Officer, Haven Wenlow",
                "September 2024",
                "Not started. Awaiting funding decision on the extra contact capacity.",
                "Red",
            ),
        ],
        size=8,
        status_col=6,
    )
    save(doc, stem)


# ============================================ 3. Safeguarding Adults Review, lettered board recs, plan over pages
def doc_kettlemere():
    stem = "sar_findings_board_recs_lettered_plan_rows_over_pages_kettlemere"
    doc = new_doc(
        header="Kettlemere Safeguarding Adults Board – Safeguarding Adults Review: Tobias",
        footer_label="KSAB SAR 2023-02 |",
        font="Arial",
        size=11,
    )
    airy(doc)
    cover(
        doc,
        [
            ("Kettlemere Safeguarding Adults Board", 16, True),
            ("", 12, False),
            ("Safeguarding Adults Review", 22, True),
            ("‘Tobias’", 18, True),
            ("", 12, False),
            ("Care Act 2014, section 44", 12, False),
            ("Lead Reviewer: Annika Strand-Boateng", 12, False),
            ("Date agreed by the Board: 19 October 2023", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Terms of reference and methodology", 3),
            ("3. Tobias and his family", 5),
            ("4. What happened", 5),
            ("5. Findings", 7),
            ("6. Good practice", 9),
            ("7. Recommendations to the Board", 10),
            ("8. The Board’s response and action plan", 11),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Tobias was a 78-year-old man who lived with his adult son, Adrian, in a terraced house in "
            "Kettlemere. He died in hospital in January 2023 from pneumonia and infected pressure ulcers "
            "after being found on the floor of his bedroom.",
            "Adrian was Tobias’s main carer. He had control of his father’s bank card and pension. After "
            "Tobias’s death the police investigated wilful neglect; the case did not proceed because Adrian "
            "was found unfit to plead.",
            "The Board’s review sub-group agreed in March 2023 that the criteria in section 44 of the Care "
            "Act 2014 were met: Tobias had care and support needs, he died, and there was concern that "
            "partner agencies could have worked together more effectively to protect him.",
            "This review also meets the definition of a domestic abuse related death, because the abuse "
            "was by a family member living in the same household. The Kettlemere Community Safety "
            "Partnership agreed that a separate review was not needed.",
        ],
        notes={"1.4": "1"},
    )
    footnote_line(
        doc,
        "1",
        "Joint arrangements between the Board and the Partnership allow a single review where both apply.",
    )
    heading(doc, "2. Terms of reference and methodology", 1)
    paras(
        doc,
        "2",
        [
            "The review period was January 2021 to Tobias’s death. The review used a learning-together "
            "approach with a practitioners’ workshop and conversations with Tobias’s daughter.",
            "The review asked the following questions:",
        ],
    )
    listed(
        doc,
        [
            "How well did agencies understand the relationship between Tobias and Adrian?",
            "Were Tobias’s own wishes heard, and was his capacity to make decisions about his care assessed?",
            "How were concerns about money and neglect shared and escalated?",
            "Did the carer’s own needs, including his mental health, get attention?",
            "What got in the way of agencies entering the home?",
        ],
        style="List Number",
    )
    panel(
        doc,
        [
            ("Annika Strand-Boateng", "Lead Reviewer", "Independent"),
            ("Colin Ferraby", "Head of Adult Safeguarding", "Kettlemere City Council"),
            ("Dr Meena Joshi", "Named GP for Adult Safeguarding", "Kettlemere ICB"),
            ("Sgt Lauren Petch", "Adult Protection Team", "Redbeck Police"),
            ("Fiona Hargreave", "Safeguarding Lead", "Kettlemere Community Health NHS Trust"),
            ("Daniel Osei", "Team Manager", "Kettlemere Carers Centre"),
        ],
        title="Review team",
    )
    page_break(doc)
    heading(doc, "3. Tobias and his family", 1)
    paras(
        doc,
        "3",
        [
            "Tobias worked for forty years on the railways and was proud of never having missed a shift. "
            "His daughter remembers him as a quiet man who loved brass band music and crosswords.",
            "After his wife died, Tobias’s health declined. He had heart failure, diabetes and arthritis, "
            "and from 2021 he had memory problems that were never formally assessed.",
            "Adrian moved back into the family home after losing his job. He had a long history of "
            "depression and alcohol use. Tobias’s daughter lives two hundred miles away and visited twice "
            "a year.",
        ],
    )
    heading(doc, "4. What happened", 1)
    paras(
        doc,
        "4",
        [
            "In the two years before his death Tobias was known to his GP, the community nursing team, "
            "adult social care, the police and the carers’ centre. Each agency saw part of his situation.",
            "District nurses visited from the summer of 2021 to dress leg ulcers. Adrian often refused them "
            "entry, saying his father was asleep. Missed visits were recorded as ‘no access’ and the "
            "patient was discharged after three of them, in line with the team’s policy.",
            "A neighbour raised a safeguarding concern in 2022 after seeing Tobias at the window asking for "
            "food. Adult social care made a telephone call to Adrian, who said his father was confused. The "
            "concern was closed without Tobias being seen.",
            "The police attended twice after Adrian was found drunk in the street. On the second occasion "
            "he told officers he ‘couldn’t cope with the old man’. No referral was made for Tobias.",
            "Adrian registered with the carers’ centre and was given a carer’s assessment. It did not ask "
            "about his father’s needs or about money.",
            "When paramedics were called by Adrian in January 2023 they found Tobias on the floor in a cold "
            "room, with several untreated pressure ulcers. He died in hospital eleven days later.",
        ],
    )
    page_break(doc)

    heading(doc, "5. Findings", 1)
    para(doc, "The review makes five findings. Each is followed by a short explanation.")
    for n, title, body in [
        (
            1,
            "Tobias’s voice was missing",
            "Tobias was almost never spoken to on his own. Agencies accepted Adrian’s account of what his "
            "father wanted and assumed he lacked capacity without an assessment.",
        ),
        (
            2,
            "‘No access’ was treated as an administrative matter",
            "Repeated refusals of entry were not seen as a warning sign. Discharge after three missed visits "
            "removed the one service that was seeing Tobias’s body.",
        ),
        (
            3,
            "Abuse by a family carer was not recognised as domestic abuse",
            "No practitioner considered that an adult son controlling his father’s money and access to care "
            "could be domestic abuse, so no risk assessment or MARAC referral was considered.",
        ),
        (
            4,
            "The carer’s needs and the risk he posed were looked at separately",
            "Adrian’s mental health and drinking were known to the police, his GP and the carers’ centre. "
            "Nobody asked what they meant for his father.",
        ),
        (
            5,
            "Safeguarding enquiries relied on the telephone",
            "The 2022 concern was closed after one phone call with the person alleged to be causing harm.",
        ),
    ]:
        para(doc, f"Finding {n}: {title}", bold=True)
        para(doc, body)
    heading(doc, "6. Good practice", 1)
    listed(
        doc,
        [
            "The neighbour’s concern was logged promptly and passed to the right team.",
            "The hospital safeguarding team made a referral within hours of Tobias’s admission.",
            "Tobias’s daughter was kept informed throughout the review and her views shaped it.",
        ],
    )
    page_break(doc)

    heading(doc, "7. Recommendations to the Board", 1)
    para(
        doc,
        "The reviewer makes the following recommendations to Kettlemere Safeguarding Adults Board. Where a "
        "recommendation has parts, the Board is asked to seek assurance on each part.",
    )
    recs = [
        (
            "The Board should make sure that the voice of the adult is heard directly:",
            [
                "partners should confirm that their procedures require the adult to be seen and spoken to "
                "alone during any safeguarding enquiry;",
                "partners should audit a sample of closed enquiries to test how often this happens;",
                "the Board should publish a practice briefing on mental capacity where a family carer "
                "speaks for the adult.",
            ],
        ),
        (
            "The Board should ask Kettlemere Community Health NHS Trust to replace its ‘three missed visits’ "
            "discharge rule with an escalation process for adults who are housebound:",
            [
                "refused entry should be treated as a safeguarding concern after the second occasion;",
                "the GP should be told in writing before any discharge for no access.",
            ],
        ),
        (
            "The Board and Kettlemere Community Safety Partnership should jointly develop guidance on "
            "recognising domestic abuse by adult family members who are carers, including economic abuse, "
            "and should include it in multi-agency domestic abuse training.",
            [],
        ),
        (
            "The Board should seek assurance from Redbeck Police and the Kettlemere Carers Centre that, when "
            "a carer is in crisis, the needs and safety of the person cared for are considered:",
            [
                "officers should make an adult safeguarding referral when a carer says they cannot cope;",
                "carers’ assessments should ask about the cared-for person’s needs and finances;",
                "both agencies should report back to the Board within twelve months.",
            ],
        ),
        (
            "Kettlemere City Council Adult Social Care should not close a safeguarding concern on the basis "
            "of a telephone call with the person alleged to be causing harm; a face-to-face visit to the "
            "adult should be made.",
            [],
        ),
    ]
    for i, (lead, subs) in enumerate(recs, 1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, lead)
        if subs:
            lettered(doc, subs)
    heading(doc, "8. The Board’s response and action plan", 1)
    plain(
        doc,
        [
            "The Board accepted all five recommendations at its meeting on 19 October 2023. The plan below was "
            "agreed by the Board’s Learning and Review sub-group and is reviewed at every meeting.",
            "Progress was last updated on 4 June 2024. Where an action has been completed, evidence has been "
            "seen by the sub-group before it is marked as complete.",
            "Some actions depend on the work of the Community Safety Partnership and are shown as joint actions.",
        ],
    )

    landscape_section(doc)
    heading(doc, "Safeguarding Adults Review ‘Tobias’ – Action plan (updated June 2024)", 2)
    long = (
        "A task and finish group was set up in November 2023 with members from adult social care, community "
        "health and the police. It reviewed the procedures of each partner against the recommendation and "
        "found that two of the four procedures did not say that the adult must be seen alone. Both have "
        "been redrafted and are going through each agency’s governance. The group has also drafted a "
        "standard paragraph for all partner procedures so that the wording is the same everywhere. "
        "The police procedure has been approved and issued. The community health procedure is due at the "
        "trust’s safeguarding committee in July 2024. The group will report back to the sub-group when "
        "both are in place and will then ask each partner to confirm in writing that staff have been told. "
        "A short briefing for frontline staff has been prepared and will be issued with the procedures."
    )
    widths = [1.2, 6.0, 3.4, 2.2, 9.0, 2.4]
    t = make_table(
        doc,
        ["Ref", "Action", "Lead", "Target", "Progress and evidence", "Status"],
        widths,
        size=9,
    )
    for row in [
        (
            "1a",
            "Confirm that all partner safeguarding procedures require the adult to be seen and spoken to "
            "alone during an enquiry.",
            "KSAB Policy and Procedures Group",
            "July 2024",
            long,
            "In progress",
        ),
        (
            "1b",
            "Multi-agency audit of twenty closed enquiries for evidence that the adult was seen alone.",
            "KSAB Quality Assurance Group",
            "Oct-24",
            long.replace("A task and finish group", "The audit tool was agreed in January 2024. A group")
            + " Audit fieldwork is booked for September.",
            "Not started",
        ),
        (
            "1c",
            "Publish a practice briefing on mental capacity where a family carer speaks for the adult.",
            "KSAB Business Manager",
            "March 2024",
            "Seven-minute briefing published on the Board website in February 2024 and shared with all partners. "
            "Downloads monitored: 312 to date.",
            "Complete",
        ),
        (
            "2a",
            "Replace the ‘three missed visits’ rule with an escalation process for housebound adults.",
            "Director of Nursing, Kettlemere Community Health NHS Trust",
            "31/05/2024",
            "New no-access procedure approved in April 2024. Refused entry on a second occasion now triggers a "
            "safeguarding discussion with the team leader.",
            "Complete",
        ),
        (
            "2b",
            "Write to the GP before any discharge for no access.",
            "Director of Nursing, Kettlemere Community Health NHS Trust",
            "31/05/2024",
            "Letter template built into the patient record system. Spot check of ten discharges found all ten "
            "letters sent.",
            "Complete",
        ),
        (
            "3",
            "Joint guidance on domestic abuse by adult family carers, added to multi-agency domestic abuse "
            "training.",
            "KSAB Business Manager and Kettlemere CSP Domestic Abuse Coordinator",
            "December 2024",
            "Guidance drafted with the domestic abuse forum. Training slides updated; first session with the "
            "new content held in May 2024.",
            "In progress",
        ),
        (
            "4a",
            "Officers to make an adult safeguarding referral when a carer says they cannot cope.",
            "Head of Public Protection, Redbeck Police",
            "Q3 2024/25",
            "Change to the vulnerability assessment form requested from the force systems team.",
            "In progress",
        ),
        (
            "4b",
            "Carers’ assessments to ask about the cared-for person’s needs and finances.",
            "Manager, Kettlemere Carers Centre",
            "September 2024",
            "Not yet started; the centre’s assessment form is being replaced in the summer.",
            "Not started",
        ),
        (
            "5",
            "Adult Social Care to visit the adult before any safeguarding concern is closed where the "
            "information came from the alleged source of harm.",
            "Head of Adult Safeguarding, Kettlemere City Council",
            "January 2024",
            "Practice standard issued December 2023. Monthly dip sample shows full compliance since February.",
            "Complete",
        ),
    ]:
        add_row(t, row, widths, size=9)
    para(doc, "")
    para(
        doc,
        "Recommendation 4(c), reporting to the Board, is covered by the Board’s standing review of this plan.",
    )
    save(doc, stem)


# ============================================ 4. Child Safeguarding Practice Review, learning between recs
def doc_dunholt():
    stem = "cspr_learning_between_recs_year_headed_relative_chronology_dunholt"
    doc = new_doc(
        header="Dunholt Safeguarding Children Partnership — Local Child Safeguarding Practice Review: Ruby",
        footer_label="",
        font="Verdana",
        size=10.5,
    )
    airy(doc, 1.5, 8)
    cover(
        doc,
        [
            ("Dunholt Safeguarding Children Partnership", 16, True),
            ("", 12, False),
            ("Local Child Safeguarding Practice Review", 20, True),
            ("‘Ruby’", 18, True),
            ("", 12, False),
            ("Independent Reviewer: Gideon Marsh-Achebe", 12, False),
            ("Published: May 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Why this review was carried out", 3),
            ("2. How the review was done", 3),
            ("3. Ruby and her family", 4),
            ("4. Ruby’s story: key practice episodes", 5),
            ("5. What the review found", 8),
            ("6. Learning and recommendations", 9),
            ("7. Next steps", 12),
        ],
    )
    heading(doc, "1. Why this review was carried out", 1)
    paras(
        doc,
        "1",
        [
            "Ruby was almost three when she was admitted to hospital with a fractured skull in April 2022. "
            "Her mother’s former partner, Dean, was later convicted of causing grievous bodily harm.",
            "The injury was notified to the Child Safeguarding Practice Review Panel. A rapid review was "
            "held within fifteen working days and recommended a local review, because agencies had known "
            "about domestic abuse in the household for more than two years.",
            "Ruby has made a good physical recovery. She now lives with her maternal grandmother under a "
            "special guardianship order.",
        ],
    )
    heading(doc, "2. How the review was done", 1)
    paras(
        doc,
        "2",
        [
            "The review used a systems approach. Agencies provided chronologies and the reviewer held "
            "conversations with twelve practitioners, together and singly.",
            "Ruby’s mother, Sophie, and her grandmother both met the reviewer. Dean did not respond to a "
            "letter inviting him to take part.",
            "The review considered these questions:",
        ],
    )
    listed(
        doc,
        [
            "How did agencies understand the risk Dean posed to Ruby as well as to Sophie?",
            "Was Ruby’s own experience considered, given her age?",
            "How did the pandemic affect what practitioners could see?",
            "How well did the MARAC and children’s services work together?",
        ],
    )
    kv_table(
        doc,
        [
            ("Child", "Ruby, born May 2019"),
            ("Mother", "Sophie"),
            ("Mother’s former partner", "Dean"),
            ("Maternal grandmother", "Mrs Hollis"),
            (
                "Agencies involved",
                "Greystane Police, Dunholt Community Health Services, Dunholt Children’s "
                "Social Care, Oakwell Surgery, Little Acorns Nursery, Dunholt General Hospital",
            ),
        ],
    )
    page_break(doc)
    heading(doc, "3. Ruby and her family", 1)
    plain(
        doc,
        [
            "Ruby is described by her grandmother as a bright, determined little girl who loves dancing and "
            "insists on choosing her own clothes.",
            "Sophie was 22 when Ruby was born. She had left school at sixteen and worked in a bakery. She met "
            "Dean in 2018; he was eight years older and had children from an earlier relationship whom he "
            "did not see.",
            "Sophie told the review that she did not see herself as a victim of domestic abuse at the time. "
            "She thought the arguments were normal and that Dean would calm down once they had a home of "
            "their own.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Ruby’s story: key practice episodes", 1)
    para(
        doc,
        "The events below are told year by year. They are the episodes that the review thinks most "
        "important for learning; they are not a complete record of every contact.",
    )
    for year, events in [
        (
            "2019",
            [
                "Ruby was born on 2 May. The health visitor’s new birth visit took place ten days later and "
                "recorded no concerns. Dean was present and the health visitor did not ask Sophie about "
                "domestic abuse.",
                "In September, police were called to the family home after Sophie’s sister reported hearing "
                "Dean threaten to ‘put Sophie through a wall’. Officers recorded a verbal argument. Ruby was "
                "asleep upstairs.",
                "Two days later, the police notification reached Children’s Social Care. It was screened as "
                "‘information only’ and sent to the health visitor, who filed it.",
            ],
        ),
        (
            "2020",
            [
                "In January, Sophie told her GP at Oakwell Surgery that she was low in mood and not sleeping. "
                "She said her partner had been ‘difficult’. She was prescribed an antidepressant.",
                "In the spring, during the first national lockdown, all health visiting contacts moved to the "
                "telephone. Sophie said everything was fine. Ruby’s one-year review was done by phone.",
                "On 18 August, Ruby attended the emergency department at Dunholt General Hospital with a "
                "burn to her hand. Sophie said Ruby had touched the oven door. The explanation was accepted.",
                "The following week, the health visitor phoned Sophie about the burn and was told it was "
                "healing well. Ruby was not seen.",
            ],
        ),
        (
            "2021",
            [
                "In March, Dean was arrested after assaulting Sophie in the street. A DASH risk assessment "
                "was graded high risk and Sophie was referred to the MARAC and to an IDVA.",
                "At the MARAC meeting later that month, Ruby was not mentioned. The referral form left the "
                "children’s section blank and Children’s Social Care did not attend.",
                "In the summer, Ruby started at Little Acorns Nursery. Staff noticed she flinched when adults "
                "raised their voices, and recorded it in her learning journal.",
            ],
        ),
        (
            "2022",
            [
                "On 7 February, nursery staff saw bruising to Ruby’s ear and cheek and made a referral to "
                "Children’s Social Care.",
                "The next day, a social worker visited. Sophie said Dean had moved out. A strategy discussion "
                "was not held and the case was closed with advice.",
                "On 2 April, Ruby was taken to hospital by ambulance with a fractured skull. Dean had been "
                "looking after her alone.",
            ],
        ),
    ]:
        heading(doc, year, 3)
        plain(doc, events)
    page_break(doc)

    heading(doc, "5. What the review found", 1)
    paras(
        doc,
        "5",
        [
            "Across three years, practitioners saw Sophie as the person at risk and Ruby as a child with a "
            "caring mother. Dean’s risk to Ruby was never assessed.",
            "The pandemic removed face-to-face contact at the time when Ruby was least visible. Practitioners "
            "told the review that they relied on what Sophie said because there was nothing else.",
            "The systems that should have joined the episodes up, the front door and the MARAC, each treated "
            "the information in front of them as complete.",
        ],
    )
    heading(doc, "6. Learning and recommendations", 1)
    para(
        doc,
        "Each learning point is followed by the recommendation the reviewer makes to address it, where one is "
        "needed. Learning points are messages for practice; only the numbered recommendations require action.",
    )
    items = [
        (
            "lp",
            "Learning point 1\nA police notification of domestic abuse where a baby lives in the house is a "
            "sign of risk to the baby, not just information for the file.",
        ),
        (
            "rec",
            "Recommendation 1",
            "Dunholt Safeguarding Children Partnership should revise its threshold "
            "guidance so that any police notification of domestic abuse where a child under five lives in the "
            "household leads to a multi-agency discussion, not a single-agency screening decision.",
        ),
        (
            "lp",
            "Learning point 2\nAn injury to a young child in a household where there is domestic abuse needs "
            "to be seen, not heard about by phone.",
        ),
        (
            "rec",
            "Recommendation 2",
            "Dunholt Community Health Services should ensure that after any hospital "
            "attendance for an injury to a child under five, the health visitor sees the child face to face and "
            "asks the mother, alone, about domestic abuse.",
        ),
        (
            "lp",
            "Learning point 3\nPractitioners in the pandemic did their best with what they had. Telephone "
            "contact should be seen as a reduced service, and recorded as one.",
        ),
        (
            "lp",
            "Learning point 4\nWhen a MARAC discusses an adult victim, the children in the household are "
            "part of the risk picture.",
        ),
        (
            "rec",
            "Recommendation 3",
            "The Dunholt MARAC Steering Group should make sure that every MARAC "
            "referral records the children living in or visiting the household, and that Children’s Social Care "
            "attends every meeting where a child is named.",
        ),
        (
            "rec",
            "Recommendation 4",
            "Greystane Police should ensure that officers attending a domestic abuse "
            "incident establish and record whether any child lives at or regularly visits the address.",
        ),
        (
            "lp",
            "Learning point 5\nEarly years staff often notice changes in very young children before anyone "
            "else, but may not link them to what is happening at home.",
        ),
        (
            "rec",
            "Recommendation 5",
            "The Partnership should provide training for early years settings on the "
            "effect of domestic abuse on babies and toddlers and on how to share concerns with the front door.",
        ),
    ]
    for item in items:
        if item[0] == "lp":
            box(doc, item[1], fill="FDE9D9", width=16)
        else:
            para(doc, item[1], bold=True)
            para(doc, item[2])
    heading(doc, "7. Next steps", 1)
    plain(
        doc,
        [
            "The Partnership’s Learning and Improvement Group will agree an action plan within three months of "
            "publication. Progress will be reported in the Partnership’s annual report.",
            "A seven-minute briefing based on this review is available for practitioners on the Partnership "
            "website.",
        ],
    )
    save(doc, stem)


# ============================================ 5. DHR executive summary + overview, agency-keyed recs table
def doc_harrowbeck():
    stem = "dhr_exec_overview_agency_keyed_table_dae_chronology_harrowbeck"
    doc = new_doc(
        header="Harrowbeck Community Safety Partnership – DHR ‘Niamh’ – OFFICIAL",
        footer_label="Page",
        font="Arial",
        size=11,
    )
    airy(doc, 1.35, 8)
    cover(
        doc,
        [
            ("Harrowbeck Community Safety Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Executive Summary and Overview Report", 16, True),
            ("", 12, False),
            ("Report into the death of ‘Niamh’, aged 52, in September 2021", 13, False),
            ("", 12, False),
            ("Review reference: HCSP DHR 07", 12, True),
            ("Independent Chair and Author: Felicity Amankwah-Read", 12, False),
            ("Date: 30 June 2023", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Part One: Executive Summary", 3),
            ("Part Two: Overview Report", 5),
            ("1. Introduction", 5),
            ("2. Terms of reference", 5),
            ("3. Background", 6),
            ("4. Chronology", 7),
            ("5. Analysis", 9),
            ("6. Conclusions and lessons", 10),
            ("7. Single agency recommendations", 11),
            ("8. Overview recommendations", 12),
        ],
    )
    heading(doc, "Part One: Executive Summary", 1)
    paras(
        doc,
        "ES",
        [
            "Niamh was 52 when she was killed by her husband Stuart at their home in Harrowbeck on "
            "2 September 2021. Stuart pleaded guilty to manslaughter by reason of diminished responsibility.",
            "Niamh and Stuart had been married for 27 years. Their two children were adults. Over the last "
            "three years of Niamh’s life Stuart’s mental health declined and his behaviour towards her became "
            "more controlling and violent.",
            "Six agencies had contact. Most contact was with Stuart, about his mental health. Niamh was seen "
            "as his carer and was rarely asked about her own safety.",
            "The review found that mental health services, the GP and the police each knew part of the "
            "picture, and that Niamh’s own requests for help were not recognised as disclosures of abuse.",
            "Each agency made its own recommendations, set out in full in Table 2 of the overview report. "
            "The review makes five overview recommendations, summarised below.",
        ],
    )
    for s in [
        "Overview recommendation 1 – carers of people with mental illness asked about their own safety",
        "Overview recommendation 2 – joint working between mental health services and the IDVA service",
        "Overview recommendation 3 – a partnership campaign on abuse in long marriages",
        "Overview recommendation 4 – assurance on police follow-up of third-party reports",
        "Overview recommendation 5 – letter to NHS England on carers’ assessments",
    ]:
        para(doc, s, style="List Bullet")
    page_break(doc)

    heading(doc, "Part Two: Overview Report", 1)
    heading(doc, "1. Introduction", 2)
    paras(
        doc,
        "1",
        [
            "This overview report sets out the findings of the Domestic Homicide Review into Niamh’s death. "
            "It follows the structure of the Home Office guidance on overview reports.",
            "The review was commissioned by Harrowbeck Community Safety Partnership on 15 October 2021. The "
            "criminal proceedings ended in May 2022 and the review was completed in June 2023.",
            "The Partnership thanks Niamh’s sister and her daughter, who both contributed to the review.",
        ],
    )
    heading(doc, "2. Terms of reference", 2)
    paras(
        doc,
        "2",
        [
            "The review covered the period from January 2018 to Niamh’s death.",
            "The Panel asked agencies to address the following:",
        ],
    )
    listed(
        doc,
        [
            "What did the agency know about abuse in the relationship?",
            "Was Niamh treated as a carer, a victim, or both?",
            "Were risk assessments completed and acted upon?",
            "Was information shared when it should have been?",
            "Did Niamh’s age, and the length of the marriage, affect how agencies responded?",
        ],
    )
    panel(
        doc,
        [
            ("Felicity Amankwah-Read", "Independent Chair and Author", "Independent"),
            ("DS Craig Hulme", "Major Crime Review", "Skelmoor Constabulary"),
            ("Dr Nadia Farouk", "Designated Doctor, Adults", "Harrowbeck ICB"),
            ("Jackie Thwaite", "Head of Safeguarding", "North Ribbonby Mental Health NHS Foundation Trust"),
            ("Leon Baptiste", "Tenancy Services Manager", "Harrowbeck Homes"),
            ("Mags O’Rourke", "Service Manager", "Harrowbeck Women’s Aid"),
        ],
    )
    heading(doc, "3. Background", 2)
    paras(
        doc,
        "3",
        [
            "Niamh worked part-time in a school kitchen. Her sister describes her as the centre of a large "
            "family, who never forgot a birthday and who kept her worries to herself.",
            "Stuart was a lorry driver until 2018, when he lost his licence after a diagnosis of epilepsy. "
            "He became depressed, drank more and was later diagnosed with a psychotic illness.",
            "The family say Stuart had always been controlling about money and where Niamh went, but that "
            "the violence began after 2018.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Chronology", 2)
    para(doc, "Table 1 lists the significant contacts. Agencies’ full chronologies were seen by the Panel.")
    para(doc, "Table 1: Chronology of significant events", bold=True)
    table(
        doc,
        ["Date", "Agency", "Event"],
        [2.6, 3.6, 10.3],
        [
            (
                "12/03/2018",
                "Riverbank Medical Group",
                "Stuart is seen after a seizure. He is told he must not drive and "
                "that the DVLA will be informed. Niamh attends with him.",
            ),
            (
                "June 2018",
                "Riverbank Medical Group",
                "Stuart reports low mood. He is prescribed an antidepressant and "
                "referred to talking therapies, which he does not attend.",
            ),
            (
                "04/02/2019",
                "Skelmoor Constabulary",
                "Niamh’s daughter reports that her father pushed her mother during "
                "an argument. Officers attend; Niamh says nothing happened. No crime is recorded.",
            ),
            (
                "Summer 2019",
                "Harrowbeck Homes",
                "Neighbours complain about shouting. A tenancy officer writes to the "
                "household about noise. No one asks whether anyone is at risk.",
            ),
            (
                "18/11/2019",
                "North Ribbonby MH Trust",
                "Stuart is assessed by the crisis team after telling his GP he "
                "hears voices. Niamh is described as ‘supportive wife and carer’.",
            ),
            (
                "January 2020",
                "North Ribbonby MH Trust",
                "Stuart is taken on by the community mental health team. His "
                "care coordinator visits monthly, always with Niamh present.",
            ),
            (
                "w/c 6 July 2020",
                "Riverbank Medical Group",
                "Niamh asks the practice nurse for help with sleep and says "
                "‘things are hard at home with Stuart’. She is given a carers’ leaflet.",
            ),
            (
                "23/10/2020",
                "Skelmoor Constabulary",
                "A neighbour calls police after hearing a woman scream. Officers "
                "attend and find Niamh with a swollen eye. A DASH is completed: medium risk.\n"
                "Niamh declines a referral to Harrowbeck Women’s Aid.",
            ),
            (
                "26/10/2020",
                "Harrowbeck Women’s Aid",
                "A police referral is received despite Niamh’s refusal. Two "
                "calls are made; Niamh says she does not need support.",
            ),
            (
                "March 2021",
                "North Ribbonby MH Trust",
                "Stuart stops taking his medication. The care coordinator "
                "records that Niamh is ‘finding it a struggle’. A carer’s assessment is suggested but not arranged.",
            ),
            (
                "02.08.2021",
                "Riverbank Medical Group",
                "Niamh sees the GP with bruised ribs which she says came from a "
                "fall. She is not asked about domestic abuse.",
            ),
            (
                "02/09/2021",
                "Skelmoor Constabulary",
                "Police are called by Niamh’s daughter and find Niamh dead at the home. Stuart is arrested.",
            ),
        ],
    )
    page_break(doc)

    heading(doc, "5. Analysis", 2)
    paras(
        doc,
        "5",
        [
            "Niamh as a carer. Every agency that saw Stuart saw Niamh as part of his support. None asked "
            "whether she was safe. The care coordinator never saw her alone.",
            "Missed disclosures. In July 2020 and August 2021 Niamh went to the surgery herself. Her words "
            "about ‘things being hard at home’ were heard as carer stress.",
            "Police response. The 2019 report from Niamh’s daughter was closed without a DASH. In 2020 a DASH "
            "was completed but was not shared with mental health services.",
            "Age and a long marriage. Niamh’s family believe she would not have seen herself as someone "
            "Women’s Aid could help. The service agrees that its publicity is aimed at younger women.",
        ],
    )
    heading(doc, "6. Conclusions and lessons", 2)
    paras(
        doc,
        "6",
        [
            "The Panel concludes that Niamh’s death was not predictable from the information any one agency "
            "held, but that the risk was rising and visible across agencies from October 2020.",
            "Lessons: carers can also be victims; abuse in long marriages is often unseen; a refusal of "
            "support is not the end of a referral.",
        ],
    )
    page_break(doc)

    heading(doc, "7. Single agency recommendations", 2)
    para(
        doc,
        "Each agency’s Individual Management Review made recommendations for the agency itself. They are "
        "set out in Table 2 as the agencies numbered them. The Panel has accepted them all.",
    )
    para(doc, "Table 2: Single agency recommendations", bold=True)
    widths = [4.0, 1.2, 11.3]
    t = make_table(doc, ["Agency", "No.", "Recommendation"], widths, size=9)
    rows = [
        (
            "Skelmoor Constabulary",
            "1",
            "Officers will complete a DASH at every domestic incident, including where "
            "the victim denies that anything happened, and supervisors will check this.",
        ),
        (
            "",
            "2",
            "Where a domestic abuse perpetrator is known to be under mental health care, the risk "
            "assessment will be shared with the mental health trust.",
        ),
        (
            "Riverbank Medical Group",
            "1",
            "Clinicians will ask patients who are carers, when seen alone, whether they feel safe at home.",
        ),
        ("", "2", "The practice will code carers on its records and link the carer’s and patient’s records."),
        (
            "Harrowbeck Homes",
            "1",
            "Tenancy officers will consider domestic abuse when dealing with noise "
            "complaints about shouting and will complete the Harrowbeck Homes domestic abuse screening form.",
        ),
        (
            "North Ribbonby MH Trust",
            "1",
            "Care coordinators will see the carer alone at least once in every "
            "care review and record whether they have been asked about domestic abuse.",
        ),
        ("", "2", "The Trust will add domestic abuse risk to the carer section of its care plan template."),
    ]
    start = 1
    for r in rows:
        add_row(t, r, widths, size=9)
    merge_down(t, 0, start, start + 1, size=9)
    merge_down(t, 0, start + 2, start + 3, size=9)
    merge_down(t, 0, start + 5, start + 6, size=9)
    doc.add_paragraph()

    heading(doc, "8. Overview recommendations", 2)
    para(doc, "The Panel makes the following recommendations for the partnership as a whole.")
    for i, text in enumerate(
        [
            "Harrowbeck Community Safety Partnership should ensure that all partner agencies ask carers of "
            "people with serious mental illness, alone, whether they are experiencing abuse from the person "
            "they care for.",
            "North Ribbonby Mental Health NHS Foundation Trust and Harrowbeck Women’s Aid should agree a "
            "joint working protocol so that IDVAs and care coordinators share risk information about "
            "patients who are domestic abuse perpetrators.",
            "The Partnership should run a public awareness campaign aimed at older women and women in long "
            "marriages, with their families and friends, about where to get help.",
            "The Partnership should seek assurance from Skelmoor Constabulary that reports of domestic abuse "
            "made by relatives and neighbours are followed up with the victim, seen alone.",
            "The Partnership should write to NHS England asking that national guidance on carers’ "
            "assessments includes a question about the carer’s safety from the person cared for.",
        ],
        1,
    ):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
    para(
        doc,
        "An action plan for the overview recommendations will be agreed by the Partnership and published "
        "separately.",
        italic=True,
    )
    save(doc, stem)


def main():
    doc_ferwyn()
    doc_wenlow()
    doc_kettlemere()
    doc_dunholt()
    doc_harrowbeck()


if __name__ == "__main__":
    main()
