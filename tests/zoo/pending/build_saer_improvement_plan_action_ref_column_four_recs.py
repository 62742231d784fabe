"""Build the pending zoo document `saer_improvement_plan_action_ref_column_four_recs_drumlaggan`: the
SAER summary and improvement plan of `saer_improvement_plan_action_ref_column_drumlaggan` (the family
of heldout38 family 1) with four recommendations of two actions each, numbered section headings,
statuses "Closed / Open – in progress / Open – not commenced" and an Evidence / comment cell of two
sentences on every row. Plain pdftotext then prints the plan a row at a time: each row's ref
("1(a)", the narrow "Action" column's only words) alone on a line, then its improvement action,
owner, target and status, the first row's ref under the "Action" name and its values among the
other names, and every Evidence / comment cell after the table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_saer_improvement_plan_action_ref_column_four_recs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build_saer_improvement_plan_action_ref_column as base  # noqa: E402
from docx_build import heading  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "saer_improvement_plan_action_ref_column_four_recs_drumlaggan"
EVIDENCE = " Evidence seen by the review team at the follow-up meeting."
REC_4 = ("4", "The board should give families a named contact while a review of a death is under way.")
ROWS_4 = [
    (
        "4",
        "4(a)",
        "Appoint a family liaison lead for each adverse event review of a death.",
        "Head of Clinical Governance",
        "Dec-25",
        "2025-12",
        "Closed",
        "Liaison leads named for all open reviews.",
    ),
    (
        "4",
        "4(b)",
        "Write to each family within ten working days of the review starting.",
        "Patient Experience Manager",
        "Mar-26",
        "2026-03",
        "Open – in progress",
        "Letter template agreed; first letters sent in January.",
    ),
]
SECTIONS = {"What happened": "1. What happened", "Recommendations": "2. Recommendations"}


def rows() -> list[tuple]:
    kept = [r for r in base.ROWS if r[1] not in ("1(c)", "3(c)")] + ROWS_4
    return [
        (
            *r[:6],
            r[6].replace("not started", "not commenced"),
            (r[7] or "Awaiting the supplier's date.") + EVIDENCE,
        )
        for r in kept
    ]


def numbered_heading(doc, text, level):
    return heading(doc, SECTIONS.get(text, "3. " + text if text == "Improvement plan" else text), level)


def build() -> None:
    base.STEM, base.HERE = STEM, HERE
    base.RECS = [*base.RECS, REC_4]
    base.ROWS = rows()
    base.STATUS = {
        "Closed": "complete",
        "Open – in progress": "in_progress",
        "Open – not commenced": "not_started",
    }
    base.heading = numbered_heading
    base.build()


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, base.gold())
    print("wrote", f"{STEM}.json")
