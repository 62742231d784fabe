"""What kind of chronology a heading names: a chronology proper (every paragraph an entry) or
a summary of key episodes (only its list of periods gives entries)."""

from __future__ import annotations

from dhrparse.patterns import Patterns

FULL, PERIODS = "chronology", "episode_summary"


def section_kind(title: str, p: Patterns) -> str | None:
    title = _unlabelled(title, p)
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
    return p.any_match("chronology.named_outright", _unlabelled(title, p))


def _unlabelled(title: str, p: Patterns) -> str:
    """The heading's words after an appendix's label ("Appendix B: Combined Chronology"): an
    appendix is as much a chronology as a chapter is."""
    title = " ".join(title.split()).strip(" :.")
    return p.joined("chronology.heading_label").sub("", title, count=1)
