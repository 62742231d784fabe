"""Recommendations written in running prose inside the report's numbered paragraphs: the
paragraph may open with a sentence of context before the one that asks someone to act, and
may close with the recommendation's own number, "(Recommendation 3)"."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.patterns import Patterns
from dhrparse.vocab import refs

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _patterns(p: Patterns) -> tuple[re.Pattern, re.Pattern]:
    get = lambda k: re.compile(p.get(f"recommendations.{k}", r"(?!x)x"), re.I)  # noqa: E731
    return get("closing_label"), get("connective")


def number_closing(r: Reading, item: Item) -> None:
    """An item closed by "(Recommendation N)" takes N as its ref: the paragraph number it was
    read with ("7.2") is where it is printed, not what the report calls it."""
    closing, _ = r.ctx.patterns.derived("recommendations.prose", _patterns)
    m = closing.search(item.text)
    if m is None or (item.ref and refs.norm_ref(item.ref) == refs.norm_ref(m.group("ref"))):
        return
    item.ref, item.parent_ref = refs.display_ref(m.group("ref")), None


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
