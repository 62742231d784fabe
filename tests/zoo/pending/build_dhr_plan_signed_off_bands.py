"""Build a zoo DHR action plan standing alone whose recommendations are shaded bands across the
table ("Recommendation N – <agency>" in bold over the recommendation's sentence, one merged
cell) over their actions' rows, and whose only word on progress is the date each action was
signed off.

dhr_plan_signed_off_bands: DejaVu Serif 8.5 portrait, `pdftotext -layout`. Page 1: title, a
label / value box (review, victim, date of death, plan holder, version), notes on completing
the plan. Page 2: Ref | Action | Action owner | Target | Evidence of completion | Date signed
off. Targets are seasons (a year) or "End of <Month> yyyy" (a month); a signed-off date means
the action is complete, a blank one says nothing of its state. A closing count of the actions
signed off.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_signed_off_bands.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, page_break, para, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "dhr_plan_signed_off_bands"
SEASONS = ("Spring", "Summer", "Autumn", "Winter")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip

# (number, agency, recommendation, [(ref, action, owner, target, evidence, signed off), ...])
RECS = [
    (
        "1",
        "Tarnbridge Community Safety Partnership",
        "The Partnership should make sure that every frontline agency knows how to refer a victim "
        "of domestic abuse to the local specialist service.",
        [
            (
                "1.1",
                "Publish a one-page referral guide for frontline staff in all agencies.",
                "Domestic Abuse Coordinator",
                "Autumn 2025",
                "Guide published on the Partnership website",
                "14/10/2025",
            ),
            (
                "1.2",
                "Check through a survey that staff in five agencies know the referral route.",
                "Domestic Abuse Coordinator",
                "End of March 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "2",
        "Tarnbridge Police",
        "Tarnbridge Police should review how officers record the history of earlier incidents when "
        "they attend a call about domestic abuse.",
        [
            (
                "2.1",
                "Add a prompt on earlier incidents to the attending officer's report form.",
                "Detective Inspector, Safeguarding Hub",
                "Summer 2025",
                "Form changed and in use",
                "02/07/2025",
            ),
            (
                "2.2",
                "Audit thirty reports to see whether the prompt is completed.",
                "Detective Inspector, Safeguarding Hub",
                "Winter 2025/26",
                "Audit planned for January",
                "",
            ),
        ],
    ),
    (
        "3",
        "Eastwold Health Board",
        "Eastwold Health Board should make sure that GP practices ask about domestic abuse when a "
        "patient attends with an unexplained injury.",
        [
            (
                "3.1",
                "Deliver routine enquiry training to every GP practice in the area.",
                "Named GP for Safeguarding",
                "End of December 2025",
                "Twelve of fifteen practices trained",
                "",
            )
        ],
    ),
    (
        "4",
        "Tarnbridge Borough Council",
        "The Council's housing service should share what it knows about domestic abuse with the "
        "risk assessment conference when a tenant is discussed.",
        [
            (
                "4.1",
                "Name a housing officer to attend every risk assessment conference.",
                "Housing Options Manager",
                "Spring 2025",
                "Officer named and attending since April",
                "22/04/2025",
            ),
            (
                "4.2",
                "Add the conference's actions to the tenancy record system.",
                "Housing Options Manager",
                "Autumn 2025",
                "",
                "",
            ),
            (
                "4.3",
                "Brief housing staff on sharing information with the conference.",
                "Housing Options Manager",
                "End of June 2025",
                "Briefings held in June",
                "30/06/2025",
            ),
        ],
    ),
    (
        "5",
        "Tarnbridge Community Safety Partnership",
        "The Partnership should tell the Home Office what this review found about support for "
        "older victims of domestic abuse.",
        [
            (
                "5.1",
                "Write to the Home Office with the review's findings on older victims.",
                "Partnership Chair",
                "Winter 2025/26",
                "",
                "",
            )
        ],
    ),
]


def _band(table, text_bold: str, text: str) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    cell.text = ""
    run = cell.paragraphs[0].add_run(text_bold)
    run.bold, run.font.size = True, Pt(8.5)
    cell.add_paragraph().add_run(text).font.size = Pt(8.5)
    shade(cell, "E2E2E2")


def build() -> None:
    doc = new_doc(font="DejaVu Serif", size=8.5)
    para(doc, "Tarnbridge Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: action plan", bold=True, size=12)
    kv_table(
        doc,
        [
            ("DHR reference", "TCSP DHR 2024/01"),
            ("Victim", "Marguerite, aged 68"),
            ("Date of death", "11 February 2024"),
            ("Plan holder", "Tarnbridge Community Safety Partnership Board"),
            ("Version", "3, updated November 2025"),
        ],
        size=8.5,
    )
    heading(doc, "Notes on completing this plan", 2)
    para(
        doc,
        "Each action is signed off by the Partnership's review panel once the evidence has "
        "been seen. Please leave the signed-off date blank until then.",
    )
    page_break(doc)
    headers = ["Ref", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"]
    widths = [1.0, 5.0, 3.0, 2.0, 3.3, 2.2]
    table = make_table(doc, headers, widths, size=8.5)
    for number, agency, text, rows in RECS:
        _band(table, f"Recommendation {number} – {agency}", text)
        for row in rows:
            add_row(table, list(row), widths, size=8.5)
    signed = sum(1 for *_, rows in RECS for r in rows if r[5])
    total = sum(len(rows) for *_, rows in RECS)
    para(doc, f"Actions signed off: {signed} of {total}")
    save_rendered(doc, HERE, STEM, layout=True)


def _target(raw: str) -> str | None:
    words = raw.split()
    if words[0] in SEASONS:
        return words[1][:4]
    return f"{words[-1]}-{MONTHS.index(words[-2]) + 1:02d}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 5), agency=agency, scope=None
        )
        for number, agency, text, _ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 5),
            ref=ref,
            recommendation_ref=number,
            lead=owner,
            target_date_raw=target,
            target_date=_target(target),
            status_raw=signed or None,
            status="complete" if signed else "unknown",
        )
        for number, _, _, rows in RECS
        for ref, action, owner, target, _, signed in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR action plan standing alone (DejaVu Serif 8.5, pdftotext -layout): a label/value box on page 1; "
            "table Ref | Action | Action owner | Target | Evidence of completion | Date signed off, each recommendation "
            "a shaded full-width band 'Recommendation N – <agency>' over its sentence, actions 1.1-5.1 under it; "
            "targets seasons or 'End of <Month> yyyy'; no status column, a signed-off date means complete"
        ),
        review=review(
            "DHR",
            "Tarnbridge",
            "Marguerite",
            review_id="TCSP DHR 2024/01",
            age=68,
            date_of_death="2024-02-11",
        ),
        review_alternatives={"area": ["Tarnbridge Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The band's bold line names the recommendation's number and agency and is not its text. The Evidence "
            "cell is progress, not the action. A signed-off date is the action's completion (complete); a blank one "
            "says nothing (unknown). Seasons are year precision."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
