"""A board's plan in corpus text (pdfplumber's lines, each printed line's cells joined by single
spaces) under a one-line header "Rec | Action | Lead | By | Status": "By" between the lead's name
and the status's names the target date's column (plan.header_bands.inner_target), as it does
closing a header printed line by line; and where the narrow By column wraps its dates so the
cuts are refused, the walk's own reading of the joined lines, which runs one printed row's first
line into another row's cell, makes no action (plan.refused_tables)."""

from __future__ import annotations

import dhrparse

# A SAR board's plan set out as the published plans are, a Word table exported to PDF and
# taken out a printed line at a time: a blank line after each printed line.
_HEAD = """\
Safeguarding Adults Review: Ms Okonedo

Executive summary

1. The Board commissioned this review after the death of Ms Okonedo in her flat in Larkhaven.

She lived alone and had stopped letting care workers into the flat in the months before she died.

2. The Board accepted the three recommendations and agreed the plan below.

Plan agreed by the Board

Rec Action Lead By Status

"""

WIDE_BY = (
    _HEAD
    + """\
1 Write guidance for home care agencies on what to Board Business Unit May 2025 Complete

do when a person refuses entry. Manager

1 Add refusals of entry to the quarterly contract Commissioning October In progress

monitoring return. Manager 2025

2 Train contact centre staff to ask who else lives Head of Customer July 2025 Complete

at the address. Services

3 Review the self-neglect procedure with the Board Policy Lead February Not started

voluntary sector. 2026

Contact: the Board's business unit.
"""
)

# the By column narrower: most dates wrap ("September" / "2025") and a lead's first words
# print at the end of the action's line, so no cut is sure
NARROW_BY = (
    _HEAD
    + """\
1 Write guidance for home care agencies on what to do Board Business March 2025 Complete

when a person refuses entry. Manager

1 Add refusals of entry to the quarterly contract Designated Nurse, September In progress

monitoring return for district nursing teams. Adults 2025

2 Agree a script for contact centre staff taking Head of Adult Social June 2025 Complete

calls about an adult at risk. Care

2 Audit a sample of contact centre calls after the Principal Social January Not started

script has been in use for six months. Worker 2026

3 Hold a learning event for partner agencies on Board Independent November In progress

the review's findings. Chair 2025

3 Report progress on this plan to the Board's Board Business April 2026 Not started

annual meeting. Manager

Contact: the Board's business unit, by email or telephone.

Safeguarding Adults Review: Ms Okonedo • Executive summary • Page 1
"""
)


def test_by_between_lead_and_status_names_the_target_column():
    doc = dhrparse.extract(WIDE_BY)
    assert [a.lead for a in doc.actions] == [
        "Board Business Unit Manager",
        "Commissioning Manager",
        "Head of Customer Services",
        "Board Policy Lead",
    ]
    assert [a.target_date.start for a in doc.actions] == ["2025-05", "2025-10", "2025-07", "2026-02"]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "complete", "not_started"]


def test_refused_cuts_leave_no_action_of_rows_run_together():
    doc = dhrparse.extract(NARROW_BY)
    for action in doc.actions:  # (no cell holding another printed row's first line)
        assert not (action.action or "").split()[0].isdigit()
        assert action.target_date is None or action.target_date.precision != "year"
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)
