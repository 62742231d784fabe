"""Build a second zoo independent assurance review of a mental health homicide investigation's
recommendations, in the family of `build_mh_assurance_graded_action_tables.py` (heldout34
family 1 in our own words): each recommendation under its own heading, an "Addressed to:" line,
and a small table of the actions taken, each graded by a letter a grade key table explains.

mh_assurance_lettered_action_no_col_bookman_ravensholt: URW Bookman 9.5, a label / value box, a
grade key table Grade | What the grade means (A-D), a good practice box; then per
recommendation a "Recommendation N" heading, an italic "Addressed to:" line, the recommendation,
and a table No. | Action taken | Lead | Evidence seen | Grade with lettered action numbers
"1a", "1b", the grade letter alone in the last cell and no target dates; a page break before
Recommendation 3; an Overall paragraph counting the grades.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_mh_assurance_lettered_no_col_bookman.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, kv_table, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "mh_assurance_lettered_action_no_col_bookman_ravensholt"
TRUST = "Ravensholt Valley Mental Health NHS Trust"
KEY = [
    ("A", "Complete, with evidence that practice has changed across the service"),
    ("B", "Complete; too early to see a change in practice"),
    ("C", "In progress; some evidence seen"),
    ("D", "Not started, or no evidence given to us"),
]
VALUE = {"A": "complete", "B": "complete", "C": "in_progress", "D": "not_started"}
# (number, addressed to, recommendation, [(ref, action, lead, evidence, grade), ...])
RECS = [
    (
        "1",
        TRUST,
        "The Trust should make sure that every patient discharged from a crisis bed has a "
        "follow-up contact within three days, and that a missed contact is chased the same day.",
        [
            (
                "1a",
                "Three-day follow-up added to the crisis discharge standard.",
                "Crisis Service Manager",
                "Standard v2; twelve discharge records",
                "A",
            ),
            (
                "1b",
                "Missed-contact alert built into the patient record.",
                "Head of Clinical Systems",
                "Screen shots; alert log for May",
                "B",
            ),
            (
                "1c",
                "Monthly report on follow-up within three days to the quality board.",
                "Associate Director of Quality",
                "Two reports only",
                "C",
            ),
        ],
    ),
    (
        "2",
        TRUST,
        "The Trust should ask families at each care review whether they have concerns about "
        "the patient's safety or the safety of others, and record what they say.",
        [
            (
                "2a",
                "Family concerns question added to the care review template.",
                "Lead Nurse, Community",
                "Revised template",
                "B",
            ),
            (
                "2b",
                "Training for care coordinators on talking with families.",
                "Family Liaison Lead",
                "None seen",
                "D",
            ),
        ],
    ),
    (
        "3",
        "Ravensholt and Dunmere Integrated Care Board",
        "The Integrated Care Board should check each year that the Trust's crisis beds are "
        "staffed to the level the service specification sets.",
        [
            (
                "3a",
                "Staffing return added to the annual contract review.",
                "Director of Commissioning",
                "Contract review minutes",
                "A",
            ),
            (
                "3b",
                "Spot checks of night staffing twice a year.",
                "Deputy Director of Nursing, ICB",
                "One spot check report",
                "C",
            ),
        ],
    ),
]
WIDTHS = [1.1, 5.6, 3.4, 3.8, 1.4]


def build() -> None:
    doc = new_doc(header="Ravensholt assurance review – OFFICIAL", font="URW Bookman", size=9.5)
    para(doc, "Independent Assurance Review", bold=True, size=14)
    para(
        doc,
        "Progress on the recommendations of the independent investigation into the care of Mr D",
        bold=True,
    )
    kv_table(
        doc,
        [
            ("Commissioned by", "NHS England – North region"),
            ("Trust", TRUST),
            ("Investigation report", "March 2024"),
            ("Review visits", "June and July 2025"),
        ],
    )
    para(doc, "How we graded the actions", bold=True, size=11)
    para(doc, "We read the evidence the Trust and the ICB gave us and spoke to the leads named below.")
    widths = [1.6, 9.0]
    t = make_table(doc, ["Grade", "What the grade means"], widths, size=9)
    for grade, meaning in KEY:
        add_row(t, [grade, meaning], widths, size=9)
    para(doc, "")
    box(
        doc,
        "Good practice\nThe crisis team now phones the family on the day of discharge as well as the "
        "patient, which staff and families both told us they value.",
        fill="E2EFDA",
    )
    para(doc, "Findings", bold=True, size=11)
    for number, addressee, text, rows in RECS:
        if number == "3":
            page_break(doc)
        para(doc, f"Recommendation {number}", bold=True, size=11)
        para(doc, f"Addressed to: {addressee}", italic=True)
        para(doc, text)
        t = make_table(doc, ["No.", "Action taken", "Lead", "Evidence seen", "Grade"], WIDTHS, size=9)
        for row in rows:
            add_row(t, list(row), WIDTHS, size=9)
        para(doc, "")
    para(doc, "Overall", bold=True, size=11)
    para(
        doc,
        "Of the seven actions we graded two A, two B, two C and one D. We will ask for an update on "
        "the actions graded C or D in the spring.",
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, " ".join(text.split()[:10]), _line_of(lines, text), agency=addressee, scope="local"
        )
        for number, addressee, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            status_raw=grade,
            status=VALUE[grade],
        )
        for number, _, _, rows in RECS
        for ref, action, lead, _, grade in rows
    ]
    return plan_gold(
        STEM,
        family="mh_assurance_graded_action_tables",
        description=(
            "Independent assurance review of an NHS mental health homicide investigation's "
            "recommendations (URW Bookman 9.5): per recommendation a heading, an 'Addressed to:' line "
            "and a small table No. | Action taken | Lead | Evidence seen | Grade, lettered action "
            "numbers '1a', the grade letter A-D explained only by a grade key table near the start"
        ),
        review=review(None, None, "Mr D", doc_kind="action_plan"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Each action's status is its grade letter read through the key table: A and B complete "
            "(B: 'Complete; too early to see a change in practice'), C in progress, D not started. "
            "No target dates are printed. The Evidence seen column is no field."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
