"""Build a zoo document of the agency-first DHR action plan printed landscape, wide enough that
its long column names wrap only once: Agency | Ref | Action required | SMART outcome – how will
we know it has worked? | Lead officer | By when | Date completed. Each agency's name is printed
in its first row only (some names of three words), a quarter's target beside an empty
completion date, a span ("Within 6 months of publication") for a target. On the corpus-text
route (dev/corpus_style.py) the agency's words print before each first row's ref and the header's
"Date" / "completed" on two lines (plan.tracker_rows, plan.wrapped_columns).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/s22agencyfirst_build.py   # writes .docx, .pdf, .txt (pdftotext -layout), .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared build and export steps

from docx_build import add_row, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, first_words, line_holding, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_agency_first_landscape_completed"
HEADERS = [
    "Agency",
    "Ref",
    "Action required",
    "SMART outcome – how will we know it has worked?",
    "Lead officer",
    "By when",
    "Date completed",
]
WIDTHS = [3.0, 1.1, 6.0, 6.0, 3.4, 2.6, 2.4]

RECS = [
    (
        "1",
        "Quarnby Community Safety Partnership should set up a pathway from the MARAC to support "
        "for victims who care for a disabled partner.",
    ),
    (
        "2",
        "Eskvale Police should make sure that officers at a domestic incident ask who else cares "
        "for the victim and record the answer.",
    ),
    ("3", "Quarnby Adult Social Care should ask about domestic abuse at every carer's assessment."),
    (
        "4",
        "All partner agencies should brief their staff on the carers' pathway and check their "
        "referrals each year.",
    ),
]

# (agency printed, ref, action, outcome, lead, by when raw, by when, done raw, status)
ROWS = [
    (
        "Quarnby CSP",
        "1a",
        "Agree a MARAC-to-carers' support pathway with the carers' centre.",
        "Pathway signed off by the CSP Board; referrals counted each quarter.",
        "CSP Manager",
        "30.06.24",
        "2024-06-30",
        "14/06/2024",
        "complete",
    ),
    (
        "",
        "1b",
        "Fund a carers' IDVA post for two years from the pathway budget.",
        "Post filled; caseload reported to the Board.",
        "Head of Community Safety",
        "Q3 2024/25",
        "2024",
        "",
        "unknown",
    ),
    (
        "Eskvale Police",
        "2a",
        "Add a question about other carers to the domestic abuse attendance form.",
        "Question live; asked at 9 in 10 incidents sampled.",
        "Chief Inspector, Safeguarding",
        "Nov 24",
        "2024-11",
        "Ongoing",
        "in_progress",
    ),
    (
        "",
        "2b",
        "Sample 40 incident records a quarter for the carers' question.",
        "Sample results to the DA Strategic Group.",
        "Force DA Lead",
        "Feb-25",
        "2025-02",
        "03/03/2025",
        "complete",
    ),
    (
        "Quarnby Adult Social Care",
        "3a",
        "Revise the carer's assessment to ask about domestic abuse.",
        "Form in use; audit shows the question asked.",
        "Principal Social Worker",
        "31/10/2024",
        "2024-10-31",
        "25/10/2024",
        "complete",
    ),
    (
        "All partner agencies",
        "4a",
        "Brief frontline staff in each agency on the carers' pathway.",
        "Briefing records; referrals from agencies other than the police.",
        "Quarnby DA Coordinator",
        "Within 6 months of publication",
        None,
        "",
        "unknown",
    ),
    (
        "",
        "4b",
        "Audit each agency's referrals to the carers' pathway every year.",
        "Audit report to the CSP Board each spring.",
        "MARAC Chair",
        "On publication",
        None,
        "Ongoing",
        "in_progress",
    ),
]


def _line(lines: list[str], start: str) -> int | None:
    """The 1-based line of the text's first line holding the three words `start` opens with."""
    return line_holding(lines, start, 3)


def build() -> None:
    doc = new_doc(landscape=True, header="Quarnby CSP – DHR 'Maud' – Action plan", font="Arial", size=10)
    para(doc, "Quarnby Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review 'Maud' (QCSP DHR 2023-2) – Action Plan", bold=True, size=12)
    para(
        doc,
        "Maud (pseudonym), who cared for her husband after his stroke, was killed by him at their "
        "home. The overview report made the following recommendations:",
    )
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    para(doc, "The 'Date completed' column stays blank until the lead officer has sent evidence.")
    t = make_table(doc, HEADERS, WIDTHS)
    for agency, ref, action, outcome, lead, raw, _, done, _ in ROWS:
        add_row(t, [agency, ref, action, outcome, lead, raw, done], WIDTHS)
    para(doc, "")
    para(doc, "The plan is monitored by the Quarnby CSP DHR sub-group.")

    def gold(lines: list[str]) -> dict:
        recs = [recommendation_record(ref, first_words(text, 12), _line(lines, text)) for ref, text in RECS]
        acts = [
            action_record(
                first_words(r[2].rstrip("."), 8),
                _line(lines, r[2]),
                ref=r[1],
                recommendation_ref=r[1][0],
                lead=r[4],
                target_date_raw=r[5],
                target_date=r[6],
                status_raw=r[7],
                status=r[8],
            )
            for r in ROWS
        ]
        return plan_gold(
            STEM,
            description=(
                "Standalone DHR action plan, landscape, agency-first: Agency | Ref | Action required | "
                "SMART outcome – how will we know it has worked? | Lead officer | By when | Date completed; "
                "each agency named on its first row only."
            ),
            review=review("DHR", "Quarnby", "Maud", review_id="QCSP DHR 2023-2"),
            recommendations=recs,
            actions=acts,
            notes=(
                "Recommendations 1-4 are overview (the plan's own list). Actions take their lettered "
                "ref; the Agency column is no section heading (agency_section overview). A date in "
                "'Date completed' is complete, 'Ongoing' in progress, blank unknown. Themes not annotated."
            ),
        )

    save_with_gold(doc, HERE, STEM, gold, layout=True)


if __name__ == "__main__":
    build()
