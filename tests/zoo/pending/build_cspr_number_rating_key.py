"""Build a zoo child safeguarding practice review whose recommendations come in two levels
("1", then "1a", "1b" under it) and whose tracker rates each action by a number in a shaded
cell, the numbers' meaning printed only in a key line over the table.

cspr_number_rating_key: a local CSPR (Arial 10) with recommendations 1, 1a, 2, 2a, 2b, 3 set
out as paragraphs, then "Progress tracker": Ref | Action | Owner | Due | Score, the
Score cell a digit 1-4 shaded in its colour; above the table one line explains the digits
("Score key: 1 = achieved (green); 2 = progressing (amber); 3 = delayed (red); 4 = not started
(grey)"). No cell names a status in words: each row's status is its digit read through the key.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_number_rating_key.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_number_rating_key"
RECS = [
    (
        "1",
        "The Partnership should make sure that every agency working with a baby under one asks "
        "about the adults who live in the home and records their names.",
    ),
    ("1a", "Health visitors should record the name and role of every adult present at a home visit."),
    (
        "2",
        "The Partnership should review how concerns about a parent's drinking are shared between "
        "adult and children's services.",
    ),
    (
        "2a",
        "Adult substance misuse services should tell the child's social worker when a parent "
        "stops attending.",
    ),
    ("2b", "Children's social care should invite the adult substance misuse worker to every core group."),
    (
        "3",
        "The Partnership should ask the local maternity service to check that safe sleep advice is "
        "given again before a baby leaves hospital.",
    ),
]
FILL = {"1": "92D050", "2": "FFC000", "3": "FF0000", "4": "BFBFBF"}
VALUE = {"1": "complete", "2": "in_progress", "3": "in_progress", "4": "not_started"}
# (ref, action, owner, due, score)
ROWS = [
    (
        "1",
        "Add a household members section to the early help assessment form.",
        "Early Help Service Lead",
        "31.03.2025",
        "1",
    ),
    (
        "1a",
        "Change the health visiting record so that adults present must be entered.",
        "Head of Health Visiting",
        "30.06.2025",
        "2",
    ),
    (
        "2",
        "Write a joint protocol for sharing concerns about parental alcohol use.",
        "Partnership Business Manager",
        "30.09.2025",
        "3",
    ),
    (
        "2b",
        "Add the substance misuse worker to the core group invitation list template.",
        "Head of Children's Social Care",
        "31.05.2025",
        "1",
    ),
    (
        "3",
        "Audit twenty discharge records for safe sleep advice given before leaving hospital.",
        "Maternity Safeguarding Midwife",
        "31.12.2025",
        "4",
    ),
]
KEY = "Score key: 1 = achieved (green); 2 = progressing (amber); 3 = delayed (red); 4 = not started (grey)"


def build() -> None:
    doc = new_doc(header="Brackenmoor Safeguarding Children Partnership", font="Arial", size=10)
    para(doc, "Brackenmoor Safeguarding Children Partnership", bold=True, size=15)
    para(doc, "Child Safeguarding Practice Review: Baby Rowan", bold=True, size=13)
    para(doc, "Independent reviewer: Idris Farrow-Gale")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 This review looked at the help given to Baby Rowan and his family in the months "
        "before he was seriously injured at home in 2024.",
    )
    heading(doc, "2. Recommendations", 1)
    para(doc, "Some recommendations have parts for a single agency, numbered under them.")
    for ref, text in RECS:
        para(doc, f"Recommendation {ref}: {text}")
    heading(doc, "3. Progress tracker", 1)
    para(doc, KEY)
    widths = [1.4, 7.4, 4.0, 2.2, 1.6]
    t = make_table(doc, ["Ref", "Action", "Owner", "Due", "Score"], widths)
    for ref, action, owner, due, score in ROWS:
        add_row(t, [ref, action, owner, due, score], widths, fills={4: FILL[score]})
    para(doc, "The Partnership's review group checks the tracker every quarter.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=ref,
            lead=owner,
            target_date_raw=due,
            target_date="-".join(reversed(due.split("."))),
            status_raw=score,
            status=VALUE[score],
        )
        for ref, action, owner, due, score in ROWS
    ]
    return plan_gold(
        STEM,
        family="cspr_number_rating_key",
        description=(
            "CSPR (Word, Arial 10) with two-level recommendations 1, 1a, 2, 2a, 2b, 3 and a tracker "
            "Ref | Action | Owner | Due | Score whose Score cell is a shaded digit 1-4, "
            "the digits' meaning printed only in a key line over the table"
        ),
        review=review("SCR", "Brackenmoor", None, doc_kind="overview_report", author="Idris Farrow-Gale"),
        review_alternatives={"area": ["Brackenmoor Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        notes="Each row's status is its Score digit read through the key line over the table.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
