"""A tracker exported from a spreadsheet prints a recommendation's whole text again on every
action row (no merged cells). Read a row at a time, each printing is a statement of its own; the
recommendation is one all the same: a statement printed again word for word, to the same agency
under the same number (or none), is the record already made, not another."""

from __future__ import annotations

from dhrparse.models import Recommendation

MIN_WORDS = 6  # a shorter text ("Agreed", "As above") may stand for different recommendations


def once(records: list[Recommendation]) -> list[Recommendation]:
    """`records` without the later printings of a recommendation already made."""
    seen: set[tuple] = set()
    out = []
    for rec in records:
        words = " ".join(rec.text.split()).lower()
        key = (words, rec.ref, rec.agency, rec.level)
        if len(words.split()) >= MIN_WORDS and key in seen:
            continue
        seen.add(key)
        out.append(rec)
    return out
