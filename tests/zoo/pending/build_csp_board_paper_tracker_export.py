"""Build the pending zoo document `csp_board_paper_tracker_export_drywell`: a community safety
partnership board paper (DejaVu Sans Condensed 8.5, landscape) reporting on one DHR's plan. An item label
table whose "Recommendation to the Board" is a board decision, not a review recommendation; summary and
purpose sections; the review's four recommendations as a numbered list; then an appendix reprinting the
partnership's tracker as a SharePoint list export ID | Title | Recommendation | Assigned To | Due Date |
Status | % Complete | Modified, the Recommendation cell a lookup "Rec N - <short name>", dates in the site's
US form m/d/yyyy (a note says so), Modified a date and time, an "8 items" count; the rows run over a page
break with the header repeated. The paper names rows as "items 15 and 18" and "Action 17".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_csp_board_paper_tracker_export.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "csp_board_paper_tracker_export_drywell"
STATES = {"Completed": "complete", "In progress": "in_progress", "Not started": "not_started"}
RECS = [
    (
        "1",
        "Risk sharing",
        "Drywell Community Safety Partnership should agree how agencies share a victim's risk assessment "
        "when she moves between the county's districts.",
    ),
    (
        "2",
        "Housing enquiry",
        "Drywell District Council's housing service should ask every applicant fleeing abuse whether an "
        "assessment has already been made elsewhere.",
    ),
    (
        "3",
        "Probation contact",
        "The Probation Service should tell the partnership's coordinator when a perpetrator on licence "
        "changes address to another district.",
    ),
    (
        "4",
        "Learning event",
        "The partnership should hold a learning event for practitioners on the findings of this review.",
    ),
]
# (ID, title, rec, assigned to, due printed, due iso, status, % complete, modified)
ROWS = [
    (
        "14",
        "Agree a protocol for passing on risk assessments",
        "1",
        "Priya Aldous",
        "11/28/2025",
        "2025-11-28",
        "Completed",
        "100%",
        "12/3/2025 9:12 AM",
    ),
    (
        "15",
        "Add the protocol to the MARAC operating guide",
        "1",
        "Tom Kerrigan",
        "1/31/2026",
        "2026-01-31",
        "Completed",
        "100%",
        "1/29/2026 4:40 PM",
    ),
    (
        "16",
        "Change the housing application form to ask about earlier assessments",
        "2",
        "Housing Options Manager",
        "3/31/2026",
        "2026-03-31",
        "In progress",
        "60%",
        "2/10/2026 11:05 AM",
    ),
    (
        "17",
        "Brief housing officers on the new question",
        "2",
        "Housing Options Manager",
        "4/1/2026",
        "2026-04-01",
        "In progress",
        "25%",
        "2/10/2026 11:07 AM",
    ),
    (
        "18",
        "Write the address change notice into the licence conditions guidance",
        "3",
        "Head of Probation Delivery Unit",
        "12/15/2025",
        "2025-12-15",
        "Completed",
        "100%",
        "12/16/2025 2:31 PM",
    ),
    (
        "19",
        "Audit ten licence cases for notices sent",
        "3",
        "Head of Probation Delivery Unit",
        "6/30/2026",
        "2026-06-30",
        "Not started",
        "0%",
        "11/20/2025 10:15 AM",
    ),
    (
        "20",
        "Hold the practitioner learning event",
        "4",
        "Partnership Coordinator",
        "5/20/2026",
        "2026-05-20",
        "Not started",
        "0%",
        "1/8/2026 3:02 PM",
    ),
    (
        "21",
        "Publish a seven minute briefing on the review",
        "4",
        "Partnership Coordinator",
        "2/27/2026",
        "2026-02-27",
        "In progress",
        "50%",
        "2/11/2026 9:48 AM",
    ),
]
HEADERS = ("ID", "Title", "Recommendation", "Assigned To", "Due Date", "Status", "% Complete", "Modified")
WIDTHS = (1.2, 7.0, 4.2, 4.0, 2.2, 2.4, 2.0, 3.4)
PAGE_FILL = 2  # paragraphs of the paper's analysis that bring the export's rows over the page break


def item_table(doc) -> None:
    kv_table(
        doc,
        [
            ("Meeting", "Drywell Community Safety Partnership Board"),
            ("Date", "24 February 2026"),
            ("Item", "6"),
            ("Title", "Domestic Homicide Review ‘Leah’ (DCSP/DHR/2023/02): action plan progress"),
            ("Report author", "Partnership Coordinator"),
            (
                "Recommendation to the Board",
                "The Board is asked to note progress and to agree that items 14, 15 and 18 are closed.",
            ),
        ],
        widths=(6, 18),
        size=8.5,
    )


def build() -> None:
    doc = new_doc(
        landscape=True,
        font="DejaVu Sans Condensed",
        size=8.5,
        header="Drywell Community Safety Partnership Board · 24 February 2026 · Item 6",
        footer_label="Item 6 – Page",
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Domestic Homicide Review ‘Leah’ – progress on the action plan", bold=True, size=13)
    item_table(doc)
    heading(doc, "1. Purpose", 2)
    para(
        doc,
        "This paper tells the Board how far the partnership and its members have gone in carrying out the "
        "action plan agreed after the review into the death of Leah, a woman of 33, and asks the Board to close "
        "the actions that are done.",
    )
    heading(doc, "2. Summary", 2)
    for _ in range(PAGE_FILL):
        para(
            doc,
            "Three of the eight actions are complete. Action 17 has slipped because the housing service's new "
            "form is not yet live; the Board is asked to note the new date. The learning event is booked for "
            "May and the briefing is in draft with the family's agreement.",
        )
    heading(doc, "3. Background", 2)
    para(doc, "The review was published in June 2024. The partnership accepted its four recommendations:")
    for n, _, words in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{n}.\t{words}")
    heading(doc, "Appendix A – DHR tracker (SharePoint list export)", 2)
    para(
        doc,
        "Exported from the partnership's DHR tracker on 12 February 2026. Dates are shown in the site's "
        "format, month/day/year.",
        size=8,
    )
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    short = {n: name for n, name, _ in RECS}
    for rid, title, rec, who, due, _, state, done, modified in ROWS:
        add_row(
            t, (rid, title, f"Rec {rec} - {short[rec]}", who, due, state, done, modified), WIDTHS, size=8.5
        )
    para(doc, f"{len(ROWS)} items", size=8)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, _, t in RECS]
    actions = [
        action_record(
            " ".join(title.split()[:8]),
            _line_of(lines, title),
            ref=rid,
            recommendation_ref=rec,
            lead=who,
            target_date_raw=due,
            target_date=iso_due,
            status_raw=state,
            status=STATES[state],
        )
        for rid, title, rec, who, due, iso_due, state, _, _ in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "CSP board paper (DejaVu Sans Condensed 8.5, landscape): an item label table, the review's four "
            "recommendations as a numbered list, an appendix reprinting a SharePoint list export ID | Title | "
            "Recommendation | Assigned To | Due Date | Status | % Complete | Modified, 'Rec N - <short name>' "
            "lookups, US m/d/yyyy dates, rows over a page break with the header repeated"
        ),
        review=review("DHR", "Drywell", "Leah", review_id="DCSP/DHR/2023/02"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Four recommendations (the numbered list; the item table's 'Recommendation to the Board' is a board "
            "decision). Eight actions, one per export row: ref the ID, recommendation_ref the N of 'Rec N - …', "
            "lead Assigned To, target the Due Date read as month/day/year as the note says ('4/1/2026' is 1 "
            "April); Modified is not a target."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
