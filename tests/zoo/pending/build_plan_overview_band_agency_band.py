"""Build a zoo DHR executive summary closing with its action plan as one table whose parts
open with full-width band rows: "Overview report recommendations" straight under the header,
then "Single agency recommendations – <agency>" bands inside the same table (no header printed
again there), each agency's numbering restarting at 1.

plan_overview_band_agency_band: an executive summary (Arial 9 plan, landscape) whose report
states the overview recommendations 1-4 in numbered paragraphs, then Appendix A: No. |
Recommendation | Scope | Action to take | Lead agency | Target date | Date of completion and
outcome. In corpus text the plan's lines join its cells, and the first agency's band is printed
inside the table below the overview rows: those rows are the overview's, not that agency's.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_overview_band_agency_band.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, make_table, new_doc, numbered, page_break, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "plan_overview_band_agency_band"
STATES = {"Completed": "complete", "Ongoing": "in_progress", "": "unknown"}
MONTHS = {"March": "03", "June": "06", "September": "09", "November": "11", "December": "12"}
OVERVIEW_BAND = "Overview report recommendations"
# (band, [(number, recommendation, scope, action, lead, target, completion)]), agency None: overview
PLAN = [
    (
        None,
        [
            (
                "1",
                "Wrenhaven Community Safety Partnership should make sure that staff in every partner "
                "agency know how to refer an older victim of abuse by a grandchild.",
                "Local",
                "Publish a short guide on abuse of older people by younger relatives",
                "Wrenhaven Community Safety Partnership",
                "June 2024",
                "Completed",
            ),
            (
                "2",
                "Wrenhaven Borough Council Adult Social Care should record the views of the person "
                "at risk apart from those of the relative who cares for them.",
                "Local",
                "Add a separate section to the adult safeguarding enquiry form",
                "Wrenhaven Borough Council",
                "September 2024",
                "",
            ),
            (
                "3",
                "Harrowdale Police should complete a risk assessment at every call about a family "
                "argument involving an adult over seventy.",
                "Local",
                "Brief control room staff and add a prompt to the call log",
                "Harrowdale Police",
                "March 2024",
                "Ongoing",
            ),
            (
                "4",
                "The Home Office should consider adding abuse of older people by grandchildren to "
                "the examples given in the statutory guidance for reviews.",
                "National",
                "Chair of the Partnership to write to the Home Office with this summary",
                "Wrenhaven Community Safety Partnership",
                "December 2024",
                "Completed",
            ),
        ],
    ),
    (
        "Harrowdale Police",
        [
            (
                "1",
                "Call handlers will ask whether an older caller lives with the person they are "
                "calling about.",
                "Local",
                "Add the question to the call handling script",
                "Harrowdale Police",
                "November 2024",
                "Ongoing",
            ),
            (
                "2",
                "Neighbourhood officers will visit older victims within a week of a reported incident.",
                "Local",
                "Set up a weekly list of older victims for each neighbourhood team",
                "Harrowdale Police",
                "December 2024",
                "",
            ),
        ],
    ),
    (
        "Fellbrook Medical Practice",
        [
            (
                "1",
                "The practice will offer a carer's check to relatives who live with frail patients.",
                "Local",
                "Run a search of the register and write to each relative found",
                "Fellbrook Medical Practice",
                "June 2024",
                "Completed",
            ),
        ],
    ),
]
HEADERS = [
    "No.",
    "Recommendation",
    "Scope",
    "Action to take",
    "Lead agency",
    "Target date",
    "Date of completion and outcome",
]
WIDTHS = [1.0, 6.2, 1.8, 5.2, 3.8, 2.4, 3.6]


def _band(agency: str | None) -> str:
    return OVERVIEW_BAND if agency is None else f"Single agency recommendations – {agency}"


def build() -> None:
    doc = new_doc(header="Wrenhaven CSP – DHR 'Dorothea' – Executive Summary", font="Arial", size=10)
    set_landscape(doc.sections[0])
    para(doc, "Wrenhaven Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of 'Dorothea' – Executive Summary", bold=True, size=12)
    para(doc, "1. Conclusions", bold=True)
    para(
        doc,
        "Dorothea was 79 and lived with her grandson, who looked after her. Agencies saw him as her "
        "carer and did not ask her on her own how things were at home.",
    )
    para(doc, "2. Recommendations", bold=True)
    for number, text, *_ in PLAN[0][1]:
        numbered(doc, f"{number}.", text)
    para(doc, "The action plan agreed by the Partnership is attached as Appendix A.")
    page_break(doc)
    para(doc, "Appendix A – Action Plan", bold=True)
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    for agency, rows in PLAN:
        full_row(t, _band(agency))
        for row in rows:
            add_row(t, list(row), WIDTHS)
    para(doc, "")
    para(doc, "The Partnership's review subgroup checks this plan at every meeting.")
    save_rendered(doc, HERE, STEM)


def _target(raw: str) -> str:
    month, year = raw.split()
    return f"{year}-{MONTHS[month]}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = [], []
    for agency, rows in PLAN:
        section = agency or "overview"
        for number, text, scope, action, lead, target, done in rows:
            recs.append(
                recommendation_record(
                    number,
                    " ".join(text.split()[:8]),
                    _line_of(lines, text),
                    agency=agency if agency else text.split(" should ")[0],
                    level="agency" if agency else "overview",
                    scope=scope.lower(),
                )
            )
            actions.append(
                action_record(
                    " ".join(action.split()[:8]),
                    _line_of(lines, action),
                    recommendation_ref=number,
                    agency_section=section,
                    lead=lead,
                    target_date_raw=target,
                    target_date=_target(target),
                    status_raw=done or None,
                    status=STATES[done],
                )
            )
    return plan_gold(
        STEM,
        family="plan_overview_band_agency_band",
        description=(
            "DHR executive summary (Word, landscape) stating overview recommendations 1-4, closing with one plan "
            "table No. | Recommendation | Scope | Action to take | Lead agency | Target date | Date of completion "
            "and outcome, a full-width band 'Overview report recommendations' under the header, then bands "
            "'Single agency recommendations – <agency>' inside the same table, numbers restarting at 1"
        ),
        review=review("DHR", "Wrenhaven", "Dorothea", doc_kind="executive_summary"),
        review_alternatives={"area": ["Wrenhaven Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes="The overview rows are the overview's: the first agency band is printed below them.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
