"""Build the pending zoo document `sab_sar_plan_six_principle_bands_lettered_refs_sar_rec_col_wenlow`:
a Safeguarding Adults Board's SAR action plan (DejaVu Sans ExtraLight, landscape) grouped under the
six safeguarding principles.

A label table; the review's recommendations R1-R5 as hanging paragraphs; an italic key; then
Ref | SAR rec | What we will do | Lead | By | Status under six shaded full-width band rows, one a
principle ("Empowerment – ...", "Prevention – ...", ... "Accountability – ..."), the actions
lettered by their principle (EM1, PV1, PR1, PT1, PA1, AC1, ...), the SAR rec cell naming the
recommendation the action answers, so the recommendations come out of order (R1 under Empowerment
and again under Proportionality); targets "Sept 2025" / "March 2026" / "Oct 2025", statuses
Achieved / Progressing / Not yet started; the rows run over the page break, the header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_sar_plan_principle_bands_lettered_refs_wenlow.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_row, full_row, kv_table, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_sar_plan_six_principle_bands_lettered_refs_sar_rec_col_wenlow"
FONT = "DejaVu Sans Light"
STATUS = {"Achieved": "complete", "Progressing": "in_progress", "Not yet started": "not_started"}
TARGET = {"Sept 2025": "2025-09", "March 2026": "2026-03", "Oct 2025": "2025-10", "Dec 2025": "2025-12"}

RECS = [
    (
        "R1",
        "Wenlow Safeguarding Adults Board should make sure that practitioners talk with a person about "
        "the risks they face and record the person's own view of what they want to happen.",
    ),
    (
        "R2",
        "The Board should seek assurance that agencies share information about an adult who repeatedly "
        "misses health appointments and that someone takes the lead in following it up.",
    ),
    (
        "R3",
        "Adult social care should make sure that a mental capacity assessment is carried out and recorded "
        "when there is a reason to doubt a person's ability to decide where to live.",
    ),
    (
        "R4",
        "The Board should ask housing providers and the ambulance service to agree when a concern about "
        "self-neglect is raised as a safeguarding concern.",
    ),
    (
        "R5",
        "The Board should check, through a multi-agency audit, that the changes made after this review "
        "have made a difference to people in similar circumstances.",
    ),
]

# (band row, [(ref, SAR rec, what we will do, lead, by, status), ...])
BANDS = [
    (
        "Empowerment – people are supported to make their own decisions and give informed consent",
        [
            (
                "EM1",
                "R1",
                "Add a prompt to the adult social care assessment asking what the person wants to happen "
                "and recording it in their own words",
                "Head of Adult Social Care",
                "Sept 2025",
                "Achieved",
            ),
            (
                "EM2",
                "R3",
                "Publish a short guide for families on how mental capacity is assessed and how they can take part",
                "Wenlow Carers Hub",
                "March 2026",
                "Progressing",
            ),
        ],
    ),
    (
        "Prevention – it is better to take action before harm occurs",
        [
            (
                "PV1",
                "R2",
                "Agree a missed appointments protocol across primary care and community health services",
                "Wenlow Integrated Care Board",
                "Oct 2025",
                "Progressing",
            ),
            (
                "PV2",
                "R4",
                "Train housing officers to spot the early signs of self-neglect in a tenancy",
                "Wenlow Homes",
                "Sept 2025",
                "Achieved",
            ),
        ],
    ),
    (
        "Proportionality – the least intrusive response appropriate to the risk presented",
        [
            (
                "PR1",
                "R1",
                "Review the risk enablement panel's terms of reference so that people can attend their own panel",
                "Principal Social Worker",
                "Dec 2025",
                "Not yet started",
            ),
            (
                "PR2",
                "R2",
                "Set out when a missed appointment needs a home visit rather than a letter",
                "Community Health Services",
                "March 2026",
                "Not yet started",
            ),
        ],
    ),
    (
        "Protection – support and representation for those in greatest need",
        [
            (
                "PT1",
                "R3",
                "Audit thirty case files for a recorded capacity assessment about accommodation",
                "Adult Social Care Quality Team",
                "Oct 2025",
                "Progressing",
            ),
            (
                "PT2",
                "R5",
                "Offer an independent advocate to every adult subject to a section 42 enquiry for self-neglect",
                "Safeguarding Adults Manager",
                "March 2026",
                "Not yet started",
            ),
        ],
    ),
    (
        "Partnership – local solutions through services working with their communities",
        [
            (
                "PA1",
                "R2",
                "Name a lead professional when two or more agencies are concerned about missed health contacts",
                "Wenlow Integrated Care Board",
                "Dec 2025",
                "Progressing",
            ),
            (
                "PA2",
                "R4",
                "Write joint self-neglect guidance with the ambulance service and the housing providers",
                "Board Business Manager",
                "Sept 2025",
                "Achieved",
            ),
        ],
    ),
    (
        "Accountability – accountability and transparency in delivering safeguarding",
        [
            (
                "AC1",
                "R5",
                "Run a multi-agency audit of self-neglect cases twelve months after this plan is agreed",
                "Quality and Performance Subgroup",
                "March 2026",
                "Not yet started",
            ),
        ],
    ),
]

HEADER = ["Ref", "SAR rec", "What we will do", "Lead", "By", "Status"]
WIDTHS = [1.4, 1.6, 10.0, 5.2, 2.4, 3.2]


def build() -> None:
    doc = new_doc(
        landscape=True, font=FONT, size=10, footer_label="Wenlow SAB | SAR ‘Harold’ action plan | Page"
    )
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    para(doc, "Wenlow Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review ‘Harold’ – Action Plan", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Review", "SAR ‘Harold’ (a man of 71)"),
            ("Plan owner", "SAR Subgroup, Wenlow Safeguarding Adults Board"),
            ("Report published", "May 2025"),
            ("Plan last updated", "August 2025"),
        ],
        widths=(5, 11),
        size=10,
    )
    para(doc, "The review's recommendations", bold=True, size=11)
    for ref, text in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        p.add_run(f"{ref}\t{text}")
    para(
        doc,
        "Key: the actions are grouped under the six safeguarding principles. Ref gives the principle's "
        "letters and the action's number; SAR rec names the recommendation the action answers. Status is "
        "Achieved, Progressing or Not yet started.",
        italic=True,
    )
    table = make_table(doc, HEADER, WIDTHS, size=9)
    for band, rows in BANDS:
        full_row(table, band, fill="D9E2F3", size=9)
        for row in rows:
            add_row(table, list(row), WIDTHS, size=9)
    para(doc, "")
    para(doc, "The SAR Subgroup reviews this plan at each meeting and reports to the Board twice a year.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=by,
            target_date=TARGET[by],
            status_raw=state,
            status=STATUS[state],
        )
        for _, rows in BANDS
        for ref, rec, action, lead, by, state in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB's SAR action plan (DejaVu Sans ExtraLight, landscape): a label table, recommendations R1-R5 "
            "as hanging paragraphs, an italic key, then Ref | SAR rec | What we will do | Lead | By | Status "
            "under six shaded full-width band rows naming the safeguarding principles, actions lettered by "
            "principle (EM1 ... AC1), the SAR rec cell naming the recommendation (out of order), rows over "
            "the page break"
        ),
        review=review("SAR", "Wenlow", "Harold", age=71),
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the R1-R5 paragraphs. One action per row, ref the lettered code, "
            "recommendation_ref the SAR rec cell. Not records: the band rows (group headings naming a "
            "principle), the label table, the key, the closing line. Achieved complete, Progressing "
            "in_progress, Not yet started not_started; targets the month."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
