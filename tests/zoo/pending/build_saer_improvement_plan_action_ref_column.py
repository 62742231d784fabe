"""Build the pending zoo document `saer_improvement_plan_action_ref_column_drumlaggan`: the published
summary of a Scottish health board's Significant Adverse Event Review (Liberation Serif 11; the plan's
pages landscape) whose improvement plan numbers each action "1(a)" in a narrow column headed
"Action", the action's words in the next column, "Improvement action".

Page 1: a facts label/value table (not records), what happened, recommendations "1."–"3." as hanging
paragraphs. Then (landscape) the improvement plan: Rec | Action | Improvement action | Action owner |
Target | Status | Evidence / comment, the Rec cell merged down over its actions, action refs "1(a)",
targets "Dec-25" (a spreadsheet's month and two-digit year), statuses "Closed" / "Open – in progress"
/ "Open – not started" as its key line gives them; the table long enough to run over a page break with
its header repeated. A count table (actions in plan / closed / open) and a plan-owner line under it
are not records.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_saer_improvement_plan_action_ref_column.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import (  # noqa: E402
    heading,
    kv_table,
    landscape_section,
    merge_down,
    new_doc,
    para,
    repeat_header,
    set_text,
    set_widths,
    shade,
)
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "saer_improvement_plan_action_ref_column_drumlaggan"
FACTS = [
    ("Reference", "SAER 2024-031"),
    ("Event category", "Category 1 – death of a member of the public"),
    ("Service", "Community mental health team, Drumlaggan"),
    ("Lead reviewer", "Consultant nurse, clinical governance"),
]
RECS = [
    ("1", "The community team should review a patient's risk plan whenever a carer reports new threats."),
    ("2", "The board should make sure that discharge letters reach the GP practice within two working days."),
    ("3", "The team should agree with the police how concerns about weapons at home are shared."),
]
STATUS = {"Closed": "complete", "Open – in progress": "in_progress", "Open – not started": "not_started"}
# (rec, action ref, improvement action, owner, target, iso, status, evidence)
ROWS = [
    (
        "1",
        "1(a)",
        "Add a carer's report of threats to the list of risk plan review triggers.",
        "Team Leader, CMHT",
        "Dec-25",
        "2025-12",
        "Closed",
        "Revised procedure issued.",
    ),
    (
        "1",
        "1(b)",
        "Train every care coordinator in the revised triggers.",
        "Practice Development Nurse",
        "Mar-26",
        "2026-03",
        "Open – in progress",
        "Two of three sessions held.",
    ),
    (
        "1",
        "1(c)",
        "Audit twenty risk plans for a review after a carer's report.",
        "Clinical Governance Lead",
        "Jun-26",
        "2026-06",
        "Open – not started",
        "",
    ),
    (
        "2",
        "2(a)",
        "Send discharge letters to GP practices by secure email on the day of discharge.",
        "Ward Manager",
        "Jan-26",
        "2026-01",
        "Closed",
        "Process live from November.",
    ),
    (
        "2",
        "2(b)",
        "Report monthly on letters sent within two working days.",
        "Information Analyst",
        "Feb-26",
        "2026-02",
        "Open – in progress",
        "First report due February.",
    ),
    (
        "3",
        "3(a)",
        "Write a joint protocol with Drumlaggan Police on weapons concerns.",
        "Associate Medical Director",
        "Apr-26",
        "2026-04",
        "Open – in progress",
        "Draft with the police.",
    ),
    (
        "3",
        "3(b)",
        "Add a weapons question to the community risk screening tool.",
        "Team Leader, CMHT",
        "Mar-26",
        "2026-03",
        "Open – not started",
        "",
    ),
    (
        "3",
        "3(c)",
        "Test the protocol in a joint case discussion exercise.",
        "Associate Medical Director",
        "Sep-26",
        "2026-09",
        "Open – not started",
        "",
    ),
]
HEADER = ("Rec", "Action", "Improvement action", "Action owner", "Target", "Status", "Evidence / comment")
WIDTHS = (1.1, 1.5, 8.2, 3.6, 1.7, 2.8, 5.0)


def plan_table(doc):
    t = doc.add_table(rows=1, cols=len(HEADER))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for cell, name in zip(t.rows[0].cells, HEADER):
        set_text(cell, name, bold=True, size=9.5)
        shade(cell, "DCE6F1")
    first = {}
    for n, (rec, ref, action, owner, target, _, state, evidence) in enumerate(ROWS, start=1):
        row = t.add_row()
        for cell, value in zip(row.cells, (rec, ref, action, owner, target, state, evidence)):
            set_text(cell, value, size=9.5)
        first.setdefault(rec, [n, n])[1] = n
    for a, b in first.values():
        merge_down(t, 0, a, b, size=9.5)
    set_widths(t, WIDTHS)
    return t


def build() -> None:
    doc = new_doc(font="Liberation Serif", size=11, footer_label="NHS Drumlaggan • SAER published summary •")
    para(doc, "Significant Adverse Event Review – published summary", bold=True, size=15)
    kv_table(doc, FACTS, size=10)
    heading(doc, "What happened", 2)
    para(
        doc,
        "A man under the care of the community mental health team seriously assaulted his neighbour, who later "
        "died. His mother had told the team twice in the month before that he was threatening people in the "
        "street. The review looked at how the team assessed and planned for that risk.",
    )
    para(
        doc,
        "The review team met the family, read the clinical records and spoke to the staff involved. It found "
        "good practice in the team's contact with the family and three areas to improve.",
    )
    heading(doc, "Recommendations", 2)
    for number, text in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{number}.\t{text}")
    sec = landscape_section(doc)
    sec.left_margin = sec.right_margin = Cm(1.8)
    heading(doc, "Improvement plan", 2)
    para(doc, "Status key: Closed; Open – in progress; Open – not started.", italic=True, size=9)
    plan_table(doc)
    para(doc, "")
    kv_table(doc, [("Actions in plan", "8"), ("Closed", "2"), ("Open", "6")], size=9.5)
    para(
        doc,
        "Plan owner: Head of Clinical Governance. Reviewed at the Clinical Governance Committee.",
        size=9.5,
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=rec,
            lead=owner,
            target_date_raw=target,
            target_date=iso_target,
            status_raw=state,
            status=STATUS[state],
        )
        for rec, ref, action, owner, target, iso_target, state, _ in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "NHS Scotland SAER published summary (Liberation Serif 11; plan landscape): a facts table, recommendations "
            "1.-3. as hanging paragraphs; an improvement plan Rec | Action | Improvement action | Action owner | Target | "
            "Status | Evidence / comment, Rec merged down, the 'Action' column holding the action's ref '1(a)', targets "
            "'Dec-25', statuses Closed / Open – in progress / Open – not started; over a page break, header repeated"
        ),
        review=review(None, "Drumlaggan", None, doc_kind="executive_summary", review_id="SAER 2024-031"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations 1-3. One action per plan row, ref its 'Action' cell ('1(a)'), the action its "
            "'Improvement action' cell, recommendation_ref the Rec cell, lead the owner, target the month. "
            "review_type null (a health board's adverse event review has no contract type). Not records: the facts "
            "table, the status key, the count table, the plan-owner line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
