"""A plan whose table plain pdftotext printed a column at a time, each column's name alone on its
line over its own cells, is told with a `plan_not_read` warning where no reader could cut its
rows (plan.apart_headers), never dropped in silence; a report's own headings and a cover label
table printed the same way are no plan's header."""

from __future__ import annotations

from pathlib import Path

import dhrparse

PENDING = Path(__file__).parent / "zoo" / "pending"

# a SAR plan's table printed column by column: the Ref column's numbers, the merged
# recommendation cells, the action cells, then (after the page's running foot) leads,
# timescales and statuses printed out of step with the rows
APART_PLAN = """Thistlecombe Safeguarding Adults Board

SAR 'Walter' - plan of action

Ref
1.1
1.2
2.1

Recommendation
1. Adult services should review how
carers are told of support.
2. The ambulance trust should share
falls with the GP.

Action
Rewrite the leaflet given to carers
at discharge.
Train duty workers on the new leaflet.
Agree a falls notice with GP practices.

SAR 'Walter' - plan of action

1

Lead
Thistlecombe Council

Timescale
Immediate

Status
Closed

Within 6 months

Open

Thistlecombe Ambulance
Service

Within 3 months

Open
"""

# a review's cover label table printed a label over its value, then headings over paragraphs
# printed the page's full width
HEADINGS_ONLY = """Thistlecombe Safeguarding Adults Board

Safeguarding Adults Review 'Walter'

Date
12 May 2025

Status
Final

Owner
Jane Hollowell

Recommendations

The Board should ask adult services to review how carers are told of the support open to them
when a relative comes home from hospital, and report what it finds to the Board in the spring.

Actions

The Board will agree a plan with each agency within three months of publishing this review and
will ask every lead for a short account of progress at each of its quarterly meetings.
"""


def _told(doc) -> list:
    return [w for w in doc.warnings if w.code == "plan_not_read"]


def test_a_plan_printed_a_column_at_a_time_and_read_is_not_told():
    # (its names printed apart head rows a reader proved: the header says nothing more)
    doc = dhrparse.extract(APART_PLAN, name="walter_plan.txt")
    assert doc.actions
    assert not _told(doc)


def test_the_ockleigh_stand_in_on_plain_text_is_not_silent():
    doc = dhrparse.extract(PENDING / "sar_plan_relative_timescales_agreed_ockleigh.txt")
    assert doc.actions or _told(doc)


def test_a_report_s_headings_and_a_label_table_are_no_plan_header():
    doc = dhrparse.extract(HEADINGS_ONLY, name="walter_report.txt")
    assert not _told(doc)
