"""A column-block plan (plan.column_blocks) whose first row's cells plain pdftotext printed
each straight under its column's name, in the name's block ("Action" / the first action,
"Status" / "Partially complete"), the later rows' short cells in an order of their own: the
first row's status is the one under the status column's name, even where nothing proves the
later rows' order. No other row is given a status the blocks do not prove. Fictional plan, in
the shape a Word table exported by LibreOffice and read by plain pdftotext takes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

WORDS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Ongoing": "in_progress",
}
RATINGS = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}

PLAN = """Action plan
The partnership agreed the actions below at its spring meeting.
Ref
1.1
1.2
2.1
2.2
3.1

3.2
4.1

Action
Audit the MARAC
information-sharing
agreement.
Audit a question on carers to
the assessment form.
Update the referral pathway
for victims who move
between districts.
Agree a question on carers to
the assessment form.
Update twenty case files for a
recorded risk assessment.
Update the MARAC
information-sharing
agreement.
Update training on coercive
control to frontline staff.

Lead
Detective
Inspector, Public
Protection
Named GP

Target date
April 2025

Status
{first}

Ongoing

{second}

IDVA Service
Manager

Q3 2024/25

{third}

Head of Housing
Options
Designated
Nurse for
Safeguarding
Adults
Detective
Inspector, Public
Protection
IDVA Service
Manager

December
2023
30/06/2024

{fourth}

Ongoing

{fifth}

December
2023

{sixth}

Progress is reported to the partnership every quarter.

Generated plan

1

{seventh}
"""


ORDER = ["first", "second", "third", "fourth", "seventh", "fifth", "sixth"]  # where each row prints


def _statuses(*words: str) -> list[str]:
    """The rows' statuses read, `words` given in row order (the fifth row's printed last)."""
    doc = extract(PLAN.format(**dict(zip(ORDER, words))), name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == [
        "Audit",
        "Audit",
        "Update",
        "Agree",
        "Update",
        "Update",
        "Update",
    ]
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_the_first_rows_status_is_the_one_under_the_status_name():
    got = _statuses(
        "Partially complete", "Complete", "In progress", "Not started", "Complete", "Ongoing", "Complete"
    )
    assert got[0] == "in_progress"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([WORDS, RATINGS]).flatmap(
        lambda w: st.lists(st.sampled_from(sorted(w)), min_size=7, max_size=7)
    )
)
def test_only_the_first_rows_status_is_read_from_under_the_name(words):
    got = _statuses(*words)
    want = [{**WORDS, **RATINGS}[w] for w in words]
    assert got[0] == want[0], (words, got)
    for g, w in zip(got[1:], want[1:]):
        assert g in ("unknown", w), (words, got)
