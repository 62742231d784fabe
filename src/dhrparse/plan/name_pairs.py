"""The names a report prints whole outside a plan's table, as pairs of capitalised words ("Home
Office", "DA Forum"): where a tracker row's first line, its cells joined by single spaces, runs
such a pair across what could be two cells ("Letter to the Home" | "Office CSP Manager"), the
pair is one name going on inside its cell, and the cut between its words costs (read by
plan.tracker_first_lines).

Only lines outside the table count: the table's own rows join their cells with single spaces,
so a lead's last word and the next cell's first ("Manager Ongoing") print together on every row
and say nothing of a name."""

from __future__ import annotations

from collections.abc import Iterable

import regex

_CAPITALISED = regex.compile(r"^\p{Lu}[\p{L}'’&-]*$")  # a name's word ("Office", "DA")


def name_pairs(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The pairs of capitalised words printed one after the other in `texts` (a sentence's first
    word and the word after it left out: "The Board" opens a sentence, it names nothing)."""
    pairs = set()
    for text in texts:
        printed = text.split()
        words = [w.strip(',.;:()"“”') for w in printed]
        for n, (one, two) in enumerate(zip(words, words[1:])):
            if n == 0 or printed[n - 1].endswith((".", ":", ";")):
                continue
            if _CAPITALISED.match(one) and _CAPITALISED.match(two):
                pairs.add((one, two))
    return frozenset(pairs)
