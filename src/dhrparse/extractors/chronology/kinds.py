"""What kind of chronology a heading names: a chronology proper (every paragraph an entry) or
a summary of key episodes (only its list of periods gives entries)."""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.vocab.cue_words import folded, required_words

FULL, PERIODS = "chronology", "episode_summary"
# a chronology table found by its joined header and rows alone (joined_rows): read as FULL is, its
# rows parted by the word wrap (only there for now: where another finder took the table, the rows
# are read as before)
JOINED = "chronology_joined"


def section_kind(title: str, p: Patterns) -> str | None:
    # every chronology finder asks of the report's headings again (on a long report some 840
    # asks of 230 headings): the answer for each heading is kept with the vocabulary
    kinds = p.derived("chronology.section_kinds", _HeadingKinds)
    if title not in kinds:
        kinds[title] = _section_kind(title, p)
    return kinds[title]


class _HeadingKinds(dict):
    """The kind of chronology each heading asked about names (None: not one)."""

    def __init__(self, p: Patterns):
        super().__init__()


def _section_kind(title: str, p: Patterns) -> str | None:
    title = _unlabelled(title, p)
    named = _Named(title, p)
    if named.by("chronology.episode_summary"):
        return PERIODS
    if named.by("chronology.not_headings") and not p.any_match("chronology.with_commentary", title):
        return None
    if named.by("chronology.headings") or named.by("chronology.content_headings"):
        return FULL
    return None


class _Named:
    """A heading asked whether a vocabulary names it. Every section's heading is asked, and few
    hold any of the vocabulary's words ("chronology", "events", "episodes"): the expressions are
    run only on a heading holding a word one of them cannot match without (vocab.cue_words)."""

    def __init__(self, title: str, p: Patterns):
        self.title, self.p = title, p
        self.words = p.derived("chronology.kind_words", _KindWords).words
        self.folded = folded(title)

    def by(self, dotted: str) -> bool:
        words = self.words[dotted]
        if words is not None and not any(w in self.folded for w in words):
            return False
        return self.p.any_match(dotted, self.title)


class _KindWords:
    """For each list of heading expressions, the words of which any match holds one (None when
    some expression's words are unknown)."""

    def __init__(self, p: Patterns):
        self.words = {dotted: _words_of_list(p, dotted) for dotted in _KIND_LISTS}


_KIND_LISTS = (
    "chronology.episode_summary",
    "chronology.not_headings",
    "chronology.headings",
    "chronology.content_headings",
)


def _words_of_list(p: Patterns, dotted: str) -> frozenset[str] | None:
    found: set[str] = set()
    for source in p.list(dotted):
        words = required_words(source)
        if words is None:
            return None
        found |= words
    return frozenset(found)


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
