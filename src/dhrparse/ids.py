"""Record ids: readable slugs of where a record was found, numbered when a slug repeats.

An id names the record's part of the document ("act-police-2.1", "rec-plan-overview-3"), so a
reader of the output can find it again; a second record under the same name gets "-2".
"""

from __future__ import annotations

import regex

_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def slug(text: str, empty: str, limit: int = 40) -> str:
    """Lower-case letters and digits joined by "-", cut to `limit` characters ("Adult Social
    Care (ASC)" -> "adult-social-care-asc"); `empty` when nothing is left."""
    return _NOT_SLUG.sub("-", text.lower()).strip("-")[:limit] or empty


class Numbering:
    """Ids unique within one document: the n-th record with the same base is "<base>-n"."""

    def __init__(self) -> None:
        self._count: dict[str, int] = {}

    def issue(self, base: str) -> str:
        n = self._count[base] = self._count.get(base, 0) + 1
        return base if n == 1 else f"{base}-{n}"
