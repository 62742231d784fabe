"""Recommendations written in running prose inside the report's numbered paragraphs: the
paragraph may open with a sentence of context before the one that asks someone to act, and
may close with the recommendation's own number, "(Recommendation 3)"."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.patterns import Patterns
from dhrparse.sentence_ends import SENTENCE_STOPS, sentence_break
from dhrparse.vocab import refs

_SENTENCE = sentence_break(SENTENCE_STOPS)


def _patterns(p: Patterns) -> tuple[re.Pattern, re.Pattern]:
    get = lambda k: re.compile(p.get(f"recommendations.{k}", r"(?!x)x"), re.I)  # noqa: E731
    return get("closing_label"), get("connective")


def number_closings(r: Reading, items: list[Item]) -> None:
    """Items closed by "(Recommendation N)" take N as their ref when those numbers count the
    report's recommendations (1, 2, 3, ...): the paragraph number each was read with ("7.2")
    is where it is printed, not what the report calls it. A lone "(Recommendation 9)" that no
    run of numbers supports is a pointer, and the paragraph keeps its own number."""
    closing, _ = r.ctx.patterns.derived("recommendations.prose", _patterns)
    closed = [(it, closing.search(it.text)) for it in items]
    closed = [(it, m.group("ref")) for it, m in closed if m]
    numbers = [refs.norm_ref(n) for _, n in closed]
    if len(closed) < 2 or sorted(numbers, key=_as_int) != [str(k) for k in range(1, len(numbers) + 1)]:
        return
    for it, n in closed:
        it.ref, it.parent_ref = refs.display_ref(n), None


def _as_int(n: str) -> int:
    return int(n) if n.isdigit() else 10**6


def addressee(r: Reading, text: str, printed: str | None) -> str | None:
    """Who the asking sentence names, when a sentence of context opens the paragraph ("The
    panel returned to this. The Trust should ...") or the name came with a connective
    ("Finally, the Partnership")."""
    _, connective = r.ctx.patterns.derived("recommendations.prose", _patterns)
    sentences = _SENTENCE.split(text)
    asking = next((k for k, s in enumerate(sentences) if r.vocab.asking.search(s)), None)
    if asking is None or (asking == 0 and printed and not connective.match(printed)):
        return printed
    return r.actors.find(connective.sub("", sentences[asking], count=1)) or printed
