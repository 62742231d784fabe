"""A plan's "Action owner" column printed side by side (pdftotext -layout) whose names break over
the cells' lines ("Pellow Borough" / "Council", "Head of" / "Safeguarding and" / "Patient
Experience"): judged row by row, the column is the lead's, so its words stay out of the actions
(plan.owner_columns). A header whose completion day's name goes on below its first line
("Date signed" / "off") is given its last word back (plan.name_runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.header_tails import HeaderTails
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).parent / "zoo" / "pending"
STEMS = ["dhr_plan_bands_owner_wrapped_caddon", "dhr_plan_bands_wide_evidence_pellow"]


@pytest.mark.parametrize("stem", STEMS)
def test_layout_text_keeps_the_owners_out_of_the_actions(stem):
    doc = extract(PENDING / f"{stem}.txt")
    pdf = extract(PENDING / f"{stem}.pdf")
    assert [a.ref for a in doc.actions] == [a.ref for a in pdf.actions]
    owners = {a.lead for a in pdf.actions}
    for action in doc.actions:
        assert action.lead, action.ref
        assert not any(owner in (action.action or "") for owner in owners)
    # (every action whose cells print apart reads as the PDF's; a single space between two cells
    # may still join a word to the wrong one, so most, not all)
    same = sum(a.action == b.action and a.lead == b.lead for a, b in zip(doc.actions, pdf.actions))
    assert same >= len(pdf.actions) - 1


def test_a_rows_first_line_alone_names_no_owner():
    # a column whose cells are whole names on each line was read so before: unchanged
    doc = extract(PENDING / "dhr_plan_signed_off_bands.txt")
    assert all(a.lead for a in doc.actions)


def _block(lines: list[str]) -> str | None:
    p = load_patterns()
    return HeaderTails(ColumnMap(p), p)._block(lines)


def test_a_completion_days_last_word_below_is_given_back():
    got = _block(["Ref Action Action owner Target Evidence of Date signed", "completion off"])
    assert got == "Ref Action Action owner Target Evidence of completion Date signed off"
    got = _block(["Ref Action Action owner Target Evidence of completion Date signed", "off"])
    assert got == "Ref Action Action owner Target Evidence of completion Date signed off"


def test_a_header_naming_no_more_columns_is_left_as_printed():
    assert _block(["Ref Action Lead Target Status", "date"]) is None
