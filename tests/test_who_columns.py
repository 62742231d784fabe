"""A narrower plan's who column ("Agency") beside its Lead column, on the corpus-text route
(plan/who_columns.py), and the header names session 21 taught the column map ("Partner
agency", "How will we know it has made a difference?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.dated_position import who_named
from dhrparse.plan.lettered_rows import lettered_columns
from dhrparse.plan.tables import column_map
from dhrparse.plan.who_columns import NAMED, NOT_NAME, who_as_lead, who_carry, who_fit, with_who_columns

ZOO = Path(__file__).resolve().parent / "zoo"
WHO = {"agency", "organisation", "partner"}
NAMES = {"council", "police", "trust", "nhs", "member"}
JOINING = {"of", "and", "for", "the"}


@pytest.fixture(scope="module")
def cm():
    return column_map(load_patterns())


def test_agency_column_is_counted_in_its_printed_place(cm):
    text = "Rec. Agency Action Lead officer Target Status"
    cols = cm.scan(text)
    assert cols == ["recommendation", "action", "lead", "target_date", "status"]
    assert with_who_columns(cm, WHO, text, cols) == [
        "recommendation",
        "extra:Agency",
        "action",
        "lead",
        "target_date",
        "status",
    ]


def test_agency_column_first(cm):
    text = "Organisation Ref Action Lead Target date"
    assert with_who_columns(cm, WHO, text, cm.scan(text))[:2] == ["extra:Organisation", "ref"]


@pytest.mark.parametrize(
    "text",
    [
        "Rec. Colour Action Lead officer Target Status",  # (a word no who-header: left alone)
        "Rec. Agency Action Target Status",  # (no Lead column: the agency may be the lead)
    ],
)
def test_other_headers_are_left_as_named(cm, text):
    cols = cm.scan(text)
    assert with_who_columns(cm, WHO, text, cols) == cols


def test_who_cells_read_as_names():
    cols = ["recommendation", "extra:Agency", "action", "lead", "target_date", "status"]
    assert who_fit(cols, 1, "Kelby Vale Police", NAMES, JOINING) == NAMED
    assert who_fit(cols, 1, "All member agencies", NAMES, JOINING) == NAMED
    assert who_fit(cols, 1, "Amend the record", NAMES, JOINING) == 0.0
    # the action beside it opens with a verb, not the name's last word, nor ends on the lead's first
    assert who_fit(cols, 2, "CSP Agree and publish a standard.", NAMES, JOINING) == NOT_NAME
    assert who_fit(cols, 2, "Each agency to confirm its booking CSP", NAMES, JOINING) == NOT_NAME
    assert who_fit(cols, 2, "Add a field to the Head of", NAMES, JOINING) == NOT_NAME
    assert who_fit(cols, 2, "Agree and publish a standard.", NAMES, JOINING) is None
    # a name's later line holds a name's words; a date's later line no status word
    assert who_carry(cols, 1, "agencies bookings for", NAMES, JOINING) == NOT_NAME
    assert who_carry(cols, 1, "NHS Trust", NAMES, JOINING) == 0.0
    assert who_carry(cols, 4, "complete", NAMES, JOINING) == NOT_NAME
    # without a who column none of this is asked
    plain = ["ref", "action", "lead", "target_date", "status"]
    assert who_fit(plain, 1, "CSP Agree and publish", NAMES, JOINING) is None
    assert who_carry(plain, 3, "complete", NAMES, JOINING) is None


def test_new_column_names(cm):
    header = [
        "No.",
        "Action",
        "Partner agency",
        "By when",
        "How will we know it has made a difference?",
        "Status",
    ]
    assert cm.header_columns(header) == ["ref", "action", "lead", "target_date", "success_measure", "status"]
    # the wrapped name's first line is header words; a lone lettered ref ("1a") is not
    assert cm.is_header_words("How will we know it has made a")
    assert not cm.is_header_words("1a")
    assert not cm.is_header_words("b")


def _actions(stem: str) -> list:
    return extract(ZOO / f"{stem}.corpus.txt").actions


def test_agency_column_plan_reads_on_corpus_text():
    acts = _actions("plan_agency_column_beside_lead")
    assert [a.ref for a in acts] == ["9.1", "9.2", "9.3", "9.4", "9.5"]
    assert [a.lead for a in acts] == [
        "Partnership Manager",
        "CSP Performance Officer",
        "Head of Safeguarding",
        "Named Nurse for Adults",
        "Practice Manager",
    ]
    assert acts[1].status.raw.startswith("Partially complete – four of six agencies")


def test_partner_agency_plan_reads_on_corpus_text():
    acts = _actions("plan_bands_partner_agency_made_difference")
    assert [a.ref for a in acts] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    # (read by the tracker reader from each row's first printed line: the header was never found)
    assert [a.recommendation_ref for a in acts] == ["1", "1", "2", "2", "3", "3"]
    assert [a.status.value for a in acts] == [
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
        "complete",
    ]


def test_a_lone_who_word_beside_no_lead_column_is_the_lead_s(cm):
    # (one decision, asked by the dated header's words and the lettered plan's gaps alike)
    assert who_as_lead(["No.", "Action", "Who", "By"], {"who"}, lead_named=False) == 2
    assert who_as_lead(["No.", "Action", "Who", "By"], {"who"}, lead_named=True) is None
    assert who_as_lead(["Who", "Agency"], {"who", "agency"}, lead_named=False) is None  # (two: unsure)
    p = load_patterns()
    assert who_named(cm, p, ["No.", "Recommendation", "Action", "Who", "By", "when"])[3] == "Lead"
    assert who_named(cm, p, ["No.", "Recommendation", "Action", "Who", "Lead"])[3] == "Who"
    header = "For What we will do Who By when Progress"
    cols = ["ref", "action", "target_date", "progress"]
    assert lettered_columns(cm, {"who"}, header, cols) == ["ref", "action", "lead", "target_date", "progress"]
