"""Build a zoo Safeguarding Adults Board plan whose owners plain pdftotext prints as one block
for several rows, some owners wrapped over two lines.

sab_plan_owner_block_wrapped: a SAR summary with its five recommendations and the Board's plan
appended, landscape Arial 10.5: No. | Action | Owner | Deadline | RAG | Commentary, RAG
letters explained by a key line over the table. The Owner column is narrow enough that
"Principal Social Worker," wraps before its service's initials and "Lead, Tenancy" before
"Sustainment"; plain pdftotext prints column blocks: the first three rows' owners one block
with no blank line between rows, then the first two rows' dates, ratings and notes, then each
later row's date, rating and note as a band, the last two rows' owners one block before
theirs. Which owner line starts a row is told by the row count alone where the lines' widths
force it (plan.lead_wraps).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_plan_owner_block_wrapped.py
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
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_plan_owner_block_wrapped"
HEADERS = ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"]
WIDTHS = [1.2, 8.0, 4.0, 2.6, 1.2, 7.5]
# (number, action, owner, deadline, rating, commentary)
ROWS = [
    (
        "1",
        "Publish a guide to financial abuse by lodgers",
        "Board Business Lead",
        "31/08/2025",
        "A",
        "Draft with the editorial group.",
    ),
    (
        "2",
        "Sample 25 enquiries about money taken from older people living alone",
        "Principal Social Worker, ACS",
        "30/05/2025",
        "A",
        "Second sample booked for July.",
    ),
    (
        "3",
        "Add a bank protocol referral route to the police front counter guide",
        "Head of Economic Crime",
        "30/06/2025",
        "G",
        "Route live since June.",
    ),
    (
        "4",
        "Housing officers to ask who else lives at the address at each visit",
        "Lead, Tenancy Sustainment",
        "31/10/2025",
        "R",
        "Not yet begun – new visit form due in autumn.",
    ),
    (
        "5",
        "Brief the local banks' forum on the review's findings",
        "Board Independent Chair",
        "31/03/2025",
        "G",
        "Briefing given in March.",
    ),
]
RECS = [
    "The Board should help practitioners recognise financial abuse by people lodging with an older adult.",
    "Adult care services should check that enquiries about money taken record the adult's own account.",
    "The police should make sure that referrals from banks reach officers trained in economic abuse.",
    "Housing providers should know who lives at a tenant's home.",
    "The Board should share the review's findings with local banks.",
]
VALUE = {"A": "in_progress", "G": "complete", "R": "not_started"}


def build() -> None:
    doc = new_doc(landscape=True, header="Marrowby Safeguarding Adults Board", font="Arial", size=10.5)
    para(doc, "Marrowby Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review 'Edmund' – summary and Board plan", bold=True, size=13)
    heading(doc, "1. Summary", 1)
    para(
        doc,
        "1.1 Edmund was 83 and let a room in his house to a man he met at his church. Over two years his "
        "savings were taken, his bills went unpaid and he was left without heating in the winter of 2024.",
    )
    para(
        doc,
        "1.2 His bank raised two concerns and his housing officer saw the lodger at every visit, but no "
        "one put the concerns together.",
    )
    heading(doc, "2. Recommendations", 1)
    for n, text in enumerate(RECS, 1):
        para(doc, f"{n}. {text}")
    heading(doc, "Appendix: Board action plan", 1)
    para(doc, "RAG: G = complete; A = in progress; R = not started or off track.")
    t = make_table(doc, HEADERS, WIDTHS)
    for row in ROWS:
        add_row(t, list(row), WIDTHS)
    para(doc, "The Board's quality subgroup reviews this plan at each meeting.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, " ".join(action.split()[:5])),
            ref=no,
            recommendation_ref=no,
            lead=owner,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=rating,
            status=VALUE[rating],
        )
        for no, action, owner, due, rating, _note in ROWS
    ]
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), _line_of(lines, text[:40]), scope=None)
        for n, text in enumerate(RECS, 1)
    ]
    return plan_gold(
        STEM,
        family="sab_plan_owner_block_wrapped",
        description=(
            "SAB plan (Word, Arial 10.5) No. | Action | Owner | Deadline | RAG | Commentary; plain "
            "pdftotext prints column blocks, several rows' owners one block, two owners wrapped "
            "over two lines"
        ),
        review=review("SAR", "Marrowby", "Edmund", doc_kind="overview_report"),
        review_alternatives={"area": ["Marrowby Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The No. column's numbers print as one run away from the actions (no ref is given "
            "rather than a guessed one on the text route). Two owners wrap (after a comma, and "
            "before a role's last word); the RAG key's letters are the statuses."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
