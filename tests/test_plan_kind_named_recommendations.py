"""A SAB's SAR action plan whose recommendations are printed only in its "SAR recommendation"
column, each on its group's first row (the rows under it leave the two leading cells empty), one
row split over the page break:

* a review's kind before "recommendation" still names the plan's recommendation column
  ("SAR recommendation", "DHR recommendation"; patterns/actions.toml [columns]), so on PDF and
  Word the first rows' cells are the plan's recommendations, as the text routes read them;
* an agency's table whose wrapped date cell leaves a bare "5" beside the Rec. column is no
  recommendation of that agency (extractors/recommendations/plan_fragments.wordless);
* a footer "<partnership> | CSPR Child M | N" with no running head beside it is page furniture
  when its last printing closes the text (prepare/numbered_footers._closes_the_text), so the
  recommendation opening the next page is not run into the paragraph above.

The documents are the pending zoo's (build_sar_plan_rec_text_first_row_split_row.py,
build_cspr_learning_boxes_recommendation_run_ins.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
SAR = "sar_plan_rec_text_first_row_split_row_carrowby"
CSPR = "cspr_learning_boxes_recommendation_run_ins_fernhallow"


@pytest.mark.parametrize("name", ["SAR recommendation", "DHR recommendations", "CSPR recommendation"])
def test_a_review_kind_before_recommendation_names_the_column(name):
    assert ColumnMap(P).field_of(name.lower()) == "recommendation"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_first_row_recommendation_cells_are_the_plans_recommendations(suffix):
    doc = extract(PENDING / f"{SAR}{suffix}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert doc.recommendations[3].text.startswith("The Board should commission multi-agency training")
    assert len(doc.actions) == 9
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "2", "3", "3", "4", "4", "5"]


def test_a_wrapped_date_digit_is_no_agency_recommendation():
    doc = extract((PENDING / f"{CSPR}.corpus.txt").read_text(encoding="utf-8"), name=f"{CSPR}.corpus.txt")
    assert all(any(ch.isalpha() for ch in r.text) for r in doc.recommendations)
    assert len(doc.actions) == 7


def test_the_recommendation_after_an_unheaded_page_footer_is_read():
    doc = extract((PENDING / f"{CSPR}.corpus.txt").read_text(encoding="utf-8"), name=f"{CSPR}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[3].text.startswith(
        "Fernhallow Safeguarding Children Partnership should promote"
    )
