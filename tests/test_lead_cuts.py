"""extractors/lead_cuts: the target date's first words read onto the end of a lead cell (a month's
name, "End of") are taken off it with a warning; a lead that is only such words, or a row's ref,
is left unread, never given as the lead. Whole names, and a lead's first printed line ending on
a name's small word ("Named Nurse for"), are kept as read."""

from __future__ import annotations

import pytest

from dhrparse.extractors.lead_cuts import without_date_words
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract


@pytest.mark.parametrize(
    "lead, kept",
    [
        ("Brackley Recovery Team End of", "Brackley Recovery Team"),
        ("Adult Social Care December", "Adult Social Care"),
        ("Safeguarding Lead by the end of", "Safeguarding Lead"),
        ("November", None),
        ("2(iii)", None),
    ],
)
def test_the_dates_words_are_taken_off_the_lead(lead, kept):
    assert without_date_words(lead, load_patterns()) == kept


@pytest.mark.parametrize(
    "lead",
    [
        "Named GP for Safeguarding",
        "Head of Housing (North)",
        "GP",
        "DG/AT",
        "Practice manager",
        "Chair, Tarnby CSP",
        "Named Nurse for",  # (a lead's first printed line, where a reader takes only first lines)
    ],
)
def test_a_whole_name_is_kept(lead):
    assert without_date_words(lead, load_patterns()) == lead


PLAN = (
    "Domestic Homicide Review - Action Plan\n\n"
    "Ref\tAction\tLead\tTarget date\tStatus\n"
    "1.1\tWrite the referral guide for housing officers.\tHead of Housing Options\t30/06/2025\tOpen\n"
    "1.2\tBrief the night duty team on the guide.\tNight Duty Manager End of\tJuly 2025\tOpen\n"
    "1.3\tAudit the guide's use.\tMarch\t2026\tOpen\n"
)


def test_the_lead_loses_the_dates_words_and_a_warning_says_so():
    doc = extract(PLAN, name="plan.txt")
    assert [a.lead for a in doc.actions] == ["Head of Housing Options", "Night Duty Manager", None]
    told = [w.message for w in doc.warnings if w.code == "plan_cell_uncertain"]
    assert any("Night Duty Manager End of" in m for m in told) and any("'March'" in m for m in told)
