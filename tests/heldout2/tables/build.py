"""Word tables for the two heldout2 documents whose table render.py cannot rebuild.

render.py rebuilds a document from dhrparse's own reading of the text, so a table the text
route does not see (cells printed one after another; columns side by side) comes out as
paragraphs. These renderings are built from the document's known structure instead: the
plan and the chronology as real Word tables, header row repeated, exported by LibreOffice.

    python tests/heldout2/tables/build.py   # writes <stem>.docx / <stem>.pdf beside this file
"""

import subprocess
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent
SRC = HERE.parent


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
    _repeat_header(t.rows[0])
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = v


RAG_HEADER = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
RAG_PLAN = [
    (
        (
            "Recommendation 1: Ashdown Cross Police should improve the response to reports of coercive and "
            "controlling behaviour, so that officers recognise it without a physical assault having been reported."
        ),
        [
            [
                "1.1",
                "Deliver training on coercive control to all response and neighbourhood officers.",
                "Ashdown Cross Police",
                "March 2024",
                "Training delivered to 412 officers between January and February 2024.",
                "Green",
            ],
            [
                "1.2",
                "Audit a sample of crime reports to test whether coercive control offences are being identified.",
                "Ashdown Cross Police",
                "June 2024",
                "Audit fieldwork underway; report expected at the November Partnership meeting.",
                "Amber",
            ],
        ],
    ),
    (
        (
            "Recommendation 2: Ashdown Cross Borough Council Housing Service should make sure that tenancy officers "
            "who learn of domestic abuse refer the tenant to the specialist service and record the referral."
        ),
        [
            [
                "2.1",
                "Add a domestic abuse referral field to the housing management system.",
                "Ashdown Cross Borough Council Housing Service",
                "December 2024",
                "Not started. Depends on the new housing IT system, now delayed to 2025.",
                "Red",
            ]
        ],
    ),
    (
        (
            "Recommendation 3: The Integrated Care Board should ensure that GP practices in the borough use a "
            "consistent template for recording disclosures of domestic abuse."
        ),
        [
            [
                "3.1",
                "Agree a recording template with practice safeguarding leads and issue it to all practices.",
                "Mid Downs Integrated Care Board",
                "31/03/2025",
                "Draft template circulated to practice leads for comment.",
                "Amber",
            ]
        ],
    ),
    (
        (
            "Recommendation 4: The Community Safety Partnership should make information about local domestic abuse "
            "support available in places that older women use, such as pharmacies, libraries and faith groups."
        ),
        [
            [
                "4.1",
                "Produce a leaflet and poster and distribute them to pharmacies, libraries and faith groups.",
                "CSP Domestic Abuse Coordinator",
                "September 2024",
                "Leaflet printed and distributed to 63 venues in August 2024.",
                "Green",
            ],
            [
                "4.2",
                "Publish the same information on the council website.",
                "CSP Domestic Abuse Coordinator",
                "September 2024",
                "Completed.",
                "Green",
            ],
        ],
    ),
]


def rag_plan():
    """The same plan as h2_plan_rag_cells.txt (same words), as Word would hold it."""
    doc = Document()
    for line in (
        "Ashdown Cross Community Safety Partnership",
        'Domestic Homicide Review "Jenna" (ACCSP DHR 02)',
        "Action Plan - Progress Update as at 30 September 2024",
        "RAG key: Green - action complete; Amber - in progress and on track; Red - not started or overdue.",
    ):
        doc.add_paragraph(line)
    for rec, rows in RAG_PLAN:
        doc.add_paragraph(rec)
        _table(doc, RAG_HEADER, rows)
    return doc


def chronology():
    lines = (SRC / "h2_chron_table_layout.txt").read_text().split("\n")
    doc = Document()
    rows, in_table, para = [], False, []

    def flush():
        if para:
            doc.add_paragraph(" ".join(para))
            para.clear()

    for ln in lines:
        if ln.startswith(" Date "):
            flush()
            in_table = True
            continue
        if in_table and (ln.startswith(" ") and len(ln) > 44 or ln.startswith("                 ")):
            date, agency, event = ln[1:17].strip(), ln[17:44].strip(), ln[44:].strip()
            if date:
                rows.append([date, agency, event])
            else:
                rows[-1][1] = (rows[-1][1] + " " + agency).strip()
                rows[-1][2] = (rows[-1][2] + " " + event).strip()
            continue
        if in_table and ln.strip() and "Page " not in ln:
            _table(doc, ["Date", "Agency", "Event"], rows)
            in_table = False
        if not in_table and "Page " not in ln:
            if ln.strip() and not ln.startswith("  "):
                para.append(ln.strip())
            else:
                flush()
                if ln.strip():
                    doc.add_paragraph(ln.strip())
    flush()
    return doc


for stem, build in (("h2_plan_rag_cells", rag_plan), ("h2_chron_table_layout", chronology)):
    out = HERE / f"{stem}.docx"
    build().save(out)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(out)],
        check=True,
        capture_output=True,
    )
    print(out, out.with_suffix(".pdf"))
