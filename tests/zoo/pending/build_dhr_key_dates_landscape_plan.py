"""Build a zoo DHR overview report whose chronology is a short "Key dates" list of hanging
paragraphs (a bold date phrase, a tab, what happened) and whose action plan is a landscape
appendix of eight narrow columns, long words broken inside across a cell's lines.

dhr_key_dates_landscape_plan: Carlito 10.5, `pdftotext -layout`. Page 1 portrait: the chair and
author named on a line of their own, numbered paragraphs, "2. Key dates" (seasons, months,
"End of" / "Early" a month, a day), the recommendations "1."-"4." as hanging paragraphs. Then
a landscape section (Carlito 7.5): "Appendix A – Action plan", No | Recommendation | Action |
Lead agency | Target date | Monitoring body | Success measure | Status, one action a
recommendation and no action ref (the No cell is the recommendation's), targets "Mon yyyy",
statuses Complete / In progress / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_key_dates_landscape_plan.py
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

STEM = "dhr_key_dates_landscape_plan"

# (date phrase, what happened, iso date)
KEY_DATES = [
    ("Spring 2019", "Ottoline and Piers met through friends and began a relationship.", "2019"),
    ("August 2020", "Piers moved into Ottoline's flat in Brackley Heath.", "2020-08"),
    (
        "End of November 2020",
        "Ottoline told her GP that she felt low and was not sleeping; she was offered talking therapy "
        "and a review in four weeks, which she did not attend.",
        "2020-11",
    ),
    (
        "Early March 2021",
        "A neighbour called the police after hearing shouting from the flat late at night; officers spoke to "
        "Piers at the door and no offence was recorded.",
        "2021-03",
    ),
    ("27 April 2021", "Ottoline was found dead at the flat.", "2021-04-27"),
    ("June 2021", "Piers was charged with her murder.", "2021-06"),
]

# (number, recommendation, action, lead agency, target, monitoring body, success measure, status)
RECS = [
    (
        "1",
        "Brackley Heath Community Safety Partnership should publish guidance for neighbours on "
        "reporting concerns about domestic abuse.",
        "Commission and publish neighbour guidance",
        "Brackley Heath Community Safety Partnership",
        "Sep 2025",
        "DHR Oversight Group",
        "Guidance published and promoted",
        "Complete",
    ),
    (
        "2",
        "Moorside Police should make sure that officers attending a call about shouting ask to "
        "speak to each person alone.",
        "Update attendance guidance and brief response officers",
        "Moorside Police",
        "Nov 2025",
        "DHR Oversight Group",
        "Dip sample of twenty incidents",
        "In progress",
    ),
    (
        "3",
        "Moorside Integrated Care Board should remind GPs to ask about domestic abuse when a "
        "patient reports low mood.",
        "Issue a practice bulletin and add a prompt to the template",
        "Moorside Integrated Care Board",
        "Dec 2025",
        "Health Safeguarding Forum",
        "Prompt live in all practices",
        "Not started",
    ),
    (
        "4",
        "Brackley Heath Community Safety Partnership should share the learning from this review "
        "with commissioning partners.",
        "Hold a learning event for commissioning partners",
        "Brackley Heath Community Safety Partnership",
        "Jan 2026",
        "DHR Oversight Group",
        "Event held with feedback",
        "Not started",
    ),
]


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
    para(doc, "Brackley Heath Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of Ottoline", bold=True, size=12)
    para(doc, "Independent Chair and Author: Benedikt Oyelaran-Hughes")
    para(doc, "1. Introduction", bold=True, size=12)
    _hanging(
        doc,
        "1.1",
        "This review looks at how agencies responded to Ottoline, who was 34 when she "
        "was killed by her partner in April 2021.",
    )
    _hanging(doc, "1.2", "Her family took part in the review and described her as warm and funny.")
    para(doc, "2. Key dates", bold=True, size=12)
    for phrase, text, _ in KEY_DATES:
        _hanging(doc, phrase, text, bold_mark=True, indent=4.0)
    para(doc, "3. Recommendations", bold=True, size=12)
    for number, text, *_ in RECS:
        _hanging(doc, f"{number}.", text)
    landscape_section(doc)
    para(doc, "Appendix A – Action plan", bold=True, size=11)
    headers = ["No", "Recommendation", "Action", "Lead agency", "Target date", "Monitoring body",
               "Success measure", "Status"]  # fmt: skip
    widths = [0.8, 6.0, 4.0, 2.4, 1.6, 2.2, 3.0, 1.4]
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
            first_words(action, 5),
            line_holding(lines, action, 3),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=f"{target[-4:]}-{['Sep', 'Nov', 'Dec', 'Jan'].index(target[:3]) and 0 or 0:02d}",
            status_raw=state,
            status=status(state),
        )
        for number, _, action, lead, target, _, _, state in RECS
    ]
    months = {"Sep": "09", "Nov": "11", "Dec": "12", "Jan": "01"}
    for a, row in zip(actions, RECS):
        a["target_date"] = f"{row[4][-4:]}-{months[row[4][:3]]}"
    return plan_gold(
        STEM,
        description=(
            "DHR overview report (Carlito 10.5, pdftotext -layout): 'Key dates' hanging paragraphs (bold date phrase, "
            "tab, text; seasons, months, 'End of'/'Early' months, a day), recommendations 1.-4. hanging paragraphs, "
            "then a landscape appendix plan of eight narrow columns (Carlito 7.5) No | Recommendation | Action | Lead "
            "agency | Target date | Monitoring body | Success measure | Status, one action a recommendation, no action ref"
        ),
        review=review(
            "DHR",
            "Brackley Heath",
            "Ottoline",
            doc_kind="overview_report",
            author="Benedikt Oyelaran-Hughes",
            age=34,
            date_of_death="2021-04-27",
        ),
        review_alternatives={"area": ["Brackley Heath Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "The key dates are the chronology; a season is year precision, 'End of'/'Early' a month. Each plan row is "
            "one action of the recommendation its No cell numbers; the action has no ref of its own."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
