"""Hand-written gold for heldout43 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under. A financial-year quarter (Oxwyn's dot in a quarter
# column) the quarter's first month, as heldout earlier gold read "Q2 2024/25"; Corvedge's "Within N months"
# runs from the printed sign-off date (14 May 2025) and is filed under the month it ends in; "Immediate",
# "Ongoing" and "By the next Board meeting" give no date (raw kept); a month the month.
TARGETS = {
    "Q1 2025/26": "2025-04",
    "Q2 2025/26": "2025-07",
    "Q3 2025/26": "2025-10",
    "Q4 2025/26": "2026-01",
    "Within 3 months": "2025-08",
    "Within 6 months": "2025-11",
    "Within 12 months": "2026-05",
    "Immediate": None,
    "Ongoing": None,
    "By the next Board meeting": None,
    "March 2025": "2025-03",
    "June 2025": "2025-06",
    "December 2025": "2025-12",
    "September 2025": "2025-09",
    "August 2025": "2025-08",
    "April 2025": "2025-04",
}
# Each document's own words: Oxwyn's three; Corvedge's Open (not yet evidenced, being worked on) / Closed;
# Pellanby's capitalised word that opens each Position cell.
STATUS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Closed": "complete",
    "Open": "in_progress",
    "COMPLETE": "complete",
    "ON TRACK": "in_progress",
    "OVERDUE": "in_progress",
    "NOT STARTED": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR plan: delivery planned in financial-year quarter columns
O_SCP = "Oxwyn Safer Communities Partnership"
Q = ("Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26")
GOLD[S1] = dict(
    family="dhr_plan_fy_quarter_grid_dot_marks_status_col",
    description=(
        "A DHR action plan, C059 9, landscape, 2 pages, running head 'Oxwyn Safer Communities Partnership', footer "
        "'DHR ‘Edith’ – Action Plan 2025/26 – v3 – Page N' (right): a title, a label table (victim, date of death, "
        "chair and author, plan owner, position date), a note saying a dot marks the 2025/26 quarter each action is "
        "due in (Q1 April-June 2025 … Q4 January-March 2026), an italic status key, then one table Ref | Action | "
        "Lead | Q1 2025/26 | Q2 2025/26 | Q3 2025/26 | Q4 2025/26 | Status with shaded full-width 'Recommendation "
        "N – <text>' band rows over action rows 1.1 … 4.3, one '●' per action row in its quarter column; "
        "recommendation 4's band splits over the page break with the header repeated; Delivery Group commentary "
        "and a version line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Oxwyn",
        doc_kind="action_plan",
        author="Rowena Aldous-Nwachukwu",
        victims=[{"pseudonym": "Edith", "age": 79}],
        date_of_death="2024-02-02",
    ),
    review_alternatives={"area": [O_SCP]},
    recommendations=[
        R(
            "1",
            O_SCP,
            "Oxwyn Safer Communities Partnership should commission a specialist service",
            ["specialist_support"],
        ),
        R(
            "2",
            "Oxwyn County Council",
            "Oxwyn County Council adult social care should make sure that carer's assessments",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "3",
            "Northmoor Police",
            "Northmoor Police should make sure that call handlers check",
            ["risk_assessment"],
        ),
        R(
            "4",
            "GP practices",
            "The GP practices of Oxwyn should record when an older patient",
            ["record_keeping", "routine_enquiry"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Map current provision for victims aged over 60",
            "Community Safety Team",
            Q[0],
            "Complete",
        ),
        _a(
            "1.2",
            "1",
            "Agree a specification with the commissioners",
            "Head of Commissioning",
            Q[1],
            "Complete",
        ),
        _a(
            "1.3",
            "1",
            "Award the contract and launch the service",
            "Head of Commissioning",
            Q[3],
            "In progress",
        ),
        _a(
            "2.1",
            "2",
            "Add two questions to the carer's assessment form",
            "Principal Social Worker",
            Q[0],
            "Complete",
        ),
        _a(
            "2.2",
            "2",
            "Brief all assessment teams on asking the questions",
            "Principal Social Worker",
            Q[1],
            "In progress",
        ),
        _a(
            "3.1", "3", "Update the call handling script", "Contact Management Inspector", Q[1], "In progress"
        ),
        _a(
            "3.2",
            "3",
            "Audit forty calls involving an adult child",
            "Public Protection Unit",
            Q[3],
            "Not started",
        ),
        _a("4.1", "4", "Publish a template prompt for practices", "ICB Designated Nurse", Q[1], "Complete"),
        _a(
            "4.2",
            "4",
            "Run a learning session for practice managers",
            "ICB Designated Nurse",
            Q[2],
            "In progress",
        ),
        _a(
            "4.3",
            "4",
            "Survey ten practices on the use of the prompt",
            "Named GP for Safeguarding",
            Q[3],
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR action plan: doc_kind action_plan, no review id, author the chair and author, Edith "
        "79, died 2 February 2024 (label table), area Oxwyn (the Partnership's name also accepted). Recommendations: "
        "the four 'Recommendation N – ' band rows, ref N, text after the dash; agency the body named first in the "
        "text (#4 'GP practices'); local. Actions: the ten rows, ref as printed, recommendation_ref the band above, "
        "lead the Lead cell, status the Status cell (Complete / In progress / Not started). Target: the one quarter "
        "column holding '●' for the row; target_date_raw written as the column head 'Qn 2025/26', the date the "
        "quarter's first month (Q1 April 2025, Q2 July 2025, Q3 October 2025, Q4 January 2026, as the note defines "
        "them). pdftotext prints each recommendation's dots and statuses after its last action row, in row order. "
        "The position date, the version date and the commentary's 'April 2026' are not targets. No chronology."
    ),
)


# --------- 2. CSPR executive summary: chronology dated by the baby's age
B_SCP = "Brannaway Safeguarding Children Partnership"
GOLD[S2] = dict(
    family="cspr_exec_summary_infant_age_day_week_chronology",
    description=(
        "A CSPR executive summary, URW Gothic 10, portrait, 2 pages, running head 'Brannaway Safeguarding Children "
        "Partnership', footer 'CSPR Baby R | Executive Summary | N of M': title, reviewer and publication line, "
        "numbered paragraphs 1.1-1.2 (the birth date 6 January 2023, the death 19 March 2023), an italic note that "
        "events are dated by the baby's age counting the birth date as Day 1, a table Baby R's age | Agency | What "
        "happened with ages 'Day 1', 'Day 4', 'Day 11', 'Week 3', 'Week 6', 'Week 9', 'Day 71', learning bullets, "
        "then 'Recommendation N' bold lines each over its paragraph (recommendation 3's line on page 1, its text "
        "on page 2), and an acceptance line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Brannaway",
        doc_kind="executive_summary",
        author="Imogen Sault-Okonkwo",
        victims=[{"pseudonym": "Baby R", "age": 0}],
        date_of_death="2023-03-19",
    ),
    review_alternatives={"area": [B_SCP]},
    recommendations=[
        R(
            "1",
            B_SCP,
            "Brannaway Safeguarding Children Partnership should make sure that midwives",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "2",
            "health visiting service",
            "The health visiting service should follow up any cancelled contact",
            ["children", "risk_assessment"],
        ),
        R(
            "3",
            "Brannaway Police",
            "Brannaway Police should share with health visiting",
            ["information_sharing", "children"],
        ),
        R(
            "4",
            B_SCP,
            "The Partnership should seek assurance that GP practices consider",
            ["quality_assurance", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Day 1", "2023-01-06", "Baby R was born at Brannaway Maternity Unit", relative=True),
        C(None, None, "Day 4", "2023-01-09", "Discharge home. The community midwife noted", relative=True),
        C(
            None,
            None,
            "Day 11",
            "2023-01-16",
            "New birth visit. Liam said he had been smoking",
            relative=True,
        ),
        C(None, None, "Week 3", "2023-01", "Kerry took Baby R to the GP with a rash", relative=True),
        C(None, None, "Week 6", "2023-02", "A neighbour reported shouting from the flat", relative=True),
        C(None, None, "Week 9", "2023-03", "A planned contact was cancelled by text message", relative=True),
        C(None, None, "Day 71", "2023-03-17", "Baby R was taken to hospital unresponsive", relative=True),
    ],
    notes=(
        "plain pdftotext. A child safeguarding practice review executive summary: review_type SCR (a CSPR, as "
        "earlier sets' gold), no review id, author the lead reviewer, Baby R age 0, died 19 March 2023, area "
        "Brannaway (the Partnership's name also accepted). Recommendations: the four 'Recommendation N' blocks, ref "
        "N, text the paragraph under the line; agency the body addressed (#4 'The Partnership'); local. "
        "Chronology: the seven table rows, every date resolved from the anchor the note prints (6 January 2023 = "
        "Day 1), so relative true: Day N = 6 January 2023 + (N - 1) days (Day 4 9 January, Day 11 16 January, Day "
        "71 17 March); Week N = days 7N-6 … 7N, filed under its month (Week 3 20-26 January, Week 6 10-16 "
        "February, Week 9 3-9 March); date_raw the age as printed; the Agency column is the entry's source, not "
        "a heading. 'ten weeks old' and the publication month are not chronology. No actions."
    ),
)


# --------- 3. SAR action plan: relative timescales, Open / Closed
C_SAB = "Corvedge Safeguarding Adults Board"
GOLD[S3] = dict(
    family="sar_plan_relative_timescales_open_closed_col",
    description=(
        "A SAR action plan, Liberation Serif 10.5, portrait, 2 pages, running head 'Corvedge Safeguarding Adults "
        "Board', footer 'SAR ‘George’ – Action Plan – Page N of M' (right): a centred title block with the reviewer "
        "and the Board sign-off date (14 May 2025), background, four numbered findings, a note that timescales run "
        "from sign-off and what Open / Closed / Ongoing mean, then one table No. | Recommendation | Action | Owner | "
        "Timescale | Open / Closed, the Recommendation cell 'N. <text>' merged down over its actions 1a … 4b; "
        "timescales 'Immediate', 'Within 3 / 6 / 12 months', 'Ongoing', 'By the next Board meeting'; an "
        "assurance paragraph on page 2"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Corvedge",
        doc_kind="action_plan",
        author="Casimir Thorne-Babatunde",
        victims=[{"pseudonym": "George", "age": 67}],
        date_of_death="2023-11-30",
    ),
    review_alternatives={"area": [C_SAB]},
    recommendations=[
        R(
            "1",
            C_SAB,
            "Corvedge Safeguarding Adults Board should make sure its self-neglect",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Corvedge Council",
            "Corvedge Council's adult social care service should hold",
            ["multi_agency_working"],
        ),
        R(
            "3",
            "Corvedge Community Health Services",
            "Corvedge Community Health Services should make sure that district",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "4",
            C_SAB,
            "The Board should seek assurance that partner agencies use the high-risk panel",
            ["quality_assurance", "multi_agency_working"],
        ),
    ],
    actions=[
        _a(
            "1a",
            "1",
            "Revise the guidance with a section on sustained",
            "SAB Policy and Procedures Group",
            "Within 3 months",
            "Closed",
        ),
        _a(
            "1b",
            "1",
            "Publish a practitioner briefing on the revised",
            "SAB Business Manager",
            "Within 6 months",
            "Closed",
        ),
        _a(
            "1c",
            "1",
            "Test use of the guidance through a multi-agency",
            "SAB Quality Assurance Group",
            "Within 12 months",
            "Open",
        ),
        _a(
            "2a",
            "2",
            "Issue a management instruction to hold the meeting",
            "Head of Adult Social Care",
            "Immediate",
            "Closed",
        ),
        _a(
            "2b",
            "2",
            "Agree a referral route with the three registered",
            "Housing Partnerships Manager",
            "Within 6 months",
            "Open",
        ),
        _a(
            "3a",
            "3",
            "Add the two-visit rule to the no-access policy",
            "Deputy Director of Nursing",
            "Immediate",
            "Closed",
        ),
        _a(
            "3b",
            "3",
            "Report no-access escalations to the Trust",
            "Trust Safeguarding Lead",
            "Ongoing",
            "Open",
        ),
        _a(
            "4a",
            "4",
            "Relaunch the high-risk panel with revised terms",
            "SAB Independent Chair",
            "By the next Board meeting",
            "Closed",
        ),
        _a(
            "4b",
            "4",
            "Report the number and source of panel referrals",
            "High-Risk Panel Chair",
            "Ongoing",
            "Open",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A SAR action plan: doc_kind action_plan, no review id, author the reviewer, George 67, "
        "died 30 November 2023, area Corvedge (the Board's name also accepted). Recommendations: the four merged "
        "Recommendation cells, ref N, text after 'N.'; agency the body addressed (#4 'The Board'); local. The four "
        "numbered findings are findings, not recommendations. Actions: the nine rows, ref as printed (1a … 4b), "
        "recommendation_ref N, lead the Owner cell; status Closed complete, Open in_progress (the note: open until "
        "evidenced, i.e. being worked on). Timescales run from the printed sign-off date 14 May 2025: 'Within 3 "
        "months' August 2025, 'Within 6 months' November 2025, 'Within 12 months' May 2026 (month only); "
        "'Immediate', 'Ongoing' and 'By the next Board meeting' give no date (target null, raw kept). The sign-off "
        "date, the death and the QA meeting date are not targets. No chronology."
    ),
)


# --------- 4. Offensive weapon homicide review summary
H_SVP = "Halsworthy Serious Violence Partnership"
GOLD[S4] = dict(
    family="owhr_summary_kloe_headed_recs_owner_lines_school_year_chronology",
    description=(
        "An offensive weapon homicide review summary report, Nimbus Sans Narrow 10.5, portrait, 2 pages, running "
        "head 'Offensive Weapon Homicide Review — Tyrese — Summary report', footer 'Halsworthy Serious Violence "
        "Partnership · OFFICIAL · N': capitalised title, 'Tyrese, aged 18', a chair / commissioner / publication "
        "line, numbered paragraphs 1.-2., a 'Key events' table When | Agency | What happened dated 'Sept 2021 (Year "
        "11)' … 'Apr 2023 (Year 12)', then three 'Key line of enquiry N: …' headings, each over run-in "
        "recommendations 'R1' … 'R6' numbered through, each followed by an italic 'Owner: …' line (R6 on page 2); "
        "a contact line"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area="Halsworthy",
        doc_kind="executive_summary",
        author="Nadia Fenwick-Osei",
        victims=[{"pseudonym": "Tyrese", "age": 18}],
        date_of_death="2024-06-22",
    ),
    review_alternatives={"area": [H_SVP]},
    recommendations=[
        R(
            "R1",
            "Halsworthy Council",
            "Halsworthy Council's education service should make sure that every managed",
            ["risk_assessment", "multi_agency_working"],
        ),
        R(
            "R2",
            "Post-16 Re-engagement Service",
            "The post-16 re-engagement service should share attendance",
            ["information_sharing"],
        ),
        R(
            "R3",
            "Halsworthy Children's Social Care",
            "Halsworthy Children's Social Care should not close a contextual",
            ["multi_agency_working", "children"],
        ),
        R(
            "R4",
            "Halsworthy Police",
            "Halsworthy Police should share stop-and-search encounters",
            ["information_sharing"],
        ),
        R(
            "R5",
            "Halsworthy General Hospital",
            "The Emergency Department at Halsworthy General Hospital should ask",
            ["routine_enquiry", "multi_agency_working"],
        ),
        R(
            "R6",
            H_SVP,
            "The Halsworthy Serious Violence Partnership should receive",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Sept 2021 (Year 11)", "2021-09", "Tyrese moved to Halsworthy Academy"),
        C(None, None, "Feb 2022 (Year 11)", "2022-02", "Tyrese was stopped with two older boys"),
        C(None, None, "May 2022 (Year 11)", "2022-05", "Tyrese was referred for a voluntary prevention"),
        C(None, None, "Nov 2022 (Year 12)", "2022-11", "Tyrese was excluded from his college course"),
        C(None, None, "Jan 2023 (Year 12)", "2023-01", "A contextual safeguarding referral was made"),
        C(None, None, "Apr 2023 (Year 12)", "2023-04", "Tyrese was treated for a cut to his arm"),
    ],
    notes=(
        "plain pdftotext. An offensive weapon homicide review summary report: review_type null (the contract's "
        "types are DHR / SCR / SAR / joint, none of which an OWHR is, as heldout24 decided), doc_kind "
        "executive_summary, no review id, author the review chair, Tyrese 18, died 22 June 2024, area Halsworthy "
        "(the Partnership's name also accepted). Recommendations: R1-R6 as printed, text after the ref; agency the "
        "body addressed in the text (the italic 'Owner:' line under each names the post that owns it); local. The 'Key line of enquiry' headings are themes, not titles of a "
        "recommendation. Chronology: the six Key events rows, the month and year read from 'Sept 2021 (Year "
        "11)' (the school year in brackets is not a date); the Agency column is each entry's source. The death "
        "and publication dates are not chronology. No actions."
    ),
)


# --------- 5. Council scrutiny committee report on a DHR's action plan
P_BC = "Pellanby Borough Council"
GOLD[S5] = dict(
    family="council_scrutiny_report_dhr_plan_position_caps_status",
    description=(
        "A council scrutiny committee report on one DHR's action plan, Nimbus Roman 11, portrait, 2 pages, running "
        "head 'Pellanby Borough Council', footer 'Communities Scrutiny Committee – 20 November 2025 – Item 7 – "
        "page N': committee name, a label table (date of meeting, report of, subject, wards, status), numbered "
        "paragraphs 1.1-4.1 (purpose with the victim, her death, the chair and publication; recommendation to the "
        "Committee; background; implications), a background papers line, then 'Appendix A – Action plan position "
        "at 31 October 2025': a table Ref | Recommendation | Action | Lead | Due | Position whose Position cells "
        "open with a capitalised status and a dash ('COMPLETE – …', 'ON TRACK – …', 'OVERDUE – …', 'NOT "
        "STARTED – …'); row 5 splits over the page break with the header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Pellanby",
        doc_kind="action_plan",
        author="Ambrose Kilkenny-Mensah",
        victims=[{"pseudonym": "Ilona", "age": 36}],
        date_of_death="2022-03-11",
    ),
    review_alternatives={"area": [P_BC]},
    recommendations=[
        R(
            "1",
            P_BC,
            "Pellanby Borough Council should add domestic abuse to the council's debt",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Pellanby Police",
            "Pellanby Police should make sure that officers attending a report",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "3",
            "Integrated Care Board",
            "The Integrated Care Board should make sure that the IRIS programme",
            ["training", "specialist_support"],
        ),
        R(
            "4",
            "Community Safety Partnership",
            "The Community Safety Partnership should review how domestic abuse services reach",
            ["specialist_support", "awareness_public"],
        ),
        R("5", "Pellanby Homes", "Pellanby Homes should make sure that a tenant's request", ["other"]),
        R(
            "6",
            "Community Safety Partnership",
            "The Partnership should write to the Home Office",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a(
            "1",
            "1",
            "Rewrite the arrears policy and train income officers",
            "Head of Revenues and Benefits",
            "March 2025",
            "COMPLETE",
        ),
        _a(
            "2",
            "2",
            "Add the question to the missing person risk form",
            "Detective Inspector, Public Protection",
            "June 2025",
            "COMPLETE",
        ),
        _a(
            "3",
            "3",
            "Extend the IRIS contract to the remaining eleven",
            "ICB Head of Safeguarding",
            "December 2025",
            "ON TRACK",
        ),
        _a(
            "4",
            "4",
            "Commission a community insight project",
            "Community Safety Manager",
            "September 2025",
            "OVERDUE",
        ),
        _a(
            "5",
            "5",
            "Add a domestic abuse prompt to the repairs call script",
            "Director of Housing Services",
            "August 2025",
            "COMPLETE",
        ),
        _a(
            "6",
            "6",
            "Send the letter and report the reply",
            "Chair, Community Safety Partnership",
            "April 2025",
            "NOT STARTED",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A council scrutiny committee report monitoring one DHR's plan: review_type DHR, doc_kind "
        "action_plan (as heldout24's standalone monitoring report), no review id, author the review's chair, Ilona "
        "36, died 11 March 2022, area Pellanby (the council's name also accepted). Recommendations: the six "
        "Recommendation cells of Appendix A, ref as in the Ref cell; agency the body addressed (#6 'The "
        "Partnership' = the Community Safety Partnership); #6 writes to the Home Office but is addressed to the "
        "local Partnership, so local like the rest. Actions: one per row (the Action cell), ref and "
        "recommendation_ref the Ref cell, lead the Lead cell, target the Due month; status the capitalised word "
        "opening the Position cell (status_raw that word): COMPLETE complete, ON TRACK and OVERDUE in_progress, "
        "NOT STARTED not_started; the text after the dash is progress; 'now due January 2026' in row 4's progress "
        "is not the target. The meeting date, the position date and 'May 2026' are not targets. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
