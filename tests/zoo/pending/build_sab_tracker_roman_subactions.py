"""Build a zoo SAB tracker of a SAR's recommendations whose recommendations are shaded bold
rows holding a bare number and the recommendation's words alone, each over its actions' rows
numbered under it in roman numerals ("1(i)", "1(ii)").

sab_tracker_roman_subactions: DejaVu Sans Condensed 8, landscape, `pdftotext -layout`. Page 1:
a title line with the adult's age and date of death, the board's reference, an italic key to
the statuses, background, "Learning in brief" bullets, a lead-in. Page 2: Ref | Recommendation
/ action | Lead officer | Target | Status | Update. Targets "End of <Month> yyyy", seasons, "Qn
yyyy/yy"; statuses Closed (complete), Open (in progress), Superseded (unknown). A closing count.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_tracker_roman_subactions.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, make_table, new_doc, page_break, para, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "sab_tracker_roman_subactions"
STATES = {"Closed": "complete", "Open": "in_progress", "Superseded": "unknown"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip

# (number, recommendation, [(ref, action, lead, target, status, update), ...])
RECS = [
    (
        "1",
        "The Board should seek assurance that adults who self-neglect are offered a named "
        "worker who stays with them across services.",
        [
            (
                "1(i)",
                "Agree a named worker model with adult social care and community health.",
                "Head of Adult Safeguarding",
                "End of March 2025",
                "Closed",
                "Model agreed in February",
            ),
            (
                "1(ii)",
                "Test the model with ten adults and report what changed.",
                "Principal Social Worker",
                "Autumn 2025",
                "Open",
                "Six adults so far",
            ),
        ],
    ),
    (
        "2",
        "The Board should ask housing providers to share concerns about a tenant's home "
        "conditions with adult social care.",
        [
            (
                "2(i)",
                "Write a short protocol for housing providers on sharing concerns.",
                "Housing Partnership Lead",
                "Q3 2025/26",
                "Open",
                "Draft with providers",
            ),
            (
                "2(ii)",
                "Add the protocol to the Board's multi-agency procedures.",
                "Board Business Manager",
                "Winter 2025/26",
                "Superseded",
                "Replaced by the county procedure",
            ),
        ],
    ),
    (
        "3",
        "The Board should make sure that hospital discharge planning includes a home visit "
        "when an adult is known to self-neglect.",
        [
            (
                "3(i)",
                "Audit twenty discharges of adults known to self-neglect.",
                "Designated Adult Safeguarding Nurse",
                "End of June 2025",
                "Closed",
                "Audit reported in July",
            )
        ],
    ),
    (
        "4",
        "The Board should share the learning from this review with practitioners across the partnership.",
        [
            (
                "4(i)",
                "Publish a seven-minute briefing on the review.",
                "Board Business Manager",
                "End of January 2025",
                "Closed",
                "Published and circulated",
            ),
            (
                "4(ii)",
                "Hold two practitioner learning events.",
                "Learning and Development Lead",
                "Q4 2025/26",
                "Open",
                "First event booked",
            ),
        ],
    ),
]


def _band(table, number: str, text: str, size: float) -> None:
    row = table.add_row()
    for k, cell in enumerate(row.cells):
        cell.text = ""
        if k in (0, 1):
            run = cell.paragraphs[0].add_run(number if k == 0 else text)
            run.bold, run.font.size = True, Pt(size)
        shade(cell, "D9E2F3")


def build() -> None:
    doc = new_doc(landscape=True, font="DejaVu Sans Condensed", size=8)
    para(
        doc,
        "Safeguarding Adults Review: Mrs Winifred, aged 79, who died on 3 October 2023",
        bold=True,
        size=12,
    )
    para(doc, "Board reference KSAB SAR 2023/02")
    para(
        doc,
        "Status key: Closed – the action is done; Open – work continues; Superseded – the "
        "action was replaced by other work.",
        italic=True,
    )
    para(doc, "Background", bold=True)
    para(
        doc,
        "Mrs Winifred lived alone in a rented house in Kettlemoor. Her home had been in poor "
        "repair for some years and she declined most offers of help.",
    )
    para(doc, "Learning in brief", bold=True)
    for item in (
        "No one agency held the whole picture.",
        "Housing concerns did not reach adult social care.",
        "She was discharged from hospital without a home visit.",
    ):
        para(doc, item, style="List Bullet")
    para(doc, "The tracker below sets out the Board's recommendations and the actions agreed.")
    page_break(doc)
    headers = ["Ref", "Recommendation / action", "Lead officer", "Target", "Status", "Update"]
    widths = [1.4, 9.0, 4.0, 2.8, 2.0, 5.0]
    table = make_table(doc, headers, widths, size=8)
    for number, text, rows in RECS:
        _band(table, number, text, 8)
        for row in rows:
            add_row(table, list(row), widths, size=8)
    counts = {s: sum(1 for *_, rows in RECS for r in rows if r[4] == s) for s in STATES}
    para(doc, f"Open {counts['Open']} · Closed {counts['Closed']} · Superseded {counts['Superseded']}")
    save_rendered(doc, HERE, STEM, layout=True)


def _target(raw: str) -> str | None:
    words = raw.split()
    if words[0] == "End":
        return f"{words[-1]}-{MONTHS.index(words[-2]) + 1:02d}"
    if words[0][0] == "Q":
        return None
    return words[1][:4]


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, first_words(text, 8), line_holding(lines, text, 5), scope=None)
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 6),
            line_holding(lines, action, 4),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=_target(target),
            status_raw=state,
            status=STATES[state],
        )
        for number, _, rows in RECS
        for ref, action, lead, target, state, _ in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB tracker of a SAR (DejaVu Sans Condensed 8 landscape, pdftotext -layout): Ref | Recommendation / "
            "action | Lead officer | Target | Status | Update; recommendations shaded bold rows with a bare number, "
            "actions numbered 1(i), 1(ii) under them; statuses Closed / Open / Superseded"
        ),
        review=review(
            "SAR",
            "Kettlemoor",
            "Mrs Winifred",
            doc_kind="action_plan",
            age=79,
            date_of_death="2023-10-03",
            review_id="KSAB SAR 2023/02",
        ),  # fmt: skip
        recommendations=recs,
        actions=actions,
        notes=(
            "A band row (bare number, recommendation cell alone) is the recommendation; the rows under it are its "
            "actions, their recommendation the number before the bracket. Superseded is no state the schema has: "
            "unknown. 'Qn yyyy/yy' targets are left undated."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
