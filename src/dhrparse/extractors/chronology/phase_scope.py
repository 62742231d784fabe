"""Phase sub-headings after an unnumbered chronology title ("Summary chronology of significant
events", then "Before the relationship", "The relationship" over date-led bullets): a word
processor may style the phases at a higher heading level than the title, so the sections do not
nest. A section right after the chronology's scope belongs to it when its heading is unnumbered,
names no other kind of section, and its entries all open with their dates."""

from __future__ import annotations

from dhrparse.document import Section
from dhrparse.extractors.chronology.kinds import section_kind
from dhrparse.extractors.chronology.lead_dates import opens_dated
from dhrparse.patterns import Patterns


def dated_phases_after(ordered: list[Section], scope: list[Section], p: Patterns) -> list[Section]:
    """The phase sections that follow the scope of an unnumbered title (see the module's note)."""
    if scope[0].number or scope[0].level < 4:
        return []
    at = {id(s): k for k, s in enumerate(ordered)}
    last = max((at.get(id(sub), -1) for s in scope for sub in s.walk()), default=-1)
    more: list[Section] = []
    k = last + 1
    while k < len(ordered) and _dated_phase(ordered[k], p):
        more.append(ordered[k])
        k += len(list(ordered[k].walk()))
    return more


def _dated_phase(section: Section, p: Patterns) -> bool:
    if section.number or section_kind(section.title, p) is not None:
        return False
    if p.any_match("chronology.not_headings", section.title) or len(section.title.split()) > 8:
        return False
    entries = [b for b in section.all_blocks() if b.kind in ("paragraph", "bullet")]
    return bool(entries) and all(opens_dated(b.text, p) for b in entries)
