"""Hand-written gold for heldout10a (blind set: four long full reports). Every field below was written by
hand from the documents' meaning; only each record's `line` is looked up in the .txt (first line holding
the start of text_start / action_start; `after` pins a later occurrence). The chronology entries are read
from chron_data.py, the hand-written list build.py prints, with each printed date's reading (normalised
date, relative flag) written by hand there and below. Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares
sys.path.insert(0, str(HERE))

import chron_data as CD  # noqa: E402
from gold_lines import AG, OV, A, C, R, write_gold  # noqa: E402

GOLD = {}


def first_words(text, n=12):
    return " ".join(text.split()[:n])


def line_of(stem, heading):
    """0-based index of the line printing `heading` in the body (not the contents page), for `after`."""
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip() == heading]
    return hits[-1]


# ------------------------------------------------------------------ 1. Marshbury DHR overview (Home Office template)
S1 = "dhr_overview_ho_template_long_marshbury"
MBP = "Safer Marshbury Partnership"
GOLD[S1] = dict(
    family="dhr_overview_home_office_template_long",
    description=(
        "23-page DHR overview report in the Home Office statutory-guidance structure (introduction, terms of "
        "reference, methodology, family involvement, contributors and panel tables, author independence, parallel "
        "reviews, equality, dissemination, background, chronology of dated numbered paragraphs under period "
        "sub-headings, overview, long analysis quoting IMR recommendations in passing, conclusions, lessons, "
        "recommendations: overview 1-5 then single-agency MP1/MP2/MGH1/PS1/SH1/SH2 under agency sub-headings), "
        "Home Office action-plan template appended in landscape (no refs printed; recommendation text in the "
        "first column, merged over two action rows for recommendation 1). Plain pdftotext."
    ),
    review=dict(
        review_id="SMP/DHR/2021/04",
        review_type="DHR",
        area="Marshbury",
        doc_kind="overview_report",
        author="Rosalind Achterberg",
        victims=[{"pseudonym": "Adaeze", "age": 38}],
        date_of_death="2021-09-03",
    ),
    review_alternatives={"area": ["Safer Marshbury Partnership"]},
    recommendations=[
        R(
            "1",
            MBP,
            "The Safer Marshbury Partnership should commission a domestic abuse awareness programme for local employers",
            ["awareness_public"],
        ),
        R(
            "2",
            MBP,
            "The Safer Marshbury Partnership should ask the MARAC steering group to make sure that every victim",
            ["multi_agency_working", "record_keeping"],
        ),
        R(
            "3",
            "NHS Marshbury Integrated Care Board",
            "NHS Marshbury Integrated Care Board should seek assurance that GP practices check for MARAC flags",
            ["quality_assurance", "routine_enquiry"],
        ),
        R(
            "4",
            "Saltmarsh Homes and Marshbury Borough Council",
            "Saltmarsh Homes and Marshbury Borough Council should agree a joint protocol so that housing staff",
            ["information_sharing", "policy_procedure"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider issuing guidance on how perpetrator programmes interrupted",
            ["perpetrators", "policy_procedure"],
            scope="national",
        ),
        R(
            "MP1",
            "Marshbury Police",
            "Marshbury Police should audit attendance at domestic incidents to check that a DASH",
            ["quality_assurance", "risk_assessment"],
            level=AG,
            aliases=[
                "the force audits attendance at domestic incidents to check that DASH is completed in every case"
            ],
        ),
        R(
            "MP2",
            "Marshbury Police",
            "Marshbury Police should make sure that calls reporting screaming or a possible assault",
            ["quality_assurance", "risk_assessment"],
            level=AG,
        ),
        R(
            "MGH1",
            "Marshbury General Hospital NHS Trust",
            "The Trust should make the routine enquiry question on the Emergency Department triage form mandatory",
            ["routine_enquiry"],
            level=AG,
            after=line_of(S1, "19.2 Single agency recommendations"),
            aliases=["the Trust should make the routine enquiry question on the triage form mandatory"],
        ),
        R(
            "PS1",
            "Probation Service",
            "Any community order ending with an incomplete accredited programme must be reviewed",
            ["perpetrators", "quality_assurance"],
            level=AG,
            aliases=[
                "any order ending with an incomplete programme must be reviewed by a senior probation officer"
            ],
        ),
        R(
            "SH1",
            "Saltmarsh Homes",
            "Saltmarsh Homes should train repairs staff to recognise signs of domestic abuse",
            ["training"],
            level=AG,
            aliases=["repairs staff should receive training to recognise signs of domestic abuse"],
        ),
        R(
            "SH2",
            "Saltmarsh Homes",
            "Saltmarsh Homes should record noise complaints in a way that allows repeat reports",
            ["record_keeping"],
            level=AG,
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Commission an employers' toolkit and briefing sessions through the specialist service",
            MBP,
            "March 2024",
            "2024-03",
            "Ongoing",
            "in_progress",
        ),
        A(None, OV, "1", "Run two employer briefings a year", MBP, "Annual", None, None, "unknown"),
        A(
            None,
            OV,
            "2",
            "Add outcome letters to the MARAC operating protocol and audit a sample quarterly",
            "MARAC Steering Group",
            "31/12/2023",
            "2023-12-31",
            "Completed 14/12/2023 – audit shows 92% of victims informed",
            "complete",
        ),
        A(
            None,
            OV,
            "3",
            "Practice audit of MARAC flags and routine enquiry in 10 practices",
            "NHS Marshbury ICB",
            "Q2 2024/25",
            "2024",
            "In progress",
            "in_progress",
        ),
        A(
            None,
            OV,
            "4",
            "Draft and sign a joint housing domestic abuse information sharing protocol",
            "Saltmarsh Homes",
            "June 2024",
            "2024-06",
            "Not started",
            "not_started",
        ),
        A(
            None,
            OV,
            "5",
            "Chair to write to the Home Office enclosing the report",
            MBP,
            "On publication",
            None,
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "MP1",
            "Quarterly dip sample of domestic incident logs",
            "Marshbury Police",
            "Sept 2023",
            "2023-09",
            "Complete – findings to the DA Board",
            "complete",
        ),
        A(
            None,
            OV,
            "MP2",
            "Change control room closing codes for domestic calls",
            "Marshbury Police",
            "Dec 2023",
            "2023-12",
            "Overdue",
            "in_progress",
        ),
        A(
            None,
            OV,
            "MGH1",
            "Update the electronic triage form",
            "Marshbury General Hospital NHS Trust",
            "01/04/2024",
            "2024-04-01",
            "On track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "PS1",
            "Add a management review step to the order termination checklist",
            "Probation Service",
            "Jan-24",
            "2024-01",
            "Completed January 2024",
            "complete",
        ),
        A(
            None,
            OV,
            "SH1",
            "E-learning module for all operatives",
            "Saltmarsh Homes",
            "Mar-24",
            "2024-03",
            "78% of operatives trained – ongoing",
            "in_progress",
        ),
        A(
            None,
            OV,
            "SH2",
            "Configure the case management system to link complaints by address",
            "Saltmarsh Homes",
            "Sept 2024",
            "2024-09",
            "Not yet started",
            "not_started",
        ),
    ],
    chronology=[C(ref, sub, raw, d, first_words(text)) for ref, sub, raw, d, text in CD.MARSHBURY],
    notes=(
        "Recommendations: the report's own Section 19 decides. 19.1 overview recommendations 1-5 (5 is to the Home "
        "Office: scope national); 19.2 single-agency recommendations 'endorsed' by the panel, refs as printed "
        "(MP1, MP2, MGH1, PS1, SH1, SH2), level agency. IMR recommendations quoted in passing in the Section 16 "
        "analysis are NOT separate records: where Section 19.2 carries them (police audit 16.1.x, ED triage 16.2.x, "
        "probation review 16.4.x, Saltmarsh repairs training 16.7.x) the analysis wording is an alias of that "
        "record; the GP practice IMR's new-patient questionnaire recommendation (16.2.x) is explicitly NOT carried "
        "forward (already done) and the IDVA IMR's suggestion (16.3.x) is 'taken up' in overview recommendation 2, "
        "so neither is a record. Section 18 'Lessons to be learned' (uses 'should') are not recommendations. The "
        "plan's Recommendation column repeats the full text (not a new record). Actions: the Home Office template "
        "prints no action refs, so ref is None and recommendation_ref is the recommendation whose text is in the "
        "row (recommendation 1's cell is merged over two action rows). Status from 'Date of completion and "
        "Outcome': blank -> unknown; 'Overdue' -> in_progress (open, past its date); '78% trained – ongoing' -> "
        "in_progress. Target 'Q2 2024/25' -> year precision 2024; 'Annual' and 'On publication' -> none. "
        "Chronology: Section 14's dated numbered paragraphs only (14.x.y under period sub-headings, heading = the "
        "sub-heading); the two unnumbered commentary paragraphs inside it carry no date and are not entries; dated "
        "events mentioned in the analysis, background, timescales (notification 6 September 2021 etc.) are not "
        "chronology records. 'Autumn 2014' -> year 2014; 'Late August 2021' -> 2021-08. Date of death from the "
        "chronology (3 September 2021; cover says only 'in September 2021')."
    ),
)

# ------------------------------------------------------------------ 2. Fenwick Vale SAR
S2 = "sar_themes_board_should_footnotes_fenwick"
SAB = "Fenwick Vale Safeguarding Adults Board"
GOLD[S2] = dict(
    family="sar_themes_board_should_restated_list",
    description=(
        "18-page SAR: review id only in the footer ('FVSAB SAR 2023-02 | Final report | Page N'), running head, "
        "cover label/value table ('Lead reviewer', date of death), footnotes printed as small text, a short "
        "'Date | Agency | Contact' chronology table (dd/mm/yyyy, 'Feb–Apr 2022', 'August 2022'), key practice "
        "episodes, five themes each with a shaded 'Finding:' box and 'Recommendation N' + 'The SAB should…' "
        "paragraphs, the same seven recommendations restated word for word as a numbered list '1.'-'7.' in "
        "Section 9. Plain pdftotext."
    ),
    review=dict(
        review_id="FVSAB SAR 2023-02",
        review_type="SAR",
        area="Fenwick Vale",
        doc_kind="overview_report",
        author="Imogen Saltash",
        victims=[{"pseudonym": "Harold", "age": 84}],
        date_of_death="2022-12-11",
    ),
    review_alternatives={"area": [SAB], "author": ["Dr Imogen Saltash"]},
    recommendations=[
        R(
            "1",
            SAB,
            "The SAB should seek assurance from partner agencies that their staff use the Board's self-neglect",
            ["quality_assurance", "policy_procedure", "routine_enquiry"],
        ),
        R(
            "2",
            SAB,
            "The SAB should commission multi-agency training on the assessment of executive capacity",
            ["training"],
        ),
        R(
            "3",
            SAB,
            "The SAB should ask Fenwick Vale Council to audit a sample of Care Act assessments",
            ["quality_assurance", "record_keeping"],
        ),
        R(
            "4",
            SAB,
            "The SAB should work with the Community Safety Partnership to produce practice guidance on abuse",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "5",
            SAB,
            "The SAB should seek assurance from Fenwick Vale Hospitals NHS Trust that discharge planning",
            ["quality_assurance", "information_sharing"],
        ),
        R(
            "6",
            SAB,
            "The SAB should ask commissioners to amend home care contracts so that two consecutive missed visits",
            ["policy_procedure"],
        ),
        R(
            "7",
            SAB,
            "The SAB should review the operation of its escalation and professional challenge policy",
            ["policy_procedure", "multi_agency_working"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, raw, d, first_words(text), date_end=("2022-04" if raw.startswith("Feb") else None))
        for _r, _h, raw, d, _agency, text in CD.FENWICK
    ],
    notes=(
        "Seven recommendations, each printed once under its theme in Section 6 ('Recommendation N' label then 'The "
        "SAB should…') and restated word for word in the Section 9 numbered list (1.-7.): one record each, line = the "
        "Section 6 occurrence; the restatement is identical so no alias wording is added. All are to the SAB "
        "(agency = the Board, even where the SAB is to ask another body to act). The shaded 'Finding:' boxes and "
        "reflective analysis are not recommendations. No action plan. Chronology: the 14 rows of the Section 4 "
        "'Date | Agency | Contact' table only (text_start = the Contact cell); the Section 5 practice-episode "
        "paragraphs are analysis, not chronology. 'Feb–Apr 2022' -> 2022-02 with date_end 2022-04; 'August "
        "2022' month precision. Review id only in the footer; 'Lead reviewer' is the author; date of death on the "
        "cover table; age 84 from 1.1. Footnote marks are glued to paragraph ends by pdftotext ('were met1')."
    ),
)

# ------------------------------------------------------------------ 3. Westmere DARDR (suicide)
S3 = "dardr_suicide_national_local_rag_tracker_westmere"
W3 = line_of(S3, "12. National recommendations")
WCSP = "Westmere Community Safety Partnership"
GOLD[S3] = dict(
    family="dardr_suicide_national_local_rag_tracker",
    description=(
        "19-page Domestic Abuse Related Death Review after a suicide: cover with 'Report author' and reference; "
        "executive summary restating all nine recommendations as 'N1.'…'L6.' paragraphs; 'Niamh's story' as "
        "dated narrative under year sub-headings with relative dates ('Three weeks later', 'The following day', "
        "'Six weeks later'); date of death only in that body prose; analysis mentioning recommendations by ref; "
        "learning points; national recommendations to government departments (N1-N3) and local ones (L1-L6) as "
        "'Recommendation N1 (Home Office)' headings; landscape RAG tracker 'Ref | Recommendation | Action | Lead "
        "| Target | Update | RAG' with shaded RAG cells and one recommendation over two rows. pdftotext -layout."
    ),
    review=dict(
        review_id="WCSP/DARDR/2023/01",
        review_type="DHR",
        area="Westmere",
        doc_kind="overview_report",
        author="Tobias Wren-Halloran",
        victims=[{"pseudonym": "Niamh", "age": 33}],
        date_of_death="2022-11-17",
    ),
    review_alternatives={"area": [WCSP], "review_type": ["DARDR"]},
    recommendations=[
        R(
            "N1",
            "Home Office",
            "The Home Office should publish guidance on reviewing deaths by suicide following domestic abuse",
            ["policy_procedure", "quality_assurance"],
            scope="national",
            after=W3,
            aliases=["Guidance on reviewing deaths by suicide (Home Office)"],
        ),
        R(
            "N2",
            "Department for Work and Pensions",
            "The Department for Work and Pensions should make it possible for a joint Universal Credit claimant",
            ["other"],
            scope="national",
            after=W3,
            aliases=["Split payment requests online (DWP)"],
        ),
        R(
            "N3",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should require NHS mental health crisis services to ask",
            ["mental_health", "routine_enquiry", "record_keeping"],
            scope="national",
            after=W3,
            aliases=["Crisis services to ask about domestic abuse (DHSC)"],
        ),
        R(
            "L1",
            "Westmere Police",
            "Westmere Police should ensure that calls reporting a person screaming are not closed",
            ["risk_assessment"],
            after=W3,
            aliases=["Screaming calls not closed without enquiry"],
        ),
        R(
            "L2",
            "Westmere Police",
            "Westmere Police should stop sending standard-risk letters to a shared address",
            ["policy_procedure"],
            after=W3,
            aliases=["Safe contact method agreed at the scene"],
        ),
        R(
            "L3",
            "Westmere Talking Therapies and NHS Westmere Mental Health Trust",
            "Westmere Talking Therapies and NHS Westmere Mental Health Trust should review their discharge",
            ["mental_health", "policy_procedure"],
            after=W3,
            aliases=["Discharge after non-attendance"],
        ),
        R(
            "L4",
            "Westmere Borough Council",
            "Westmere Borough Council should review its housing decision in domestic abuse cases",
            ["other", "policy_procedure"],
            after=W3,
            aliases=["Housing decision letters"],
        ),
        R(
            "L5",
            "Westmere Women's Aid",
            "Westmere Women's Aid should not close high-risk cases after unanswered calls",
            ["specialist_support", "multi_agency_working", "risk_assessment"],
            after=W3,
            aliases=["High-risk case closure"],
        ),
        R(
            "L6",
            WCSP,
            "Westmere Community Safety Partnership should work with the suicide prevention partnership",
            ["mental_health", "multi_agency_working"],
            after=W3,
            aliases=["Suicide prevention strategy"],
        ),
    ],
    actions=[
        A(
            "N1",
            OV,
            "N1",
            "Chair writes to the Home Office enclosing the report",
            "CSP Manager",
            "Mar 2024",
            "2024-03",
            "Amber",
            "in_progress",
        ),
        A(
            "N2",
            OV,
            "N2",
            "Refer to DWP national policy team via partnership manager",
            "DWP Partnership Manager",
            "Mar 2024",
            "2024-03",
            "Red",
            "not_started",
        ),
        A(
            "N3",
            OV,
            "N3",
            "Letter to DHSC and to the regional mental health lead",
            "CSP Manager",
            "Mar 2024",
            "2024-03",
            "Amber",
            "in_progress",
        ),
        A(
            "L1",
            OV,
            "L1",
            "Amend control room closure codes",
            "Westmere Police",
            "30/06/2024",
            "2024-06-30",
            "Green",
            "complete",
        ),
        A(
            "L2",
            OV,
            "L2",
            "Replace standard-risk letters with a text and call",
            "Westmere Police",
            "30/09/2024",
            "2024-09-30",
            "Amber",
            "in_progress",
        ),
        A(
            "L3",
            OV,
            "L3",
            "Revise the DNA policy in both services",
            "NHS Westmere Mental Health Trust",
            "Dec 2024",
            "2024-12",
            "Green",
            "complete",
        ),
        A(
            "L3",
            OV,
            "L3",
            "Audit 20 discharges after the change",
            "NHS Westmere Mental Health Trust",
            "Jun 2025",
            "2025-06",
            "Red",
            "not_started",
        ),
        A(
            "L4",
            OV,
            "L4",
            "Change correspondence template and case system flag",
            "Westmere Borough Council",
            "Sep 2024",
            "2024-09",
            "Green",
            "complete",
        ),
        A(
            "L5",
            OV,
            "L5",
            "Closure to require MARAC coordinator agreement",
            "Westmere Women's Aid",
            "Jun 2024",
            "2024-06",
            "Green",
            "complete",
        ),
        A(
            "L6",
            OV,
            "L6",
            "Add domestic abuse to the strategy refresh",
            "Westmere Public Health",
            "Q4 2024/25",
            "2025",
            "Amber",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "Nine recommendations, refs as printed (N1-N3 national, to government departments: scope national; L1-L6 "
        "local). Each is printed three times: the executive summary list (same wording), the Part Four headed "
        "paragraphs 'Recommendation N1 (Home Office)' (line = this occurrence) and the tracker's short "
        "Recommendation cell (kept as an alias). Analysis 6.6/7.6 naming 'Recommendation L3'/'N2' and 'Learning "
        "point:' lines are not records. Agency = the addressee in brackets. Review type: a DARDR is the renamed "
        "DHR (gold DHR, DARDR accepted). Tracker: one action per row; L3's Ref and Recommendation cells are merged "
        "over two rows, so both actions carry ref L3. status_raw = the RAG word; key Green = complete, Amber = in "
        "progress, Red = 'not started or off track' -> not_started (N2's referral was made but the department "
        "declined: Red, recorded as not_started by the key's reading). 'Q4 2024/25' -> year 2025 (Jan-Mar 2025). "
        "The Update column ('Complete', 'Done', 'Not yet due') is progress text, not the status. Chronology: Part "
        "Two 'Niamh's story' is the chronology (narrative paragraphs under year sub-headings; heading = the "
        "sub-heading); date_raw drops the leading 'In'/'On'; relative dates resolved by hand: 'Three weeks later' "
        "(after March 2019) -> 2019-04, 'The following day' -> 2019-07-03, 'Two days later' -> 2020-04-16, 'Ten "
        "days later' -> 2021-05-27, 'Six weeks later' (after 4 July 2022) -> 2022-08-15; 'the summer of 2018' -> "
        "2018; 'early November 2022' -> 2022-11. The commentary paragraphs interleaved with the story carry no "
        "date and are not entries; dates in the analysis are not chronology. Date of death appears only in the "
        "body ('On 17 November 2022 Niamh was found dead'); age 33 from the executive summary."
    ),
)
RELATIVE = {
    "Three weeks later": "2019-04",
    "The following day": "2019-07-03",
    "Two days later": "2020-04-16",
    "Ten days later": "2021-05-27",
    "Six weeks later": "2022-08-15",
}
for _r, sub, raw, d, text in CD.WESTMERE:
    rel = d is None
    printed = raw[3:] if raw.startswith(("In ", "On ")) else raw
    GOLD[S3]["chronology"].append(
        C(None, sub, printed, RELATIVE[raw] if rel else d, first_words(text), relative=rel)
    )

# ------------------------------------------------------------------ 4. Cranmore DHR, exec summary + overview (2013)
S4 = "dhr_exec_summary_and_overview_2013_agency_table_cranmore"
W4 = line_of(S4, "9. Overview recommendations")
CCSP = "Cranmore Community Safety Partnership"
POL = "Cranmore Constabulary"
CSC = "Cranmore Children's Social Care"


def OR(ref, agency, text_start, themes, alias, scope="local"):
    return R(ref, agency, text_start, themes, scope=scope, after=W4, aliases=[alias])


GOLD[S4] = dict(
    family="dhr_exec_summary_and_overview_older_agency_table",
    description=(
        "18-page older-style (2013) DHR: executive summary and overview report in one file; cover label table "
        "'Review Panel Chair' and 'Overview Author' (different people); review id only in the footer; "
        "recommendations 1-12 (four with lettered sub-items (a)(b) under a lead-in 'X should:') restated in the "
        "executive summary as 'Recommendation N:'; IMR recommendations as an 'Agency | Recommendation' table "
        "with the police agency cell merged over two rows and no refs; chronology as 'date – event' paragraphs "
        "with ordinal dates; landscape action plan 'No. | Recommendation | Action | Lead officer | Timescale | "
        "Outcome' with status words in Outcome. Plain pdftotext."
    ),
    review=dict(
        review_id="Cranmore DHR 02/2012",
        review_type="DHR",
        area="Cranmore",
        doc_kind="overview_report",
        author="Meredith Coyle",
        victims=[{"pseudonym": "Patricia", "age": 54}],
        date_of_death="2012-05-22",
    ),
    review_alternatives={"area": [CCSP]},
    recommendations=[
        OR(
            "1",
            CCSP,
            "Cranmore Community Safety Partnership should ensure that the Cranmore Domestic Abuse Forum reviews",
            ["training", "multi_agency_working"],
            "Training offer on coercive control",
        ),
        OR(
            "2(a)",
            POL,
            "ensure that officers attending domestic incidents where children are present complete a referral",
            ["children", "information_sharing"],
            "Child referrals from domestic incidents",
        ),
        OR(
            "2(b)",
            POL,
            "review how bail conditions are monitored in domestic abuse cases and how victims are told",
            ["perpetrators", "policy_procedure"],
            "Bail monitoring",
        ),
        OR(
            "3",
            "Crown Prosecution Service",
            "The Crown Prosecution Service should review the case with the Cranmore Specialist",
            ["quality_assurance", "perpetrators"],
            "CPS review",
        ),
        OR(
            "4(a)",
            "Cranmore Primary Care Trust",
            "remind GPs of the guidance on asking about domestic violence when patients present",
            ["routine_enquiry"],
            "GP guidance",
        ),
        OR(
            "4(b)",
            "Cranmore Primary Care Trust",
            "arrange domestic abuse training for practice nurses",
            ["training"],
            "Practice nurse training",
        ),
        OR(
            "5",
            "MARAC Steering Group",
            "The MARAC Steering Group should ensure that, where a MARAC case is discontinued",
            ["multi_agency_working", "policy_procedure"],
            "Discontinued MARAC cases",
        ),
        OR(
            "6",
            "Cranmore Domestic Abuse Helpline",
            "The Cranmore Domestic Abuse Helpline should follow up cancelled outreach",
            ["specialist_support"],
            "Follow-up of cancelled appointments",
        ),
        OR(
            "7",
            "Cranmore Community Alcohol Team",
            "Cranmore Community Alcohol Team should ask all clients about domestic abuse",
            ["substance_misuse", "routine_enquiry"],
            "Alcohol team enquiry",
        ),
        OR(
            "8",
            "Cranmore Homes",
            "Cranmore Homes should record MARAC actions on its tenancy system and confirm",
            ["record_keeping", "multi_agency_working"],
            "MARAC actions on tenancy system",
        ),
        OR(
            "9",
            CCSP,
            "The Partnership should publicise to friends and families how to get help",
            ["awareness_public"],
            "Friends and family publicity",
        ),
        OR(
            "10(a)",
            CSC,
            "review the closure of the 2008 referral against current practice standards",
            ["children", "quality_assurance"],
            "Review of 2008 closure",
        ),
        OR(
            "10(b)",
            CSC,
            "ensure assessments consider the risk posed by a parent who leaves and may return",
            ["children", "risk_assessment"],
            "Assessment of returning parent",
        ),
        OR(
            "11",
            CCSP,
            "The Partnership should monitor the action plan through the Domestic Abuse Forum",
            ["quality_assurance"],
            "Monitoring",
        ),
        OR(
            "12",
            "Home Office",
            "The Home Office should consider how the learning from this review about discontinued",
            ["policy_procedure"],
            "National learning",
            scope="national",
        ),
        R(
            None,
            POL,
            "Officers to complete child referrals on the same shift as the incident",
            ["children", "information_sharing"],
            level=AG,
        ),
        R(
            None,
            POL,
            "Domestic abuse unit to review all discontinued high-risk cases within seven days",
            ["risk_assessment", "quality_assurance"],
            level=AG,
        ),
        R(
            None,
            "Cranmore PCT",
            "Practices to add a domestic abuse prompt to the injury consultation template",
            ["routine_enquiry", "record_keeping"],
            level=AG,
        ),
        R(
            None,
            "Cranmore Domestic Abuse Helpline",
            "Cancelled appointments to be followed up by a senior worker",
            ["specialist_support"],
            level=AG,
        ),
        R(
            None,
            "Cranmore Community Alcohol Team",
            "Non-attendance by clients with a DV history to be notified to the referrer",
            ["substance_misuse", "information_sharing"],
            level=AG,
        ),
        R(
            None,
            "Cranmore Homes",
            "Housing officers to attend domestic abuse awareness training",
            ["training"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "DA Forum to review the multi-agency training programme",
            "DA Forum Chair",
            "April 2014",
            "2014-04",
            "Completed",
            "complete",
        ),
        A(
            "2(a)",
            OV,
            "2(a)",
            "Policy reissued; compliance audit",
            "DCI Public Protection",
            "31/01/2014",
            "2014-01-31",
            "Completed",
            "complete",
        ),
        A(
            "2(b)",
            OV,
            "2(b)",
            "Bail conditions to be diarised and victims informed",
            "DCI Public Protection",
            "31/03/2014",
            "2014-03-31",
            "Partially achieved",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Joint case review with SDVC steering group",
            "CPS Area Manager",
            "March 2014",
            "2014-03",
            "Completed",
            "complete",
        ),
        A(
            "4(a)",
            OV,
            "4(a)",
            "Reminder issued through PCT bulletin",
            "Named GP Safeguarding",
            "Dec 2013",
            "2013-12",
            "Completed",
            "complete",
        ),
        A(
            "4(b)",
            OV,
            "4(b)",
            "Two training sessions to be held",
            "Named Nurse",
            "June 2014",
            "2014-06",
            "Ongoing",
            "in_progress",
        ),
        A(
            "5",
            OV,
            "5",
            "MARAC protocol amended",
            "MARAC Coordinator",
            "Feb 2014",
            "2014-02",
            "Completed",
            "complete",
        ),
        A(
            "6",
            OV,
            "6",
            "Procedure amended; monthly check",
            "Helpline Manager",
            "Jan 2014",
            "2014-01",
            "Completed",
            "complete",
        ),
        A(
            "7",
            OV,
            "7",
            "Screening tool amended",
            "CAT Team Leader",
            "March 2014",
            "2014-03",
            "Not yet started",
            "not_started",
        ),
        A(
            "8",
            OV,
            "8",
            "System change",
            "Cranmore Homes Housing Manager",
            "September 2014",
            "2014-09",
            "Ongoing",
            "in_progress",
        ),
        A(
            "9",
            OV,
            "9",
            "Campaign during 16 Days of Action",
            "CSP Coordinator",
            "November 2014",
            "2014-11",
            "Ongoing",
            "in_progress",
        ),
        A(
            "10(a)",
            OV,
            "10(a)",
            "Case audit",
            "Head of Children's Safeguarding",
            "Jan 2014",
            "2014-01",
            "Completed",
            "complete",
        ),
        A(
            "10(b)",
            OV,
            "10(b)",
            "Practice guidance issued",
            "Head of Children's Safeguarding",
            "April 2014",
            "2014-04",
            "Partially achieved",
            "in_progress",
        ),
        A(
            "11",
            OV,
            "11",
            "Six-monthly reports to the DA Forum",
            "CSP Manager",
            "Six-monthly",
            None,
            "Ongoing",
            "in_progress",
        ),
        A(
            "12",
            OV,
            "12",
            "Letter to the Home Office",
            "CSP Manager",
            "On publication",
            None,
            "Completed",
            "complete",
        ),
    ],
    chronology=[
        C(None, None, raw, d, first_words(text.split(" – ", 1)[1])) for _r, _h, raw, d, text in CD.CRANMORE
    ],
    notes=(
        "Overview recommendations 1-12 (Part Two section 9; line = that occurrence; the executive summary's "
        "'Recommendation N:' list repeats the same wording). Where a recommendation is only a lead-in 'X should:' "
        "followed by lettered sub-items, each sub-item is the record (refs 2(a), 2(b), 4(a), 4(b), 10(a), 10(b), "
        "matching the plan's No. column) and the lead-in gives the agency; 15 overview records. The plan's short "
        "Recommendation cell is kept as an alias. Recommendation 12 is to the Home Office (scope national). "
        "Section 8's 'Agency | Recommendation' IMR table: six single-agency recommendations 'accepted' by the "
        "panel, level agency, no ref printed (ref None), agency from the Agency cell (merged over the two police "
        "rows). Paragraph 6.8a's mention of the police IMR is not a separate record. Action plan: one action per "
        "row, ref = No. as printed; status from 'Outcome': Completed -> complete, Ongoing / Partially achieved -> "
        "in_progress, Not yet started -> not_started; 'Six-monthly' and 'On publication' -> no target date. "
        "Chronology: Section 5's 'date – event' paragraphs only (text_start after the dash); '1998' year "
        "precision; ordinal dates ('12th March 2008'). Author = the Overview Author (Meredith Coyle), not the "
        "Panel Chair (Alan Guthrie). Review id only in the footer. doc_kind overview_report (the file holds the "
        "full overview report as Part Two). Date of death in the title and 1.1; age 54 from 1.1."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
