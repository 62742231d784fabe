"""Two recommendation layouts as Word authors set them, exported to PDF by LibreOffice and to
text by plain `pdftotext` (no -layout), the form in which many reports reach a text-only
pipeline:

* `s5recs_dardr_national_lettered_local`: a Domestic Abuse Related Death Review whose
  recommendations chapter has a numbered list "for national bodies" (each item led by the
  department's name) and then "local recommendations" lettered (a), (b) ... with a hanging
  indent, which pdftotext prints as the letter alone on its line and the text below it;
* `s5recs_table_number_column_whole`: a DHR executive summary whose recommendations sit in a
  "No. | Recommendation | Organisation(s)" table; pdftotext prints the number column whole
  (every number, one a line) before the lead-in and the recommendation texts, then the
  organisation cells;
* `s5recs_sar_coded_column_whole`: the SAR form of the same table, refs "R1" ... with a
  "Ref | Recommendation | For" header, learning points printed above it.

    python tests/zoo/s5textrecs_build.py   # writes the .docx, .pdf and .txt of each stem
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from make_samples import to_pdf  # noqa: E402


def _para(doc, text, bold=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    return p


def _hanging(doc, mark, text, indent=1.5):
    """'(a)<tab>text' with a hanging indent, as authors type a lettered list by hand."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.add_run(f"{mark}\t{text}")
    return p


def _table(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for cell, text, w in zip(t.rows[0].cells, header, widths):
        cell.text = text
        cell.width = Cm(w)
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text, w in zip(cells, row, widths):
            cell.text = text
            cell.width = Cm(w)
    return t


def _new(title_lines):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for line in title_lines:
        _para(doc, line, bold=True)
    return doc


def _save(doc, stem):
    docx = HERE / f"{stem}.docx"
    doc.save(docx)
    pdf = to_pdf(docx, HERE)
    subprocess.run(["pdftotext", str(pdf), str(HERE / f"{stem}.txt")], check=True)
    print("wrote", stem)


def dardr_national_lettered_local():
    doc = _new(
        [
            "Brackwater Community Safety Partnership",
            "Domestic Abuse Related Death Review",
            "Report into the death of Nadia",
            "Independent Chair and Author: Rowan Featherstone",
            "Date of death: 3 March 2022",
        ]
    )
    doc.add_heading("1. Introduction", level=1)
    _para(
        doc,
        "Nadia was 34 when she took her own life at her flat in Brackwater in March 2022. In the "
        "year before her death she had told her sister, her GP and her employer that her former "
        "partner, Lewis, was following her and sending her dozens of messages a day. The "
        "Partnership decided that the death met the criteria for a review.",
    )
    doc.add_heading("2. Key findings", level=1)
    _para(
        doc,
        "Finding 1: Nadia's disclosures were recorded as harassment by a stranger rather than as "
        "abuse by a former partner, so no risk assessment was completed.",
    )
    _para(
        doc,
        "Finding 2: Her employer's occupational health adviser knew of the messages but had no "
        "route for passing the concern to a specialist service.",
    )
    doc.add_heading("3. Recommendations", level=1)
    doc.add_heading("Recommendations for national bodies", level=2)
    _para(doc, "The review panel asks the Partnership to send these recommendations to national bodies:")
    national = [
        (
            "1.",
            "Department for Work and Pensions: The Department for Work and Pensions should publish "
            "guidance for work coaches on asking about stalking by a former partner when a claimant "
            "says they cannot attend appointments.",
        ),
        (
            "2.",
            "Office for Health Improvement and Disparities: The Office for Health Improvement and "
            "Disparities should add stalking by a former partner to the risk factors named in the "
            "national guidance for occupational health services.",
        ),
        (
            "3.",
            "College of Policing: The College of Policing should revise its guidance on harassment "
            "so that officers ask whether the person suspected is a current or former partner.",
        ),
    ]
    for mark, text in national:
        _hanging(doc, mark, text, indent=0.8)
    doc.add_heading("Local recommendations", level=2)
    _para(doc, "The review panel makes the following recommendations to Brackwater agencies:")
    local = [
        (
            "(a)",
            "Brackwater Police should audit harassment reports made in the last year to check "
            "that the relationship between the parties was recorded and a risk assessment "
            "completed where they had been partners.",
        ),
        (
            "(b)",
            "Brackwater Health Centre should make sure clinicians ask about a former partner's "
            "behaviour when a patient reports low mood linked to being followed or watched.",
        ),
        (
            "(c)",
            "Brackwater Borough Council should give its occupational health service a written "
            "route for referring employees to the local domestic abuse service, with their consent.",
        ),
        (
            "(d)",
            "Brackwater Community Safety Partnership should commission stalking awareness sessions "
            "for employers in the borough and report attendance to its board each quarter.",
        ),
        (
            "(e)",
            "Brackwater Community Safety Partnership should ask the local suicide prevention group "
            "to record whether domestic abuse was known in each suspected suicide it reviews.",
        ),
    ]
    for mark, text in local:
        _hanging(doc, mark, text)
    doc.add_heading("4. Conclusion", level=1)
    _para(
        doc,
        "The panel thanks Nadia's sister for her help with this review. The Partnership will "
        "publish an action plan that sets out how each recommendation will be taken forward.",
    )
    _save(doc, "s5recs_dardr_national_lettered_local")


def table_number_column_whole():
    doc = _new(
        [
            "Thornbury Vale Community Safety Partnership",
            "Domestic Homicide Review: Executive Summary",
            "The death of Agnieszka, August 2021",
            "Independent Author: Malcolm Ostrowski",
        ]
    )
    doc.add_heading("1. The review", level=1)
    _para(
        doc,
        "1.1 Agnieszka was killed by her husband, Dariusz, at their home in Thornbury Vale on 14 "
        "August 2021. He was convicted of her murder. The panel met six times and read reports "
        "from seven agencies.",
    )
    doc.add_heading("2. Lessons learned", level=1)
    _para(
        doc,
        "2.1 Lesson: interpreters were arranged through Dariusz, who was present at every "
        "appointment, so Agnieszka was never asked about abuse in her own language.",
    )
    _para(
        doc,
        "2.2 Lesson: two referrals to children's services about arguments heard by neighbours "
        "were closed without anyone speaking to Agnieszka alone.",
    )
    doc.add_heading("3. Recommendations", level=1)
    _para(
        doc,
        "3.1 The panel makes the following recommendations. Each organisation named has agreed "
        "to act on them.",
    )
    rows = [
        (
            "1",
            "Thornbury Vale Hospitals NHS Trust should book professional interpreters directly "
            "and never through a family member or partner of the patient.",
            "Thornbury Vale Hospitals NHS Trust",
        ),
        (
            "2",
            "Thornbury Vale Council Children's Services should speak to each parent alone before "
            "closing a referral that mentions arguments or shouting in the home.",
            "Thornbury Vale Council – Children's Services",
        ),
        (
            "3",
            "Thornbury Vale Police should check whether an interpreter is needed before taking "
            "an account from a victim.",
            "Thornbury Vale Police",
        ),
        (
            "4",
            "Valeside Primary Care Network should record a patient's preferred language and "
            "whether an interpreter was used at each appointment.",
            "Valeside Primary Care Network",
        ),
        (
            "5",
            "The Community Safety Partnership should work with community groups to share "
            "information about domestic abuse services in Polish and Romanian.",
            "Thornbury Vale Community Safety Partnership",
        ),
        (
            "6",
            "Thornbury Vale Community Safety Partnership should ask each agency for evidence that "
            "its actions from this review are complete within twelve months.",
            "Thornbury Vale Community Safety Partnership",
        ),
    ]
    _table(doc, ["No.", "Recommendation", "Organisation(s)"], rows, [1.3, 10.2, 4.5])
    doc.add_heading("4. Next steps", level=1)
    _para(
        doc,
        "4.1 The Partnership will monitor the action plan at each of its meetings until every "
        "action is complete.",
    )
    _save(doc, "s5recs_table_number_column_whole")


def sar_coded_column_whole():
    doc = _new(
        [
            "Fallowmere Safeguarding Adults Board",
            "Safeguarding Adults Review: Mr Osei",
            "Reviewer: Priya Lindqvist",
        ]
    )
    doc.add_heading("1 Background", level=1)
    _para(
        doc,
        "Mr Osei was 71 and lived alone in a flat in Fallowmere. He had diabetes and heart "
        "failure and had refused most help in the two years before he died in January 2023 of "
        "hypothermia and infected leg ulcers.",
    )
    doc.add_heading("2 Learning", level=1)
    _para(doc, "Learning point 1")
    _para(
        doc,
        "A person's refusal of help should lead to more curiosity about why, not to the case being closed.",
    )
    _para(doc, "Learning point 2")
    _para(
        doc,
        "Missed appointments by a person with long-term conditions can be a sign of self-neglect.",
    )
    doc.add_heading("3 Recommendations", level=1)
    _para(
        doc,
        "The reviewer makes these recommendations to the Board. The Board will publish its "
        "response separately.",
    )
    rows = [
        (
            "R1",
            "The Board should seek assurance that its self-neglect protocol is used whenever a "
            "person with care needs refuses help and the risk to them is high.",
            "Fallowmere SAB; Adult Social Care",
        ),
        (
            "R2",
            "Fallowmere Community Health Services should escalate to a senior nurse when a "
            "patient refuses wound care on three visits in a row.",
            "Fallowmere Community Health Services",
        ),
        (
            "R3",
            "The Board should make sure that training on the Mental Capacity Act explains how to "
            "assess a person's ability to carry out a decision.",
            "Fallowmere SAB Learning Sub-group",
        ),
        (
            "R4",
            "Fallowmere Housing should treat a loss of heating for a tenant known to be vulnerable "
            "as an emergency repair.",
            "Fallowmere Housing",
        ),
        (
            "R5",
            "The Department of Health and Social Care should consider national guidance that "
            "brings together the duties owed to people who self-neglect.",
            "Department of Health and Social Care",
        ),
    ]
    _table(doc, ["Ref", "Recommendation", "For"], rows, [1.3, 10.2, 4.5])
    doc.add_heading("4 Next steps", level=1)
    _para(doc, "The Board will publish an action plan within three months of this report.")
    _save(doc, "s5recs_sar_coded_column_whole")


if __name__ == "__main__":
    dardr_national_lettered_local()
    table_number_column_whole()
    sar_coded_column_whole()
