"""Build a zoo DHR action plan standing alone (a variant of `build_update_row_plan.py`) whose
every action row is followed by a full-width shaded progress row "Progress, <Month Year>: ...
Status: <word>." reporting on the action above it (its progress and status, not a record).

dhr_plan_progress_row_no_col_rec_rows_sept_targets_nimbus_roman_ashcombe: Nimbus Roman 10.5
portrait. One table No. | Action | Owner | By; each recommendation a shaded row "Rec N" (on one
line: the first column is wide enough) beside its text merged over the other columns; actions
"1.1" ...; targets "Sept 2025", "Feb 2026"; statuses Complete / Partly complete / Not yet
started; the table runs over the page break with its header repeated. Before it: findings
bullets, a good-practice sentence, a reading note with an example ref and a count line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_progress_row_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from build_update_row_plan import HERE, _month
from docx.shared import Pt
from docx_build import add_row, make_table, new_doc, para, set_text, shade
from office_export import save_rendered
from plan_gold import (
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "dhr_plan_progress_row_no_col_rec_rows_sept_targets_nimbus_roman_ashcombe"
SIZE = 10.5
WIDTHS = [1.7, 8.2, 3.9, 2.2]

# (number, recommendation, [(ref, action, owner, by, progress, status), ...])
RECS = [
    (
        "1",
        "Ashcombe Safer Communities Partnership should make sure that staff in every agency ask "
        "an older woman about her safety when she is seen apart from her partner.",
        [
            (
                "1.1",
                "Add a routine safety question to the home visit record.",
                "Adult Social Care Principal Social Worker",
                "Sept 2025",
                "The question is live on the record system.",
                "Complete",
            ),
            (
                "1.2",
                "Train reablement staff to ask the question and record the answer.",
                "Reablement Manager",
                "Dec 2025",
                "Two of the four teams have been trained.",
                "Partly complete",
            ),
            (
                "1.3",
                "Check twenty home visit records for the question being asked.",
                "Quality Assurance Lead",
                "Feb 2026",
                "The check will follow the training.",
                "Not yet started",
            ),
        ],
    ),
    (
        "2",
        "The ambulance service should pass on a concern when a crew sees an injury that the "
        "patient's account does not explain.",
        [
            (
                "2.1",
                "Remind crews of the safeguarding referral route in the monthly clinical update.",
                "Ambulance Safeguarding Lead",
                "Sept 2025",
                "The reminder went out in the August update.",
                "Complete",
            ),
            (
                "2.2",
                "Add unexplained injury to the electronic patient record prompts.",
                "Clinical Systems Manager",
                "Jan 2026",
                "The change is with the supplier.",
                "Partly complete",
            ),
        ],
    ),
    (
        "3",
        "The Partnership should tell local people where an older person can get help with abuse at home.",
        [
            (
                "3.1",
                "Print a leaflet for pharmacies and day centres.",
                "Partnership Coordinator",
                "Nov 2025",
                "The leaflet is in every pharmacy.",
                "Complete",
            ),
            (
                "3.2",
                "Hold a stall at the older people's fair.",
                "Partnership Coordinator",
                "June 2026",
                "The fair has not yet been booked.",
                "Not yet started",
            ),
        ],
    ),
]


STATES = {"complete": "complete", "partly complete": "in_progress", "not yet started": "not_started"}


def _wide(table, first: str, text: str, fill: str, bold_tail: str = "") -> None:
    """A row whose first cell holds `first` (none: the whole row merged) and the rest `text`."""
    row = table.add_row()
    if first:
        set_text(row.cells[0], first, bold=True, size=SIZE)
        cell = row.cells[1].merge(row.cells[-1])
    else:
        cell = row.cells[0].merge(row.cells[-1])
    cell.text = ""
    cell.paragraphs[0].add_run(text).font.size = Pt(SIZE)
    if bold_tail:
        run = cell.paragraphs[0].add_run(bold_tail)
        run.bold, run.font.size = True, Pt(SIZE)
    for c in row.cells:
        shade(c, fill)


def build() -> None:
    doc = new_doc(font="Nimbus Roman", size=SIZE, header="OFFICIAL-SENSITIVE — Ashcombe SCP")
    para(doc, "Ashcombe Safer Communities Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: the death of Evelyn – action plan", bold=True, size=11)
    para(doc, "Findings", bold=True)
    for text in (
        "Evelyn was never seen alone by the agencies that visited the home.",
        "Her injuries were put down to falls without a question being asked.",
        "No agency knew what the others had seen.",
    ):
        para(doc, f"• {text}")
    para(
        doc,
        "The panel saw good practice by a community pharmacist, who asked Evelyn privately "
        "whether she felt safe at home.",
    )
    para(
        doc,
        "How to read the plan: actions are numbered under their recommendation (1.2 is the "
        "second action of the first recommendation) and the grey row under an action is its "
        "latest progress.",
    )
    for _ in range(6):
        para(
            doc,
            "The panel met five times between January and July 2025. Each agency gave a "
            "chronology and a report on its contact with Evelyn, and her son was offered a "
            "meeting with the chair before the report was finished.",
        )
    table = make_table(doc, ["No.", "Action", "Owner", "By"], WIDTHS, size=SIZE)
    for number, text, rows in RECS:
        _wide(table, f"Rec {number}", text, "D9D9D9")
        for ref, action, owner, by, progress, state in rows:
            add_row(table, [ref, action, owner, by], WIDTHS, size=SIZE)
            _wide(table, "", f"Progress, October 2025: {progress} ", "F2F2F2", f"Status: {state}.")
    count = sum(len(rows) for *_, rows in RECS)
    para(doc, f"Actions in this plan: {count}. Complete: 3.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(n, first_words(text, 8), line_holding(lines, text, 5), scope=None)
        for n, text, _ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 4),
            ref=ref,
            recommendation_ref=n,
            lead=owner,
            target_date_raw=by,
            target_date=_month(by),
            status_raw=state,
            status=STATES[state.lower()],
        )
        for n, _, rows in RECS
        for ref, action, owner, by, _, state in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR standalone action plan (Nimbus Roman 10.5, plain pdftotext): No. | Action | Owner | By, "
            "shaded 'Rec N' rows with the recommendation merged beside, a full-width progress row under each "
            "action ending 'Status: <word>.', targets 'Sept 2025', over the page break"
        ),
        review=review("DHR", "Ashcombe", "Evelyn"),
        review_alternatives={"area": ["Ashcombe Safer Communities Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "'Rec N' is the recommendation's number (ref N), its text the merged cell beside it. The progress "
            "row under an action is that action's progress and status, not a record. Findings bullets, the "
            "good practice sentence, the reading note (its example ref) and the count line are not records."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
