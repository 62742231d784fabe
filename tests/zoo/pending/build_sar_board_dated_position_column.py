"""Build a zoo Safeguarding Adults Review whose recommendations are printed only in the Board's
response table, the table's last column named by the month its position was given ("March
2025") and so narrow that the name, the target months and the longer statuses wrap.

sar_board_dated_position_column: a SAR overview report (Arial 10): findings as paragraphs, then
"Recommendations and what the Board will do", one table No. | The review recommends | What the
Board will do | Who | By when | March 2025, the number and recommendation cells merged down over
their actions' rows, the numbers bare ("2"), the targets a month and year ("Sept" over "2025"),
statuses Done / Under way / Not started ("Under" over "way").

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_dated_position_column.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_board_dated_position_column"
STATES = {"Done": "complete", "Under way": "in_progress", "Not started": "not_started"}
MONTHS = {"Jan": "01", "Mar": "03", "June": "06", "Sept": "09", "Nov": "11"}
# (number, recommendation, [(action, who, by when, position), ...])
RECS = [
    (
        "1",
        "The Board should make sure that every agency knows how to raise a concern about an adult "
        "who hoards to the point of risk to life.",
        [
            (
                "Publish a hoarding pathway with the fire service and housing providers",
                "Board Business Manager",
                "Nov 2024",
                "Done",
            )
        ],
    ),
    (
        "2",
        "Partners should agree how a case is passed on when the lead practitioner for an adult who "
        "declines support leaves their post.",
        [
            (
                "Write a handover standard into the multi-agency self-neglect procedure",
                "Chair, Policy Subgroup",
                "Mar 2025",
                "Under way",
            ),
            (
                "Check the handover standard in a themed audit of eight cases",
                "Audit Lead",
                "Sept 2025",
                "Not started",
            ),
        ],
    ),
    (
        "3",
        "Harnfield Homes should train its repairs staff to notice and report signs of self-neglect "
        "when they visit a home.",
        [
            (
                "Add self-neglect to the repairs staff induction",
                "Head of Property Services",
                "June 2025",
                "Under way",
            )
        ],
    ),
]
HEADERS = ["No.", "The review recommends", "What the Board will do", "Who", "By when", "March 2025"]
WIDTHS = [1.0, 4.5, 4.5, 2.5, 1.85, 1.5]


def build() -> None:
    doc = new_doc(header="SAR Ms Wren – overview report", font="Arial", size=10)
    para(doc, "Harnfield Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Ms Wren", bold=True, size=13)
    para(doc, "Overview report by Tobias Quenell, independent reviewer")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Ms Wren was 77 and lived alone in a rented flat. She died in a fire at her home in 2023. "
        "Several agencies knew that her home was full of stored belongings.",
    )
    heading(doc, "2. Findings", 1)
    para(
        doc,
        "2.1 No agency raised the risk of fire with the others, and her case was not passed on when "
        "her social worker left.",
    )
    heading(doc, "3. Recommendations and what the Board will do", 1)
    para(
        doc,
        "Each of the reviewer's recommendations is set out with the actions the Board has agreed in "
        "response. The last column gives the position in March 2025: Done, Under way or Not started.",
    )
    groups = [([number, text], [list(row) for row in rows]) for number, text, rows in RECS]
    merged_plan_table(doc, HEADERS, WIDTHS, groups, size=10)
    para(doc, "The Board will look at this table again at its meeting in the autumn.")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number,
            " ".join(text.split()[:8]),
            _line_of(lines, text),
            agency={"H": "Harnfield Homes", "T": "Harnfield Safeguarding Adults Board"}.get(text[0]),
            scope=None,
        )
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=when,
            target_date=f"{when.split()[1]}-{MONTHS[when.split()[0]]}",
            status_raw=status,
            status=STATES[status],
        )
        for number, _, rows in RECS
        for action, lead, when, status in rows
    ]
    return plan_gold(
        STEM,
        family="sar_board_will_do_table",
        description=(
            "SAR overview report (Word, Arial 10) whose recommendations are printed only in the Board's "
            "table No. | The review recommends | What the Board will do | Who | By when | March 2025, the last "
            "column named by its month alone, R2's cells merged over two action rows, targets a month and year"
        ),
        review=review("SAR", "Harnfield", None, doc_kind="overview_report", author="Tobias Quenell"),
        review_alternatives={"area": ["Harnfield Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes="Each row of the table is an action; the recommendation cells are the review's recommendations.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
