"""A SAR's plan whose ref column holds the report's recommendation letters ("For | What we will
do | Who | By when | How we will know it has worked | Progress"), read on corpus text
(plan.lettered_rows): rows open with "A", "B(i)", "C" where those letters run through the
alphabet from A; "Who" is the lead's column; the success measures keep their own column."""

from __future__ import annotations

from pathlib import Path

import regex

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.lettered_rows import lettered_columns, lettered_ref
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).parent / "zoo" / "pending"
BASE = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?)$")


def test_letters_open_rows_only_running_from_a():
    rows = ["A Send the letter. Chair Spring", "B(i) Hold the event. Manager June", "C Write it up. Lead May"]
    rx = lettered_ref(BASE, rows)
    assert rx is not None and rx.match("B(i)") and rx.match("C") and rx.match("2.1")
    # (a line opening with the article, "A Board ...", among others out of order: no letters)
    assert lettered_ref(BASE, ["A Board member will", "D Review the plan", "B Check it"]) is None
    assert lettered_ref(BASE, rows[1:]) is None  # (not from A)


def test_who_is_the_lead_where_no_column_is():
    p = load_patterns()
    cm = ColumnMap(p)
    who = {w.lower() for w in p.list("actions.who_headers")}
    text = "For What we will do Who By when How we will know it has worked Progress"
    cols = ["ref", "action", "target_date", "success_measure", "progress"]
    assert lettered_columns(cm, who, text, cols) == [
        "ref",
        "action",
        "lead",
        "target_date",
        "extra:How we will know it has worked",
        "progress",
    ]
    # (a Lead column named: the columns as they are)
    named = ["ref", "action", "lead", "target_date"]
    assert lettered_columns(cm, who, "Ref Action Lead Target date", named) == named


def test_corpus_text_reads_the_lettered_plan():
    doc = extract(PENDING / "sar_summary_for_what_who_plan.corpus.txt")
    assert [(a.ref, a.recommendation_ref.upper()) for a in doc.actions] == [
        ("A", "A"),
        ("B(i)", "B"),
        ("B(ii)", "B"),
        ("C", "C"),
        ("D", "D"),
    ]
    # (the leads' first lines at least: "Nursing team" under "Head of Community" may still go to
    # the measure's cell beside it)
    leads = [
        "Safeguarding Adults Manager",
        "Designated Nurse for Adults",
        "Head of Community",
        "Board Business",
    ]
    assert all(a.lead.startswith(lead) for a, lead in zip(doc.actions, leads))
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "not_started",
        "in_progress",
        "not_started",
    ]
