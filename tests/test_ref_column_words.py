"""Words printed in a plan's Ref column that read as no ref are told, never dropped
(plan.tab_cells.put): the ref cell is set aside because the row's ref was read from it, so a
line carried on under a header repeated on a new page, with words in the Ref column ("see
over"), would lose them in silence. Such words become a `plan_cell_uncertain` warning on the
row; a ref cell holding its ref, its label ("IMR 1") or a dash stays quiet."""

from __future__ import annotations

import dhrparse

HEADER = "Ref\tAction\tLead\tTarget date\tStatus"
PLAN = f"""Domestic Homicide Review into the death of Ann Tollbury
Action Plan
{HEADER}
1\tWrite a guide to safety planning for staff\tPolice\t31/03/2024\tComplete
2\tAudit the referral pathway for older victims\tCouncil\t30/06/2024\tIn progress
{HEADER}
{{carried}}\tand report the audit to the Board\t\t\t
3\tTrain all call handlers in coercive control\tHealth Trust\t31/12/2024\tNot started
"""


def _told(doc) -> list:
    return [w for w in doc.warnings if w.code == "plan_cell_uncertain" and "ref column" in w.message]


def test_words_in_the_ref_column_are_told():
    doc = dhrparse.extract(PLAN.format(carried="see over"))
    assert [a.ref for a in doc.actions] == ["1", "2", "3"]
    told = _told(doc)
    assert len(told) == 1
    assert "see over" in told[0].message and "'2'" in told[0].message
    assert told[0].location.line_start is not None


def test_an_empty_mark_is_quiet():
    doc = dhrparse.extract(PLAN.format(carried="–"))
    assert [a.ref for a in doc.actions] == ["1", "2", "3"]
    assert not _told(doc)
