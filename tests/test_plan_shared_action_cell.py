"""A Home Office plan whose recommendation's actions are paragraphs of one action cell beside
one lead, one target date, one outcome and one completion/RAG cell, read from plain pdftotext's
column blocks (plan.column_blocks): the paragraphs print as one block, then the row's band, so
every action of the cell shares the row's lead, date and status. Where the cells after such a
block hold two leads (two rows) the order proves nothing and no status is given. Fictional plan."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = """Ashdown Vale Community Safety Partnership - DHR 'Maya'

Action Plan
Agreed by the Partnership Board in the autumn. RAG: Red - not started; Amber - in progress; Green - complete.

Recommendation

1

2

Ashdown Vale Community
Safety Partnership
should make sure that
every agency on the
panel names a domestic
abuse champion.
Ashdown Vale Police
should review how
officers attending a
missing adult report
consider domestic
abuse.

Scope
of
recomm
endatio
n
Local

Action to take

Lead
Agency

Target
Date

Outcome

Completion
Date / RAG

Write to each panel agency
asking it to name a champion.
Publish the list of champions
on the Partnership's web pages.

Ashdown Vale
Community
Safety
Partnership

31/12/2024

Staff in every
agency know who
to ask for advice.

Amber - list
drafted, two
agencies to reply

Add a domestic abuse prompt
to the missing person risk
assessment form.
Brief all response sergeants
on the revised form.
Audit twenty missing person
reports after six months.

"""
SECOND_ROW = """Ashdown Vale
Police

31/03/2025

Missing person
reports record
whether abuse was
considered.

Green - form
live since May

Local

1
"""
TWO_LEADS = """Ashdown Vale
Police
Ashdown Vale
Council

31/03/2025

Missing person
reports record
whether abuse was
considered.

Green - form
live since May

Local

1
"""


def _read(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract(text, name="plan.txt")
    return [(a.action.split()[0], a.lead, a.status.value if a.status else "unknown") for a in doc.actions]


def test_every_paragraph_of_the_action_cell_shares_its_rows_band():
    got = _read(HEAD + SECOND_ROW)
    lead1, lead2 = "Ashdown Vale Community Safety Partnership", "Ashdown Vale Police"
    assert got == [
        ("Write", lead1, "in_progress"),
        ("Publish", lead1, "in_progress"),
        ("Add", lead2, "complete"),
        ("Brief", lead2, "complete"),
        ("Audit", lead2, "complete"),
    ]


def test_two_leads_after_the_block_are_two_rows_and_no_status_is_shared():
    got = _read(HEAD + TWO_LEADS)
    assert [s for _, _, s in got[2:]] == ["unknown"] * 3
