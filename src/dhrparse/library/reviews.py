"""Which review a document belongs to, and the review's row as its documents describe it."""

from __future__ import annotations

import json
from typing import Any

from dhrparse.library.identity import identify
from dhrparse.library.rows import year
from dhrparse.models import Document


def review_for(db, doc: Document, name: str) -> str:
    """The review a document belongs to: one with its printed id (in the same area, when both
    name one), else a new review under the best key the document gives."""
    ident = identify(doc.review)
    if ident.id_key:
        for key, area_key in db.execute(
            "select id, area_key from reviews where id_key = ? order by id", [ident.id_key]
        ):
            if area_key is None or ident.area_key is None or area_key == ident.area_key:
                return key
    key = ident.candidate() or f"document:{name}"
    if not db["reviews"].count_where("id = ?", [key]):
        db["reviews"].insert(
            {
                "id": key,
                "id_key": ident.id_key,
                "area_key": ident.area_key,
                "label": ident.label,
                "documents": 0,
                "stale": 1,
            }
        )
    return key


def refresh_review(db, review: str) -> None:
    """The review's row from its documents: overview reports speak first."""
    docs = list(
        db.query(
            "select * from documents where review = ? and status = 'ok' order by case doc_kind "
            "when 'overview_report' then 0 when 'executive_summary' then 1 else 2 end, source",
            [review],
        )
    )
    if not docs:
        db.execute("delete from reviews where id = ?", [review])
        return

    def first(column: str) -> Any:
        return next((d[column] for d in docs if d[column]), None)

    death = first("date_of_death")
    death_start = json.loads(death).get("start") if death else None
    db["reviews"].update(
        review,
        {
            "review_id": first("review_id"),
            "review_type": first("review_type"),
            "area": first("area"),
            "author": first("author"),
            "victims": first("victims"),
            "date_of_death": death_start,
            "year": year(death_start),
            "documents": len(docs),
            "stale": 1,
        },
    )
