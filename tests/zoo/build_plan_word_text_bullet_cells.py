"""An executive summary's short action plan saved from Word as plain text (one cell a line):
a line "Status at the end of ..." straight above the header, opening with the name of the
header's last column, then Rec. | Actions | Lead officer | Target date | Status, each
Actions cell a bulleted list (Word's List Bullet paragraphs, a line a bullet in the text
export), the report's own sentence straight under the table. Each row is one action, its
bullets in order. Built in Word (python-docx, Verdana 10), exported to PDF by LibreOffice and
to text by LibreOffice's own text export; the gold is written by hand below. All people,
places and agencies are fictional; the wording is our own.

    python tests/zoo/build_plan_word_text_bullet_cells.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # (the .corpus.txt)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from docx_build import heading, make_table, new_doc, para, set_text  # noqa: E402
from office_export import to_pdf  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_word_text_bullet_cells"
HEADERS = ["Rec.", "Actions", "Lead officer", "Target date", "Status"]
WIDTHS = [1.2, 7.0, 3.4, 2.4, 2.4]
STATUS = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
RECS = [
    "Pembry Women's Refuge should keep a closed case open to its outreach team for three months "
    "when the woman has no safe address.",
    "Pembry Adult Social Care should ask about a partner's control of money at every carer's assessment.",
    "The Pembry Partnership should run a campaign for neighbours on how to report abuse they overhear.",
]
# (rec, bullets, lead, target, status)
ROWS = [
    ("1", ["Change the refuge's closure policy to add a three-month outreach period",
           "Tell referring agencies about the change by letter"],
     "Refuge Manager", "30/04/2025", "Complete"),
    ("2", ["Add a question on financial control to the carer's assessment",
           "Train all assessors on the new question",
           "Check twenty assessments for the question's use"],
     "Head of Adult Social Care", "31/10/2025", "In progress"),
    ("3", ["Commission a neighbour campaign from a local design studio",
           "Measure calls to the helpline before and after the campaign"],
     "Partnership Officer", "31/03/2026", "Not started"),
]  # fmt: skip


def _bullets(doc, cell, items) -> None:
    first = cell.paragraphs[0]
    first.text = ""
    for n, item in enumerate(items):
        p = first if n == 0 else cell.add_paragraph()
        p.style = doc.styles["List Bullet"]
        p.add_run(item)


def document():
    doc = new_doc(
        header="Pembry Safer Communities Partnership",
        footer_label="DHR Maud – summary",
        font="Verdana",
        size=10,
    )
    para(doc, "Pembry Safer Communities Partnership")
    para(doc, "Domestic Homicide Review: Maud – Executive Summary", bold=True, size=14)
    heading(doc, "4. Recommendations", 1)
    for k, text in enumerate(RECS, 1):
        para(doc, f"{k}) {text}")
    heading(doc, "5. Action plan", 1)
    para(doc, "Status at the end of October 2025.")
    t = make_table(doc, HEADERS, WIDTHS)
    for rec, items, lead, target, progress in ROWS:
        cells = t.add_row().cells
        for k, value in ((0, rec), (2, lead), (3, target), (4, progress)):
            set_text(cells[k], value, size=9)
        _bullets(doc, cells[1], items)
    para(doc, "The Partnership's review group checks this plan at each of its quarterly meetings.")
    return doc


def gold(lines):
    recs = [
        recommendation_record(str(k), first_words(text, 9), find_line(lines, text))
        for k, text in enumerate(RECS, 1)
    ]
    actions = [
        action_record(
            first_words(items[0], 7),
            find_line(lines, items[0]),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=target,
            target_date="-".join(reversed(target.split("/"))),
            status_raw=progress,
            status=STATUS[progress],
        )
        for rec, items, lead, target, progress in ROWS
    ]
    return plan_gold(
        STEM,
        family="plan: bulleted action cells saved from Word as text, one cell a line, a 'Status at' line above the header",
        description=(
            "An executive summary's plan Rec. | Actions | Lead officer | Target date | Status saved from Word as "
            "plain text: each Actions cell a bulleted list printed a bullet a line, the row one action."
        ),
        review=review("DHR", "Pembry", "Maud", doc_kind=None),
        recommendations=recs,
        actions=actions,
        notes="Written by helper s27text; fictional. Each row is one action, its bullets in order.",
    )


def main():
    doc = document()
    docx = HERE / f"{STEM}.docx"
    doc.save(docx)
    with tempfile.TemporaryDirectory() as tmp:
        made = to_pdf(docx, Path(tmp))
        (HERE / f"{STEM}.pdf").write_bytes(made.read_bytes())
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, str(docx)],
            check=True,
            capture_output=True,
        )
        text = (Path(tmp) / f"{STEM}.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    (HERE / f"{STEM}.txt").write_text(text, encoding="utf-8")
    data = json.dumps(gold(text.splitlines()), indent=1, ensure_ascii=False) + "\n"
    (HERE / f"{STEM}.json").write_text(data, encoding="utf-8")


if __name__ == "__main__":
    main()
