"""Build two zoo documents whose agencies' own recommendations close each agency's summary,
as Word files, their PDF export and its `pdftotext -layout` text.

* agencyrecs_dhr_imr_closing_lists: a DHR overview report whose chapter "Agency contact and
  single-agency recommendations" gives each agency a numbered sub-section ("5.2 <agency>",
  paragraphs 5.2.1 ...) closing with a bold line "<short name> single-agency recommendations"
  and a list numbered from 1 again ('will' sentences opening on "The service", "Staff").
  One agency has no recommendations. The panel's own recommendations follow in a later chapter
  under bold "Recommendation N" label lines, the body a paragraph of its own numbered on
  with the chapter (8.2, 8.3 ...), one with a lead-in and lettered sub-points.
* agencyrecs_sar_recommendations_for_agency: a Safeguarding Adults Review whose chapter on the
  agencies names no recommendations; each agency's sub-section closes with "Recommendations for
  <agency>" or "Recommendation for <agency>" (the short name) and a list numbered from 1. The
  board's recommendations are "Recommendation N:" paragraphs with the text after a tab, one a
  lead-in with (a)/(b) sub-points.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/agencyrecs_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402


def _lettered(doc, items) -> None:
    for k, text in enumerate(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        p.add_run(f"({chr(97 + k)})\t{text}")


def _agency(doc, number: str, name: str, paragraphs: list[str], label: str | None, recs: list[str]) -> None:
    heading(doc, f"{number} {name}", 2)
    for k, text in enumerate(paragraphs, 1):
        numbered(doc, f"{number}.{k}", text)
    if label:
        para(doc, label, bold=True)
        for k, text in enumerate(recs, 1):
            numbered(doc, f"{k}.", text)


def _save(doc, stem: str) -> None:
    save_rendered(doc, HERE, stem, layout=True)
    print("wrote", stem)


def build_dhr() -> None:
    doc = new_doc(header="Tollerby Community Safety Partnership · DHR Maeve", footer_label="Page")
    para(doc, "Tollerby Community Safety Partnership", bold=True, size=16)
    para(doc, "Domestic Homicide Review: Overview Report", bold=True, size=14)
    para(doc, "Maeve, who died in March 2023")
    para(doc, "Independent Chair and Author: Gideon Ashworth-Pryce")
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Maeve was 44 when she was killed by her former partner, Callum, at her flat in Tollerby in "
        "March 2023. The Partnership commissioned this review in May 2023.",
    )
    numbered(
        doc,
        "1.2",
        "Six agencies wrote Individual Management Reviews. Each IMR author was asked to close the "
        "review with the changes the agency itself would make.",
    )
    heading(doc, "5. Agency contact and single-agency recommendations", 1)
    para(doc, "Each summary below ends with the recommendations the agency made for itself.")
    _agency(
        doc,
        "5.1",
        "Tollerby and Wray Police",
        [
            "Officers attended Maeve's flat three times between 2020 and 2022. On each occasion Callum "
            "had left before they arrived and the incident was graded standard risk.",
            "The IMR found that no officer asked Maeve about earlier incidents with Callum, and that the "
            "history held on police systems was not read before the risk assessment was completed.",
        ],
        "Police single-agency recommendations",
        [
            "Officers will read the history of both parties on police systems before completing a domestic "
            "abuse risk assessment.",
            "The force will review every standard-risk incident where the same suspect has been reported "
            "three times in a year.",
        ],
    )
    _agency(
        doc,
        "5.2",
        "Wray Valley Housing Association",
        [
            "Maeve asked the housing association for a move in June 2022, giving 'noise from a neighbour' "
            "as the reason. The officer offered her a mutual exchange list.",
            "The IMR author accepts that the officer should have asked whether Maeve was safe at home; the "
            "association had no routine question about abuse at that time.",
        ],
        "Wray Valley single-agency recommendations",
        [
            "Housing officers will ask every tenant who asks for an urgent move whether they feel safe in their "
            "home.",
            "The service will add domestic abuse to the reasons a management transfer can be given.",
        ],
    )
    _agency(
        doc,
        "5.3",
        "Fernleigh Surgery",
        [
            "Maeve saw her GP four times in 2022 with headaches and poor sleep. Callum was present at two of "
            "the appointments.",
        ],
        "Fernleigh Surgery single-agency recommendations",
        [
            "Staff will offer every adult patient time alone with the clinician for part of each consultation.",
        ],
    )
    _agency(
        doc,
        "5.4",
        "Tollerby Borough Council Licensing",
        [
            "Licensing had one contact with Callum, a routine renewal of a taxi licence in 2021. Nothing in "
            "it related to Maeve and the IMR makes no recommendations.",
        ],
        None,
        [],
    )
    heading(doc, "6. Analysis", 1)
    numbered(
        doc,
        "6.1",
        "No agency held the whole picture. The police knew of three incidents, the surgery of Maeve's "
        "poor sleep and the housing association of her wish to move.",
    )
    page_break(doc)
    heading(doc, "8. Recommendations", 1)
    numbered(
        doc,
        "8.1",
        "The Panel makes three recommendations. The single-agency recommendations are listed in Chapter 5 "
        "and are not repeated here.",
    )
    para(doc, "Recommendation 1", bold=True)
    numbered(
        doc,
        "8.2",
        "Tollerby Community Safety Partnership should seek assurance that agencies share what they know "
        "before a risk assessment is graded, so that:",
    )
    _lettered(
        doc,
        [
            "police history checks cover both parties;",
            "housing providers record why a tenant asks to move.",
        ],
    )
    para(doc, "Recommendation 2", bold=True)
    numbered(
        doc,
        "8.3",
        "The Partnership should commission training for GP practices on seeing patients alone when a "
        "partner attends with them.",
    )
    para(doc, "Recommendation 3", bold=True)
    numbered(
        doc,
        "8.4",
        "The Partnership should publish a guide for neighbours and friends on how to report concerns about "
        "domestic abuse.",
    )
    _save(doc, "agencyrecs_dhr_imr_closing_lists")


def build_sar() -> None:
    doc = new_doc(header="Harwick Safeguarding Adults Board · SAR Edwin", footer_label="Page")
    para(doc, "Harwick Safeguarding Adults Board", bold=True, size=16)
    para(doc, "Safeguarding Adults Review: Edwin", bold=True, size=14)
    para(doc, "Independent reviewer: Lorna Fairweather")
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Edwin was 71 when he died at home in January 2023. He lived alone in a cold house and had refused "
        "most offers of help for two years.",
    )
    heading(doc, "4. What the agencies found", 1)
    para(
        doc,
        "Each agency looked at its own work with Edwin. What each agency will change follows its summary.",
    )
    _agency(
        doc,
        "4.1",
        "Harwick Council Adult Social Care",
        [
            "Adult Social Care received four safeguarding concerns about Edwin. Each was closed after he said "
            "he did not want help.",
            "Capacity was assessed once, by telephone, and was not revisited.",
        ],
        "Recommendations for Adult Social Care",
        [
            "Adult Social Care should make sure that capacity assessments in self-neglect cases are carried "
            "out face to face.",
            "A safeguarding concern about self-neglect should not be closed after a refusal without a manager's "
            "review.",
        ],
    )
    _agency(
        doc,
        "4.2",
        "Harwick and Dunmore Fire and Rescue Service",
        [
            "Crews fitted smoke alarms in 2021. A follow-up visit was refused and not offered again.",
        ],
        "Recommendation for the Fire and Rescue Service",
        [
            "The service should offer a second home safety visit when a first follow-up visit is refused.",
        ],
    )
    _agency(
        doc,
        "4.3",
        "Dunmore Road Surgery",
        [
            "Edwin's GP saw him three times in 2022 and noted that he looked thin.",
        ],
        "Recommendations for the surgery",
        [
            "The practice should weigh patients over 70 who are thought to be losing weight and record it.",
            "Clinicians should raise a safeguarding concern when a patient living alone is seen to be "
            "neglecting himself.",
        ],
    )
    heading(doc, "5. Findings", 1)
    numbered(
        doc,
        "5.1",
        "Agencies saw Edwin's refusals as choices. None of them asked whether he could act on what he said.",
    )
    heading(doc, "6. Recommendations to the Board", 1)
    numbered(doc, "6.1", "The review makes two recommendations to Harwick Safeguarding Adults Board.")
    numbered(
        doc,
        "Recommendation 1:",
        "The Board should revise its self-neglect procedure, which should:",
    )
    _lettered(
        doc,
        [
            "say when a multi-agency meeting must be called;",
            "name who calls it when no agency leads.",
        ],
    )
    numbered(
        doc,
        "Recommendation 2:",
        "The Board should ask its partners to audit how refusals of help are recorded.",
    )
    _save(doc, "agencyrecs_sar_recommendations_for_agency")


if __name__ == "__main__":
    build_dhr()
    build_sar()
