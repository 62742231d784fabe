"""Build plan_actions_in_rec_cell_harrowdene: a standalone DHR action plan in a monospaced font
whose one table, "No. | Recommendation and actions | Lead agency | By | Status", holds one row per
recommendation; the recommendation cell carries the recommendation sentence, an "Actions:" line and
then the actions numbered "1.1", "1.2", ... inside the same cell. The lead, the month it is due by
and the status print once in the row and stand for every action in it. Page 1 is a cover (a
label/value box and a reading note).

On -layout text and corpus text the sentence's first lines share their printed lines with the lead,
month and status cells; the "Actions:" line and the numbered actions sit alone below them.

Built in Word (python-docx, Courier New, portrait), exported to PDF by LibreOffice and to text by
pdftotext -layout; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/plan_actions_in_rec_cell_build.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # tests/zoo/, for the gold frame

from docx_build import add_row, kv_table, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_actions_in_rec_cell_harrowdene"
STEM2 = "plan_actions_in_rec_cell_kestleigh"
STEM3 = "plan_actions_in_rec_cell_brackwater"
WRITTEN = "Written by helper s27fix28; fictional."
FONT = "Courier New"
HEADERS = ["No.", "Recommendation and actions", "Lead agency", "By", "Status"]
WIDTHS = [1.0, 8.2, 3.2, 1.8, 2.4]
STATUS = {
    "Done": "complete",
    "Under way": "in_progress",
    "Not begun": "not_started",
    "Achieved": "complete",
    "Partly achieved": "in_progress",
    "Not achieved": "not_started",
}
MONTHS = {
    "Jan": "01",
    "Feb": "02",
    "Mar": "03",
    "Apr": "04",
    "May": "05",
    "Jun": "06",
    "Jul": "07",
    "Aug": "08",
    "Sep": "09",
    "Oct": "10",
    "Nov": "11",
    "Dec": "12",
}

# (number, recommendation, lead, by, status, [(ref, action)])
PLAN = [
    (
        "1",
        "Harrowdene Community Safety Partnership should check that every partner's front door "
        "staff ask about coercive control when a caller reports money worries.",
        "Harrowdene Community Safety Partnership",
        "Feb 2025",
        "Done",
        [
            ("1.1", "Add two coercive control prompts to the shared call script used by partners."),
            ("1.2", "Audit twenty calls from each partner's front door after three months of use."),
        ],
    ),
    (
        "2",
        "Harrowdene Borough Council housing service should record every report of damage to a "
        "tenancy as a possible sign of abuse and pass it to the tenancy officer.",
        "Harrowdene Borough Council",
        "Jul 2025",
        "Under way",
        [
            ("2.1", "Change the repairs form so that a damage report asks who caused the damage."),
        ],
    ),
    (
        "3",
        "The Fellgate NHS Trust should make sure that a patient who attends the emergency "
        "department twice in a month with injuries is asked about safety at home.",
        "Fellgate NHS Trust",
        "Nov 2025",
        "Under way",
        [
            ("3.1", "Build a flag in the emergency department record for a second injury visit."),
            ("3.2", "Train the triage nurses on routine enquiry using the flag and a short guide."),
            ("3.3", "Report the number of flagged visits and enquiries made to the Partnership."),
        ],
    ),
    (
        "4",
        "Northmoor Police should share the outcome of every domestic incident with the victim's "
        "GP within two working days.",
        "Northmoor Police",
        "Sep 2025",
        "Not begun",
        [
            ("4.1", "Agree a secure mailbox route with the GP practices in Harrowdene."),
            ("4.2", "Test the route with four practices and review what they received."),
        ],
    ),
    (
        "5",
        "Harrowdene Community Safety Partnership should publish a short learning brief from this "
        "review for all front line staff.",
        "Harrowdene Community Safety Partnership",
        "Dec 2025",
        "Not begun",
        [
            ("5.1", "Write the learning brief with the family's agreement on what it says."),
            ("5.2", "Hold two lunchtime briefings for practitioners once the brief is out."),
        ],
    ),
]


# the second plan: a three-line lead, wrapped statuses, "Agreed actions:" and a narrower face
PLAN2 = [
    (
        "1",
        "Kestleigh and Wyre Safeguarding Adults Partnership should agree how partners share "
        "concerns about an adult who cares for a partner with dementia.",
        "Kestleigh and Wyre Safeguarding Adults Partnership",
        "Mar 2025",
        "Achieved",
        [
            ("1.1", "Draft a carers' concern pathway with the local carers' centre."),
            ("1.2", "Publish the pathway on the Partnership's website and in its newsletter."),
            ("1.3", "Ask every partner to name a lead for carers' concerns."),
        ],
    ),
    (
        "2",
        "Wyre Valley GP Federation should offer a carer's health check to every patient "
        "recorded as the main carer of a person with dementia.",
        "Wyre Valley GP Federation",
        "Jun 2025",
        "Partly achieved",
        [
            ("2.1", "Run a search of practice records for patients coded as main carers."),
            ("2.2", "Send each of them an invitation to a carer's health check."),
        ],
    ),
    (
        "3",
        "Kestleigh Council adult social care should review any care package within a week when "
        "a family carer says that they can no longer cope.",
        "Kestleigh Council Adult Social Care",
        "Apr 2025",
        "Not achieved",
        [
            ("3.1", "Add a carer breakdown trigger to the duty team's screening tool."),
        ],
    ),
]


# the third plan: a blank line in the cell before its label, short sentences under long leads,
# enough rows to run over a page (the header printed again)
PLAN3 = [
    (
        str(n),
        rec,
        lead,
        by,
        state,
        [(f"{n}.{k}", text) for k, text in enumerate(actions, start=1)],
    )
    for n, (rec, lead, by, state, actions) in enumerate(
        [
            (
                "Brackwater Safer Communities Partnership should refresh its domestic abuse strategy.",
                "Brackwater Safer Communities Partnership Board",
                "Oct 2025",
                "Partly achieved",
                [
                    "Consult survivors' groups on the draft strategy before it goes to the Board.",
                    "Set out in the strategy how older victims will be reached.",
                ],
            ),
            (
                "Brackwater Borough Council should train its benefits staff on economic abuse.",
                "Brackwater Borough Council Revenues and Benefits",
                "Jan 2026",
                "Not achieved",
                [
                    "Buy a short e-learning course on economic abuse for all benefits staff.",
                    "Add a question about who controls the household's money to the claim review.",
                    "Check completion rates each quarter and report them to the Partnership.",
                ],
            ),
            (
                "Coldharbour Hospitals NHS Trust should see that a safeguarding referral is made "
                "when a patient discloses abuse to any member of staff.",
                "Coldharbour Hospitals NHS Trust",
                "Aug 2025",
                "Achieved",
                ["Remind all ward staff by bulletin that any disclosure must be referred."],
            ),
            (
                "Wessmoor Probation Service should check a person's address history with the police.",
                "Wessmoor Probation Service Public Protection Unit",
                "May 2025",
                "Achieved",
                [
                    "Add an address check to the pre-sentence report checklist.",
                    "Audit ten reports to see that the check was made.",
                ],
            ),
            (
                "Brackwater Safer Communities Partnership should tell the family what has changed.",
                "Brackwater Safer Communities Partnership Board",
                "Mar 2026",
                "Not achieved",
                ["Write to the family once a year with the progress on this plan until it closes."],
            ),
        ],
        start=1,
    )
]


def _cell(rec, actions, label="Actions:", gap=False):
    lines = [rec, *([""] if gap else []), label]
    lines += [f"{ref} {text}" for ref, text in actions]
    return "\n".join(lines)


def document2():
    doc = new_doc(header="KWSAP DHR 2023-02   OFFICIAL", footer_label="Plan", font="DejaVu Sans Mono", size=9)
    para(doc, "Domestic Homicide Review 'Alan'", bold=True, size=13)
    para(doc, "Action plan agreed by the Partnership", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Reference", "KWSAP DHR 2023-02"),
            ("Subject", "'Alan', aged 79"),
            ("Plan owner", "Partnership manager"),
        ],
        size=9,
    )
    para(doc, "One row for each recommendation; its agreed actions are numbered in the same box.")
    page_break(doc)
    widths = [1.0, 9.0, 3.0, 1.6, 2.0]
    t = make_table(doc, ["No.", "Recommendation and actions", "Lead agency", "By", "Status"], widths, size=8)
    for number, rec, lead, by, state, actions in PLAN2:
        add_row(t, [number, _cell(rec, actions, "Agreed actions:"), lead, by, state], widths, size=8)
    return doc


def document3():
    doc = new_doc(
        header="BSCP DHR 07/2021   OFFICIAL", footer_label="Action plan", font="Liberation Mono", size=10
    )
    para(doc, "Domestic Homicide Review into the death of 'Nadia'", bold=True, size=13)
    para(doc, "Action plan", bold=True, size=13)
    kv_table(
        doc, [("Review reference", "BSCP DHR 07/2021"), ("Plan owner", "Community safety manager")], size=10
    )
    for _ in range(3):
        para(doc, "The Partnership agreed this plan with each agency named below. " * 6)
    widths = [1.3, 8.1, 3.4, 1.6, 2.2]
    t = make_table(
        doc,
        ["No.", "Recommendation and actions", "Lead agency", "By", "Status"],
        widths,
        size=10,
        repeat=False,
    )
    for number, rec, lead, by, state, actions in PLAN3:
        add_row(t, [number, _cell(rec, actions, gap=True), lead, by, state], widths, size=10)
    return doc


def document():
    doc = new_doc(header="HCSP/DHR/2022/04   OFFICIAL", footer_label="Action plan", font=FONT, size=10)
    para(doc, "Domestic Homicide Review", bold=True, size=14)
    para(doc, "Action Plan", bold=True, size=14)
    kv_table(
        doc,
        [
            ("Review reference", "HCSP/DHR/2022/04"),
            ("Subject", "'Ruth', aged 52"),
            ("Date of death", "11 June 2022"),
            ("Plan owner", "Harrowdene Community Safety Partnership"),
        ],
        size=10,
    )
    para(doc, "")
    para(doc, "How to read this plan", bold=True)
    para(
        doc,
        "Each row below is one recommendation. The actions that deliver it are numbered inside "
        "the same box. The lead agency, the month due and the status apply to all of the row's actions.",
    )
    page_break(doc)
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    for number, rec, lead, by, state, actions in PLAN:
        add_row(t, [number, _cell(rec, actions), lead, by, state], WIDTHS, size=9)
    para(doc, "")
    para(doc, "The Partnership's board reviews this plan every quarter.")
    return doc


def _month(by):
    mon, year = by.split()
    return f"{year}-{MONTHS[mon]}"


def gold(lines, stem=STEM, plan=None, area="Harrowdene", victim=("Ruth", 52, "2022-06-11")):
    plan = plan or PLAN
    return plan_gold(
        stem,
        family="plan: actions numbered inside the recommendation cell",
        description=(
            "Standalone DHR action plan built in Word (python-docx, Courier New, portrait), exported to PDF "
            "by LibreOffice and to text by pdftotext -layout: a cover with a label/value box, then one table "
            "No. | Recommendation and actions | Lead agency | By | Status, one row per recommendation, the "
            "recommendation sentence, an 'Actions:' line and numbered actions in one cell."
        ),
        review=review(
            "DHR",
            area,
            victim[0],
            review_id={STEM: "HCSP/DHR/2022/04", STEM2: "KWSAP DHR 2023-02", STEM3: "BSCP DHR 07/2021"}[stem],
            age=victim[1],
            date_of_death=victim[2],
        ),
        recommendations=[
            recommendation_record(number, first_words(rec, 10), find_line(lines, rec))
            for number, rec, *_ in plan
        ],
        actions=[
            action_record(
                first_words(text, 7),
                find_line(lines, text),
                ref=ref,
                recommendation_ref=number,
                lead=lead,
                target_date_raw=by,
                target_date=_month(by),
                status_raw=state,
                status=STATUS[state],
            )
            for number, _, lead, by, state, actions in plan
            for ref, text in actions
        ],
        notes=(
            f"{WRITTEN} Recommendations: the sentence before 'Actions:'. Actions: each numbered line in the "
            "cell, taking its row's lead, month and status. Done -> complete, Under way -> in_progress, "
            "Not begun -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold, layout=True)
    save_with_gold(
        document2(),
        HERE,
        STEM2,
        lambda lines: gold(lines, STEM2, PLAN2, "Kestleigh and Wyre", ("Alan", 79, None)),
        layout=True,
    )
    # (pending: its -layout text reads whole since session 28, but not the review's area)
    save_with_gold(
        document3(),
        HERE / "pending",
        STEM3,
        lambda lines: gold(lines, STEM3, PLAN3, "Brackwater", ("Nadia", None, None)),
        layout=True,
    )
