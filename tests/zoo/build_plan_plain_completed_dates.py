"""Build `plan_plain_completed_dates.txt`: a standalone DHR action plan on the Home Office
template (Recommendation | Scope | Action to take | Lead Agency | Key milestones | Target Date |
Date of completion and Outcome) where a finished action's last cell gives the day it was
finished and what it achieved ("14/02/2024 – guide published on the website") with no status
word, as many partnerships fill that column; unfinished actions say "Ongoing – ..." or "Not
started – ...". Word table exported to PDF by LibreOffice and read by plain `pdftotext` (no
-layout): the .txt is that genuine export. Its gold (`plan_plain_completed_dates.json`) is
written by hand from the plan's meaning.

    python tests/zoo/build_plan_plain_completed_dates.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import HO_PLAN_HEADERS, merged_plan_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_plain_completed_dates"
HEADER = HO_PLAN_HEADERS
WIDTHS = [5.0, 2.3, 5.0, 3.1, 4.5, 2.3, 4.2]
PLAN = [
    (
        "Brindle Moor Community Safety Partnership should make sure that every agency knows "
        "the local referral route for victims of economic abuse.",
        "Local",
        [
            (
                "Publish a one-page guide to the economic abuse referral route",
                "Brindle Moor CSP",
                "Guide agreed by the DHR panel",
                "March 2024",
                "14/02/2024 – guide published on the partnership website and sent to all agencies.",
            ),
        ],
    ),
    (
        "Brindle Moor Police should make sure that officers record the presence of children at "
        "every domestic abuse incident.",
        "Local",
        [
            (
                "Add a mandatory children-present field to the incident record",
                "Brindle Moor Police",
                "Field specified with the systems team",
                "30/06/2024",
                "Ongoing – system change booked for the autumn release.",
            ),
        ],
    ),
    (
        "Brindle Moor Adult Social Care should offer a carer's assessment to every relative "
        "who gives personal care.",
        "Local",
        [
            (
                "Amend the first contact script to prompt a carer's assessment offer",
                "Brindle Moor Adult Social Care",
                "Script redrafted with the carers' forum",
                "31/05/2024",
                "22/04/2024 – revised script in use by the contact centre.",
            ),
        ],
    ),
    (
        "The Home Office should consider adding guidance on older victims to the statutory "
        "guidance for reviews.",
        "National",
        [
            (
                "Chair to write to the Home Office with the overview report",
                "Brindle Moor CSP",
                "Draft letter agreed with the panel",
                "On publication",
                "Not started – awaiting publication of the report.",
            ),
        ],
    ),
    (
        "Brindle Moor Integrated Care Board should make sure that GP practices ask about "
        "domestic abuse when an older patient presents with unexplained injuries.",
        "Local",
        [
            (
                "Circulate a practice bulletin on routine enquiry with older patients",
                "Brindle Moor ICB Safeguarding Team",
                "Bulletin written with the named GP",
                "September 2024",
                "03/09/2024 – bulletin sent to all 24 practices.",
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Brindle Moor DHR 'Maureen' action plan")
    para(doc, "Brindle Moor Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 'Maureen' (BMCSP DHR 06) – Action Plan", bold=True, size=12)
    para(doc, "Position reported to the partnership board in October 2024.", size=10)
    merged_plan_table(doc, HEADER, WIDTHS, [((rec, scope), actions) for rec, scope, actions in PLAN], size=8)
    para(doc, "")
    para(doc, "The plan stays open until the board has seen evidence for every action.", size=10)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
