"""Build a zoo DHR action plan standing alone whose every action row is followed by a full-width
shaded update row ("Update, <Month Year>: ... Status: <word>.") that reports on the action
above it: the update is that action's progress and status, never a record of its own.

dhr_plan_rec_rows_update_row_status_sept_targets_hollinby: DejaVu Serif 9.5 portrait. One table
Ref | Action required | Lead officer | By; each recommendation a shaded row "Rec N" beside its
text merged over the other columns; actions "1.1" ...; targets "Sept 2026" (the month cut to
"Sept"), "Jan 2026"; statuses Complete / In progress / Not started; the table runs over the
page break with its header repeated. Before it: findings bullets, a good-practice sentence and a
reading note.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_update_row_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, make_table, new_doc, para, set_text, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
    status,
)

STEM = "dhr_plan_rec_rows_update_row_status_sept_targets_hollinby"
SIZE = 9.5
WIDTHS = [1.4, 8.0, 4.2, 2.4]

# (number, recommendation, [(ref, action, lead, by, update, status), ...])
RECS = [
    (
        "1",
        "Hollinby Community Safety Partnership should make sure that every agency working with "
        "older couples knows how to spot abuse by a partner who has become a carer.",
        [
            (
                "1.1",
                "Write a short practice guide on carer abuse for home care agencies.",
                "Partnership Manager",
                "Sept 2025",
                "Guide issued to eleven agencies in August.",
                "Complete",
            ),
            (
                "1.2",
                "Hold two lunchtime briefings for district nurses and social workers.",
                "Adult Safeguarding Lead",
                "Jan 2026",
                "One briefing held; the second is booked.",
                "In progress",
            ),
            (
                "1.3",
                "Add a question about carer stress to the hospital discharge checklist.",
                "Hollinby General Hospital Named Nurse",
                "Mar 2026",
                "Awaiting the checklist's next revision.",
                "Not started",
            ),
        ],
    ),
    (
        "2",
        "GP practices should offer a private appointment to a patient whose partner always comes with them.",
        [
            (
                "2.1",
                "Send a reminder to every practice through the clinical bulletin.",
                "Integrated Care Board Designated Nurse",
                "Sept 2025",
                "Bulletin item published.",
                "Complete",
            ),
            (
                "2.2",
                "Audit a sample of thirty consultations for a private conversation.",
                "Integrated Care Board Designated Nurse",
                "June 2026",
                "Audit tool drafted.",
                "In progress",
            ),
        ],
    ),
    (
        "3",
        "The Partnership should share the learning from this review with the public.",
        [
            (
                "3.1",
                "Publish a one-page summary with the overview report.",
                "Partnership Manager",
                "Dec 2025",
                "Summary written and agreed.",
                "Complete",
            ),
            (
                "3.2",
                "Run a local radio item on help for carers who are struggling.",
                "Communications Officer",
                "Apr 2026",
                "No work yet.",
                "Not started",
            ),
        ],
    ),
]


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month(raw: str) -> str:
    """A target "Sept 2025" / "June 2026" as its month."""
    month, year = raw.split()
    return f"{year}-{MONTHS.index(month[:3].lower()) + 1:02d}"


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
    doc = new_doc(font="DejaVu Serif", size=SIZE, header="NOT PROTECTIVELY MARKED | Hollinby CSP")
    para(doc, "Hollinby Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review into the death of Margaret – action plan", bold=True, size=11)
    para(doc, "What the review found", bold=True)
    for text in (
        "Margaret's husband was seen by agencies only as her carer.",
        "Nobody asked Margaret about her own safety when she was alone.",
        "Records of the couple's contacts were kept by each agency apart.",
    ):
        para(doc, f"• {text}")
    para(
        doc,
        "The panel noted good practice by the pharmacy team, who raised a concern when "
        "Margaret's prescriptions were collected late three times.",
    )
    para(
        doc,
        "Reading this plan: each action has its own number (for example 2.1 is the first action "
        "of the second recommendation) and the shaded line under it is the latest update.",
    )
    for _ in range(6):
        para(
            doc,
            "The panel met six times between March and October 2025. Each agency provided a "
            "chronology and an account of its own involvement, and the family were offered a "
            "meeting with the chair at every stage of the review.",
        )
    table = make_table(doc, ["Ref", "Action required", "Lead officer", "By"], WIDTHS, size=SIZE)
    for number, text, rows in RECS:
        _wide(table, f"Rec {number}", text, "D9D9D9")
        for ref, action, lead, by, update, state in rows:
            add_row(table, [ref, action, lead, by], WIDTHS, size=SIZE)
            _wide(table, "", f"Update, November 2025: {update} ", "F2F2F2", f"Status: {state}.")
    count = sum(len(rows) for *_, rows in RECS)
    para(doc, f"{count} actions; 3 complete.")
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
            lead=lead,
            target_date_raw=by,
            target_date=_month(by),
            status_raw=state,
            status=status(state),
        )
        for n, _, rows in RECS
        for ref, action, lead, by, _, state in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR standalone action plan (DejaVu Serif 9.5, plain pdftotext): Ref | Action required | Lead officer | "
            "By, shaded 'Rec N' rows with the recommendation merged beside, a full-width update row under each "
            "action ending 'Status: <word>.', targets 'Sept 2025', over the page break"
        ),
        review=review("DHR", "Hollinby", "Margaret"),
        review_alternatives={"area": ["Hollinby Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "'Rec N' is the recommendation's number (ref N), its text the merged cell beside it. The update row "
            "under an action is that action's progress and status, not a record. Findings bullets, the good "
            "practice sentence and the reading note (its example ref) are not records."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
