"""Hand-written gold for heldout47 (blind set). Every field below was written by hand from the documents'
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
AG = "agency"

# Targets as printed -> the date a reader files them under: the day for dd/mm/yyyy, the month for "Sep 2025" and
# "April 2025".
TARGETS = {
    "31/03/2025": "2025-03-31",
    "30/11/2025": "2025-11-30",
    "30/06/2025": "2025-06-30",
    "31/01/2026": "2026-01-31",
    "31/10/2025": "2025-10-31",
    "31/03/2026": "2026-03-31",
    "30/09/2025": "2025-09-30",
    "30/04/2026": "2026-04-30",
    "Sep 2025": "2025-09",
    "Dec 2025": "2025-12",
    "Jun 2026": "2026-06",
    "Oct 2025": "2025-10",
    "Feb 2026": "2026-02",
    "Nov 2025": "2025-11",
    "Jan 2026": "2026-01",
    "Mar 2026": "2026-03",
    "Aug 2025": "2025-08",
    "Jul 2026": "2026-07",
    "April 2025": "2025-04",
    "November 2025": "2025-11",
    "March 2025": "2025-03",
    "June 2025": "2025-06",
    "September 2025": "2025-09",
    "January 2026": "2026-01",
}
# Each document's own words: Wyrlow's completion-and-outcome cell opens with Completed / Ongoing / Not yet
# started; Pendrith's BRAG letters by its key (B complete and evidenced, G on track, A at risk of missing the
# target date, R not started); Corswell's three status words.
STATUS = {
    "Completed": "complete",
    "Ongoing": "in_progress",
    "Not yet started": "not_started",
    "B": "complete",
    "G": "in_progress",
    "A": "in_progress",
    "R": "not_started",
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR overview extract: fact strip on the title page, recommendations table, HO template plan
W_SHP = "Safer Wyrlow Partnership"
W_ASC = "Wyrlow Adult Social Care"
W_PCN = "Wyrlow and Brant Primary Care Network"
GOLD[S1] = dict(
    family="dhr_overview_title_page_fact_strip_rec_table_ho_template_plan_status_in_completion_col",
    description=(
        "A DHR overview report extract, Nimbus Sans 10, portrait, 3 pages; no head or foot on the title page, then "
        "running head 'Safer Wyrlow Partnership | DHR ‘Rosalind’ | Overview report' and footer 'OFFICIAL – N' "
        "(right). Title page: partnership in capitals, 'Domestic Homicide Review', 'Overview Report', "
        "'‘Rosalind’', then a fact strip: one bordered table of four headed cells side by side (Review reference "
        "| Commissioned by | Date of death | Independent chair and author; white bold heads on dark blue) over "
        "their values ('WYS/DHR/2023/03', 'Safer Wyrlow Partnership', '17/09/2023', the author), and a version "
        "line. Page 2: an extract note, '1. Introduction' 1.1-1.3 (age 71; 'the autumn of 2023' only), '7. "
        "Conclusions', '8. Recommendations' 8.1, a table No. | Recommendation | Lead agency (1-5), 8.2 (single "
        "agency recommendations not repeated); then, on the same page, 'Appendix A: Domestic Homicide Review "
        "Action Plan' with a note and the Home Office template's seven columns (Recommendation | Scope of "
        "recommendation | Action to take | Lead Agency | Key milestones achieved in enacting recommendation | "
        "Target Date | Date of completion and Outcome), the Recommendation and Scope cells merged down over each "
        "recommendation's actions, the recommendation cell a short '1. ...' restatement, no action refs, "
        "targets dd/mm/yyyy, no status column: the status only opens the last cell ('Completed 26/03/2025. "
        "Outcome: ...', 'Ongoing – ...', 'Not yet started.'); the table runs over the page break, the action "
        "'Add two questions ...' split across pages 2 and 3 under the repeated header; a count line"
    ),
    review=dict(
        review_id="WYS/DHR/2023/03",
        review_type="DHR",
        area="Wyrlow",
        doc_kind="overview_report",
        author="Marguerite Okonjo-Pell",
        victims=[{"pseudonym": "Rosalind", "age": 71}],
        date_of_death="2023-09-17",
    ),
    review_alternatives={"area": [W_SHP]},
    recommendations=[
        R(
            "1",
            W_SHP,
            "Safer Wyrlow Partnership should commission a short guide for practitioners",
            ["policy_procedure", "other"],
        ),
        R(
            "2",
            W_ASC,
            "Wyrlow Adult Social Care should make sure that a carer's assessment",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "3",
            W_PCN,
            "Wyrlow and Brant Primary Care Network should ask practices to see older patients alone",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Brantshire Police",
            "Brantshire Police should review how officers attending a call",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "5",
            W_SHP,
            "Safer Wyrlow Partnership should seek assurance from the domestic abuse service",
            ["quality_assurance", "specialist_support"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Agree the brief for the guide with the DHR steering group",
            W_SHP,
            "31/03/2025",
            "Completed",
        ),
        _a(
            None,
            "1",
            "Publish the guide and launch it at a practitioner event",
            W_SHP,
            "30/11/2025",
            "Ongoing",
        ),
        _a(None, "2", "Add two questions on the relationship and on fear", W_ASC, "30/06/2025", "Completed"),
        _a(
            None,
            "2",
            "Audit twenty carer's assessments completed after the change",
            W_ASC,
            "31/01/2026",
            "Ongoing",
        ),
        _a(
            None,
            "3",
            "Send a practice bulletin to all practices on seeing older",
            W_PCN,
            "31/10/2025",
            "Completed",
        ),
        _a(
            None,
            "4",
            "Review a dip sample of calls from the homes of people over 65",
            "Brantshire Police",
            "31/03/2026",
            "Not yet started",
        ),
        _a(None, "5", "Ask the domestic abuse service to report the ages", W_SHP, "30/09/2025", "Completed"),
        _a(
            None,
            "5",
            "Hold a learning session with the outreach team",
            W_SHP,
            "30/04/2026",
            "Not yet started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields from the title page's fact strip: review id 'WYS/DHR/2023/03', date of "
        "death 17/09/2023 (the text says only 'the autumn of 2023'), author the independent chair and author; "
        "area Wyrlow (the partnership's name also accepted); Rosalind 71. Recommendations: the five rows of the "
        "No. | Recommendation | Lead agency table, ref the No. cell, agency the Lead agency cell; local. The "
        "plan's Recommendation cells ('1. Commission a practitioner guide ...') restate them in short and are "
        "not further recommendations. Actions: one per plan row (eight), no printed ref (ref null), "
        "recommendation_ref the number opening the merged Recommendation cell, lead the Lead Agency cell, "
        "target the Target Date (dd/mm/yyyy, the day). Status: the plan has no status column; the status is "
        "the word opening 'Date of completion and Outcome' (status_raw that word): 'Completed dd/mm/yyyy. "
        "Outcome: ...' complete, 'Ongoing – ...' in_progress, 'Not yet started.' not_started; the completion "
        "date is not the target. The milestones column is not the status. No chronology."
    ),
)

# --------- 2. SAR overview extract: numbered-paragraph chronology with the dates inside the sentences
M_SAB = "Morlecombe Safeguarding Adults Board"
GOLD[S2] = dict(
    family="sar_overview_numbered_para_chronology_dates_inside_sentences_recs_list_lead_in_brackets",
    description=(
        "A SAR overview report extract, Liberation Serif 11, portrait, 2 pages, running head 'Morlecombe "
        "Safeguarding Adults Board — SAR ‘Derek’' (right), footer 'Page N of M': title, '‘Derek’', a line with "
        "the reviewer and month; '1. Introduction' 1.1 (age 58, date of death) and 1.2; '4. Summary of events' "
        "4.1-4.8, numbered paragraphs each holding one dated event with the date inside the sentence ('... "
        "reviewed his diabetes on 9 January 2023 and ...', 'In mid-March 2023 ...') and one "
        "relative ('Two days later the nurse ...'); '5. Learning' bullets; '6. Recommendations': 6.1 a lead-in, "
        "then a numbered list 1.-5. as hanging paragraphs, each ending '(Lead: agency)', the list running over "
        "the page break after 3.; 6.2 the Board's acceptance. No plan"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Morlecombe",
        doc_kind="overview_report",
        author="Bernadette Llewellyn-Ashe",
        victims=[{"pseudonym": "Derek", "age": 58}],
        date_of_death="2023-06-29",
    ),
    review_alternatives={"area": [M_SAB]},
    recommendations=[
        R(
            "1",
            M_SAB,
            "Morlecombe Safeguarding Adults Board should update its self-neglect guidance",
            ["policy_procedure", "other"],
        ),
        R(
            "2",
            "Morlecombe Council Adult Social Care",
            "Morlecombe Council should make sure that a case is not closed after one visit",
            ["quality_assurance", "other"],
        ),
        R(
            "3",
            "Morlecombe Community Health Services",
            "Morlecombe Community Health Services should give community nurses a way to escalate",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "4",
            "Morlecombe Hospitals NHS Trust",
            "Morlecombe General Hospital should tell the person's GP and any open social care team",
            ["information_sharing"],
        ),
        R(
            "5",
            M_SAB,
            "The Board should ask social landlords in Morlecombe to agree",
            ["multi_agency_working", "other"],
        ),
    ],
    actions=[],
    chronology=[
        C("4.1", None, "9 January 2023", "2023-01-09", "Derek's GP reviewed his diabetes on 9 January 2023"),
        C("4.2", None, "2 February 2023", "2023-02-02", "The community nursing team were asked to visit"),
        C(
            "4.3",
            None,
            "Two days later",
            "2023-02-04",
            "Two days later the nurse made a safeguarding concern",
            True,
        ),
        C(
            "4.4",
            None,
            "20 February 2023",
            "2023-02-20",
            "The council's front door team screened the concern",
        ),
        C(
            "4.5",
            None,
            "mid-March 2023",
            "2023-03",
            "In mid-March 2023 Derek's landlord reported rent arrears",
        ),
        C("4.6", None, "4 April 2023", "2023-04-04", "A social worker visited on 4 April 2023"),
        C(
            "4.7",
            None,
            "21 May 2023",
            "2023-05-21",
            "Derek was taken to Morlecombe General Hospital by ambulance",
        ),
        C(
            "4.8",
            None,
            "29 June 2023",
            "2023-06-29",
            "Police forced entry after a welfare call from the landlord",
        ),
    ],
    notes=(
        "plain pdftotext. A SAR overview extract: no review id, author the reviewer, Derek 58, died 29 June "
        "2023, area Morlecombe (the Board's name also accepted). Recommendations: the five numbered items under "
        "6.1's lead-in, ref the item's number, agency the body in '(Lead: ...)' (which for #2 and #4 names the "
        "agency more fully than the sentence's subject); local. The '(Lead: ...)' tail is part of the printed "
        "item. The learning bullets are not recommendations. Chronology: one entry per paragraph of '4. Summary "
        "of events' (eight), ref the paragraph number, date the one date in the paragraph wherever it sits in "
        "the sentence; 4.3 'Two days later' is relative to 4.2's 2 February 2023 (4 February 2023); 4.5 "
        "'mid-March 2023' the month (approximate). 'January 2023' in 1.2 (the review's period), 29 June 2023 in "
        "1.1 (the introduction), 16 October 2025 and September 2025 are not chronology. No actions."
    ),
)

# --------- 3. SAB SAR action plan grouped by agency, numbering restarting in each agency; BRAG letters
P_SAB = "Pendrith Safeguarding Adults Board"
P_ASC = "Pendrith Council – Adult Social Care"
P_HO = "Pendrith Council – Housing Options"
P_MH = "Pendrith and Vale NHS Foundation Trust (mental health)"
P_POL = "Pendrith Police"
GOLD[S3] = dict(
    family="sab_sar_plan_agency_band_rows_numbering_restarts_brag_letters",
    description=(
        "A SAB's SAR action plan, Liberation Sans 9.5 (table), landscape A4, 2 pages, running head 'Pendrith "
        "Safeguarding Adults Board' (left), footer 'SAR ‘Malcolm’ – multi-agency action plan – version 4 "
        "(October 2025)   Page N' (left): title, an introduction (Malcolm died sleeping rough 'in the winter of "
        "2024'), 'Recommendations of the review' 1.-5. as hanging paragraphs, a bold 'BRAG key:' line (B "
        "complete and evidenced, G on track, A at risk of missing the target date, R not started), a note that "
        "actions are numbered within each agency; then one table No. | SAR rec | Action | Responsible officer | "
        "Target | Progress update | BRAG, the rows grouped under full-width shaded agency band rows (Adult "
        "Social Care 1-3, Housing Options 1-2, the mental health trust 1-2, Police 1-2, the Board 1-2: the "
        "number restarts at 1 in each band), 'SAR rec' the recommendation's number, targets 'Mon yyyy', the "
        "progress cell opening with a dd/mm/yyyy date, the BRAG cell a single letter on a coloured fill; the "
        "'Pendrith Police' band row is the last line of page 1 and its two rows are on page 2 under the repeated "
        "header; a next-update line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Pendrith",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Malcolm", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [P_SAB]},
    recommendations=[
        R(
            "1",
            None,
            "Partners should make sure that a person who is homeless and discharged from hospital",
            ["multi_agency_working", "other"],
        ),
        R(
            "2",
            "Pendrith Council",
            "Pendrith Council should review how its housing and adult social care teams share information",
            ["information_sharing", "other"],
        ),
        R(
            "3",
            "Pendrith and Vale NHS Foundation Trust",
            "The mental health trust should offer an assessment to a person sleeping rough",
            ["mental_health", "risk_assessment"],
        ),
        R(
            "4",
            P_POL,
            "Pendrith Police should refer people sleeping rough to adult social care",
            ["multi_agency_working", "other"],
        ),
        R(
            "5",
            P_SAB,
            "The Board should test within a year whether these changes have made a difference",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "1",
            "1",
            "Name a hospital discharge worker for every homeless",
            "Head of Hospital Social Work",
            "Sep 2025",
            "B",
            P_ASC,
        ),
        _a(
            "2",
            "2",
            "Agree with Housing Options a shared list of people",
            "Service Manager, Safeguarding",
            "Dec 2025",
            "G",
            P_ASC,
        ),
        _a(
            "3",
            "5",
            "Audit ten cases of people sleeping rough open to adult",
            "Principal Social Worker",
            "Jun 2026",
            "R",
            P_ASC,
        ),
        _a(
            "1",
            "2",
            "Add a question on care and support needs to the rough",
            "Rough Sleeping Co-ordinator",
            "Oct 2025",
            "B",
            P_HO,
        ),
        _a(
            "2",
            "1",
            "Agree a hospital discharge protocol for homeless",
            "Housing Options Manager",
            "Feb 2026",
            "G",
            P_HO,
        ),
        _a(
            "1",
            "3",
            "Change the liaison psychiatry procedure so that no",
            "Clinical Lead, Liaison Psychiatry",
            "Nov 2025",
            "A",
            P_MH,
        ),
        _a(
            "2",
            "3",
            "Record housing status in every liaison assessment",
            "Clinical Lead, Liaison Psychiatry",
            "Jan 2026",
            "G",
            P_MH,
        ),
        _a(
            "1",
            "4",
            "Brief neighbourhood officers on making adult social",
            "Inspector, Partnerships",
            "Oct 2025",
            "B",
            P_POL,
        ),
        _a(
            "2",
            "4",
            "Check the number of referrals made for people of",
            "Inspector, Partnerships",
            "Mar 2026",
            "G",
            P_POL,
        ),
        _a(
            "1",
            "1",
            "Write to the hospital trust and the ICB asking them",
            "Board Manager",
            "Aug 2025",
            "B",
            P_SAB,
        ),
        _a(
            "2",
            "5",
            "Hold a learning event with outreach, housing and",
            "Board Manager",
            "Jul 2026",
            "R",
            P_SAB,
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A SAB's SAR action plan (doc_kind action_plan): no review id, no author, Malcolm's "
        "age not given, date of death none ('the winter of 2024' is a season that could be January-February or "
        "December 2024, so not scored), area Pendrith (the Board also accepted). Recommendations: the five "
        "numbered paragraphs under 'Recommendations of the review', ref the number; agency the body addressed: "
        "#1 'Partners' none, #2 Pendrith Council, #3 'The mental health trust' = the trust named in the plan's "
        "band, #4 the police, #5 'The Board'; local. Actions: one per numbered row (eleven); the agency band "
        "rows are not actions but each row's agency_section (the band's text as printed); ref the No. cell as "
        "printed, restarting at 1 in each band (so refs repeat: ref with agency_section identifies an action); "
        "recommendation_ref the SAR rec cell (not the row number); lead the Responsible officer cell as printed; "
        "target 'Mon yyyy' the month. Status from the BRAG letter by the document's key (status_raw the "
        "letter): B complete, G and A in_progress, R not_started; the dated progress cell is progress, not a "
        "target. The Police band sits at the foot of page 1 and its rows on page 2: they still belong to it. No "
        "chronology."
    ),
)

# --------- 4. CSPR report: chronology table over a page break, Recommendation N headings, partnership plan
C_SCP = "Corswell Safeguarding Children Partnership"
GOLD[S4] = dict(
    family="cspr_report_chronology_table_recommendation_n_headings_why_line_partnership_plan",
    description=(
        "A CSPR report, URW Bookman 9.5, portrait, 2 pages, running head 'Corswell Safeguarding Children "
        "Partnership' (right), footer 'CSPR Child K – published 3 December 2025 – N': title, 'Child K "
        "(‘Kacper’)', a line with the lead reviewer and dates; '1. Why this review was carried out' (age 3, date "
        "of death), the family, the method and a grandmother's words; '2. Chronology of key contacts': a "
        "bordered table Date | Agency | What happened, thirteen rows, dates dd/mm/yyyy, the 19/09/2024 row split "
        "over the page break (its last line on page 2 under the repeated header) and 08/11/2024 on page 2; '3. "
        "Findings'; '4. Recommendations': each a bold 'Recommendation N' line over a plain paragraph and a "
        "'Why:' line (bold run-in label); '5. Partnership action plan': a date line and a table Rec | Ref | "
        "Action | Lead | By | Status, the Rec cell merged down over its actions, refs '1a' '1b', 'By' a month "
        "and year ('April 2025'), statuses Complete / In progress / Not started; a closing line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Corswell",
        doc_kind="overview_report",
        author="Anwen Castellano-Reid",
        victims=[{"pseudonym": "Kacper", "age": 3}],
        date_of_death="2024-11-08",
    ),
    review_alternatives={"area": [C_SCP]},
    recommendations=[
        R(
            "1",
            C_SCP,
            "Corswell Safeguarding Children Partnership should make sure that an early years setting's call",
            ["policy_procedure", "children"],
        ),
        R(
            "2",
            "Corswell Police",
            "Corswell Police should notify children's social care of every domestic incident",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            None,
            "Health visitors and GPs in Corswell should record the name and role of any adult",
            ["record_keeping", "children"],
        ),
        R(
            "4",
            C_SCP,
            "The Partnership should agree with early years providers what happens",
            ["policy_procedure", "children"],
        ),
    ],
    actions=[
        _a(
            "1a",
            "1",
            "Change the front door procedure so that a call",
            "Head of Service, Front Door",
            "April 2025",
            "Complete",
        ),
        _a(
            "1b",
            "1",
            "Audit a sample of early years contacts six months",
            "Partnership Quality Assurance Lead",
            "November 2025",
            "In progress",
        ),
        _a(
            "2a",
            "2",
            "Issue a force order that every domestic incident",
            "Detective Chief Inspector, Public Protection",
            "March 2025",
            "Complete",
        ),
        _a(
            "3a",
            "3",
            "Add a 'household members' prompt to the health visiting",
            "Head of Children's Community Health",
            "June 2025",
            "Complete",
        ),
        _a(
            "3b",
            "3",
            "Remind GP practices through the safeguarding newsletter",
            "Designated Doctor",
            "September 2025",
            "In progress",
        ),
        _a(
            "4a",
            "4",
            "Write a short protocol for early years settings",
            "Early Years Service Manager",
            "January 2026",
            "Not started",
        ),
    ],
    chronology=[
        C(None, None, "16/01/2024", "2024-01-16", "Mother registered Kacper with a new practice"),
        C(None, None, "07/02/2024", "2024-02-07", "Mother signed a tenancy for a two-bedroom house"),
        C(None, None, "14/03/2024", "2024-03-14", "Two-year review at home. Mother said Kacper"),
        C(None, None, "29/04/2024", "2024-04-29", "Landlord's agent visited about damp"),
        C(None, None, "02/05/2024", "2024-05-02", "Kacper seen with a burn to the back of his hand"),
        C(None, None, "23/05/2024", "2024-05-23", "Kacper started at nursery for two days a week"),
        C(None, None, "20/06/2024", "2024-06-20", "Mother seen alone about low mood and poor sleep"),
        C(None, None, "11/07/2024", "2024-07-11", "Neighbour called police about a man shouting"),
        C(None, None, "05/08/2024", "2024-08-05", "Bruise to Kacper's cheek noted on arrival"),
        C(None, None, "06/08/2024", "2024-08-06", "Advice call logged as a contact"),
        C(None, None, "27/08/2024", "2024-08-27", "Letter sent offering a developmental review"),
        C(None, None, "19/09/2024", "2024-09-19", "Kacper stopped attending. Nursery tried to call mother"),
        C(None, None, "08/11/2024", "2024-11-08", "Called to the home; Kacper was unresponsive"),
    ],
    notes=(
        "plain pdftotext. A CSPR report (review_type SCR, as the sets write child safeguarding practice reviews; "
        "doc_kind overview_report): no review id, author the lead reviewer, Kacper (Child K) 3, died 8 November "
        "2024, area Corswell (the partnership also accepted). Recommendations: the paragraph under each bold "
        "'Recommendation N' (four), ref N, agency the body addressed (#3 'Health visitors and GPs in Corswell' "
        "names no agency: none; #4 'The Partnership'); local. The 'Why:' lines are rationale, not part of the "
        "recommendation and not recommendations; the findings are not recommendations. Actions: one per plan "
        "row (six), ref the Ref cell, recommendation_ref the merged Rec cell, lead the Lead cell, target the By "
        "cell (month and year), status the Status word. Chronology: one entry per table row (thirteen), date "
        "the Date cell (dd/mm/yyyy, the day), text the What happened cell; the 19/09/2024 row's last line is on "
        "page 2 and is part of that row. 20 December 2024, 3 December 2025, 18 November 2025 and 'early 2024' "
        "are not chronology."
    ),
)

# --------- 5. DHR executive summary: panel recommendations, single agency recommendations by agency
Y_CSP = "Yardwick Community Safety Partnership"
GOLD[S5] = dict(
    family="dhr_exec_summary_panel_recs_run_in_single_agency_recs_by_agency_restart",
    description=(
        "A DHR executive summary, C059 10.5, portrait, 2 pages; no head or foot on the title page, then running "
        "head 'DHR ‘Priya’ – Executive Summary' (right) and footer 'N' (centred). Title "
        "page: partnership, 'DOMESTIC HOMICIDE REVIEW', 'Executive Summary', an italic line 'Report into the "
        "death of ‘Priya’, aged 34, who died on 11th April 2024' (ordinal day), 'Independent Chair and Report "
        "Author' over the name, 'Completed: August 2025'. Page 2: '1. The review process' 1.1-1.2, '2. Summary "
        "of the key issues' 2.1-2.2, '3. Recommendations': 3.1 a lead-in, three indented paragraphs opening "
        "with a bold run-in 'Panel Recommendation N: ', 3.2 a note, then single agency recommendations under "
        "three agency sub-headings (Yardwick Police 1.-2., Yardwick Domestic Abuse Service 1., Yardwick and "
        "Esk Primary Care Network 1.-2.: the numbering restarts under each agency), 3.3. No plan, no chronology"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Yardwick",
        doc_kind="executive_summary",
        author="Hollis Varga-Penrose",
        victims=[{"pseudonym": "Priya", "age": 34}],
        date_of_death="2024-04-11",
    ),
    review_alternatives={"area": [Y_CSP]},
    recommendations=[
        R(
            "1",
            Y_CSP,
            "Yardwick Community Safety Partnership should make sure that the routes for reporting economic",
            ["awareness_public"],
        ),
        R(
            "2",
            Y_CSP,
            "Yardwick Community Safety Partnership should ask the MARAC steering group to review",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "3",
            "Home Office",
            "The Home Office should consider issuing guidance to employers",
            ["policy_procedure", "awareness_public"],
            scope="national",
        ),
        R(
            "1",
            "Yardwick Police",
            "Review the use of the repeat victim flag",
            ["information_sharing", "risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            "Yardwick Police",
            "Train call handlers to ask whether the caller has previously been referred",
            ["training", "risk_assessment"],
            level=AG,
        ),
        R(
            "1",
            "Yardwick Domestic Abuse Service",
            "Make at least three attempts to contact a victim after a MARAC referral",
            ["specialist_support"],
            level=AG,
        ),
        R(
            "1",
            "Yardwick and Esk Primary Care Network",
            "Make sure that practices record a disclosure of domestic abuse",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "2",
            "Yardwick and Esk Primary Care Network",
            "Include economic abuse in the practices' annual domestic abuse training",
            ["training"],
            level=AG,
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR executive summary: no review id, author the independent chair and report "
        "author, Priya 34, died 11 April 2024 (the title page's '11th April 2024', the only place it is "
        "printed), area Yardwick (the partnership also accepted). Recommendations: the three 'Panel "
        "Recommendation N: ' paragraphs (level overview, ref N, #3 to the Home Office, scope national; #1-2 "
        "local) and the five numbered items under the agency sub-headings (level agency, agency the heading, "
        "ref the item's number as printed: the numbering restarts under each agency, so refs 1 and 2 repeat "
        "and are told apart by agency; local). Paragraphs 3.1-3.3 are not recommendations. May 2024, February "
        "2025 and 2022 are not chronology; there is none. No actions."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
