"""Build the pending zoo document `csp_plan_action_cell_narrow_rec_column_tollbeck`: the plan of
`csp_plan_action_cell_lead_by_lines_split_tollbeck` (the family of heldout38 family 2) set with a
narrow Recommendation column (3.5 cm of 13.5), a protective marking as running head, a "·" foot
and a helpline box after the notes. Plain pdftotext then prints the column's name broken inside
the word ("Recommendatio" / "n"), the "What we will do" and "Progress" names one after the other
over the action cells, and page 1's later progress cells after the page's running foot.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_csp_plan_action_cell_narrow_rec_column.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build_csp_plan_action_cell_lead_by_lines as base  # noqa: E402
import build_csp_plan_action_cell_lead_by_lines_split as split  # noqa: E402
from docx_build import heading, kv_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "csp_plan_action_cell_narrow_rec_column_tollbeck"
WIDTHS = (3.5, 6.0, 4.0)  # (the Recommendation column too narrow for its name)
HELPLINE = (
    "If you have been affected by this review, the Tollbeck Domestic Abuse Helpline is open every day on "
    "0800 000 0000. Calls are free and confidential."
)


def build() -> None:
    base.RECS, base.ACTIONS, base.WIDTHS = split.RECS, split.ACTIONS, WIDTHS
    doc = new_doc(
        font="DejaVu Sans",
        size=10,
        header="OFFICIAL – SENSITIVE (until publication)",
        footer_label="Tollbeck CSP ·",
    )
    para(doc, "Tollbeck Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review 'Maya' – Action Plan", bold=True, size=15)
    for text in (*split.INTRO, *split.INTRO, "Progress is as at the end of November 2025."):
        para(doc, text)
    heading(doc, "Progress key", 2)
    kv_table(
        doc,
        [
            ("Embedded", "Done and part of everyday practice"),
            ("Underway", "Started"),
            ("Yet to start", "Not begun"),
        ],
        widths=(4, 12),
        size=9.5,
    )
    base.plan_table(doc)
    para(doc, "")
    para(doc, "Notes: actions 1a and 4b share one lead; action 2b waits for the new record system.", size=9.5)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.rows[0].cells[0].text = HELPLINE
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    split.STEM = STEM
    record = split.gold()
    record["description"] += (
        "; the Recommendation column too narrow for its name, a helpline box after the notes"
    )
    return record


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
