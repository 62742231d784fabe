"""Record ids: "rec-overview-3", "rec-agency-<agency slug>-2", unique within a document."""

from __future__ import annotations

import re

from dhrparse.models import Recommendation


def assign_ids(records: list[Recommendation]) -> list[Recommendation]:
    seen: set[str] = set()
    for n, rec in enumerate(records, 1):
        base = _base_id(rec, n)
        rid, k = base, 2
        while rid in seen:
            rid, k = f"{base}-{k}", k + 1
        seen.add(rid)
        rec.id = rid
    return records


def _base_id(rec: Recommendation, n: int) -> str:
    """The id from the record's level, agency and ref (its position `n` when unnumbered)."""
    if rec.level == "overview":
        return f"rec-overview-{rec.ref}" if rec.ref else f"rec-overview-n{n}"
    slug = _slug(rec.agency or "agency") or "agency"
    return f"rec-agency-{slug}-{rec.ref}" if rec.ref else f"rec-agency-{slug}-n{n}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]
