"""Build the zoo document of a tracker whose recommendation cell is merged down over its
actions' rows and whose narrow Status column breaks a two-word status over two printed lines
("Not" over "started"): on the corpus-text route (dev/corpus_style.py: pdfplumber's lines, the
cells of a printed table line joined by single spaces) the later action's row prints only the
status's first word on its first line. All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/s23recsrows_build.py        # writes .docx, .pdf and .txt (pdftotext -layout) beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt

(The other two s23recsrows_* zoo documents are rendered from their .txt by tests/zoo/render.py.)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "s23recsrows_merged_rows_broken_status"
HEADERS = ["Ref", "Recommendation", "Action", "Lead officer", "Target date", "Status"]
WIDTHS = [1.2, 6.4, 6.4, 4.2, 2.6, 1.9]
ROWS = [
    (
        [
            "1",
            "The Board should make sure that every agency checks whether a carer is coping before a care package is reduced.",
        ],
        [
            [
                "Add a carer's wellbeing question to the care review form.",
                "Head of Adult Care",
                "Jan 2025",
                "Complete",
            ],
            [
                "Audit twelve reduced packages for a recorded carer's view.",
                "Quality Lead",
                "Jun 2025",
                "Not started",
            ],
        ],
    ),
    (
        [
            "2",
            "Ostermere Community Health Services should share a missed-visit pattern with the person's social worker within two days.",
        ],
        [
            [
                "Write a missed-visit alert into the district nursing system.",
                "Digital Services Manager",
                "Mar 2025",
                "Overdue",
            ],
            ["Brief team leaders on when to send the alert.", "Lead Nurse", "Apr 2025", "In progress"],
        ],
    ),
    (
        [
            "3",
            "Tallowby Homes should visit any tenant whose rent account shows three missed payments and who lives alone.",
        ],
        [
            [
                "Change the arrears procedure to add a welfare visit.",
                "Tenancy Services Manager",
                "Feb 2025",
                "Complete",
            ],
        ],
    ),
]


def build() -> None:
    doc = new_document("Quillhaven SAB – SAR 'Winifred' – action plan tracker")
    doc.add_paragraph("Quillhaven Safeguarding Adults Board")
    doc.add_paragraph("Safeguarding Adults Review 'Winifred' – action plan tracker")
    doc.add_paragraph(
        "Winifred was 83 when she died in hospital in March 2024. Partners report progress on each action to the Board's Review Subgroup."
    )
    t = table(doc, HEADERS, WIDTHS)
    for first, actions in ROWS:
        merged_rows(t, [0, 1], first, actions)
    doc.add_paragraph("Position at 31 January 2025.")
    save_rendered(doc, HERE, STEM, layout=True)


if __name__ == "__main__":
    build()
