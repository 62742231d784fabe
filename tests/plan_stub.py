"""A stand-in for the action-plan extractor's `plan_recommendations`, for tests only.

It reads the "Recommendation N: text" statements printed in a document's action plan
(after its "ACTION PLAN" heading) the simple way, so the recommendations extractor's merge
can be tested on the real corpus before the action-plan extractor exists.
"""
from __future__ import annotations

import re

from dhrparse.extractors import location_of
from dhrparse.models import Recommendation
from dhrparse.refs import display_ref

_LABEL = re.compile(r"^\s*(?:<p>)?\s*Recommendation\s+(?P<ref>\d+(?:\s*\([ivx]+\))?)\s*:\s*(?P<text>.+)$")
_AGENCY = re.compile(r"^\s*Individual Agency Recommendations for (?P<agency>.+?)\s*$")


def plan_recommendations(doc, ctx):
    out = []
    started, level, agency = False, "overview", None
    for ln in doc.lines:
        text = re.sub(r"<[^>]+>", " ", ln.text).strip()
        if not started:
            started = text.upper() == "ACTION PLAN"
            continue
        if ln.cells and len(ln.cells) > 1 and not _LABEL.match(ln.text):
            continue
        m = _AGENCY.match(text)
        if m and "\t" not in ln.text:
            level, agency = "agency", m.group("agency")
            continue
        m = _LABEL.match(text)
        if m:
            out.append(Recommendation(id=f"plan-{len(out)}", ref=display_ref(m.group("ref")), level=level,
                                      agency=agency, text=" ".join(m.group("text").split()),
                                      location=location_of(doc, ln.number)))
    return out
