"""Build the s22rowsunder zoo document: a partnership's review tracker exported from a
workbook whose RAG colour sits between the action's number and its recommendation's.

The sheet's columns run "Ref | RAG | Rec No. | Recommendation | Agency | Action | Owner | Due
date | Progress update | Evidence | Closed (Y/N)": the recommendation's number and wording are
one cell merged down over its actions, so a later action's row prints no Rec No., and shaded
bands across the table part the overview report's recommendations from the single-agency ones.
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_s22rowsunder_rag_between_refs.py /tmp/out   # writes .docx, .pdf and the -layout .txt there
    /tmp/plumbvenv/bin/python dev/corpus_style.py /tmp/out   # then the .corpus.txt (with the gold beside it)

Only the corpus text and the gold are kept (pending) (the family is about the corpus-text
route; its other renderings are not committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the merged-cell table helpers

from docx.shared import Pt  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_merged_build import band, merged_rows, new_document, table  # noqa: E402

HEADERS = [
    "Ref",
    "RAG",
    "Rec No.",
    "Recommendation",
    "Agency",
    "Action",
    "Owner",
    "Due date",
    "Progress update",
    "Evidence",
    "Closed (Y/N)",
]
WIDTHS = [1.1, 1.3, 1.2, 4.6, 2.6, 3.8, 2.4, 1.9, 4.0, 1.8, 1.3]

# (band, rec no., recommendation, [(ref, rag, agency, action, owner, due, update, evidence, closed)])
PLAN = [
    (
        "Overview report recommendations",
        "1",
        "Ostrevale Safer Partnership should give reception staff in its member agencies a "
        "short briefing on noticing coercive control at the front desk.",
        [
            (
                "1.1",
                "Green",
                "Ostrevale Safer Partnership",
                "Write the front desk briefing",
                "Partnership Manager",
                "30/04/2025",
                "Draft briefing with the reference group of front desk staff; their comments are due back by the end of March.",
                "Draft",
                "N",
            ),
            (
                "1.2",
                "Blue",
                "Ostrevale Safer Partnership",
                "Deliver the briefing to reception teams",
                "Training Officer",
                "31/12/2024",
                "Delivered to 14 teams in the autumn.",
                "Register",
                "Y",
            ),
        ],
    ),
    (
        None,
        "2",
        "Ostrevale Ambulance Service should ask crews to record who else was present when "
        "they attend a fall at home.",
        [
            (
                "2.1",
                "Amber",
                "Ostrevale Ambulance Service",
                "Add a 'others present' field to the crew record",
                "Clinical Records Lead",
                "31/03/2025",
                "Supplier change delayed to the spring release.",
                "None yet",
                "N",
            ),
        ],
    ),
    (
        "Single agency recommendations",
        "S1",
        "Ostrevale Library Service should display helpline cards in every branch.",
        [
            (
                "S1.1",
                "Blue",
                "Ostrevale Library Service",
                "Place helpline cards in all branches",
                "Branch Network Manager",
                "30/09/2024",
                "Cards in all nine branches since August; the mobile library carries them too.",
                "Photos",
                "Y",
            ),
            (
                "S1.2",
                "Red",
                "Ostrevale Library Service",
                "Check and restock the cards each quarter",
                "Branch Network Manager",
                "31/03/2025",
                "Not begun; waiting on the next print run.",
                "",
                "N",
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_document("Printed 12/03/2025")
    doc.styles["Normal"].font.size = Pt(7)
    doc.add_paragraph("OSP review tracker – DHR 'Rowan' (OSP DHR 07)")
    doc.add_paragraph("Sheet 2: Actions")
    t = table(doc, HEADERS, WIDTHS)
    for title, rec_no, rec, actions in PLAN:
        if title:
            band(t, title)
        rows = [[a[0], a[1], *a[2:]] for a in actions]
        merged_rows(t, [2, 3], [rec_no, rec], rows)
    return save_rendered(doc, folder, "s22rowsunder_rag_between_refs_tracker", layout=True)


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/s22rowsunder_zoo")))
