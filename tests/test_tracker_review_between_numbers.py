"""A tracker over several reviews printing the review's column between the row's id and its
recommendation's number, "ID | Review ref | Rec no. | Recommendation | ...", the review's name
wrapping in its narrow column ("LP" over "DHR 4"):

    ID Review Rec Recommendation Action Lead officer Target Update (Panel Mar 25) Clos
    ref no. date ed
    LP-11 LP 1 Lowbridge Council should train Run two training Housing Lead 30/06/2024 ... Y
    DHR 4 housing staff in coercive control. sessions

The two number columns were more than the tracker read, so no row was. The tracker
(plan.tracker_rows) reads each row's second number after the review's first words, and leaves
the review's wrapped words out of the recommendation carried down its column."""

from __future__ import annotations

import dhrparse

TRACKER = """Lowbridge Partnership review actions tracker 

ID Review Rec Recommendation Action Lead officer Target Update (Panel Mar 25) Clos 

ref no. date ed 

Y/N 

LP-11 LP 1 Lowbridge Council should train Run two training Housing Lead 30/06/2024 Both sessions held. Y 

DHR 4 housing staff in coercive control. sessions 

LP-12 LP 1 Lowbridge Council should train Add the topic to Housing Lead 31/12/2024 Induction revised. Y 

DHR 4 housing staff in coercive control. induction 

LP-13 LP 2 Lowbridge Police should check Audit twenty call Inspector 31/03/2025 Audit under way. N 

DHR 4 bail conditions at every call. records 

LP-14 LP 3 The Partnership should write to Write to the minister Chair 30/04/2024 Letter sent. Y 

DHR 4 the minister about funding. about funding 
"""


def test_the_rows_under_a_review_column_between_the_numbers_are_read(tmp_path):
    path = tmp_path / "tracker.corpus.txt"
    path.write_text(TRACKER, encoding="utf-8")
    doc = dhrparse.extract(path)
    assert [(a.ref, a.recommendation_ref) for a in doc.actions] == [
        ("LP-11", "1"),
        ("LP-12", "1"),
        ("LP-13", "2"),
        ("LP-14", "3"),
    ]
    assert [a.status.raw for a in doc.actions] == ["Y", "Y", "N", "Y"]
    assert doc.actions[2].action.startswith("Audit twenty call")
    # (the review's wrapped words, "DHR 4", are the review column's, not the recommendation's)
    assert [r.text for r in doc.recommendations][
        1
    ] == "Lowbridge Police should check bail conditions at every call."
