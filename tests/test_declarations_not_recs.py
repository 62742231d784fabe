"""Words in a review's recommendations part that recommend nothing: a reviewer's declaration
(the Welsh templates' "Statement of independence from the case" and its ticked first-person
items) and a paper's request to the board it goes to ("The Board is asked to note this
report"). Their wording is in patterns/recommendations.toml (not_recommendation)."""

from __future__ import annotations

from dhrparse.pipeline import extract

REPORT = """Adult Practice Review – Report

4. Recommendations

4.1 Cwmderi Health Board should make sure that district nurses escalate a refused visit to the GP.

4.2 Cwmderi County Council should review how carers' assessments record who else lives in the home.

Statement of independence from the case

I make the following statement that prior to my involvement with this review:

- I have not been directly concerned with the individual or family
- I have the knowledge and experience needed to undertake the review
- I have had no line management of the practitioners involved
"""


def test_a_reviewers_declaration_is_no_recommendation(tmp_path):
    path = tmp_path / "apr.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert [r.ref for r in extract(path).recommendations] == ["4.1", "4.2"]


def test_a_paper_asking_its_board_to_note_it_makes_no_recommendation(tmp_path):
    text = (
        "Report to the Safer Wendle Partnership Board\n\n"
        "4. Recommendation to the Board\n\n"
        "4.1 The Board is asked to note this report and to agree the closure of completed actions.\n"
    )
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(path).recommendations == []
