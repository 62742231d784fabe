"""Reference numbers as printed ("1.1", "Recommendation 3.", "1 (ii)", "6i.1") to one form."""
from __future__ import annotations

import re
from functools import lru_cache

_BRACKETS = re.compile(r"[()\[\]]")
_ROMAN = re.compile(r"^(\d+)\s*\(?\s*([ivx]{1,4})\s*\)?$", re.I)


@lru_cache(maxsize=4096)     # every pair of statements compared compares their refs
def norm_ref(ref: str | None) -> str:
    """Canonical comparison key: lower case, no spaces, brackets or trailing dots."""
    if ref is None:
        return ""
    r = str(ref).lower().strip().rstrip(".:")
    r = r.replace("recommendation", "").replace(" ", "")
    return _BRACKETS.sub("", r)


def display_ref(ref: str | None) -> str | None:
    """Normalised printed form: "1.1", "3", "1(ii)"."""
    if ref is None:
        return None
    r = " ".join(str(ref).split()).strip().rstrip(".:")
    m = _ROMAN.match(r)
    if m:
        return f"{m.group(1)}({m.group(2).lower()})"
    return r.replace(" ", "") or None
