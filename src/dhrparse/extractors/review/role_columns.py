"""A cover printing two roles side by side as column heads and the two people under them, a
name under each ("Independent Chair    Report Author" over "Graham Pettifer    Nadia Oyelowo"):
each role names the person under it, by column. The columns may print apart (two spaces or
more, a tab) or joined by one space, as corpus text joins a printed line's cells: then the line
of names is cut in two halves that are each a whole name, or not read (two names run together
are no author)."""

from __future__ import annotations

import re

_APART = re.compile(r"\s{2,}|\t|\s\|\s")
_HEADS = 2  # two roles side by side (more are a panel table's header)


def role_column_offers(line: str, roles, below: str, names, i: int) -> list[tuple[int, int, str]] | None:
    """(rank, line, name) for each role on `line`, read from the line `below`; None when the line
    is not two roles alone, or the names under them are not two whole names."""
    if len(roles) != _HEADS:
        return None
    rest = line
    for start, end, _ in sorted(roles, reverse=True):
        rest = rest[:start] + rest[end:]
    if rest.strip(" |:–—-,"):
        return None  # (the roles are not alone on their line: a name or a sentence beside them)
    parts = [p for p in _APART.split(below.strip()) if p.strip()]
    if len(parts) != _HEADS:
        words = below.split()
        half = len(words) // 2
        if len(words) % 2 or not half:
            return None
        parts = [" ".join(words[:half]), " ".join(words[half:])]
    found = [names.alone(p) for p in parts]
    if None in found:
        return None
    ordered = sorted(roles)
    return [(rank, i + 1, name) for (_, _, rank), name in zip(ordered, found, strict=True)]
