"""A SAR overview's appendix plan "Rec | Action | What will be done | Lead | Review date | Status"
in corpus text (each printed line on its own, a table line's cells joined by single spaces): the
Action column only numbers the actions ("A1" .. "A9"), the recommendation's number "(1)" is merged
down its actions' rows, and "Review date" wraps its last word onto the line under the header. The
codes are the refs, "What will be done" the action, "Review date" the target (plan.coded_header).
At 528ca0fe no action was read: the header named a review column and one action column; where
the rows run over a page break, the header printed again there is the table's own (narrow_sections)."""

from __future__ import annotations

from pathlib import Path

import dhrparse

PENDING = Path(__file__).parent / "zoo" / "pending"
MARSHGATE = "sar_overview_kpe_headings_date_ranges_paren_recs_plan_codes_a1_marshgate"

# our own plan, another board and other rows: three recommendations over five coded actions
PLAN = """Safeguarding Adults Review: Mr T (extract)

Recommendations

(1) The Board should ask every ward to check a patient's way home before discharge.

(2) The Board should make sure that practices record why a patient left their list.

(3) The Board should review how self-neglect referrals are screened.

Appendix: Board action plan

Rec Action What will be done Lead Review Status

date

(1) B1 Add a travel check to the ward discharge Elmbury March Completed

form. Hospitals 2025

B2 Sample fifteen discharges for the travel Elmbury September Not yet

check. Hospitals 2025 started

(2) B3 Write to each practice about recording Elmbury ICB January Completed

list removals. 2025

(3) B4 Review the screening rules for self- Adult Social February Partly

neglect referrals. Care 2025 completed

B5 Audit screened-out referrals every Adult Social July 2025 Partly

quarter. Care completed

"""


def _actions(path: Path) -> list[tuple]:
    doc = dhrparse.extract(path)
    return [(a.ref, a.recommendation_ref, a.lead, a.target_date.raw, a.status.value) for a in doc.actions]


def test_coded_action_column_plan_reads_on_corpus_text(tmp_path):
    path = tmp_path / "mr_t.corpus.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert _actions(path) == [
        ("B1", "1", "Elmbury Hospitals", "March 2025", "complete"),
        ("B2", "1", "Elmbury Hospitals", "September 2025", "not_started"),
        ("B3", "2", "Elmbury ICB", "January 2025", "complete"),
        ("B4", "3", "Adult Social Care", "February 2025", "in_progress"),
        ("B5", "3", "Adult Social Care", "July 2025", "in_progress"),
    ]


def test_marshgate_stand_in_reads_nine_actions_on_corpus_text():
    got = _actions(PENDING / f"{MARSHGATE}.corpus.txt")
    assert [a[0] for a in got] == [f"A{n}" for n in range(1, 10)]
    assert [a[1] for a in got] == ["1", "1", "2", "2", "3", "4", "4", "5", "5"]


HAZELTHORN = "sar_overview_kpe_headings_plan_codes_rows_over_page_break_hazelthorn"


def test_rows_over_a_page_break_under_the_header_printed_again_read_as_one_table():
    # (the header printed again on the next page, read as the table's own, is no row)
    got = _actions(PENDING / f"{HAZELTHORN}.corpus.txt")
    assert [a[0] for a in got] == [f"A{n}" for n in range(1, 10)]
    assert [a[1] for a in got] == ["1", "1", "2", "2", "3", "4", "4", "5", "5"]
    assert [a[4] for a in got][3:5] == ["in_progress", "in_progress"]
