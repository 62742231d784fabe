"""A report's plan printed by plain pdftotext: each cell on its own lines, column after column,
and the actions numbered under their recommendation ("1.1", "1.2", "2.1"). The action numbers
must not come back as recommendations of their own: the report's recommendations are 1-3, and
the actions they carry are told to the user, never silently dropped."""

from __future__ import annotations

from dhrparse.pipeline import extract

REPORT = """Tarnford Safeguarding Adults Board

Safeguarding Adults Review: 'Edwin'

Reviewer: Morag Fenwick-Ashe

1. Introduction
1.1 Edwin was 68 and lived alone in a flat in Tarnford. He died in hospital in August 2023 after a fall at home.
1.2 The Board commissioned this review because agencies had known for a year that he was not eating.

2. What we found
2.1 Each agency saw Edwin's self-neglect as his choice and no one asked whether he understood the risks.
2.2 His GP and the housing officer both raised concerns but neither was told what the other had done.

3. Recommendations
Recommendation 1
The Board should publish guidance for all partners on assessing capacity where a person declines help with self-neglect.
Recommendation 2
Tarnford Council Adult Social Care should hold a multi-agency meeting whenever two agencies raise self-neglect concerns about the same person within three months.
Recommendation 3
The Board should seek assurance that housing officers know how to raise a safeguarding concern.

Appendix A – Action plan
No.

Recommendation

Action

Lead

Timescale

1

The Board should publish

1.1 Draft the capacity and

Board Policy

Dec-24

guidance for all partners on

self-neglect guidance

Sub-Group

assessing capacity

1.2 Launch the guidance at the

Board Business

Mar-25

annual conference

Manager

2

Tarnford Council Adult Social

2.1 Add a self-neglect meeting

Head of Adult

Jan-25

Care should hold a multi-agency

step to the concerns procedure

Safeguarding

meeting

3

The Board should seek

3.1 Survey housing officers on

Housing Lead

Jun-25

assurance

safeguarding referrals

"""


def test_action_numbers_under_a_recommendation_are_not_recommendations():
    doc = extract(REPORT, name="sar.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    # told as text read as no recommendation, or as a plan row whose cells could not be told apart
    told = [w.message for w in doc.warnings if w.code in ("not_a_recommendation", "plan_cells_untold")]
    assert any("1.1" in m and "Draft the capacity" in m for m in told)
    # (and never run together: 1.1 and 1.2 are two actions, each with its own lead and date)
    assert not any("1.2" in (a.action or "") for a in doc.actions)
