"""A narrower plan's printed columns counted on the corpus-text route, where each printed line
joins its cells: two lead names side by side ("Lead agency Lead officer") are two columns, a
last name no field is for ("Evidence / comment") is a column, and a later table's header naming
no action ("Ref Update Status") ends the plan's body (plan/who_columns.py,
plan/narrow_sections.py)."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import column_map
from dhrparse.plan.who_columns import with_agency_column, with_closing_extra

WHO = {"agency", "organisation", "who"}


@pytest.fixture(scope="module")
def cm():
    return column_map(load_patterns())


def test_agency_beside_officer_is_a_column_of_its_own(cm):
    text = "Ref Action Lead agency Lead officer Target date"
    cols = cm.scan(text)
    assert cols == ["ref", "action", "lead", "target_date"]
    assert with_agency_column(cm, WHO, text, cols) == [
        "ref",
        "action",
        "extra:Lead agency",
        "lead",
        "target_date",
    ]


def test_officer_before_agency(cm):
    text = "No. Action Lead officer Lead agency Due date"
    cols = cm.scan(text)
    assert with_agency_column(cm, WHO, text, cols) == [
        "ref",
        "action",
        "lead",
        "extra:Lead agency",
        "target_date",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ref Action Lead officer Target date",  # (one lead name)
        "Ref Action Lead Owner Target date",  # (two names, neither a body's: not told apart)
    ],
)
def test_other_leads_left_as_named(cm, text):
    cols = cm.scan(text)
    assert with_agency_column(cm, WHO, text, cols) == cols


def test_closing_unnamed_column_is_counted(cm):
    text = "Rec Action Improvement action Action owner Target Status Evidence / comment"
    cols = cm.scan(text)
    assert cols[-1] == "status"
    assert with_closing_extra(cm, text, cols) == [*cols, "extra:Evidence / comment"]


@pytest.mark.parametrize(
    "text",
    [
        "Ref Action Lead Target date Status",  # (nothing after the last name)
        "Ref Action Lead Target date Status Kelby",  # (a word no header's)
    ],
)
def test_no_closing_column(cm, text):
    cols = cm.scan(text)
    assert with_closing_extra(cm, text, cols) == cols


HEADER = "Ref Action Lead agency Lead officer Target date"
ROWS = [
    "R1.1 Send the new guide to every Kelby Council Adult Team Manager, 31 May 2025",
    "team in the borough Social Care Duty Team",
    "R1.2 Audit ten referrals for the Kelby Council Adult Principal Social June 2025",
    "guide's questions Social Care Worker",
    "R2.1 Add a field for refusals to the Marston Community Head of Nursing 30 June 2025",
    "nursing record Health Trust",
]
PROGRESS = [
    "Ref Update Status",
    "R1.1 Guide sent to all teams in May. Complete",
    "R1.2 Audit booked for the summer. Underway",
    "R2.1 Field agreed with the supplier. Underway",
]


def test_later_table_header_ends_the_body():
    from plan_text import corpus_text

    from dhrparse.plan.column_roles import ColumnRoles
    from dhrparse.plan.narrow_rows import NarrowRows
    from dhrparse.plan.plan_lines import PlanLines
    from dhrparse.plan.vocabulary import PlanVocabulary
    from dhrparse.prepare.cleaning import clean
    from dhrparse.prepare.segment import segment
    from dhrparse.readers.text import read_text

    p = load_patterns()
    text = corpus_text(["Action plan", HEADER, *ROWS, "Progress update", *PROGRESS])
    doc = read_text(text.encode(), name="plan.corpus.txt", path="plan.corpus.txt", sha256="")
    clean(doc, p)
    segment(doc, p)
    pl = PlanLines(doc, column_map(p), ColumnRoles(p), PlanVocabulary.of(p))
    pl.lines = pl._content(pl.doc)
    reader = NarrowRows(pl, p, set(), True)
    i = next(k for k, ln in enumerate(pl.lines) if ln.text.strip() == HEADER)
    cols, _, nxt = pl.header_at(i)
    body, _, _ = reader._body(pl.lines, i, cols, nxt)
    printed = [pl.lines[k].text.strip() for k in body]
    assert printed[: len(ROWS)] == ROWS
    assert not any(line.startswith(("Ref Update", "R1.1 Guide")) for line in printed)
