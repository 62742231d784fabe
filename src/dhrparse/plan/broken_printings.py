"""A plan printing each recommendation again on every action's row (a tracker exported from a
spreadsheet), one of whose rows the page broke: the row's Recommendation cell prints its first
line or two at the page's foot ("The Board should ask the") and the rest above the header printed
again, where a column-by-column export loses it among the other cells. Read a row at a time, the
broken-off printing is a statement of its own, yet its words are the first words of the whole
printing of the same recommendation on the next row: the same record, not another.

A printing is so taken as broken off only where it stops mid-sentence (no closing stop), its
words open another printing's under the same number (or none) and agency, word for word."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.models import Recommendation

_ENDS = (".", ";", ":", "!", "?")


def without_broken_printings(records: list[Recommendation]) -> list[Recommendation]:
    """`records` without the printings the page broke off before their end."""
    words = [" ".join(r.text.split()).lower().split() for r in records]
    out = []
    for k, rec in enumerate(records):
        mine = words[k]
        broken = (
            bool(mine)
            and not rec.text.rstrip().endswith(_ENDS)
            and any(
                n != k
                and len(words[n]) > len(mine)
                and words[n][: len(mine)] == mine
                and (other.ref, other.agency, other.level) == (rec.ref, rec.agency, rec.level)
                for n, other in enumerate(records)
            )
        )
        if not broken:
            out.append(rec)
    return out
