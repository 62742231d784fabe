"""Recommendations printed as triplets under a numbered heading: "Recommendation 2 – Hoarding
and fire risk" over three labelled paragraphs, "Recommendation: <what is asked>", "Rationale:
<why>", "Intended outcome: <what should change>". The heading gives the ref and the title; the
"Recommendation:" paragraph under it is the text of that same recommendation (never one of its
own, unnumbered), the rationale is no part of it, and the outcome is read as any outcome block.
"""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Unit
from dhrparse.extractors.recommendations.reading import Reading

_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s+")


def text_under_heading(r: Reading, unit: Unit, b: Block, text: str) -> bool:
    """A bare "Recommendation:" paragraph straight under a numbered label with nothing after its
    number but a title: its words are the unit's text."""
    if not unit.ref or unit.lead or unit.body or b.number or not _paragraph(b):
        return False
    m = r.vocab.label.match(text)
    if m is None or m.group("ref") or m.group("series") or not m.group("sep") or not m.group("rest"):
        return False
    unit.lead = r.clean(m.group("rest"))
    r.hold(b, "recommendation text under its numbered label")
    return True


def rationale(r: Reading, unit: Unit, b: Block, text: str) -> bool:
    """A "Rationale:" paragraph after the unit's text: the reasons, held apart from the text."""
    if not (unit.lead or unit.body) or b.kind != "paragraph":
        return False
    if not r.ctx.patterns.joined("recommendations.rationale_label").match(text):
        return False
    r.hold(b, "the recommendation's rationale")
    for end in _SENTENCE_END.finditer(text):
        # (the outcome's label run on after the rationale's last sentence, as a text export may
        # join two short paragraphs)
        om = r.vocab.outcome.match(text[end.end() :])
        if om and om.group("rest").strip():
            unit.in_outcome = True
            unit.outcome.append(r.clean(om.group("rest")))
            break
    return True


def _paragraph(b: Block) -> bool:
    """A paragraph, or one opening with a bold label that a reader took for a minor heading."""
    return b.kind == "paragraph" or (b.kind == "heading" and b.level >= 4)
