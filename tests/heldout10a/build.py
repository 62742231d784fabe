"""Build the heldout10a blind documents (four LONG full reports) as Word files (python-docx).

Run once:  python tests/heldout10a/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own. The long
reflective passages are composed from the author's own sentence templates (seeded, so the build is
reproducible); the chronology entries come from chron_data.py, which make_gold.py reads as well.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares
sys.path.insert(0, str(HERE))


import chron_data as CD  # noqa: E402
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


# ------------------------------------------------------------------ reflective prose, composed
REFLECT = [
    "{A} has been open with the review about what its staff knew and when they knew it.",
    "The panel spent some time on this point because it goes to the heart of how {V} experienced the help on offer.",
    "It is easy, with hindsight, to see a pattern that was far less clear to the practitioners who met {V} one at a time.",
    "Each contact on its own looked minor; taken together they describe a person whose life was narrowing.",
    "Practitioners told the chair that they were working under considerable pressure at the time, with vacancies that were not filled for months.",
    "The records are brief, and in several places they say what was done without saying why.",
    "The review has tried to hear {V}'s voice in the records, and it is often faint.",
    "There is no evidence that anyone asked {V} directly, on her own and in private, what life at home was like.",
    "The panel recognises that asking is not enough on its own: the person asked must also believe that telling will make things safer.",
    "{P} presented to professionals as calm, reasonable and concerned, and this shaped how his account was received.",
    "Family members had pieces of the picture that no agency held, and none of them knew where to take what they had seen.",
    "The panel does not criticise any individual practitioner for this; the gaps were in the systems that supported them.",
    "What was missing was not information but a place where information came together and was acted upon.",
    "The agency's own report reaches the same view and the panel accepts its reasoning.",
    "Workload data supplied to the review shows that the team was carrying caseloads well above its agreed ceiling for most of this period.",
    "The chair met the managers concerned and was struck by their willingness to reflect honestly on their practice.",
    "This is a theme that recurs in reviews nationally and is not peculiar to this area.",
    "Policies in force at the time were sound on paper; the difficulty lay in how they were applied in busy teams.",
    "The review could find no record that this information was passed on, and the practitioners involved could not recall doing so.",
    "Had the information been shared, a fuller assessment of risk would have been possible, though the panel cannot say what difference it would have made.",
    "It is important not to judge decisions taken at the time by what is known now.",
    "The panel heard that the electronic record did not prompt staff to look at earlier entries, so each contact was treated as a first contact.",
    "{V}'s friends described her as warm, funny and fiercely loyal, and several said she hid her difficulties to protect others.",
    "Economic control was a thread through the relationship, and it limited the choices open to {V} at every turn.",
    "The panel considered whether cultural or other factors affected the response and found no evidence that they did, though it notes that this was not explored by the agencies at the time.",
    "The review notes that good practice was also evident, and this is recorded in the paragraphs that follow.",
    "The quality of supervision available to front-line staff varied, and in some teams case discussion was rare.",
    "Managers have since introduced changes that address part of this concern, and these are described in the agency's report.",
    "Neither the victim nor the perpetrator was known to the specialist domestic abuse service before the events described.",
    "The review has had access to all the records it asked for, and no agency declined to take part.",
]


EXTRA = {
    "Adaeze": [
        "Adaeze's sister believes that Adaeze minimised what was happening because she was ashamed that a capable professional could find herself in this position.",
        "The running club was, for a time, Adaeze's main social circle, and its loss was an early sign of isolation.",
        "Callum's previous partner was not approached by the police during either investigation, so the pattern across relationships was not seen.",
        "The community order placed Callum under supervision, but the supervision focused on attendance rather than on what he was doing at home.",
        "No agency asked whether Adaeze had contact with Callum after the restraining order ended.",
        "Staff at the pharmacy where Adaeze worked have since said they wished they had known what to look for.",
        "The panel notes that the MARAC minutes for June 2019 are thorough and that each action had a named owner.",
        "What the minutes do not show is how the completion of each action was checked.",
        "The housing association's records are organised by repair job and by complaint, and so do not present a picture of the household.",
        "The panel discussed at length whether the pandemic explains the gaps in the probation response, and concluded that it explains some but not all of them.",
        "Adaeze's colleagues noticed her losing weight in the summer of 2021 but put it down to stress at work.",
        "The chair is grateful to Adaeze's family for their courage and their generosity with their time.",
    ],
    "Niamh": [
        "Niamh's mother kept a diary of her worries in the last year, and she shared it with the chair.",
        "Rhys's behaviour fits the pattern described in research on coercive control: isolation, monitoring, economic restriction and threats.",
        "Neither the GP nor the mental health services linked Niamh's low mood with what was happening in her relationship.",
        "The review heard that talking therapies staff were trained to ask about abuse but not to follow up a 'no' when other signs were present.",
        "Suicide following domestic abuse is still not well understood, and reviews of such deaths are relatively new.",
        "The threat to have Niamh 'sectioned' turned her contact with mental health services into a weapon against her.",
        "Rhys was invited to take part in the review and declined through his solicitor.",
        "The police response on each occasion met the minimum standard then in force, but no officer looked at the history as a whole.",
        "Joint claims for Universal Credit pay into one account, and the review heard that requests to split payment are rare and poorly understood.",
        "The IDVA worker who supported Niamh in 2021 described her as bright, determined and frightened.",
        "The housing decision was lawful; the panel's concern is how it was communicated, not what was decided.",
        "Niamh's friends said she became increasingly ashamed to ask for help after the first attempts came to nothing.",
        "The coroner's inquest did not consider domestic abuse, and the family felt this left an important part of the story untold.",
        "The lockdown removed the few places where Niamh could speak freely: the nursery, her mother's house and the bus into town.",
    ],
    "Patricia": [
        "Patricia was described by her children as a devoted mother who put their needs first throughout their childhood.",
        "Dennis was well known in the village and was regarded by neighbours as a hard-working man who liked a drink.",
        "The IMRs were of variable quality; two had to be returned to their authors for further work.",
        "The panel was concerned that the decision to discontinue the prosecution was not fed back to the MARAC.",
        "At the time of these events the definition of domestic violence did not include coercive control, but the behaviours were well recognised.",
        "Patricia's son carried the burden of calling the police as a teenager, and the review has considered the impact on him.",
        "The alcohol team's records show that Dennis minimised his drinking and that no one asked about his home life.",
        "Practitioners at the time relied heavily on the victim's wishes when deciding whether to act.",
        "The panel notes that several of the issues in this review have been identified in other reviews in the county.",
        "The helpline was a small service with two part-time outreach workers for the whole district.",
        "The Overview Author met Patricia's daughter twice and her account has greatly informed this report.",
        "The review found examples of sound individual practice let down by poor systems for sharing information.",
    ],
}


def prose(rng, n, **slots):
    picks = rng.sample(REFLECT + EXTRA.get(slots.get("V"), []), n)
    return " ".join(s.format(**slots) for s in picks)


def numbered_run(doc, rng, prefix, first, count, slots, sentences=(4, 6)):
    for i in range(first, first + count):
        numbered(doc, f"{prefix}.{i}", prose(rng, rng.randint(*sentences), **slots))
    return first + count


def contents(doc, rows, width=15.5):
    for text, page in rows:
        dotted_line(doc, text, page, width_cm=width)


# ===================================================== 1. DHR overview, Home Office statutory template
MB = dict(V="Adaeze", P="Callum", A="Marshbury Police")


def doc_marshbury():
    stem = "dhr_overview_ho_template_long_marshbury"
    rng = random.Random(101)
    doc = new_doc(header="OFFICIAL SENSITIVE – GOVERNMENT SECURITY CLASSIFICATION", font="Arial", size=11)
    para(doc, "[Logo: Safer Marshbury Partnership]", italic=True, size=9, align="center")
    para(doc, "")
    para(doc, "SAFER MARSHBURY PARTNERSHIP", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=22, align="center")
    para(doc, "OVERVIEW REPORT", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "Into the death of Adaeze", size=14, align="center")
    para(doc, "in September 2021", size=14, align="center")
    para(doc, "")
    para(doc, "Independent Chair and Author of Report: Rosalind Achterberg", size=12, align="center")
    para(doc, "Review reference: SMP/DHR/2021/04", size=12, align="center")
    para(doc, "Date of completion: 30 June 2023", size=12, align="center")
    page_break(doc)

    heading(doc, "Contents", 1)
    contents(
        doc,
        [
            ("Preface", 3),
            ("1. Introduction", 3),
            ("2. Timescales", 4),
            ("3. Confidentiality", 4),
            ("4. Terms of Reference", 5),
            ("5. Methodology", 6),
            ("6. Involvement of family, friends, work colleagues and the wider community", 6),
            ("7. Contributors to the review", 7),
            ("8. The review panel members", 7),
            ("9. Author of the overview report", 8),
            ("10. Parallel reviews", 8),
            ("11. Equality and diversity", 9),
            ("12. Dissemination", 9),
            ("13. Background information (the facts)", 10),
            ("14. Chronology", 11),
            ("15. Overview", 15),
            ("16. Analysis", 16),
            ("17. Conclusions", 24),
            ("18. Lessons to be learned", 25),
            ("19. Recommendations", 26),
            ("Appendix A: Action plan", 29),
        ],
    )
    page_break(doc)

    heading(doc, "Preface", 1)
    para(
        doc,
        "The Safer Marshbury Partnership and the members of the review panel offer their deepest sympathy to "
        "Adaeze's family, friends and colleagues. The name Adaeze is a pseudonym chosen by her sister; the name Callum "
        "has been chosen by the panel for the perpetrator.",
    )
    para(doc, prose(rng, 5, **MB))

    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This report of a domestic homicide review examines agency responses and support given to "
        "Adaeze, a resident of Marshbury, prior to the point of her death at her home in September 2021. Adaeze was "
        "38 years old. Callum, her partner of six years, was convicted of her murder at Hartsfield Crown Court in "
        "May 2022 and sentenced to life imprisonment with a minimum term of twenty-one years.",
    )
    numbered(
        doc,
        "1.2",
        "In addition to agency involvement the review also examines the past to identify any relevant "
        "background or trail of abuse before the homicide, whether support was accessed within the community and "
        "whether there were any barriers to accessing support.",
    )
    numbered_run(doc, rng, "1", 3, 3, MB)
    heading(doc, "2. Timescales", 1)
    numbered(
        doc,
        "2.1",
        "Marshbury Police notified the Partnership of the homicide on 6 September 2021. The Partnership "
        "chair agreed on 1 October 2021 that the criteria for a review were met and the Home Office was told on "
        "8 October 2021. The first panel meeting was held on 18 November 2021.",
    )
    numbered(
        doc,
        "2.2",
        "The review was paused between January and May 2022 while the criminal trial took place. The "
        "panel met nine times in all, and the report was agreed by the panel in June 2023.",
    )
    heading(doc, "3. Confidentiality", 1)
    numbered(
        doc,
        "3.1",
        "The findings of each review are confidential. Information is available only to participating "
        "officers, professionals and their line managers until the report has been approved for publication by the "
        "Home Office Quality Assurance Panel.",
    )
    numbered(
        doc,
        "3.2",
        "To protect the identity of the victim, the perpetrator and their family, pseudonyms have been "
        "used throughout and the precise addresses have been changed.",
    )
    t = make_table(doc, ["Name", "Relationship", "Age at the time", "Ethnicity"], [4, 5, 3, 4.5])
    for row in [
        ("Adaeze", "Victim", "38", "Black British (Nigerian heritage)"),
        ("Callum", "Partner, perpetrator", "41", "White British"),
        ("Chioma", "Sister of Adaeze", "35", "Black British (Nigerian heritage)"),
    ]:
        add_row(t, row, [4, 5, 3, 4.5])
    para(doc, "")

    heading(doc, "4. Terms of Reference", 1)
    numbered(
        doc,
        "4.1",
        "The panel agreed the following terms of reference at its first meeting. The review covers the "
        "period from 1 June 2014, when Adaeze moved to Marshbury, to her death.",
    )
    for i, q in enumerate(
        [
            "What knowledge did each agency have that could have indicated that Adaeze might be at risk of harm from Callum?",
            "Were risk assessments completed in line with policy, and were they shared with partners?",
            "How did agencies respond to the MARAC referral in June 2019 and were the actions completed?",
            "How effective was the management of Callum while he was subject to a community order?",
            "What was the impact of the Covid-19 pandemic on services available to Adaeze and Callum?",
            "Did Adaeze's ethnicity, gender or employment affect the response she received?",
            "What can be learned about the role of employers and of informal networks?",
        ],
        1,
    ):
        numbered(doc, f"4.2.{i}", q)

    heading(doc, "5. Methodology", 1)
    numbered(
        doc,
        "5.1",
        "Agencies were asked to secure their records and to complete a chronology. Agencies with "
        "significant contact were asked to provide an Individual Management Review (IMR). Each IMR author was "
        "independent of the line management of the staff involved.",
    )
    numbered_run(doc, rng, "5", 2, 3, MB)
    heading(doc, "6. Involvement of family, friends, work colleagues and the wider community", 1)
    numbered(
        doc,
        "6.1",
        "The chair wrote to Adaeze's sister and mother at the start of the review, enclosing the Home "
        "Office leaflet for families, and met Chioma four times. An advocate from a national charity supported the "
        "family throughout.",
    )
    numbered(
        doc,
        "6.2",
        "Callum was written to in prison and declined to take part. Two colleagues of Adaeze and her "
        "former running club captain spoke to the chair.",
    )
    numbered_run(doc, rng, "6", 3, 2, MB)

    heading(doc, "7. Contributors to the review", 1)
    numbered(doc, "7.1", "The following agencies contributed to the review:")
    t = make_table(doc, ["Agency", "Contribution"], [9, 7.5])
    for row in [
        ("Marshbury Police", "IMR and chronology"),
        ("Riverside Medical Practice (via NHS Marshbury ICB)", "IMR and chronology"),
        ("Marshbury General Hospital NHS Trust", "IMR and chronology"),
        ("Saltmarsh Homes", "IMR and chronology"),
        ("Marshbury IDVA Service", "IMR and chronology"),
        ("Probation Service (Hartsfield region)", "IMR and chronology"),
        ("Marshbury Talking Therapies", "Short report"),
        ("Adaeze's employer", "Information by interview"),
    ]:
        add_row(t, row, [9, 7.5])
    para(doc, "")
    heading(doc, "8. The review panel members", 1)
    t = make_table(doc, ["Name", "Job title", "Agency"], [4, 6, 6.5])
    for row in [
        ("Rosalind Achterberg", "Independent Chair", "Independent"),
        ("Det Supt Kieran Oduya", "Head of Public Protection", "Marshbury Police"),
        ("Dr Helen Scarfe", "Designated Nurse Safeguarding Adults", "NHS Marshbury ICB"),
        ("Bernadette Lowry", "Head of Housing Services", "Saltmarsh Homes"),
        ("Asha Pennington", "Service Manager", "Marshbury IDVA Service"),
        ("Mark Tulloch", "Head of Service", "Probation Service"),
        ("Grace Ellery", "Community Safety Manager", "Marshbury Borough Council"),
    ]:
        add_row(t, row, [4, 6, 6.5])
    para(doc, "")
    numbered(doc, "8.1", "The panel members were independent of any direct involvement with the case.")

    heading(doc, "9. Author of the overview report", 1)
    numbered(
        doc,
        "9.1",
        "Rosalind Achterberg is an independent consultant who has chaired domestic homicide reviews "
        "since 2015. She previously worked in probation and in a specialist domestic abuse charity. She has no "
        "connection with any agency in Marshbury and confirms her independence from the agencies involved.",
    )
    heading(doc, "10. Parallel reviews", 1)
    numbered(
        doc,
        "10.1",
        "The criminal trial concluded in May 2022. HM Coroner opened and adjourned an inquest, which "
        "was not resumed after the conviction. No other review was held.",
    )
    heading(doc, "11. Equality and diversity", 1)
    numbered(
        doc,
        "11.1",
        "The panel considered the nine protected characteristics under the Equality Act 2010. Sex and "
        "race were considered relevant: Adaeze was a woman and a Black woman of Nigerian heritage.",
    )
    numbered_run(doc, rng, "11", 2, 3, MB)
    heading(doc, "12. Dissemination", 1)
    numbered(
        doc,
        "12.1",
        "The report will be shared with the family, the panel agencies, the Domestic Abuse Commissioner "
        "and the Police and Crime Commissioner, and will be published on the Partnership's website.",
    )

    heading(doc, "13. Background information (the facts)", 1)
    numbered(
        doc,
        "13.1",
        "Adaeze grew up in Leicester, the eldest of three children. She trained as a pharmacy technician "
        "and was highly regarded at work. Callum had grown up in Marshbury; he had a previous relationship in which "
        "the police had been called twice, though neither incident led to a charge.",
    )
    numbered_run(doc, rng, "13", 2, 3, MB)

    heading(doc, "14. Chronology", 1)
    numbered(
        doc,
        "14.1",
        "This section sets out the key events in date order, under sub-headings for each period. It "
        "draws on agency chronologies and on what family and friends told the review.",
    )
    current = None
    for ref, sub, _raw, _d, text in CD.MARSHBURY:
        if sub != current:
            heading(doc, sub, 2)
            current = sub
        numbered(doc, ref, text)
        if ref in ("14.2.4", "14.3.2"):
            numbered(doc, "", prose(rng, 3, **MB))

    heading(doc, "15. Overview", 1)
    numbered(
        doc,
        "15.1",
        "Adaeze had contact with the police, her GP practice, the hospital, her landlord and the IDVA "
        "service over six years. Callum had contact with the police, the courts and the Probation Service. At no "
        "point did all of these agencies hold the full picture.",
    )
    numbered_run(doc, rng, "15", 2, 4, MB)

    heading(doc, "16. Analysis", 1)
    numbered(
        doc,
        "16.1",
        "This section answers the terms of reference in turn. Where an agency's IMR makes a "
        "recommendation, it is mentioned in passing; the panel's view on which of these should be carried forward "
        "is given in Section 19.",
    )
    heading(doc, "Term 1: Knowledge of risk", 2)
    n = numbered_run(doc, rng, "16.1", 1, 5, MB)
    numbered(
        doc,
        f"16.1.{n}",
        "The police response in March 2016 was not in line with force policy: officers spoke to "
        "the couple together and did not complete a risk assessment. The Marshbury Police IMR author recommends that "
        "the force audits attendance at domestic incidents to check that DASH is completed in every case, and the panel "
        "agrees.",
    )
    n += 1
    n = numbered_run(doc, rng, "16.1", n, 4, MB)
    heading(doc, "Term 2: Risk assessment and sharing", 2)
    n = numbered_run(doc, rng, "16.2", 1, 4, MB)
    numbered(
        doc,
        f"16.2.{n}",
        "The Emergency Department did not ask Adaeze about her safety in April 2018. The hospital "
        "IMR recommends that the Trust should make the routine enquiry question on the triage form mandatory, so that "
        "the form cannot be closed with the field left blank.",
    )
    n += 1
    numbered(
        doc,
        f"16.2.{n}",
        "The GP practice IMR recommends that the practice should add a domestic abuse question to its "
        "new patient questionnaire. The practice made this change in 2022, before the review concluded, and the "
        "panel has therefore not carried it forward as a recommendation.",
    )
    n += 1
    n = numbered_run(doc, rng, "16.2", n, 4, MB)
    heading(doc, "Term 3: MARAC", 2)
    n = numbered_run(doc, rng, "16.3", 1, 4, MB)
    numbered(
        doc,
        f"16.3.{n}",
        "Adaeze was never told what the MARAC had decided. The IDVA service's IMR author suggests that "
        "a letter or call confirming the outcome should be routine; this is taken up in the panel's own recommendation "
        "on MARAC below.",
    )
    n += 1
    n = numbered_run(doc, rng, "16.3", n, 4, MB)
    heading(doc, "Term 4: Management of Callum", 2)
    n = numbered_run(doc, rng, "16.4", 1, 4, MB)
    numbered(
        doc,
        f"16.4.{n}",
        "When the group programme stopped in March 2020, there was no plan to make up the missed "
        "sessions. The Probation IMR author recommends that any order ending with an incomplete programme must be "
        "reviewed by a senior probation officer before it is closed.",
    )
    n += 1
    n = numbered_run(doc, rng, "16.4", n, 4, MB)
    heading(doc, "Term 5: The pandemic", 2)
    n = numbered_run(doc, rng, "16.5", 1, 5, MB)
    heading(doc, "Term 6: Equality", 2)
    n = numbered_run(doc, rng, "16.6", 1, 4, MB)
    heading(doc, "Term 7: Employers and informal networks", 2)
    n = numbered_run(doc, rng, "16.7", 1, 4, MB)
    numbered(
        doc,
        f"16.7.{n}",
        "Saltmarsh Homes' IMR recommends that repairs staff should receive training to recognise "
        "signs of domestic abuse, such as damage at head height, and know how to report it.",
    )
    n += 1
    numbered_run(doc, rng, "16.7", n, 3, MB)

    heading(doc, "17. Conclusions", 1)
    numbered_run(doc, rng, "17", 1, 5, MB)
    heading(doc, "18. Lessons to be learned", 1)
    para(
        doc,
        "The lessons below are the panel's summary of what agencies should take from this review. They are not "
        "recommendations; where action is needed it appears in Section 19.",
    )
    for i, lesson in enumerate(
        [
            "Speaking to both parties together at the door does not allow a victim to say what is happening. Practitioners should always seek to speak to the victim alone.",
            "A victim's decision not to support a prosecution is not a sign that the risk has fallen.",
            "Injuries explained as accidents, repeated across different services, should prompt curiosity.",
            "Employers are often the only people who see a victim every day and need to know where to turn.",
        ],
        1,
    ):
        numbered(doc, f"18.{i}", lesson)

    heading(doc, "19. Recommendations", 1)
    heading(doc, "19.1 Overview report recommendations", 2)
    recs = [
        (
            "1",
            "The Safer Marshbury Partnership should commission a domestic abuse awareness programme for local employers, "
            "including a model workplace policy and a named contact in the specialist service.",
        ),
        (
            "2",
            "The Safer Marshbury Partnership should ask the MARAC steering group to make sure that every victim discussed "
            "at MARAC is told the outcome and the actions agreed, and that this is recorded.",
        ),
        (
            "3",
            "NHS Marshbury Integrated Care Board should seek assurance that GP practices check for MARAC flags and ask "
            "about domestic abuse when a patient reports low mood, injuries or plans for pregnancy.",
        ),
        (
            "4",
            "Saltmarsh Homes and Marshbury Borough Council should agree a joint protocol so that housing staff who see "
            "signs of domestic abuse at a property share them with the MARAC coordinator.",
        ),
        (
            "5",
            "The Home Office should consider issuing guidance on how perpetrator programmes interrupted by national "
            "emergencies are to be completed before a community order ends.",
        ),
    ]
    for ref, text in recs:
        numbered(doc, f"Recommendation {ref}", text)
    heading(doc, "19.2 Single agency recommendations", 2)
    para(doc, "The panel endorses the following recommendations made by agencies in their IMRs.")
    agency_recs = [
        (
            "Marshbury Police",
            [
                (
                    "MP1",
                    "Marshbury Police should audit attendance at domestic incidents to check that a DASH risk assessment is completed in every case and that the victim is spoken to alone.",
                ),
                (
                    "MP2",
                    "Marshbury Police should make sure that calls reporting screaming or a possible assault are not closed when nobody answers the door without a supervisor's review.",
                ),
            ],
        ),
        (
            "Marshbury General Hospital NHS Trust",
            [
                (
                    "MGH1",
                    "The Trust should make the routine enquiry question on the Emergency Department triage form mandatory.",
                ),
            ],
        ),
        (
            "Probation Service",
            [
                (
                    "PS1",
                    "Any community order ending with an incomplete accredited programme must be reviewed by a senior probation officer before it is closed.",
                ),
            ],
        ),
        (
            "Saltmarsh Homes",
            [
                (
                    "SH1",
                    "Saltmarsh Homes should train repairs staff to recognise signs of domestic abuse and to report them through the safeguarding procedure.",
                ),
                (
                    "SH2",
                    "Saltmarsh Homes should record noise complaints in a way that allows repeat reports about the same address to be seen together.",
                ),
            ],
        ),
    ]
    for agency, items in agency_recs:
        para(doc, agency, bold=True)
        for ref, text in items:
            numbered(doc, ref, text)

    # ---- action plan, Home Office template, landscape
    landscape_section(doc)
    heading(doc, "Appendix A: Domestic Homicide Review Action Plan", 1)
    cols = [
        "Recommendation",
        "Scope of recommendation",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    w = [5.2, 2.4, 5.0, 3.0, 4.6, 2.2, 4.0]
    t = make_table(doc, cols, w, size=8)
    plan = [
        (
            recs[0][1],
            "Local",
            "Commission an employers' toolkit and briefing sessions through the specialist service",
            "Safer Marshbury Partnership",
            "Toolkit drafted with the Chamber of Commerce",
            "March 2024",
            "Ongoing",
        ),
        (
            "",
            "",
            "Run two employer briefings a year",
            "Safer Marshbury Partnership",
            "First briefing held October 2023",
            "Annual",
            "",
        ),
        (
            recs[1][1],
            "Local",
            "Add outcome letters to the MARAC operating protocol and audit a sample quarterly",
            "MARAC Steering Group",
            "Protocol revised and agreed",
            "31/12/2023",
            "Completed 14/12/2023 – audit shows 92% of victims informed",
        ),
        (
            recs[2][1],
            "Local",
            "Practice audit of MARAC flags and routine enquiry in 10 practices",
            "NHS Marshbury ICB",
            "Audit tool designed",
            "Q2 2024/25",
            "In progress",
        ),
        (
            recs[3][1],
            "Local",
            "Draft and sign a joint housing domestic abuse information sharing protocol",
            "Saltmarsh Homes",
            "",
            "June 2024",
            "Not started",
        ),
        (
            recs[4][1],
            "National",
            "Chair to write to the Home Office enclosing the report",
            "Safer Marshbury Partnership",
            "Letter sent with the report",
            "On publication",
            "Complete",
        ),
        (
            agency_recs[0][1][0][1],
            "Local",
            "Quarterly dip sample of domestic incident logs",
            "Marshbury Police",
            "Two quarterly audits completed",
            "Sept 2023",
            "Complete – findings to the DA Board",
        ),
        (
            agency_recs[0][1][1][1],
            "Local",
            "Change control room closing codes for domestic calls",
            "Marshbury Police",
            "",
            "Dec 2023",
            "Overdue",
        ),
        (
            agency_recs[1][1][0][1],
            "Local",
            "Update the electronic triage form",
            "Marshbury General Hospital NHS Trust",
            "Change request submitted to IT",
            "01/04/2024",
            "On track",
        ),
        (
            agency_recs[2][1][0][1],
            "Local",
            "Add a management review step to the order termination checklist",
            "Probation Service",
            "Checklist amended",
            "Jan-24",
            "Completed January 2024",
        ),
        (
            agency_recs[3][1][0][1],
            "Local",
            "E-learning module for all operatives",
            "Saltmarsh Homes",
            "Module purchased",
            "Mar-24",
            "78% of operatives trained – ongoing",
        ),
        (
            agency_recs[3][1][1][1],
            "Local",
            "Configure the case management system to link complaints by address",
            "Saltmarsh Homes",
            "",
            "Sept 2024",
            "Not yet started",
        ),
    ]
    for row in plan:
        add_row(t, row, w, size=8)
    merge_down(t, 0, 1, 2, size=8)
    merge_down(t, 1, 1, 2, size=8)
    save(doc, stem)


# ===================================================== 2. SAR, themes as findings, "The SAB should"
FV = dict(V="Harold", P="the family carer", A="Adult Social Care")
SAR_REFLECT_EXTRA = [
    "Self-neglect is rarely a choice made freely, and the review found little evidence that anyone asked Harold why he lived as he did.",
    "Mental capacity was assumed rather than assessed, in line with the first principle of the Act but without the curiosity that the circumstances called for.",
    "The daughter's account was accepted at each contact, often because she was the only person who answered the telephone.",
    "Care providers reported what they saw, but the reports went into a commissioning process rather than a safeguarding one.",
    "The review heard that hospital discharge was under heavy pressure that winter, with beds needed urgently.",
]


def sar_prose(rng, n):
    pool = [
        s.replace("{V}", "Harold")
        .replace("{P}", "his daughter")
        .replace("{A}", "Adult Social Care")
        .replace(" her ", " his ")
        .replace("her life", "his life")
        .replace("she ", "he ")
        for s in REFLECT
    ]
    pool += SAR_REFLECT_EXTRA
    return " ".join(rng.sample(pool, n))


def doc_fenwick():
    stem = "sar_themes_board_should_footnotes_fenwick"
    rng = random.Random(202)
    doc = new_doc(
        header="Fenwick Vale Safeguarding Adults Board – Safeguarding Adults Review: Harold",
        footer_label="FVSAB SAR 2023-02 | Final report | Page",
        font="Calibri",
        size=11.5,
    )
    para(doc, "Fenwick Vale Safeguarding Adults Board", bold=True, size=18)
    para(doc, "")
    para(doc, "Safeguarding Adults Review", bold=True, size=24)
    para(doc, "‘Harold’", size=20)
    para(doc, "")
    kv_table(
        doc,
        [
            ("Lead reviewer", "Dr Imogen Saltash"),
            ("Commissioned by", "Fenwick Vale SAB Case Review Group"),
            ("Report status", "Final, endorsed by the Board on 14 March 2024"),
            ("Date of Harold's death", "11 December 2022"),
        ],
        widths=(5, 11),
    )
    page_break(doc)
    heading(doc, "Contents", 1)
    contents(
        doc,
        [
            ("1 Introduction and reasons for the review", 3),
            ("2 Scope and approach", 3),
            ("3 Harold and his family", 4),
            ("4 Summary of agency contact", 5),
            ("5 Key practice episodes", 6),
            ("6 Analysis by theme", 8),
            ("7 Good practice", 17),
            ("8 Conclusion", 18),
            ("9 Recommendations", 19),
            ("Glossary", 20),
        ],
    )
    page_break(doc)
    heading(doc, "1 Introduction and reasons for the review", 1)
    p = numbered(
        doc,
        "1.1",
        "Harold was 84 when he died at his home in Fenwick Vale in December 2022. He had lived alone "
        "since his wife died, with his daughter Lorraine visiting and managing his affairs. The Board's Case "
        "Review Group agreed that the criteria for a mandatory review under section 44 of the Care Act 2014 were met",
    )
    sup(p, "1")
    footnote_line(
        doc,
        "1",
        "Section 44(1): an adult with care and support needs has died, the death resulted from abuse "
        "or neglect, and there is concern that partners could have worked more effectively.",
    )
    numbered(doc, "1.2", sar_prose(rng, 5))
    numbered(doc, "1.3", sar_prose(rng, 4))
    heading(doc, "2 Scope and approach", 1)
    numbered(
        doc,
        "2.1",
        "The review covers January 2021 to December 2022. It used a learning-together approach: agencies "
        "provided chronologies and short reports, and practitioners attended two reflective workshops.",
    )
    numbered(
        doc,
        "2.2",
        "The key lines of enquiry were: how self-neglect was recognised; whether Harold's mental capacity "
        "was assessed; how concerns about his daughter were explored; how the hospital discharge was planned; and "
        "how missed care visits were escalated.",
    )
    numbered(doc, "2.3", sar_prose(rng, 4))
    numbered(
        doc,
        "2.4",
        "Harold's son, who lives in Canada, spoke to the reviewer by video call. Lorraine was invited to "
        "contribute but did not respond; she was under police investigation at the time of writing.",
    )
    heading(doc, "3 Harold and his family", 1)
    numbered(
        doc,
        "3.1",
        "Harold worked for forty years as a signalman on the railway. His son described him as proud, "
        "private and a keen gardener who kept an allotment into his late seventies.",
    )
    for i in range(2, 6):
        numbered(doc, f"3.{i}", sar_prose(rng, 5))

    heading(doc, "4 Summary of agency contact", 1)
    numbered(
        doc,
        "4.1",
        "The table below is a short summary of significant contacts drawn from the combined chronology. It "
        "is not a full record of every contact.",
    )
    w = [2.6, 4.6, 9.3]
    t = make_table(doc, ["Date", "Agency", "Contact"], w, header_fill="B4C6E7")
    for _r, _h, raw, _d, agency, text in CD.FENWICK:
        add_row(t, (raw, agency, text), w)
    para(doc, "")
    numbered(doc, "4.2", sar_prose(rng, 4))

    heading(doc, "5 Key practice episodes", 1)
    for i, title in enumerate(
        [
            "The first Care Act assessment",
            "The police welfare check",
            "The section 42 enquiry",
            "Hospital admission and discharge",
            "Missed care visits",
        ],
        1,
    ):
        heading(doc, f"5.{i} {title}", 2)
        for j in range(1, 4):
            numbered(doc, f"5.{i}.{j}", sar_prose(rng, 5))

    heading(doc, "6 Analysis by theme", 1)
    numbered(
        doc,
        "6.1",
        "The review's findings are set out as five themes. Each theme ends with the recommendations that "
        "follow from it. The recommendations are gathered together in Section 9.",
    )
    themes = [
        (
            "Theme 1: Recognising self-neglect",
            [
                (
                    "Recommendation 1",
                    "The SAB should seek assurance from partner agencies that their staff use the Board's self-neglect "
                    "and hoarding guidance, including the requirement to see the adult alone at least once.",
                )
            ],
        ),
        (
            "Theme 2: Mental capacity and the voice of the adult",
            [
                (
                    "Recommendation 2",
                    "The SAB should commission multi-agency training on the assessment of executive capacity, so that "
                    "practitioners test whether a person can carry out decisions as well as make them.",
                ),
                (
                    "Recommendation 3",
                    "The SAB should ask Fenwick Vale Council to audit a sample of Care Act assessments to check that "
                    "the adult's own views are recorded separately from those of family members.",
                ),
            ],
        ),
        (
            "Theme 3: Family carers who may be causing harm",
            [
                (
                    "Recommendation 4",
                    "The SAB should work with the Community Safety Partnership to produce practice guidance on "
                    "abuse by adult children of older parents, including financial abuse and checks on lasting powers of attorney.",
                )
            ],
        ),
        (
            "Theme 4: Hospital discharge",
            [
                (
                    "Recommendation 5",
                    "The SAB should seek assurance from Fenwick Vale Hospitals NHS Trust that discharge planning for "
                    "adults with known safeguarding concerns includes a conversation with the adult and a check with Adult Social Care.",
                )
            ],
        ),
        (
            "Theme 5: Missed visits and escalation",
            [
                (
                    "Recommendation 6",
                    "The SAB should ask commissioners to amend home care contracts so that two consecutive missed "
                    "visits, or any visit refused by a third party, are reported as a safeguarding concern on the same day.",
                ),
                (
                    "Recommendation 7",
                    "The SAB should review the operation of its escalation and professional challenge policy, and "
                    "publicise it to home care providers.",
                ),
            ],
        ),
    ]
    fn = 2
    for ti, (title, recs) in enumerate(themes, 1):
        heading(doc, f"6.{ti + 1} {title}", 2)
        for j in range(1, 7):
            p = numbered(doc, f"6.{ti + 1}.{j}", sar_prose(rng, 5))
            if j == 2 and fn <= 4:
                sup(p, str(fn))
                footnote_line(
                    doc,
                    str(fn),
                    [
                        "Fenwick Vale SAB, Self-neglect and Hoarding Guidance (2019), section 4.",
                        "Mental Capacity Act 2005, section 1(2); Code of Practice, chapter 4.",
                        "The Board's Escalation Policy was last reviewed in 2018.",
                    ][fn - 2],
                )
                fn += 1
        box(
            doc,
            "Finding: "
            + [
                "Harold's self-neglect was seen as a lifestyle choice rather than a sign of risk.",
                "Harold's voice was rarely heard; his daughter spoke for him.",
                "No agency considered whether Lorraine might be the source of harm.",
                "Discharge was planned around bed pressures rather than Harold's safety.",
                "Missed visits were treated as a contract matter, not a safeguarding one.",
            ][ti - 1],
            fill="FCE4D6",
        )
        for label, text in recs:
            para(doc, label, bold=True)
            para(doc, text)
    heading(doc, "7 Good practice", 1)
    numbered(
        doc,
        "7.1",
        "The district nurse's safeguarding concern in October 2021 was clear, well evidenced and timely.",
    )
    numbered(doc, "7.2", sar_prose(rng, 4))
    heading(doc, "8 Conclusion", 1)
    for i in range(1, 4):
        numbered(doc, f"8.{i}", sar_prose(rng, 5))
    heading(doc, "9 Recommendations", 1)
    numbered(doc, "9.1", "The recommendations made in Section 6 are listed here for ease of reference.")
    for _t, recs in themes:
        for label, text in recs:
            n = label.split()[-1]
            numbered(doc, f"{n}.", text)
    heading(doc, "Glossary", 1)
    t = make_table(doc, ["Term", "Meaning"], [4, 12.5])
    for row in [
        ("SAB", "Safeguarding Adults Board"),
        ("SAR", "Safeguarding Adults Review"),
        ("LPA", "Lasting power of attorney"),
        ("MCA", "Mental Capacity Act 2005"),
        (
            "Section 42 enquiry",
            "An enquiry under section 42 of the Care Act 2014 into whether action is needed to protect an adult",
        ),
    ]:
        add_row(t, row, [4, 12.5])
    save(doc, stem)


# ===================================================== 3. DARDR, suicide, national + local, RAG tracker
WM = dict(V="Niamh", P="Rhys", A="Westmere Police")


def doc_westmere():
    stem = "dardr_suicide_national_local_rag_tracker_westmere"
    rng = random.Random(303)
    doc = new_doc(
        header="Westmere Community Safety Partnership — DARDR Niamh — OFFICIAL",
        font="Times New Roman",
        size=12,
    )
    para(doc, "Westmere Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=22, align="center")
    para(doc, "Niamh", bold=True, size=18, align="center")
    para(doc, "")
    para(doc, "Report author: Tobias Wren-Halloran", size=12, align="center")
    para(doc, "Reference: WCSP/DARDR/2023/01", size=12, align="center")
    para(doc, "Final report — submitted to the Home Office February 2024", size=12, align="center")
    page_break(doc)
    heading(doc, "Contents", 1)
    contents(
        doc,
        [
            ("Executive Summary", 3),
            ("Part One: The review", 6),
            ("Part Two: Niamh's story", 9),
            ("Part Three: Analysis", 14),
            ("Part Four: Conclusions and recommendations", 22),
            ("Appendix 1: Recommendations progress tracker", 25),
        ],
    )
    page_break(doc)
    heading(doc, "Executive Summary", 1)
    para(
        doc,
        "Niamh died by suicide in November 2022, aged 33. In the four years before her death she experienced "
        "coercive and controlling behaviour from her partner, Rhys. This review asks what agencies knew and what could "
        "have been done differently. " + prose(rng, 4, **WM),
    )
    para(doc, prose(rng, 5, **WM))
    para(doc, "Summary of recommendations", bold=True)
    para(doc, "The review makes three national and six local recommendations. In brief:")
    nat = [
        (
            "N1",
            "Home Office",
            "The Home Office should publish guidance on reviewing deaths by suicide following domestic abuse, including how to involve bereaved families and how to treat the suspected perpetrator.",
        ),
        (
            "N2",
            "Department for Work and Pensions",
            "The Department for Work and Pensions should make it possible for a joint Universal Credit claimant to request split payment online without the other claimant being notified.",
        ),
        (
            "N3",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should require NHS mental health crisis services to ask about domestic abuse at every assessment and to record who else is present during a telephone assessment.",
        ),
    ]
    loc = [
        (
            "L1",
            "Westmere Police",
            "Westmere Police should ensure that calls reporting a person screaming are not closed when no one is found without further enquiry to locate the caller and the occupants.",
        ),
        (
            "L2",
            "Westmere Police",
            "Westmere Police should stop sending standard-risk letters to a shared address and should agree a safe contact method with the victim at the scene.",
        ),
        (
            "L3",
            "Westmere Talking Therapies and NHS Westmere Mental Health Trust",
            "Westmere Talking Therapies and NHS Westmere Mental Health Trust should review their discharge-after-non-attendance policies so that a person with known domestic abuse is contacted by phone before discharge.",
        ),
        (
            "L4",
            "Westmere Borough Council",
            "Westmere Borough Council should review its housing decision in domestic abuse cases so that decision letters are never sent to an address shared with the abuser.",
        ),
        (
            "L5",
            "Westmere Women's Aid",
            "Westmere Women's Aid should not close high-risk cases after unanswered calls without a multi-agency discussion.",
        ),
        (
            "L6",
            "Westmere Community Safety Partnership",
            "Westmere Community Safety Partnership should work with the suicide prevention partnership to add domestic abuse as a named risk factor in the local suicide prevention strategy.",
        ),
    ]
    for ref, _a, text in nat + loc:
        para(doc, f"{ref}. {text}")
    page_break(doc)

    heading(doc, "Part One: The review", 1)
    heading(doc, "1. Why this review was held", 2)
    numbered(
        doc,
        "1.1",
        "Westmere Police told the Partnership of Niamh's death in November 2022. The Partnership agreed "
        "that her death met the criteria for a review because it appeared to have resulted from domestic abuse.",
    )
    numbered_run(doc, rng, "1", 2, 4, WM)
    heading(doc, "2. Terms of reference", 2)
    for i, q in enumerate(
        [
            "How did agencies identify and respond to domestic abuse?",
            "How were Niamh's mental health needs assessed and met, and was the link with abuse recognised?",
            "Did economic abuse limit Niamh's options, and did any agency recognise it?",
            "How did the pandemic affect services?",
            "What national learning arises?",
        ],
        1,
    ):
        numbered(doc, f"2.{i}", q)
    heading(doc, "3. Methodology and involvement", 2)
    numbered_run(doc, rng, "3", 1, 5, WM)
    heading(doc, "3A. Equality and diversity", 2)
    numbered_run(doc, rng, "3A", 1, 3, WM, sentences=(5, 7))
    heading(doc, "4. Panel", 2)
    t = make_table(doc, ["Agency", "Representative"], [9, 7.5])
    for row in [
        ("Westmere Police", "Detective Inspector, Safeguarding"),
        ("NHS Westmere Mental Health Trust", "Head of Safeguarding"),
        ("NHS Westmere ICB", "Designated Nurse"),
        ("Westmere Borough Council", "Housing Options Manager"),
        ("Westmere Women's Aid", "Chief Executive"),
        ("Department for Work and Pensions", "Senior Partnership Manager"),
    ]:
        add_row(t, row, [9, 7.5])
    para(doc, "")
    heading(doc, "Part Two: Niamh's story", 1)
    para(
        doc,
        "Niamh's mother asked that her daughter's story be told in full, in date order, so that readers understand "
        "how slowly the walls closed in. The account below is drawn from agency records and from what her family and "
        "friends told the review.",
    )
    current = None
    for _r, sub, _raw, _d, text in CD.WESTMERE:
        if sub != current:
            heading(doc, sub, 2)
            current = sub
        para(doc, text)
        if rng.random() < 0.3:
            para(doc, prose(rng, 3, **WM))
    para(
        doc,
        "Niamh was 33 years old. Her mother described her as a gifted storyteller who could make any child laugh.",
    )

    heading(doc, "Part Three: Analysis", 1)
    for sec, title in [
        (5, "Recognising coercive control"),
        (6, "Mental health and suicide risk"),
        (7, "Economic abuse"),
        (8, "The pandemic"),
        (9, "Housing and safe contact"),
    ]:
        heading(doc, f"{sec}. {title}", 2)
        numbered_run(doc, rng, str(sec), 1, 5, WM, sentences=(5, 8))
        if sec == 6:
            numbered(
                doc,
                "6.6",
                "In July 2022 the liaison team recorded conflict with her partner as the trigger for the "
                "overdose. Two months later she was discharged for non-attendance. This is the point at which the "
                "review believes the link between abuse and suicide risk was most visible. Recommendation L3 follows.",
            )
        if sec == 7:
            numbered(
                doc,
                "7.6",
                "The review considers that the Department for Work and Pensions should look again at how "
                "split payments are requested (Recommendation N2).",
            )
    heading(doc, "Part Four: Conclusions and recommendations", 1)
    heading(doc, "10. Conclusions", 2)
    numbered_run(doc, rng, "10", 1, 6, WM, sentences=(5, 8))
    heading(doc, "11. Learning", 2)
    para(
        doc,
        "Learning point: a person who says 'my partner is here' during a telephone assessment is telling you "
        "something important.",
    )
    para(doc, "Learning point: economic abuse often begins with small controls over money and transport.")
    heading(doc, "12. National recommendations", 2)
    para(
        doc,
        "These recommendations are addressed to government departments and will be sent to them by the Partnership.",
    )
    for ref, agency, text in nat:
        para(doc, f"Recommendation {ref} ({agency})", bold=True)
        para(doc, text)
    heading(doc, "13. Local recommendations", 2)
    for ref, agency, text in loc:
        para(doc, f"Recommendation {ref} ({agency})", bold=True)
        para(doc, text)

    landscape_section(doc)
    heading(doc, "Appendix 1: Recommendations progress tracker (position at January 2025)", 1)
    para(doc, "RAG: Green = complete; Amber = in progress; Red = not started or off track.", size=9)
    cols = ["Ref", "Recommendation", "Action", "Lead", "Target", "Update", "RAG"]
    w = [1.2, 6.2, 5.6, 3.4, 2.2, 5.6, 1.8]
    t = make_table(doc, cols, w, size=8)
    rows = [
        (
            "N1",
            "Guidance on reviewing deaths by suicide (Home Office)",
            "Chair writes to the Home Office enclosing the report",
            "CSP Manager",
            "Mar 2024",
            "Letter sent 4 March 2024; reply awaited",
            "Amber",
        ),
        (
            "N2",
            "Split payment requests online (DWP)",
            "Refer to DWP national policy team via partnership manager",
            "DWP Partnership Manager",
            "Mar 2024",
            "Referred; DWP says no change planned",
            "Red",
        ),
        (
            "N3",
            "Crisis services to ask about domestic abuse (DHSC)",
            "Letter to DHSC and to the regional mental health lead",
            "CSP Manager",
            "Mar 2024",
            "Letter sent; regional lead has included it in a workshop",
            "Amber",
        ),
        (
            "L1",
            "Screaming calls not closed without enquiry",
            "Amend control room closure codes",
            "Westmere Police",
            "30/06/2024",
            "New closure code live from May 2024",
            "Green",
        ),
        (
            "L2",
            "Safe contact method agreed at the scene",
            "Replace standard-risk letters with a text and call",
            "Westmere Police",
            "30/09/2024",
            "Pilot in one district",
            "Amber",
        ),
        (
            "L3",
            "Discharge after non-attendance",
            "Revise the DNA policy in both services",
            "NHS Westmere Mental Health Trust",
            "Dec 2024",
            "Policy approved November 2024",
            "Green",
        ),
        (
            "L3",
            "",
            "Audit 20 discharges after the change",
            "NHS Westmere Mental Health Trust",
            "Jun 2025",
            "Not yet due",
            "Red",
        ),
        (
            "L4",
            "Housing decision letters",
            "Change correspondence template and case system flag",
            "Westmere Borough Council",
            "Sep 2024",
            "Complete",
            "Green",
        ),
        (
            "L5",
            "High-risk case closure",
            "Closure to require MARAC coordinator agreement",
            "Westmere Women's Aid",
            "Jun 2024",
            "Done",
            "Green",
        ),
        (
            "L6",
            "Suicide prevention strategy",
            "Add domestic abuse to the strategy refresh",
            "Westmere Public Health",
            "Q4 2024/25",
            "Strategy consultation under way",
            "Amber",
        ),
    ]
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for row in rows:
        add_row(t, row, w, size=8, fills={6: fills[row[6]]})
    merge_down(t, 0, 6, 7, size=8)
    merge_down(t, 1, 6, 7, size=8)
    save(doc, stem)


# ===================================================== 4. Older DHR, executive summary + overview in one file
CR = dict(V="Patricia", P="Dennis", A="Cranmore Constabulary")


def doc_cranmore():
    stem = "dhr_exec_summary_and_overview_2013_agency_table_cranmore"
    rng = random.Random(404)
    doc = new_doc(header="", footer_label="Cranmore DHR 02/2012 – RESTRICTED", font="Verdana", size=10)
    para(doc, "CRANMORE COMMUNITY SAFETY PARTNERSHIP", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=18, align="center")
    para(doc, "into the death of Patricia on 22nd May 2012", size=13, align="center")
    para(doc, "")
    para(doc, "EXECUTIVE SUMMARY AND OVERVIEW REPORT", bold=True, size=13, align="center")
    para(doc, "")
    kv_table(
        doc,
        [
            ("Review Panel Chair", "Alan Guthrie"),
            ("Overview Author", "Meredith Coyle"),
            ("Date", "November 2013"),
        ],
        widths=(6, 9),
    )
    page_break(doc)
    heading(doc, "PART ONE: EXECUTIVE SUMMARY", 1)
    heading(doc, "1. The review process", 2)
    para(
        doc,
        "1.1 This summary outlines the process undertaken by the Cranmore Domestic Homicide Review Panel in "
        "reviewing the murder of Patricia, who was 54, by her husband Dennis.",
    )
    for i in range(2, 5):
        para(doc, f"1.{i} " + prose(rng, 4, **CR))
    heading(doc, "2. Key issues arising", 2)
    for i in range(1, 9):
        para(doc, f"2.{i} " + prose(rng, 5, **CR))
    heading(doc, "3. Recommendations", 2)
    para(
        doc,
        "3.1 The Overview Report makes the following recommendations, which are set out in full in Part Two.",
    )
    OVR = [
        (
            "1",
            "Cranmore Community Safety Partnership should ensure that the Cranmore Domestic Abuse Forum reviews its "
            "training offer so that frontline staff in all agencies understand coercive control and the risks of separation.",
            None,
        ),
        (
            "2",
            "Cranmore Constabulary should:",
            [
                (
                    "a",
                    "ensure that officers attending domestic incidents where children are present complete a referral to Children's Social Care in every case;",
                ),
                (
                    "b",
                    "review how bail conditions are monitored in domestic abuse cases and how victims are told when conditions end.",
                ),
            ],
        ),
        (
            "3",
            "The Crown Prosecution Service should review the case with the Cranmore Specialist Domestic Violence Court steering group and report the learning to the Partnership.",
            None,
        ),
        (
            "4",
            "Cranmore Primary Care Trust should:",
            [
                (
                    "a",
                    "remind GPs of the guidance on asking about domestic violence when patients present with unexplained injuries;",
                ),
                ("b", "arrange domestic abuse training for practice nurses."),
            ],
        ),
        (
            "5",
            "The MARAC Steering Group should ensure that, where a MARAC case is discontinued by the CPS, the case is brought back to MARAC.",
            None,
        ),
        (
            "6",
            "The Cranmore Domestic Abuse Helpline should follow up cancelled outreach appointments within 48 hours.",
            None,
        ),
        (
            "7",
            "Cranmore Community Alcohol Team should ask all clients about domestic abuse, as victims and as perpetrators.",
            None,
        ),
        (
            "8",
            "Cranmore Homes should record MARAC actions on its tenancy system and confirm their completion to the MARAC coordinator.",
            None,
        ),
        (
            "9",
            "The Partnership should publicise to friends and families how to get help for someone experiencing domestic abuse.",
            None,
        ),
        (
            "10",
            "Cranmore Children's Social Care should:",
            [
                ("a", "review the closure of the 2008 referral against current practice standards;"),
                ("b", "ensure assessments consider the risk posed by a parent who leaves and may return."),
            ],
        ),
        (
            "11",
            "The Partnership should monitor the action plan through the Domestic Abuse Forum and receive progress reports every six months.",
            None,
        ),
        (
            "12",
            "The Home Office should consider how the learning from this review about discontinued prosecutions can be shared nationally.",
            None,
        ),
    ]
    for ref, text, subs in OVR:
        para(doc, f"Recommendation {ref}: {text}")
        for s, st in subs or []:
            para(doc, f"    ({s}) {st}")
    page_break(doc)
    heading(doc, "PART TWO: OVERVIEW REPORT", 1)
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "1.1 Patricia died at her home in Cranmore on 22nd May 2012. Dennis was convicted of her murder in "
        "January 2013 and sentenced to life imprisonment.",
    )
    for i in range(2, 6):
        para(doc, f"1.{i} " + prose(rng, 5, **CR))
    heading(doc, "2. Terms of reference", 2)
    for i, q in enumerate(
        [
            "To establish what lessons are to be learned from the case about the way local professionals and organisations work together;",
            "To identify clearly what those lessons are, how they will be acted upon and what is expected to change;",
            "To consider the period from 1998 to the date of the homicide;",
            "To consider whether the children were adequately safeguarded.",
        ],
        1,
    ):
        para(doc, f"2.{i} {q}")
    heading(doc, "3. The review panel", 2)
    para(
        doc,
        "3.1 The panel was chaired by Alan Guthrie, a retired Chief Superintendent independent of the agencies. The "
        "overview report was written by Meredith Coyle, an independent consultant.",
    )
    t = make_table(doc, ["Member", "Agency"], [7, 9], header_fill=None)
    for row in [
        ("Alan Guthrie", "Independent Chair"),
        ("Meredith Coyle", "Overview Author"),
        ("DCI Sian Probert", "Cranmore Constabulary"),
        ("Janet Ferris", "Cranmore PCT"),
        ("Colin Marsh", "Cranmore Children's Social Care"),
        ("Ruth Adeyemi", "Cranmore Domestic Abuse Helpline"),
    ]:
        add_row(t, row, [7, 9])
    para(doc, "")
    heading(doc, "4. Family involvement", 2)
    for i in range(1, 4):
        para(doc, f"4.{i} " + prose(rng, 5, **CR))
    heading(doc, "4A. Background", 2)
    for i in range(1, 8):
        para(doc, f"4A.{i} " + prose(rng, 6, **CR))
    heading(doc, "5. Chronology of events", 2)
    para(doc, "5.1 The key events known to agencies and family are set out below in date order.")
    for _r, _h, _raw, _d, text in CD.CRANMORE:
        para(doc, text)
    heading(doc, "6. Analysis of agency involvement", 2)
    agencies = [
        "Cranmore Constabulary",
        "Cranmore Primary Care Trust",
        "Cranmore Children's Social Care",
        "Cranmore Domestic Abuse Helpline",
        "Cranmore Community Alcohol Team",
        "Cranmore Homes",
    ]
    for i in range(1, 43):
        if i % 7 == 1:
            para(doc, agencies[i // 7], bold=True)
        para(doc, f"6.{i} " + prose(rng, rng.randint(5, 7), **CR))
        if i == 8:
            para(
                doc,
                "6.8a The police IMR identified that officers in October 2008 did not refer the son to Children's "
                "Social Care until two days later. The IMR's own recommendation on this is listed in Section 8.",
            )
    heading(doc, "7. Conclusions", 2)
    for i in range(1, 9):
        para(doc, f"7.{i} " + prose(rng, 6, **CR))
    heading(doc, "8. Individual Management Review recommendations", 2)
    para(
        doc,
        "8.1 Each agency's IMR made recommendations for its own service. The panel has accepted them; each "
        "agency reports progress on them to the Domestic Abuse Forum through its own single-agency plan.",
    )
    IMR = [
        ("Cranmore Constabulary", "Officers to complete child referrals on the same shift as the incident."),
        (
            "Cranmore Constabulary",
            "Domestic abuse unit to review all discontinued high-risk cases within seven days.",
        ),
        ("Cranmore PCT", "Practices to add a domestic abuse prompt to the injury consultation template."),
        ("Cranmore Domestic Abuse Helpline", "Cancelled appointments to be followed up by a senior worker."),
        (
            "Cranmore Community Alcohol Team",
            "Non-attendance by clients with a DV history to be notified to the referrer.",
        ),
        ("Cranmore Homes", "Housing officers to attend domestic abuse awareness training."),
    ]
    w = [5, 11]
    t = make_table(doc, ["Agency", "Recommendation"], w)
    for a, r in IMR:
        add_row(t, (a, r), w)
    merge_down(t, 0, 1, 2)
    para(doc, "")
    heading(doc, "9. Overview recommendations", 2)
    para(doc, "9.1 The panel makes the following recommendations.")
    for ref, text, subs in OVR:
        para(doc, f"{ref}. {text}")
        for s, st in subs or []:
            para(doc, f"({s}) {st}")

    landscape_section(doc)
    heading(doc, "ACTION PLAN", 1)
    cols = ["No.", "Recommendation", "Action", "Lead officer", "Timescale", "Outcome"]
    w = [1.2, 6.5, 6.5, 4.0, 2.8, 5.5]
    t = make_table(doc, cols, w, size=8)
    plan = [
        (
            "1",
            "Training offer on coercive control",
            "DA Forum to review the multi-agency training programme",
            "DA Forum Chair",
            "April 2014",
            "Completed",
        ),
        (
            "2(a)",
            "Child referrals from domestic incidents",
            "Policy reissued; compliance audit",
            "DCI Public Protection",
            "31/01/2014",
            "Completed",
        ),
        (
            "2(b)",
            "Bail monitoring",
            "Bail conditions to be diarised and victims informed",
            "DCI Public Protection",
            "31/03/2014",
            "Partially achieved",
        ),
        (
            "3",
            "CPS review",
            "Joint case review with SDVC steering group",
            "CPS Area Manager",
            "March 2014",
            "Completed",
        ),
        (
            "4(a)",
            "GP guidance",
            "Reminder issued through PCT bulletin",
            "Named GP Safeguarding",
            "Dec 2013",
            "Completed",
        ),
        (
            "4(b)",
            "Practice nurse training",
            "Two training sessions to be held",
            "Named Nurse",
            "June 2014",
            "Ongoing",
        ),
        (
            "5",
            "Discontinued MARAC cases",
            "MARAC protocol amended",
            "MARAC Coordinator",
            "Feb 2014",
            "Completed",
        ),
        (
            "6",
            "Follow-up of cancelled appointments",
            "Procedure amended; monthly check",
            "Helpline Manager",
            "Jan 2014",
            "Completed",
        ),
        (
            "7",
            "Alcohol team enquiry",
            "Screening tool amended",
            "CAT Team Leader",
            "March 2014",
            "Not yet started",
        ),
        (
            "8",
            "MARAC actions on tenancy system",
            "System change",
            "Cranmore Homes Housing Manager",
            "September 2014",
            "Ongoing",
        ),
        (
            "9",
            "Friends and family publicity",
            "Campaign during 16 Days of Action",
            "CSP Coordinator",
            "November 2014",
            "Ongoing",
        ),
        (
            "10(a)",
            "Review of 2008 closure",
            "Case audit",
            "Head of Children's Safeguarding",
            "Jan 2014",
            "Completed",
        ),
        (
            "10(b)",
            "Assessment of returning parent",
            "Practice guidance issued",
            "Head of Children's Safeguarding",
            "April 2014",
            "Partially achieved",
        ),
        ("11", "Monitoring", "Six-monthly reports to the DA Forum", "CSP Manager", "Six-monthly", "Ongoing"),
        (
            "12",
            "National learning",
            "Letter to the Home Office",
            "CSP Manager",
            "On publication",
            "Completed",
        ),
    ]
    for row in plan:
        add_row(t, row, w, size=8)
    save(doc, stem)


def main():
    doc_marshbury()
    doc_fenwick()
    doc_westmere()
    doc_cranmore()


if __name__ == "__main__":
    main()
