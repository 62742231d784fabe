"""Build plan_ho_cover_labels_one_page: a one-page DHR action plan on the Home Office template
under a cover table of labels and values, its page foot naming the plan.

Landscape Arial 9. A two-column cover table (Domestic Homicide Review | Commissioned by | Date of
death | Plan owner | Last updated, each with its value); then the template with no number column:
Recommendation | Scope of recommendation | Action to take | Lead Agency | Key milestones achieved
in enacting recommendation | Target date | Date of completion and Outcome, each recommendation
("1. <Body> should ...") merged down over its action rows, its scope too. The page foot prints
"Wenlow DHR 07 – Action Plan". Plain pdftotext prints the cover's labels as a column of their own,
the last label ("Last updated") right above the plan's first column, and the foot once, after the
last row's cells. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_ho_cover_labels_one_page.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, row, table  # noqa: E402

STEM = "plan_ho_cover_labels_one_page"
COVER = [
    ("Domestic Homicide Review", "Mr T (aged 82) – Wenlow DHR 07"),
    ("Commissioned by", "Wenlow Community Safety Partnership"),
    ("Date of death", "14 February 2022"),
    ("Plan owner", "DHR Steering Group"),
    ("Last updated", "May 2024"),
]
HEADERS = [
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target date",
    "Date of completion and Outcome",
]
WIDTHS = [5.6, 1.8, 4.4, 3.0, 3.9, 2.2, 4.6]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Wenlow Adult Social Care should ask every carer at review whether caring has led to "
     "arguments or harm at home, and offer a referral when it has.",
     "Wenlow Adult Social Care", "Local",
     [("Add the question to the carer's review form.",
       "Wenlow Council Adult Social Care", "Form redrafted with the carers' centre.", "March 2024",
       "Completed 04/03/2024 – form in use by every team.", "complete")]),
    ("2", "Wenlow Community Safety Partnership should publish advice for families on the "
     "abuse of older people by the people who care for them.",
     "Wenlow Community Safety Partnership", "Local",
     [("Write the family advice leaflet with the older people's network.",
       "Wenlow Community Safety Partnership", "First draft shared with the network.", "31/10/2024",
       "Ongoing – leaflet with the designers.", "in_progress")]),
    ("3", "Wenlow Police should make sure that a call about a confused older person at an "
     "address called before is also assessed as possible domestic abuse.",
     "Wenlow Police", "Local",
     [("Add a location marker for repeat welfare calls.",
       "Wenlow Police", "Change request raised.", "September 2024",
       "Not started – awaiting the control room upgrade.", "not_started")]),
    ("4", "The Department of Health and Social Care should add the risk of abuse by carers to "
     "its national guidance on carers' assessments.",
     "Department of Health and Social Care", "National",
     [("The Partnership to write to the Department of Health and Social Care.",
       "Wenlow Community Safety Partnership", "Letter drafted by the Chair.", "April 2024",
       "Completed 18/04/2024 – letter sent; reply awaited.", "complete")]),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Wenlow DHR 07 – Action Plan")
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    cover.widths = [4.5, 8.0]
    for label, value in COVER:
        row(cover, [label, value])
    doc.add_paragraph()
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, _, scope, actions in PLAN:
        cells = [[a, lead, done, target, outcome] for a, lead, done, target, outcome, _ in actions]
        if len(actions) == 1:
            row(t, [f"{number}. {rec}", scope, *cells[0]])
        else:
            merged_rows(t, [0, 1], [f"{number}. {rec}", scope], cells)
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, agency, scope, actions in PLAN:
        recs.append(ho_recommendation(number, rec, agency, scope))
        acts += [
            ho_action(number, a, lead, target, outcome, state)
            for a, lead, _, target, outcome, state in actions
        ]
    return plan_gold(
        STEM,
        description=(
            "A one-page DHR action plan on the Home Office template (landscape Arial 9) under a "
            "two-column cover table of labels and values (... Plan owner | Last updated); no number "
            "column, each recommendation numbered in its own cell; the page foot names the plan "
            "('Wenlow DHR 07 – Action Plan')."
        ),
        review=review("DHR", "Wenlow", "Mr T", age=82, date_of_death="2022-02-14"),
        notes=(
            "Each row one action, its ref its recommendation's number; the status is the outcome "
            "cell's opening words. The cover's labels are no agency heading and the foot no lead."
        ),
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
