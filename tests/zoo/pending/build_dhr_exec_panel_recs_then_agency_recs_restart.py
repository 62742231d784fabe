"""Build the pending zoo document `dhr_exec_panel_recs_then_agency_recs_restart`: a Domestic
Homicide Review executive summary, P052 10.5, whose recommendations section holds both kinds a
panel makes.

First the panel's own, each a paragraph opening with the bold run-in label "Panel Recommendation
N:" (one addressed to the Home Office, national); then, after a note but under no heading of their
own, each agency's own recommendations under a sub-heading naming the agency, numbered "1.", "2."
afresh under each. The title page dates the death only in a sentence with an
ordinal day ("... who died on 2nd March 2024") and names the author under an "Independent Chair
and Report Author" line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_exec_panel_recs_then_agency_recs_restart.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_exec_panel_recs_then_agency_recs_restart"
PANEL = [
    ("Ferncaster Community Safety Partnership should commission a briefing for GP practices on "
     "recognising economic abuse in couples where one partner manages all the money.", "local"),
    ("The Partnership should ask the local housing providers to record the reasons a tenant gives for "
     "asking to move and to offer a conversation on their own.", "local"),
    ("The Home Office should include in its statutory guidance an expectation that review panels "
     "hear from employers where the victim was in work.", "national"),
]  # fmt: skip
AGENCIES = [
    ("Ferncaster Police", [
        "Make sure officers attending a call about a dispute over money ask each person alone "
        "whether they feel afraid.",
        "Review the supervision of call handlers so that repeat calls from one address are seen "
        "together.",
    ]),
    ("Ferncaster and Holt NHS Foundation Trust", [
        "Add a routine enquiry about domestic abuse to the antenatal booking appointment when a "
        "partner is present for the first part.",
    ]),
    ("Holtmere Housing Association", [
        "Train tenancy officers to ask about domestic abuse when a request to move is made at short notice.",
        "Publish a single point of contact for agencies raising concerns about a tenant's safety.",
    ]),
]  # fmt: skip


def _run_in(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)


def _item(doc, number: int, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.add_run(f"{number}.\t{text}")


def _title_page(doc) -> None:
    para(doc, "Ferncaster Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review", bold=True, size=18, align="center")
    para(doc, "Executive Summary", size=14, align="center")
    para(doc, "Report into the death of ‘Ama’, aged 41, who died on 2nd March 2024", size=12, align="center")
    para(doc, "Independent Chair and Report Author", italic=True, align="center")
    para(doc, "Dr Helen Marsh", align="center")
    para(doc, "Final version, October 2025", align="center")
    page_break(doc)


def build() -> None:
    doc = new_doc(font="P052", size=10.5, footer_label="DHR ‘Ama’ – Executive Summary")
    _title_page(doc)
    heading(doc, "1. The review process", 1)
    para(doc, "1.1 The Partnership agreed to hold this review in April 2024. The panel met six times.")
    para(doc, "1.2 Ama's sister and her friend from work gave their views to the chair.")
    heading(doc, "2. Key issues", 1)
    para(doc, "2.1 Ama's partner controlled the household's money and her contact with her family.")
    heading(doc, "3. Recommendations", 1)
    para(doc, "3.1 The panel made the recommendations below after hearing from every agency.")
    para(doc, "3.2 Each agency has agreed its own recommendations and will report progress to the panel.")
    para(doc, "3.3 The Partnership will publish the action plan with this summary.")
    for n, (text, _) in enumerate(PANEL, 1):
        _run_in(doc, f"Panel Recommendation {n}:", text)
    para(doc, "Each agency also made single agency recommendations of its own, set out below.")
    for agency, items in AGENCIES:
        para(doc, agency, bold=True)
        for n, text in enumerate(items, 1):
            _item(doc, n, text)
    para(doc, "The chair thanks everyone who took part in this review.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            str(n), first_words(text, 10), line_opening(lines, "Panel Recommendation " + str(n)), scope=scope
        )
        for n, (text, scope) in enumerate(PANEL, 1)
    ]
    for agency, items in AGENCIES:
        for n, text in enumerate(items, 1):
            line = (
                line_opening(lines, text[:25])
                if any(t.strip().startswith(text[:25]) for t in lines)
                else line_opening(lines, f"{n}.")
            )
            recs.append(
                recommendation_record(str(n), first_words(text, 10), line, agency=agency, level="agency")
            )
    return plan_gold(
        STEM,
        description=(
            "DHR executive summary (P052 10.5): three 'Panel Recommendation N:' run-in paragraphs (one to the "
            "Home Office), then single agency recommendations under agency sub-headings, numbered 1., 2. afresh "
            "under each; the title page dates the death in a sentence with an ordinal day and names the author "
            "under an 'Independent Chair and Report Author' line"
        ),
        review=review(
            "DHR",
            "Ferncaster",
            "Ama",
            doc_kind="executive_summary",
            author="Dr Helen Marsh",
            age=41,
            date_of_death="2024-03-02",
        ),
        review_alternatives={"area": ["Ferncaster Community Safety Partnership"], "author": ["Helen Marsh"]},
        recommendations=recs,
        notes=(
            "The panel's recommendations take their label's number as ref; the agency ones their list number, "
            "repeating across agencies (told apart by agency), level agency. The paragraphs 3.1-3.3 and the "
            "note under the single agency heading are not recommendations."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
