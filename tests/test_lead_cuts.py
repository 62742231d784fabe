"""extractors/lead_cuts: a lead cell cut where no name ends (on a sentence's word, a month's name
or a date's opening words) or reading as a row's ref is left unread with a warning, never given
as the lead; a lead's first printed line ending on a name's small word ("Named Nurse for") stays."""

from __future__ import annotations

import pytest

from dhrparse.extractors.lead_cuts import cut_mid_name
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract


@pytest.mark.parametrize(
    "lead",
    [
        "Brackley Recovery End of",
        "Adult Social December",
        "GP practice about",
        "November",
        "2(iii)",
    ],
)
def test_a_lead_cut_into_the_next_cells_words_is_told(lead):
    assert cut_mid_name(lead, load_patterns())


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
        "Head of Safeguarding,",
    ],
)
def test_a_whole_name_is_kept(lead):
    assert not cut_mid_name(lead, load_patterns())


PLAN = (
    "Domestic Homicide Review - Action Plan\n\n"
    "Ref\tAction\tLead\tTarget date\tStatus\n"
    "1.1\tWrite the referral guide for housing officers.\tHead of Housing Options\t30/06/2025\tOpen\n"
    "1.2\tBrief the night duty team on the guide.\tNight Duty Manager from\t31/07/2025\tOpen\n"
)


def test_the_cut_lead_is_no_actions_lead_and_a_warning_says_so():
    doc = extract(PLAN, name="plan.txt")
    assert [a.lead for a in doc.actions] == ["Head of Housing Options", None]
    assert any(
        "Night Duty Manager from" in w.message for w in doc.warnings if w.code == "plan_cell_uncertain"
    )
