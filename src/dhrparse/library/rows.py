"""The library's rows for one document's records: every column a table holds, with where in
the document each record was read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from dhrparse import __version__
from dhrparse.library.periods import period_end
from dhrparse.models import Document, Location
from dhrparse.vocab.refs import norm_ref


def as_json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def where(location: Location | None) -> dict[str, Any]:
    if location is None:
        return {"page": None, "line_start": None, "line_end": None, "section": None}
    return {
        "page": location.page,
        "line_start": location.line_start,
        "line_end": location.line_end,
        "section": location.section,
    }


def year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_row(doc: Document, name: str, review: str, fingerprint: str | None) -> dict[str, Any]:
    r = doc.review
    return {
        "source": name,
        "path": doc.source.path,
        "sha256": doc.source.sha256,
        "format": doc.source.format,
        "pages": doc.source.pages,
        "status": "ok",
        "error": None,
        "review": review,
        "review_id": r.review_id,
        "review_type": r.review_type,
        "area": r.area,
        "doc_kind": r.doc_kind,
        "author": r.author,
        "date_of_death": r.date_of_death.model_dump_json() if r.date_of_death else None,
        "victims": as_json([v.model_dump() for v in r.victims]),
        "plan_date": None,
        "dhrparse_version": __version__,
        "fingerprint": fingerprint,
        "converted_at": now(),
        "recommendations": len(doc.recommendations),
        "actions": len(doc.actions),
        "chronology": len(doc.chronology),
        "warnings": len(doc.warnings),
    }


def recommendation_row(rec) -> dict[str, Any]:
    return {
        "record_id": rec.id,
        "ref": rec.ref,
        "ref_key": norm_ref(rec.ref) or None,
        "parent_ref": rec.parent_ref,
        "level": rec.level,
        "agency": rec.agency,
        "agency_printed": rec.agency_printed,
        "title": rec.title,
        "text": rec.text,
        "outcome": rec.outcome,
        "aliases": as_json(rec.aliases),
        "themes": json.dumps(rec.themes),
        "scope": getattr(rec, "scope", None),
        **where(rec.location),
    }


def theme_rows(doc: Document, owned: dict[str, str], rec_ids: dict[str, int]) -> list[dict[str, Any]]:
    """One row per theme of each recommendation, in rank order."""
    rows = []
    for rec in doc.recommendations:
        # the cue words that decided each theme, as an analyst reads them in a facet
        cues = {item.theme: " | ".join(item.cues) for item in rec.theme_evidence}
        for rank, theme in enumerate(rec.themes, 1):
            rows.append(
                {
                    **owned,
                    "recommendation": rec_ids[rec.id],
                    "theme": theme,
                    "rank": rank,
                    "evidence": cues.get(theme) or None,
                }
            )
    return rows


def action_row(a) -> dict[str, Any]:
    t = a.target_date
    return {
        "record_id": a.id,
        "ref": a.ref,
        "recommendation_ref": a.recommendation_ref,
        "recommendation_record_id": a.recommendation_id,
        "agency_section": a.agency_section,
        "agency": a.agency_section if a.agency_section and a.agency_section != "overview" else None,
        "action": a.action,
        "lead": a.lead,
        "desired_outcome": a.desired_outcome,
        "monitoring": a.monitoring,
        "success_measure": a.success_measure,
        "progress": a.progress,
        **date_columns("target_date", t),
        "target_due": period_end(t.end or t.start) if t else None,
        "status": a.status.value,
        "status_raw": a.status.raw,
        "rag": a.status.rag,
        "judged_from": a.status.judged_from,
        "scope": a.scope,
        "extra": as_json(a.extra),
        **where(a.location),
    }


def date_columns(name: str, d) -> dict[str, Any]:
    """A date as printed and the period it stands for: `name`, `name_start`, `name_end`,
    `name_precision` (all null when no date was read)."""
    return {
        name: d.raw if d else None,
        f"{name}_start": d.start if d else None,
        f"{name}_end": d.end if d else None,
        f"{name}_precision": d.precision if d else None,
    }


def event_row(e) -> dict[str, Any]:
    d = e.date
    return {
        "record_id": e.id,
        "ref": e.ref,
        "heading": e.heading,
        **date_columns("date", d),
        "approximate": int(d.approximate) if d else None,
        "relative": int(d.relative) if d else None,
        "text": e.text,
        "agencies": as_json(e.agencies),
        **where(e.location),
    }
