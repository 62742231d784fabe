"""The year titles a chronology told as a story sets over its parts ("2019: the first
disclosures", "2020 - isolation"): a year or span of years, a colon or dash and a few words. A text
export may run one into the paragraph under it (furniture cuts it back out); a long-line export
prints it as a short paragraph (the builder reads it as a sub-heading). See story.py."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns


class StoryVocab:
    """What patterns/chronology.toml [story] says, read once per Patterns."""

    def __init__(self, p: Patterns):
        self.year_title = regex.compile(p.get("chronology.story.year_title", r"(?!x)x"))
        self.max_words = int(p.get("chronology.story.year_title_max_words", 9))
        self.min_titles = int(p.get("chronology.story.min_year_titles", 2))
        self.min_share = float(p.get("chronology.story.min_share", 0.5))


def story_vocab(p: Patterns) -> StoryVocab:
    return p.derived("chronology.story", StoryVocab)


def year_title(text: str, p: Patterns) -> bool:
    """A year title over a part of the story ("2021: help-seeking"): a year, a colon or dash and
    a few words, no sentence."""
    v = story_vocab(p)
    return len(text.split()) <= v.max_words and v.year_title.match(text) is not None
