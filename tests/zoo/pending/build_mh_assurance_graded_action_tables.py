"""Build a zoo independent assurance review of how a mental health trust carried out an
independent homicide investigation's recommendations: each recommendation under its own heading
with a small table of the actions taken, each action graded by a letter whose meaning is given
only in a grade key table near the start.

mh_assurance_graded_action_tables_oxwellham: an assurance report commissioned by an NHS region
(P052 10): a label / value box, a grade key table Grade | Definition (A-D, each meaning a short
sentence: "Completed; impact on practice not yet demonstrated"), a noteworthy practice box; then
per recommendation a "Recommendation N" heading, an italic "Addressed to:" line, the
recommendation, and a table Ref | Action taken | Lead | Evidence reviewed | Grade (refs "1.1",
the grade letter alone in the last cell, no target dates); a page break before Recommendation 2;
a closing summary counting the grades. No cell names a state in words: each action's status is
its letter read through the key table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_mh_assurance_graded_action_tables.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, kv_table, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "mh_assurance_graded_action_tables_oxwellham"
TRUST = "Oxwellham and Kessock Partnership NHS Foundation Trust"
KEY = [
    (
        "A",
        "Completed and embedded; an audit or the service users' own accounts show that practice has changed and stayed changed",
    ),
    ("B", "Completed; impact on practice not yet demonstrated"),
    ("C", "Partially complete; work is continuing"),
    ("D", "Not implemented, or no evidence supplied to the review team"),
]
VALUE = {"A": "complete", "B": "complete", "C": "in_progress", "D": "not_started"}
# (number, addressed to, recommendation, [(ref, action, lead, evidence, grade), ...])
RECS = [
    (
        "1",
        TRUST,
        "The Trust must ensure that care coordinators review the risk formulation of every "
        "service user whose contact with the community team has lapsed for more than four weeks.",
        [
            (
                "1.1",
                "Lapsed contact report added to the weekly caseload meeting agenda.",
                "Community Services Director",
                "Meeting minutes for six weeks; report extract",
                "A",
            ),
            (
                "1.2",
                "Risk formulation training delivered to all care coordinators.",
                "Head of Nursing Education",
                "Attendance register (91 per cent)",
                "B",
            ),
            (
                "1.3",
                "Quarterly audit of risk reviews after lapsed contact.",
                "Clinical Audit Lead",
                "Audit plan only",
                "C",
            ),
        ],
    ),
    (
        "2",
        TRUST,
        "The Trust should involve families in discharge planning and give them a named contact "
        "when a service user leaves inpatient care.",
        [
            (
                "2.1",
                "Carer contact section added to the discharge checklist.",
                "Inpatient Matron",
                "Revised checklist; ten sampled records",
                "B",
            ),
            (
                "2.2",
                "Family liaison leaflet written with the carers' forum.",
                "Patient Experience Manager",
                "Draft leaflet",
                "C",
            ),
        ],
    ),
    (
        "3",
        "Oxwellham Integrated Care Board",
        "The commissioners should seek assurance that the Trust's learning from serious incidents "
        "is shared with primary care.",
        [
            (
                "3.1",
                "Learning summaries sent to GP practice safeguarding leads each quarter.",
                "Designated Nurse for Adults",
                "None received by the review team",
                "D",
            ),
            (
                "3.2",
                "Joint learning event held with primary care colleagues.",
                "Head of Quality, ICB",
                "Event programme and feedback forms",
                "A",
            ),
        ],
    ),
]


def build() -> None:
    doc = new_doc(header="Independent assurance review | Oxwellham", font="P052", size=10)
    para(doc, "Independent Assurance Review", bold=True, size=15)
    para(
        doc,
        "Implementation of the recommendations of the independent investigation into the care of Ms T",
        bold=True,
        size=12,
    )
    kv_table(
        doc,
        [
            ("Commissioned by", "NHS England – Midlands and East region"),
            ("Provider reviewed", TRUST),
            ("Investigation published", "November 2023"),
            ("Assurance visit", "September 2025"),
        ],
    )
    para(doc, "")
    para(doc, "1. Approach", bold=True, size=11)
    para(
        doc,
        "We met the Trust's leads, read the evidence each lead supplied and graded every action "
        "using the scale below. Where no evidence was supplied we have said so.",
    )
    para(doc, "Grading scale", bold=True)
    widths = [1.6, 8.0]
    t = make_table(doc, ["Grade", "Definition"], widths, size=9.5)
    for grade, meaning in KEY:
        add_row(t, [grade, meaning], widths, size=9.5)
    para(doc, "")
    box(
        doc,
        "Noteworthy practice\nThe Trust's carers' forum helped write the new discharge material and "
        "now meets the inpatient matrons every month.",
        fill="E2EFDA",
    )
    para(doc, "2. Findings by recommendation", bold=True, size=11)
    for number, addressee, text, rows in RECS:
        if number == "2":
            page_break(doc)
        para(doc, f"Recommendation {number}", bold=True, size=11)
        para(doc, f"Addressed to: {addressee}", italic=True)
        para(doc, text)
        widths = [1.2, 5.6, 3.4, 3.8, 1.4]
        t = make_table(doc, ["Ref", "Action taken", "Lead", "Evidence reviewed", "Grade"], widths, size=9)
        for row in rows:
            add_row(t, list(row), widths, size=9)
        para(doc, "")
    para(doc, "3. Summary", bold=True, size=11)
    para(
        doc,
        "Of the seven actions, two were graded A, two B, two C and one D. We will look again at the "
        "actions graded C and D in six months.",
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number,
            " ".join(text.split()[:10]),
            _line_of(lines, text),
            agency=addressee,
            scope="local",
        )
        for number, addressee, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            status_raw=grade,
            status=VALUE[grade],
        )
        for number, _, _, rows in RECS
        for ref, action, lead, _, grade in rows
    ]
    return plan_gold(
        STEM,
        family="mh_assurance_graded_action_tables",
        description=(
            "Independent assurance review of an NHS mental health homicide investigation's "
            "recommendations (P052 10): per recommendation a heading, an 'Addressed to:' line and "
            "a small table Ref | Action taken | Lead | Evidence reviewed | Grade, the grade letter "
            "A-D explained only by a grade key table Grade | Definition near the start"
        ),
        review=review(None, None, "Ms T", doc_kind="action_plan"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Each action's status is its grade letter read through the key table: A and B "
            "complete (B: 'Completed; impact on practice not yet demonstrated'), C in progress, "
            "D not started. No target dates are printed. The Evidence column is no field."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
