"""A plan printed as one key/value box per recommendation ("Recommendation 1 | text", "Action
1.1 | ...", "Lead | ...", "Timescale | ...", "Progress (March 2025) | ...", "RAG | Blue"), with a
RAG key printed as a table: each numbered action is one action under its recommendation, its
colour read through the plan's own key, whether the boxes print as cells or as "Label: value"."""

from __future__ import annotations

import pytest

import dhrparse

BOXES = [
    (
        "1",
        "The Board should check that carers are offered an assessment.",
        [
            ("1.1", "Audit twenty hospital discharges.", "Head of Safeguarding", "June 2024", "Green"),
            ("1.2", "Brief ward managers on the audit.", "Head of Nursing", "30/09/2024", "Blue"),
        ],
    ),
    (
        "2",
        "Dunmere Police should consider carer stress at every call to an older couple.",
        [
            (
                "2.1",
                "Add carer stress to the refresher training.",
                "Head of Public Protection",
                "Dec 2024",
                "Red",
            )
        ],
    ),
]


def _plan(sep: str, key_sep: str) -> str:
    lines = ["Dunmere SAR action plan", "", "RAG key"]
    lines += [
        f"{c}{key_sep}{m}" for c, m in (("Blue", "Complete"), ("Green", "On track"), ("Red", "Not started"))
    ]
    lines.append("")
    for ref, rec, actions in BOXES:
        lines.append(f"Recommendation {ref}{sep}{rec}")
        for a, text, lead, due, rag in actions:
            lines += [
                f"Action {a}{sep}{text}",
                f"Lead{sep}{lead}",
                f"Timescale{sep}{due}",
                f"Progress (March 2025){sep}See the board minutes.",
                f"RAG{sep}{rag}",
            ]
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("sep,key_sep", [("\t", "\t"), (": ", " – ")])
def test_each_numbered_action_in_a_box_is_an_action(sep, key_sep):
    doc = dhrparse.extract(_plan(sep, key_sep))
    assert [(r.ref, r.agency) for r in doc.recommendations][1:] == [("2", "Dunmere Police")]
    got = [(a.ref, a.recommendation_ref, a.lead, a.status.value) for a in doc.actions]
    assert got == [
        ("1.1", "1", "Head of Safeguarding", "in_progress"),
        ("1.2", "1", "Head of Nursing", "complete"),
        ("2.1", "2", "Head of Public Protection", "not_started"),
    ]
    assert doc.actions[0].progress == "See the board minutes."
    assert all(a.location.line_start for a in doc.actions)
