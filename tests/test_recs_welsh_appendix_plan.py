"""A Welsh report's action plan appended under its bilingual title, the Welsh first ("Atodiad A /
Appendix A: Cynllun Gweithredu / Action Plan"): the appendix is the plan's, at whatever size its
heading is printed, so the Home Office template's header under it ("Recommendation" / "Scope of" /
"Key milestones achieved in" ...) is no recommendations section and its wrapped column names no
recommendation."""

from __future__ import annotations

import dhrparse

_REPORT = """Domestic Homicide Review into the death of Nia

1. Introduction
This review looks at the contact agencies had with Nia before her death in 2022.

2. Argymhellion / Recommendations
The Panel makes the following recommendations.
2.1 Glanrhos Community Safety Partnership should commission outreach to victims living in the
hill farms of the county.
2.2 Glanrhos Police should tell the Firearms Licensing Unit the same day when a certificate
holder is named in a domestic abuse report.

3. Dissemination
The report will be shared with every agency on the Panel.

{title}
Domestic Homicide Review Action Plan (Home Office template)
Recommendation

Scope of

Action to take

Lead Agency

Key milestones achieved in

recommend

Target Date

enacting recommendation

Date of completion and
Outcome

ation i.e.
local or
regional

Glanrhos Community Safety Partnership should commission outreach to victims living in the
hill farms of the county.

Local

Map the outreach offer in the upland wards.

Glanrhos CSP

Map drafted.

March 2024

Completed – map agreed by the board.
"""


def _recommendations(title: str) -> list[str]:
    return [r.text for r in dhrparse.extract(_REPORT.format(title=title)).recommendations]


def test_the_header_under_a_bilingual_appendix_plan_title_is_no_recommendation():
    english = _recommendations("Appendix A: Action Plan")
    welsh = _recommendations("Atodiad A / Appendix A: Cynllun Gweithredu / Action Plan")
    assert not any(t.startswith(("Key milestones", "Scope of")) for t in english)
    assert not any(t.startswith(("Key milestones", "Scope of")) for t in welsh)
    assert len(welsh) == len(english) == 2
