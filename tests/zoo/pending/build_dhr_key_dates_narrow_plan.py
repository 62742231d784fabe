"""Build a zoo DHR overview report whose chronology is a "Key dates" list of hanging paragraphs
(a bold date phrase, a tab, what happened) and whose action plan is a landscape appendix of
eight columns so narrow that long words break inside ("Commissi" / "oning", "Complet" / "e",
place names split), varied from build_dhr_key_dates_landscape_plan.py: narrower columns,
longer place names, recommendations opening with the body's full name, one action each.

dhr_key_dates_narrow_plan_wythenbrook: Carlito 10.5, `pdftotext -layout`; the appendix in
Carlito 7.5: No | Recommendation | Action | Lead agency | Target date | Monitoring body |
Success measure | Status; statuses Complete / In progress / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_key_dates_narrow_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, landscape_section, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
    status,
)

STEM = "dhr_key_dates_narrow_plan_wythenbrook"
MONTHS = {"Jul": "07", "Oct": "10", "Feb": "02", "Mar": "03"}

# (date phrase, what happened, iso date)
KEY_DATES = [
    ("Summer 2018", "Rosalind met Callum at the gym where she worked.", "2018"),
    ("January 2020", "They moved together to a rented house in Wythenbrook.", "2020-01"),
    ("Late September 2020", "Rosalind's sister told a health visitor that Callum checked Rosalind's "
     "phone and kept her bank card.", "2020-09"),
    ("Early February 2021", "The police were called to the house after a neighbour heard a woman "
     "screaming; Callum said they had argued about money.", "2021-02"),
    ("11 May 2021", "Rosalind died at the house.", "2021-05-11"),
]  # fmt: skip

# (number, recommendation, action, lead agency, target, monitoring body, success measure, status)
RECS = [
    ("1", "Wythenbrook Safer Neighbourhoods Partnership should commission training for health "
     "visitors on recognising economic abuse.", "Commissioning of a training package on economic abuse",
     "Wythenbrook Safer Neighbourhoods Partnership", "Jul 2025", "Domestic Abuse Partnership Board",
     "Training delivered to every team", "Complete"),
    ("2", "Wythenbrook Police should check that officers record a victim's own account separately "
     "when a couple has argued.", "Refresh the domestic incident checklist",
     "Wythenbrook Police", "Oct 2025", "Domestic Abuse Partnership Board",
     "Quarterly audit of incident records", "In progress"),
    ("3", "Wythenbrook Community Health Services should ask a family member who raises a concern "
     "whether the victim knows they have done so.", "Include third-party disclosures in supervision",
     "Wythenbrook Community Health Services", "Feb 2026", "Health Safeguarding Group",
     "Supervision records show the question", "Not started"),
    ("4", "Wythenbrook Safer Neighbourhoods Partnership should tell local banks about the learning "
     "from this review.", "Write to the branch managers of local banks",
     "Wythenbrook Safer Neighbourhoods Partnership", "Mar 2026", "Domestic Abuse Partnership Board",
     "Letters sent and replies logged", "Not started"),
]  # fmt: skip


def _hanging(doc, mark: str, text: str, bold_mark: bool = False, indent: float = 1.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    run = p.add_run(mark)
    run.bold = bold_mark
    p.add_run(f"\t{text}")
    return p


def build() -> None:
    doc = new_doc(font="Carlito", size=10.5)
    para(doc, "Wythenbrook Safer Neighbourhoods Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: Rosalind", bold=True, size=12)
    para(doc, "Independent Chair and Author: Delphine Okonkwo-Marsh")
    para(doc, "1. About this review", bold=True, size=12)
    _hanging(doc, "1.1", "Rosalind was 29 when she was killed by her partner at their home in May 2021.")
    _hanging(doc, "1.2", "Her mother and sister helped the panel understand her life.")
    para(doc, "2. Key dates", bold=True, size=12)
    for phrase, text, _ in KEY_DATES:
        _hanging(doc, phrase, text, bold_mark=True, indent=4.2)
    para(doc, "3. Recommendations", bold=True, size=12)
    for number, text, *_ in RECS:
        _hanging(doc, f"{number}.", text)
    landscape_section(doc)
    para(doc, "Appendix A – Action plan", bold=True, size=11)
    headers = ["No", "Recommendation", "Action", "Lead agency", "Target date", "Monitoring body",
               "Success measure", "Status"]  # fmt: skip
    widths = [0.7, 5.2, 3.0, 1.7, 1.3, 1.8, 2.4, 1.2]
    table = make_table(doc, headers, widths, size=7.5)
    for row in RECS:
        add_row(table, list(row), widths, size=7.5)
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, raw, iso, False) for raw, text, iso in KEY_DATES])
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 6), agency=lead, scope=None
        )
        for number, text, _, lead, *_ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 4),
            line_holding(lines, action, 2),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=f"{target[-4:]}-{MONTHS[target[:3]]}",
            status_raw=state,
            status=status(state),
        )
        for number, _, action, lead, target, _, _, state in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview report (Carlito 10.5, pdftotext -layout): 'Key dates' hanging paragraphs, recommendations "
            "1.-4. hanging paragraphs, then a landscape appendix plan of eight very narrow columns (Carlito 7.5) whose "
            "long words break inside, one action a recommendation, no action ref"
        ),
        review=review(
            "DHR",
            "Wythenbrook",
            "Rosalind",
            doc_kind="overview_report",
            author="Delphine Okonkwo-Marsh",
            age=29,
            date_of_death="2021-05-11",
        ),  # fmt: skip
        review_alternatives={"area": ["Wythenbrook Safer Neighbourhoods Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes="One action a recommendation; the No cell is the recommendation's ref. Seasons are years.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
