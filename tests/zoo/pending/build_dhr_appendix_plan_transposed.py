"""Build the pending zoo document `dhr_appendix_plan_transposed_marrowby`: a Domestic Homicide
Review overview report's closing pages with its action plan as a landscape appendix printed
transposed.

The plan's field names run down the first column (Action | Recommendation | What will be done |
Lead agency | Target date | Status) and each action is a column of its own, as a partnership
prints a plan with few actions and long cells across a landscape page. The plan is two tables:
the first actions, then a "Continued: actions 3.1 to 4.1." line over the rest. Targets are
"30 Nov 2025"; statuses "Delivered" / "Under way" / "Due to start". The recommendations are bold
"Recommendation N" lines over plain paragraphs.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_appendix_plan_transposed.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, landscape_section, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    line_opening,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "dhr_appendix_plan_transposed_marrowby"
RECS = [
    "Marrowby Community Safety Partnership should check that every agency's domestic abuse "
    "training covers abuse by adult children of their parents.",
    "Marrowby Adult Social Care should ask a carer about their own safety whenever a review of "
    "the cared-for person is held.",
    "The Marrowby GP Federation should make sure that a repeat prescription request made by a "
    "relative prompts a check with the patient.",
    "The Partnership should write to the Home Office about the lack of guidance on abuse by "
    "adult children.",
]  # fmt: skip
MONTHS = {"Jan": "01", "Mar": "03", "Jun": "06", "Sep": "09", "Nov": "11", "Dec": "12"}
# (ref, recommendation, what will be done, lead agency, target date, status)
ACTIONS = [
    ("1.1", "1", "Review the content of each agency's training against the review's findings.",
     "Community Safety Partnership", "30 Nov 2025", "Delivered"),
    ("1.2", "1", "Add a short module on abuse by adult children to the multi-agency course.",
     "Community Safety Partnership", "31 Mar 2026", "Under way"),
    ("2.1", "2", "Change the carer's review form to ask about the carer's own safety.",
     "Adult Social Care", "30 Sep 2025", "Delivered"),
    ("2.2", "2", "Audit twenty carer's reviews to see whether the question is being asked.",
     "Adult Social Care", "30 Jun 2026", "Due to start"),
    ("3.1", "3", "Set a practice system alert when a relative requests a repeat prescription.",
     "GP Federation", "31 Dec 2025", "Under way"),
    ("3.2", "3", "Remind practice staff of the alert at the next protected learning session.",
     "GP Federation", "31 Jan 2026", "Due to start"),
    ("4.1", "4", "Send the Partnership's letter to the Home Office with the report.",
     "Partnership chair", "30 Nov 2025", "Delivered"),
]  # fmt: skip
FIELDS = ["Action", "Recommendation", "What will be done", "Lead agency", "Target date", "Status"]
STATE = {"Delivered": "complete", "Under way": "in_progress", "Due to start": "not_started"}


def _iso(due: str) -> str:
    day, month, year = due.split()
    return f"{year}-{MONTHS[month]}-{int(day):02d}"


def _transposed(doc, actions) -> None:
    """The plan one column per action: a field's name, then each action's cell for it, a row."""
    widths = [3.4] + [5.6] * len(actions)
    columns = [list(a) for a in actions]
    table = make_table(doc, [FIELDS[0], *(a[0] for a in actions)], widths)
    for k, name in enumerate(FIELDS[1:], 1):
        cells = [f"Recommendation {c[k]}" if k == 1 else c[k] for c in columns]
        add_row(table, [name, *cells], widths, bold_cols=(0,))


def build() -> None:
    doc = new_doc(font="P052", size=10, footer_label="OFFICIAL")
    para(doc, "Marrowby Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review into the death of Agnes", bold=True, size=13)
    para(doc, "Overview report (closing sections)", italic=True, size=11)
    heading(doc, "9. Conclusions", 1)
    para(
        doc,
        "9.1 Agnes was 71 and lived with her son, who had moved back in after losing his job. Each agency saw "
        "part of the picture; none saw her son as a risk to her, because the training they had did not "
        "picture a son as an abuser.",
    )
    heading(doc, "10. Recommendations", 1)
    for n, text in enumerate(RECS, 1):
        para(doc, f"Recommendation {n}", bold=True)
        para(doc, text)
    para(doc, "The action plan the panel agreed is set out in Appendix A.")
    landscape_section(doc)
    heading(doc, "Appendix A: action plan", 1)
    para(doc, "Each column below is one action; read down a column for its details.")
    _transposed(doc, ACTIONS[:4])
    para(doc, f"Continued: actions {ACTIONS[4][0]} to {ACTIONS[-1][0]}.")
    _transposed(doc, ACTIONS[4:])
    para(doc, "Seven actions in all. The plan will be reviewed by the Partnership each quarter.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), line_opening(lines, text[:20]))
        for n, text in enumerate(RECS, 1)
    ]
    actions = [
        action_record(
            action.rstrip("."),
            line_opening(lines, action[:14]),
            ref=ref,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=due,
            target_date=_iso(due),
            status_raw=state,
            status=STATE[state],
        )
        for ref, rec, action, lead, due, state in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview report's closing sections (P052 10): bold 'Recommendation N' lines over plain "
            "paragraphs, then a landscape appendix plan printed transposed: the field names down the first "
            "column (Action | Recommendation | What will be done | Lead agency | Target date | Status), one "
            "column per action, in two tables under a 'Continued: actions 3.1 to 4.1.' line; targets "
            "'30 Nov 2025', statuses Delivered / Under way / Due to start"
        ),
        review=review("DHR", "Marrowby", "Agnes", doc_kind="overview_report"),
        review_alternatives={"area": ["Marrowby Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "One action per column of the plan (the field names in the first column are no actions); each "
            "action's recommendation is the number in its Recommendation cell. Delivered is complete, Under way "
            "in progress, Due to start not started. Targets are days."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
