"""A board's response printed as labelled blocks, as the bundled reports' text is extracted.

A safeguarding board often answers a review with one block per recommendation: the
recommendation, then "Action:", "Lead:", "Deadline:" and "Progress update:" lines. Text taken
from the PDF a printed line at a time (a blank line after every line, as the bundled reports
are) gives no paragraph breaks, so a labelled line such as "Deadline: 30 June 2024" is short,
capitalised and stands apart, the shape of a title. A line opening on a plan field's label and
giving its value is a field, never a heading: the plan reads the same from this text as from
the plain export."""

from __future__ import annotations

import dhrparse

BLOCKS = [
    (
        "Recommendation 1",
        "Selbridge Council should assess fire risk at the first visit to a hoarded home.",
        [
            (
                "Rewrite the hoarding protocol with the fire service.",
                "Head of Adult Safeguarding, Selbridge Council",
                "30 September 2024",
                "Complete. The protocol was signed off in September 2024.",
            )
        ],
    ),
    (
        "Recommendation 2",
        "The fire service and adult social care should share the names of adults at high risk of fire.",
        [
            (
                "Agree an information sharing agreement.",
                "Prevention Manager, Selbridge Fire and Rescue Service",
                "December 2024",
                "In progress. The legal teams are reading the draft.",
            ),
            (
                "Hold a monthly joint review of the high-risk list.",
                "Team Manager, Adult Social Care",
                "January 2025",
                "Not started – waits for the agreement.",
            ),
        ],
    ),
    (
        "Recommendation 3",
        "The Board should tell the regional network what this review found about hoarding.",
        [
            (
                "Present the findings at the regional meeting.",
                "Board Manager",
                "End of March 2025",
                "Not yet due.",
            )
        ],
    ),
]


def _printed() -> list[str]:
    lines = [
        "Selbridge Safeguarding Adults Board",
        "Safeguarding Adults Review: Mrs T",
        "Response to the recommendations and action plan",
        "The Board accepted all three recommendations. For each one this document gives the",
        "agreed action, the lead, the deadline and the latest progress.",
    ]
    for title, text, actions in BLOCKS:
        lines += [title, text]
        for action, lead, deadline, progress in actions:
            lines += [
                f"Action: {action}",
                f"Lead: {lead}",
                f"Deadline: {deadline}",
                f"Progress update: {progress}",
            ]
    return lines


def test_the_labelled_plan_reads_alike_from_plain_and_line_spaced_text():
    plain = dhrparse.extract("\n".join(_printed()) + "\n", name="plain.txt")
    spaced = dhrparse.extract("".join(f"{line} \n\n" for line in _printed()), name="spaced.txt")
    # each record sits in the same section on both, no field line taken for a heading
    assert [a.location.section for a in spaced.actions] == [a.location.section for a in plain.actions]
    assert not any(a.location.section.startswith(("Lead:", "Deadline:", "Action:")) for a in spaced.actions)
    for doc in (plain, spaced):
        assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
        got = [
            (a.recommendation_ref, a.lead, a.target_date.start if a.target_date else None)
            for a in doc.actions
        ]
        assert got == [
            ("1", "Head of Adult Safeguarding, Selbridge Council", "2024-09-30"),
            ("2", "Prevention Manager, Selbridge Fire and Rescue Service", "2024-12"),
            ("2", "Team Manager, Adult Social Care", "2025-01"),
            ("3", "Board Manager", "2025-03"),
        ], doc.source.name
