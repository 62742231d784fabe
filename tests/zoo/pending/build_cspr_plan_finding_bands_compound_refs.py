"""Build the pending zoo documents of heldout42's family 5 in our own words: a Child Safeguarding
Practice Review's partnership action plan grouped under finding band rows.

`cspr_plan_finding_bands_lettered_rec_bands_compound_refs_harrowden` (URW Bookman 9.5, landscape):
a "Findings in brief" list, an italic status key, one table Ref | Action | Lead | Target date | Status
whose shaded full-width rows "Finding N — <finding>" head lighter full-width rows "Recommendation 1a:
<recommendation>" (1a, 1b, 2a, 3a), each action row's ref compound, "F1-R1a-A1", targets "30 Jun
2026", statuses Complete / On track / Off track / Not started; the table runs over a page break with
its header repeated; a summary line and a version line under it.

`cspr_plan_finding_label_rows_dotted_compound_refs_pellworth` (Liberation Serif 10, portrait): the
same family written a second way: each band a bold row of the table's own cells, not merged, its
label in the Ref cell ("Finding 2", "Recommendation 2.1") and its words in the Action cell, the other
cells empty; action refs lettered under the recommendation's number ("F2.R3.A1"), targets "Sep 2026".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_plan_finding_bands_compound_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding the .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
STATUS = {
    "Complete": "complete",
    "On track": "in_progress",
    "Off track": "in_progress",
    "Not started": "not_started",
}

# (finding, [(recommendation ref, recommendation, [(action ref, action, lead, target, status), ...]), ...])
HARROWDEN = [
    (
        "Finding 1 — Health visitors saw the baby often but heard only the mother's account of the home.",
        [
            (
                "1a",
                "The Partnership should make sure that every adult caring for a baby is seen and asked about "
                "their own needs at the new birth visit.",
                [
                    (
                        "F1-R1a-A1",
                        "Add a section on every carer in the home to the new birth visit record",
                        "Head of Health Visiting, Harrowden Community Health",
                        "31 Mar 2026",
                        "Complete",
                    ),
                    (
                        "F1-R1a-A2",
                        "Audit forty new birth visits for the carer section and report the findings",
                        "Named Nurse for Safeguarding",
                        "30 Jun 2026",
                        "On track",
                    ),
                ],
            ),
            (
                "1b",
                "Midwives and health visitors should share what they know about a father before the baby "
                "goes home.",
                [
                    (
                        "F1-R1b-A1",
                        "Agree a handover form between the maternity unit and health visiting",
                        "Head of Midwifery, Harrowden Hospitals",
                        "31 Jan 2026",
                        "Off track",
                    ),
                ],
            ),
        ],
    ),
    (
        "Finding 2 — Concerns about bruising were not passed on when the family moved between GP practices.",
        [
            (
                "2a",
                "The Integrated Care Board should check that a child's safeguarding codes travel with the "
                "record when a family registers with a new practice.",
                [
                    (
                        "F2-R2a-A1",
                        "Issue guidance to practice managers on carrying safeguarding codes across",
                        "Designated Doctor, Harrowden ICB",
                        "30 Apr 2026",
                        "On track",
                    ),
                    (
                        "F2-R2a-A2",
                        "Check twenty transferred records in each locality for the codes",
                        "Primary Care Safeguarding Lead",
                        "30 Sep 2026",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Finding 3 — Practitioners were unsure how to escalate when a strategy discussion was not held.",
        [
            (
                "3a",
                "The Partnership should publish a short escalation route for practitioners and test that it is "
                "known and used.",
                [
                    (
                        "F3-R3a-A1",
                        "Publish the escalation route on the Partnership's website and in its newsletter",
                        "Partnership Business Manager",
                        "28 Feb 2026",
                        "Complete",
                    ),
                    (
                        "F3-R3a-A2",
                        "Run two learning events on escalation for frontline practitioners",
                        "Learning and Development Officer",
                        "31 May 2026",
                        "On track",
                    ),
                    (
                        "F3-R3a-A3",
                        "Survey practitioners a year on about whether they have used the route",
                        "Quality Assurance Subgroup Chair",
                        "31 Dec 2026",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
]

FINDINGS_IN_BRIEF = (
    "The baby was seen by health professionals fourteen times in eleven weeks.",
    "The father's history was known to one agency and not asked about by the others.",
    "No single practitioner held the whole picture of the family's moves.",
    "Escalation between agencies was talked about but never used.",
)


# the same family written a second way: findings 1-2, recommendations 1-3
PELLWORTH = [
    (
        "Finding 1: The school's concerns about the child's absences were logged but never added up.",
        [
            (
                "1",
                "Schools should review a child's attendance pattern over the whole term when a new absence "
                "is reported by a parent.",
                [
                    (
                        "F1.R1.A1",
                        "Update the attendance procedure to require a termly pattern check",
                        "Education Safeguarding Adviser",
                        "Sep 2026",
                        "On track",
                    ),
                    (
                        "F1.R1.A2",
                        "Train attendance officers in the primary schools on the new check",
                        "Attendance Service Manager",
                        "Dec 2026",
                        "Not started",
                    ),
                ],
            ),
            (
                "2",
                "The Partnership should ask the police and schools to agree how reports of children "
                "missing from education are shared.",
                [
                    (
                        "F1.R2.A1",
                        "Agree a joint notification protocol for children missing education",
                        "Detective Inspector, Public Protection Unit",
                        "Jul 2026",
                        "Off track",
                    ),
                ],
            ),
        ],
    ),
    (
        "Finding 2: Home visits stopped when the family's phone number changed and no one checked why.",
        [
            (
                "3",
                "Children's social care should follow up in person when contact with a family on a plan is "
                "lost for more than two weeks.",
                [
                    (
                        "F2.R3.A1",
                        "Add a lost-contact prompt to the case recording system",
                        "Head of Children's Social Care",
                        "Mar 2026",
                        "Complete",
                    ),
                    (
                        "F2.R3.A2",
                        "Audit cases where contact was lost for more than two weeks",
                        "Principal Social Worker",
                        "Nov 2026",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
]


def _prose_before(doc, key: str) -> None:
    """The title block, the findings in brief and the italic status key a partnership prints first."""
    para(doc, "Child Safeguarding Practice Review: Baby M", bold=True, size=14)
    para(doc, "Partnership action plan in response to the review's findings", bold=True, size=11)
    para(
        doc,
        "This plan sets out how the partners will act on each finding of the review. It is owned by the "
        "Partnership's Case Review Group, which checks progress at each of its meetings. Each finding is "
        "printed as a shaded row, its recommendations under it, and each action under its recommendation.",
    )
    para(doc, "Findings in brief", bold=True)
    for text in FINDINGS_IN_BRIEF:
        doc.add_paragraph(text, style="List Bullet")
    para(doc, key, italic=True)


def build_harrowden() -> str:
    stem = "cspr_plan_finding_bands_lettered_rec_bands_compound_refs_harrowden"
    doc = new_doc(
        landscape=True,
        header="Harrowden Safeguarding Children Partnership",
        footer_label="CSPR Baby M – Partnership action plan – page",
        font="URW Bookman",
        size=9.5,
    )
    _prose_before(
        doc,
        "Status key: Complete – the action is done and evidenced; On track – under way and expected by its "
        "target date; Off track – under way but the target date will be missed; Not started – no work yet.",
    )
    headers = ("Ref", "Action", "Lead", "Target date", "Status")
    widths = (3.2, 9.5, 6.5, 2.6, 2.6)
    t = make_table(doc, headers, widths, size=9.5)
    for finding, recs in HARROWDEN:
        full_row(t, finding, fill="BFBFBF", size=9.5)
        for ref, text, rows in recs:
            full_row(t, f"Recommendation {ref}: {text}", fill="E7E6E6", size=9.5, bold=False)
            for row in rows:
                add_row(t, list(row), widths, size=9.5)
    para(doc, "")
    para(
        doc,
        "Summary: of eight actions, two are complete, three on track, one off track and two not started. "
        "The Case Review Group will report progress to the Partnership's executive in the spring.",
    )
    para(doc, "Version 1.2 — agreed by the Case Review Group on 14 October 2025", italic=True)
    save_rendered(doc, HERE, stem)
    return stem


def _target(raw: str) -> str | None:
    """A target as the gold scores it: "31 Mar 2026" the day, "Sep 2026" the month."""
    parts = raw.split()
    if len(parts) == 3 and parts[1][:3].lower() in MONTHS:
        return f"{parts[2]}-{MONTHS.index(parts[1][:3].lower()) + 1:02d}-{int(parts[0]):02d}"
    if len(parts) == 2 and parts[0][:3].lower() in MONTHS:
        return f"{parts[1]}-{MONTHS.index(parts[0][:3].lower()) + 1:02d}"
    return iso(raw)


def _label_row(t, label: str, text: str, widths) -> None:
    """A band written in the table's own cells: its label in the Ref cell, its words beside it, bold."""
    add_row(t, [label, text, "", "", ""], widths, size=10, bold_cols=(0, 1))


def build_pellworth() -> str:
    stem = "cspr_plan_finding_label_rows_dotted_compound_refs_pellworth"
    doc = new_doc(
        header="Pellworth Children's Safeguarding Partnership",
        footer_label="Child Safeguarding Practice Review: Child J – action plan –",
        font="Liberation Serif",
        size=10,
    )
    para(doc, "Child Safeguarding Practice Review: Child J", bold=True, size=14, align="center")
    para(doc, "Multi-agency action plan", bold=True, size=12, align="center")
    para(
        doc,
        "The review made two findings and three recommendations. The partners agreed the actions below, "
        "which the Partnership's Learning and Improvement Group will track until each is complete.",
    )
    para(
        doc,
        "Progress is reported as Complete, On track, Off track (the action will miss its date) or Not started.",
        italic=True,
    )
    headers = ("Ref", "Action", "Lead officer", "By", "Status")
    widths = (3.6, 6.0, 3.4, 1.8, 2.0)
    t = make_table(doc, headers, widths, size=10)
    for finding, recs in PELLWORTH:
        label, text = finding.split(": ", 1)
        _label_row(t, label, text, widths)
        for ref, rec, rows in recs:
            _label_row(t, f"Recommendation {ref}", rec, widths)
            for row in rows:
                add_row(t, list(row), widths, size=10)
    para(doc, "")
    para(doc, "Next review of this plan: the Group's meeting in January 2026.")
    para(doc, "Version 2 – December 2025", italic=True)
    save_rendered(doc, HERE, stem)
    return stem


def _gold(stem: str, findings, description: str, notes: str, area: str, pseudonym: str) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for _, group in findings
        for ref, text, _ in group
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=code,
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=target,
            target_date=_target(target),
            status_raw=state,
            status=STATUS[state],
        )
        for _, group in findings
        for ref, _, rows in group
        for code, action, lead, target, state in rows
    ]
    return plan_gold(
        stem,
        description=description,
        review=review("SCR", area, pseudonym, age=0),
        review_alternatives={
            "area": [
                f"{area} Safeguarding Children Partnership",
                f"{area} Children's Safeguarding Partnership",
            ]
        },
        recommendations=recs,
        actions=actions,
        notes=notes,
    )


NOTES = (
    "Recommendations the 'Recommendation <ref>:' band rows, ref as printed ('1a'); the 'Finding N' bands are "
    "findings, not records. One action per row, ref as printed (the compound code), recommendation_ref the "
    "recommendation band above. Complete -> complete, On track and Off track -> in_progress, Not started -> "
    "not_started (the key). Not records: the findings in brief, the key, the summary and version lines."
)


def gold_pellworth(stem: str) -> dict:
    return _gold(
        stem,
        PELLWORTH,
        "CSPR multi-agency action plan only (Liberation Serif 10, portrait): band rows in the table's own "
        "cells, 'Finding N' or 'Recommendation N' in the Ref cell and the words in the Action cell, bold; "
        "action refs 'F2.R3.A1', targets 'Sep 2026', statuses Complete / On track / Off track / Not started",
        NOTES.replace(
            "'Recommendation <ref>:' band rows, ref as printed ('1a')", "'Recommendation N' rows, ref 'N'"
        ),
        "Pellworth",
        "Child J",
    )


def gold_harrowden(stem: str) -> dict:
    return _gold(
        stem,
        HARROWDEN,
        "CSPR partnership action plan only (URW Bookman 9.5, landscape): shaded full-width 'Finding N — ...' "
        "band rows over lighter full-width 'Recommendation 1a: ...' band rows, action refs 'F1-R1a-A1', "
        "targets '31 Mar 2026', statuses Complete / On track / Off track / Not started through an italic key, "
        "the table over a page break with its header repeated",
        NOTES,
        "Harrowden",
        "Baby M",
    )


if __name__ == "__main__":
    for build, gold in ((build_harrowden, gold_harrowden), (build_pellworth, gold_pellworth)):
        stem = build()
        save_gold(HERE, stem, gold(stem))
        print("wrote", f"{stem}.json")
