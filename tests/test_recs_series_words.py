"""Recommendations printed in worded series ("National Recommendation 1-3", "Local Recommendation
1-5"): when every series restarts at 1 the bare number names two recommendations, so reports and
their plans cite them with the series word, and the ref keeps it ("National 1", "Local 2"). Where
the series run on from each other (National 1-2, Local 3-5) the number alone is the ref.

Generated: the series words, how many in each, how the label is printed (alone on its line, or
before a colon or dash with the text after it, in capitals or not), whether a summary section
restates them first, and whether the text is hard-wrapped as a PDF text layer prints it."""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract
from dhrparse.vocab.refs import norm_ref

BODIES = [
    "Coldharbour Police",
    "The Home Office",
    "Ferrybridge NHS Foundation Trust",
    "Department for Education",
    "The Ravenmoor Community Safety Partnership",
    "Ravenmoor Borough Council Housing Service",
]
TASKS = [
    "review how repeat breaches of protective orders are risk assessed",
    "publish guidance on reviewing deaths by suicide after domestic abuse",
    "train staff to ask about abuse after a relationship has ended",
    "agree a pathway for referrals to the stalking advocacy service",
    "audit the use of the escalation policy over the next year",
]
SERIES = [
    ("National", "Local"),
    ("Local", "National"),
    ("Regional", "Local"),
    ("Single agency", "Multi-agency"),
]


@st.composite
def documents(draw):
    first, second = draw(st.sampled_from(SERIES))
    counts = (draw(st.integers(1, 3)), draw(st.integers(1, 4)))
    restart = draw(st.booleans())
    style = draw(st.sampled_from(["alone", "colon", "dash", "upper"]))
    summary = draw(st.booleans())
    wrapped = draw(st.booleans())
    recs, k = [], 0
    for word, count in zip((first, second), counts):
        start = 1 if restart else k + 1
        for n in range(start, start + count):
            body, task = BODIES[k % len(BODIES)], TASKS[k % len(TASKS)]
            recs.append((word, n, f"{body} should {task}."))
            k += 1
    return recs, restart, style, summary, wrapped


def _label(word: str, n: int, style: str) -> str:
    label = f"{word} Recommendation {n}"
    return label.upper() if style == "upper" else label


def render(recs, style: str, summary: bool, wrapped: bool) -> str:
    out = ["Ravenmoor Community Safety Partnership", "", "Domestic Abuse Related Death Review", ""]
    out += [
        "1. Introduction",
        "1.1 The review looks at the support given to Lena before her death in 2024.",
        "",
    ]
    if summary:
        out += ["2. Summary of recommendations", "The review makes the recommendations below. In brief:"]
        out += [f"{_label(w, n, style)} – {text.split(' should ')[1][:40]}" for w, n, text in recs]
        out.append("")
    out.append("3. Recommendations")
    for word, n, text in recs:
        label = _label(word, n, style)
        if style == "colon":
            lines = [f"{label}: {text}"]
        elif style == "dash":
            lines = [f"{label} – {text}"]
        else:
            lines = [label, text]
        for line in lines:
            out += textwrap.wrap(line, 78) if wrapped else [line]
    out += ["", "4. Glossary", "DARDR: Domestic Abuse Related Death Review"]
    return "\n".join(out) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_worded_series_keep_their_word_only_where_the_numbers_restart(doc):
    recs, restart, style, summary, wrapped = doc
    got = extract(render(recs, style, summary, wrapped), name="dardr.txt").recommendations
    want = [f"{w} {n}" if restart else str(n) for w, n, _ in recs]
    assert [norm_ref(r.ref) for r in got] == [norm_ref(w) for w in want]
    for rec, (_, _, text) in zip(got, recs):
        assert " ".join(rec.text.split()).startswith(text[:40])


def test_a_plan_row_quoting_the_label_is_that_recommendation_not_a_new_one():
    text = render(
        [("National", 1, TASKS[0]), ("Local", 1, TASKS[1]), ("Local", 2, TASKS[2])], "alone", False, False
    )
    text = (
        text.replace(TASKS[0], f"The Home Office should {TASKS[0]}.")
        .replace(TASKS[1], f"Coldharbour Police should {TASKS[1]}.")
        .replace(TASKS[2], f"The Ravenmoor Community Safety Partnership should {TASKS[2]}.")
    )
    plan = [
        "",
        "Appendix A: Action plan",
        "Row\tRecommendation\tAction\tLead agency\tTarget date\tStatus",
        f"1\tNational Recommendation 1: The Home Office should {TASKS[0]}.\tWrite to the department\t"
        "Ravenmoor Community Safety Partnership\tMay 2025\tComplete",
        f"2\tLocal Recommendation 1: Coldharbour Police should {TASKS[1]}.\tAmend the procedure\t"
        "Coldharbour Police\tJune 2025\tIn progress",
        f"3\tLocal Recommendation 2: The Ravenmoor Community Safety Partnership should {TASKS[2]}.\t"
        "Agree the pathway\tRavenmoor Community Safety Partnership\tJuly 2025\tNot started",
    ]
    got = extract(text + "\n".join(plan) + "\n", name="dardr.txt").recommendations
    assert [r.ref for r in got] == ["National 1", "Local 1", "Local 2"]
