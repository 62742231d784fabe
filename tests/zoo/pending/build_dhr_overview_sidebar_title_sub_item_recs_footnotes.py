"""Build the pending zoo document `dhr_overview_sidebar_title_sub_item_recs_footnotes`: a Domestic
Homicide Review overview report extract, P052 10.5, portrait, 2.5 cm side margins.

The title page is a sidebar: a borderless two-cell table, the left cell a dark panel with the
partnership's name and "Domestic Homicide Review / Overview Report" in white, the right cell six
facts, each a small grey capitals label line over a bold value line (the date of death dotted,
printed nowhere else). Numbered paragraphs carry superscript footnote marks, the footnotes printed
after their section under a short rule. "7. Recommendations": 7.1 a lead-in, then a numbered list
1.-6. with a hanging indent, items 2 and 4 ending "so that:" / "make sure that:" over sub-items
(a), (b); the list runs over the page break between 2(a) and 2(b); item 3 carries a footnote mark
inside its text; 7.2 a plan note; item 6 is to the Home Office. No plan, no chronology.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_overview_sidebar_title_sub_item_recs_footnotes.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_field, heading, new_doc, numbered, page_break, set_widths, shade, sup  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_overview_sidebar_title_sub_item_recs_footnotes"
FONT = "P052"
FACTS = [
    ("REVIEW REFERENCE", "WSP-DHR-0917"),
    ("CONCERNING", "‘Lorna’, aged 51"),
    ("DATE OF DEATH", "17.03.2022"),
    ("INDEPENDENT CHAIR AND AUTHOR", "Dr Petra Hollingdrake"),
    ("REPORT COMPLETED", "February 2024"),
    ("STATUS", "Approved for publication"),
]
# (number, agency, opening text, [sub-items], footnote mark inside the text (after word), scope)
RECS = [
    ("1", "Wexcombe Safer Partnership",
     "Wexcombe Safer Partnership should publish a short guide for practitioners on economic abuse "
     "within long marriages.", [], None, "local"),
    ("2", "Wexcombe Adult Social Care",
     "Wexcombe Adult Social Care should review how its duty team records calls from relatives so that:",
     ["(a) a second call about the same person within a month is passed to a senior practitioner; and",
      "(b) the caller is told what will happen next and by when."], None, "local"),
    ("3", "Marlow Vale Integrated Care Board",
     "Marlow Vale Integrated Care Board should remind general practices that a patient who asks for a "
     "prompt", [], "consultation away from her husband should be offered one the same week.", "local"),
    ("4", "Wexcombe Police",
     "Wexcombe Police should audit its handling of reports of stalking by former partners and make sure that:",
     ["(a) each report is risk assessed by an officer trained in stalking; and",
      "(b) the victim is given the name of one officer to contact."], None, "local"),
    ("5", "Wexcombe Housing Solutions",
     "Wexcombe Housing Solutions should ask every applicant fleeing abuse whether a pet or a vehicle "
     "keeps them tied to the home.", [], None, "local"),
    ("6", "The Home Office",
     "The Home Office should include economic abuse by a spouse in the next revision of the statutory "
     "guidance for domestic homicide reviews.", [], None, "national"),
]  # fmt: skip
FILLER = 8  # (the list breaks between 2(a) and 2(b))


def _sidebar(doc) -> None:
    t = doc.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    shade(left, "12525C")
    left.text = ""
    for k, (text, size) in enumerate(
        [("Wexcombe Safer Partnership", 14), ("Domestic Homicide Review", 18), ("Overview Report", 16)]
    ):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        p.paragraph_format.space_after = Pt(18)
    right.text = ""
    for k, (label, value) in enumerate(FACTS):
        p = right.paragraphs[0] if k == 0 else right.add_paragraph()
        r = p.add_run(label)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        p.paragraph_format.space_after = Pt(0)
        q = right.add_paragraph()
        v = q.add_run(value)
        v.bold = True
        q.paragraph_format.space_after = Pt(12)
    set_widths(t, [6.5, 9.5])


def _footnotes(doc, notes) -> None:
    rule = doc.add_paragraph()
    rule.add_run("_" * 20).font.size = Pt(8)
    for mark, text in notes:
        p = doc.add_paragraph()
        sup(p, mark).font.size = Pt(8)
        p.add_run(f" {text}").font.size = Pt(8)


def _marked(doc, num: str, text: str, mark: str, rest: str = "") -> None:
    p = numbered(doc, num, text)
    sup(p, mark)
    if rest:
        p.add_run(rest)


def _body(doc) -> None:
    heading(doc, "1. Introduction", 1)
    _marked(doc, "1.1", "This extract of the overview report is published by Wexcombe Safer Partnership with "
            "the agreement of Lorna’s daughter.", "1")  # fmt: skip
    numbered(
        doc, "1.2", "Lorna died at her home in the spring of 2022. Her husband was convicted of her murder."
    )
    _marked(doc, "1.3", "The panel met seven times and read the records of nine agencies.", "2")
    _footnotes(
        doc,
        [
            ("1", "The names used in this report are pseudonyms chosen with the family."),
            ("2", "The agencies are listed in Appendix A, which is not part of this extract."),
        ],
    )
    heading(doc, "6. Conclusions", 1)
    for k in range(FILLER):
        numbered(doc, f"6.{k + 1}", "Lorna’s husband controlled the household’s money for many years, and "
                 "the agencies that met her saw each worry on its own rather than as part of a pattern.")  # fmt: skip
    numbered(doc, f"6.{FILLER + 1}", "Her death was predictable in hindsight.")


def _recommendations(doc) -> None:
    heading(doc, "7. Recommendations", 1)
    numbered(doc, "7.1", "The panel makes the following recommendations:")
    for number, _, text, subs, inside, _ in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        p.add_run(f"{number}.\t{text}")
        if inside:
            sup(p, "3")
            p.add_run(f" {inside}")
        for sub in subs:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(2.6)
            q.paragraph_format.first_line_indent = Cm(-0.7)
            letter, rest = sub.split(" ", 1)
            q.add_run(f"{letter}\t{rest}")
    numbered(
        doc, "7.2", "The partnership will publish an action plan for these recommendations with the report."
    )
    _footnotes(doc, [("3", "Within five working days, as the practices’ own access policy already allows.")])


def build() -> None:
    doc = new_doc(font=FONT, size=10.5, header="Wexcombe SP · DHR ‘Lorna’ · Overview Report")
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.different_first_page_header_footer = True
        footer = sec.footer.paragraphs[0]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer.add_run("OFFICIAL   ")
        add_field(footer.add_run(), "PAGE")
    _sidebar(doc)
    page_break(doc)
    _body(doc)
    _recommendations(doc)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()

    def first_line(number: str, text: str) -> int | None:
        probe = " ".join(text.split()[:3])
        for n, ln in enumerate(lines, 1):
            if probe in ln:
                return n
        return None

    recs = [
        recommendation_record(
            number, first_words(text, 12), first_line(number, text), agency=agency, scope=scope
        )
        for number, agency, text, _, _, scope in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview extract (P052 10.5, portrait): a sidebar title page (dark panel beside six grey "
            "capitals labels over bold values, the date of death dotted); footnoted numbered paragraphs, the "
            "footnotes after each section under a short rule; recommendations a numbered list 1.-6., items 2 "
            "and 4 over sub-items (a), (b), the list broken over the page between 2(a) and 2(b), item 3 holding "
            "a footnote mark; no plan, no chronology"
        ),
        review=review(
            "DHR",
            "Wexcombe",
            "Lorna",
            doc_kind="overview_report",
            review_id="WSP-DHR-0917",
            author="Petra Hollingdrake",
            age=51,
            date_of_death="2022-03-17",
        ),
        review_alternatives={"area": ["Wexcombe Safer Partnership"]},
        recommendations=recs,
        notes=(
            "The recommendations are the six numbered items; sub-items (a), (b) are part of their item, not "
            "recommendations of their own; item 3's footnote mark is not part of its text; 7.1 and 7.2 are not "
            "recommendations. The sidebar gives the review id, the date of death (dotted, printed nowhere else) "
            "and the author (gold without the honorific)."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
