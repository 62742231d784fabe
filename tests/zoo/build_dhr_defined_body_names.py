"""Build a zoo Domestic Homicide Review overview report whose introduction defines the names it
will use for the bodies it writes about, and whose recommendations then name some of those
bodies by their long names.

dhr_defined_body_names: a short overview report (Arial 10.5). Its introduction defines, in the
forms reports use, "<a council's> Community Safety Partnership, hereinafter referred to as the
<defined name>", "<a health board> (the '<defined name>')" and "<a therapy service>, known locally
as <defined name>", and gives a person's pseudonym with "referred to as" (no body's name). Its
"Recommendations" chapter has five numbered paragraphs "Recommendation N" made to those bodies
under their long names, to the defined name itself, and to a police force the report defines
nothing for. Each recommendation's agency is the name the report defined for its body.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/build_dhr_defined_body_names.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_defined_body_names"
INTRO = [
    (
        "1.1",
        "Wendlebury Borough Council's Community Safety Partnership, hereinafter referred to as the "
        "Safer Wendlebury Partnership, was told of the death of Rosa in February 2023 and decided, "
        "with its partners, to hold a Domestic Homicide Review.",
    ),
    (
        "1.2",
        "Rosa was 38 when she was killed by her partner, referred to in this report as Idris Carne. "
        "She had lived in Wendlebury for nine years with her two children.",
    ),
    (
        "1.3",
        "Rosa's health care came from Marrowfield Valley University Health Board (the 'Valley Health "
        "Board'), whose hospital she attended four times in the year before her death. She was also "
        "seeing Ashcombe Talking Therapies Service, known locally as Open Door Ashcombe, for anxiety.",
    ),
    (
        "1.4",
        "The panel met six times between April 2023 and January 2024. Every agency that knew Rosa or "
        "Idris wrote a chronology and a report of its contact.",
    ),
]
RECS = [
    (
        "1",
        "Safer Wendlebury Partnership",
        "Wendlebury Borough Council Community Safety Partnership should ask every partner agency to "
        "show how its staff are trained to recognise controlling behaviour that is not physical.",
    ),
    (
        "2",
        "Valley Health Board",
        "Marrowfield Valley University Health Board should make sure that emergency department staff "
        "ask about domestic abuse when a patient returns with an injury within three months.",
    ),
    (
        "3",
        "Open Door Ashcombe",
        "Ashcombe Talking Therapies Service should add a question on fear of a partner to its first "
        "assessment and record who comes with a client to appointments.",
    ),
    (
        "4",
        "Wendlebury Constabulary",
        "Wendlebury Constabulary should review how call handlers link a new call to earlier calls "
        "about the same couple at a different address.",
    ),
    (
        "5",
        "Safer Wendlebury Partnership",
        "Safer Wendlebury Partnership should publish a short guide for friends and family on how to "
        "seek help when they are worried about someone.",
    ),
]


def build() -> None:
    doc = new_doc(header="Safer Wendlebury Partnership · DHR Rosa", footer_label="Page")
    para(doc, "Safer Wendlebury Partnership", bold=True, size=16)
    para(doc, "Domestic Homicide Review: Overview Report", bold=True, size=14)
    para(doc, "Into the death of Rosa in February 2023")
    para(doc, "Independent Author: Linnea Trevallion")
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    for number, text in INTRO:
        numbered(doc, number, text)
    heading(doc, "2. Summary of what happened", 1)
    numbered(
        doc,
        "2.1",
        "Rosa told a hospital nurse in 2022 that her partner checked her phone every evening. The "
        "nurse noted it but no question about abuse followed. Her counsellor heard in the same month "
        "that she no longer saw her friends.",
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "The panel makes the following recommendations.")
    for ref, _, text in RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency)
        for ref, agency, text in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview report (Word, Arial 10.5) whose introduction defines the names it uses for "
            "bodies ('..., hereinafter referred to as the X', '(the 'X')', ', known locally as X'), "
            "and whose numbered 'Recommendation N' paragraphs name some bodies by their long names"
        ),
        review=review("DHR", "Wendlebury", "Rosa", doc_kind="overview_report", author="Linnea Trevallion"),
        review_alternatives={"area": ["Safer Wendlebury Partnership", "Wendlebury Borough Council"]},
        recommendations=recs,
        notes=(
            "Each recommendation's agency is the name the report defined for its body (the long "
            "name printed in the recommendation is kept as printed, agency_printed); the police "
            "force, defined nothing for, keeps its printed name."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
