"""Build the pending zoo document `leder_focused_review_learning_into_action_kellaby`: a LeDeR
(learning from lives and deaths of people with a learning disability) focused review summary for
an integrated care board, heldout40 family 2's form in our own words.

A label table (review reference, age, date and place of death, focused reviewer), "About Daniel",
a timeline table When | Where | What happened whose When cells are numeric month ranges "02/2020 –
05/2020", a month alone "09/2020" or dd/mm/yyyy (a note above it says so), good-practice bullets,
a grading-of-care line, then the recommendations in a "Learning into action" table No. | What we
learned | Recommendation | For: the Recommendation cells are the recommendations (not "What we
learned"), the No. cells their refs; the table runs over the page break inside row 1, its header
repeated. No review type the contract knows (a LeDeR review is none of DHR, SAR, SCR). Liberation
Sans 10.5, running head "LeDeR — Focused Review Summary — OFFICIAL SENSITIVE", the foot "NHS
Kellaby and Ostwick ICB · LeDeR programme · N/M" at the right, margins 2 cm.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_leder_focused_review_learning_into_action_kellaby.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_field, add_row, heading, kv_table, make_table, new_doc, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "leder_focused_review_learning_into_action_kellaby"
LABELS = [
    ("Review reference", "LD-KEL-22-0312"),
    ("Age at death", "38"),
    ("Date of death", "17/02/2022"),
    ("Place of death", "Kellaby General Hospital"),
    ("Focused reviewer", "Priya Lindqvist, LeDeR reviewer"),
]
# (When as printed, iso start, iso end or None, where, what happened)
TIMELINE = [
    (
        "02/2020 – 05/2020",
        "2020-02",
        "2020-05",
        "Home",
        "Support hours cut from 40 to 28 a week after a funding review.",
    ),
    (
        "09/2020",
        "2020-09",
        None,
        "GP surgery",
        "Annual health check; weight loss of 6 kg noted, not followed up.",
    ),
    (
        "11/01/2021",
        "2021-01-11",
        None,
        "Home",
        "Staff reported that Daniel coughed when he ate and drank.",
    ),
    (
        "03/2021 – 04/2021",
        "2021-03",
        "2021-04",
        "LD team",
        "Speech and language therapy referral waited eight weeks for triage.",
    ),
    (
        "22/06/2021",
        "2021-06-22",
        None,
        "Hospital",
        "Admitted with aspiration pneumonia; no adjustments recorded.",
    ),
    (
        "10/2021",
        "2021-10",
        None,
        "Home",
        "Swallowing plan written; staff on two shifts not shown it.",
    ),
    (
        "14/02/2022",
        "2022-02-14",
        None,
        "Hospital",
        "Admitted again with pneumonia; Daniel died three days later.",
    ),
]
GOOD_PRACTICE = [
    "Daniel's support staff knew him well and spoke up for him when he was unwell.",
    "The learning disability liaison nurse visited him on the ward within a day of each admission.",
    "His family were kept informed and were with him when he died.",
]
# (No., what we learned, recommendation, for)
LEARNING = [
    (
        "1",
        "Daniel's weight loss and his coughing when eating were early signs of a swallowing problem. "
        "They were recorded by different services at different times, and nobody put them together. His "
        "annual health check noted the weight loss but did not lead to a referral, and the support "
        "provider's notes about coughing were not shared with his GP. By the time he was seen by a speech "
        "and language therapist he had already been admitted to hospital once with aspiration pneumonia, "
        "and the plan written for him was not known to everyone who supported him at mealtimes.",
        "The ICB should ask primary care networks to make sure that weight loss found at an annual health "
        "check for a person with a learning disability leads to a documented follow-up within four weeks.",
        "NHS Kellaby and Ostwick ICB; primary care networks",
    ),
    (
        "2",
        "Referrals for swallowing assessments waited too long to be triaged.",
        "The community learning disability team should triage referrals that mention coughing or choking at "
        "mealtimes within five working days.",
        "Kellaby Community Learning Disability Team",
    ),
    (
        "3",
        "No reasonable adjustments were recorded during Daniel's first admission.",
        "Kellaby General Hospital should check at every admission of a person with a learning disability "
        "that a hospital passport or a record of reasonable adjustments is on the ward.",
        "Kellaby General Hospital NHS Trust",
    ),
    (
        "4",
        "Swallowing plans were not known to every member of staff.",
        "Support providers commissioned by the ICB should be asked to show that every member of staff who "
        "helps a person at mealtimes has read that person's swallowing plan.",
        "NHS Kellaby and Ostwick ICB (commissioning)",
    ),
]
WIDTHS = (1.2, 5.6, 6.6, 3.6)


def _foot(section) -> None:
    p = section.footer.paragraphs[0]
    p.text = ""
    p.add_run("NHS Kellaby and Ostwick ICB · LeDeR programme · ")
    add_field(p.add_run(), "PAGE")
    p.add_run("/")
    add_field(p.add_run(), "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _opening(doc) -> None:
    para(doc, "NHS Kellaby and Ostwick Integrated Care Board", bold=True, size=14)
    para(doc, "LeDeR focused review: summary of findings", bold=True, size=13)
    kv_table(doc, LABELS, widths=(4.5, 12.5), size=10)
    heading(doc, "About Daniel", 1)
    para(
        doc,
        "Daniel was a man of 38 with a moderate learning disability and epilepsy. He lived in a supported "
        "living flat in Ostwick with two friends and loved football, buses and his weekly trip to the "
        "market with his brother. He needed help with meals and had a modified diet from 2021.",
    )
    heading(doc, "Timeline", 1)
    para(doc, "Dates are day/month/year; where only a month is known it is shown as mm/yyyy.", italic=True)
    t = make_table(doc, ("When", "Where", "What happened"), (3.6, 3.6, 9.8), size=9.5)
    for when, _, _, where, what in TIMELINE:
        add_row(t, [when, where, what], (3.6, 3.6, 9.8), size=9.5)
    doc.add_paragraph()


def build() -> None:
    doc = new_doc(
        header="LeDeR — Focused Review Summary — OFFICIAL SENSITIVE", font="Liberation Sans", size=10.5
    )
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    _foot(section)
    _opening(doc)
    heading(doc, "What went well", 1)
    for item in GOOD_PRACTICE:
        para(doc, item, style="List Bullet")
    para(
        doc,
        "Grading of care: 3 – care fell short of current best practice in one or more significant areas.",
        bold=True,
    )
    heading(doc, "Learning into action", 1)
    t = make_table(doc, ("No.", "What we learned", "Recommendation", "For"), WIDTHS, size=9.5)
    for number, learned, rec, who in LEARNING:
        add_row(t, [number, learned, rec, who], WIDTHS, size=9.5)
    doc.add_paragraph()
    para(doc, "Our thoughts are with Daniel's family, who helped us understand him as a person.", italic=True)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": when,
            "date": start,
            "date_end": end,
            "relative": False,
            "text_start": " ".join(what.split()[:8]),
            "line": find_line(lines, what),
        }
        for when, start, end, _, what in TIMELINE
    ]
    recs = [
        recommendation_record(number, " ".join(rec.split()[:10]), _line_of(lines, rec), agency=who)
        for number, _, rec, who in LEARNING
    ]
    return plan_gold(
        STEM,
        description=(
            "LeDeR focused review summary for an ICB (Liberation Sans 10.5): a label table, 'About Daniel', a "
            "timeline table When | Where | What happened with 'mm/yyyy – mm/yyyy' ranges, 'mm/yyyy' and dd/mm/yyyy, "
            "good-practice bullets, a grading-of-care line, recommendations in a 'Learning into action' table "
            "No. | What we learned | Recommendation | For over the page break inside row 1, header repeated"
        ),
        review=review(
            None,
            "Kellaby and Ostwick",
            "Daniel",
            doc_kind="overview_report",
            review_id="LD-KEL-22-0312",
            author="Priya Lindqvist",
            age=38,
            date_of_death="2022-02-17",
        ),
        review_alternatives={
            "area": ["NHS Kellaby and Ostwick Integrated Care Board", "Kellaby", "Ostwick"],
            "doc_kind": ["executive_summary"],
        },
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Recommendations the Recommendation cells of the Learning into action table, refs the No. cells, "
            "agency the For cell; the What we learned cells are findings, not recommendations. Timeline: "
            "'02/2020 – 05/2020' the month 2020-02 ending 2020-05, '09/2020' the month, dd/mm/yyyy the day. "
            "review_type null: a LeDeR review is none of the contract's types."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
