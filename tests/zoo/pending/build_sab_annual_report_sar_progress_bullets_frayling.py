"""Build the pending zoo document `sab_annual_report_sar_progress_bullets_frayling`: a
Safeguarding Adults Board annual report's chapter on its Safeguarding Adults Reviews (Nimbus
Sans 10), heldout39 family 3's form in our own words.

An activity count table, the SAR's paragraph (who died, age, when, the reviewer), its four
recommendations as a numbered list, a quotation box, then the progress made: under a bold
"Recommendation N" line, bullets "<action> (<lead>; due <Month yyyy>) – <status>[; note]",
no action refs; a second SAR only commissioned (no records); learning bullets; an italic
closing line. The running head names the Board, the footer "Annual Report 2025/26  N".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_annual_report_sar_progress_bullets_frayling.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_annual_report_sar_progress_bullets_frayling"
VALUE = {"completed": "complete", "in progress": "in_progress", "not started": "not_started"}
RECOMMENDATIONS = [
    "The Board should ask its partners to agree a shared approach to adults who repeatedly decline "
    "care and support while their health declines.",
    "Frayling Council adult social care should make sure that a refusal of a care assessment leads "
    "to a recorded review of the risk within four weeks.",
    "The Board should seek assurance that the hospital discharge team shares a patient's self-neglect "
    "history with the community services taking over their care.",
    "Partner agencies should give their staff training on working with adults who hoard.",
]
EXTRA = (
    "The review looked at the two years before his death. It heard from his sister, from the "
    "practitioners who knew him and from the managers of the services involved, and it thanks them all."
)
# (recommendation number, action, lead, due, status as printed, note or "")
PROGRESS = [
    (
        "1",
        "Write a multi-agency self-neglect protocol",
        "Board Business Manager",
        "June 2025",
        "completed",
        "",
    ),
    (
        "1",
        "Launch the protocol at a practitioner event",
        "Learning and Development Subgroup",
        "September 2025",
        "completed",
        "120 staff attended",
    ),
    (
        "2",
        "Add a risk review task to the case system when an assessment is refused",
        "Head of Adult Social Care",
        "December 2025",
        "in progress",
        "system change tested in November",
    ),
    (
        "2",
        "Audit twenty refused assessments for a recorded review",
        "Principal Social Worker",
        "March 2026",
        "not started",
        "",
    ),
    (
        "3",
        "Include self-neglect history in the discharge summary template",
        "Frayling General Hospital",
        "October 2025",
        "in progress",
        "",
    ),
    (
        "4",
        "Commission hoarding awareness training for frontline staff",
        "Learning and Development Subgroup",
        "January 2026",
        "in progress",
        "two sessions held",
    ),
    (
        "4",
        "Add hoarding to the Board's practice guidance",
        "Board Business Manager",
        "July 2025",
        "completed",
        "",
    ),
]


def _bullet(action: str, lead: str, due: str, status: str, note: str) -> str:
    tail = f"{status}; {note}" if note else status
    return f"{action} ({lead}; due {due}) – {tail}"


def build() -> None:
    doc = new_doc(
        font="Nimbus Sans",
        size=10,
        header="Frayling Safeguarding Adults Board · Annual Report 2025/26",
        footer_label="Annual Report 2025/26",
    )
    heading(doc, "5. Safeguarding Adults Reviews", 1)
    para(doc, "The SAR subgroup met six times this year. Its work is summarised below.")
    t = make_table(doc, ("Activity", "2024/25", "2025/26"), (9, 3, 3), size=10)
    for row in (
        ("Referrals for a SAR", "5", "7"),
        ("SARs commissioned", "1", "2"),
        ("SARs published", "2", "1"),
    ):
        add_row(t, list(row), (9, 3, 3), size=10)
    para(doc, "")
    heading(doc, "5.1 SAR ‘Mr Linton’", 2)
    para(
        doc,
        "Mr Linton was a man of 58 who lived alone in a flat in Frayling. He died in hospital on 14 "
        "February 2024 after being found at home in a poor state. The review was led by an independent "
        "reviewer, Janet Orme, and was published in May 2025. It found that agencies saw his refusals "
        "of help as a choice and did not look again at the risk as his health got worse.",
    )
    para(doc, EXTRA)
    heading(doc, "5.2 Recommendations", 2)
    para(doc, "The review made four recommendations:")
    for text in RECOMMENDATIONS:
        para(doc, text, style="List Number")
    box(
        doc,
        "“We kept offering the same help and he kept saying no. Nobody asked why.”\n– a practitioner "
        "at the learning event",
        fill="F2F2F2",
    )
    heading(doc, "5.3 Progress on the recommendations", 2)
    number = None
    for rec, action, lead, due, status, note in PROGRESS:
        if rec != number:
            para(doc, f"Recommendation {rec}", bold=True)
            number = rec
        para(doc, _bullet(action, lead, due, status, note), style="List Bullet")
    heading(doc, "5.4 SAR ‘Ms Q’", 2)
    para(
        doc,
        "The Board commissioned a second review in January 2026 into the care of a woman who lived in "
        "a care home. It will report in the coming year.",
    )
    heading(doc, "5.5 What we have learned", 2)
    for text in (
        "Refusing help is not the end of a conversation.",
        "Records should show why a risk was judged acceptable.",
        "Hoarding is often a sign of other needs.",
    ):
        para(doc, text, style="List Bullet")
    para(doc, "The Board thanks Mr Linton's family for their help with the review.", italic=True)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for n, text in enumerate(RECOMMENDATIONS, 1)
    ]
    actions = [
        action_record(
            action,
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=status,
            status=VALUE[status],
        )
        for rec, action, lead, due, status, _ in PROGRESS
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB annual report chapter on SARs (Nimbus Sans 10): an activity table, the SAR paragraph, four "
            "recommendations as a numbered list, a quotation box, then under bold 'Recommendation N' lines progress "
            "bullets '<action> (<lead>; due <Month yyyy>) – <status>[; note]', no action refs; a second SAR only "
            "commissioned; learning bullets"
        ),
        review=review(
            "SAR",
            "Frayling",
            "Mr Linton",
            doc_kind=None,
            age=58,
            date_of_death="2024-02-14",
            author="Janet Orme",
        ),
        review_alternatives={"area": ["Frayling Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the numbered list under 5.2. One action per progress bullet, no ref, "
            "recommendation_ref the bold line above, lead the bracket's words before ';', target the 'due' "
            "month, status the words after the dash (before any ';'). Not records: the activity table, the "
            "quotation, the second SAR, the learning bullets."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
