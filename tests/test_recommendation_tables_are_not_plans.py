"""A table of recommendations printed side by side in a layout text export ("Agency  No.
Recommendation") names no action, date, status or progress column: it is not an action plan.
Taken for one, the plan ran on over the report's labelled overview recommendations after it and
held their sentences as plan text, so each came out with no text and a neighbour's agency."""

from __future__ import annotations

from dhrparse.pipeline import extract

TABLE = """\
7. Single agency recommendations

Each agency made recommendations for itself in its report to the Panel.

          Agency                 No.   Recommendation

          Fenwold Police         1     Officers will record who else lives at the address at every
                                       domestic incident.

                                 2     Supervisors will review repeat callers every month.

          Larkhill Surgery       1     Clinicians will ask carers about their own safety when seen
                                       alone.

"""

OVERVIEW = """\
8. Overview recommendations
The Panel makes these recommendations for the partnership as a whole.

Recommendation 1

Fenwold Community Safety Partnership should ensure that partner agencies ask carers, alone,
whether they are being harmed by the person they care for.

Recommendation 2

The Partnership should run a campaign for older women about where to find help.

Recommendation 3

The Partnership should write to the Department of Health and Social Care asking for national
guidance on carers' safety.
"""


def test_labelled_recommendations_after_a_table_of_recommendations_keep_their_text():
    result = extract(TABLE + OVERVIEW, name="report.txt")
    overview = [r for r in result.recommendations if r.level == "overview"]
    assert [r.ref for r in overview] == ["1", "2", "3"]
    assert overview[1].text.startswith("The Partnership should run a campaign")
    assert overview[0].agency == "Fenwold Community Safety Partnership"
    assert not result.actions
    assert not [w for w in result.warnings if w.code.startswith("plan_")]
