"""Build a zoo seven-minute briefing whose Board response table merges one long recommendation
down over two response rows, the recommendation's text running on past the first of them.

board_response_briefing_interleaved: a Safeguarding Adults Board's seven-minute briefing (Arial
9), then "The Board's response": Recommendation | Board response | Lead | By when | Progress, the
full recommendation in the first cell opening "N.", recommendation 2's cell merged down over two
response rows and longer than the first, so the second response opens beside its later lines.
Text taken out a printed line at a time (pdfplumber, the corpus-text rendering) then prints the
merged cell's lines between the second response's: each cell's lines are set from the top of
its own row, so the two rows' baselines differ. The leads wrap over two or three lines ("Head of",
"Adult", "Safeguarding,"), the Progress cells open with a state.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_board_response_briefing_interleaved.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of, _recommendation, _save  # noqa: E402
from docx_build import add_row, make_table, merge_down, new_doc, para  # noqa: E402
from plan_gold import action_record, plan_gold, review, save_gold  # noqa: E402

STEM = "board_response_briefing_interleaved"
ROWS = [
    (
        "1. Wenmoor Adult Social Care should make sure that a safeguarding enquiry about a person who "
        "cannot manage their own money asks who holds their bank card and whether anyone has been "
        "named as their appointee.",
        [
            (
                "Add two money questions to the enquiry record and audit fifteen enquiries.",
                "Head of Adult Safeguarding, Wenmoor Council",
                "Nov 2025",
                "Completed November 2025: questions added; audit found them answered in 12 of 15.",
            )
        ],
    ),
    (
        "2. The Board should ask Ferrisham Community Health Services and Wenmoor Adult Social Care "
        "to agree a shared way of recording when a district nurse sees signs that a person who "
        "depends on a family carer is being neglected, and to train their staff in it.",
        [
            (
                "Write the shared recording guide with both services.",
                "Chair, Practice Subgroup",
                "Feb 2026",
                "In progress: first draft shared with both services.",
            ),
            (
                "Run two lunchtime sessions on the guide for district nurses.",
                "Designated Nurse, Adults",
                "Apr 2026",
                "Not yet started: awaiting the guide.",
            ),
        ],
    ),
    (
        "3. Wenmoor Police should tell adult social care within one working day of any call to a home "
        "where an adult with care and support needs lives with a relative who has been violent.",
        [
            (
                "Add the notification to the force's daily safeguarding review.",
                "Detective Inspector, Public Protection",
                "31/01/2026",
                "In progress: notification form agreed; go-live set.",
            )
        ],
    ),
]


def build() -> None:
    doc = new_doc(header="Wenmoor Safeguarding Adults Board", font="Arial", size=9)
    para(doc, "Wenmoor Safeguarding Adults Board", bold=True, size=15)
    para(doc, "7-Minute Briefing", bold=True, size=13)
    para(doc, "Safeguarding Adults Review: 'Edith' (WSAB SAR 2024/03)", bold=True)
    para(doc, "Reviewer: Cosmo Haverleigh | Published: October 2025")
    para(doc, "Background", bold=True)
    para(
        doc,
        "Edith was 88 and lived with her son, who was her carer. She died in hospital in March 2025 "
        "with pressure sores; her pension had been drawn by others for two years.",
    )
    para(doc, "What we learned", bold=True)
    para(doc, "Ask who holds a person's money. Neglect by a carer is abuse, even when the carer is tired.")
    para(doc, "The Board's response", bold=True)
    para(
        doc,
        "The Board accepted all three recommendations in July 2025. The table gives each recommendation "
        "in full, the Board's response, who leads, by when, and progress at 31 October 2025.",
    )
    widths = [5.2, 3.9, 2.6, 2.0, 3.4]
    t = make_table(doc, ["Recommendation", "Board response", "Lead", "By when", "Progress"], widths)
    for rec, actions in ROWS:
        first = len(t.rows)
        for k, action in enumerate(actions):
            add_row(t, [rec if k == 0 else "", *action], widths)
        merge_down(t, 0, first, len(t.rows) - 1)
    para(doc, "Please note on the Board's learning log that your team has used this briefing.")
    _save(doc, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {
        "1": "Wenmoor Adult Social Care",
        "2": "Wenmoor Safeguarding Adults Board",
        "3": "Wenmoor Police",
    }
    themes = {"1": ["routine_enquiry"], "2": ["record_keeping", "training"], "3": ["information_sharing"]}
    months = {"Nov 2025": "2025-11", "Feb 2026": "2026-02", "Apr 2026": "2026-04", "31/01/2026": "2026-01-31"}
    states = {"Completed": "complete", "In progress": "in_progress", "Not yet started": "not_started"}
    recs, actions = [], []
    for rec, rows in ROWS:
        number, text = rec.split(". ", 1)
        recs.append(_recommendation(lines, number, text, agencies, themes))
        for response, lead, when, progress in rows:
            state = next(s for s in states if progress.startswith(s))
            actions.append(
                action_record(
                    response,
                    _line_of(lines, response),
                    recommendation_ref=number,
                    lead=lead,
                    target_date_raw=when,
                    target_date=months[when],
                    status_raw=progress.split(":")[0],
                    status=states[state],
                )
            )
    return plan_gold(
        STEM,
        family="sar_seven_minute_briefing_response_table",
        description=(
            "Seven-minute briefing on a Safeguarding Adults Review (Word, Arial 9), then 'The Board's "
            "response', a Recommendation | Board response | Lead | By when | Progress table, each "
            "Recommendation cell the recommendation in full opening 'N.', recommendation 2's long cell "
            "merged down over two response rows so that, taken out a printed line at a time, its lines "
            "interleave with the second response's; leads wrapped over several lines, no Status column, "
            "the Progress cells opening with 'Completed <month>:', 'In progress:' or 'Not yet started:'"
        ),
        review=review(
            "SAR",
            "Wenmoor",
            "Edith",
            review_id="WSAB SAR 2024/03",
            doc_kind="executive_summary",
            author="Cosmo Haverleigh",
            age=88,
            date_of_death="2025-03",
        ),
        review_alternatives={"area": ["Wenmoor Safeguarding Adults Board"], "doc_kind": ["action_plan"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations: the three full-text Recommendation cells, ref the number opening the cell. "
            "Actions: one per response row (recommendation 2's cell merged over two), recommendation_ref "
            "that number; the state opening the Progress cell is the status."
        ),
    )


if __name__ == "__main__":
    build()
    g = gold()
    save_gold(HERE, STEM, g)
    print("wrote", f"{STEM}.json")
