"""A narrow status column breaks a long word inside across the cell's lines ("Complet" / "e",
"In progre" / "ss"): joined back with a space, the cell reads as no status. The word is mended
by joining a piece to the one before it where the piece opens in lower case, and the cell is
read again; only a mending that then reads as a status counts (the cell says nothing else)."""

from __future__ import annotations

from collections.abc import Callable

MAX_WORDS = 4  # the most words a status phrase broken so prints ("Not" / "starte" / "d")


def mended_value(raw: str, read: Callable[[str], str | None]) -> str | None:
    """The status a short cell reads as once one word broken inside is joined again, else None."""
    words = raw.split()
    if not 1 < len(words) <= MAX_WORDS:
        return None
    for k in range(1, len(words)):
        piece = words[k]
        if not piece[:1].islower() or not words[k - 1][-1:].isalpha():
            continue
        value = read(" ".join([*words[: k - 1], words[k - 1] + piece, *words[k + 1 :]]))
        if value is not None:
            return value
    return None
