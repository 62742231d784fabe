"""A vocabulary list from `patterns/` as one regular-expression alternation, "a|b|c".

Most word lists (status words, month names, column synonyms, review kinds) are asked of a line
as one expression: one search answers "none of them" in the common case. Two kinds of list are
joined: words matched as printed (`literal_alternation`: each escaped, a space in a phrase
matching any run of white space where the list asks for it, longest first where one word opens
another — "in progress" must be tried before "in"), and lists of expressions
(`expression_alternation`: each its own group). An empty list joins to `NEVER`, which matches
nothing: an empty alternation would match everywhere. The caller wraps the result in its own
`(?:...)` and look-arounds.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

NEVER = r"(?!x)x"  # the alternation of no words: matches nowhere


def literal_alternation(words: Iterable[str], *, spaced: bool = False, longest_first: bool = False) -> str:
    """The words as alternatives matched literally; `spaced`: a space in one matches any run of
    white space ("in  progress" printed across a justified line); `longest_first`: a word that
    opens a longer one ("complete", "completed") is tried after it."""
    ordered = sorted(words, key=len, reverse=True) if longest_first else list(words)
    escaped = [regex.escape(word) for word in ordered]
    if spaced:
        escaped = [word.replace(r"\ ", r"\s+") for word in escaped]
    return "|".join(escaped) or NEVER


def expression_alternation(sources: Iterable[str]) -> str:
    """The expressions as alternatives, each in a group of its own so its own "|" stays inside it."""
    return "|".join(f"(?:{source})" for source in sources) or NEVER
