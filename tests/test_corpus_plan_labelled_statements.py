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


PREAMBLE_RECS = [
    "Ashmoor Community Safety Partnership should review the pathway from the MARAC to rural support.",
    "Ashmoor Police should record any firearm certificate held by anyone at the address.",
    "The Home Office should consider how licensing guidance can take account of domestic abuse.",
]


def _standalone_plan() -> str:
    lines = [
        "Ashmoor Community Safety Partnership",
        "Domestic Homicide Review ‘Iris’ (ACSP DHR 2022-2)",
        "Action Plan",
        "The overview report made the following recommendations:",
    ]
    for n, rec in enumerate(PREAMBLE_RECS, start=1):
        lines += textwrap.wrap(f"{n}. {rec}", 92)
    lines += [
        "Agency Ref Action required Lead officer By when",
        "Ashmoor CSP 1a Commission a review of the rural pathway. CSP Manager 31.03.24",
        "Ashmoor Police 2a Add a firearms prompt to the attendance Chief Inspector Dec 24",
        "checklist.",
        "Ashmoor CSP 3a Write to the Home Office enclosing the CSP Chair On publication",
        "report and asking it to consider",
        "Recommendation 3.",
    ]
    return "".join(f"{line} \n\n" for line in lines)


def test_a_cell_citing_a_recommendation_by_its_label_states_none():
    """ "... asking it to consider" / "Recommendation 3." closes an action cell's sentence: it
    cites the recommendation, and the plan's recommendations are those its preamble lists."""
    doc = extract(_standalone_plan())
    got = [(r.ref, " ".join(r.text.split())) for r in doc.recommendations]
    assert got == [(str(n), rec) for n, rec in enumerate(PREAMBLE_RECS, start=1)]
