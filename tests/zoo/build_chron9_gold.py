"""Gold for the chron9_* zoo documents, written by hand below; this script only looks up each
record's line in the text (the .txt, and the -layout text of the comment/analysis table).

    cd tests/zoo && python build_chron9_gold.py
"""

import json
from pathlib import Path


def line_of(path, start):
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    for n in (40, 25, 18):
        for i, l in enumerate(lines, 1):
            if start[:n] in l:
                return i
    raise SystemExit(f"{path}: {start!r} not found")


def ev(date_raw, date, text, date_end=None, heading=None, ref=None, relative=False):
    return dict(
        ref=ref,
        heading=heading,
        date_raw=date_raw,
        date=date,
        date_end=date_end,
        relative=relative,
        text_start=text,
    )


def rec(ref, agency, text):
    return dict(
        ref=ref, level="overview", agency=agency, title=None, text_start=text, aliases=[], outcome=None
    )


def review(area, rtype, pseud, age, dod, author=None, rid=None):
    return dict(
        review_id=rid,
        review_type=rtype,
        area=area,
        doc_kind=None,
        author=author,
        victims=[dict(pseudonym=pseud, age=age)],
        date_of_death=dod,
    )


DOCS = {
    "chron9_bullets_phase_dates": dict(
        family="chronology: bulleted timeline, each bullet opening with its date and an en dash, under phase sub-headings",
        description="DHR appendix 'Timeline of significant events': bullets under unnumbered phase sub-headings ('Early life and moving to Kelby', 'The relationship'), each opening with a date then an en dash: seasons ('Autumn 2012', 'Spring 2016'), 'Late 2015', '04/09/2016', 'w/c 6 March 2017', a day span 'Between 12 and 18 June 2017', '22 Nov 2017', 'Christmas 2017', 'Mid-January 2018'; a closing pointer to the analysis that is no event.",
        notes="Written by hand before the code read it. One entry per bullet. Seasons start at their first month (Autumn = September, Spring = March); 'Late 2015' is year precision; a day span's start is its first day, its end the last; 'Christmas 2017' is December 2017. The introduction and the closing pointer ('The panel's view of these events is set out in section 6') are not events.",
        review=review("Harrowgate Vale", "DHR", "Mairead", None, "2018-04-09"),
        recommendations=[],
        chronology=[
            ev("Autumn 2012", "2012-09", "Mairead moved to Kelby to work as a teaching assistant"),
            ev("Late 2015", "2015", "She met Callum at a local running club"),
            ev("Spring 2016", "2016-03", "Callum moved into Mairead's flat"),
            ev("04/09/2016", "2016-09-04", "Mairead attended the minor injuries unit with a sprained wrist"),
            ev("w/c 6 March 2017", "2017-03-06", "Her school recorded three days of absence"),
            ev(
                "Between 12 and 18 June 2017",
                "2017-06-12",
                "Mairead stayed with her brother after an argument",
                date_end="2017-06-18",
            ),
            ev("22 Nov 2017", "2017-11-22", "Police attended after a neighbour reported a woman screaming"),
            ev("Christmas 2017", "2017-12", "Mairead told a colleague she was afraid"),
            ev("Mid-January 2018", "2018-01", "An IDVA made three calls to Mairead"),
            ev("9 April 2018", "2018-04-09", "Callum called an ambulance to the flat"),
        ],
    ),
    "chron9_year_headed_what_happened": dict(
        family="chronology: narrative under 'What happened', bare year headings over paragraphs whose dates carry no year",
        description="Non-statutory multi-agency learning review (SAB): 'What happened' tells agency contact year by year under bare year headings '2020', '2021', '2022'; the paragraphs open with year-less dates ('In February', 'On 17 May', 'In early September') or relative ones ('Three days later', 'Later that month', 'Over the autumn'); a 'What we learned' section with learning points and a numbered 'Recommendations' list follow at the same heading level.",
        notes="Written by hand before the code read it. Each paragraph under a year heading is one entry dated in that year; 'Three days later' counts from 17 May 2020; 'Later that month' is March 2021; 'Over the autumn' is kept at year precision (2021). The introduction paragraph and the learning points are not events. Review type is null (a learning review, neither DHR nor SAR).",
        review=review("Thornbury", None, "Gwen", 58, "2022-01-11", author="Ifeoma Castlereagh"),
        recommendations=[
            rec(
                "1",
                "Thornbury Safeguarding Adults Board",
                "Thornbury Safeguarding Adults Board should ask its partners to make sure",
            ),
            rec("2", "Thornbury Housing", "Thornbury Housing should record who answers the door"),
        ],
        chronology=[
            ev("In February", "2020-02", "In February, Gwen's GP recorded that she had lost weight"),
            ev("On 17 May", "2020-05-17", "On 17 May an ambulance crew took Gwen to hospital"),
            ev("Three days later", "2020-05-20", "Three days later she discharged herself", relative=True),
            ev("In early September", "2020-09", "In early September, the housing officer visited"),
            ev("In January", "2021-01", "In January, police were called by a neighbour"),
            ev("On 8 March", "2021-03-08", "On 8 March Gwen told a district nurse"),
            ev(
                "Later that month",
                "2021-03",
                "Later that month the district nurse raised a safeguarding concern",
                relative=True,
            ),
            ev("Over the autumn", "2021", "Over the autumn, Gwen missed four appointments", relative=True),
            ev("On 11 January", "2022-01-11", "On 11 January Gwen was found dead at her flat"),
        ],
    ),
    "chron9_care_treatment_summary": dict(
        family="chronology: numbered dated paragraphs under a mental health homicide review's 'Care and treatment: a summary'",
        description="Joint DHR / independent mental health homicide review: section '2 Care and treatment: a summary' holds numbered paragraphs 2.1-2.5, each one dated event (the date opening the paragraph or within its first sentence); '3 Analysis' has numbered paragraphs that mention the same dates but are findings, not events; numbered recommendations 4.1, 4.2.",
        notes="Written by hand before the code read it. 2.1 is dated by the discharge date inside its first sentence. The analysis paragraphs 3.1-3.3 are not events though they name dates. Recommendation refs are the printed paragraph numbers.",
        review=review("Dunmoor", "joint", "Irene", 71, "2022-02-26"),
        recommendations=[
            rec(
                "4.1",
                "Dunmoor and Fell Mental Health NHS Trust",
                "Dunmoor and Fell Mental Health NHS Trust should offer a carer's assessment",
            ),
            rec("4.2", "Dunmoor Police", "Dunmoor Police should send every domestic abuse notice"),
        ],
        chronology=[
            ev("9 June 2020", "2020-06-09", "Kieran was discharged from a hospital ward", ref="2.1"),
            ev("30 October 2020", "2020-10-30", "On 30 October 2020 Irene rang the team", ref="2.2"),
            ev(
                "March 2021",
                "2021-03",
                "In March 2021 Kieran's care coordinator went on long-term leave",
                ref="2.3",
            ),
            ev(
                "19 December 2021",
                "2021-12-19",
                "Police were called to the house on 19 December 2021",
                ref="2.4",
            ),
            ev(
                "14 February 2022", "2022-02-14", "On 14 February 2022 Irene told a practice nurse", ref="2.5"
            ),
        ],
    ),
    "chron9_background_summary_events": dict(
        family="chronology: a short 'Background and summary of events' of three numbered dated paragraphs",
        description="Short DHR overview: '2. Background and summary of events' holds three numbered paragraphs, each one dated event (one dated by a span 'between October and December 2021' in its first sentence, two opening 'In January 2022', 'In March 2022'); '3. Analysis' names the same dates in findings; numbered recommendations 4.1, 4.2.",
        notes="Written by hand before the code read it. The span 'between October and December 2021' dates 2.1 from October 2021 to December 2021. Analysis paragraphs are not events.",
        review=review("Lowther Bridge", "DHR", "Amara", 29, "2022-06-03"),
        recommendations=[
            rec("4.1", "Lowther Bridge Police", "Lowther Bridge Police should link repeat reports"),
            rec("4.2", "Lowther Bridge Council", "Lowther Bridge Council should ask every applicant"),
        ],
        chronology=[
            ev(
                "between October and December 2021",
                "2021-10",
                "Amara reported Lewis to Lowther Bridge Police three times",
                date_end="2021-12",
                ref="2.1",
            ),
            ev(
                "January 2022",
                "2022-01",
                "In January 2022 Amara asked Lowther Bridge Council for help",
                ref="2.2",
            ),
            ev("March 2022", "2022-03", "In March 2022 Amara told her GP she was frightened", ref="2.3"),
        ],
    ),
    "chron9_comment_analysis_table": dict(
        family="chronology: table 'Date | Agency | Event | Comment/analysis' with a long analysis column",
        description="DHR appendix 'Combined chronology with panel commentary': one table 'Date | Agency | Event | Comment/analysis' whose last column holds long paragraphs of the panel's analysis (longer than the event), so rows break across pages under the repeated header; dates '06/02/2019', a month span 'Oct – Dec 2019', 'Spring 2021'; the last row's comment is a dash.",
        notes="Written by hand before the code read it. One entry per row; text_start from the Event cell, never the Comment/analysis cell. 'Oct – Dec 2019' starts October 2019 and ends December 2019; 'Spring 2021' starts March 2021. The introduction names the date of death and the panel's meeting date and is not an event.",
        review=review("Brackenfold", "DHR", "Lorraine", 63, "2021-09-14"),
        recommendations=[],
        chronology=[
            ev("06/02/2019", "2019-02-06", "Lorraine attended for a blood pressure check with Derek"),
            ev("18/07/2019", "2019-07-18", "A neighbour reported a loud crash and shouting"),
            ev("Oct – Dec 2019", "2019-10", "Four calls from Derek asking for help", date_end="2019-12"),
            ev("25/05/2020", "2020-05-25", "Lorraine assessed and diagnosed with early dementia"),
            ev("03/12/2020", "2020-12-03", "Lorraine rang 999 to say Derek had slapped her"),
            ev(
                "Spring 2021",
                "2021-03",
                "Lorraine's son noticed that Derek had taken charge of her bank card",
            ),
            ev("14/09/2021", "2021-09-14", "Derek rang 999 to say he had killed his wife"),
        ],
    ),
    "chron9_agency_own_tables": dict(
        family="chronology: agency by agency, each agency's own table with its own columns",
        description="DHR appendix 'Chronologies by agency': one unnumbered sub-heading per agency and under each the agency's own table with its own columns and date forms: Police 'Date | Time | Incident' (14/03/2019), GP 'Date of appointment | Seen by | Summary' ('11 Jun 2019', 'Feb 2020 (exact date not recorded)'), domestic abuse service 'Date | Type | Detail' ('23.08.21'), MARAC 'Date | Meeting outcome' with one row (ISO date), children's services 'Date | Contact' ('16th September 2021', 'Late October 2021').",
        notes="Written by hand before the code read it. One entry per table row (10); the entry's text is the event cell (Incident, Summary, Detail, Meeting outcome, Contact), not the time, clinician or type. Each entry's heading is its agency. 'Late October 2021' is October 2021.",
        review=review("Marlow Fen", "DHR", "Bethan", 36, "2021-11-02"),
        recommendations=[],
        chronology=[
            ev(
                "14/03/2019",
                "2019-03-14",
                "Bethan rang to say Rhys had smashed a window",
                heading="Marlow Fen Police",
            ),
            ev(
                "02/08/2020",
                "2020-08-02",
                "A taxi driver reported a man shouting at a woman",
                heading="Marlow Fen Police",
            ),
            ev(
                "11 Jun 2019",
                "2019-06-11",
                "Bethan asked for help with anxiety",
                heading="Fenside Surgery (GP)",
            ),
            ev(
                "Feb 2020 (exact date not recorded)",
                "2020-02",
                "Dressing for a cut to the hand",
                heading="Fenside Surgery (GP)",
            ),
            ev(
                "19 Aug 2021",
                "2021-08-19",
                "Telephone call: Bethan said Rhys checked her phone",
                heading="Fenside Surgery (GP)",
            ),
            ev(
                "23.08.21",
                "2021-08-23",
                "Referral received from the GP and given to an outreach worker",
                heading="Marlow Fen Domestic Abuse Service",
            ),
            ev(
                "26.08.21",
                "2021-08-26",
                "Outreach worker spoke to Bethan; safety plan agreed",
                heading="Marlow Fen Domestic Abuse Service",
            ),
            ev("2021-09-09", "2021-09-09", "Case heard. Actions: alarm fitted", heading="Marlow Fen MARAC"),
            ev(
                "16th September 2021",
                "2021-09-16",
                "Notification from MARAC received",
                heading="Marlow Fen Children's Services",
            ),
            ev(
                "Late October 2021",
                "2021-10",
                "Nursery raised a concern that Bethan's son was withdrawn",
                heading="Marlow Fen Children's Services",
            ),
        ],
    ),
}
for stem, d in DOCS.items():
    for suffix in [""] + (["_layout"] if stem == "chron9_comment_analysis_table" else []):
        name = f"{stem}{suffix}.txt"
        out = {
            "file": name,
            "family": d["family"],
            "description": d["description"]
            + (" Text: pdftotext -layout of the PDF rendering." if suffix else ""),
            "review": d["review"],
        }
        recs = [dict(r, line=line_of(name, r["text_start"])) for r in d["recommendations"]]
        chron = [dict(c, line=line_of(name, c["text_start"])) for c in d["chronology"]]
        out.update(recommendations=recs, actions=[], chronology=chron, notes=d["notes"])
        Path(f"{stem}{suffix}.json").write_text(
            json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8"
        )
