"""A board's response printed as labelled blocks whose recommendations carry no number.

Many Safeguarding Adults Reviews list their recommendations as bullets without numbers, and the
board's plan answers each in a block of labelled fields: "Recommendation:" with a short form of
the bullet, then "Action:", "Lead:", "Timescale:", "Progress:", "Status:". With no number to
open a row, the opening label does: each block is one action, its recommendation unnumbered,
whether the blocks are printed as text or as Word paragraphs."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument

import dhrparse

BLOCKS = [
    (
        "Ask the hospital trust to assure the Board that discharge letters reach the GP within a day.",
        "Trust to audit discharge letters sent from the frailty ward over one quarter.",
        "Head of Patient Flow, Quarndale Hospitals",
        "March 2025",
        "Audit under way; first month shows most letters sent the same day.",
        "On track",
    ),
    (
        "Review how carers' assessments are offered when a carer is also a relative.",
        "Rewrite the carers' assessment leaflet and train the contact centre.",
        "Carers Lead, Quarndale Council",
        "October 2024",
        "Leaflet reprinted and training delivered to twenty advisers.",
        "Complete",
    ),
    (
        "Make self-neglect training part of induction for home care agencies.",
        "Add a self-neglect module to the commissioned providers' induction standard.",
        "Commissioning Manager, Adult Services",
        "June 2025",
        "Waiting for the new contract year.",
        "Not started",
    ),
]
STATUS = {"On track": "in_progress", "Complete": "complete", "Not started": "not_started"}
LABELS = ["Recommendation", "Action", "Lead", "Timescale", "Progress", "Status"]
INTRO = [
    "Appendix 2: Board response and action plan",
    "The Board accepted each recommendation; the plan is reviewed at every meeting of its case review group.",
]


def _text() -> str:
    out = list(INTRO)
    for block in BLOCKS:
        out += [f"{label}: {value}" for label, value in zip(LABELS, block)] + [""]
    return "\n".join(out) + "\n"


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading(INTRO[0], level=1)
    doc.add_paragraph(INTRO[1])
    for block in BLOCKS:
        for label, value in zip(LABELS, block):
            p = doc.add_paragraph()
            p.add_run(f"{label}:").bold = True
            p.add_run(f" {value}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("route", ["text", "word"])
def test_each_unnumbered_block_is_one_action(route):
    doc = dhrparse.extract(_text()) if route == "text" else dhrparse.extract(_word(), name="plan.docx")
    got = [
        (a.action, a.lead, a.target_date.raw if a.target_date else None, a.status.value) for a in doc.actions
    ]
    assert got == [(action, lead, due, STATUS[status]) for _, action, lead, due, _, status in BLOCKS]
    assert all(a.recommendation_ref is None for a in doc.actions)
