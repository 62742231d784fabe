"""The words a cue cannot match without: a quick test that skips cues absent from a text.

A theme vocabulary holds some 230 cue expressions and a recommendation is read in several
parts, so trying every cue on every part is most of the cost of theme coding, although
nearly every cue is absent from nearly every recommendation. Most cues name words
("\\btrain(?:ing|ed|s)?\\b" cannot match without "train"), so the words are read from the
expression once: a recommendation whose text holds none of a cue's words cannot match it,
and the cue is not tried. The test only ever skips a cue that could not match; a cue
whose words cannot be read with certainty is always tried.

`required_words(pattern)` reads the words (lower case, ASCII letters and digits) from a
pattern written for the `regex` module with IGNORECASE; `fold(text)` puts a text in the
form they are looked up in (every character that matches an ASCII letter regardless of
case becomes that letter in lower case, so "İ" and "ı" count as "i", "ſ" as "s");
`WordIndex.present(texts)` names the cue words a text holds. tests/test_perf_shortcuts.py
checks them against the plain matching.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

try:  # the standard library's parser reads the syntax cue expressions are written in
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it just tries every cue
    _sre = _sre_parse = None

# Characters that match an ASCII letter when case is ignored, other than its two cases
# (simple case folding: the Kelvin sign is a K, the long s an s, dotted and dotless I an i).
_FOLD = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
        "\u212a": "k",
        "\u017f": "s",
        "\u0130": "i",
        "\u0131": "i",
    }
)

# Syntax of the `regex` module that the standard parser would read as literal text (fuzzy
# matching "{e<=1}", POSIX classes "[[:alpha:]]"): a cue using it is always tried. A POSIX
# class is one only inside a set, so a set that merely opens with a colon ("[:–—-]", a
# heading's "Care and treatment: a summary") is read by both parsers alike and keeps its words.
_FOREIGN = regex.compile(r"(?<!\\)\{(?!\d*,?\d*\})|\[\^?\]?(?:\\.|[^\]\\])*\[:|\\[QE]")

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_RUN = regex.compile(r"[a-z0-9]+")
_NONE: frozenset[str] = frozenset()


def fold(text: str) -> str:
    """The text as cue words are looked up in it."""
    return text.translate(_FOLD)


# The letter or digit of a cue word that a literal character of an expression stands for, by
# its code point (`fold(chr(code))` where that is a letter or digit; every other character
# folds to itself): a vocabulary's expressions are read a character at a time.
_WORD_CHARS = {
    code: fold(chr(code))
    for code in (*range(128), *(ord(c) for c in "\u212a\u017f\u0130\u0131"))
    if fold(chr(code)) in _ALNUM
}


# The letters `str.lower` leaves unlike the fold: "İ" lowers to two characters, "ı" and "ſ"
# stay as they are though they match "i" and "s" when case is ignored.
_LOWER_UNLIKE_FOLD = ("\u0130", "\u0131", "\u017f")


def folded(text: str) -> str:
    """The text with the letters and digits of `fold(text)` at the same places, by `str.lower`
    where that gives them (other characters may differ): `fold` maps a character at a time in
    Python, many times the cost over a long text."""
    if any(c in text for c in _LOWER_UNLIKE_FOLD):
        return fold(text)
    return text.lower()


def required_words(pattern: str, around: bool = False) -> frozenset[str] | None:
    """Words of which every match of `pattern` holds at least one, or None when unknown.
    `around`: words of which every text the pattern is found in holds one, its positive
    look-ahead and look-behind counted too (they hold for the text, not the match)."""
    parsed = _parsed(pattern)
    words = _needed(parsed, around) if parsed is not None else None
    return frozenset(words) if words else None


def word_requirements(pattern: str) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    """`required_words(pattern)`, and every set of words of which a match holds one (one
    parse for both): "\\bsafety\\s+plan" needs "safety" and "plan", so a text holding only
    "plan" is not tried, nor is the expression compiled for it. The sets are empty when
    nothing is known."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None, ()
    words = _needed(parsed)
    every = dict.fromkeys(frozenset(w) for w in _all_needed(parsed))
    return (frozenset(words) if words else None), tuple(every)


def _parsed(pattern: str) -> list | None:
    """The pattern's top-level sequence as the standard parser reads it, or None where it cannot."""
    if _sre_parse is None or _FOREIGN.search(pattern):
        return None
    try:
        return list(_sre_parse.parse(pattern))
    except (_sre.error, ValueError, OverflowError, RecursionError):  # syntax only the regex module reads
        return None


def _all_needed(items: list) -> list[set[str]]:
    """Every one of the sequence's runs of literal letters and required sub-expressions'
    word sets (a match holds a word of each), sub-sequences opened out."""
    found: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        letter = _WORD_CHARS.get(av) if op is _sre.LITERAL else None
        if letter is not None:
            run.append(letter)
            continue
        if run:
            found.append({"".join(run)})
            run.clear()
        found += _all_needed_in(op, av)
    if run:
        found.append({"".join(run)})
    return found


def _all_needed_in(op, av) -> list[set[str]]:
    """What one element needs, as `_needed_in` reads it, with a group's or a repeated item's
    every set rather than its most telling one."""
    if op is _sre.SUBPATTERN:
        return _all_needed(list(av[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _all_needed(list(av))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, item = av
        return _all_needed(list(item)) if low >= 1 else []
    words = _needed_in(op, av)
    return [words] if words else []


def _needed(items: list, around: bool = False) -> set[str] | None:
    """Of the sequence's runs of literal letters and its required sub-expressions, the most
    telling: the set whose shortest word is longest (a match holds at least one of them)."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in items:
        letter = _WORD_CHARS.get(av) if op is _sre.LITERAL else None
        if letter is not None:
            run.append(letter)
            continue
        close_run()
        found = _needed_in(op, av, around)
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


def _needed_in(op, av, around: bool = False) -> set[str] | None:
    """What one element of a sequence needs: a group its content, a repeat of at least one
    its item, an alternation one word of each branch, a positive lookaround its content when
    `around`; anything else (a set of characters, a boundary, a negative lookaround, an
    optional part) nothing certain."""
    if op is _sre.SUBPATTERN:
        return _needed(list(av[-1]), around)
    if op is _sre.ATOMIC_GROUP:
        return _needed(list(av), around)
    if op is _sre.ASSERT and around:
        return _needed(list(av[1]), around)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, item = av
        return _needed(list(item), around) if low >= 1 else None
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _needed(list(branch), around)
            if not words:
                return None
            union |= words
        return union
    return None


class WordIndex:
    """The words of a vocabulary's cues, and which of them a text holds.

    A cue word is letters and digits only, so where a text holds it, it lies inside one run
    of letters and digits: the words each run holds are worked out once per distinct run
    (reports repeat their words) and kept with the vocabulary. A run's words are found among
    its pieces no longer than the longest word (a few dozen lookups), not by trying each of
    the vocabulary's hundreds of words on it."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(sorted(set(words)))
        self._known = frozenset(self.words)
        self._longest = max(map(len, self.words), default=0)
        self._in_run: dict[str, frozenset[str]] = {}

    def present(self, texts: Iterable[str]) -> set[str]:
        """The cue words found in any of the texts."""
        found: set[str] = set()
        for run in set(_RUN.findall(fold("\n".join(texts)))):
            words = self._in_run.get(run)
            if words is None:
                words = self.words_in(run)
                self._in_run[run] = words
            found |= words
        return found

    def words_in(self, run: str) -> frozenset[str]:
        """The vocabulary's words inside one run of letters and digits: `{w for w in words if w in run}`."""
        known, size = self._known, len(run)
        pieces = (run[i:j] for i in range(size) for j in range(i + 1, min(size, i + self._longest) + 1))
        return frozenset(p for p in pieces if p in known) or _NONE
