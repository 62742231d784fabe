"""Hand-written gold for heldout33 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# Targets as printed -> the date a reader would file them under: "Sept 2025", "Nov 25" (the plan's key:
# November 2025) are months; "30th September 2025" and "30 Jun 2025" are days.
TARGETS = {
    "Sept 2025": "2025-09",
    "Dec 2025": "2025-12",
    "Oct 2025": "2025-10",
    "Mar 2026": "2026-03",
    "June 2026": "2026-06",
    "Nov 2025": "2025-11",
    "Sept 2026": "2026-09",
    "30th September 2025": "2025-09-30",
    "31st December 2025": "2025-12-31",
    "31st October 2025": "2025-10-31",
    "28th February 2026": "2026-02-28",
    "31st May 2026": "2026-05-31",
    "30 Jun 2025": "2025-06-30",
    "31 Mar 2026": "2026-03-31",
    "31 Aug 2025": "2025-08-31",
    "30 Nov 2025": "2025-11-30",
    "31 Jan 2026": "2026-01-31",
    "30 Apr 2026": "2026-04-30",
    "Nov 25": "2025-11",
    "Feb 26": "2026-02",
    "Jan 26": "2026-01",
    "Jun 26": "2026-06",
    "Sep 25": "2025-09",
}
# "Partly complete" is begun; "Discharged" is the police word for a recommendation's action met, "Partially
# discharged" begun, "Not discharged" not met (nothing reported as done); the Quenwick key: Ongoing and Overdue
# are begun ("Overdue (begun, past its date)"); the Ravensgarth key: C / IP / NS.
STATUS = {
    "Complete": "complete",
    "Partly complete": "in_progress",
    "Not yet started": "not_started",
    "Discharged": "complete",
    "Partially discharged": "in_progress",
    "Not discharged": "not_started",
    "Done": "complete",
    "Ongoing": "in_progress",
    "Overdue": "in_progress",
    "Not begun": "not_started",
    "C": "complete",
    "IP": "in_progress",
    "NS": "not_started",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR plan: action row + full-width progress row ending "Status: <word>"
S1 = "dhr_plan_action_then_progress_row_pairs_status_word_ends_progress_row_rec_rows_sept_abbrev_targets_over_page_break_nimbus_roman_brindleholme"
B_CSP = "Brindleholme Community Safety Partnership"
B_DAL = "Domestic Abuse Lead"

GOLD[S1] = dict(
    family="dhr_plan_action_then_progress_row_pairs_status_word_in_progress_row",
    description=(
        "Standalone DHR action plan, Nimbus Roman 10.5, portrait, 2 pages, running head 'RESTRICTED UNTIL "
        "PUBLICATION', footer 'Page N of M': findings bullets and 'How to read this plan' prose on page 1, then "
        "ONE table No. | Action | Owner | By; each recommendation a shaded row 'Rec N' + its text merged over "
        "the other columns; each action row 'N.N' followed by a full-width grey progress row 'Progress, January "
        "2026: <update> Status: <Complete | Partly complete | Not yet started>.'; targets 'Sept 2025' / 'Mar "
        "2026'; the table runs over the page break (header repeated) between 3.1 and 3.2; a summary count line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Brindleholme",
        doc_kind="action_plan",
        author="Tobias Fennimore-Akande",
        victims=[{"pseudonym": "Niamh", "age": 63}],
        date_of_death="2023-10-14",
    ),
    review_alternatives={"area": [B_CSP]},
    recommendations=[
        R(
            "1",
            B_CSP,
            "Brindleholme Community Safety Partnership should make sure that every member of its domestic",
            ["training", "specialist_support"],
        ),
        R(
            "2",
            "Brindleholme Borough Council",
            "Brindleholme Borough Council should make sure that adult social care asks about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "Brindleholme Integrated Care Board",
            "Brindleholme Integrated Care Board should seek assurance that GP practices record a disclosure",
            ["record_keeping", "quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Write a one-page guide to asking about economic abuse",
            B_DAL,
            "Sept 2025",
            "Complete",
        ),
        _a(
            "1.2", "1", "Ask each forum member to confirm how the guide", B_DAL, "Dec 2025", "Partly complete"
        ),
        _a(
            "2.1",
            "2",
            "Add a private conversation prompt to the carer's",
            "Principal Occupational Therapist",
            "Oct 2025",
            "Complete",
        ),
        _a(
            "2.2",
            "2",
            "Train assessors in asking the question when the carer",
            "Workforce Development Manager",
            "Mar 2026",
            "Partly complete",
        ),
        _a(
            "2.3",
            "2",
            "Audit twenty carer's assessments to see whether",
            "Head of Quality, Adult Social Care",
            "June 2026",
            "Not yet started",
        ),
        _a(
            "3.1",
            "3",
            "Issue coding guidance for disclosures of coercive",
            "Named GP for Safeguarding",
            "Nov 2025",
            "Complete",
        ),
        _a(
            "3.2",
            "3",
            "Check a sample of records in five practices",
            "Designated Nurse, Adult Safeguarding",
            "Sept 2026",
            "Not yet started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR action plan: review_type DHR, doc_kind action_plan, no review id, author "
        "the chair and report writer, Niamh 63 died 14 October 2023, area Brindleholme. Recommendations: the three "
        "shaded rows; 'Rec N' is the word Recommendation abbreviated, so ref N; text the merged cell, level "
        "overview, all local. Actions: the seven 'N.N' rows, ref as printed, recommendation_ref the shaded row's "
        "number, lead the Owner cell, target the By month ('Sept 2025' -> 2025-09); status the word after "
        "'Status:' at the END of the grey progress row under the action (Complete -> complete, Partly complete -> "
        "in_progress, Not yet started -> not_started); the progress text is an update, not an action, and the "
        "progress row is not a second record. The findings bullets, the good-practice sentence, the reading note "
        "(its example '2.3') and the count line are not records. No chronology."
    ),
)

# --------- 2. Police IMR summary: learning bullets, "Rec. N" recs, plan with the ref last and "Discharged?"
S2 = "police_imr_summary_learning_not_recs_rec_dot_recs_plan_ref_col_last_discharged_partially_not_discharged_ordinal_targets_noto_mono_corsenby"
C_POL = "Corsenby Police"
AG = C_POL

GOLD[S2] = dict(
    family="police_imr_summary_rec_dot_recs_plan_ref_last_discharged_status",
    description=(
        "Police single-agency IMR summary for a DHR, Noto Mono 8.5, portrait, 2 pages, running head "
        "'OFFICIAL-SENSITIVE': a label / value box (Review, IMR author, Period, Signed off); a short contact "
        "summary; 'Learning identified' bullets said not to be recommendations; 'IMR recommendations' as hanging "
        "'Rec. 1' paragraphs; page 2 'Action plan' table Rec. | Action | Owner | Review by | Discharged? | Ref "
        "with the Rec. cell merged down over its actions, the action ref in the LAST column ('P-01-a'), targets "
        "'30th September 2025' (ordinal, wrapped over three lines), status 'Discharged' / 'Partially discharged' "
        "/ 'Not discharged'; a next-review line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Corsenby",
        doc_kind="action_plan",
        author="Rowena Lathbury-Okafor",
        victims=[{"pseudonym": "Carys", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Corsenby Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            C_POL,
            "Corsenby Police should make sure that the risk to a victim is assessed again",
            ["risk_assessment"],
            level="agency",
        ),
        R(
            "2",
            C_POL,
            "Corsenby Police should refer a victim to the MARAC when officers attend",
            ["multi_agency_working", "risk_assessment"],
            level="agency",
        ),
        R(
            "3",
            C_POL,
            "Corsenby Police should help call handlers draw out what a third-party caller",
            ["training"],
            level="agency",
        ),
    ],
    actions=[
        _a(
            "P-01-a",
            "1",
            "Brief all response sergeants on re-assessing risk",
            "Chief Inspector, Response",
            "30th September 2025",
            "Discharged",
            section=AG,
        ),
        _a(
            "P-01-b",
            "1",
            "Add a withdrawal prompt to the domestic abuse risk form",
            "Systems Development Manager",
            "31st December 2025",
            "Partially discharged",
            section=AG,
        ),
        _a(
            "P-02-a",
            "2",
            "Make a referral to the MARAC mandatory after a third call",
            "Detective Superintendent, Public Protection",
            "31st October 2025",
            "Discharged",
            section=AG,
        ),
        _a(
            "P-03-a",
            "3",
            "Give call handlers a script for third-party callers",
            "Contact Centre Manager",
            "28th February 2026",
            "Partially discharged",
            section=AG,
        ),
        _a(
            "P-03-b",
            "3",
            "Sample fifty third-party calls to check the script",
            "Professional Standards Inspector",
            "31st May 2026",
            "Not discharged",
            section=AG,
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A police IMR's summary of learning and action plan for a DHR: review_type DHR, doc_kind "
        "action_plan (the document is the agency's plan with its recommendations restated; the schema has no IMR "
        "kind), no review id, author the IMR author (her rank not part of the name), Carys with no age printed, "
        "no date of death printed (the period's end is not said to be the death), area Corsenby (the CSP named "
        "in the Review box). Recommendations: 'Rec. 1'-'Rec. 3', the word Recommendation abbreviated, so ref N; "
        "level agency, agency Corsenby Police, all local. The 'Learning identified' bullets are said not to be "
        "recommendations. Actions: the five plan rows, agency_section Corsenby Police, ref the LAST column as "
        "printed ('P-01-a'), recommendation_ref the merged Rec. cell's number, lead the Owner cell, target the "
        "'Review by' ordinal date -> day; status 'Discharged?' (Discharged -> complete, Partially discharged -> "
        "in_progress, Not discharged -> not_started). No chronology (the contact summary is prose without dates)."
    ),
)

# --------- 3. SAR overview: From | To | Setting | What happened; "R.N" recs with "Response required from:"
S3 = "sar_overview_from_to_date_cols_chronology_setting_col_practice_point_boxes_r_dot_recs_response_required_from_line_nimbus_sans_skelmorton"
S_SAB = "Skelmorton Safeguarding Adults Board"

GOLD[S3] = dict(
    family="sar_overview_from_to_chronology_table_r_dot_recs_response_required_from",
    description=(
        "SAR overview report, Nimbus Sans 10, portrait, 2 pages, running head with pipes: a 'Key episodes' table "
        "From | To | Setting | What happened with dd/mm/yyyy dates, 'To' a second date for episodes longer than "
        "a day (an admission, a period of home care) or an en dash for a single day; two shaded 'Practice point' "
        "boxes and an Analysis section (not records); page 2 recommendations 'R.1'-'R.4' as hanging paragraphs, "
        "each followed by an italic 'Response required from: <agency>' line; a closing line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Skelmorton",
        doc_kind="overview_report",
        author="Annelise Brathwaite-Moor",
        victims=[{"pseudonym": "Mr K", "age": 78}],
        date_of_death="2022-06-25",
    ),
    review_alternatives={"area": [S_SAB]},
    recommendations=[
        R(
            "R.1",
            "Skelmorton Council Adult Social Care",
            "The Board should ask Skelmorton Council to make sure that a safeguarding concern",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "R.2",
            "Skelmorton Hospitals NHS Trust",
            "Skelmorton Hospitals NHS Trust should check that a home visit is considered",
            ["risk_assessment"],
        ),
        R(
            "R.3",
            S_SAB,
            "The Board should agree with commissioners what a home care agency does",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "R.4",
            S_SAB,
            "The Board should publish a short guide for GPs on asking about a patient's home",
            ["routine_enquiry", "training"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "03/01/2022", "2022-01-03", "Mr K asked for help with his breathing"),
        C(
            None,
            None,
            "19/02/2022",
            "2022-02-19",
            "Admitted with a chest infection. Staff noted",
            date_end="2022-03-04",
        ),
        C(None, None, "04/03/2022", "2022-03-04", "Discharged home with four calls a day"),
        C(
            None,
            None,
            "11/03/2022",
            "2022-03-11",
            "Carers recorded that Mr K often refused personal care",
            date_end="2022-04-28",
        ),
        C(None, None, "09/05/2022", "2022-05-09", "A safeguarding concern from the care agency was closed"),
        C(None, None, "23/06/2022", "2022-06-23", "Paramedics found Mr K on the floor"),
    ],
    notes=(
        "plain pdftotext. A SAR overview report: review_type SAR, doc_kind overview_report, no review id, author "
        "the independent reviewer, Mr K 78 died 25 June 2022 (in hospital two days after he was found), area "
        "Skelmorton. Recommendations: R.1-R.4, ref as printed, agency the 'Response required from:' line under "
        "each (R.1 is addressed through the Board to the Council's adult social care; R.3 and R.4 to the Board), "
        "that line is not part of the text; level overview, all local. The Practice point boxes and the "
        "Analysis are not recommendations. No actions (the Board's plan is to follow). Chronology: the six table "
        "rows, text the What happened cell, date the From cell (dd/mm/yyyy -> day), date_end the To cell when it "
        "holds a date (the en dash means a single day: no date_end); the Setting cell is neither date nor text; "
        "not relative."
    ),
)

# --------- 4. DHR exec summary: weekday + ordinal date paragraphs, "1)" recs, plan with blank Rec cells
S4 = "dhr_exec_summary_weekday_ordinal_date_para_chronology_close_bracket_recs_appendix_plan_blank_rec_cells_done_ongoing_overdue_not_begun_nimbus_mono_quenwick"
Q_CSP = "Quenwick Community Safety Partnership"
Q_TSM = "Tenancy Services Manager"

GOLD[S4] = dict(
    family="dhr_exec_summary_weekday_date_paragraph_chronology_close_bracket_recs_plan_blank_rec_cells",
    description=(
        "DHR executive summary, Nimbus Mono PS 9.5, portrait, 2 pages, running head 'DHR Eleni — Executive "
        "Summary — FINAL': key lines of enquiry '(a)'-'(c)' (not recommendations); 'Summary of events' "
        "paragraphs opening with a bold weekday and ordinal date and a full stop ('Tuesday 4th May 2021.', one "
        "with a time in brackets '(about 21:40)', one range 'Saturday 15th to Monday 17th May 2021.'); "
        "Conclusions; recommendations '1)'-'3)' hanging; a no-national-recommendations line; page 2 'Appendix A: "
        "Action plan' with a Position key line and a table Rec | Action | Responsible officer | Complete by | "
        "Position where the Rec cell is printed only on a recommendation's first action and left BLANK on the "
        "next (not merged), targets '30 Jun 2025', positions Done / Ongoing / Overdue / Not begun"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Quenwick",
        doc_kind="executive_summary",
        author="Maximilian Osei-Carrow",
        victims=[{"pseudonym": "Eleni", "age": 34}],
        date_of_death="2021-06-20",
    ),
    review_alternatives={"area": [Q_CSP]},
    recommendations=[
        R(
            "1",
            Q_CSP,
            "Quenwick Community Safety Partnership should make sure that a helpline card",
            ["specialist_support", "routine_enquiry"],
        ),
        R(
            "2",
            "Quenwick Police",
            "Quenwick Police should make sure that officers attending a report of a disturbance",
            ["policy_procedure"],
        ),
        R(
            "3",
            "Quenwick Homes",
            "Quenwick Homes should train housing officers to notice when one partner",
            ["training"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Add a 'what happens next' step to the practice nurse",
            "Primary Care Safeguarding Lead",
            "30 Jun 2025",
            "Done",
        ),
        _a(
            None,
            "1",
            "Offer every practice a visit from the health IDVA",
            "IDVA Service Manager",
            "31 Mar 2026",
            "Ongoing",
        ),
        _a(
            None,
            "2",
            "Reissue the doorstep guidance on speaking to each adult",
            "Superintendent, Local Policing",
            "31 Aug 2025",
            "Done",
        ),
        _a(
            None,
            "2",
            "Dip-sample body-worn video of ten disturbance calls",
            "Inspector, Quality Assurance",
            "30 Nov 2025",
            "Overdue",
        ),
        _a(None, "3", "Half-day training for housing officers on coercive", Q_TSM, "31 Jan 2026", "Ongoing"),
        _a(None, "3", "Add a prompt to the tenancy visit checklist", Q_TSM, "30 Apr 2026", "Not begun"),
    ],
    chronology=[
        C(None, None, "Tuesday 4th May 2021", "2021-05-04", "Eleni told her practice nurse that her partner"),
        C(
            None,
            None,
            "Friday 7th May 2021",
            "2021-05-07",
            "A neighbour called the police after hearing a crash",
        ),
        C(
            None,
            None,
            "Saturday 15th to Monday 17th May 2021",
            "2021-05-15",
            "Eleni stayed with her sister, who later told",
            date_end="2021-05-17",
        ),
        C(
            None,
            None,
            "Wednesday 2nd June 2021",
            "2021-06-02",
            "The housing officer visited about rent arrears",
        ),
        C(None, None, "Sunday 20th June 2021", "2021-06-20", "Eleni was killed by Mark at the flat"),
    ],
    notes=(
        "plain pdftotext. A DHR executive summary: review_type DHR, doc_kind executive_summary, no review id, "
        "author the independent chair and author, Eleni 34 died 20 June 2021, area Quenwick. Recommendations: "
        "'1)'-'3)', ref N, level overview, all local. The '(a)'-'(c)' lines of enquiry are not recommendations. "
        "Actions: the six appendix rows, no action ref; recommendation_ref the Rec cell, and for a row whose Rec "
        "cell is blank the number printed above it (the key line says so); lead the Responsible officer cell; "
        "target 'd Mon yyyy' -> day; status the Position cell (Done -> complete; Ongoing and Overdue -> "
        "in_progress, the key calls Overdue 'begun, past its date'; Not begun -> not_started). Chronology: one "
        "entry per 'Summary of events' paragraph, date_raw the weekday date without the full stop (the time in "
        "brackets is neither date nor text), text after it; the range -> 15 May with date_end 17 May; not "
        "relative."
    ),
)

# --------- 5. Partnership SAR plan: C / IP / NS codes with a key, ref last, "Nov 25" targets
S5 = "sab_partnership_sar_plan_what_needs_to_change_merged_status_codes_c_ip_ns_key_ref_col_last_mon_yy_no_dash_targets_c059_landscape_ravensgarth"
R_ASP = "Ravensgarth Adult Safeguarding Partnership"

GOLD[S5] = dict(
    family="sab_partnership_sar_plan_status_codes_c_ip_ns_ref_last_mon_yy_targets",
    description=(
        "Standalone SAR action plan of an adult safeguarding partnership, C059 8, landscape, 2 pages: page 1 a "
        "summary sentence, a bold status key line 'C = complete; IP = in progress; NS = not started' (with 'Nov "
        "25 = November 2025'), 'Finding N.' paragraphs and a 'Progress at a glance' count box (not records); "
        "page 2 ONE table What needs to change (SAR recommendation) | What we will do | Who | When | Status | Ref "
        "whose first cell holds the numbered recommendation '1. <text>' merged down over its actions, When 'Nov "
        "25' (month and two-digit year, no dash), Status a code C / IP / NS, the action ref LAST ('RASP-1.1')"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Ravensgarth",
        doc_kind="action_plan",
        author="Constance Adeyemi-Rourke",
        victims=[{"pseudonym": "Jamie", "age": 22}],
        date_of_death="2024-01-08",
    ),
    review_alternatives={"area": [R_ASP]},
    recommendations=[
        R(
            "1",
            R_ASP,
            "Ravensgarth Adult Safeguarding Partnership should make sure that agencies share",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "2",
            "Ravensgarth Council",
            "Ravensgarth Council should make sure that the transition from children's to adult services",
            ["children", "policy_procedure"],
        ),
        R(
            "3",
            "Ravensgarth Police",
            "Ravensgarth Police should tell adult social care when a vulnerable adult's home",
            ["information_sharing", "substance_misuse"],
        ),
    ],
    actions=[
        _a(
            "RASP-1.1",
            "1",
            "Write a multi-agency exploitation screening tool",
            "Partnership Business Manager",
            "Nov 25",
            "C",
        ),
        _a(
            "RASP-1.2",
            "1",
            "Hold a monthly exploitation panel for adults",
            "Head of Adult Safeguarding",
            "Feb 26",
            "IP",
        ),
        _a(
            "RASP-2.1",
            "2",
            "Agree a transitions protocol with children's services",
            "Assistant Director, Adult Social Care",
            "Jan 26",
            "IP",
        ),
        _a(
            "RASP-2.2",
            "2",
            "Report the age at referral for every transition case",
            "Transitions Team Manager",
            "Jun 26",
            "NS",
        ),
        _a(
            "RASP-3.1",
            "3",
            "Add adult social care to the cuckooing notification",
            "Detective Chief Inspector, Exploitation",
            "Sep 25",
            "C",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone SAR action plan: review_type SAR, doc_kind action_plan, no review id, author "
        "the review's writer, Jamie 22 died 8 January 2024, area Ravensgarth (the partnership is its SAB). "
        "Recommendations: the three merged first cells '1. <text>', ref N, text after 'N. ', level overview, all "
        "local. 'Finding N.' paragraphs, the count box and the status key are not records. Actions: the five rows, "
        "ref the LAST column as printed ('RASP-1.1'), recommendation_ref the merged cell's number, lead the Who "
        "cell, target the When cell ('Nov 25' is November 2025 as the key says -> month, NOT the 25th of "
        "November), status the code (C -> complete, IP -> in_progress, NS -> not_started). No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
