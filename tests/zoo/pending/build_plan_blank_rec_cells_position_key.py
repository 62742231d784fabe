"""Build plan_blank_rec_cells_position_key_madderby: a DHR executive summary's appendix action plan
in the family of plan_blank_rec_cells_glenavon, varied: Liberation Mono 9 (the cells 8.5), no
"measure" column, Rec | Action | Responsible officer | Complete by | Position, the Rec cell printed
on a recommendation's first action only and left blank (not merged) below it, positions Done /
Ongoing / Overdue / Not begun under a key line that says what each means ("Overdue: begun, past
its date"), targets "30 Jun 2025" (a day, the month abbreviated); two rows under one
recommendation share their responsible officer. Before the plan, the executive summary's
recommendations "1)"-"3)".

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext; the
corpus text is dev/corpus_style.py's rendering of the PDF. The gold is written below by hand.

    python tests/zoo/pending/build_plan_blank_rec_cells_position_key.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_blank_rec_cells_position_key_madderby"
HEADERS = ["Rec", "Action", "Responsible officer", "Complete by", "Position"]
WIDTHS = [1.1, 6.4, 3.6, 2.4, 2.2]
STATUS = {"Done": "complete", "Ongoing": "in_progress", "Overdue": "in_progress", "Not begun": "not_started"}

RECOMMENDATIONS = [
    (
        "1",
        "Madderby Community Safety Partnership should make sure that front-line staff know the local "
        "service for older victims of domestic abuse.",
    ),
    (
        "2",
        "Madderby Housing should record who else lives at an address when a tenant asks for a repair to a door or lock.",
    ),
    (
        "3",
        "GP practices in Madderby should ask about safety at home when an older patient's injuries are unexplained.",
    ),
]

# (rec number, action, responsible officer, complete by, position, gold target)
PLAN = [
    (
        "1",
        "Add the older victims' service to the partnership's directory and website.",
        "Partnership Officer",
        "30 Jun 2025",
        "Done",
        "2025-06-30",
    ),
    (
        "1",
        "Brief the neighbourhood teams on the service and how to refer to it.",
        "Partnership Officer",
        "30 Sep 2025",
        "Ongoing",
        "2025-09-30",
    ),
    (
        "2",
        "Change the repairs form so that it asks who lives at the address.",
        "Head of Tenancy Services",
        "31 Mar 2025",
        "Overdue",
        "2025-03-31",
    ),
    (
        "2",
        "Check a sample of forty repair requests for the new question.",
        "Head of Tenancy Services",
        "31 Dec 2025",
        "Not begun",
        "2025-12-31",
    ),
    (
        "3",
        "Send the practices a short note on unexplained injuries in older patients.",
        "Designated Nurse",
        "31 Jul 2025",
        "Done",
        "2025-07-31",
    ),
]


def document():
    doc = new_doc(header="RESTRICTED – Madderby Community Safety Partnership", font="Liberation Mono", size=9)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    para(doc, "Domestic Homicide Review: Mrs Eileen Varga – executive summary", bold=True, size=11)
    para(doc, "Recommendations", bold=True)
    for number, text in RECOMMENDATIONS:
        para(doc, f"{number}) {text}")
    para(doc, "Appendix: action plan", bold=True)
    para(
        doc,
        "Position key: Done – complete; Ongoing – under way, in time; Overdue – begun, past its date; "
        "Not begun – not started. The Rec column is filled on a recommendation's first action only.",
    )
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    printed = None
    for number, action, officer, by, position, _ in PLAN:
        rec = number if number != printed else ""  # (the Rec cell blank under its first action)
        printed = number
        add_row(t, [rec, action, officer, by, position], WIDTHS, size=8.5)
    para(doc, "")
    para(doc, "Five actions; two done.")
    return doc


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: a Rec cell printed on a recommendation's first action only, blank below; position words with a key",
        description=(
            "A DHR executive summary with its appendix action plan, built in Word (python-docx, Liberation "
            "Mono 9, the table 8.5), exported to PDF by LibreOffice and to text by plain pdftotext: "
            "recommendations '1)'-'3)', then Rec | Action | Responsible officer | Complete by | Position, the Rec "
            "cell filled on each recommendation's first action and left blank (not merged) below, positions "
            "Done / Ongoing / Overdue / Not begun under a key line, targets '30 Jun 2025'."
        ),
        review=review("DHR", "Madderby", "Mrs Eileen Varga", doc_kind="executive_summary"),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text))
            for number, text in RECOMMENDATIONS
        ],
        actions=[
            action_record(
                first_words(action, 8),
                find_line(lines, action),
                recommendation_ref=number,
                lead=officer,
                target_date_raw=by,
                target_date=target,
                status_raw=position,
                status=STATUS[position],
            )
            for number, action, officer, by, position, target in PLAN
        ],
        notes=(
            "Written by hand by helper s33fix33; fictional. One action per plan row (5); a row whose Rec cell is "
            "blank is an action of its own under the last Rec printed above it (the key says the column is "
            "filled on a recommendation's first action only); ref null (the plan numbers no action). "
            "Positions per the key: Done -> complete, Ongoing and Overdue (begun, past its date) -> "
            "in_progress, Not begun -> not_started. Targets '30 Jun 2025' -> day."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
