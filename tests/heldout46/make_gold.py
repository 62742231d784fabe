"""Hand-written gold for heldout46 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a day when the day is printed ("31 Dec 2025",
# "30.09.2025"), the month for the spreadsheet's mmm-yy ("Mar-26" = March 2026, as its Key sheet says).
TARGETS = {
    "31 Dec 2025": "2025-12-31",
    "30 Sep 2025": "2025-09-30",
    "31 Oct 2025": "2025-10-31",
    "31 Mar 2026": "2026-03-31",
    "31 Aug 2025": "2025-08-31",
    "30 Nov 2025": "2025-11-30",
    "10 Dec 2025": "2025-12-10",
    "Oct-25": "2025-10",
    "Nov-25": "2025-11",
    "Dec-25": "2025-12",
    "Jan-26": "2026-01",
    "Mar-26": "2026-03",
    "Apr-26": "2026-04",
    "Jun-26": "2026-06",
    "Sep-25": "2025-09",
    "30.09.2025": "2025-09-30",
    "31.12.2025": "2025-12-31",
    "30.06.2026": "2026-06-30",
    "31.10.2025": "2025-10-31",
    "31.03.2026": "2026-03-31",
    "28.02.2026": "2026-02-28",
    "31.08.2025": "2025-08-31",
    "30.11.2025": "2025-11-30",
    "31.01.2026": "2026-01-31",
}
# Each document's own words: Lanterholme's three (Delivered = done and evidenced); Tamblewick's four (At risk =
# started, likely to miss its month); Fennacott's bars by the number of filled squares (its key: five complete,
# one to four in progress, none not started).
STATUS = {
    "Delivered": "complete",
    "Under way": "in_progress",
    "Due to start": "not_started",
    "Complete": "complete",
    "On track": "in_progress",
    "At risk": "in_progress",
    "Not started": "not_started",
    "■■■■■": "complete",
    "■■■■□": "in_progress",
    "■■■□□": "in_progress",
    "■■□□□": "in_progress",
    "■□□□□": "in_progress",
    "□□□□□": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


def _c(date_raw, date, start):
    return C(None, None, date_raw, date, start)


# --------- 1. SAR executive summary: spine timeline, circled-digit recommendations
W_SAB = "Wrathbury Safeguarding Adults Board"
GOLD[S1] = dict(
    family="sar_exec_summary_spine_timeline_circled_digit_recs",
    description=(
        "A SAR executive summary, DejaVu Serif 9.5 (DejaVu Sans for the circled digits), portrait, 2 pages, "
        "running head 'Wrathbury Safeguarding Adults Board', footer 'Executive summary · SAR ‘Gwen’ · N' "
        "(right): title, 'Executive summary', an italic reviewer / publication line, 'Why this review was held' "
        "(age, date of death), a brother's words, then 'Timeline': an italic 'read down the centre line' note and "
        "a borderless three-column table whose centre column holds each date in a dark shaded cell and whose "
        "events sit alternately in the left cell (right-aligned) and the right cell; dates 'Jun 2021' / '11 Nov "
        "2021' (plain pdftotext splits '11 Nov' / '2021', and prints the left events, then the dates, then the "
        "right events, out of order); findings bullets; 'Recommendations' ①-⑤ (circled digits) as hanging "
        "paragraphs, over the page break after ②; the Board's response; an address line; no plan"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Wrathbury",
        doc_kind="executive_summary",
        author="Dr Imogen Farraday-Holt",
        victims=[{"pseudonym": "Gwen", "age": 63}],
        date_of_death="2024-03-09",
    ),
    review_alternatives={"area": [W_SAB], "author": ["Imogen Farraday-Holt"]},
    recommendations=[
        R(
            "1",
            W_SAB,
            "The Board should agree a multi-agency self-neglect and hoarding protocol",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            "Wrathbury Fire and Rescue Service",
            "Wrathbury Fire and Rescue Service should make a fresh safeguarding referral",
            ["risk_assessment", "multi_agency_working"],
        ),
        R(
            "3",
            "Wrathbury Council Adult Social Care",
            "Wrathbury Council Adult Social Care should not close a self-neglect case",
            ["policy_procedure", "record_keeping"],
        ),
        R(
            "4",
            "Wrathbury Hospitals NHS Trust",
            "Wrathbury Hospitals NHS Trust should check that discharge plans",
            ["other", "risk_assessment"],
        ),
        R(
            "5",
            W_SAB,
            "The Board should seek assurance within twelve months that practitioners",
            ["training", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        _c("Jun 2021", "2021-06", "Gwen's GP recorded her first fall at home"),
        _c("11 Nov 2021", "2021-11-11", "A fire service home safety visit found two electric heaters"),
        _c("Jan 2022", "2022-01", "A social worker assessed Gwen, who turned down help"),
        _c("Aug 2022", "2022-08", "A neighbour complained about a smell and mice"),
        _c("3 Feb 2023", "2023-02-03", "Gwen was admitted to hospital with a chest infection"),
        _c("Oct 2023", "2023-10", "The fire service fitted a smoke alarm on a second visit"),
        _c("9 Mar 2024", "2024-03-09", "Gwen died in a fire that started in her living room"),
    ],
    notes=(
        "plain pdftotext. A SAR executive summary: no review id, author the independent reviewer ('Dr' as "
        "printed; the name without it also accepted), Gwen 63, died 9 March 2024, area Wrathbury (the Board's "
        "name also accepted). Recommendations: the five hanging paragraphs under 'Recommendations', numbered by "
        "circled digits; ref the digit's number (① -> '1' … ⑤ -> '5'); agency the body addressed ('The Board' "
        "the SAB); local. Findings bullets are not recommendations. Chronology: one entry per timeline row "
        "(seven), date the centre cell's date (month and year, or day, month and year), text the event beside "
        "it whichever side it sits; on plain text the left events, dates and right events come out in "
        "separate runs, so the looked-up lines are not in order. 'May 2024' (decision), 'June 2025' "
        "(publication) and '2025–26' are not chronology. No actions."
    ),
)

# --------- 2. DHR overview extract: lifespan line on the cover, document information, transposed plan
L_CSP = "Lanterholme Community Safety Partnership"
L_PCN = "Lanterholme Primary Care Network"
GOLD[S2] = dict(
    family="dhr_overview_cover_lifespan_document_information_transposed_plan",
    description=(
        "A DHR overview report extract, P052 10, portrait with a landscape appendix, 3 pages, no head or foot on "
        "the cover, then running head 'Lanterholme Community Safety Partnership – DHR ‘Nadia’' and footer "
        "'OFFICIAL – N': a cover (partnership, 'Domestic Homicide Review', 'Overview Report', '‘Nadia’', an "
        "italic 'In memory of Nadia' over '3 May 1980 – 22 October 2024' — the only place the date of death is "
        "printed — and a version line); page 2 a 'Document information' label table (Review reference 'LCSP "
        "DHR 2024/02', Independent chair and author, Commissioned by, Home Office QA panel, Version, Protective "
        "marking), an extract note, '1. Introduction' 1.1-1.3 (age 44, 'October 2024'), '8. Conclusions', '9. "
        "Recommendations' as bold 'Recommendation N' lines over plain paragraphs, a single agency note; page 3 "
        "(landscape) 'Appendix A – Action plan (position at 30 June 2025)', a status key in prose, and the plan "
        "transposed: two tables whose first column holds the field names (Action | Recommendation | What will be "
        "done | Lead agency | Target date | Status) and whose other columns are one action each (1.1 1.2 2.1 "
        "2.2, then 'Continued: actions 3.1 to 4.2.' and 3.1 4.1 4.2); targets 'dd Mon yyyy', statuses Delivered "
        "/ Under way / Due to start; a count line"
    ),
    review=dict(
        review_id="LCSP DHR 2024/02",
        review_type="DHR",
        area="Lanterholme",
        doc_kind="overview_report",
        author="Theodora Quist-Ambrose",
        victims=[{"pseudonym": "Nadia", "age": 44}],
        date_of_death="2024-10-22",
    ),
    review_alternatives={"area": [L_CSP]},
    recommendations=[
        R(
            "1",
            L_CSP,
            "Lanterholme Community Safety Partnership should make sure that the domestic abuse service",
            ["specialist_support", "other"],
        ),
        R(
            "2",
            L_PCN,
            "Lanterholme Primary Care Network should ask every practice to record",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "3",
            "Lanterholme Police",
            "Lanterholme Police should review how officers record an incident",
            ["record_keeping", "policy_procedure"],
        ),
        R(
            "4",
            L_CSP,
            "The Partnership should run a campaign with employers and faith groups",
            ["awareness_public"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Commission interpreting within the IDVA contract",
            "Lanterholme Council (Community Safety)",
            "31 Dec 2025",
            "Under way",
        ),
        _a(
            "1.2",
            "1",
            "Translate the service's safety planning leaflet",
            "Lanterholme Domestic Abuse Service",
            "30 Sep 2025",
            "Delivered",
        ),
        _a("2.1", "2", "Add an 'accompanied by partner' prompt", L_PCN, "31 Oct 2025", "Delivered"),
        _a("2.2", "2", "Audit twenty consultations in each practice", L_PCN, "31 Mar 2026", "Due to start"),
        _a(
            "3.1",
            "3",
            "Issue a force briefing on recording incidents",
            "Lanterholme Police",
            "31 Aug 2025",
            "Delivered",
        ),
        _a("4.1", "4", "Design the campaign with two employers' forums", L_CSP, "30 Nov 2025", "Under way"),
        _a(
            "4.2",
            "4",
            "Launch the campaign during the sixteen days of action",
            L_CSP,
            "10 Dec 2025",
            "Due to start",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR overview report (an extract, still the overview report): review id 'LCSP DHR "
        "2024/02' from the document information table, author the independent chair and author, Nadia 44, date "
        "of death 22 October 2024 — printed only as the end of the cover's lifespan line '3 May 1980 – 22 "
        "October 2024' under 'In memory of Nadia' (3 May 1980 is her birth date, not a death or chronology "
        "date; the text says only 'October 2024'); area Lanterholme (the partnership's name also accepted). "
        "Recommendations: the four under '9. Recommendations', ref the number in the bold 'Recommendation N' "
        "line, text the paragraph under it; #4 'The Partnership' is the CSP; local. Actions: one per action "
        "column of the two transposed tables (seven), ref the 'Action' row, recommendation_ref the "
        "'Recommendation' row, lead the 'Lead agency' row, target the 'Target date' row (the day), status the "
        "'Status' row (Delivered complete, Under way in_progress, Due to start not_started, as the key says). "
        "The field names down the first column are not actions; 'Continued: actions 3.1 to 4.2.' and the count "
        "line are not actions. '17 July 2025' (QA panel), 'May 2025' (conviction), '2009' and '30 June 2025' "
        "(position date) are not chronology; no chronology."
    ),
)

# --------- 3. LCSPR plan printed from a spreadsheet with print headings
T_SCP = "Tamblewick Safeguarding Children Partnership"
EDU = "Education Safeguarding Lead"
MPU = "Tamblewick Police – Missing Persons Unit"
GOLD[S3] = dict(
    family="lcspr_plan_spreadsheet_print_headings_letters_row_numbers",
    description=(
        "An LCSPR multi-agency action plan printed from a spreadsheet with print headings on, Liberation Sans 8 "
        "(rows 9), landscape A4, narrow side margins, 3 pages, header 'Plan' (the sheet's name), footer 'LCSPR "
        "Child Q action plan v7.xlsx        Page N of M': every page's table opens with a grey row of column "
        "letters A-H (repeated on page 2) and every row with its grey row number; row 1 the plan's title and row "
        "2 a published / owner / updated line, each running across the sheet; row 3 empty; row 4 the column "
        "names Rec no. | Recommendation | Action ref | Action | Owner | Due | RAG status | Update (Nov 2025); "
        "rows 5-15 one action each, the Rec no. and Recommendation cells filled only on a recommendation's first "
        "row and empty below (not merged); due dates mmm-yy ('Oct-25', 'Mar-26'); RAG status words on coloured "
        "cells Complete / On track / At risk / Not started; row 14 split over the page break and row 15 on page "
        "2 after the repeated letters; empty rows 16-18; page 3 a 'Key' sheet with its own letters A-B and rows "
        "1-6 (status meanings and 'mmm-yy, e.g. Mar-26 = March 2026'). Text by pdftotext -layout"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Tamblewick",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Child Q", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [T_SCP]},
    recommendations=[
        R(
            "1",
            "Tamblewick Children's Social Care",
            "Tamblewick Children's Social Care should make sure that a child who goes missing",
            ["children", "multi_agency_working"],
        ),
        R(
            "2",
            T_SCP,
            "The Partnership should agree how schools share attendance concerns",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            "Tamblewick Police",
            "Tamblewick Police should ask officers who return a missing child home",
            ["record_keeping", "children"],
        ),
        R(
            "4",
            T_SCP,
            "The Partnership should seek assurance that return home interviews",
            ["quality_assurance", "children"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Change the missing episode report so that a third episode",
            "CSC – Head of Service, Assessment",
            "Oct-25",
            "Complete",
        ),
        _a(
            "1.2",
            "1",
            "Add a standing item for new referrals",
            "Exploitation panel chair",
            "Nov-25",
            "Complete",
        ),
        _a(
            "1.3",
            "1",
            "Audit ten children with three or more episodes",
            "LSCP Quality Assurance Group",
            "Mar-26",
            "Not started",
        ),
        _a("2.1", "2", "Draft an attendance information sharing agreement", EDU, "Dec-25", "On track"),
        _a(
            "2.2",
            "2",
            "Train designated safeguarding leads on part-time timetables",
            EDU,
            "Jan-26",
            "At risk",
        ),
        _a(
            "2.3", "2", "Send a termly list of children on part-time timetables", EDU, "Apr-26", "Not started"
        ),
        _a("3.1", "3", "Add 'found with' and 'found where' fields", MPU, "Sep-25", "Complete"),
        _a("3.2", "3", "Dip sample thirty returns a quarter", MPU, "Jun-26", "On track"),
        _a(
            "4.1",
            "4",
            "Change the return home interview contract",
            "CSC – Commissioning",
            "Apr-26",
            "On track",
        ),
        _a(
            "4.2",
            "4",
            "Report take-up of return home interviews",
            "LSCP Business Unit",
            "Jan-26",
            "Not started",
        ),
        _a(
            "4.3",
            "4",
            "Ask children who were missing what would make them talk",
            "Children in Care Council",
            "Mar-26",
            "At risk",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. An LCSPR action plan (review_type SCR, as the sets write child safeguarding "
        "practice reviews; doc_kind action_plan): no review id ('LCSPR Child Q' names the review), no author or "
        "date of death printed, Child Q's age not given; area Tamblewick (the partnership also accepted). "
        "Recommendations: the four Recommendation cells, ref the Rec no. cell; #2 and #4 'The Partnership' the "
        "LSCP; local. Actions: one per numbered sheet row with an Action ref (eleven, rows 5-15), "
        "recommendation_ref the Rec no. of the group the row sits in (the cell is empty on later rows: the "
        "value above carries down), lead the Owner cell as printed, target the Due cell as a month (mmm-yy: "
        "'Mar-26' is March 2026, not 26 March; the Key sheet says so), status the RAG status word (Complete "
        "complete; On track and At risk in_progress; Not started not_started). Column letters, row numbers, "
        "the title and updated rows, empty rows, the Update column's dates ('22/09/2025') and the Key sheet "
        "are not records. No chronology."
    ),
)

# --------- 4. SAR plan: progress as a five-block bar
F_SAB = "Fennacott Safeguarding Adults Board"
F_ASC = "Fennacott Council Adult Social Care"
F_MO = "Fennacott and Reddale ICB Medicines Optimisation"
F_COM = "Fennacott Council Commissioning"
GOLD[S4] = dict(
    family="sab_sar_plan_progress_five_block_bar",
    description=(
        "A SAB's SAR action plan with progress, DejaVu Sans Condensed 9.5, landscape A4, 2 pages, running head "
        "'Fennacott Safeguarding Adults Board · SAR ‘Josiah’' (left), footer 'SAR ‘Josiah’ action plan – update "
        "to the Board, 20 November 2025 – page N' (left): title, an introduction (age, date and cause of death, "
        "reviewer, publication date), 'Recommendations' 1.-4. as hanging paragraphs, a bold 'Progress key:' "
        "line, then Rec | No. | Action | Lead | Target | Progress | Latest position with action refs '1(i)', "
        "'1(ii)', '1(iii)' (a roman numeral in brackets), targets dd.mm.yyyy, and no status word: the Progress "
        "cell is a bar of five squares, ■ filled and □ empty ('■■■□□'); the table runs over the page break "
        "(3(iii) onwards on page 2, header repeated); a mother's thanks and a next-update line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Fennacott",
        doc_kind="action_plan",
        author="Callum Oyenuga-Brett",
        victims=[{"pseudonym": "Josiah", "age": 52}],
        date_of_death="2024-02-27",
    ),
    review_alternatives={"area": [F_SAB]},
    recommendations=[
        R(
            "1",
            "Fennacott Council",
            "Fennacott Council should make sure that a person placed in supported accommodation",
            ["multi_agency_working", "other"],
        ),
        R(
            "2",
            "Fennacott and Reddale Integrated Care Board",
            "Fennacott and Reddale Integrated Care Board should ask GP practices to review the medication",
            ["substance_misuse", "risk_assessment"],
        ),
        R(
            "3",
            F_SAB,
            "The Board should make sure that providers of supported accommodation know how to raise",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "4",
            F_SAB,
            "The Board should hold a joint learning event with Reddale Safeguarding Adults Board",
            ["training", "substance_misuse"],
        ),
    ],
    actions=[
        _a(
            "1(i)",
            "1",
            "Name a placing worker for every adult placed out of area",
            F_ASC,
            "30.09.2025",
            "■■■■■",
        ),
        _a(
            "1(ii)",
            "1",
            "Set a standard of a call to the person and to the provider",
            F_ASC,
            "31.12.2025",
            "■■■□□",
        ),
        _a(
            "1(iii)",
            "1",
            "Audit contact with out of area placements",
            "Fennacott SAB Quality and Performance Group",
            "30.06.2026",
            "□□□□□",
        ),
        _a(
            "2(i)",
            "2",
            "Run a search in every practice for long-term opioid prescribing",
            F_MO,
            "31.10.2025",
            "■■■■■",
        ),
        _a(
            "2(ii)",
            "2",
            "Offer each patient found a structured medication review",
            F_MO,
            "31.03.2026",
            "■■□□□",
        ),
        _a(
            "2(iii)",
            "2",
            "Include opioid and overdose risk in the GP safeguarding leads' training day",
            "Fennacott and Reddale ICB Safeguarding Team",
            "28.02.2026",
            "■□□□□",
        ),
        _a("3(i)", "3", "Write a one-page guide for providers", F_SAB, "31.08.2025", "■■■■■"),
        _a(
            "3(ii)",
            "3",
            "Send the guide to every provider with a Fennacott placement",
            F_COM,
            "30.11.2025",
            "■■■■□",
        ),
        _a(
            "3(iii)",
            "3",
            "Agree with the three neighbouring boards how concerns",
            F_SAB,
            "31.03.2026",
            "□□□□□",
        ),
        _a(
            "4(i)",
            "4",
            "Hold the joint learning event, with a session led by the ambulance service",
            F_SAB,
            "31.01.2026",
            "■□□□□",
        ),
        _a(
            "4(ii)",
            "4",
            "Ask providers to confirm that naloxone is kept on site",
            F_COM,
            "31.03.2026",
            "□□□□□",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A SAR action plan with progress (doc_kind action_plan): no review id, author the "
        "independent reviewer, Josiah 52, died 27 February 2024, area Fennacott (the Board's name also "
        "accepted; Reddale is where he was placed, not the commissioning area). Recommendations: 1.-4. above "
        "the plan; #2 the ICB; #3 and #4 'The Board' the SAB; local. Actions: one per row (eleven), ref the No. "
        "cell as printed ('1(i)'), recommendation_ref the Rec cell, lead the Lead cell, target the Target cell "
        "(dd.mm.yyyy, the day). Status: there is no status word; status_raw is the Progress bar as printed, and "
        "its value follows the key — five filled squares complete, one to four filled in_progress, none filled "
        "not_started. The key line and the Latest position cells are not statuses; their dates ('14.10.2025', "
        "'spring 2026') are not targets. No chronology."
    ),
)

# --------- 5. LCSPR summary: the last four weeks as a calendar grid
Q_SCP = "Quarnley Children's Safeguarding Partnership"
GOLD[S5] = dict(
    family="lcspr_summary_month_calendar_grid_chronology",
    description=(
        "An LCSPR summary of findings, Nimbus Sans Narrow 9.5, portrait, 2 pages, running head 'Quarnley "
        "Children's Safeguarding Partnership', footer 'LCSPR Child T – summary of findings – page N': title, "
        "'Summary of findings', a label table (Reviewer, Rapid review held, Published), 'About Child T' (age 22 "
        "months, date of death), 'About this review', a grandmother's words; page 2 'The last four weeks': a "
        "bold 'February 2025' over a month calendar grid, Mon … Sun heads and five week rows (Mon 27 January to "
        "Sun 2 March, the days outside February in grey), each cell a bold day number with, on seven shaded "
        "days, a short line 'Agency: what happened' under it (plain pdftotext prints a week's seven day numbers "
        "and then that week's event lines, so an event is not next to its day); a key line; 'What we learned' "
        "paragraph and bullets; 'Recommendations' as 'Recommendation N – text' paragraphs 1-4; an acceptance "
        "line; no plan"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Quarnley",
        doc_kind="executive_summary",
        author="Ffion Baptiste-Lowther",
        victims=[{"pseudonym": "Child T", "age": 1}],
        date_of_death="2025-02-26",
    ),
    review_alternatives={"area": [Q_SCP]},
    recommendations=[
        R(
            "1",
            Q_SCP,
            "The Partnership should make sure that a nursery's concerns about a child's absence",
            ["information_sharing", "children"],
        ),
        R(
            "2",
            "Quarnley Integrated Care Board",
            "Quarnley Integrated Care Board should remind GPs that an injury to the ear",
            ["children", "risk_assessment"],
        ),
        R(
            "3",
            "Quarnley Children's Social Care",
            "Quarnley Children's Social Care should not screen out a professional's referral",
            ["children", "policy_procedure"],
        ),
        R(
            "4",
            "Quarnley Police",
            "Quarnley Police should share any domestic incident at an address",
            ["information_sharing", "children"],
        ),
    ],
    actions=[],
    chronology=[
        _c("3", "2025-02-03", "Nursery: T absent; no reply to call"),
        _c("5", "2025-02-05", "Health visitor: home visit, no answer"),
        _c("11", "2025-02-11", "Police: neighbour reports shouting"),
        _c("14", "2025-02-14", "GP: T seen with a bruised ear"),
        _c("19", "2025-02-19", "CSC: GP referral screened"),
        _c("24", "2025-02-24", "Nursery: T back; quiet, flinches when lifted"),
        _c("26", "2025-02-26", "999 call; T taken to hospital, where he died"),
    ],
    notes=(
        "plain pdftotext. An LCSPR summary of findings (review_type SCR, as the sets write child safeguarding "
        "practice reviews; doc_kind executive_summary): no review id, author the reviewer, Child T 22 months "
        "(age 1), died 26 February 2025, area Quarnley (the partnership also accepted). Recommendations: the "
        "four 'Recommendation N – ' paragraphs, ref N, agency the body addressed (#1 'The Partnership'); local. "
        "Findings bullets are not recommendations. Chronology: one entry per calendar day that carries an event "
        "line (seven), date that day in the month the grid is headed with ('February 2025'), date_raw the day "
        "number as printed, text the event line (its agency label included). Day numbers without an event, the "
        "grey January and March days, 'autumn of 2024', '12 March 2025' (rapid review), 'October 2025' and '9 "
        "September 2025' are not chronology. No actions."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
