"""Which of a bilingual report's two languages a paragraph, or a few words of one, is written in.

A Welsh body publishes its reviews in English and Welsh; printed side by side, the report's body
is its English column and the Welsh column its twin (readers/side_by_side.py). A word tells its
language by being one of the language's function words ("the", "should" / "yr", "dylai") or by a
spelling only that language has ("-tion", "k" / "dd", a circumflex, "wy"): the vocabulary is
patterns/languages.toml. A name, a number or a word both languages spell alike tells nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.patterns import Patterns

ENGLISH, WELSH = "english", "welsh"
# a paragraph is one language's where its words of that language outnumber the other's this many
# times over (a Welsh place name in an English sentence, an English loan word in a Welsh one)
MAJORITY = 3

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")


@dataclass(frozen=True)
class _Spelling:
    words: frozenset[str]
    letters: re.Pattern


def _spellings(p: Patterns) -> dict[str, _Spelling]:
    return {
        lang: _Spelling(
            frozenset(w.lower() for w in p.list(f"languages.{lang}.function_words")),
            re.compile("|".join(f"(?:{x})" for x in p.list(f"languages.{lang}.letter_patterns")) or r"(?!)"),
        )
        for lang in (ENGLISH, WELSH)
    }


def _both(p: Patterns) -> frozenset[str]:
    return frozenset(w.lower() for w in p.list("languages.both_words"))


def both_words(patterns: Patterns) -> frozenset[str]:
    """The words both languages write, telling neither."""
    return patterns.derived("languages.both", _both)


def _welsh_word(p: Patterns) -> re.Pattern:
    words = sorted(
        (w for w in p.list("languages.welsh.function_words") if w.lower() not in _both(p)), key=len
    )
    return re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in reversed(words)) + r")(?![^\W\d_’'])", re.I
    )


def welsh_lines(patterns: Patterns, texts, at_least: int) -> bool:
    """Whether at least so many of the texts hold a Welsh function word: a quick look before a
    report's words are told one by one (most reports hold none)."""
    found = patterns.derived("languages.welsh_word", _welsh_word)
    count = 0
    for text in texts:
        if found.search(text):
            count += 1
            if count >= at_least:
                return True
    return False


def word_language(patterns: Patterns, word: str) -> str | None:
    """The language one word tells (its function words first, then its spelling), or None."""
    spell = patterns.derived("languages.spellings", _spellings)
    w = word.lower().replace("'", "’")
    if w in patterns.derived("languages.both", _both):
        return None
    told = [lang for lang, s in spell.items() if w in s.words or w.replace("’", "'") in s.words]
    if len(told) == 1:
        return told[0]
    if told:
        return None
    if word[:1].isupper():
        return None  # (a name's spelling tells no language: "Llewellyn", "Gwenllian" sign English reports)
    spelt = [lang for lang, s in spell.items() if s.letters.search(w)]
    return spelt[0] if len(spelt) == 1 else None


def counts(patterns: Patterns, text: str) -> tuple[int, int]:
    """How many of the text's words tell English, and how many Welsh."""
    told = [word_language(patterns, w) for w in _WORD.findall(text)]
    return told.count(ENGLISH), told.count(WELSH)


def language(patterns: Patterns, text: str) -> str | None:
    """The text's language where its words tell it clearly, else None."""
    english, welsh = counts(patterns, text)
    if english and english >= MAJORITY * welsh:
        return ENGLISH
    if welsh and welsh >= MAJORITY * english:
        return WELSH
    return None


def words_of(patterns: Patterns, text: str) -> list[tuple[str, str | None]]:
    """Each whitespace-parted word of the text with the language it tells (None: neither)."""
    out = []
    for token in text.split():
        found = _WORD.findall(token)
        langs = {word_language(patterns, w) for w in found} - {None}
        out.append((token, langs.pop() if len(langs) == 1 else None))
    return out
