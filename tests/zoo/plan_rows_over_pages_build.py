"""Build the plan_rows_over_pages zoo document: a partnership's action plan as one Word table,
No. | Recommendation | Action | Lead officer | By when | Progress, the No. and Recommendation
cells merged down over each recommendation's actions. A page break falls after the first action
of a recommendation, the row its number is printed in, so page 2 opens with the repeated header and then a whole row of its
own whose merged cells print nothing: a new action, not the tail of the row above.
Exported to PDF by LibreOffice; the Word and PDF routes are the fixtures. All people, places
and bodies are fictional; the wording is our own.

    python tests/zoo/plan_rows_over_pages_build.py      # writes .docx, .pdf and .json
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from plan_gold import (  # noqa: E402
    NO_LINE,
    action_record,
    first_words,
    iso,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import merged_rows, new_document, table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import export  # noqa: E402

STEM = "plan_rows_over_pages"
HEADERS = ["No.", "Recommendation", "Action", "Lead officer", "By when", "Progress"]
WIDTHS = [1.2, 6.0, 6.4, 4.0, 2.6, 5.4]

# the plan's introduction: as many paragraphs as put the page break after recommendation 2's
# first action, the row carrying its number (main() checks that its second action opens page 2)
INTRO = [
    "The review was commissioned after the death of Nell, aged 74, at her home in March 2023.",
    "The panel made three recommendations. Each is set out below with the actions agreed by the "
    "agencies that will carry it out.",
    "Actions are marked complete only when the lead officer has sent evidence to the Partnership.",
    "Where an action is ongoing, the lead officer reports progress at each meeting of the group.",
    "The Partnership will publish this plan with the overview report.",
    "Questions about the plan should be sent to the Partnership Manager.",
    "The plan was last updated on 14 November 2024.",
    "Members of the review group: the Partnership Manager, the Safeguarding Lead of the Ambulance "
    "Trust, the Revenues Manager and the Specialist Service Manager.",
    "The ambulance service was the only agency to see Nell in the year before her death.",
    "Crews attended two falls at her home; on neither visit was she seen away from her husband.",
    "Nell had told a neighbour that her husband kept her pension card and gave her no money.",
    "The council tax team took a call from Nell about arrears but did not ask why she had fallen behind.",
    "The panel found no single failing, but missed chances to ask Nell whether she felt safe.",
    "The recommendations below aim to make sure that those chances are taken in future.",
    "Nell's family were invited to contribute and met the chair twice.",
]

# (no, recommendation, [(action, lead, date, progress)], the first action row on a new page)
GROUPS = [
    (
        "1",
        "Ashvale Community Safety Partnership should make sure that victims referred by the "
        "ambulance service are contacted by the specialist service within two working days.",
        [
            ("Agree a two-day contact standard with the specialist service.", "Partnership Manager",
             "31/07/2024", "Standard agreed and added to the service contract. Complete."),
            ("Report the number of victims contacted within two days to each board meeting.",
             "Specialist Service Manager", "Quarterly", "Ongoing – first report made in October."),
        ],
        None,
    ),
    (
        "2",
        "Ashvale Ambulance Trust should make sure that crews who attend a fall at home ask the "
        "patient, away from others, whether they feel safe.",
        [
            ("Add a question on safety at home to the falls assessment on the electronic record.",
             "Head of Clinical Systems", "30/09/2024", "Question live on the record since August. Complete."),
            ("Audit fifty falls records for the answer to the new question.",
             "Safeguarding Lead", "31/03/2025", "In progress – thirty records audited so far."),
            ("Share the audit findings with the crews at the spring training days.",
             "Clinical Education Manager", "May 2025", "Not started."),
        ],
        1,
    ),
    (
        "3",
        "Ashvale Borough Council should make sure that its council tax team knows how to pass on "
        "concerns when a resident says that a partner controls the household's money.",
        [
            ("Write a short guide for council tax officers on economic abuse and how to refer it "
             "to the safeguarding team.",
             "Revenues Manager", "30/06/2025", "Guide drafted; being checked by the safeguarding "
             "team before it is published."),
        ],
        None,
    ),
]  # fmt: skip


def build(folder: Path) -> Path:
    doc = new_document("Ashvale Community Safety Partnership – DHR 'Nell' action plan")
    doc.add_heading("Domestic Homicide Review 'Nell' – action plan", level=1)
    doc.add_paragraph("Progress as reported to the Partnership's review group in November 2024.")
    for text in INTRO:
        doc.add_paragraph(text)
    t = table(doc, HEADERS, WIDTHS)
    for no, rec, actions, _ in GROUPS:
        first_row = len(t.rows)
        merged_rows(t, [0, 1], [no, rec], [list(a) for a in actions])
        for row in t.rows[first_row:]:
            _whole(row)  # a row is never split: the page breaks between rows
    doc.add_paragraph("The plan is reviewed at every meeting of the review group.")
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def _whole(row) -> None:
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def gold() -> dict:
    recommendations, actions = [], []
    agencies = {
        "1": "Ashvale Community Safety Partnership",
        "2": "Ashvale Ambulance Trust",
        "3": "Ashvale Borough Council",
    }
    for no, rec, rows, _ in GROUPS:
        recommendations.append(
            recommendation_record(no, first_words(rec, 10), NO_LINE, agency=agencies[no], scope=None)
        )
        for action, lead, date, progress in rows:
            actions.append(
                action_record(
                    first_words(action, 9),
                    NO_LINE,
                    recommendation_ref=no,
                    lead=lead,
                    target_date_raw=date,
                    target_date=iso(date),
                    status_raw=progress,
                    status=_status(progress),
                )
            )
    return plan_gold(
        STEM,
        description=(
            "Partnership action plan as one Word table (No. | Recommendation | Action | Lead officer | "
            "By when | Progress), the No. and Recommendation cells merged down over each "
            "recommendation's actions; a page break between two actions of one recommendation."
        ),
        review=review(None, None),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Page 2 opens (after the repeated header) with recommendation 2's second action, its No. "
            "and Recommendation cells merged from page 1 and empty: a row of its own. Actions print no number of their own (ref "
            "null). Status from the Progress cell. Themes not annotated."
        ),
    )


def _status(progress: str) -> str:
    if progress.startswith(("Ongoing", "In progress", "Guide drafted")):
        return "in_progress"
    return "not_started" if progress.startswith("Not started") else "complete"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        docx = build(Path(tmp))
        shutil.copy(docx, HERE / f"{STEM}.docx")
        export(docx, Path(tmp) / f"{STEM}.txt", pdf=HERE / f"{STEM}.pdf")
    page2 = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(HERE / f"{STEM}.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Audit fifty" in page2 and "Add a question" not in page2, "the page break moved: adjust INTRO"
    save_gold(HERE, STEM, gold())


if __name__ == "__main__":
    main()
