"""Hand-written gold for heldout37 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from build import S1, S2, S3, S4, S5  # noqa: E402
from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# Targets as printed -> the date a reader files them under: "30 Nov 2025" a day; "Sept 2025", "December 2025"
# a month; a school term ("Spring term 2026") only its year.
TARGETS = {
    "30 Nov 2025": "2025-11-30",
    "31 Mar 2026": "2026-03-31",
    "31 Oct 2025": "2025-10-31",
    "31 Jan 2026": "2026-01-31",
    "30 Jun 2026": "2026-06-30",
    "Sept 2025": "2025-09",
    "Dec 2025": "2025-12",
    "Oct 2025": "2025-10",
    "Mar 2026": "2026-03",
    "June 2026": "2026-06",
    "Nov 2025": "2025-11",
    "Apr 2026": "2026-04",
    "Spring term 2026": "2026",
    "Summer term 2026": "2026",
    "December 2025": "2025-12",
    "November 2025": "2025-11",
}
# Kellowby: the status is the header of the column holding the X. Cradleigh's ratings key: Fully met finished,
# Partly met started, Not met no evidence of a start. Wintersett's key: Delivered / In delivery / Scheduled.
STATUS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Fully met": "complete",
    "Partly met": "in_progress",
    "Not met": "not_started",
    "Delivered": "complete",
    "In delivery": "in_progress",
    "Scheduled": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. Probation SFO review summary with an X-marked response plan
GOLD[S1] = dict(
    family="probation_sfo_summary_x_marked_status_columns",
    description=(
        "Published summary of a probation Serious Further Offence review, Nimbus Sans 10, 2 pages (page 2 "
        "landscape), running head 'OFFICIAL | Serious Further Offence Review — published summary', footer "
        "'Probation Service • Kellowby • N': a label/value facts table (Offence, Probation region, Review completed "
        "by, Date of summary), Background and findings paragraphs, 'Areas of good practice' bullets, three "
        "recommendations numbered '[1]'-'[3]' as hanging paragraphs, an italic note; page 2 'Response and progress', "
        "a key line, one table with a two-row header Rec | Action | Responsible | Completion by | 'Progress at 31 "
        "October 2025' merged over three columns Not started | In progress | Complete; the status is an 'X' in one of "
        "the three columns; Rec merged down over its actions; targets 'd Mon yyyy'; a closing reporting line"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area="Kellowby",
        doc_kind="executive_summary",
        author="Ottilie Brannigan-Fosu",
        victims=[{"pseudonym": "Ms Q", "age": 39}],
        date_of_death="2024-02-04",
    ),
    review_alternatives={"area": ["North Downs and Kellowby"]},
    recommendations=[
        R(
            "1",
            "Kellowby probation delivery unit",
            "The Kellowby probation delivery unit should make sure that when a person",
            ["information_sharing", "risk_assessment", "perpetrators"],
        ),
        R(
            "2",
            None,
            "Senior probation officers should check, at each three-monthly case review",
            ["risk_assessment", "perpetrators", "quality_assurance"],
        ),
        R(
            "3",
            None,
            "The region should agree with the electronic monitoring provider",
            ["information_sharing", "perpetrators"],
            scope="regional",
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Address check form changed so that a police",
            "Head of Kellowby PDU",
            "30 Nov 2025",
            "Complete",
        ),
        _a(
            None,
            "1",
            "Audit of twenty release cases",
            "Quality Development Officer",
            "31 Mar 2026",
            "In progress",
        ),
        _a(
            None,
            "2",
            "Case review template amended with a question",
            "Senior Probation Officer lead for risk",
            "31 Oct 2025",
            "Complete",
        ),
        _a(
            None,
            "2",
            "Team briefings on the amended template",
            "Head of Kellowby PDU",
            "31 Jan 2026",
            "In progress",
        ),
        _a(
            None,
            "3",
            "Regional discussion with the monitoring provider",
            "Regional Head of Public Protection",
            "30 Jun 2026",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A published probation SFO review summary: review_type null (the schema has no type for a "
        "probation review; it is not a DHR although the victim was a former partner), doc_kind executive_summary, no "
        "review id, author the reviewer of the facts table, Ms Q 39 killed 4 February 2024, area Kellowby (or the "
        "region as printed). Recommendations [1]-[3], ref the number in brackets; 1 to the Kellowby PDU, 2 to a role "
        "(agency null), 3 'The region' (agency null, scope regional: the text says the region acts across it). The "
        "good-practice bullets, the findings and the note are not records. Actions: the five plan rows, no action "
        "ref, recommendation_ref the merged Rec cell, lead Responsible, target d Mon yyyy -> day; status the header "
        "of the column holding the X (Not started / In progress / Complete -> not_started / in_progress / complete). "
        "In the plain text export the X marks fall after the table, away from their rows: the gold follows the "
        "document, not the export."
    ),
)

# --------- 2. SAR after a house-fire death: Year column merged down, "Same day", (a)-(d)
S_ASP = "Ashenmoss Safeguarding Adults Partnership"
GOLD[S2] = dict(
    family="sar_fire_death_year_merged_chronology_lettered_recs",
    description=(
        "SAR report after a death in a house fire, P052 10.5, 2 pages, running head 'Ashenmoss Safeguarding Adults "
        "Partnership — SAR 'Mrs W'', footer 'Page N of 2': opening paragraph, numbered section headings, a combined "
        "chronology table Year | Date | Agency | What happened whose Year cell is merged down over each year's rows and "
        "whose Date cells are day and short month only ('9 Feb'), one 'Same day' row; a source line; analysis; a "
        "shaded 'Reflective questions for practitioners' box numbered 1-3 (not recommendations); recommendations "
        "'(a)'-'(d)' as hanging paragraphs, (b)-(d) on page 2; a closing reviewer line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Ashenmoss",
        doc_kind="overview_report",
        author="Rosalind Achterberg-Lowe",
        victims=[{"pseudonym": "Mrs W", "age": 80}],
        date_of_death="2023-01-30",
    ),
    review_alternatives={"area": [S_ASP]},
    recommendations=[
        R(
            "a",
            "Ashenmoss Fire and Rescue",
            "Ashenmoss Fire and Rescue should follow up every unanswered",
            ["risk_assessment", "other"],
        ),
        R(
            "b",
            "Adult Social Care",
            "Adult Social Care should make sure that a report of fire risk",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "c",
            "Integrated Care Board",
            "The Integrated Care Board should ask GP practices and community nursing",
            ["information_sharing"],
        ),
        R(
            "d",
            S_ASP,
            "The Partnership should publish a one-page guide",
            ["policy_procedure", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "9 Feb", "2021-02-09", "Mrs W, then 78, told the practice nurse"),
        C(None, None, "22 Jul", "2021-07-22", "A home fire safety visit was offered by letter"),
        C(None, None, "3 Mar", "2022-03-03", "A neighbour reported that Mrs W was smoking in bed"),
        C(None, None, "Same day", "2022-03-03", "The duty worker closed the contact", relative=True),
        C(None, None, "14 Nov", "2022-11-14", "A district nurse dressed a burn"),
        C(None, None, "6 Jan", "2023-01-06", "Crews attended a small kitchen fire"),
        C(None, None, "30 Jan", "2023-01-30", "Mrs W died in a fire that started"),
    ],
    notes=(
        "plain pdftotext. A SAR report: review_type SAR, doc_kind overview_report, no review id, author the "
        "independent reviewer (opening paragraph and closing line), Mrs W 80, died 30 January 2023, area Ashenmoss "
        "(or the Partnership). Recommendations (a)-(d), ref the letter without brackets; (d) 'The Partnership' is "
        "the Ashenmoss SAP; all local. The reflective questions 1-3 are not recommendations. Chronology: the seven "
        "table rows, the year from the merged Year cell (2021 two rows, 2022 three, 2023 two), date_raw the Date "
        "cell as printed; 'Same day' is the day of the row above (2022-03-03), marked relative. In the plain text "
        "export the merged year cells 2022 and 2023 fall after the table: the gold follows the document."
    ),
)

# --------- 3. DHR implementation plan: ref last, assurance ratings, split row
S_CSP = "Cradleigh Community Safety Partnership"
GOLD[S3] = dict(
    family="dhr_implementation_plan_ref_last_assurance_ratings",
    description=(
        "Standalone DHR implementation plan and assurance report, DejaVu Serif 9.5, portrait, 2 pages, running head "
        "'Cradleigh CSP · DHR 'Ruth' · Implementation plan · RESTRICTED', footer 'N | Cradleigh CSP': opening "
        "paragraph, a 'How this plan was put together' paragraph, an Assurance Group label/value table, an "
        "'Assurance ratings' key table; one table Action | Lead | Due | Evidence seen | Assurance rating | Ref with "
        "the action ref '1.1' in the LAST column, a shaded full-width band row 'Recommendation N: <text>' above each "
        "group, Due 'Sept 2025' / 'Dec 2025' (wrapping), ratings Fully met / Partly met / Not met; action 2.2's long "
        "Action cell is split over the page break (its other cells on page 1), header repeated; a bold count line "
        "and a closing paragraph naming actions 2.2 and 2.3"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Cradleigh",
        doc_kind="action_plan",
        author="Desmond Okonjo-Pryce",
        victims=[{"pseudonym": "Ruth", "age": 52}],
        date_of_death="2023-08-19",
    ),
    review_alternatives={"area": [S_CSP]},
    recommendations=[
        R(
            "1",
            "Cradleigh Housing",
            "Cradleigh Housing should record on each tenancy file",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "2",
            S_CSP,
            "All agencies in the Cradleigh Community Safety Partnership should use the same",
            ["risk_assessment", "information_sharing", "multi_agency_working"],
        ),
        R(
            "3",
            "Cradleigh GP practices",
            "Cradleigh GP practices should offer patients who disclose",
            ["routine_enquiry", "record_keeping"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "A flag for disclosed domestic abuse",
            "Head of Tenancy Services",
            "Sept 2025",
            "Fully met",
        ),
        _a(
            "1.2",
            "1",
            "Tenancy officers trained to add and read",
            "Housing Training Lead",
            "Dec 2025",
            "Partly met",
        ),
        _a("2.1", "2", "Partnership agreement signed by each agency", "CSP Manager", "Oct 2025", "Fully met"),
        _a(
            "2.2",
            "2",
            "Quarterly report to the Partnership of",
            "CSP Manager with the Risk Conference Coordinator",
            "Mar 2026",
            "Not met",
        ),
        _a(
            "2.3",
            "2",
            "Audit of twenty referrals to the risk",
            "Risk Conference Coordinator",
            "June 2026",
            "Not met",
        ),
        _a(
            "3.1",
            "3",
            "Practice guidance on seeing patients",
            "ICB Named GP for Safeguarding",
            "Nov 2025",
            "Fully met",
        ),
        _a("3.2", "3", "Records audit in four practices", "ICB Designated Nurse", "Apr 2026", "Partly met"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR implementation plan: review_type DHR, doc_kind action_plan, no review id, "
        "author the chair and writer of the opening paragraph, Ruth 52, killed 19 August 2023, area Cradleigh (or the "
        "CSP). Recommendations: the three band rows, ref N from 'Recommendation N:'; 2 is addressed to all CSP "
        "agencies (agency the CSP); all local. The Assurance Group table, the ratings key, the count line and the "
        "closing paragraph are not records. Actions: the seven rows, ref the last column as printed ('1.1'), "
        "recommendation_ref the band above, lead the Lead cell, Due 'Mon yyyy' / 'Sept 2025' / 'June 2026' -> "
        "month; status the Assurance rating (Fully met complete, Partly met in_progress, Not met not_started, per "
        "the key). The Evidence seen cell is not the status. Action 2.2's Action cell runs on over the page break "
        "(its last lines, '... who will add them to the report by hand ...', on page 2) while its Lead, Due, rating "
        "and ref stay on page 1."
    ),
)

# --------- 4. CSPR: school-term chronology under academic-year headings, plan with term targets
GOLD[S4] = dict(
    family="cspr_school_term_chronology_term_targets_plan",
    description=(
        "Local CSPR report, URW Gothic 9.5, portrait, 2 pages, running head 'Wintersett Safeguarding Children "
        "Partnership', footer 'CSPR Jamie — N': opening paragraph, method paragraph, a 'Jamie's voice' quote box; a "
        "timeline by school year: Heading 3 'Academic year 2020/21 (Year 7)' / '2021/22 (Year 8)', each entry a "
        "paragraph opening with a bold lead-in and an en dash, the lead-in a school term ('Autumn term 2020', "
        "'Spring term 2022'), a holiday ('Easter holidays 2021', 'October half term 2021') or a full date ('3 "
        "February 2021'); 'What we learned' and an italic 'What difference will this make?' line (not a "
        "recommendation); recommendations '1.'-'3.' hanging; a 'Partnership plan' table Rec | What will be done | "
        "Who | By | Progress, By a month or a term ('Summer term 2026'), Progress Delivered / In delivery / "
        "Scheduled, with a key line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Wintersett",
        doc_kind="overview_report",
        author="Imogen Castellano-Reyes",
        victims=[{"pseudonym": "Jamie", "age": 13}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Wintersett Safeguarding Children Partnership"]},
    recommendations=[
        R(
            "1",
            None,
            "Wintersett schools should tell Children's Social Care when a child's attendance",
            ["children", "information_sharing"],
        ),
        R(
            "2",
            "Children's Social Care",
            "Children's Social Care and the police should hold a strategy discussion",
            ["children", "multi_agency_working", "risk_assessment"],
        ),
        R(
            "3",
            "Wintersett Safeguarding Children Partnership",
            "The Partnership should agree a protocol so that a child is not excluded",
            ["children", "policy_procedure", "multi_agency_working"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Attendance data shared each half term",
            "Education Welfare Service",
            "Spring term 2026",
            "In delivery",
        ),
        _a(
            None,
            "1",
            "Schools' safeguarding leads briefed",
            "Designated Safeguarding Lead Network",
            "December 2025",
            "Delivered",
        ),
        _a(
            None,
            "2",
            "Police night-time contacts with children",
            "Wintersett Police",
            "November 2025",
            "Delivered",
        ),
        _a(
            None,
            "3",
            "Exclusions and managed moves protocol",
            "Head of Inclusion",
            "Summer term 2026",
            "Scheduled",
        ),
    ],
    chronology=[
        C(None, None, "Autumn term 2020", "2020", "Jamie started at Wintersett Academy"),
        C(None, None, "3 February 2021", "2021-02-03", "The school nurse saw Jamie after he told"),
        C(None, None, "Easter holidays 2021", "2021", "Jamie's mother asked the school for help"),
        C(None, None, "Summer term 2021", "2021", "An Early Help worker visited the family"),
        C(None, None, "15 September 2021", "2021-09-15", "Police found Jamie, then 12, in a car park"),
        C(None, None, "October half term 2021", "2021-10", "Jamie was reported missing overnight"),
        C(None, None, "Spring term 2022", "2022", "Jamie was excluded for a fixed period twice"),
        C(None, None, "28 June 2022", "2022-06-28", "Jamie was admitted to hospital with a stab wound"),
    ],
    notes=(
        "plain pdftotext. A local CSPR after a serious injury: review_type SCR (the schema's type for child "
        "reviews), doc_kind overview_report, no review id, author the lead reviewer of the opening paragraph, Jamie "
        "13, no death (date_of_death null), area Wintersett (or the Partnership). Recommendations 1-3; 1 names "
        "Wintersett schools, no single agency (agency null); 2 Children's Social Care with the police; 3 'The "
        "Partnership'. All local. The quote box and the 'What difference will this make?' line are not "
        "recommendations. Chronology: the eight timeline entries, date_raw the bold lead-in; a school term or "
        "the Easter holidays -> only the year (a term spans months); 'October half term 2021' -> the month; full "
        "dates the day. The academic-year headings are headings, not entries. Actions: the four plan rows, no "
        "action ref, recommendation_ref the Rec cell, lead Who; By a month -> month, a term -> its year; Progress "
        "Delivered / In delivery / Scheduled per the key."
    ),
)

# --------- 5. National review panel report: section-numbered recommendations 7.1-7.4
C_FS = "Child and Family Service"
GOLD[S5] = dict(
    family="national_review_panel_section_numbered_recs",
    description=(
        "National review panel report on the death of a young person in care (Irish style), Nimbus Sans Narrow 10.5, "
        "portrait, 2 pages, running head 'National Review Panel – Review of the death of 'Cian' – Ballyvarna Area', "
        "footer 'NRP/2024/07 N' (the review id run on into the page number): opening paragraph, terms of reference "
        "(a)-(d), a Service | Involvement table, numbered paragraphs 3.1-5.1 (background, analysis, conclusions), "
        "'6. Key learning' bullets and a good-practice paragraph 6.1 (not recommendations), '7. Recommendations' with "
        "an introductory paragraph 7.0 (not a recommendation) and recommendations 7.1-7.4 as hanging numbered "
        "paragraphs, 7.1-7.2 to the national service and 7.3-7.4 to the local area; a responses paragraph and a "
        "support box"
    ),
    review=dict(
        review_id="NRP/2024/07",
        review_type="SCR",
        area="Ballyvarna",
        doc_kind="overview_report",
        author="Aoife Delahunt-Mensah",
        victims=[{"pseudonym": "Cian", "age": 17}],
        date_of_death="2024-03-11",
    ),
    recommendations=[
        R(
            "7.1",
            C_FS,
            "The Child and Family Service should set a national standard",
            ["children", "policy_procedure"],
            scope="national",
        ),
        R(
            "7.2",
            C_FS,
            "The Child and Family Service should make sure that no planned placement",
            ["children", "policy_procedure", "record_keeping"],
            scope="national",
        ),
        R(
            "7.3",
            None,
            "The Ballyvarna area should agree with the Garda division",
            ["children", "multi_agency_working", "information_sharing"],
        ),
        R(
            "7.4",
            None,
            "The Ballyvarna area should begin aftercare planning",
            ["children", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. A national review panel report on a child's death: review_type SCR (the schema's type for "
        "child reviews), doc_kind overview_report, review id 'NRP/2024/07' (the footer), author the panel chair who "
        "wrote the report, Cian 17, died 11 March 2024, area Ballyvarna. Recommendations 7.1-7.4, ref as printed; "
        "7.1 and 7.2 to the national Child and Family Service acting nationally ('a national standard', 'no planned "
        "placement move' everywhere): scope national; 7.3 and 7.4 to 'The Ballyvarna area' (the service's local area, "
        "agency null): local. 7.0, 6.1, the key-learning bullets, terms of reference and numbered background "
        "paragraphs are not recommendations. No chronology table (3.2's 'from the autumn of 2022' is narrative)."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
