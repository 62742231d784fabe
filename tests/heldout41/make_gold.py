"""Hand-written gold for heldout41 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a full date the day (Gorswick's dd/mm/yy are day /
# month / two-digit year, 20yy); a month the month.
TARGETS = {
    "31/12/24": "2024-12-31",
    "31/03/25": "2025-03-31",
    "30/06/25": "2025-06-30",
    "31/03/26": "2026-03-31",
    "30/09/25": "2025-09-30",
    "31/12/25": "2025-12-31",
    "31/03/27": "2027-03-31",
    "31 January 2026": "2026-01-31",
    "March 2026": "2026-03",
    "September 2026": "2026-09",
    "30 November 2025": "2025-11-30",
    "April 2026": "2026-04",
    "June 2026": "2026-06",
    "December 2026": "2026-12",
    "31 October 2025": "2025-10-31",
    "31 March 2026": "2026-03-31",
    "30 September 2026": "2026-09-30",
    "30 June 2026": "2026-06-30",
    "31 December 2025": "2025-12-31",
    "31 May 2026": "2026-05-31",
}
# Each document's own words: Gorswick's percentage of the action done (100% complete, 0% not started, anything
# between in progress); Ambrecote's glyph read through the key above the table (tick completed, half circle
# started not complete, cross not yet started); Wystmoor's Part B status word.
STATUS = {
    "100%": "complete",
    "75%": "in_progress",
    "60%": "in_progress",
    "40%": "in_progress",
    "20%": "in_progress",
    "0%": "not_started",
    "✔": "complete",
    "◑": "in_progress",
    "✘": "not_started",
    "Complete": "complete",
    "Underway": "in_progress",
    "Not started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. Legacy LSCB serious case review, executive summary
P_LSCB = "Pelsingham Local Safeguarding Children Board"
GOLD[S1] = dict(
    family="lscb_scr_exec_summary_superscript_ordinal_key_events",
    description=(
        "A legacy (2016) LSCB serious case review executive summary, Nimbus Roman 11, portrait, 2 pages, running "
        "head 'Pelsingham Local Safeguarding Children Board', footer 'Serious Case Review – Child F – Executive "
        "Summary  Page N of M': a centred title block (board, SERIOUS CASE REVIEW, Child F, EXECUTIVE SUMMARY, "
        "lead reviewer and publication date), numbered paragraphs 1.1-1.2, a 'Summary of key events' table Date | "
        "Event whose dates print ordinal suffixes as Word's superscript ('14th April 2014', one range '21st – 23rd "
        "September 2014', one month 'November 2014'; pdftotext prints the first row's 'th' after the table), "
        "'Lessons learnt' run-in paragraphs said not to be recommendations, four bold 'Recommendation N' headings "
        "each over its text, a conclusion"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Pelsingham",
        doc_kind="executive_summary",
        author="Margery Holtby-Nkem",
        victims=[{"pseudonym": "Child F", "age": 1}],
        date_of_death="2015-11-03",
    ),
    review_alternatives={"area": [P_LSCB]},
    recommendations=[
        R(
            "1",
            P_LSCB,
            "The LSCB should seek assurance that police officers attending reports of domestic disturbance",
            ["children", "information_sharing", "quality_assurance"],
        ),
        R(
            "2",
            P_LSCB,
            "The LSCB should ask Pelsingham Clinical Commissioning Group to make sure",
            ["children", "record_keeping"],
        ),
        R(
            "3",
            P_LSCB,
            "The LSCB should revise its multi-agency procedure on unseen men",
            ["policy_procedure", "children", "routine_enquiry"],
        ),
        R(
            "4",
            P_LSCB,
            "The LSCB should agree with the local authority's early years service a protocol",
            ["policy_procedure", "children", "information_sharing"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "14th April 2014", "2014-04-14", "Child F was born at Pelsingham General Hospital"),
        C(None, None, "2nd June 2014", "2014-06-02", "The health visitor completed the new birth visit"),
        C(
            None,
            None,
            "21st – 23rd September 2014",
            "2014-09-21",
            "Over three days the police were called twice",
            date_end="2014-09-23",
        ),
        C(None, None, "November 2014", "2014-11", "The GP practice received a letter from the emergency"),
        C(
            None,
            None,
            "11th February 2015",
            "2015-02-11",
            "A nursery place was offered under the two-year-old",
        ),
        C(None, None, "30th October 2015", "2015-10-30", "The nursery manager rang the health visiting team"),
        C(None, None, "3rd November 2015", "2015-11-03", "Ambulance crew were called to the flat"),
    ],
    notes=(
        "plain pdftotext. A pre-2018 LSCB serious case review: review_type SCR, doc_kind executive_summary, no "
        "review id, author the lead reviewer, Child F aged 18 months (age 1), died 3 November 2015, area "
        "Pelsingham. Recommendations 1-4: the text under each bold 'Recommendation N' heading, ref N, all "
        "addressed to the LSCB (#2 asks the LSCB to ask the CCG; the LSCB is the addressee). The 'Lesson N:' "
        "paragraphs are said not to be recommendations and are not records; IMR recommendations are said not to "
        "be repeated. Chronology: the seven key-events rows, dates read with their superscript suffixes "
        "('14th April 2014' the day although pdftotext prints its 'th' below the table; '21st – 23rd September "
        "2014' 21 September, date_end 23 September; 'November 2014' the month). The publication date and the "
        "dates in paragraph 1.1-1.2 are not chronology rows. No action plan."
    ),
)


# --------- 2. NHS mental health homicide independent investigation, summary + trust plan (% status only)
G_TRUST = "Gorswick and Fenner Partnership NHS Foundation Trust"
GOLD[S2] = dict(
    family="nhs_mh_homicide_investigation_trust_plan_percent_status",
    description=(
        "An NHS England-commissioned independent investigation into a mental health patient's care and treatment "
        "after a homicide, summary report for publication, Nimbus Sans Narrow 10, landscape, 2 pages, running head "
        "'Independent investigation into the care and treatment of Mr K | NHS England – North Region', footer "
        "'Lantern Review Associates · Final report · N' (right): a StEIS reference line, a label table "
        "(commissioner, investigation team, provider, date of incident), The incident, Findings, four "
        "'Recommendation N:' run-in paragraphs, then the Trust action plan Ref | Recommendation | Action | "
        "Responsible | Evidence of completion | Timescale | Status, the Recommendation cell 'RN: <text>' merged "
        "down over its two actions, refs 1.1-4.2, timescales dd/mm/yy, Status only a percentage (100% … 0%) as "
        "an italic note above the table says; the table runs over the page break with the header repeated "
        "(pdftotext prints the refs of the merged rows after the table)"
    ),
    review=dict(
        review_id="2021/13204",
        review_type=None,
        area="Gorswick",
        doc_kind="executive_summary",
        author="Orla Breckenridge-Asante",
        victims=[{"pseudonym": "Mr H K", "age": 67}],
        date_of_death="2021-06-19",
    ),
    review_alternatives={"area": [G_TRUST], "doc_kind": ["overview_report"]},
    recommendations=[
        R(
            "1",
            G_TRUST,
            "The Trust should make sure that when a patient's community care coordinator changes",
            ["mental_health", "risk_assessment"],
        ),
        R(
            "2",
            G_TRUST,
            "The Trust should make sure that families who raise concerns",
            ["mental_health", "risk_assessment", "information_sharing"],
        ),
        R(
            "3",
            G_TRUST,
            "The Trust and Gorswick Integrated Care Board should agree how patients who disengage",
            ["mental_health", "multi_agency_working", "information_sharing"],
        ),
        R(
            "4",
            G_TRUST,
            "The Trust should audit the quality of its risk assessments",
            ["mental_health", "risk_assessment", "quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Revise the Care Programme Approach transfer policy",
            "Associate Director of Nursing, Community Services",
            "31/12/24",
            "100%",
        ),
        _a(
            "1.2",
            "1",
            "Add a 'risk formulation reviewed at transfer' field",
            "Clinical Systems Lead",
            "31/03/25",
            "100%",
        ),
        _a(
            "2.1",
            "2",
            "Introduce a carers' contact log and a standard letter",
            "Head of Patient and Carer Experience",
            "30/06/25",
            "75%",
        ),
        _a(
            "2.2",
            "2",
            "Train community team staff in the Triangle of Care standards",
            "Learning and Development Manager",
            "31/03/26",
            "40%",
        ),
        _a(
            "3.1",
            "3",
            "Agree a joint protocol with the ICB for patients who miss",
            "Deputy Medical Director / ICB Head of Mental Health Commissioning",
            "30/09/25",
            "60%",
        ),
        _a(
            "3.2",
            "3",
            "Send a standard notification to the GP within five working days",
            "Community Services Clinical Lead",
            "31/12/25",
            "0%",
        ),
        _a(
            "4.1",
            "4",
            "Design and run a risk assessment quality audit",
            "Head of Clinical Audit",
            "31/03/26",
            "20%",
        ),
        _a("4.2", "4", "Repeat the audit twelve months later", "Head of Clinical Audit", "31/03/27", "0%"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. An NHS England independent investigation after a homicide by a mental health patient: "
        "review_type null (none of the contract's types, as earlier sets' gold), doc_kind executive_summary (a "
        "summary report for publication; overview_report also accepted), review id the StEIS reference "
        "'2021/13204', author the lead investigator, the victim Mr K's father 'Mr H K', 67, killed 19 June 2021 "
        "(the date of incident), area Gorswick (the Trust's name also accepted). Recommendations 1-4: the "
        "'Recommendation N:' paragraphs, ref N, addressee the Trust (#3 names the Trust first, with the ICB), "
        "scope local; the plan's merged 'RN: …' cells repeat them. Actions: the eight plan rows, ref as printed "
        "(1.1 … 4.2), recommendation_ref the N of the merged 'RN' cell, lead the Responsible cell, target the "
        "Timescale dd/mm/yy (20yy) -> the day, status the percentage (100% complete, 0% not_started, anything "
        "between in_progress, as the note above the table defines it). 'Evidence of completion' is not a status "
        "or a date. The Quality Committee dates and the next-review line are not targets. No chronology."
    ),
)


# --------- 3. DHR executive summary: last evening as a times-only table; agency-headed prefixed recs
T_CSP = "Thrandle Community Safety Partnership"
EVENING = "The evening of Saturday 10 September 2022"
GOLD[S3] = dict(
    family="dhr_exec_summary_times_only_last_evening_agency_prefixed_recs",
    description=(
        "A DHR executive summary, P052 10.5, portrait, 2 pages, running head 'DOMESTIC HOMICIDE REVIEW — ‘CARYS’ — "
        "EXECUTIVE SUMMARY', footer 'Thrandle Community Safety Partnership | OFFICIAL | N': numbered paragraphs "
        "1.1-1.2, a Background table Date | Agency | Contact (full dates and one month), then a section headed "
        "'3. The evening of Saturday 10 September 2022' whose table Time | Source | What happened carries only "
        "24-hour times, an italic note saying the entries after midnight fall on Sunday 11 September (the last row "
        "'00:25'); key findings; recommendations under Heading 3 agency names, each a run-in ref 'TC 1', 'TC 2', "
        "'ICB 1', 'CSP 1' and a tab"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Thrandle",
        doc_kind="executive_summary",
        author="Desmond Achterberg-Yeo",
        victims=[{"pseudonym": "Carys", "age": 39}],
        date_of_death="2022-09-11",
    ),
    review_alternatives={"area": [T_CSP]},
    recommendations=[
        R(
            "TC 1",
            "Thrandle Constabulary",
            "Thrandle Constabulary should make sure that a silent or abandoned 999 call",
            ["risk_assessment", "policy_procedure"],
            aliases=["TC1"],
        ),
        R(
            "TC 2",
            "Thrandle Constabulary",
            "Thrandle Constabulary should review how standard-risk DASH assessments",
            ["risk_assessment"],
            aliases=["TC2"],
        ),
        R(
            "ICB 1",
            "Thrandle Integrated Care Board",
            "Thrandle Integrated Care Board should ask GP practices to make routine enquiry",
            ["routine_enquiry", "mental_health"],
            aliases=["ICB1"],
        ),
        R(
            "CSP 1",
            T_CSP,
            "Thrandle Community Safety Partnership should work with social housing providers",
            ["multi_agency_working", "other"],
            aliases=["CSP1"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "12 March 2021", "2021-03-12", "Police attended after Carys called 999"),
        C(None, None, "May 2021", "2021-05", "Carys saw her GP with low mood"),
        C(None, None, "3 November 2021", "2021-11-03", "Owen was arrested for criminal damage"),
        C(None, None, "29 August 2022", "2022-08-29", "Carys asked her housing officer about moving"),
        C(None, EVENING, "18:45", "2022-09-10", "A neighbour saw Carys return from work", relative=True),
        C(None, EVENING, "20:10", "2022-09-10", "Carys texted her sister that Owen", relative=True),
        C(None, EVENING, "21:32", "2022-09-10", "A call to 999 from the address was cut off", relative=True),
        C(None, EVENING, "22:05", "2022-09-10", "The call was closed as a misdial", relative=True),
        C(None, EVENING, "23:50", "2022-09-10", "The neighbour heard a loud bang", relative=True),
        C(None, EVENING, "00:25", "2022-09-11", "Owen called 999 saying Carys had fallen", relative=True),
    ],
    notes=(
        "plain pdftotext. A DHR executive summary: review_type DHR, no review id, author the independent chair "
        "and author, Carys 39, killed in the early hours of 11 September 2022 (the date of death, not the "
        "evening's heading), area Thrandle. Recommendations: the four run-in paragraphs under the agency "
        "headings, ref as printed ('TC 1'; 'TC1' also accepted), agency the heading they sit under; all local. "
        "Chronology: the four Background rows (full date the day, 'May 2021' the month) and the six rows of the "
        "times-only table, each dated from the section heading 'The evening of Saturday 10 September 2022' "
        "(relative: the date comes from the heading, not the row); '00:25' falls after midnight, so 11 September "
        "2022 as the italic note says. The Source column names a record, not an agency. Date of the final "
        "version and the review period are not chronology. No action plan."
    ),
)


# --------- 4. DHR action plan: status glyph read through a key
A_SCP = "Ambrecote Safer Communities Partnership"
GOLD[S4] = dict(
    family="dhr_plan_status_glyph_tick_half_circle_cross",
    description=(
        "A DHR action plan, DejaVu Sans 9.5 (table 10.5), portrait, 2 pages, running head 'Ambrecote Safer "
        "Communities Partnership', footer 'DHR ‘Winifred’ – action plan – v4 – page N of M': title, an opening "
        "paragraph (victim, date, chair and author, progress date), 'About the review' numbered paragraphs 1.-4., "
        "a bold 'Key:' line (✔ completed, ◑ started not complete, ✘ not yet started), one table Ref | What we will "
        "do | Owner | By | Status with shaded full-width 'Recommendation N — <text>' band rows over action rows "
        "1a … 4a whose Status cell is only a glyph; targets 'd Month yyyy' and 'Month yyyy'; the table runs over "
        "the page break (recommendation 4 on page 2) with its header repeated; progress notes bullets, a "
        "monitoring paragraph, a version line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ambrecote",
        doc_kind="action_plan",
        author="Priyanka Oduya-Marsh",
        victims=[{"pseudonym": "Winifred", "age": 81}],
        date_of_death="2023-01-06",
    ),
    review_alternatives={"area": [A_SCP]},
    recommendations=[
        R(
            "1",
            "Ambrecote Borough Council",
            "Ambrecote Borough Council's adult social care service should make sure that when a",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "2",
            "Ambrecote and Lyne Hospitals NHS Trust",
            "Ambrecote and Lyne Hospitals NHS Trust should make",
            ["routine_enquiry", "policy_procedure"],
        ),
        R(
            "3",
            A_SCP,
            "Ambrecote Safer Communities Partnership should raise",
            ["awareness_public"],
        ),
        R(
            "4",
            A_SCP,
            "Ambrecote Safer Communities Partnership should ask the",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a(
            "1a", "1", "Add a 'seen alone' safety question", "Principal Social Worker", "31 January 2026", "✔"
        ),
        _a(
            "1b",
            "1",
            "Brief all assessment staff on the",
            "Adult Social Care Workforce Lead",
            "March 2026",
            "◑",
        ),
        _a("1c", "1", "Audit twenty carers' assessments", "Principal Social Worker", "September 2026", "✘"),
        _a("2a", "2", "Include older people and carer", "Head of Safeguarding", "30 November 2025", "✔"),
        _a("2b", "2", "Add a prompt to the frailty", "Consultant Geriatrician", "April 2026", "◑"),
        _a("3a", "3", "Produce a leaflet and a short film", "Domestic Abuse Coordinator", "June 2026", "◑"),
        _a(
            "3b", "3", "Deliver talks at lunch clubs", "Age Network Development Officer", "December 2026", "✘"
        ),
        _a(
            "4a",
            "4",
            "Letter from the Partnership chair to",
            "Chair, Safer Communities Partnership",
            "31 October 2025",
            "✔",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR action plan: review_type DHR, doc_kind action_plan, no review id, author the chair "
        "and author, Winifred 81, died 6 January 2023, area Ambrecote. Recommendations 1-4: the shaded band rows, "
        "ref N, text after the dash; agency the body the text addresses (#4 is addressed to the partnership, "
        "local, although it asks the Home Office to act). Actions: the eight rows, ref as printed (1a … 4a), "
        "recommendation_ref the band above, lead the Owner cell, target the By cell (a full date the day, a month "
        "the month), status the glyph read through the Key line (✔ complete, ◑ in_progress, ✘ not_started). "
        "The 'About the review' paragraphs, progress notes, monitoring paragraph and version line are not "
        "records; the progress-note refs repeat actions. No chronology."
    ),
)


# --------- 5. SAB SAR plan whose status is only in a separate progress table keyed by ref
W_SAB = "Wystmoor Safeguarding Adults Board"
GOLD[S5] = dict(
    family="sab_sar_plan_status_in_separate_progress_table",
    description=(
        "A SAB's SAR action plan and progress report, URW Gothic 9.5, landscape, 2 pages, running head 'Wystmoor "
        "Safeguarding Adults Board • SAR ‘Ronald’', footer 'Page N — Wystmoor SAB — SAR Ronald — action plan and "
        "progress': an opening paragraph (adult, date of death, reviewer), the four recommendations as run-in "
        "'R1' … 'R4' paragraphs, 'Part A — Action plan' Ref | Action | Lead agency | Lead officer | Target date "
        "with NO status column (refs R1.1 … R4.2), then 'Part B — Progress update at 1 December 2025' (its heading "
        "at the foot of page 1, the table on page 2) Ref | Update | Status keyed by the same refs, statuses "
        "Complete / Underway / Not started; a next-update line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Wystmoor",
        doc_kind="action_plan",
        author="Gwendolen Ferrante-Obi",
        victims=[{"pseudonym": "Ronald", "age": 76}],
        date_of_death="2023-02-14",
    ),
    review_alternatives={"area": [W_SAB]},
    recommendations=[
        R(
            "R1",
            W_SAB,
            "Wystmoor Safeguarding Adults Board should seek assurance that self-neglect referrals",
            ["multi_agency_working", "quality_assurance"],
            aliases=["1"],
        ),
        R(
            "R2",
            "Wystmoor Council",
            "Wystmoor Council's housing service should make sure that hoarding",
            ["information_sharing", "other"],
            aliases=["2"],
        ),
        R(
            "R3",
            W_SAB,
            "The Board should ask the fire and rescue service and the council to share",
            ["information_sharing", "risk_assessment"],
            aliases=["3"],
        ),
        R(
            "R4",
            W_SAB,
            "The Board should publish a seven-minute briefing",
            ["training"],
            aliases=["4"],
        ),
    ],
    actions=[
        _a(
            "R1.1",
            "R1",
            "Revise the self-neglect and hoarding procedure",
            "Board Business Manager",
            "31 March 2026",
            "Underway",
        ),
        _a(
            "R1.2",
            "R1",
            "Audit ten self-neglect cases",
            "Chair, Quality and Assurance Subgroup",
            "30 September 2026",
            "Not started",
        ),
        _a(
            "R2.1",
            "R2",
            "Add a hoarding and self-neglect question",
            "Head of Property Services",
            "31 January 2026",
            "Complete",
        ),
        _a(
            "R2.2",
            "R2",
            "Train repairs operatives and housing officers",
            "Tenancy Services Manager",
            "30 June 2026",
            "Underway",
        ),
        _a(
            "R3.1",
            "R3",
            "Agree an information-sharing agreement",
            "Prevention Manager",
            "31 December 2025",
            "Complete",
        ),
        _a("R3.2", "R3", "Add high fire-risk flags", "Systems Manager", "31 March 2026", "Not started"),
        _a(
            "R4.1",
            "R4",
            "Publish the seven-minute briefing on the",
            "Board Business Manager",
            "30 November 2025",
            "Complete",
        ),
        _a(
            "R4.2",
            "R4",
            "Run four practitioner sessions",
            "Training and Development Officer",
            "31 May 2026",
            "Underway",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A SAB's SAR action plan: review_type SAR, doc_kind action_plan, no review id, author the "
        "independent reviewer, Ronald 76, died 14 February 2023, area Wystmoor. Recommendations R1-R4: the run-in "
        "paragraphs, ref as printed ('1' … also accepted), agency the body addressed ('The Board' is the SAB; R2 "
        "the council's housing service). Actions: the eight Part A rows, ref as printed, recommendation_ref the "
        "R-number the ref opens with, lead the Lead officer cell (the Lead agency cell is the officer's "
        "organisation; the named officer is the lead, as earlier sets with both columns), target the Target date "
        "(the day), status from the Part B row with the same ref (Complete complete, Underway in_progress, Not "
        "started not_started; R1.2's update says it is not due to start). Part B's rows are progress on the Part A "
        "actions, not further actions; the dates inside updates are not targets. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
