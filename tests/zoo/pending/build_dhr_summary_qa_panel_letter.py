"""Build two DHR executive summaries with a feedback letter appended after the report: the Home
Office Quality Assurance Panel's letter to the Community Safety Partnership (address block, date,
"Dear ...", numbered "Areas for final development" asking for changes to the report, "Yours
sincerely"), and, the second way, a local Safeguarding Board chair's letter with lettered
"Points to address before publication". The letter's numbered points are feedback on the report,
not its recommendations; the recommendations are the summary's table No. | Recommendation |
Agency (the second: hanging numbered paragraphs).

Built in Word (python-docx, P052-like Liberation Serif 10.5 / Carlito 11), exported to PDF by
LibreOffice and to text by plain pdftotext; corpus text by
`/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_dhr_summary_qa_panel_letter.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record, review  # noqa: E402

WRITTEN = "Written by helper s44h44kpe; fictional."


@dataclass
class Summary:
    stem: str
    area: str
    partnership: str
    person: str
    font: str
    size: float
    recs: list  # (number, recommendation, agency)
    table: bool  # the recommendations in a No. | Recommendation | Agency table, else paragraphs
    sender: list  # the letter's address block, top right
    addressee: list
    salutation: str
    opening: str
    points_heading: str
    points: list  # (label, text)
    signer: list


def _report(doc, s: Summary):
    para(doc, f"Domestic Homicide Review: {s.person}", bold=True, size=15)
    para(doc, "Executive summary", size=12)
    heading(doc, "1. The review", level=1)
    para(
        doc,
        f"{s.person} was a man of 44 who was killed by his brother at their shared home in {s.area} in "
        f"2023. {s.partnership} commissioned this review after the criminal trial ended.",
    )
    heading(doc, "2. Key findings", level=1)
    para(
        doc,
        "Agencies knew of the brothers' arguments but saw them as a family matter. Nobody asked "
        "either man about abuse between adult siblings, and the risk checklist was never used.",
    )
    heading(doc, "3. Recommendations", level=1)
    if s.table:
        widths = [1.3, 10.5, 4.2]
        t = make_table(doc, ["No.", "Recommendation", "Agency"], widths, size=9.5)
        for number, text, agency in s.recs:
            add_row(t, [number, text, agency], widths, size=9.5)
    else:
        for number, text, _ in s.recs:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(f"{number}.\t{text}")


def _letter(doc, s: Summary):
    for line in s.sender:
        para(doc, line).alignment = 2  # (right: the sender's address block)
    para(doc, "")
    for line in s.addressee:
        para(doc, line)
    para(doc, "")
    para(doc, s.salutation)
    para(doc, s.opening)
    para(doc, s.points_heading, bold=True)
    for label, text in s.points:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{label}\t{text}")
    para(
        doc,
        "Please send the revised report to the Panel's secretariat when these points have been addressed.",
    )
    para(doc, "Yours sincerely")
    para(doc, "")
    for line in s.signer:
        para(doc, line)


def document(s: Summary):
    doc = new_doc(
        header=s.partnership, footer_label=f"DHR {s.person} – Executive Summary", font=s.font, size=s.size
    )
    _report(doc, s)
    page_break(doc)
    _letter(doc, s)
    return doc


def gold(s: Summary):
    def make(lines):
        recs = [
            recommendation_record(number, first_words(text, 10), line_holding(lines, text, 5), agency=agency)
            for number, text, agency in s.recs
        ]
        return plan_gold(
            s.stem,
            family="DHR executive summary with a feedback letter on the report appended",
            description=(
                "DHR executive summary built in Word, exported to PDF by LibreOffice and to text by plain "
                "pdftotext: its recommendations, then a letter (address block, date, salutation, numbered "
                "points asking for changes to the report, sign-off) appended after the report."
            ),
            review=review("DHR", s.area, s.person, doc_kind="executive_summary", age=44),
            recommendations=recs,
            notes=f"{WRITTEN} Recommendations: the summary's own; the letter's numbered points are feedback.",
        )

    return make


HARROWCOMBE = Summary(
    stem="dhr_exec_summary_rec_table_home_office_qa_letter_areas_for_development_harrowcombe",
    area="Harrowcombe",
    partnership="Safer Harrowcombe Partnership",
    person="Mr Dean",
    font="Liberation Serif",
    size=10.5,
    recs=[
        (
            "1",
            "Harrowcombe Police should add questions about abuse between adult siblings to the risk checklist.",
            "Harrowcombe Police",
        ),
        (
            "2",
            "GP practices should record when a patient discloses arguments at home and offer a follow-up.",
            "Harrowcombe ICB",
        ),
        (
            "3",
            "The housing service should review joint tenancies where one tenant asks to be moved for safety.",
            "Harrowcombe Homes",
        ),
        (
            "4",
            "The Partnership should run a campaign on family abuse that is not between partners.",
            "Safer Harrowcombe Partnership",
        ),
        (
            "5",
            "Adult social care should train duty staff to ask about family conflict at every assessment.",
            "Adult Social Care",
        ),
    ],
    table=True,
    sender=["Home Office", "2 Marsham Street", "London SW1P 4DF", "", "14 March 2025"],
    addressee=["Ms R Tallis", "Chair, Safer Harrowcombe Partnership", "Harrowcombe Civic Centre", "HW1 2AB"],
    salutation="Dear Ms Tallis,",
    opening=(
        "Thank you for submitting the Domestic Homicide Review report on Mr Dean to the Home Office "
        "Quality Assurance Panel. The Panel met on 4 March 2025 and found the report thorough and "
        "sensitively written."
    ),
    points_heading="Areas for final development",
    points=[
        ("1.", "The executive summary should give the dates the review started and finished."),
        ("2.", "The action plan should name a lead officer for each action rather than an agency."),
        ("3.", "The report should say whether the family were offered the chance to meet the panel."),
    ],
    signer=["Ms J Okafor", "Chair of the Home Office DHR Quality Assurance Panel"],
)

FELSTEAD = Summary(
    stem="dhr_exec_summary_paragraph_recs_board_chair_letter_points_before_publication_felstead",
    area="Felstead",
    partnership="Felstead Community Safety Partnership",
    person="Mr Nowak",
    font="Carlito",
    size=11,
    recs=[
        (
            "1",
            "Felstead Community Safety Partnership should publish guidance on abuse by adult relatives.",
            None,
        ),
        (
            "2",
            "The ambulance trust should make sure crews pass on concerns raised by a third person at a call.",
            None,
        ),
        ("3", "Probation should check the home address of anyone released to live with family.", None),
        ("4", "The local authority should offer carers' assessments to relatives who share a home.", None),
    ],
    table=False,
    sender=["Felstead Safeguarding Adults Board", "Town Hall, Felstead FL3 9QP", "", "2 June 2025"],
    addressee=["Mr P Aldous", "Community Safety Manager", "Felstead District Council"],
    salutation="Dear Mr Aldous",
    opening=(
        "The Board's case review group has read the draft overview report and this executive summary. "
        "We support its findings and would ask you to consider the points below before it is published."
    ),
    points_heading="Points to address before publication",
    points=[
        ("(a)", "The chronology should explain why the ambulance records for 2022 were not available."),
        ("(b)", "The summary should describe Mr Nowak in the family's own words, as they asked."),
        ("(c)", "Recommendation 3 should say which probation area is meant."),
    ],
    signer=["Dr A Whitlock", "Independent Chair, Felstead Safeguarding Adults Board"],
)

SUMMARIES = [HARROWCOMBE, FELSTEAD]

if __name__ == "__main__":
    for s in SUMMARIES:
        save_with_gold(document(s), HERE, s.stem, gold(s))
