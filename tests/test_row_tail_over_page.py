"""A plan row split by the page whose last printed line (a lead's "Dunmerrow Homes", wrapped under
"Manager,") is left at the page's foot, the header printed again at the top of the next page: that
line ends the row; it is no agency's name heading the rows after the page turn, which stay the
overview plan's actions, not agency recommendations (plan.page_turn).

Zoo: tests/zoo/pending/build_sab_sar_progress_rec_rows_above_actions_dunmerrow.py (heldout48
family 5's form: recommendation rows above their numbered actions in one table)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import FURNITURE, TEXT
from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.plan.page_turn import row_tail_over_page

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_sar_progress_rec_rows_above_actions_dunmerrow"
HEADER = "Ref Recommendation / action Lead Due Status"


def test_rows_after_the_page_turn_stay_the_plans():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert {a.agency_section for a in doc.actions} == {"overview"}
    assert [a.ref for a in doc.actions][-3:] == ["4.2", "5.1", "5.2"]


def _lines(between_kind: str, header_before: bool):
    content = [Line(1, HEADER)] if header_before else [Line(1, "Action plan")]
    content += [
        Line(3, "4.1 Survey the landlords Tenancy Manager, 30 Jun 2025 Complete"),
        Line(5, "Dunmerrow Homes"),
    ]
    content.append(Line(11, HEADER))
    printed = [
        *content,
        Line(7, "Progress report – 1", kind=between_kind),
        Line(9, "Dunmerrow SAB", kind=between_kind),
    ]
    return content, sorted(printed, key=lambda ln: ln.number)


def test_a_line_before_the_repeated_header_over_the_page_ends_its_row():
    content, printed = _lines(FURNITURE, header_before=True)
    assert row_tail_over_page(content, 2, printed)


def test_a_heading_on_the_headers_own_page_heads_it():
    content, printed = _lines(TEXT, header_before=True)
    assert not row_tail_over_page(content, 2, printed)  # (text printed between: no page turn)
    content, printed = _lines(FURNITURE, header_before=False)
    assert not row_tail_over_page(content, 2, printed)  # (the header's first printing)
