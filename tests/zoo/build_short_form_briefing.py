"""A Safeguarding Adults Board's seven-minute briefing: one page of numbered shaded boxes in a
two-column grid, the "Recommendations" box beside a short "Key messages" box, listing the review's
recommendations only by their short forms "R1"–"R4" (a bold label, a tab and a hanging indent,
one of them wrapped to a second line). No back page states them in full: the short forms are the
recommendations, their refs printed "R1" … "R4". Decoys: a "What happened" box that cites "R2"
in its sentence, "What we learned" bullets and reflective questions (never recommendations).

A text export joins the grid's two columns into one paragraph, so the "R1" line starts in the
middle of a block (the label readers look at blocks' first words); the last label alone in its
block reads as a heading. Built in Word (python-docx, Arial 10), exported to PDF by LibreOffice
and to text by plain pdftotext; the gold is written by hand below.

    python tests/zoo/build_short_form_briefing.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # then the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_build import new_doc, para, set_widths, shade  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "short_form_briefing_r_numbered_boxes"
FILL = "E2EFDA"

RECS = [
    ("R1", "See the person alone before a concern is closed"),
    ("R2", "Ask the GP before agreeing a family carer's plan"),
    ("R3", "Joint training on coercive control in later life for home care staff and district nurses"),
    ("R4", "Fire service referrals to adult social care"),
]


def _box(cell, number: str | None, title: str, lines: list[str], bullets: bool = False) -> None:
    """A numbered box: its bold title, then its lines (bullets drawn as "•")."""
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(f"{number}. {title}" if number else title)
    r.bold = True
    r.font.size = Pt(11)
    for line in lines:
        q = cell.add_paragraph()
        q.add_run(f"•\t{line}" if bullets else line).font.size = Pt(10)
        if bullets:
            q.paragraph_format.left_indent = Cm(0.5)
            q.paragraph_format.first_line_indent = Cm(-0.5)
    shade(cell, FILL)


def _recommendations_box(cell) -> None:
    cell.text = ""
    r = cell.paragraphs[0].add_run("6. Recommendations")
    r.bold = True
    r.font.size = Pt(11)
    cell.add_paragraph().add_run(
        "The review made four recommendations, all accepted by the Board in January 2025:"
    ).font.size = Pt(10)
    for ref, text in RECS:
        q = cell.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.0)
        q.paragraph_format.first_line_indent = Cm(-1.0)
        label = q.add_run(f"{ref}\t")
        label.bold = True
        label.font.size = Pt(10)
        q.add_run(text).font.size = Pt(10)
    shade(cell, FILL)


def word_document():
    doc = new_doc(header="Wrenfold Safeguarding Adults Board", footer_label="WSAB 7MB", size=10, font="Arial")
    para(doc, "Seven-Minute Briefing", bold=True, size=16)
    para(doc, "Safeguarding Adults Review: ‘Cecily’ (WSAB SAR 2024/03)", bold=True, size=12)
    para(
        doc, "Reviewer: Thisbe Kettleburn | Published: March 2025 | For team meetings and supervision", size=9
    )
    grid = doc.add_table(rows=4, cols=2)
    grid.style = "Table Grid"
    _box(
        grid.cell(0, 0),
        "1",
        "Background",
        [
            "Cecily was 86 and lived with her son, who gave up work to care for her after a stroke. "
            "She died in hospital in May 2024 with burns and untreated sores."
        ],
    )
    _box(
        grid.cell(0, 1),
        "2",
        "Why this review?",
        ["The Board agreed that agencies could have worked together better to protect Cecily."],
    )
    _box(
        grid.cell(1, 0),
        "3",
        "What happened",
        [
            "Home care stopped when the son said he would manage. The fire service attended a kitchen "
            "fire but made no referral (see R2 and R4). Two concerns were closed after phone calls."
        ],
    )
    _box(
        grid.cell(1, 1),
        "4",
        "What we learned",
        [
            "A carer under strain can also be a risk.",
            "A phone call is not a visit.",
        ],
        bullets=True,
    )
    _box(grid.cell(2, 0), "5", "Key messages", ["Seen alone, heard properly."])
    _recommendations_box(grid.cell(2, 1))
    _box(
        grid.cell(3, 0),
        "7",
        "Questions for your team",
        [
            "When did you last see someone without their carer?",
            "Who would you tell about a fire at home?",
        ],
        bullets=True,
    )
    _box(
        grid.cell(3, 1),
        None,
        "Further information",
        ["The full report and the Board's response are on the Wrenfold SAB website."],
    )
    set_widths(grid, [8.3, 8.3])
    return doc


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        family="seven-minute briefing: recommendations only as short forms 'R1'-'R4' in a box of a two-column grid",
        description=(
            "Safeguarding Adults Board seven-minute briefing built in Word (python-docx, Arial 10), "
            "exported to PDF by LibreOffice and to text by plain pdftotext: a title, then a two-column grid of shaded "
            "numbered boxes (Background, Why this review?, What happened citing 'R2 and R4' mid-sentence, What we "
            "learned bullets, Key messages beside a Recommendations box whose lead-in is followed by four short forms "
            "'R1'-'R4' with bold labels and hanging indents, one wrapped, Questions for your team bullets, Further "
            "information); no back page states the recommendations in full, so the short forms are the recommendations."
        ),
        review=review(
            "SAR",
            "Wrenfold",
            "Cecily",
            doc_kind="executive_summary",
            age=86,
            review_id="WSAB SAR 2024/03",
            author="Thisbe Kettleburn",
            date_of_death="2024-05",
        ),
        review_alternatives={"area": ["Wrenfold Safeguarding Adults Board"]},
        recommendations=[
            recommendation_record(
                ref,
                first_words(text, 7),
                find_line(lines, first_words(text, 4)),
                scope=None,
            )
            for ref, text in RECS
        ],
        notes=(
            "Written by helper s20briefing; fictional. 'see R2 and R4' in the What happened box is a "
            "citation, not a recommendation; the learning bullets and questions are never recommendations."
        ),
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
