"""A DHR action plan printed on A3 landscape with eleven narrow columns (No. | Recommendation |
Action | Outcome sought | Lead agency | Lead officer | Start | Target | Evidence | Progress at
<date> | Status), each "Rec N – ..." cell merged down, Start and Target both "Mon yy":

* "Slipped" is a status: the work begun but behind its target, in progress (patterns);
* in corpus text the header names the officer's column beside the agency's, the Start and the
  Evidence as columns no field is for (plan.tracker_header): the agency's column is the lead,
  the Start column is never the target, and three such columns are allowed on a header of
  eleven;
* "Apr 25" fills a date cell whole (plan.tracker_shapes, vocab.dates.is_month_short_year).

The documents are the pending zoo's (tests/zoo/pending/build_dhr_a3_plan_start_target.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders
from dhrparse.vocab.dates import is_month_short_year

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
STEMS = ["dhr_a3_plan_start_target_marnock", "dhr_a3_plan_start_target_fellbrook"]


def test_slipped_is_behind_but_under_way():
    assert status_words("Slipped", P) == "in_progress"


def test_a_month_and_two_digit_year_is_a_whole_date_cell():
    assert is_month_short_year("Apr 25", P)
    assert not is_month_short_year("Apr 25 Jul 25", P)
    assert not is_month_short_year("Add 25", P)


def test_the_officer_beside_the_agency_is_a_column_of_its_own():
    headers = TrackerHeaders(ColumnMap(P), P)
    got = headers._header(
        "No. Recommendation Action Outcome sought Lead agency Lead officer Start Target Evidence "
        "Progress at 30/09/2025 Status"
    )
    assert got == (
        "No. Recommendation Action Outcome sought Lead agency Target Progress Status",
        [(5, "Lead officer"), (6, "Start"), (8, "Evidence")],
    )
    got = headers._header(
        "No. Recommendation Action Outcome sought Lead officer Lead agency Start date Target date "
        "Progress at 31/08/2025 Evidence Status"
    )
    assert got is not None and got[1] == [(4, "Lead officer"), (6, "Start date"), (9, "Evidence")]


@pytest.mark.parametrize("stem", STEMS)
def test_corpus_text_reads_refs_targets_and_statuses(stem):
    doc = extract((PENDING / f"{stem}.corpus.txt").read_text(encoding="utf-8"), name=f"{stem}.corpus.txt")
    assert [r.ref for r in doc.recommendations][:4] == ["1", "2", "3", "4"]
    actions = doc.actions
    assert len(actions) >= 8
    # (the target, never the start beside it)
    assert actions[0].target_date.raw == ("Jul 25" if "marnock" in stem else "Jun 25")
    assert actions[0].target_date.start == ("2025-07" if "marnock" in stem else "2025-06")
    assert [a.status.value for a in actions[:3]] == ["complete", "in_progress", "in_progress"]
    assert all(a.recommendation_ref for a in actions)
