"""A date in a narrow table column that the word processor broke inside its year: plain
pdftotext prints "31/08/202" and, on the next line, "3" (or "4 (revised"), and cleaning took the
lone digit for a page number. The year is joined again (prepare.broken_years), so a plan's
target date reads as a date and the status printed after it pairs with its row. Fictional plan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import analyse, extract

PLAN = """Larkspur Community Health NHS Trust - Safeguarding Team

3. Action plan
Ref

Action

7.1

Revise the school nursing
standard operating
procedure so that
routine enquiry is
asked at every contact

7.2

8.1

Owner
Named Nurse for
Children

By when

Progress update

Status

{date}
{digit}

Complete

Audit whether
children are seen
alone at the school
nurse drop-in

Safeguarding
Nurse
Specialist

End of Q3
2024/25

Publish a leaflet
for parents on the
drop-in service

Head of School
Nursing

April 2025

The procedure was rewritten in
the spring and shared with every
team by email.
The audit has begun in two
localities.
The leaflet is drafted.

In progress

Not started

Larkspur Community Health NHS Trust - Safeguarding Team

2
"""


def _lines(text: str) -> dict[int, str]:
    return {ln.number: ln.text for ln in analyse(text.encode(), name="plan.txt").source.lines}


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2019, max_value=2029),
)
def test_a_year_broken_before_its_last_digit_is_joined(day, month, year):
    date = f"{day:02d}/{month:02d}/{str(year)[:3]}"
    text = f"Target date\n{date}\n{str(year)[3]}\n\nComplete\n"
    lines = _lines(text)
    assert f"{day:02d}/{month:02d}/{year}" in lines.values()
    assert str(year)[3] not in lines.values()


def test_the_rest_of_the_line_stays_after_the_digit_goes():
    lines = _lines("Target date\n31/01/202\n4 (revised\nto\n30/09/202\n4)\n")
    assert [t for t in lines.values() if t] == [
        "Target date",
        "31/01/2024",
        "(revised",
        "to",
        "30/09/2024",
        ")",
    ]


def test_a_whole_date_and_a_page_number_are_left_alone():
    lines = _lines("Target date\n31/01/24\n3\n\nAudit 40 files by 12/2023\n4\n")
    assert lines[2] == "31/01/24" and lines[5] == "Audit 40 files by 12/2023"


def test_the_row_whose_date_was_broken_gets_its_date_and_status():
    doc = extract(PLAN.format(date="31/08/202", digit="3"), name="plan.txt")
    first = doc.actions[0]
    assert first.action.startswith("Revise the school nursing")
    assert first.target_date is not None and first.target_date.start == "2023-08-31"
    assert first.status is not None and first.status.value == "complete"
