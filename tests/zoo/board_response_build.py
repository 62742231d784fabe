"""Build two zoo documents that close with a board's response to each recommendation, printed
as a table, as Word files, their PDF export, its plain `pdftotext` text and (with
/tmp/plumbvenv) its corpus-style text.

* board_response_sar_accepted_table: a Safeguarding Adults Review (Arial) whose findings end in
  five recommendations numbered 1-5, then "The Board's response": a Recommendation | Accepted /
  Partially accepted | Board response | Lead | Timescale table, each Recommendation cell the
  number and a short title, timescales as dates and as spans ("Within 3 months").
* board_response_briefing_table: a seven-minute briefing (Calibri) on a review, its numbered
  boxes, then "How the Board responded": a Recommendation | Board response | Lead | By when |
  Progress table, each Recommendation cell the recommendation in full opening "N.", one
  recommendation merged down over two response rows, progress cells opening with a state.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/board_response_build.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # the corpus-text renderings
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, merge_down, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, first_words, plan_gold, recommendation_record, review, save_gold  # noqa: E402

# ---- 1. a SAR's closing table ------------------------------------------------------------------
SAR_RECS = [
    (
        "1",
        "Harrowgate Council Adult Social Care should make sure that every carer's assessment asks about "
        "the carer's own health and any help the carer needs to keep caring safely.",
        "Carers' own health",
    ),
    (
        "2",
        "The Board should publish a short practice guide on hoarding, fire risk and how to work with a "
        "person who does not want their home cleared.",
        "Hoarding practice guide",
    ),
    (
        "3",
        "Harrowgate Fire and Rescue Service should offer a home fire safety visit within ten working days "
        "of every referral about hoarding.",
        "Fire safety visits",
    ),
    (
        "4",
        "Vale Community Health NHS Trust should make sure that district nurses record who else lives in "
        "the home and raise a carer's assessment when a relative provides care.",
        "Recording who lives at home",
    ),
    (
        "5",
        "The Board should audit twenty self-neglect cases a year after publication to test whether this "
        "learning has been taken up.",
        "Audit of learning",
    ),
]

SAR_RESPONSE = [
    (
        "Accepted",
        "A question on the carer's own health will be added to the carer's assessment form and "
        "practitioners briefed.",
        "Principal Social Worker",
        "Within 3 months",
    ),
    (
        "Partially accepted",
        "The guide will be written with the fire service and published online; no printed copies will "
        "be made.",
        "SAB Business Manager",
        "30 September 2025",
    ),
    (
        "Accepted",
        "The service will set a ten-day standard for hoarding referrals and report its figures to the "
        "Board each quarter.",
        "Harrowgate Fire and Rescue Service",
        "June 2025",
    ),
    (
        "Accepted",
        "District nursing records will gain a household field, checked in the Trust's next records audit.",
        "Vale Community Health NHS Trust",
        "Within 6 months",
    ),
    (
        "Accepted",
        "The Quality and Performance subgroup will audit twenty cases and report its findings to the Board.",
        "SAB Quality and Performance subgroup",
        "March 2026",
    ),
]


def build_sar() -> None:
    doc = new_doc(header="Harrowgate Safeguarding Adults Board · SAR Winifred", footer_label="Page")
    para(doc, "Harrowgate Safeguarding Adults Board", bold=True, size=16)
    para(doc, "Safeguarding Adults Review: Winifred", bold=True, size=14)
    para(doc, "Independent reviewer: Osric Pemberton")
    para(doc, "Published: January 2025")
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This review is about Winifred, an 81-year-old woman who lived with her son in a terraced house in "
        "Harrowgate. Winifred died on 14 February 2024 after a fire started in her kitchen.",
    )
    numbered(
        doc,
        "1.2",
        "The Board agreed that the review met the criteria in section 44 of the Care Act 2014. Agencies "
        "provided reports and practitioners took part in a learning event.",
    )
    heading(doc, "2. Findings", 1)
    numbered(
        doc,
        "2.1",
        "Winifred's son cared for her with little help. No agency asked about his own health, which was "
        "poor, and the home became cluttered over two years.",
    )
    numbered(
        doc,
        "2.2",
        "Nurses visiting the home saw the clutter but treated it as a lifestyle choice. The fire service "
        "was not told of the risk until after the fire.",
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "The review makes the following recommendations to the Board and its partners.")
    for number, text, _ in SAR_RECS:
        numbered(doc, f"{number}.", text)
    heading(doc, "4. The Board's response", 1)
    para(
        doc,
        "The Board considered the review on 9 December 2024. Its response to each recommendation is set out "
        "below; progress will be reported to the Board every six months.",
    )
    widths = [3.9, 2.3, 5.4, 3.0, 2.4]
    t = make_table(
        doc,
        ["Recommendation", "Accepted / Partially accepted", "Board response", "Lead", "Timescale"],
        widths,
    )
    for (number, _, title), (acceptance, response, lead, when) in zip(SAR_RECS, SAR_RESPONSE):
        add_row(t, [f"{number} {title}", acceptance, response, lead, when], widths)
    heading(doc, "5. Glossary", 1)
    para(doc, "SAB: Safeguarding Adults Board")
    para(doc, "Section 44: the part of the Care Act 2014 that requires Safeguarding Adults Reviews")
    _save(doc, "board_response_sar_accepted_table")


# ---- 2. a seven-minute briefing's response table ------------------------------------------------
BRIEFING_ROWS = [
    (
        "1. The Board should ask Corbridge Adult Social Care to check that every safeguarding enquiry "
        "about a person who lives with the person causing harm includes a plan for where they will live.",
        [
            (
                "Add a housing question to the enquiry template and audit ten enquiries.",
                "Head of Safeguarding, Corbridge Adult Social Care",
                "Oct 2025",
                "Completed October 2025: template changed; audit found a plan in 8 of 10 cases.",
            )
        ],
    ),
    (
        "2. Corbridge Police should share every report of abuse of an older person with adult social care "
        "on the same working day.",
        [
            (
                "Set up a daily list of such reports for the adult social care front door.",
                "Detective Inspector, Safeguarding Hub",
                "31/03/2026",
                "In progress: list running as a trial in one district.",
            )
        ],
    ),
    (
        "3. The Board should commission training on coercive control in later life for staff in adult "
        "social care, housing and primary care.",
        [
            (
                "Commission a half-day course from the local specialist domestic abuse service.",
                "SAB Training Subgroup",
                "Jan 2026",
                "In progress: course commissioned; dates to be set.",
            ),
            (
                "Publish this briefing and a short recorded talk for practitioners.",
                "SAB Business Manager",
                "Aug 2025",
                "Completed August 2025: briefing published and talk recorded.",
            ),
        ],
    ),
    (
        "4. Corbridge Housing Partnership should make sure that a tenant who reports abuse by a relative "
        "living with them is offered a housing options interview within five days.",
        [
            (
                "Agree a five-day standard with housing providers and report on it to the Board.",
                "Housing Options Manager",
                "Mar 2026",
                "Not yet started: awaiting the new allocations policy.",
            )
        ],
    ),
]


def build_briefing() -> None:
    doc = new_doc(header="Corbridge Safeguarding Adults Board", font="Calibri", size=11)
    para(doc, "Corbridge Safeguarding Adults Board", bold=True, size=16)
    para(doc, "Seven-Minute Briefing", bold=True, size=14)
    para(doc, "Safeguarding Adults Review: 'Ambrose' (CSAB SAR 2024/02)", bold=True)
    para(doc, "Reviewer: Lavinia Thornbury | Published: June 2025")
    heading(doc, "1. Background", 2)
    para(
        doc,
        "Ambrose was 84 and lived with his nephew, who had moved in to help after Ambrose had a stroke. "
        "Ambrose died in hospital in November 2024 after a fall at home.",
    )
    heading(doc, "2. What happened", 2)
    para(
        doc,
        "Neighbours raised two concerns and police attended the house once. Each concern was closed when "
        "the nephew said he would stay and care for Ambrose.",
    )
    heading(doc, "3. What we learned", 2)
    para(
        doc,
        "Abuse by a relative who is also the carer can look like a family under strain. Ask where the "
        "person could live if it is not safe to stay.",
    )
    heading(doc, "4. Questions for your team", 2)
    para(doc, "Who lives with the people on your caseload, and who would they tell if they were afraid?")
    heading(doc, "5. How the Board responded", 2)
    para(
        doc,
        "The Board accepted all four recommendations in April 2025. The table sets out each recommendation "
        "in full, what the Board will do, who leads, by when, and progress at 30 September 2025.",
    )
    widths = [5.0, 4.0, 2.9, 2.2, 2.9]
    t = make_table(doc, ["Recommendation", "Board response", "Lead", "By when", "Progress"], widths)
    for rec, actions in BRIEFING_ROWS:
        first = len(t.rows)
        for k, action in enumerate(actions):
            add_row(t, [rec if k == 0 else "", *action], widths)
        merge_down(t, 0, first, len(t.rows) - 1)
    para(doc, "Please record that you have used this briefing on the Board's learning log.")
    _save(doc, "board_response_briefing_table")


def _save(doc, stem: str) -> None:
    # (space after every paragraph, table cells too, as Word's Normal style sets it: plain
    # pdftotext then prints each cell as a block of its own, row after row)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    save_rendered(doc, HERE, stem)
    print("wrote", stem)


def _line_of(lines: list[str], start: str) -> int:
    """The 1-based line of the text export holding the words a record opens with."""
    for most in (4, 3, 2):
        probe = " ".join(start.split()[:most])
        for n, line in enumerate(lines, 1):
            if " ".join(line.split()).startswith(probe) or f" {probe}" in " ".join(line.split()):
                return n
    raise SystemExit(f"not in the export: {start!r}")


def _recommendation(lines: list[str], number: str, text: str, agencies: dict, themes: dict) -> dict:
    """A numbered recommendation of the report, its body and themes written by hand per number."""
    return recommendation_record(
        number, first_words(text, 12), _line_of(lines, text), agency=agencies[number], themes=themes[number]
    )


def gold_sar() -> dict:
    stem = "board_response_sar_accepted_table"
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {
        "1": "Harrowgate Council Adult Social Care",
        "2": "Harrowgate Safeguarding Adults Board",
        "3": "Harrowgate Fire and Rescue Service",
        "4": "Vale Community Health NHS Trust",
        "5": "Harrowgate Safeguarding Adults Board",
    }
    themes = {
        "1": ["risk_assessment"],
        "2": ["policy_procedure"],
        "3": ["risk_assessment"],
        "4": ["record_keeping"],
        "5": ["quality_assurance"],
    }
    recs = [_recommendation(lines, number, text, agencies, themes) for number, text, _ in SAR_RECS]
    dates = {
        "Within 3 months": None,
        "30 September 2025": "2025-09-30",
        "June 2025": "2025-06",
        "Within 6 months": None,
        "March 2026": "2026-03",
    }
    actions = [
        action_record(
            response,
            _line_of(lines, response),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=when,
            target_date=dates[when],
        )
        for (number, _, _), (_, response, lead, when) in zip(SAR_RECS, SAR_RESPONSE)
    ]
    return plan_gold(
        stem,
        family="sar_board_response_table",
        description=(
            "Safeguarding Adults Review (Word, Arial 10.5) closing with five recommendations numbered "
            "'1.'-'5.' and 'The Board's response': a Recommendation | Accepted / Partially accepted | Board "
            "response | Lead | Timescale table, each Recommendation cell the number and a short title, "
            "timescales as dates and as spans ('Within 3 months'); a glossary after it"
        ),
        review=review(
            "SAR",
            "Harrowgate",
            "Winifred",
            doc_kind="overview_report",
            author="Osric Pemberton",
            age=81,
            date_of_death="2024-02-14",
        ),
        review_alternatives={"area": ["Harrowgate Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The response table is the Board's plan for the review: each row one action, ref null, "
            "recommendation_ref the number opening the Recommendation cell, action the Board response "
            "cell, lead the Lead cell, target from Timescale ('Within 3 months' has no date). 'Accepted' / "
            "'Partially accepted' is the Board's acceptance of the recommendation, not progress: status "
            "unknown. The short titles are labels of the numbered recommendations, not records."
        ),
    )


def gold_briefing() -> dict:
    stem = "board_response_briefing_table"
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {
        "1": "Corbridge Safeguarding Adults Board",
        "2": "Corbridge Police",
        "3": "Corbridge Safeguarding Adults Board",
        "4": "Corbridge Housing Partnership",
    }
    themes = {
        "1": ["risk_assessment"],
        "2": ["information_sharing"],
        "3": ["training"],
        "4": ["specialist_support"],
    }
    months = {
        "Oct 2025": "2025-10",
        "31/03/2026": "2026-03-31",
        "Jan 2026": "2026-01",
        "Aug 2025": "2025-08",
        "Mar 2026": "2026-03",
    }
    states = {"Completed": "complete", "In progress": "in_progress", "Not yet started": "not_started"}
    recs, actions = [], []
    for rec, rows in BRIEFING_ROWS:
        number, text = rec.split(". ", 1)
        recs.append(_recommendation(lines, number, text, agencies, themes))
        for response, lead, when, progress in rows:
            state = next(s for s in states if progress.startswith(s))
            raw = progress.split(":")[0]
            actions.append(
                action_record(
                    response,
                    _line_of(lines, response),
                    recommendation_ref=number,
                    lead=lead,
                    target_date_raw=when,
                    target_date=months[when],
                    status_raw=raw,
                    status=states[state],
                )
            )
    return plan_gold(
        stem,
        family="sar_seven_minute_briefing_response_table",
        description=(
            "Seven-minute briefing on a Safeguarding Adults Review (Word, Calibri 11): numbered boxes, then "
            "'How the Board responded', a Recommendation | Board response | Lead | By when | Progress table, "
            "each Recommendation cell the recommendation in full opening 'N.', recommendation 3 merged down "
            "over two response rows; no Status column, the Progress cells opening with 'Completed <month>:', "
            "'In progress:' or 'Not yet started:'"
        ),
        review=review(
            "SAR",
            "Corbridge",
            "Ambrose",
            review_id="CSAB SAR 2024/02",
            doc_kind="executive_summary",
            author="Lavinia Thornbury",
            age=84,
            date_of_death="2024-11",
        ),
        review_alternatives={
            "area": ["Corbridge Safeguarding Adults Board"],
            "doc_kind": ["action_plan"],
        },
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations: the four full-text Recommendation cells, ref the number opening the cell. "
            "Actions: one per response row (recommendation 3's cell merged over two), recommendation_ref "
            "that number; the state opening the Progress cell is the status."
        ),
    )


def write_gold() -> None:
    for make in (gold_sar, gold_briefing):
        gold = make()
        stem = gold["file"].removesuffix(".txt")
        save_gold(HERE, stem, gold)
        print("wrote", f"{stem}.json")


if __name__ == "__main__":
    build_sar()
    build_briefing()
    write_gold()
