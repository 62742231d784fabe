"""Build the textplan zoo documents: action plans set as ruled Word tables, exported to PDF
by a word processor and then to text by plain `pdftotext` (no -layout), which prints such a
table a printed line at a time across its cells: the first line of every cell of a row, in
column order, then the second line of every cell that has one, and so on (two short cells on
one baseline may share a printed line). All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/textplan_build.py      # writes .docx, .pdf and the plain pdftotext .txt
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from plan_merged_build import _save, band, new_document, row, table

HERE = Path(__file__).resolve().parent

DHR_ROWS = [
    (
        "Recommendation 1: Ashcombe Community Safety Partnership should make sure that older victims "
        "of domestic abuse are offered support that fits their age and health.",
        [
            (
                "1.1",
                "Map the services open to victims aged over sixty and share the map with GP practices.",
                "Ashcombe CSP Domestic Abuse Coordinator",
                "September 2024",
                "Complete – map sent to all practices in August 2024",
            ),
            (
                "1.2",
                "Train the older people's day centre staff to recognise coercive control.",
                "Ashcombe Age Concern",
                "31/12/2024",
                "In progress – two of four sessions held",
            ),
        ],
    ),
    (
        "Recommendation 2: Ashcombe Police should check that officers record who else lives at an "
        "address when they attend a domestic incident.",
        [
            (
                "2.1",
                "Add a household members question to the domestic incident form.",
                "Ashcombe Police Safeguarding Unit",
                "March 2025",
                "Not started",
            ),
        ],
    ),
    (
        "Recommendation 3: Ashcombe and Tewford NHS Trust should ask about domestic abuse when a "
        "patient over sixty attends the emergency department with a fall that is not explained.",
        [
            (
                "3.1",
                "Add a routine enquiry prompt to the emergency department triage record.",
                "Named Nurse for Adult Safeguarding",
                "June 2025",
                "In progress – prompt being tested",
            ),
            (
                "3.2",
                "Audit fifty triage records after six months.",
                "Safeguarding Audit Lead",
                "Q4 2025/26",
                "Not yet due",
            ),
        ],
    ),
]


def build_dhr() -> Path:
    doc = new_document("Ashcombe CSP – DHR 'Rosa' – Action Plan")
    doc.add_paragraph("Ashcombe Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Rosa")
    doc.add_paragraph("Action Plan")
    doc.add_paragraph(
        "Rosa was 68 when she died in March 2023. The panel agreed the actions below in May 2024 and the "
        "Partnership reviews progress at each of its quarterly meetings."
    )
    t = table(doc, ["No.", "Action", "Lead agency", "Target date", "Progress"], [1.4, 8.5, 5.0, 3.2, 6.0])
    for statement, actions in DHR_ROWS:
        band(t, statement)
        for values in actions:
            row(t, list(values))
    doc.add_paragraph("Plan agreed by the review panel, May 2024. Last updated November 2024.")
    return _plain(_save(doc, "textplan_line_rounds_dhr"))


SAR_ROWS = [
    (
        "Recommendation 1 – The Safeguarding Adults Board should seek assurance that care providers "
        "tell the council when a resident loses weight quickly.",
        [
            (
                "1a",
                "Write to every care home asking how weight loss is recorded and reported.",
                "Board Business Manager",
                "Jan 2025",
                "Completed – replies from 31 of 34 homes",
            ),
            (
                "1b",
                "Hold a learning event on nutrition and hydration for care home managers.",
                "Head of Quality, Adult Social Care",
                "Apr 2025",
                "On track",
            ),
        ],
    ),
    (
        "Recommendation 2 – Northfield Council should ensure that reviews of a care package include "
        "a visit when the person cannot speak on the telephone.",
        [
            (
                "2a",
                "Change the review procedure so that a visit is the default for people with "
                "communication needs.",
                "Principal Social Worker",
                "Dec 2024",
                "Complete",
            ),
        ],
    ),
    (
        "Recommendation 3 – Northfield Primary Care Network should make sure that care home "
        "residents have a named clinician.",
        [
            (
                "3a",
                "Agree a named GP for each care home in the network and publish the list.",
                "Clinical Director, Northfield PCN",
                "Ongoing",
                "Delayed – two practices yet to agree",
            ),
            (
                "3b",
                "Check each quarter that new residents are registered with the named GP within a week.",
                "PCN Care Home Lead",
                "From April 2025",
                "Not started",
            ),
        ],
    ),
]


def build_sar() -> Path:
    doc = new_document("Northfield Safeguarding Adults Board – SAR 'Walter' – OFFICIAL")
    doc.add_paragraph("Northfield Safeguarding Adults Board")
    doc.add_paragraph("Safeguarding Adults Review: Walter – Action Plan")
    doc.add_paragraph(
        "Walter was 84 when he died in a care home in October 2023. The Board accepted the three "
        "recommendations of the review in June 2024; the plan below records the actions agreed."
    )
    t = table(doc, ["Ref", "Action", "Responsible officer", "By when", "Update"], [1.2, 9.0, 5.0, 3.0, 6.0])
    for statement, actions in SAR_ROWS:
        band(t, statement)
        for values in actions:
            row(t, list(values))
    doc.add_paragraph("Next review of this plan: Board meeting, March 2025.")
    return _plain(_save(doc, "textplan_line_rounds_sar"))


def _plain(docx: Path) -> Path:
    """The text is the PDF's plain pdftotext export (not -layout), as the family is published."""
    pdf, txt = docx.with_suffix(".pdf"), docx.with_suffix(".txt")
    subprocess.run(["pdftotext", str(pdf), str(txt)], check=True)
    return txt


if __name__ == "__main__":
    for build in (build_dhr, build_sar):
        print(build())
