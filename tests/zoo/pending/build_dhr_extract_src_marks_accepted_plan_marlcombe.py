"""Build the pending zoo document `dhr_extract_chronology_src_marks_plan_accepted_y_n_evidence_col_marlcombe`:
a DHR overview report extract (Nimbus Roman) whose chronology names each entry's source only by a
raised footnote digit, and whose appendix plan records whether each recommendation was accepted.

Numbered paragraphs 1.1 to 3.3; a chronology table Date | Event | Src., the Src. cell a
superscript digit (1-6) and the six sources printed as footnote lines under the table, dates
dd/mm/yyyy and one "Sept 2021 (day not recorded)", the rows running over the page break; the
recommendations "1." to "4."; then a landscape appendix plan No. | Recommendation | Accepted? (Y/N)
| Action | Lead | Target date | Evidence of completion | Status, the first three cells merged down
over their actions, no action refs, recommendation 3 marked "N" with no action (its Action cell
"Not accepted – see the Council's response below."), and the Council's response after the table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_extract_src_marks_accepted_plan_marlcombe.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import (  # noqa: E402
    add_row,
    footnote_line,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_text,
)
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_extract_chronology_src_marks_plan_accepted_y_n_evidence_col_marlcombe"
FONT = "Nimbus Roman"
STATUS = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}

INTRO = [
    (
        "1.1",
        "This extract from the overview report of the Domestic Homicide Review into the death of Ruth, a "
        "woman of 58, is published by the Marlcombe Community Safety Partnership with the agreement of her "
        "family. Ruth died at her home in November 2021; her son was later convicted of her murder.",
    ),
    (
        "1.2",
        "The review panel met six times between March and October 2022. It read the reports of each agency "
        "that had contact with Ruth or her son and spoke with her sister and a close friend.",
    ),
    (
        "1.3",
        "The review looked at contact between January 2020 and the date of Ruth's death. Earlier contact is "
        "summarised where it helps to explain what happened later.",
    ),
]

CHRONOLOGY_INTRO = (
    "2.1",
    "The table below sets out the key contacts agencies had with Ruth and her son. The source of each "
    "entry is shown by the number in the last column; the sources are listed under the table.",
)

# (date as printed, ISO, event, source mark)
EVENTS = [
    (
        "14/01/2020",
        "2020-01-14",
        "Ruth told her GP that her son had moved back in with her after losing his flat and that she was "
        "finding his drinking hard to cope with.",
        "1",
    ),
    (
        "02/03/2020",
        "2020-03-02",
        "Police were called by a neighbour who heard shouting; the son had left before officers arrived and "
        "Ruth said nothing had happened.",
        "2",
    ),
    (
        "19/06/2020",
        "2020-06-19",
        "The son attended the emergency department with a hand injury he said he got punching a door.",
        "3",
    ),
    (
        "08/10/2020",
        "2020-10-08",
        "Ruth's housing officer visited about rent arrears and noticed a broken internal door; no question "
        "about abuse was asked.",
        "4",
    ),
    (
        "23/02/2021",
        "2021-02-23",
        "The son was referred to the community alcohol service by his GP but did not attend the first "
        "appointment offered.",
        "5",
    ),
    (
        "11/05/2021",
        "2021-05-11",
        "Police attended after Ruth called 999 to say her son had pushed her; a domestic abuse risk "
        "assessment was completed and graded standard.",
        "2",
    ),
    (
        "Sept 2021 (day not recorded)",
        "2021-09",
        "Ruth told a friend from church that she was frightened of her son and did not know who to ask for "
        "help.",
        "6",
    ),
    (
        "04/10/2021",
        "2021-10-04",
        "The alcohol service closed the son's referral after three letters were not answered.",
        "5",
    ),
    (
        "28/10/2021",
        "2021-10-28",
        "Ruth saw her GP about poor sleep and bruising to her arm, which she said was from a fall in the "
        "garden.",
        "1",
    ),
]

SOURCES = [
    ("1", "Marlcombe Medical Practice records."),
    ("2", "Marlcombe Constabulary records."),
    ("3", "Marlcombe General Hospital emergency department records."),
    ("4", "Marlcombe Homes tenancy file."),
    ("5", "Pathway Alcohol Service, Marlcombe."),
    ("6", "Account given to the panel by Ruth's friend."),
]

AFTER = [
    (
        "2.2",
        "Agencies saw Ruth and her son separately and at different times. No agency brought together what "
        "was known about the son's drinking and his behaviour at home.",
    ),
    (
        "2.3",
        "Ruth's family told the panel that she was proud and would not have wanted to make trouble for her "
        "son, and that she found it hard to talk about what was happening.",
    ),
    (
        "3.1",
        "The panel found that the risk to Ruth was seen by several agencies but that each saw only a part of "
        "it. The standard grading of the risk assessment in May 2021 did not take account of the earlier "
        "call in March 2020.",
    ),
    (
        "3.2",
        "Older women harmed by an adult child are less likely to be asked about abuse than younger women "
        "harmed by a partner. The panel heard that staff were unsure which service to refer to.",
    ),
    (
        "3.3",
        "The panel makes the following recommendations.",
    ),
]

# (no., recommendation, accepted, [(action, lead, target, evidence, status)]); no actions where
# not accepted: the Action cell's words
RECS = [
    (
        "1",
        "Marlcombe Community Safety Partnership should make sure that agencies recognise abuse of an older "
        "parent by an adult child as domestic abuse and know where to refer.",
        "Y",
        [
            (
                "Publish a briefing on abuse of older parents by adult children",
                "Partnership Manager",
                "31/01/2023",
                "Briefing published on the Partnership website",
                "Complete",
            ),
            (
                "Add child to parent abuse to the multi-agency domestic abuse training",
                "Domestic Abuse Coordinator",
                "30/06/2023",
                "Training slides revised; two sessions delivered",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        "Marlcombe Constabulary should make sure that officers grading a risk assessment look at all earlier "
        "calls to the address.",
        "Y",
        [
            (
                "Remind officers through a force bulletin to check address history before grading risk",
                "Head of Public Protection",
                "28/02/2023",
                "Bulletin issued February 2023",
                "Complete",
            ),
        ],
    ),
    (
        "3",
        "The Partnership should fund a specialist worker for older victims of domestic abuse.",
        "N",
        "Not accepted – see the Council's response below.",
    ),
    (
        "4",
        "Pathway Alcohol Service should follow up a referral that is not taken up by contacting the "
        "referrer before the referral is closed.",
        "Y",
        [
            (
                "Change the closure procedure so the referrer is called before any referral is closed",
                "Service Manager, Pathway",
                "31/03/2023",
                "Procedure revised; audit planned",
                "In progress",
            ),
            (
                "Audit twenty closed referrals for contact with the referrer",
                "Service Manager, Pathway",
                "30/09/2023",
                "",
                "Not started",
            ),
        ],
    ),
]

RESPONSE = (
    "Council's response to recommendation 3: the Council recognises the need but cannot fund a new post "
    "this year. The Domestic Abuse Coordinator will instead lead a review of how the existing outreach "
    "service reaches older victims and will report to the Partnership in spring 2023."
)

HEADER = [
    "No.",
    "Recommendation",
    "Accepted? (Y/N)",
    "Action",
    "Lead",
    "Target date",
    "Evidence of completion",
    "Status",
]
WIDTHS = [1.0, 5.6, 1.9, 5.4, 3.2, 2.3, 4.0, 2.2]


def _mark_cell(cell, mark: str) -> None:
    """The Src. cell: the source's footnote digit raised, as the report prints it."""
    set_text(cell, "", size=10)
    run = cell.paragraphs[0].add_run(mark)
    run.font.superscript = True
    run.font.size = Pt(10)


def build() -> None:
    doc = new_doc(font=FONT, size=11, footer_label="DHR ‘Ruth’ – overview report extract | Page")
    para(doc, "Marlcombe Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review ‘Ruth’ – Overview Report (extract)", bold=True, size=13)
    para(doc, "1. Introduction", bold=True, size=12)
    for number, text in INTRO:
        numbered(doc, number, text)
    para(doc, "2. Chronology", bold=True, size=12)
    numbered(doc, *CHRONOLOGY_INTRO)
    widths = [3.4, 11.0, 1.2]
    table = make_table(doc, ["Date", "Event", "Src."], widths, size=10)
    for raw, _, event, mark in EVENTS:
        row = add_row(table, [raw, event, ""], widths, size=10)
        _mark_cell(row.cells[2], mark)
    for mark, source in SOURCES:
        footnote_line(doc, mark, source)
    for number, text in AFTER:
        if number == "3.1":
            para(doc, "3. Analysis and recommendations", bold=True, size=12)
        numbered(doc, number, text)
    for number, text, _, _ in RECS:
        numbered(doc, f"{number}.", text)
    landscape_section(doc)
    para(doc, "Appendix A: Action Plan", bold=True, size=12)
    plan = make_table(doc, HEADER, WIDTHS, size=9)
    row = 1
    for number, text, accepted, actions in RECS:
        first = row
        if isinstance(actions, str):
            add_row(plan, [number, text, accepted, actions, "", "", "", ""], WIDTHS, size=9)
            row += 1
            continue
        for action in actions:
            add_row(plan, [number, text, accepted, *action], WIDTHS, size=9)
            row += 1
        for col in range(3):
            merge_down(plan, col, first, row - 1, size=9)
    para(doc, "")
    para(doc, RESPONSE)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date="-".join(reversed(target.split("/"))),
            status_raw=state,
            status=STATUS[state],
        )
        for number, _, _, rows in RECS
        if not isinstance(rows, str)
        for action, lead, target, _, state in rows
    ]
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": raw,
            "date": iso,
            "date_end": None,
            "relative": False,
            "text_start": " ".join(event.split()[:7]),
            "line": _line_of(lines, event),
        }
        for raw, iso, event, _ in EVENTS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview extract (Nimbus Roman): numbered paragraphs 1.1-3.3, a Date | Event | Src. chronology "
            "whose Src. cell is a raised footnote digit, the six sources printed as footnote lines under the "
            "table, one 'Sept 2021 (day not recorded)'; recommendations '1.'-'4.'; a landscape appendix plan "
            "No. | Recommendation | Accepted? (Y/N) | Action | Lead | Target date | Evidence of completion | "
            "Status, the first three cells merged down, recommendation 3 'N' with no action, the Council's "
            "response after the table"
        ),
        review=review("DHR", "Marlcombe", "Ruth", doc_kind="overview_report", age=58),
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "Recommendations the '1.'-'4.' paragraphs (the plan restates them). One action per plan row with an "
            "action; recommendation 3, not accepted, has none (its 'Not accepted – see ...' cell is no action). "
            "The Accepted? cell is no status; Evidence of completion is progress, not status. Chronology: one "
            "entry a table row, the footnote digit and the source lines no entry."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
