"""Build the pending zoo document `leder_focused_review_learning_into_action_pellowby`: a second
LeDeR (learning from lives and deaths of people with a learning disability) focused review
summary for an integrated care board, heldout40 family 2's form in our own words, written where
`leder_focused_review_learning_into_action_kellaby` differs from the family's loss.

Kellaby's four Recommendation cells each open on a body the tool names ("The ICB should ...");
a learning review's asks are as often made to a role or a kind of service the gazetteer does not
know ("Primary care networks should ...", "The LeDeR local area contact should ..."), set in the
passive ("The annual health check template should be changed ...") or opened by the situation
they are for ("When a person ... is discharged, ..."): the Learning into action table was then
read on no route. The rest as Kellaby: a label table, "About Owen", a timeline When | Where | What
happened ("01/2019 – 04/2019", "08/2019", dd/mm/yyyy under a note saying so), good-practice
bullets, a grading-of-care line, then "Learning into action" No. | What we learned |
Recommendation | For over the page break inside row 1, its header repeated. Liberation Sans 10.5,
running head "LeDeR — Focused Review Summary — RESTRICTED", the foot "NHS Pellowby and Thrushwick
ICB · LeDeR programme · N/M" at the right, margins 2 cm.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_leder_focused_review_learning_into_action_pellowby.py
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

STEM = "leder_focused_review_learning_into_action_pellowby"
ICB = "NHS Pellowby and Thrushwick ICB"
LABELS = [
    ("Review reference", "LD-PEL-21-0158"),
    ("Age at death", "51"),
    ("Date of death", "03/11/2021"),
    ("Place of death", "Pellowby Royal Infirmary"),
    ("Focused reviewer", "Gareth Okonedo, LeDeR reviewer"),
]
# (When as printed, iso start, iso end or None, where, what happened)
TIMELINE = [
    (
        "01/2019 – 04/2019",
        "2019-01",
        "2019-04",
        "Day centre",
        "Owen stopped going to his day centre after his bus pass ran out; nobody at the centre "
        "asked why or told his sister.",
    ),
    (
        "08/2019",
        "2019-08",
        None,
        "GP practice",
        "Annual health check done by telephone; his blood pressure was not taken and no date was "
        "set to see him in person.",
    ),
    (
        "17/02/2020",
        "2020-02-17",
        None,
        "Home",
        "His support worker noticed swollen ankles and breathlessness on the stairs and rang the "
        "practice for advice.",
    ),
    (
        "06/2020 – 09/2020",
        "2020-06",
        "2020-09",
        "Cardiology clinic",
        "Three outpatient letters sent in standard print; Owen could not read them and missed every "
        "appointment.",
    ),
    (
        "29/10/2021",
        "2021-10-29",
        None,
        "Pellowby Royal Infirmary",
        "Admitted with heart failure; the ward did not know he needed pictures to understand what "
        "was happening. He died five days later.",
    ),
]
GOOD_PRACTICE = [
    "Owen's support worker acted quickly when she saw that he was unwell and kept a clear diary.",
    "The ward called his sister every evening and let her stay beyond visiting hours.",
]
# (No., what we learned, recommendation, for)
LEARNING = [
    (
        "1",
        "Owen's heart condition developed over more than two years. The signs were there early: he "
        "tired easily, his ankles swelled and he stopped going out. Each service saw one part of this. "
        "His health check was done by telephone, so nobody examined him, and the letters from the "
        "cardiology clinic were written in a way he could not read. Missed appointments were recorded "
        "as his choice rather than as a reason to contact the people who supported him, and no one "
        "looked at the whole picture until he was admitted in an emergency.",
        "Primary care networks should make sure that an annual health check for a person with a "
        "learning disability is done face to face unless the person has asked otherwise, and that the "
        "reason for any remote check is written in the record.",
        "Primary care networks, with the ICB primary care team",
    ),
    (
        "2",
        "Hospital letters were not in a form Owen could use.",
        "When a person with a learning disability is booked into an outpatient clinic, the hospital "
        "should send the appointment in easy read and tell the person's named supporter.",
        "Pellowby Royal Infirmary NHS Foundation Trust",
    ),
    (
        "3",
        "Missed appointments were closed without anyone being told.",
        "The LeDeR local area contact should agree with each acute trust how two missed appointments "
        "in a row for a person on the learning disability register are followed up.",
        ICB,
    ),
    (
        "4",
        "The health check template has no prompt about remote checks.",
        "The annual health check template used in Pellowby and Thrushwick should be changed to ask "
        "whether the check was done in person and, if not, when it will be.",
        f"{ICB} (primary care)",
    ),
]
WIDTHS = (1.2, 5.6, 6.6, 3.6)


def _foot(section) -> None:
    p = section.footer.paragraphs[0]
    p.text = ""
    p.add_run(f"{ICB} · LeDeR programme · ")
    add_field(p.add_run(), "PAGE")
    p.add_run("/")
    add_field(p.add_run(), "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _opening(doc) -> None:
    para(doc, "NHS Pellowby and Thrushwick Integrated Care Board", bold=True, size=14)
    para(doc, "LeDeR focused review: summary", bold=True, size=13)
    kv_table(doc, LABELS, widths=(4.5, 12.5), size=10)
    heading(doc, "About Owen", 1)
    para(
        doc,
        "Owen was a man of 51 with a mild learning disability who lived in his own flat in Thrushwick "
        "with a few hours of support each day. He was proud of his allotment, followed the county "
        "cricket side and spoke to his sister every Sunday.",
    )
    heading(doc, "Timeline", 1)
    para(doc, "Dates are shown as day/month/year, or month/year where the day is not known.", italic=True)
    t = make_table(doc, ("When", "Where", "What happened"), (3.6, 3.6, 9.8), size=9.5)
    for when, _, _, where, what in TIMELINE:
        add_row(t, [when, where, what], (3.6, 3.6, 9.8), size=9.5)
    doc.add_paragraph()


def build() -> None:
    doc = new_doc(header="LeDeR — Focused Review Summary — RESTRICTED", font="Liberation Sans", size=10.5)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    _foot(section)
    _opening(doc)
    heading(doc, "What went well", 1)
    for item in GOOD_PRACTICE:
        para(doc, item, style="List Bullet")
    para(
        doc,
        "Grading of care: 4 – care fell short of expected good practice and this contributed to the "
        "cause of death.",
        bold=True,
    )
    heading(doc, "Learning into action", 1)
    t = make_table(doc, ("No.", "What we learned", "Recommendation", "For"), WIDTHS, size=9.5)
    for number, learned, rec, who in LEARNING:
        add_row(t, [number, learned, rec, who], WIDTHS, size=9.5)
    doc.add_paragraph()
    para(doc, "We thank Owen's sister for talking to us about his life.", italic=True)
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
            "LeDeR focused review summary for an ICB (Liberation Sans 10.5): a label table, 'About Owen', a "
            "timeline table When | Where | What happened with 'mm/yyyy – mm/yyyy' ranges, 'mm/yyyy' and dd/mm/yyyy, "
            "good-practice bullets, a grading-of-care line, recommendations in a 'Learning into action' table "
            "No. | What we learned | Recommendation | For over the page break inside row 1, header repeated, "
            "asks made to roles and kinds of service, one in the passive, one opened by its situation"
        ),
        review=review(
            None,
            "Pellowby and Thrushwick",
            "Owen",
            doc_kind="overview_report",
            review_id="LD-PEL-21-0158",
            author="Gareth Okonedo",
            age=51,
            date_of_death="2021-11-03",
        ),
        review_alternatives={
            "area": ["NHS Pellowby and Thrushwick Integrated Care Board", "Pellowby", "Thrushwick"],
            "doc_kind": ["executive_summary"],
        },
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Recommendations the Recommendation cells of the Learning into action table, refs the No. cells, "
            "agency the For cell; the What we learned cells are findings, not recommendations. Timeline: "
            "'01/2019 – 04/2019' the month 2019-01 ending 2019-04, '08/2019' the month, dd/mm/yyyy the day. "
            "review_type null: a LeDeR review is none of the contract's types."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
