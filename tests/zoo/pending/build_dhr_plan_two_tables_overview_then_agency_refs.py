"""A DHR action plan printed as two tables, landscape Liberation Serif: a title, a shaded strip of
three cells (the review's reference, the date of death with the victim's name and age, the plan's
position date), an italic status key; "Part A – Overview report recommendations" Ref |
Recommendation | Action | Lead agency | Target date | Progress update | Status (refs OV1, OV2, the
ref and recommendation merged down over their actions), then "Part B – Single agency
recommendations" Agency | Ref | Recommendation | Action | Lead officer | Target | Progress update |
Status (letter refs naming the agency, the agency, ref and recommendation merged down). Targets
print as dotted dd.mm.yy dates or a month; the progress cells hold dotted dates of their own.
Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext; the
gold is written by hand below.

    python tests/zoo/pending/build_dhr_plan_two_tables_overview_then_agency_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from docx_build import add_row, make_table, merge_down, new_doc, para, set_text, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_plan_two_tables_overview_then_agency_refs"
STATES = {"Complete": "complete", "Partially complete": "in_progress", "Outstanding": "not_started"}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# (ref, recommendation, addressee, [(action, lead, target, progress, status)])
OVERVIEW = [
    (
        "OV1",
        "Redfern Community Safety Partnership should make sure that every partner's staff know how "
        "to refer a victim of economic abuse to specialist advice.",
        "Redfern Community Safety Partnership",
        [
            (
                "Commission a short training module on economic abuse for front line staff.",
                "Redfern CSP",
                "31.03.24",
                "Module launched 12.02.24; 140 staff trained.",
                "Complete",
            ),
            (
                "Add economic abuse to the partnership's referral pathway leaflet.",
                "Redfern CSP",
                "June 2024",
                "Draft shared with partners 03.05.24.",
                "Partially complete",
            ),
        ],
    ),
    (
        "OV2",
        "Redfern Community Safety Partnership should ask agencies to record the language a victim "
        "prefers and to book an interpreter who is not a family member.",
        "Redfern Community Safety Partnership",
        [
            (
                "Write to all partners asking for an audit of interpreter use in domestic abuse cases.",
                "Redfern CSP",
                "30.09.24",
                "Letter sent 02.07.24; four of six replies in.",
                "Partially complete",
            ),
        ],
    ),
]
# (agency, ref, recommendation, [(action, lead officer, target, progress, status)])
AGENCY = [
    (
        "Redfern Police",
        "P1",
        "Redfern Police should check call records for earlier domestic abuse reports "
        "when officers attend a call about a woman's welfare.",
        [
            (
                "Change the attendance briefing so that previous reports are read out.",
                "DI Public Protection",
                "31.01.24",
                "Briefing changed 15.01.24.",
                "Complete",
            ),
            (
                "Dip sample twenty welfare calls for the check.",
                "DI Public Protection",
                "30.06.24",
                "No sample taken yet.",
                "Outstanding",
            ),
        ],
    ),
    (
        "Redfern Borough Council Housing",
        "H1",
        "Housing should ask about safety at every tenancy review when a joint tenant has left the home.",
        [
            (
                "Add a safety question to the tenancy review form.",
                "Tenancy Services Manager",
                "31.05.24",
                "Form updated 20.05.24.",
                "Complete",
            ),
        ],
    ),
    (
        "Marlow Lane Surgery",
        "G1",
        "The practice should offer an appointment alone to any patient who "
        "attends with a partner who answers for them.",
        [
            (
                "Brief all clinicians at the practice learning meeting.",
                "Practice Safeguarding Lead",
                "December 2024",
                "Planned for the meeting of 11.12.24.",
                "Outstanding",
            ),
        ],
    ),
    (
        "Redfern Adult Social Care",
        "A1",
        "Adult social care should not close a carer's assessment "
        "request without speaking to the carer alone.",
        [
            (
                "Update the closure checklist for carers' assessments.",
                "Head of Adult Safeguarding",
                "31.08.24",
                "Checklist in use since 01.08.24.",
                "Complete",
            ),
        ],
    ),
]
TITLE = "Redfern Community Safety Partnership – Domestic Homicide Review ‘Amira’ – Action plan"


def _table(doc, headers, widths):
    return make_table(doc, headers, widths, size=9)


def build():
    doc = new_doc(landscape=True, font="Liberation Serif", size=9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    footer = sec.footer.paragraphs[0]
    footer.text = ""
    footer.add_run("Redfern CSP – DHR ‘Amira’ action plan")
    para(doc, TITLE, bold=True, size=13)
    strip = doc.add_table(rows=1, cols=3)
    strip.style = "Table Grid"
    for cell, text in zip(
        strip.rows[0].cells,
        [
            "Review reference: RCSP/DHR/2021/04",
            "Date of death: 14/06/2021 (Amira, aged 39)",
            "Position at: 30 September 2024",
        ],
    ):
        set_text(cell, text, bold=True, size=9.5)
        shade(cell, "E7E6E6")
    set_widths(strip, [8.5, 9.0, 8.5])
    para(
        doc,
        "Status key: Complete – evidence seen; Partially complete – work under way; Outstanding – "
        "not yet started.",
        italic=True,
        size=9,
    )
    para(doc, "Part A – Overview report recommendations", bold=True, size=11)
    wa = [1.2, 5.4, 5.4, 2.6, 2.0, 5.2, 2.4]
    t = _table(
        doc,
        ["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress update", "Status"],
        wa,
    )
    for ref, rec, _, acts in OVERVIEW:
        first = len(t.rows)
        for a in acts:
            add_row(t, [ref, rec, *a], wa, size=9)
        merge_down(t, 0, first, len(t.rows) - 1, size=9)
        merge_down(t, 1, first, len(t.rows) - 1, size=9)
    para(doc, "")
    para(
        doc,
        "Part B – Single agency recommendations (from the individual management reviews)",
        bold=True,
        size=11,
    )
    wb = [2.6, 1.0, 4.8, 4.8, 2.6, 1.8, 4.4, 2.2]
    t = _table(
        doc,
        ["Agency", "Ref", "Recommendation", "Action", "Lead officer", "Target", "Progress update", "Status"],
        wb,
    )
    for agency, ref, rec, acts in AGENCY:
        first = len(t.rows)
        for a in acts:
            add_row(t, [agency, ref, rec, *a], wb, size=9)
        for col in range(3):
            merge_down(t, col, first, len(t.rows) - 1, size=9)
    para(doc, "Next review of this plan: the Partnership's DHR group, January 2025.", size=9)
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.name = "Liberation Serif"
    _ = Pt
    save_rendered(doc, HERE, STEM)


def _target(raw: str) -> str:
    """dd.mm.yy read as 20yy; 'Month yyyy' the month."""
    parts = raw.split(".")
    if len(parts) == 3:
        return f"20{parts[2]}-{parts[1]}-{parts[0]}"
    month, year = raw.split()
    return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = [], []
    for ref, rec, agency, acts in OVERVIEW:
        recs.append(
            recommendation_record(ref, " ".join(rec.split()[:10]), _line_of(lines, rec), agency=agency)
        )
        for action, lead, when, _progress, state in acts:
            actions.append(
                action_record(
                    " ".join(action.split()[:8]),
                    _line_of(lines, action),
                    recommendation_ref=ref,
                    lead=lead,
                    target_date_raw=when,
                    target_date=_target(when),
                    status_raw=state,
                    status=STATES[state],
                )
            )
    for agency, ref, rec, acts in AGENCY:
        recs.append(
            recommendation_record(
                ref, " ".join(rec.split()[:10]), _line_of(lines, rec), agency=agency, level="agency"
            )
        )
        for action, lead, when, _progress, state in acts:
            actions.append(
                action_record(
                    " ".join(action.split()[:8]),
                    _line_of(lines, action),
                    recommendation_ref=ref,
                    agency_section=agency,
                    lead=lead,
                    target_date_raw=when,
                    target_date=_target(when),
                    status_raw=state,
                    status=STATES[state],
                )
            )
    return plan_gold(
        STEM,
        family="dhr_action_plan_two_tables_overview_then_agency_refs",
        description=(
            "A DHR action plan (Liberation Serif, landscape) in two tables: Part A overview recommendations "
            "Ref | Recommendation | Action | Lead agency | Target date | Progress update | Status (OV refs), "
            "Part B single agency recommendations Agency | Ref | Recommendation | Action | Lead officer | Target "
            "| Progress update | Status (letter refs); merged cells; dotted dd.mm.yy targets"
        ),
        review=review(
            "DHR", "Redfern", "Amira", review_id="RCSP/DHR/2021/04", age=39, date_of_death="2021-06-14"
        ),
        review_alternatives={"area": ["Redfern Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper s50h50rest; fictional. Recommendations: the merged Recommendation cells of both "
            "tables, Part A level overview, Part B level agency with the Agency cell as agency. Actions: every "
            "row, recommendation_ref the merged Ref cell, agency_section overview (Part A) or the Agency cell "
            "(Part B); targets dd.mm.yy read as 20yy; dates in the progress cells are not targets; status by "
            "the key (Complete, Partially complete in_progress, Outstanding not_started)."
        ),
    )


def main() -> None:
    build()
    save_gold(HERE, STEM, gold())


if __name__ == "__main__":
    main()
