"""An NHS England-commissioned independent investigation into a mental health homicide, summary
for publication, closing with the trust's action plan: a StEIS reference line, a label table,
"Recommendation N:" run-ins, then the plan Ref | Recommendation | Action | Responsible | Evidence
of completion | Timescale | Status, the Recommendation cell "RN: <text>" merged down over its two
actions, timescales dd/mm/yy and a Status that is only a percentage (100% complete, 0% not
started, anything between in progress, as an italic note above the table says). Landscape; the
table runs over a page break after action 1.2 with its header printed again. Built as authors
publish it (python-docx, Nimbus Sans Narrow 10), exported to PDF by LibreOffice; the .txt is plain
pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is written by hand.

* mh_investigation_trust_plan_percent_status_brackwater: four recommendations, eight actions.

    python tests/zoo/pending/build_mh_investigation_trust_plan_percent_status_brackwater.py
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/mh_investigation_trust_plan_percent_status_brackwater.corpus.txt', 'w').write(\
      render(__import__('pathlib').Path('tests/zoo/pending/mh_investigation_trust_plan_percent_status_brackwater.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, kv_table, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "mh_investigation_trust_plan_percent_status_brackwater"
TRUST = "Brackwater Mental Health NHS Foundation Trust"
HEADERS = ["Ref", "Recommendation", "Action", "Responsible", "Evidence of completion", "Timescale", "Status"]
WIDTHS = [1.2, 5.0, 5.6, 3.2, 4.6, 2.0, 1.6]

RECS = [
    "The Trust should make sure that a patient's risk to named family members is reviewed whenever the "
    "patient's care coordinator changes.",
    "The Trust should require that a carer who reports a relapse is called back by a clinician within one "
    "working day.",
    "The Trust should audit how discharge from the community team is agreed with the patient's GP.",
    "The Trust should share this report's learning with its community teams and report on it to the Board.",
]

FINDINGS = [
    "Mr V's care coordinator changed three times in the year before the incident; no handover mentioned his "
    "threats.",
    "His mother rang the team twice in July 2022 to say he was sleeping little and talking about his father "
    "poisoning his food. The calls were logged by administrative staff and were not returned by a clinician.",
    "He was discharged from the community team to his GP in June 2022. The discharge letter did not say what "
    "signs of relapse to look for or who to contact, and the GP practice did not know he had been discharged "
    "until it received the letter three weeks later.",
]

# (ref, action, responsible, evidence, timescale, status)
ACTIONS = [
    (
        "1.1",
        "Add a prompt to the handover template asking for risk to named relatives",
        "Associate Director of Nursing",
        "Revised handover template on the intranet",
        "31/03/24",
        "100%",
    ),
    (
        "1.2",
        "Audit twenty handovers for the new prompt",
        "Clinical Audit Lead",
        "Audit report to the Quality Committee",
        "30/09/24",
        "60%",
    ),
    (
        "2.1",
        "Write a carer call-back standard for the community teams",
        "Head of Carer Support",
        "Standard approved at the Policy Group",
        "30/06/24",
        "100%",
    ),
    (
        "2.2",
        "Record call-backs on the electronic record and report monthly",
        "Community Services Manager",
        "Monthly call-back report",
        "31/12/24",
        "40%",
    ),
    (
        "3.1",
        "Audit forty discharges from the community teams",
        "Clinical Audit Lead",
        "Discharge audit report",
        "31/10/24",
        "20%",
    ),
    (
        "3.2",
        "Agree a discharge letter template with the local GP practices",
        "Primary Care Liaison Lead",
        "Template agreed with the Local Medical Committee",
        "31/01/25",
        "0%",
    ),
    (
        "4.1",
        "Hold learning events for every community team",
        "Head of Patient Safety",
        "Attendance records and event feedback",
        "30/11/24",
        "75%",
    ),
    (
        "4.2",
        "Report progress on this plan to the Trust Board",
        "Director of Nursing",
        "Board minutes",
        "31/03/25",
        "0%",
    ),
]


def _plan(doc) -> None:
    heading(doc, "Trust action plan", 1)
    para(
        doc,
        "Status shows how much of each action is done: 100% means complete, 0% means not started and any other "
        "figure means the action is in progress.",
        italic=True,
    )
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    for k, (ref, action, lead, evidence, due, pct) in enumerate(ACTIONS):
        rec = f"R{k // 2 + 1}: {RECS[k // 2]}" if k % 2 == 0 else ""
        add_row(t, [ref, rec, action, lead, evidence, due, pct], WIDTHS, size=9)
    for k in range(len(RECS)):
        merge_down(t, 1, 2 * k + 1, 2 * k + 2, size=9)


def word_document():
    doc = new_doc(
        landscape=True,
        header="Independent investigation into the care and treatment of Mr V – NHS England (Midlands)",
        font="Nimbus Sans Narrow",
        size=10,
    )
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    para(doc, "Independent investigation: summary for publication", bold=True, size=15)
    para(doc, "StEIS reference: 2022/20417")
    kv_table(
        doc,
        [
            ("Commissioned by", "NHS England – Midlands"),
            ("Provider", TRUST),
            ("Investigation team", "Oriel Castellane and Dr Benedikt Ashworth-Lyle"),
            ("Published", "February 2024"),
        ],
        widths=(5, 12),
    )
    heading(doc, "The incident", 1)
    para(
        doc,
        "In August 2022 Mr V, then 34 and under the care of the Trust's community team, killed his father, "
        "aged 71, at the family home.",
    )
    heading(doc, "Findings", 1)
    for text in FINDINGS[:1]:
        para(doc, text)
    heading(doc, "Recommendations", 1)
    for n, text in enumerate(RECS, 1):
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {n}: ").bold = True
        p.add_run(text)
    _plan(doc)
    return doc


def _status(pct: str) -> str:
    return {"100%": "complete", "0%": "not_started"}.get(pct, "in_progress")


def gold(lines: list[str]) -> dict:
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), line_holding(lines, text, 4), agency=TRUST)
        for n, text in enumerate(RECS, 1)
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            line_holding(lines, action, 4),
            ref=ref,
            recommendation_ref=ref.split(".")[0],
            lead=lead,
            target_date_raw=due,
            target_date=f"20{due[6:]}-{due[3:5]}-{due[:2]}",
            status_raw=pct,
            status=_status(pct),
        )
        for ref, action, lead, _, due, pct in ACTIONS
    ]
    return plan_gold(
        STEM,
        family="mh homicide investigation summary with the trust's plan: status a percentage only, dd/mm/yy",
        description=(
            "An NHS England-commissioned mental health homicide investigation's summary for publication built in "
            "Word (python-docx, Nimbus Sans Narrow 10, landscape), exported to PDF by LibreOffice and to text by "
            "plain pdftotext: 'Recommendation N:' run-ins, then the trust plan Ref | Recommendation | Action | "
            "Responsible | Evidence of completion | Timescale | Status, 'RN:' cells merged over two actions, "
            "percentage statuses, dd/mm/yy timescales, the table over a page break after 1.2."
        ),
        review=review(None, None, None, doc_kind=None, review_id="2022/20417"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by hand from the document's meaning. The recommendations are the 'Recommendation N:' run-ins "
            "(the plan's merged 'RN:' cells repeat them). One action per plan row, recommendation_ref the N of "
            "'RN', lead the Responsible cell, target dd/mm/yy read as 20yy. Status: 100% complete, 0% not "
            "started, anything between in progress, as the italic note says."
        ),
    )


if __name__ == "__main__":
    save_rendered(word_document(), HERE, STEM)
    save_gold(HERE, STEM, gold((HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
