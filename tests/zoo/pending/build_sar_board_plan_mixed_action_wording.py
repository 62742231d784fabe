"""Build sar_board_plan_mixed_action_wording: a second Safeguarding Adults Review of the
recommendation-triplets family, its Board's plan saying what will be done in whatever words
its authors chose: future work, a thing to be produced, an instruction.

DejaVu Serif 10. Each recommendation a heading "Recommendation N – <title>" over bold-labelled
"Recommendation:", "Rationale:" and "Intended outcome:" paragraphs; "Areas for consideration"
(AC1, AC2) are not recommendations. On page 2 the Board's plan "Rec | What will be done | Who |
By | Progress": the cells of "What will be done" in mixed forms ("Adult social care will add ...",
"A leaflet for families on ...", "Escalation of a third missed visit ..."), most opening with no
instruction verb, recommendation 2's
Rec cell merged down over its two actions, "By" a month and year ("June 2025"), "Progress" Done /
Under way / Yet to start, a key line under the table. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_plan_mixed_action_wording.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_board_plan_mixed_action_wording"
BOARD = "Ashcombe Safeguarding Adults Board"

# (number, title, recommendation, rationale, outcome)
RECS = [
    ("1", "Carers who are themselves frail",
     "The Board should ask adult social care to offer a carer's assessment whenever a hospital "
     "discharge relies on an older partner to give personal care.",
     "Mrs Penrose was discharged home to her husband, who was 84 and had not been asked whether he "
     "could manage.",
     "No discharge depends on a carer whose own needs have not been looked at."),
    ("2", "Missed district nurse visits",
     "The Board should seek assurance from the community health provider that three missed visits "
     "in a row are escalated to a senior nurse.",
     "District nurses were turned away five times and each visit was recorded on its own.",
     "Repeated refusals of nursing care are seen as a pattern and acted on."),
    ("3", "Pressure care at home",
     "The Board should make sure families caring at home are told how to spot and report "
     "pressure damage.",
     "The family did not know that the redness they saw needed a nurse the same day.",
     "Families report early signs of pressure damage promptly."),
]  # fmt: skip

AREAS = [
    ("AC1", "Partners might consider how equipment deliveries are checked after a discharge."),
    ("AC2", "The Board could invite carers' groups to comment on its next annual report."),
]

# (ref cell, what will be done, who, by, gold target, progress, status)
PLAN = [
    ("1", "Adult social care will add a carer's assessment prompt to the discharge checklist.",
     "Head of Adult Social Care", "March 2025", "2025-03", "Done", "complete"),
    ("2", "Escalation of a third missed visit to the team leader in the community health provider.",
     "Director of Nursing", "June 2025", "2025-06", "Under way", "in_progress"),
    ("", "Audit twenty refused visits and report the findings to the Board's quality group.",
     "Quality Subgroup Chair", "October 2025", "2025-10", "Yet to start", "not_started"),
    ("3", "A short leaflet for families on spotting pressure damage at home.",
     "Board Business Manager", "September 2025", "2025-09", "Under way", "in_progress"),
]  # fmt: skip


def word_document():
    doc = new_doc(footer_label="SAR Mrs Penrose | Page", font="DejaVu Serif", size=10)
    para(doc, BOARD, bold=True)
    para(doc, "Safeguarding Adults Review concerning Mrs Penrose", bold=True)
    heading(doc, "1. Background", 1)
    para(
        doc,
        "Mrs Penrose was 88 and lived with her husband in Ashcombe. She died in hospital in "
        "August 2023 from infected pressure ulcers.",
    )
    heading(doc, "2. Recommendations", 1)
    for number, title, rec, why, outcome in RECS:
        heading(doc, f"Recommendation {number} – {title}", 2)
        for label, text in (("Recommendation:", rec), ("Rationale:", why), ("Intended outcome:", outcome)):
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(f" {text}")
    heading(doc, "3. Areas for consideration", 1)
    para(doc, "These are offered to partners for reflection and are not recommendations.", italic=True)
    for code, text in AREAS:
        para(doc, f"{code}: {text}")
    page_break(doc)
    heading(doc, "4. The Board's response", 1)
    widths = [1.3, 7.2, 3.6, 2.3, 2.2]
    t = make_table(doc, ["Rec", "What will be done", "Who", "By", "Progress"], widths, size=9.5)
    for row in PLAN:
        add_row(t, list(row[:4]) + [row[5]], widths, size=9.5)
    merge_down(t, 0, 2, 3, size=9.5)
    para(doc, "Progress key: Done – finished; Under way – started; Yet to start – not begun.")
    return doc


def gold(lines: list[str]) -> dict:
    recs = []
    for number, title, rec, _, outcome in RECS:
        start = " ".join(rec.split()[:10])
        recs.append(
            {
                "ref": number,
                "level": "overview",
                "agency": BOARD,
                "title": title,
                "text_start": start,
                "aliases": [],
                "outcome": outcome,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    actions = []
    rec = None
    for cell, action, who, by, iso, raw, state in PLAN:
        rec = cell or rec
        start = " ".join(action.split()[:10])
        actions.append(
            {
                "ref": None,
                "recommendation_ref": rec,
                "agency_section": "overview",
                "action_start": start,
                "lead": who,
                "target_date_raw": by,
                "target_date": iso,
                "status_raw": raw,
                "status": state,
                "line": find_line(lines, start),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "SAR overview with recommendation triplets and a Board plan Rec | What will be done | "
        "Who | By | Progress whose action cells are worded in mixed forms",
        "description": "Built in Word (DejaVu Serif 10): three recommendations each a heading and three "
        "bold-labelled paragraphs, two areas for consideration that are not recommendations, a plan "
        "on page 2 whose 'What will be done' cells read '... will add ...', 'Escalation of ...', "
        "'A short leaflet ...', 'Audit ...', recommendation 2's Rec merged over two rows, targets month and year.",
        "review": {
            "review_id": None,
            "review_type": "SAR",
            "area": "Ashcombe",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Mrs Penrose", "age": 88}],
            "date_of_death": "2023-08",
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": [],
        "notes": "Each recommendation's text is its 'Recommendation:' paragraph, its ref the heading's "
        "number, its title the heading's words after the dash, its outcome the 'Intended outcome:' "
        "paragraph; 'The Board' is the SAB. AC1/AC2 are not recommendations. One action per plan "
        "row; the merged Rec cell numbers both of recommendation 2's rows; 'By' a month.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
