"""Build two zoo DHR action plans standing alone whose recommendations are shaded full-width
bands ("Recommendation N – <agency>" in bold, the recommendation's sentence below it in the same
merged cell) over their actions' rows, with no status column: an action is complete once the
panel has signed it off (a date in the last column), otherwise nothing is known of it.

They vary what other plans of the family print differently: the column widths (so the header's
names wrap at other places: "Action" over "owner", "Evidence of completion" on one line or
three), how long the recommendation sentences run (two or three lines in the band), the owner
cells (roles over two or three lines, or bodies), and the face (DejaVu Serif or Liberation
Serif, both `pdftotext -layout`).

dhr_plan_bands_owner_wrapped_caddon: DejaVu Serif 8.5 portrait, a narrow owner column.
dhr_plan_bands_wide_evidence_pellow: Liberation Serif 9 portrait, a narrow action column and a
wide evidence column.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_bands_owner_column.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, page_break, para, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
    season_or_month,
)

# (number, agency, recommendation, [(ref, action, owner, target, evidence, signed off), ...])
CADDON = [
    (
        "1",
        "Caddon Vale Safer Communities Partnership",
        "The Partnership should commission a short course for neighbours, faith leaders and shop "
        "staff on noticing coercive control and on where to send someone who needs help, and should "
        "report on how many people took it.",
        [
            (
                "1.1",
                "Agree the course content with the two local specialist domestic abuse charities.",
                "Partnership Development Officer",
                "Summer 2025",
                "Content agreed at the June meeting",
                "19/06/2025",
            ),
            (
                "1.2",
                "Run the course at least six times in community venues across the district.",
                "Partnership Development Officer",
                "Winter 2025/26",
                "Three sessions held so far",
                "",
            ),
        ],
    ),
    (
        "2",
        "Caddon Vale Ambulance Trust",
        "The Trust should make sure that crews who attend a fall at home ask the patient alone "
        "whether anyone at home is hurting or frightening them.",
        [
            (
                "2.1",
                "Add a routine question about safety at home to the electronic patient record.",
                "Head of Safeguarding and Patient Experience",
                "End of October 2025",
                "Question live on the record",
                "03/11/2025",
            ),
            (
                "2.2",
                "Review a sample of forty falls records to see whether the question was asked.",
                "Head of Safeguarding and Patient Experience",
                "Spring 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "3",
        "Millbeck Housing Association",
        "Millbeck Housing Association should treat repeated damage to a property as a possible sign "
        "of domestic abuse and offer the tenant a private conversation.",
        [
            (
                "3.1",
                "Write guidance for repair staff on damage that may point to abuse.",
                "Tenancy Services Lead",
                "Autumn 2025",
                "Guidance drafted, not yet issued",
                "",
            ),
            (
                "3.2",
                "Train the repairs call handlers to offer a private call back.",
                "Tenancy Services Lead",
                "End of January 2026",
                "Training held in December",
                "12/12/2025",
            ),
        ],
    ),
    (
        "4",
        "Caddon Vale Safer Communities Partnership",
        "The Partnership should ask the Ministry of Justice to look again at how victims are told "
        "that a perpetrator is about to leave prison.",
        [
            (
                "4.1",
                "Send the Ministry a letter setting out what the review found about release dates.",
                "Chair of the Partnership",
                "Summer 2025",
                "Letter sent in July",
                "21/07/2025",
            )
        ],
    ),
]

PELLOW = [
    (
        "1",
        "Pellow Borough Council",
        "Pellow Borough Council should make sure that its adult social care staff record who else "
        "lives at an address whenever a carer's assessment is carried out.",
        [
            (
                "1.1",
                "Change the carer's assessment form so that the household has to be recorded.",
                "Pellow Borough Council",
                "Spring 2025",
                "New form in use from April",
                "08/04/2025",
            ),
            (
                "1.2",
                "Audit twenty carer's assessments after three months.",
                "Pellow Borough Council",
                "End of September 2025",
                "",
                "",
            ),
        ],
    ),
    (
        "2",
        "Pellow Police",
        "Pellow Police should check that officers give every victim of a reported assault the "
        "details of the local domestic abuse service before they leave the address.",
        [
            (
                "2.1",
                "Remind response officers of the leaflet through a briefing at every shift change.",
                "Pellow Police",
                "Summer 2025",
                "Briefing given to all four shifts",
                "30/07/2025",
            ),
            (
                "2.2",
                "Add a tick box for the leaflet to the attending officer's incident log.",
                "Pellow Police",
                "Winter 2025/26",
                "Change requested from the supplier",
                "",
            ),
        ],
    ),
    (
        "3",
        "Hestercombe Integrated Care Board",
        "The Integrated Care Board should make sure that practice nurses know how to ask an older "
        "patient about abuse by a family member.",
        [
            (
                "3.1",
                "Hold a learning session for practice nurses on abuse of older people.",
                "Hestercombe Integrated Care Board",
                "End of November 2025",
                "",
                "",
            )
        ],
    ),
    (
        "4",
        "Pellow Community Safety Partnership",
        "The Partnership should publish a summary of this review that local people can read easily.",
        [
            (
                "4.1",
                "Write and publish an easy read summary on the Partnership's website.",
                "Pellow Community Safety Partnership",
                "Autumn 2025",
                "Summary online since October",
                "14/10/2025",
            )
        ],
    ),
]

VARIANTS = {
    "dhr_plan_bands_owner_wrapped_caddon": dict(
        recs=CADDON,
        font="DejaVu Serif",
        size=8.5,
        area="Caddon Vale",
        victim="Jolene",
        age=44,
        death="2023-09-02",
        death_raw="2 September 2023",
        ref="CVSCP/DHR/2023/04",
        holder="Caddon Vale Safer Communities Partnership",
        widths=[1.0, 5.1, 2.7, 1.8, 4.2, 2.4],
    ),
    "dhr_plan_bands_wide_evidence_pellow": dict(
        recs=PELLOW,
        font="Liberation Serif",
        size=9,
        area="Pellow",
        victim="Edwin",
        age=81,
        death="2024-01-17",
        death_raw="17 January 2024",
        ref="PCSP DHR 03/2024",
        holder="Pellow Community Safety Partnership",
        widths=[0.9, 4.0, 3.4, 2.2, 4.8, 2.4],
    ),
}


def _band(table, text_bold: str, text: str, size: float) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    cell.text = ""
    run = cell.paragraphs[0].add_run(text_bold)
    run.bold, run.font.size = True, Pt(size)
    cell.add_paragraph().add_run(text).font.size = Pt(size)
    shade(cell, "DCDCDC")


def build(stem: str, v: dict) -> None:
    size = v["size"]
    doc = new_doc(font=v["font"], size=size)
    para(doc, v["holder"], bold=True, size=13)
    para(doc, "Domestic Homicide Review – action plan", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Review reference", v["ref"]),
            ("Victim", f"{v['victim']} (aged {v['age']})"),
            ("Date of death", v["death_raw"]),
            ("Plan held by", v["holder"]),
            ("Version", "2, March 2026"),
        ],
        size=size,
    )
    heading(doc, "How this plan is kept", 2)
    para(
        doc,
        "The review panel signs off an action when it has seen the evidence. Until then the "
        "last column is left empty.",
    )
    page_break(doc)
    headers = ["Ref", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"]
    table = make_table(doc, headers, v["widths"], size=size)
    for number, agency, text, rows in v["recs"]:
        _band(table, f"Recommendation {number} – {agency}", text, size)
        for row in rows:
            add_row(table, list(row), v["widths"], size=size)
    signed = sum(1 for *_, rows in v["recs"] for r in rows if r[5])
    total = sum(len(rows) for *_, rows in v["recs"])
    para(doc, f"Signed off so far: {signed} of {total} actions")
    save_rendered(doc, HERE, stem, layout=True)


def gold(stem: str, v: dict) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 5), agency=agency, scope=None
        )
        for number, agency, text, _ in v["recs"]
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 5),
            ref=ref,
            recommendation_ref=number,
            lead=owner,
            target_date_raw=target,
            target_date=season_or_month(target),
            status_raw=signed or None,
            status="complete" if signed else "unknown",
        )
        for number, _, _, rows in v["recs"]
        for ref, action, owner, target, _, signed in rows
    ]
    return plan_gold(
        stem,
        description=(
            f"DHR action plan standing alone ({v['font']} {v['size']}, pdftotext -layout): Ref | Action | Action "
            "owner | Target | Evidence of completion | Date signed off, each recommendation a shaded full-width band "
            "'Recommendation N – <agency>' over its sentence; no status column, a signed-off date means complete"
        ),
        review=review(
            "DHR", v["area"], v["victim"], review_id=v["ref"], age=v["age"], date_of_death=v["death"]
        ),
        review_alternatives={"area": [v["holder"]]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The band's bold line names the recommendation's number and agency and is not its text. The Evidence "
            "cell is progress, not the action. A signed-off date means complete; a blank one unknown."
        ),
    )


if __name__ == "__main__":
    for name, variant in VARIANTS.items():
        build(name, variant)
        save_gold(HERE, name, gold(name, variant))
