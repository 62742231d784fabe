"""Build a zoo Safeguarding Adults Review whose recommendations are printed only in the Board's
response table, the lead-in explaining the columns set tight above the table (a small space after
each paragraph), so that the `-layout` text prints the lead-in and the table's header with no
blank line between them: the header's "The reviewer recommends" reads on as the lead-in's words.

sar_board_lead_in_against_table: a SAR overview report (Arial 10, table 9): findings as paragraphs, then
"Recommendations and the Board's response", a two-sentence lead-in naming the columns and the
status words, then one table No. | The reviewer recommends | What the Board will do | Who | By when
| June 2025, the number and recommendation cells merged over their actions' rows, targets a month
and year, statuses Done / Under way / Not begun.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_lead_in_against_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_board_lead_in_against_table"
STATES = {"Done": "complete", "Under way": "in_progress", "Not begun": "not_started"}
MONTHS = {"Feb": "02", "Apr": "04", "July": "07", "Oct": "10", "Dec": "12"}
# (number, recommendation, [(action, who, by when, position), ...])
RECS = [
    (
        "1",
        "The Board should set out how agencies share a concern about an adult who refuses care "
        "and lives with untreated pain.",
        [
            (
                "Agree and publish a concern-sharing route for refused care",
                "Board Business Manager",
                "Dec 2024",
                "Done",
            ),
            (
                "Add the route to the multi-agency training calendar",
                "Training Lead",
                "Apr 2025",
                "Under way",
            ),
        ],
    ),
    (
        "2",
        "Yarrowmere Community Health should make sure that district nurses record each refused "
        "visit and tell the GP within two working days.",
        [
            (
                "Change the visit record so a refused visit opens a task to the GP",
                "Head of Community Nursing",
                "July 2025",
                "Under way",
            )
        ],
    ),
    (
        "3",
        "Partners should test whether a carer's own needs were asked about whenever a carer "
        "turned professionals away.",
        [
            (
                "Audit twelve cases where a carer declined a visit",
                "Chair, Quality Subgroup",
                "Oct 2025",
                "Not begun",
            )
        ],
    ),
]
HEADERS = ["No.", "The reviewer recommends", "What the Board will do", "Who", "By when", "June 2025"]
WIDTHS = [1.0, 4.7, 4.5, 2.8, 1.9, 1.6]


def build() -> None:
    doc = new_doc(header="SAR Mr Lissett – overview report", font="Arial", size=10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    para(doc, "Yarrowmere Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Mr Lissett", bold=True, size=13)
    para(doc, "Overview report by Dr Ines Thurgarton, independent reviewer")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Mr Lissett was 81 and lived with his son, who cared for him. He died in hospital in 2023 "
        "from an infected pressure ulcer. District nurses had been turned away at the door eleven times.",
    )
    heading(doc, "How the review was carried out", 2)
    para(
        doc,
        "The Board commissioned the review in March 2024. The reviewer read the records of five "
        "agencies, met the practitioners who knew Mr Lissett and spoke twice with his daughter, who "
        "lives abroad. His son chose not to take part.",
    )
    heading(doc, "2. Findings", 1)
    para(doc, "Finding 1 – refusals were recorded, not shared", bold=True)
    para(
        doc,
        "Each refused visit was recorded as the patient's choice. Nobody asked whether his son was "
        "coping, and the GP did not learn of the refusals until the last week of his life.",
    )
    para(doc, "Finding 2 – the carer was not seen as someone with needs of his own", bold=True)
    para(
        doc,
        "His son had given up work to care for him and had a back injury. No carer's assessment "
        "was offered, though three practitioners noted that he seemed exhausted.",
    )
    heading(doc, "3. Recommendations and the Board's response", 1)
    para(
        doc,
        "The second column holds the reviewer's recommendations and the third what the Board has "
        "agreed to do about each. The last column gives the position in June 2025: Done, Under way "
        "or Not begun.",
    )
    groups = [([number, text], [list(row) for row in rows]) for number, text, rows in RECS]
    merged_plan_table(doc, HEADERS, WIDTHS, groups, size=9)
    para(doc, "The Board will report on these actions in its next annual report.")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {"T": "Yarrowmere Safeguarding Adults Board", "Y": "Yarrowmere Community Health"}
    recs = [
        recommendation_record(
            number,
            " ".join(text.split()[:4]),
            _line_of(lines, f"{number} {text.split()[0]}"),  # (the number cell's line)
            agency=agencies.get(text[0]),
            scope=None,
        )
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:4]),
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
            "table No. | The reviewer recommends | What the Board will do | Who | By when | June 2025, the "
            "lead-in naming the columns printed with no blank line above the table's header"
        ),
        review=review(
            "SAR",
            "Yarrowmere",
            None,
            doc_kind="overview_report",
            author="Ines Thurgarton",
            date_of_death="2023",
        ),
        review_alternatives={"area": ["Yarrowmere Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each row of the table is an action; the recommendation cells are the review's "
            "recommendations. The lead-in above the table explains its columns: no recommendation, "
            "though the header printed against it says 'recommends'."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
