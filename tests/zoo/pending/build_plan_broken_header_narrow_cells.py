"""Build the pending zoo document of a Community Safety Partnership's board paper presenting a
DHR action plan whose narrow columns break their names mid-word ("Recommendati" over "on"):
Ref | Recommendation | Action | Lead officer | Target date | Outcome, portrait Arial 10, every
column a few words wide, so each cell runs over many printed lines and the header is printed
again at the top of the next page.

On the corpus-text route (pdfplumber's lines, the cells of a printed line joined by single
spaces) no reader can cut the rows' lines into their cells; the header is left as printed with
a `plan_cells_untold` warning. The report's own recommendation reader then took the table's
joined lines for recommendations ("3 Marlow Vale Police should Review the ..."), the words of
five columns interleaved: those are no recommendations (plan.refused_extents).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_broken_header_narrow_cells.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending     # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, line_holding, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_broken_header_narrow_cells"
HEADERS = ["Ref", "Recommendation", "Action", "Lead officer", "Target date", "Outcome"]
WIDTHS = [0.9, 2.6, 3.0, 2.6, 2.2, 2.9]  # (the Recommendation column too narrow for its name)
# (ref, recommendation, action, lead, target date, outcome)
ROWS = [
    (
        "1",
        "Marlow Vale Community Safety Partnership should agree a pathway for victims who are "
        "older and live with the person harming them.",
        "Write the pathway with the two housing providers and the older people's forum.",
        "Partnership Manager",
        "Completed",
        "Older victims are offered help that fits their home life.",
    ),
    (
        "2",
        "All agencies should make sure staff ask about abuse when a carer answers every question "
        "for the patient.",
        "Each agency to add a prompt to its first assessment and report its use in April.",
        "Safeguarding leads of each agency",
        "April 2025",
        "Victims are asked on their own, away from their carer.",
    ),
    (
        "3",
        "Marlow Vale Police should review how repeat calls from one address are linked on the "
        "control room system.",
        "Review the linking rules and brief control room supervisors on the change.",
        "Head of Contact Centre",
        "March 2025",
        "Repeat calls are seen together when a call is graded.",
    ),
    (
        "4",
        "The Marlow Vale Practice Group should record the name of any interpreter used in a consultation.",
        "Add a mandatory interpreter field to the consultation template.",
        "Practice Manager",
        "Ongoing",
        "Interpreter use can be checked at audit.",
    ),
]

# each row's ref as printed, its level and the agency whose section it stands in
PLACES = [
    ("1", "overview", None),
    ("2", "overview", None),
    ("1", "agency", "Marlow Vale Police"),
    ("1", "agency", "Marlow Vale Practice Group"),
]


def gold(lines: list[str]) -> dict:
    def line(text: str) -> int | None:
        return line_holding(lines, text, 2)

    return plan_gold(
        STEM,
        description=(
            "CSP board paper presenting a DHR action plan, portrait Arial 10: Ref | Recommendation | "
            "Action | Lead officer | Target date | Outcome, every column a few words wide, the "
            "Recommendation column breaking its name over two printed lines (Recommendati / on)."
        ),
        review=review("DHR", "Marlow Vale", "Edith"),
        recommendations=[
            recommendation_record(ref, rec[:50], line(rec), agency=agency, level=level)
            for (ref, level, agency), (_, rec, *_) in zip(PLACES, ROWS)
        ],
        actions=[
            action_record(
                action[:50],
                line(action),
                ref=ref,
                recommendation_ref=ref,
                agency_section=agency or "overview",
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw="Completed" if when == "Completed" else None,
                status="complete" if when == "Completed" else "unknown",
            )
            for (ref, _, agency), (_, _, action, lead, when, _) in zip(PLACES, ROWS)
        ],
        notes=(
            "Recommendations: the table's Recommendation cells, numbered by the Ref column. Actions: "
            "one a row; 'Completed' in the Target date column is the status."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Marlow Vale Community Safety Partnership – DHR ‘Edith’ – action plan")
    doc.add_heading("Marlow Vale Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review ‘Edith’ – action plan")
    doc.add_paragraph("Report to: Partnership Board, 20 January 2025")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This paper sets out the action plan agreed by the review panel for the review into the death "
        "of Edith, who was 79 when she died in her home in Marlow Vale in 2022. The Board is asked to "
        "note the progress made and to close the actions marked as completed."
    )
    doc.add_paragraph("Appendix: Action plan")  # (printed at the body's size)
    doc.add_heading("Overview recommendations", level=3)
    t = table(doc, HEADERS, WIDTHS)
    for values in ROWS[:2]:
        row(t, list(values))
    doc.add_heading("Single agency recommendations", level=3)
    doc.add_paragraph(PLACES[2][2])
    t = table(doc, HEADERS, WIDTHS)
    row(t, [PLACES[2][0], *ROWS[2][1:]])
    doc.add_paragraph(PLACES[3][2])
    t = table(doc, HEADERS, WIDTHS)
    row(t, [PLACES[3][0], *ROWS[3][1:]])
    doc.add_heading("Sign-off", level=3)
    doc.add_paragraph("The plan was agreed by the Partnership Board. Progress is reported each quarter.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
