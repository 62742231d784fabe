"""A closing remark after a recommendation's text: a paragraph about the recommendations as a
whole and the report they come from ("The Partnership will send this report to the Home Office
with a request for a response to the national recommendations."). It asks no one to act, so it
is neither the recommendation's second part ("9(ii)") nor more of its text."""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading


def _closing_remark(r: Reading) -> tuple[re.Pattern, re.Pattern]:
    """(the report named, the recommendations named as a whole): a closing remark names both."""
    return r.ctx.patterns.derived(
        "recommendations.closing_remark",
        lambda p: tuple(
            re.compile(p.get(f"recommendations.closing_remark_{k}"), re.I)
            for k in ("report", "recommendations")
        ),
    )


def without_closing_remark(r: Reading, blocks: list[Block]) -> list[Block]:
    """A body's blocks without the closing remarks at its end (each held as read, with why)."""
    out = list(blocks)
    while len(out) >= 2 and _is_closing_remark(r, out[-1]):
        r.hold(out.pop(), "closing remark about the recommendations, not a part of one")
    return out


def _is_closing_remark(r: Reading, b: Block) -> bool:
    if b.kind != "paragraph" or b.number:
        return False
    text = " ".join(r.clean(b.text).split())
    report, recommendations = _closing_remark(r)
    whole = r.ctx.patterns.regexes("recommendations.closing_remark_whole")
    named = bool(report.search(text) and recommendations.search(text)) or any(w.search(text) for w in whole)
    return named and not r.vocab.asking.search(text)
