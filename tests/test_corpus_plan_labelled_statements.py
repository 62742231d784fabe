"""Recommendations printed in a plan chapter as a label alone on its line ("Recommendation 2"),
their words on the lines below and a table of improvement actions under each, in text taken out
a printed line at a time (the corpus-text route: every line followed by a blank line, each line
ending in a space). A line of the recommendation cut short before a long word is still its own."""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

RECS = [
    "The Committee should ensure that screening considers the history of earlier referrals about"
    " the same adult, so that cumulative harm is recognised even when each single concern seems small.",
    "Dunlarig Health and Social Care Partnership should strengthen practitioners' understanding of"
    " how undue pressure, coercion and exploitation affect an adult's decision-making.",
    "NHS Dunlarig should agree with community pharmacies and GP practices a way of sharing concerns"
    " about medicines that are ordered early or never collected.",
]
ACTIONS = [
    [
        "Amend the screening tool Chief Social Work December 2024",
        "to require a review of Officer",
        "all referrals.",
    ],
    ["Develop a learning module APC Learning Subgroup March 2025", "on capacity and undue", "influence."],
    ["Agree an information Director of Pharmacy April 2025", "sharing protocol."],
]


def _report() -> str:
    lines = [
        "Dunlarig Adult Protection Committee",
        "Learning Review – Mr D",
        "4. Recommendations and improvement actions",
        "The review team makes three recommendations. The Committee has agreed improvement actions",
        "for each, set out beneath the recommendation it serves.",
    ]
    for n, (rec, action) in enumerate(zip(RECS, ACTIONS), start=1):
        lines.append(f"Recommendation {n}")
        # (wrapped a little short of the page, as a proportional face leaves lines before long words)
        lines += textwrap.wrap(rec, 68)
        lines.append("Improvement action Lead Timescale")
        lines += action
    return "".join(f"{line} \n\n" for line in lines)


def test_each_labelled_recommendation_keeps_its_words():
    doc = extract(_report())
    got = [(r.ref, " ".join(r.text.split())) for r in doc.recommendations]
    assert got == [(str(n), rec) for n, rec in enumerate(RECS, start=1)]
