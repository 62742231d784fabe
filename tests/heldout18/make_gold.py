"""Hand-written gold for heldout18 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import OV, A, C, R, find_line, write_gold  # noqa: E402

GOLD = {}


def below(stem, needle, after=0):
    """The line of a section's own title, so that look-ups start after the report's body."""
    return find_line((HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n"), needle, after)


# ------------------------------------------------ 1. SAR, Recommendation | Agencies to act, board plan RAG letters
S1 = "sar_rec_agencies_table_board_plan_rag_letters_dunmarrow"
SAB = "Dunmarrow Safeguarding Adults Board"
ASC = "Dunmarrow Council Adult Social Care"
DCHS = "Dunmarrow Community Health Services NHS Trust"
GOLD[S1] = dict(
    family="sar_rec_agencies_table_board_plan_rag_letters",
    description=(
        "Safeguarding Adults Review (self-neglect, refusal of care): cover, running head, page footer, numbered "
        "paragraphs, a 'Key learning' box (not a recommendation); recommendations in a two-column table "
        "'Recommendation | Agencies to act', numbers '1.'-'5.' inside the Recommendation cell; landscape board "
        "plan No. | Action | Owner | Deadline | RAG | Commentary, RAG letters G/A/R under a key line"
    ),
    review=dict(
        review_id="DSAB 2024-03",
        review_type="SAR",
        area="Dunmarrow",
        doc_kind="overview_report",
        author="Haldis Omondi-Carrick",
        victims=[{"pseudonym": "Wilfred", "age": 74}],
        date_of_death="2024-02",
    ),
    review_alternatives={"area": [SAB]},
    recommendations=[
        R(
            "1",
            SAB,
            "The Board should publish a multi-agency protocol for people who repeatedly refuse care",
            ["policy_procedure", "multi_agency_working", "risk_assessment"],
        ),
        R(
            "2",
            ASC,
            "Dunmarrow Council Adult Social Care should make sure that mental capacity assessments",
            ["record_keeping", "policy_procedure"],
        ),
        R(
            "3",
            DCHS,
            "Dunmarrow Community Health Services NHS Trust should review how district nurses escalate",
            ["policy_procedure"],
        ),
        R(
            "4",
            SAB,
            "The Board should ask all partners to show how calls from family members",
            ["information_sharing", "quality_assurance"],
        ),
        R(
            "5",
            SAB,
            "The Board should write to the Department of Health and Social Care",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Draft and agree a refusal of care protocol",
            "SAB Business Manager",
            "30/06/2025",
            "2025-06-30",
            "A",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Audit 30 cases where care was declined for capacity recording",
            "Principal Social Worker, ASC",
            "31/03/2025",
            "2025-03-31",
            "G",
            "complete",
        ),
        A(
            "3",
            OV,
            "3",
            "Introduce a three-refusal escalation step for district nurses",
            "Head of Nursing, DCHS",
            "31/05/2025",
            "2025-05-31",
            "A",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "4",
            "Partners to evidence how family calls are recorded",
            "SAB Quality Subgroup Chair",
            "30/09/2025",
            "2025-09-30",
            "R",
            "not_started",
        ),
        A(
            "5",
            OV,
            "5",
            "Letter to DHSC on self-neglect guidance",
            "SAB Independent Chair",
            "28/02/2025",
            "2025-02-28",
            "G",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. Recommendations: the five rows of the 'Recommendation | Agencies to act' table, ref the "
        "number printed at the start of the cell text, agency the addressee named first in the text ('The Board' "
        "-> the Safeguarding Adults Board), not the 'Agencies to act' cell; level overview; 5 asks the Board to "
        "write to DHSC about national guidance -> national. 'Key learning' box and findings are not "
        "recommendations. Actions: one per plan row, ref the No. cell, recommendation_ref the same number (the "
        "plan numbers follow the recommendations one to one). Status from the RAG letter under the printed key: "
        "G -> complete, A -> in_progress, R -> not_started (row 4's commentary says 'Not yet started'). "
        "Commentary is progress, never status or target; the date inside row 5's commentary is not the target."
    ),
)

# ------------------------------------------------ 2. DHR, "Recommendation One" headings, Home Office plan
S2 = "dhr_recs_number_words_bold_titles_ho_plan_kelverby"
KHT = "Kelverby Hospitals NHS Trust"
KP = "Kelverby Police"
SKP = "Safer Kelverby Partnership"
GOLD[S2] = dict(
    family="dhr_recs_number_words_bold_titles_ho_plan",
    description=(
        "DHR overview report: cover, running head, footer, numbered paragraphs; recommendations headed "
        "'Recommendation One'..'Four' (bold) with a bold title line then the text; landscape Appendix A "
        "multi-agency action plan in the Home Office template columns, Recommendation and Scope merged over the "
        "rows of their actions, 'Date of completion and Outcome' the status column"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Kelverby",
        doc_kind="overview_report",
        author="Tobias Feddersen-Ward",
        victims=[{"pseudonym": "Priya", "age": 34}],
        date_of_death="2022-08",
    ),
    review_alternatives={"area": [SKP]},
    recommendations=[
        R(
            "1",
            KHT,
            "Kelverby Hospitals NHS Trust should include questions about financial control",
            ["routine_enquiry"],
            title="Economic abuse in maternity care",
        ),
        R(
            "2",
            KHT,
            "Kelverby Hospitals NHS Trust should make sure that any disclosure of controlling",
            ["risk_assessment", "specialist_support"],
            title="Risk assessment after disclosure",
        ),
        R(
            "3",
            KP,
            "Kelverby Police should remind officers that a report of a verbal argument",
            ["risk_assessment", "training"],
            title="Attending verbal arguments",
        ),
        R(
            "4",
            SKP,
            "Safer Kelverby Partnership should fund awareness sessions on economic abuse",
            ["awareness_public"],
            title="Community awareness",
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Update booking questionnaire",
            KHT,
            "31/03/2024",
            "2024-03-31",
            "Completed 12/03/2024 – questions live",
            "complete",
        ),
        A(
            None,
            OV,
            "1",
            "Train community midwives",
            KHT,
            "June 2024",
            "2024-06",
            "Ongoing – 60% trained",
            "in_progress",
        ),
        A(
            None,
            OV,
            "2",
            "Add DASH prompt to maternity record",
            KHT,
            "30/09/2024",
            "2024-09-30",
            "Ongoing",
            "in_progress",
        ),
        A(
            None,
            OV,
            "3",
            "Briefing to all response officers",
            KP,
            "31/01/2024",
            "2024-01-31",
            "Completed – January 2024",
            "complete",
        ),
        A(
            None,
            OV,
            "4",
            "Commission economic abuse sessions",
            SKP,
            "December 2024",
            "2024-12",
            "Not started",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. Recommendations: the four 'Recommendation One'..'Four' headings, ref the number the "
        "word names (One -> 1), title the bold line under the heading, text the paragraph after it; agency the "
        "addressee named first; level overview; all local. Actions: one per plan row (5), no action numbers so "
        "ref null and recommendation_ref the number named in the merged Recommendation cell; lead the Lead "
        "Agency cell. Status from 'Date of completion and Outcome': 'Completed …' -> complete, 'Ongoing …' -> "
        "in_progress, 'Not started' -> not_started; the milestones column is progress. Dates dd/mm/yyyy -> day, "
        "'June 2024', 'December 2024' -> month. No chronology."
    ),
)

# ------------------------------------------------ 3. CSPR, chronology table with approx./season dates
S3 = "cspr_chron_table_approx_season_dates_learning_boxes_pelsham"
PSCP = "Pelsham Cross Safeguarding Children Partnership"
PHV = "Pelsham Cross Health Visiting"


def _c(agency, raw, iso, text, end=None):
    # the Agency cell is read but not scored: the gold format's chronology records carry no agency field
    return C(None, None, raw, iso, text, date_end=end)


GOLD[S3] = dict(
    family="cspr_chron_table_approx_season_dates_learning_boxes",
    description=(
        "Child safeguarding practice review: cover, running head, footer, facts table; chronology table "
        "Date | Agency | What happened | Significance with dd/mm/yyyy, 'dd/mm/yyyy (approx.)' and 'Spring 2021' / "
        "'Summer 2021' dates; two 'Learning for the partnership' boxes (not recommendations); four numbered "
        "recommendations '1.'-'4.'"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Pelsham Cross",
        doc_kind="overview_report",
        author="Annelise Mbatha-Grove",
        victims=[{"pseudonym": "Child K", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [PSCP]},
    recommendations=[
        R(
            "1",
            PSCP,
            "Pelsham Cross Safeguarding Children Partnership should seek assurance that health visitors",
            ["routine_enquiry", "quality_assurance", "children"],
        ),
        R(
            "2",
            "Pelsham Cross Police",
            "Pelsham Cross Police should make sure that incidents involving an infant",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            "Children’s Social Care",
            "Children’s Social Care should review how anonymous referrals",
            ["policy_procedure", "children"],
        ),
        R(
            "4",
            PSCP,
            "Pelsham Cross Safeguarding Children Partnership should deliver training on the risks",
            ["training", "children"],
        ),
    ],
    actions=[],
    chronology=[
        _c(
            PHV,
            "Spring 2021",
            "2021-03",
            "Health visitor new birth visit; mother appeared low",
            end="2021-05",
        ),
        _c("GP", "14/05/2021", "2021-05-14", "Mother prescribed antidepressants"),
        _c("Pelsham Cross Police", "03/07/2021 (approx.)", "2021-07-03", "Neighbour reported a man shouting"),
        _c(
            "Children’s Social Care",
            "Summer 2021",
            "2021-06",
            "Anonymous referral closed with no further action",
            end="2021-08",
        ),
        _c(PHV, "22/10/2021 (approx.)", "2021-10-22", "Missed eight-month review"),
        _c(
            "Pelsham Cross General Hospital",
            "09/11/2021",
            "2021-11-09",
            "Child K admitted with fractured arm",
        ),
    ],
    notes=(
        "pdftotext plain. Child K survived (admitted with injuries) -> no date of death; age 7 months -> 0. "
        "review_type SCR (the contract's value for child reviews; a CSPR is its successor). Recommendations: "
        "the numbered list '1.'-'4.' under '4. Recommendations', ref the number, agency the addressee named first, "
        "level overview, all local. The two 'Learning for the partnership' boxes, the facts table and the "
        "chronology's Significance column are not recommendations. Chronology: the six rows of the key-events "
        "table, one event each, ref and heading null, text the 'What happened' cell. Dates: dd/mm/yyyy -> day; "
        "'dd/mm/yyyy (approx.)' -> the same day, approximate (date_raw keeps '(approx.)'); 'Spring 2021' -> "
        "season, 2021-03 to 2021-05; 'Summer 2021' -> season, 2021-06 to 2021-08 (meteorological seasons). "
        "The rows are in date order. No action plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
