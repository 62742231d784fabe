"""What kind of chronology a heading names: a chronology proper (every paragraph an entry) or
a summary of key episodes (only its list of periods gives entries)."""

from __future__ import annotations

from dhrparse.patterns import Patterns

FULL, PERIODS = "chronology", "episode_summary"


def section_kind(title: str, p: Patterns) -> str | None:
    title = " ".join(title.split()).strip(" :.")
    if p.any_match("chronology.episode_summary", title):
        return PERIODS
    if p.any_match("chronology.not_headings", title):
        return None
    if p.any_match("chronology.headings", title) or p.any_match("chronology.content_headings", title):
        return FULL
    return None


def named_outright(title: str, p: Patterns) -> bool:
    """A heading that says "chronology" or "timeline" is one whatever its content; the rest of
    the vocabulary ("Key events", "Agency involvement", "The facts") also heads analysis
    chapters, so their content must show dated entries too."""
    return p.any_match("chronology.named_outright", " ".join(title.split()).strip(" :."))
