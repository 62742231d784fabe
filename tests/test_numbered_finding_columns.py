"""A learning review's "Learning into action" table, "No. | What we learned | Recommendation |
For", in text whose printed lines join each row's cells ("1 Ella's falls at home were The Trust
should make sure Brenford Community"). No reader cuts the three text columns apart, and each
row, opening on its number, read as a numbered recommendation with the finding's and the
addressee's words among its own: a wrong record. Under a header naming a number column first,
a row opening on its ref bare is left out with a `not_a_recommendation` warning
(recommendations.finding_columns); a recommendation under a label of its own is kept."""

from __future__ import annotations

import dhrparse

REVIEW = """Brenford Safeguarding Adults Board
Focused review summary: Ella

About Ella
Ella was 58 and lived alone with support from carers four times a day.

Learning into action

No. What we learned Recommendation For

1 Ella's falls at home were The Trust should make sure that a Brenford Community

recorded by each service but person who falls twice in a month is Health Trust

no one added them up. referred to the falls clinic.

2 Her carers did not know who Brenford Council should give home Brenford Council

to call out of hours. care staff one number to call at

night.

Our thoughts are with Ella's family.
"""


def test_joined_rows_under_numbered_finding_header_are_no_recommendations():
    doc = dhrparse.extract(REVIEW)
    assert doc.recommendations == []
    told = [w for w in doc.warnings if w.code == "not_a_recommendation" and "joined lines" in w.message]
    assert len(told) == 2


def test_labelled_recommendation_under_such_header_is_kept():
    labelled = REVIEW.replace(
        "Our thoughts are with Ella's family.",
        "Recommendation 3: Brenford Council should review its out of hours contact list every year.",
    )
    doc = dhrparse.extract(labelled)
    assert [r.ref for r in doc.recommendations] == ["3"]
