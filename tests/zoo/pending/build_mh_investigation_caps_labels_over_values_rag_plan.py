"""An independent investigation after a mental health homicide, with the Trust's action plan
(Nimbus Sans Narrow): a title page whose facts are each a small bold capitalised label on its own
line over its value (CASE REFERENCE, DATE OF INCIDENT, LOCALITY, THE PERSON WHO DIED, ...), a
running head naming the investigation on every page; "Recommendation N" headings each over a
paragraph; then the Trust's plan Rec. | Action | Lead | Timescale | Evidence of completion | RAG,
the Rec. cell a bold number merged down, the RAG cell a colour word, a key under the table. Built
in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext; the gold is
written by hand below.

    python tests/zoo/pending/build_mh_investigation_caps_labels_over_values_rag_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from docx_build import add_row, heading, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "mh_investigation_caps_labels_over_values_rag_plan"
TRUST = "Wendlebury and Croft Valley NHS Foundation Trust"
FACTS = [
    ("CASE REFERENCE", "2022/30517"),
    ("DATE OF INCIDENT", "19 August 2022"),
    ("LOCALITY", "Hesketh Vale"),
    ("THE PERSON WHO DIED", "Mr D, aged 64, Ms S’s neighbour"),
    ("INVESTIGATION CARRIED OUT BY", "Northbrook Review Associates Ltd"),
    ("LEAD INVESTIGATOR", "Dr Imogen Treharne-Sykes"),
    ("PUBLISHED", "January 2025"),
]
RECS = [
    (
        "1",
        "The Trust should make sure that a care coordinator who is leaving hands over every patient "
        "in a joint visit with the new coordinator.",
        TRUST,
    ),
    (
        "2",
        "The Trust should give families a named contact when a patient stops taking medication "
        "after discharge.",
        TRUST,
    ),
    (
        "3",
        "The Trust should audit how threats made against neighbours are recorded in risk assessments.",
        TRUST,
    ),
    (
        "4",
        "The Integrated Care Board should agree with GP practices how missed depot injections are "
        "reported to the community team.",
        "Hesketh Vale Integrated Care Board",
    ),
]
# (rec, [(action, lead, timescale, evidence, rag)])
PLAN = [
    (
        "1",
        [
            (
                "Write a handover standard requiring a joint visit.",
                "Associate Director of Nursing",
                "Mar 2025",
                "Standard approved 14/10/2024.",
                "Green",
            ),
            (
                "Audit ten handovers against the standard.",
                "Clinical Audit Lead",
                "30/09/2025",
                "Audit planned.",
                "Red",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "Add a family contact field to the discharge summary.",
                "Head of Clinical Systems",
                "31/05/2025",
                "Field in test since 02/12/2024.",
                "Amber",
            )
        ],
    ),
    (
        "3",
        [
            (
                "Run a record audit of threats to others in risk assessments.",
                "Patient Safety Lead",
                "Jun 2025",
                "Sample drawn 06/01/2025.",
                "Amber",
            ),
            (
                "Brief community teams on recording threats.",
                "Clinical Director",
                "31/03/2025",
                "Briefings held 11/11/2024.",
                "Green",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "Agree a reporting route for missed depot injections with practices.",
                "ICB Mental Health Lead",
                "Dec 2025",
                "Not yet started.",
                "Red",
            )
        ],
    ),
]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def build():
    doc = new_doc(font="Nimbus Sans Narrow", size=10.5)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Hesketh Vale – Ms S – Independent investigation"
    hdr.alignment = 0
    para(doc, "Independent investigation into the care and treatment of Ms S", bold=True, size=16)
    for label, value in FACTS:
        p = para(doc, label, bold=True, size=8)
        p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        para(doc, value)
    para(
        doc,
        "This report was commissioned by NHS England and is published with the family's agreement.",
        italic=True,
        size=9,
    )
    page_break(doc)
    heading(doc, "1 Summary", 1)
    para(doc, "1.1 Ms S had been known to the community mental health team for six years.")
    heading(doc, "3 Recommendations", 1)
    for ref, text, _ in RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    page_break(doc)
    heading(doc, "Appendix B – Trust action plan", 1)
    widths = [1.2, 4.6, 3.0, 2.0, 3.6, 1.6]
    t = make_table(
        doc, ["Rec.", "Action", "Lead", "Timescale", "Evidence of completion", "RAG"], widths, size=9
    )
    for ref, acts in PLAN:
        first = len(t.rows)
        for action, lead, when, evidence, rag in acts:
            add_row(t, [ref, action, lead, when, evidence, rag], widths, size=9, fills={5: FILL[rag]})
        merge_down(t, 0, first, len(t.rows) - 1, size=9, bold=True)
    para(doc, "Key: Green complete; Amber in progress; Red not started.", italic=True, size=9)
    _ = Pt
    save_rendered(doc, HERE, STEM)


def _target(raw: str) -> str:
    if "/" in raw:
        d, m, y = raw.split("/")
        return f"{y}-{m}-{d}"
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    mon, year = raw.split()
    return f"{year}-{months.index(mon.lower()[:3]) + 1:02d}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency)
        for ref, text, agency in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=_target(when),
            status_raw=rag,
            status=RAG[rag],
        )
        for ref, acts in PLAN
        for action, lead, when, _evidence, rag in acts
    ]
    return plan_gold(
        STEM,
        family="mh_homicide_investigation_caps_labels_over_values_trust_rag_plan",
        description=(
            "Independent investigation after a mental health homicide (Nimbus Sans Narrow): title page facts "
            "as bold capitalised labels over their values; Recommendation N headings; the Trust's plan Rec. | "
            "Action | Lead | Timescale | Evidence of completion | RAG, RAG words on their fill"
        ),
        review=review(
            None,
            "Hesketh Vale",
            "Mr D",
            doc_kind=None,
            review_id="2022/30517",
            author="Imogen Treharne-Sykes",
            age=64,
            date_of_death="2022-08-19",
        ),
        review_alternatives={"author": ["Dr Imogen Treharne-Sykes"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper s50h50rest; fictional. Area: the LOCALITY label's value on the title page. "
            "Recommendations under the Recommendation N headings; actions the plan rows, recommendation_ref "
            "the merged Rec. cell, status the RAG word by the key."
        ),
    )


def main() -> None:
    build()
    save_gold(HERE, STEM, gold())


if __name__ == "__main__":
    main()
