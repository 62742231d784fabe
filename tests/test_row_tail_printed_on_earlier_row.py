"""A plan row's wrapped last line left at a page's foot ("Dunmerrow Council", under "Head of Adult" /
"Safeguarding,") ends that row even when an earlier row of the same table, led by the same role,
printed the same last line alone: the same lead wraps the same way on every row it leads. Only a
printing before the plan's header (an agency's name over its recommendations) makes the line an
agency's heading over the rows after the page turn (plan.page_turn).

Zoo: tests/zoo/pending/build_sab_sar_progress_rec_rows_above_actions_dunmerrow.py (heldout48
family 5's form; rows 1.1 and 4.1 share their lead, 4.1 split by the page)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import FURNITURE
from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.plan.page_turn import row_tail_over_page

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_sar_progress_rec_rows_above_actions_dunmerrow"
HEADER = "Ref Recommendation / action Lead Due Status"


def test_the_standins_rows_after_the_page_turn_stay_the_plans():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert len(doc.actions) == 10
    assert {a.agency_section for a in doc.actions} == {"overview"}


def _plan(name_before_the_plan: bool):
    content = [Line(1, "Tamworth Council")] if name_before_the_plan else [Line(1, "Action plan")]
    content += [
        Line(3, HEADER),
        Line(5, "1.1 Agree a standard Head of Adult 31 Jan 2025 Complete"),
        Line(7, "Safeguarding,"),
        Line(9, "Tamworth Council"),
        Line(11, "4.1 Survey the landlords Head of Adult 30 Jun 2025 Complete"),
        Line(13, "Tamworth Council"),
        Line(19, HEADER),
    ]
    printed = [*content, Line(15, "Progress report – 1", kind=FURNITURE)]
    return content, sorted(printed, key=lambda ln: ln.number)


def test_a_tail_also_printed_on_an_earlier_row_ends_its_row():
    content, printed = _plan(name_before_the_plan=False)
    assert row_tail_over_page(content, 6, printed)


def test_a_name_printed_before_the_plan_stays_a_heading():
    content, printed = _plan(name_before_the_plan=True)
    assert not row_tail_over_page(content, 6, printed)
