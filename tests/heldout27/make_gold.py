"""Hand-written gold for heldout27 (blind set). Every field below was written by hand from the documents'
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
AG = "agency"

# --------- 1. CSP DHR action plan, landscape, agency band rows (DejaVu Sans Condensed 9.5)
S1 = (
    "csp_dhr_plan_agency_band_rows_restart_numbering_progress_update_dated_col_condensed_landscape_kestonmere"
)
K_POL = "Kestonmere Police"
K_NHS = "Kestonmere and Wrenshaw NHS Foundation Trust"
K_HOU = "Kestonmere Borough Council – Housing Options"
K_CSP = "Kestonmere Community Safety Partnership"
PLAN1 = {"Completed": "complete", "In progress": "in_progress", "Not yet started": "not_started"}


def _k(section, rec, start, lead, raw, iso, word):
    return A(None, section, rec, start, lead, raw, iso, word, PLAN1[word])


GOLD[S1] = dict(
    family="csp_dhr_plan_agency_band_rows_restart_numbering_progress_update_dated_col",
    description=(
        "Community Safety Partnership's DHR action plan, standalone, landscape, DejaVu Sans Condensed 9.5, 2 "
        "pages: a lead-in saying recommendations are grouped by owning organisation and numbered from 1 within "
        "each, then ONE table No. | Recommendation | Action | Lead officer | Target date | Progress update (June "
        "2025) | Status with full-width shaded agency band rows (three agencies and a multi-agency band), the "
        "No. and Recommendation cells merged down over one or two actions, the numbering restarting at 1 under "
        "each band, dd.mm.yyyy targets, empty progress cells, status words Completed / In progress / Not yet "
        "started (the last wrapped), the header repeated and the multi-agency band's second recommendation "
        "alone on page 2 under the repeated header"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Kestonmere",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Idony", "age": 44}],
        date_of_death="2022-10",
    ),
    review_alternatives={"area": [K_CSP]},
    recommendations=[
        R(
            "1",
            K_POL,
            "Kestonmere Police should make sure that breaches of a non-molestation order are linked",
            ["risk_assessment", "record_keeping"],
            level=AG,
        ),
        R(
            "2",
            K_POL,
            "Kestonmere Police should review how victims are told that a suspect has been released",
            ["specialist_support", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            K_NHS,
            "The Trust should make routine enquiry about domestic abuse part of every adult mental",
            ["routine_enquiry", "mental_health"],
            level=AG,
        ),
        R(
            "1",
            K_HOU,
            "Housing Options should record why a domestic abuse victim declines a move",
            ["record_keeping", "other"],
            level=AG,
        ),
        R(
            "2",
            K_HOU,
            "Housing Options should train all front-line officers in the use of the MARAC referral",
            ["training", "multi_agency_working"],
            level=AG,
        ),
        R(
            "1",
            K_CSP,
            "The Partnership should publish a clear pathway for friends, family and employers",
            ["awareness_public"],
        ),
        R(
            "2",
            K_CSP,
            "The Partnership should check, twelve months after sign-off, that every agency's actions",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _k(
            K_POL,
            "1",
            "Change the crime recording system so that an order breach",
            "Head of Crime Recording",
            "31.03.2025",
            "2025-03-31",
            "Completed",
        ),
        _k(
            K_POL,
            "1",
            "Brief all response sergeants on the change",
            "Chief Inspector, Response",
            "31.05.2025",
            "2025-05-31",
            "In progress",
        ),
        _k(
            K_POL,
            "2",
            "Audit bail notifications in domestic abuse cases for one quarter",
            "Domestic Abuse Coordinator",
            "30.09.2025",
            "2025-09-30",
            "Not yet started",
        ),
        _k(
            K_NHS,
            "1",
            "Add a mandatory routine enquiry question to the assessment template",
            "Named Nurse, Adult Safeguarding",
            "31.12.2024",
            "2024-12-31",
            "Completed",
        ),
        _k(
            K_HOU,
            "1",
            "Add a 'reason declined' field and a follow-up task",
            "Housing Options Team Manager",
            "30.06.2025",
            "2025-06-30",
            "In progress",
        ),
        _k(
            K_HOU,
            "2",
            "Deliver half-day MARAC referral training to the whole team",
            "Learning and Development Lead",
            "31.10.2025",
            "2025-10-31",
            "In progress",
        ),
        _k(
            K_HOU,
            "2",
            "Add the training to the induction for new officers",
            "Housing Options Team Manager",
            "31.12.2025",
            "2025-12-31",
            "Not yet started",
        ),
        _k(
            OV,
            "1",
            "Produce and publish a 'worried about someone' web page and leaflet",
            "Community Safety Manager",
            "31.01.2025",
            "2025-01-31",
            "Completed",
        ),
        _k(
            OV,
            "1",
            "Run a social media campaign during the 16 Days of Action",
            "Communications Officer",
            "10.12.2025",
            "2025-12-10",
            "In progress",
        ),
        _k(
            OV,
            "2",
            "Hold an assurance session with each agency and report to the Board",
            "DHR Coordinator",
            "31.03.2026",
            "2026-03-31",
            "Not yet started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A standalone CSP DHR action plan: review_type DHR, doc_kind action_plan, no id or "
        "author printed; victim Idony, 44; date of death only 'October 2022' (month); area Kestonmere (the CSP "
        "in the running head and the last band). Recommendations: the seven merged Recommendation cells. The "
        "numbering restarts under each band (the lead-in says so), so refs repeat: Police 1, 2; Trust 1; "
        "Housing 1, 2; multi-agency 1, 2. The three agency bands give level agency with agency = the band "
        "text; the 'Multi-agency – Kestonmere Community Safety Partnership' band gives level overview with "
        "agency the CSP (the partnership's own recommendations), all local. Band rows, the lead-in and the "
        "'Next update' line are not recommendations. Actions: the ten rows; no printed action ref (null); "
        "recommendation_ref the merged No. cell; agency_section the band (multi-agency -> 'overview'); "
        "lead the Lead officer cell (wrapped over two lines in places); target the dd.mm.yyyy day; status "
        "Completed -> complete, In progress -> in_progress, Not yet started -> not_started (the progress "
        "text is not used for status). No chronology."
    ),
)

# --------- 2. SAR report (DejaVu Serif Condensed 10)
S2 = "sar_report_date_time_agency_event_comment_chron_two_pages_board_will_do_table_serif_condensed_skelwith"
SAB = "Skelwith Safeguarding Adults Board"
PLAN2 = {"Done": "complete", "Under way": "in_progress", "Not begun": "not_started"}


def _sk(rec, start, lead, raw, iso, word):
    return A(None, OV, rec, start, lead, raw, iso, word, PLAN2[word])


GOLD[S2] = dict(
    family="sar_report_date_time_agency_event_comment_chron_two_pages_board_will_do_table",
    description=(
        "Safeguarding Adults Review report set in DejaVu Serif Condensed 10, portrait, 2 pages, wide margins: "
        "title and reviewer line, introduction, 'Mervyn's story' and method sub-sections, '2. Key contacts' as a "
        "Date | Time | Agency | Event | Comment table (dd/mm/yyyy dates, times '10:15', 'Not recorded', "
        "'Evening') whose last row falls on page 2 under the repeated header, two bold 'Finding N –' lines with "
        "paragraphs, and '4. Recommendations and what the Board will do' as one table No. | The review "
        "recommends | What the Board will do | Who | By when | April 2025, the No. and recommendation cells "
        "merged down over one or two Board actions, month targets ('Sept 2024', 'Mar 2025', 'June 2025'), "
        "status words Done / Under way / Not begun explained in the lead-in"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Skelwith",
        doc_kind="overview_report",
        author="Oonagh Ferrisdale-Quayle",
        victims=[{"pseudonym": "Mervyn", "age": 68}],
        date_of_death="2023-03-02",
    ),
    review_alternatives={"area": [SAB]},
    recommendations=[
        R(
            "1",
            SAB,
            "The Board should publish a multi-agency self-neglect procedure with a named lead",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            None,
            "Partners should agree what staff do when they cannot gain entry to see an adult",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "3",
            "Skelwith Housing Trust",
            "Skelwith Housing Trust should train tenancy officers to recognise and refer self",
            ["training"],
            after=90,  # the method paragraph names the Trust first
        ),
    ],
    actions=[
        _sk(
            "1",
            "Write and sign off a self-neglect procedure with all partners",
            "Board Business Manager",
            "Sept 2024",
            "2024-09",
            "Done",
        ),
        _sk(
            "2",
            "Agree a shared 'no access' protocol with escalation after two failed visits",
            "Chair, Practice Subgroup",
            "Mar 2025",
            "2025-03",
            "Under way",
        ),
        _sk(
            "2",
            "Test the protocol in a multi-agency audit of ten cases",
            "Quality Assurance Lead",
            "Dec 2025",
            "2025-12",
            "Not begun",
        ),
        _sk(
            "3",
            "Add self-neglect to the tenancy officers' annual training",
            "Head of Tenancy Services",
            "June 2025",
            "2025-06",
            "Under way",
        ),
    ],
    chronology=[
        C(None, None, "11/01/2022", "2022-01-11", "Annual diabetes review missed; a text reminder was sent"),
        C(None, None, "24/03/2022", "2022-03-24", "Neighbour reported a smell from the flat and rubbish"),
        C(None, None, "06/06/2022", "2022-06-06", "Home fire safety visit. Crews noted piles of paper"),
        C(None, None, "19/08/2022", "2022-08-19", "Mervyn attended with an infected foot ulcer"),
        C(None, None, "02/09/2022", "2022-09-02", "District nurse could not gain entry. A card was left"),
        C(None, None, "15/11/2022", "2022-11-15", "Tenancy officer saw Mervyn at the door"),
        C(
            None,
            None,
            "27/01/2023",
            "2023-01-27",
            "Welfare check after a shop worker said Mervyn looked unwell",
        ),
        C(None, None, "02/03/2023", "2023-03-02", "Officers forced entry after the shop owner reported post"),
    ],
    notes=(
        "pdftotext -layout. A SAR report (section 44 Care Act): review_type SAR, doc_kind overview_report, no "
        "review id; author the reviewer on the title line (honorific dropped); Mervyn, 68, found dead 2 March "
        "2023 (the date in the introduction; he was found, not seen to die, and that is the date the report "
        "gives); area Skelwith (the Board). Recommendations: the three 'The review recommends' cells, ref the "
        "No. cell, level overview, all local; agency the addressee (rec 2 'Partners' names no single body: "
        "null). The Findings, 'Mervyn's story' and the method paragraph are not recommendations. Actions: the "
        "four 'What the Board will do' rows (the table is the Board's response and action plan: each row an "
        "action with a lead, date and status); no printed action ref (null); recommendation_ref the merged "
        "No.; lead the Who cell; targets to the month; status by the lead-in's words: Done -> complete, Under "
        "way -> in_progress, Not begun -> not_started. Chronology: the eight Key contacts rows, one entry each "
        "(dd/mm/yyyy -> day; the Time column is not part of the date; the dates '05/09, 09/09' inside a "
        "Comment cell are not entries); the last row sits on page 2 under the repeated header."
    ),
)

# --------- 3. CSPR extract, two-level recommendations, numeric rating tracker (Trebuchet MS -> DejaVu Sans)
S3 = "cspr_two_level_recs_1a_1b_tracker_numeric_rating_colour_key_trebuchet_dunnockvale"
DSCP = "Dunnockvale Safeguarding Children Partnership"
DCS = "Dunnockvale Council Children's Services"
RATING = {"4": "complete", "3": "in_progress", "2": "in_progress", "1": "not_started"}


def _d(rec, start, lead, raw, iso, digit):
    return A(None, OV, rec, start, lead, raw, iso, digit, RATING[digit])


GOLD[S3] = dict(
    family="cspr_two_level_recs_1a_1b_tracker_numeric_rating_colour_key",
    description=(
        "Child safeguarding practice review summary with its progress tracker, Trebuchet MS 10 (DejaVu Sans), "
        "portrait, 2 pages, footer '<label> | N' without 'of Y': a label / value box (child, date of death, "
        "lead reviewer, partnership reference), 'What we learned' bullets, recommendations as hanging numbered "
        "paragraphs on two levels — '1' and '3' are recommendations ending 'In particular:', followed by "
        "indented parts '1a', '1b', '3a' — then 'Progress tracker' Rec | Action | Owner | Deadline | Rating | "
        "Commentary whose Rating cell holds a number 1-4 in a shaded cell explained only by a key line "
        "('4 (blue) – complete and embedded; 3 (green) – on track; 2 (amber) – behind plan; 1 (red) – not "
        "started'), Rec cells repeated ('2' twice) not merged, month targets ('Jan 2024'), an empty commentary "
        "cell, and a row broken over the page with the header repeated"
    ),
    review=dict(
        review_id="DSCP/CSPR/2023/02",
        review_type="SCR",
        area="Dunnockvale",
        doc_kind="executive_summary",
        author="Hilde Brackenthwaite",
        victims=[{"pseudonym": "Lowenna", "age": 2}],
        date_of_death="2022-11-09",
    ),
    review_alternatives={"area": [DSCP]},
    recommendations=[
        R(
            "1",
            DSCP,
            "The Partnership should strengthen the support given to young parents who are care",
            ["children", "other"],
        ),
        R(
            "1a",
            DCS,
            "Dunnockvale Council Children's Services should invite the personal adviser",
            ["multi_agency_working", "children"],
        ),
        R(
            "1b",
            DCS,
            "Dunnockvale Council Children's Services should extend the offer of a personal",
            ["children", "other"],
        ),
        R(
            "2",
            None,
            "Early years settings should tell the health visiting service when a child under three",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            DSCP,
            "The Partnership should agree how case records follow a family that moves",
            ["information_sharing", "record_keeping"],
        ),
        R(
            "3a",
            "Dunnockvale Community Health Services",
            "Dunnockvale Community Health Services should transfer health visiting records",
            ["information_sharing", "record_keeping", "children"],
        ),
    ],
    actions=[
        _d(
            "1a",
            "Change the meeting invitation template to include the parent's",
            "Head of Safeguarding and Quality",
            "Jan 2024",
            "2024-01",
            "4",
        ),
        _d(
            "1b",
            "Take a costed proposal to extend personal adviser support",
            "Service Manager, Leaving Care",
            "Jul 2024",
            "2024-07",
            "2",
        ),
        _d(
            "2",
            "Issue attendance guidance to all early years settings",
            "Early Years Quality Lead",
            "Sep 2024",
            "2024-09",
            "3",
        ),
        _d(
            "2",
            "Set up a secure email route from nurseries to the health",
            "Health Visiting Service Manager",
            "Mar 2025",
            "2025-03",
            "1",
        ),
        _d(
            "3a",
            "Agree a five-day record transfer standard with the two",
            "Associate Director of Nursing",
            "Dec 2024",
            "2024-12",
            "3",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A CSPR summary with tracker: review_type SCR (CSPRs typed as the title-page sets "
        "type them), doc_kind executive_summary (a summary of learning and recommendations, not the full "
        "report), id the 'Partnership reference' row, author the lead reviewer, Lowenna aged 2 years 7 months "
        "(age 2), died 9 November 2022, area Dunnockvale. Recommendations: six records — 1 and 3 are "
        "recommendations in their own right (each asks the Partnership to do something) as well as the heads "
        "of their parts, and 1a, 1b, 3a are separate records (the lead-in says each part is tracked on its "
        "own); refs as printed ('1a'), level overview, all local; agency the addressee ('The Partnership' -> "
        "the Safeguarding Children Partnership; rec 2's 'Early years settings' is not one body: null). 'What "
        "we learned' bullets are not recommendations. Actions: the five tracker rows; no printed action ref "
        "(null); recommendation_ref the Rec cell ('1a', '2' twice — not merged, printed on each row); target "
        "month; status from the Rating digit by the key line only (the cell prints the digit; the colour is a "
        "fill): 4 -> complete, 3 and 2 -> in_progress, 1 -> not_started, status_raw the digit. No chronology."
    ),
)

# --------- 4. DARDR executive summary (DejaVu Sans Light 9.5)
S4 = "dardr_exec_summary_national_dept_table_local_l_recs_plan_l_dot_refs_sans_light_wrayholt"
WSCP = "Wrayholt Safer Communities Partnership"
PLAN4 = {"Closed": "complete", "Open": "in_progress", "Not started": "not_started"}


def _w(ref, rec, start, lead, raw, iso, word):
    return A(ref, OV, rec, start, lead, raw, iso, word, PLAN4[word])


GOLD[S4] = dict(
    family="dardr_exec_summary_national_dept_table_local_l_recs_plan_l_dot_refs",
    description=(
        "Domestic Abuse Related Death Review executive summary (a suicide after abuse) set in DejaVu Sans "
        "Light 9.5, portrait, 2 pages, no running head, footer '<id> Executive Summary Page X of Y': title "
        "lines with 'Review reference:' and 'Independent Chair and Author:' lines, a 'Key themes' bullet list, "
        "'3. National recommendations' as a No. | Government department | Recommendation table (N1-N3 to the "
        "Department for Work and Pensions, the Department of Health and Social Care and the Ministry of "
        "Justice), '4. Local recommendations' as paragraphs opening with a bold 'L1'-'L3', a page break, and "
        "'5. Local action plan' Ref | Local action | Owner | Due | Progress update (May 2025) | Status whose "
        "refs 'L1.1'-'L3.1' begin with the local recommendation they answer, day targets '30 Sep 2024' wrapped, "
        "status words Closed / Open / Not started explained in the lead-in"
    ),
    review=dict(
        review_id="WSCP DARDR 2023-01",
        review_type="DHR",
        area="Wrayholt",
        doc_kind="executive_summary",
        author="Lowri Mabbott-Hayes",
        victims=[{"pseudonym": "Tegwen", "age": 29}],
        date_of_death="2022",
    ),
    review_alternatives={"area": [WSCP]},
    recommendations=[
        R(
            "N1",
            "Department for Work and Pensions",
            "Make it possible for a person claiming Universal Credit as a couple",
            ["other"],
            scope="national",
        ),
        R(
            "N2",
            "Department of Health and Social Care",
            "Include questions about domestic abuse in national guidance for GPs",
            ["routine_enquiry", "mental_health", "policy_procedure"],
            scope="national",
        ),
        R(
            "N3",
            "Ministry of Justice",
            "Consider how coroners are told that a death under investigation followed",
            ["information_sharing", "policy_procedure"],
            scope="national",
        ),
        R(
            "L1",
            WSCP,
            "Wrayholt Safer Communities Partnership should run economic abuse awareness",
            ["training"],
        ),
        R(
            "L2",
            "Wrayholt Primary Care Network",
            "Wrayholt Primary Care Network should ask about domestic abuse whenever a patient",
            ["routine_enquiry", "mental_health"],
        ),
        R(
            "L3",
            WSCP,
            "The Partnership should work with local employers to give managers a simple route",
            ["awareness_public"],
        ),
    ],
    actions=[
        _w(
            "L1.1",
            "L1",
            "Commission an economic abuse training package from a specialist",
            "Partnership Manager",
            "30 Sep 2024",
            "2024-09-30",
            "Closed",
        ),
        _w(
            "L1.2",
            "L1",
            "Deliver the sessions to at least 200 frontline staff",
            "Domestic Abuse Lead",
            "31 Mar 2026",
            "2026-03-31",
            "Open",
        ),
        _w(
            "L2.1",
            "L2",
            "Add a domestic abuse prompt to the practice templates",
            "Clinical Director, Wrayholt PCN",
            "31 Jan 2025",
            "2025-01-31",
            "Open",
        ),
        _w(
            "L3.1",
            "L3",
            "Launch an employer pledge with a one-page guide for managers",
            "Community Safety Officer",
            "31 Oct 2025",
            "2025-10-31",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A DARDR executive summary: review_type DHR (the title-page sets type DARDRs DHR), id "
        "the 'Review reference' line, author the Independent Chair and Author, Tegwen 29, who took her own life "
        "'in the autumn of 2022' (year only in gold: the season gives no month), area Wrayholt. "
        "Recommendations: N1-N3 from the national table, agency the Government department cell, scope "
        "national; L1-L3 the bold-labelled local paragraphs, agency the addressee ('The Partnership' -> the "
        "Safer Communities Partnership), scope local; all level overview. Key themes bullets are not "
        "recommendations. Actions: the four local plan rows; ref the printed 'L1.1'..; recommendation_ref the "
        "part before the dot (L1, L1, L2, L3); agency_section overview; target the day; status by the "
        "lead-in: Closed -> complete, Open -> in_progress, Not started -> not_started. The national "
        "recommendations have no actions (the closing line says so). No chronology: the summary tells "
        "Tegwen's story without dated events."
    ),
)

# --------- 5. DHR overview report with footnotes and running heads (Palatino Linotype -> DejaVu Serif)
S5 = "dhr_overview_footnoted_para_chron_relative_fortnight_recs_split_by_footnotes_running_head_palatino_ferrisdale"
H5 = None

GOLD[S5] = dict(
    family="dhr_overview_footnoted_para_chron_relative_fortnight_recs_split_by_footnotes_running_head",
    description=(
        "DHR overview report extract set in Palatino Linotype 10.5 (DejaVu Serif), portrait, 2 pages, a wide "
        "left margin, running head 'OFFICIAL – SENSITIVE  <place> DHR ‘<name>’ – Overview Report' and footer "
        "'<CSP>  Page X of Y': '4. Summary of events' as hanging numbered paragraphs 4.1-4.6 (4.1 a lead-in "
        "without a date; 'In late May 2019', 'On 3 July 2019', 'A fortnight later', day dates), superscript "
        "footnote marks glued to the last word ('lead.7', 'him.8') and small footnote lines '7 ...', '8 ...' "
        "after the paragraphs; '13. Recommendations' as numbered paragraphs 13.1 (a lead-in) and 13.2-13.6, "
        "a footnote line '21 ...' after 13.3, then the page's footer, the next page's running head, 13.4 with "
        "mark 22, a footnote '22 ...', and '14. Conclusion' 14.1"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ferrisdale",
        doc_kind="overview_report",
        author="Greer Kitteridge",
        victims=[{"pseudonym": "Isobel", "age": 52}],
        date_of_death="2020-12-12",
    ),
    review_alternatives={"area": ["Ferrisdale Community Safety Partnership"]},
    recommendations=[
        R(
            "13.2",
            "Ferrisdale Hospitals NHS Trust",
            "Ferrisdale Hospitals NHS Trust should make sure that routine enquiry about domestic",
            ["routine_enquiry"],
        ),
        R(
            "13.3",
            "Ferrisdale Domestic Abuse Helpline",
            "Ferrisdale Domestic Abuse Helpline should agree with each caller a safe way",
            ["specialist_support"],
        ),
        R(
            "13.4",
            "Ferrisdale Constabulary",
            "Ferrisdale Constabulary should review standard-risk DASH assessments",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "13.5",
            "Ferrisdale Community Safety Partnership",
            "The Community Safety Partnership should work with schools and other large employers",
            ["awareness_public", "training"],
        ),
        R(
            "13.6",
            "Home Office",
            "The Home Office should consider publishing guidance for employers",
            ["awareness_public", "policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C("4.2", H5, "In late May 2019", "2019-05", "In late May 2019 Isobel told a colleague that Mr T"),
        C(
            "4.3",
            H5,
            "On 3 July 2019",
            "2019-07-03",
            "On 3 July 2019 Isobel attended the emergency department",
        ),
        C(
            "4.4",
            H5,
            "A fortnight later",
            "2019-07-17",
            "A fortnight later Isobel called the Ferrisdale Domestic Abuse Helpline",
            relative=True,
        ),
        C(
            "4.5",
            H5,
            "On 14 February 2020",
            "2020-02-14",
            "On 14 February 2020 police attended after a neighbour",
        ),
        C("4.6", H5, "On 12 December 2020", "2020-12-12", "On 12 December 2020 Mr T called an ambulance"),
    ],
    notes=(
        "pdftotext -layout. DHR overview report extract: no review id, author the 'Author:' line (Independent "
        "Chair), Isobel 52, died 12 December 2020 (4.6: 'died the same night'; the title's 'December 2020' "
        "agrees), area Ferrisdale (the CSP in the footer). Recommendations: 13.2-13.6, ref the paragraph "
        "number, level overview, agency the addressee ('The Community Safety Partnership' -> Ferrisdale CSP), "
        "13.6 to the Home Office national, the rest local; 13.1 is a lead-in (it says single agency "
        "recommendations are in an appendix not reproduced) and 14.1 a conclusion. The text of 13.2 and 13.4 "
        "ends before the footnote mark: the marks ('21', '22'), the footnote lines, the footer and the running "
        "head between 13.3 and 13.4 belong to no recommendation. Chronology: 4.2-4.6 (4.1 is the lead-in, no "
        "event), ref the paragraph number, no sub-heading (null); 'In late May 2019' -> 2019-05 (approximate); "
        "'A fortnight later' resolved from 4.3's 3 July 2019 -> 2019-07-17, relative (footnote 8 confirms the "
        "day); footnote lines are not entries and their dates are not entry dates. No action plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
