"""Build dhr_summary_plan_completed_day_column_who_kelsworth: a Domestic Homicide Review's
executive summary closing with a short action plan, "Rec | Action | Who | Target | Completed",
where the last column holds only the day the Partnership closed the action ("14/03/2024"), the
word "Ongoing" or nothing. In text whose printed lines join their cells (corpus text) the header
prints as "Rec Action Who Target Completed": no field is named for "Completed" and "Who" names the
lead. Rows whose Completed cell is empty print the target's date last on their first line, the
lead's long name filling its column beside it ("Designated Nurse Safeguarding" / "Adults") where
the other rows' leads are short ("Kelsworth Police").

Built in Word (python-docx, Liberation Sans Narrow 10, portrait), exported to PDF by LibreOffice and
to text by plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_dhr_summary_plan_completed_day_column.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_summary_plan_completed_day_column_who_kelsworth"
WRITTEN = "Written by helper s36old28; fictional."

RECS = [
    (
        "1",
        "Kelsworth Police",
        "Kelsworth Police should make sure that officers attending a domestic incident "
        "record who else was living at the address, including children visiting at weekends.",
    ),
    (
        "2",
        "Probation Service",
        "The Probation Service should tell the IDVA service when a perpetrator it supervises is "
        "released or moves address.",
    ),
    (
        "3",
        "Kelsworth Community Safety Partnership",
        "The Partnership should ask GP practices to offer a private appointment to any patient who "
        "attends with a partner and seems anxious or withdrawn.",
    ),
    ("4", None, "The Partnership should publish its learning from this review for local faith groups."),
]
# (rec, action, who, target, completed)
ROWS = [
    (
        "1",
        "Add a 'household members' field to the domestic incident form",
        "Kelsworth Police",
        "31/01/2024",
        "14/03/2024",
    ),
    (
        "1",
        "Check the new field in a dip sample of fifty incidents",
        "Kelsworth Police",
        "30/06/2024",
        "08/07/2024",
    ),
    (
        "2",
        "Agree a notification route between probation and the IDVA service",
        "Probation Area Manager",
        "31/03/2024",
        "Ongoing",
    ),
    (
        "3",
        "Write to every GP practice with a short guide on private appointments",
        "GP Federation Safeguarding Lead",
        "30/04/2024",
        "",
    ),
    (
        "4",
        "Hold a learning session with the faith forum and share a leaflet",
        "Community Safety Manager",
        "30/09/2024",
        "",
    ),
]


def document():
    doc = new_doc(
        header="", footer_label="DHR 'Tamsin' - Executive Summary", font="Liberation Sans Narrow", size=10
    )
    para(doc, "Kelsworth Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review - Executive Summary - 'Tamsin'", bold=True, size=12)
    para(doc, "Independent Chair and Author: Rosalind Quayle")
    para(doc, "1. The review", bold=True)
    para(
        doc,
        "Tamsin was 41 when she was killed by her former partner, Mr K, on 2 March 2022 in Kelsworth. The "
        "Partnership commissioned this review in May 2022. Mr K was convicted of her murder in January 2023.",
    )
    para(doc, "2. Recommendations", bold=True)
    for number, _, text in RECS:
        numbered(doc, f"{number}.", text)
    para(doc, "3. Action plan", bold=True)
    para(
        doc,
        "The Completed column gives the day the Partnership closed each action; 'Ongoing' marks work under way "
        "and a blank cell an action not yet closed.",
    )
    widths = [1.0, 7.0, 3.5, 2.0, 2.0]
    t = make_table(doc, ["Rec", "Action", "Who", "Target", "Completed"], widths, size=10)
    for row in ROWS:
        add_row(t, list(row), widths, size=10)
    para(doc, "The Partnership will review this plan at each of its meetings until every action is closed.")
    return doc


def _status(done: str) -> tuple[str | None, str]:
    if not done:
        return None, "unknown"
    return done, "in_progress" if done == "Ongoing" else "complete"


def gold(lines):
    return plan_gold(
        STEM,
        family="DHR executive summary with a plan whose last column is the closing day",
        description=(
            "DHR executive summary built in Word (python-docx, Liberation Sans Narrow 10), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: numbered recommendations 1.-4., then a plan table "
            "Rec | Action | Who | Target | Completed, the Completed column a closing day, 'Ongoing' or blank."
        ),
        review=review(
            "DHR",
            "Kelsworth",
            "Tamsin",
            doc_kind="executive_summary",
            author="Rosalind Quayle",
            age=41,
            date_of_death="2022-03-02",
        ),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text), agency=agency)
            for number, agency, text in RECS
        ],
        actions=[
            action_record(
                first_words(action, 6),
                find_line(lines, action),
                recommendation_ref=rec,
                lead=who,
                target_date_raw=target,
                target_date=iso(target),
                status_raw=_status(done)[0],
                status=_status(done)[1],
            )
            for rec, action, who, target, done in ROWS
        ],
        notes=f"{WRITTEN} The actions carry no refs of their own; Rec is their recommendation's number.",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
