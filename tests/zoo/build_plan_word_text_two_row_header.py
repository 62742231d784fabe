"""A learning review's action plan whose header is two rows, saved from Word as plain text (one
cell a line): "No." | "Recommendation" | "Action" | "Lead" | "By when" merged down over both
header rows beside "Progress (January 2025)" merged across the two columns under it, "Update" |
"RAG". Each recommendation's number and text cells are merged down over its actions' rows, so
the later rows print those two cells as blank lines; the RAG cells hold letters the plan's key
line above the table explains. Built in Word (python-docx, Arial 10), exported to PDF by
LibreOffice and to text by LibreOffice's own text export (the route a word processor's "save as
text" takes); the gold is written by hand below. All people, places and agencies are fictional.

    python tests/zoo/build_plan_word_text_two_row_header.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo     # (the .corpus.txt)
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
from docx_build import heading, landscape_section, make_table, new_doc, para, set_text  # noqa: E402
from office_export import to_pdf  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_word_text_two_row_header"
WIDTHS = [1.2, 5.0, 5.6, 3.2, 2.2, 4.4, 1.2]
KEY = "Status key: C = completed; G = on track; A = delayed; R = not started"
STATUS = {"C": "complete", "G": "in_progress", "A": "in_progress", "R": "not_started"}
RECS = [
    (
        "1",
        "Ellerby Council should ask every carer it assesses whether they feel safe with the "
        "person they look after.",
    ),
    (
        "2",
        "The Ellerby Safeguarding Partnership should make sure that staff treat a carer's fear "
        "as a safeguarding concern.",
    ),
    (
        "3",
        "Ellerby Police should record who else lives at an address when officers attend a call "
        "about an older person.",
    ),
]
# (rec, action, lead, by when, gold iso, update, RAG letter)
ROWS = [
    ("1", "Add a question about feeling safe to the carer's assessment form", "Head of Adult Social Care",
     "31/10/2024", "2024-10-31", "New form in use since October", "C"),
    ("1", "Audit forty carer's assessments for the new question", "Principal Social Worker",
     "30/04/2025", "2025-04-30", "Audit sample chosen", "G"),
    ("2", "Publish guidance for the front door team on carers who say they are afraid",
     "Partnership Business Manager", "31/12/2024", "2024-12-31", "Draft delayed by staff changes", "A"),
    ("3", "Add a household members field to the attendance record for calls about older people",
     "Inspector, Neighbourhood Policing", "31/03/2025", "2025-03-31", "Change request raised", "G"),
    ("3", "Brief response officers on asking who else lives at the address",
     "Learning and Development Lead", "30/06/2025", "2025-06-30", "", "R"),
]  # fmt: skip


def _one_paragraph(cell):
    """A merged cell keeps its first paragraph only (merging joins the cells' paragraphs)."""
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)


def document():
    doc = new_doc(
        header="Ellerby Safeguarding Partnership", footer_label="Learning review Hal – plan", size=10
    )
    para(doc, "Learning Review: Hal", bold=True, size=15)
    heading(doc, "1. Recommendations", 1)
    for ref, text in RECS:
        para(doc, f"{ref}. {text}")
    landscape_section(doc)
    heading(doc, "2. Action plan", 1)
    para(doc, KEY)
    names = ["No.", "Recommendation", "Action", "Lead", "By when", "Progress (January 2025)", ""]
    t = make_table(doc, names, WIDTHS)
    sub = t.add_row()
    for k, name in enumerate(["", "", "", "", "", "Update", "RAG"]):
        set_text(sub.cells[k], name, bold=True, size=9)
    for merged in [t.cell(0, 5).merge(t.cell(0, 6))] + [t.cell(0, k).merge(t.cell(1, k)) for k in range(5)]:
        _one_paragraph(merged)
    texts = dict(RECS)
    first = {}
    for rec, action, lead, when, _, update, rag in ROWS:
        row = t.add_row()
        r = len(t.rows) - 1
        first.setdefault(rec, r)
        for k, value in enumerate([rec, texts[rec], action, lead, when, update, rag]):
            set_text(row.cells[k], value, size=9)
    for rec, start in first.items():
        end = max(k for k, row in enumerate(ROWS, start=2) if row[0] == rec)
        if end > start:
            for col in (0, 1):
                keep = t.cell(start, col).text
                merged = t.cell(start, col).merge(t.cell(end, col))
                _one_paragraph(merged)
                set_text(merged, keep, size=9)
    para(doc, "The partnership will review this plan again in July 2025.")
    return doc


def gold(lines):
    recs = [recommendation_record(ref, first_words(text, 9), find_line(lines, text)) for ref, text in RECS]
    actions = [
        action_record(
            first_words(action, 9),
            find_line(lines, action),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=iso,
            status_raw=rag,
            status=STATUS[rag],
        )
        for rec, action, lead, when, iso, _, rag in ROWS
    ]
    return plan_gold(
        STEM,
        family="plan: a two-row header (a name merged across 'Update' | 'RAG') saved from Word as text, one cell a line",
        description=(
            "A learning review's plan No. | Recommendation | Action | Lead | By when | Progress (January 2025) "
            "over Update | RAG, saved from Word as plain text: one cell a line, merged cells printed as blank lines."
        ),
        review=review(None, "Ellerby", "Hal", doc_kind=None),
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper s26text; fictional. The RAG letters are read through the key line above the "
            "table (C completed, G on track, A delayed, R not started)."
        ),
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
