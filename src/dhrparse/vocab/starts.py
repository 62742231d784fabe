"""Searching long text only where an expression can start.

An expression opening with an alternation of words ("(?:about|around)?\\s*(?:one|two|...)")
is tried by the regex engine at every position of a text, which is slow on long paragraphs.
When every match must start at one of a few words (or a digit), the expression can be tried
at those positions only, in order: `matches_at` then returns what `finditer` would. The word
test uses the lower-cased text, which is exact for a case-blind expression only on plain
ASCII text with ASCII words (callers check `usable`).
"""
from __future__ import annotations

import re

import regex

_DIGIT = re.compile(r"[0-9]")


def heads(words: list[str]) -> list[str]:
    """The first space-free piece of each word, lower-cased (a match of the word starts with it)."""
    return [w.split()[0].lower() if w.split() else "" for w in words]


def usable(word_heads: list[str]) -> bool:
    """Whether the heads allow the exact test (non-empty, plain ASCII)."""
    return all(h and h.isascii() for h in word_heads)


def occurrences(lower: str, word_heads: list[str]) -> set[int]:
    """Positions in `lower` where a head starts."""
    out: set[int] = set()
    for head in set(word_heads):
        k = lower.find(head)
        while k != -1:
            out.add(k)
            k = lower.find(head, k + 1)
    return out


def digits(text: str) -> set[int]:
    return {m.start() for m in _DIGIT.finditer(text)}


def matches_at(rx: regex.Pattern, text: str, starts: set[int] | list[int]) -> list[regex.Match]:
    """rx.finditer(text), given that every match of rx starts at one of `starts` (and none
    is empty)."""
    out = []
    pos = 0
    for i in sorted(starts):
        if i < pos:
            continue
        m = rx.match(text, i)
        if m:
            out.append(m)
            pos = max(m.end(), i + 1)
    return out
