"""Write documents into the library, one transaction per document.

A document is known by its source name. Adding the same content again changes
nothing; new content under a known name replaces that document's rows and no
others; a file that could not be read is recorded as failed with no records.
Cross-file work (linking a plan's actions to the report's recommendations,
matching a plan's versions) waits until `finish()`, once per review touched, so a
run of many documents does that work once and memory never holds more than one
document and one review.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dhrparse import __version__
from dhrparse.models import Document, Location
from dhrparse.vocab.refs import norm_ref
from dhrparse.library import schema, versions
from dhrparse.library._sqlite_utils import sqlite_utils
from dhrparse.library.identity import identify
from dhrparse.library.links import relink
from dhrparse.library.periods import period_end

DB_NAME = "reviews.db"
RECORD_TABLES = ("recommendation_themes", "actions", "recommendations", "chronology", "warnings")


def _json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def _where(location: Location | None) -> dict[str, Any]:
    if location is None:
        return {"page": None, "line_start": None, "line_end": None, "section": None}
    return {
        "page": location.page,
        "line_start": location.line_start,
        "line_end": location.line_end,
        "section": location.section,
    }


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


class LibraryError(Exception):
    """The library file cannot be used (not a SQLite database, damaged, read-only)."""


def open_database(path: Path) -> sqlite_utils.Database:
    """The library's database with its tables, or LibraryError in one line."""
    try:
        db = sqlite_utils.Database(path)
        schema.ensure(db)
        return db
    except sqlite3.Error as exc:
        raise LibraryError(f"{path}: cannot be used as a dhrparse library: {exc}") from None


class Library:
    """One SQLite file holding a collection of reviews."""

    def __init__(self, path: str | Path, *, fingerprint: str | None = None):
        # the code and patterns that read the documents: a document read by other ones is read again
        self.fingerprint = fingerprint
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = open_database(self.path)

    # -- documents ---------------------------------------------------------------------------------

    def document(self, source: str) -> dict[str, Any] | None:
        rows = list(self.db.query("select * from documents where source = ?", [source]))
        return rows[0] if rows else None

    def known(self, source: str, sha256: str) -> dict[str, Any] | None:
        """The stored row when `source` is already in the library with this content,
        read by this dhrparse; adding it again would change nothing."""
        row = self.document(source)
        if (
            row
            and row["sha256"] == sha256
            and row["status"] == "ok"
            and row["dhrparse_version"] == __version__
            and (self.fingerprint is None or row["fingerprint"] == self.fingerprint)
        ):
            return row
        return None

    def add(self, doc: Document, *, source: str | None = None) -> str:
        """Store one document. Returns "added", "replaced" or "unchanged"."""
        name = source or doc.source.name
        old = self.document(name)
        if old and self.known(name, doc.source.sha256):
            return "unchanged"
        with self.db.atomic():
            if old:
                self._remove(old)
            review = self._review_for(doc, name)
            self.db["documents"].insert(self._document_row(doc, name, review))
            self._insert_records(doc, name, review)
            self._refresh_review(review)
        return "replaced" if old else "added"

    def add_failed(
        self,
        source: str,
        *,
        path: str | None = None,
        sha256: str | None = None,
        error: str = "could not be read",
    ) -> str:
        """Record a file that could not be read: a documents row, no records."""
        old = self.document(source)
        if old and old["status"] == "failed" and old["sha256"] == sha256 and old["error"] == error:
            return "unchanged"
        with self.db.atomic():
            if old:
                self._remove(old)
            self.db["documents"].insert(
                {
                    "source": source,
                    "path": path,
                    "sha256": sha256,
                    "status": "failed",
                    "error": error,
                    "dhrparse_version": __version__,
                    "converted_at": _now(),
                }
            )
        return "replaced" if old else "added"

    def finish(self) -> int:
        """Cross-file work for every review whose documents changed: link actions to
        recommendations printed in another document of the review, and rebuild the
        history of its action plan across versions. Returns how many actions were linked."""
        linked = 0
        for (review,) in list(self.db.execute("select id from reviews where stale = 1")):
            with self.db.atomic():
                linked += relink(self.db, review)
                versions.rebuild(self.db, review)
                self.db.execute("update reviews set stale = 0 where id = ?", [review])
        return linked

    def close(self) -> None:
        self.db.close()

    # -- writing -----------------------------------------------------------------------------------

    def _remove(self, old: dict[str, Any]) -> None:
        name, review = old["source"], old["review"]
        self.db.execute("delete from action_history where review = ?", [review])
        self._drop_repeats_of(name)
        # another document's actions may point at this document's recommendations
        self.db.execute(
            "update actions set recommendation = null where document != ? and recommendation in "
            "(select id from recommendations where document = ?)",
            [name, name],
        )
        for table in RECORD_TABLES:
            self.db.execute(f"delete from [{table}] where document = ?", [name])
        self.db.execute("delete from documents where source = ?", [name])
        if review:
            self._refresh_review(review)

    def _drop_repeats_of(self, name: str) -> None:
        """A replaced document leaves the repeat groups it was in; a group left with
        one review is no longer a repeat."""
        self.db.execute("delete from repeat_members where document = ?", [name])
        thin = [
            r[0]
            for r in self.db.execute(
                "select g.id from repeat_groups g left join repeat_members m on m.group_id = g.id "
                "group by g.id having count(distinct m.review) < 2"
            )
        ]
        for group in thin:
            self.db.execute("delete from repeat_members where group_id = ?", [group])
            self.db.execute("delete from repeat_groups where id = ?", [group])

    def _review_for(self, doc: Document, name: str) -> str:
        ident = identify(doc.review)
        if ident.id_key:
            for key, area_key in self.db.execute(
                "select id, area_key from reviews where id_key = ? order by id", [ident.id_key]
            ):
                if area_key is None or ident.area_key is None or area_key == ident.area_key:
                    return key
        key = ident.candidate() or f"document:{name}"
        if not self.db["reviews"].count_where("id = ?", [key]):
            self.db["reviews"].insert(
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

    def _refresh_review(self, review: str) -> None:
        """The review's row from its documents: overview reports speak first."""
        docs = list(
            self.db.query(
                "select * from documents where review = ? and status = 'ok' order by case doc_kind "
                "when 'overview_report' then 0 when 'executive_summary' then 1 else 2 end, source",
                [review],
            )
        )
        if not docs:
            self.db.execute("delete from reviews where id = ?", [review])
            return

        def first(column: str) -> Any:
            return next((d[column] for d in docs if d[column]), None)

        death = first("date_of_death")
        death_start = json.loads(death).get("start") if death else None
        self.db["reviews"].update(
            review,
            {
                "review_id": first("review_id"),
                "review_type": first("review_type"),
                "area": first("area"),
                "author": first("author"),
                "victims": first("victims"),
                "date_of_death": death_start,
                "year": _year(death_start),
                "documents": len(docs),
                "stale": 1,
            },
        )

    def _document_row(self, doc: Document, name: str, review: str) -> dict[str, Any]:
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
            "victims": _json([v.model_dump() for v in r.victims]),
            "plan_date": None,
            "dhrparse_version": __version__,
            "fingerprint": self.fingerprint,
            "converted_at": _now(),
            "recommendations": len(doc.recommendations),
            "actions": len(doc.actions),
            "chronology": len(doc.chronology),
            "warnings": len(doc.warnings),
        }

    def _insert_records(self, doc: Document, name: str, review: str) -> None:
        owned = {"document": name, "review": review}
        year = _year(doc.review.date_of_death.start if doc.review.date_of_death else None)
        self.db["recommendations"].insert_all(
            ({**owned, **self._recommendation_row(rec), "year": year} for rec in doc.recommendations), pk="id"
        )
        rec_ids = dict(
            self.db.execute("select record_id, id from recommendations where document = ?", [name])
        )
        self._insert_themes(doc, owned, rec_ids)
        self.db["actions"].insert_all(
            (
                {
                    **owned,
                    **self._action_row(a),
                    "recommendation": rec_ids.get(a.recommendation_id)
                    if not a.recommendation_source
                    else None,
                }
                for a in doc.actions
            ),
            pk="id",
        )
        self.db["chronology"].insert_all(({**owned, **self._event_row(e)} for e in doc.chronology), pk="id")
        self.db["warnings"].insert_all(
            ({**owned, "code": w.code, "message": w.message, **_where(w.location)} for w in doc.warnings),
            pk="id",
        )

    @staticmethod
    def _recommendation_row(rec) -> dict[str, Any]:
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
            "aliases": _json(rec.aliases),
            "themes": json.dumps(rec.themes),
            "scope": getattr(rec, "scope", None),
            **_where(rec.location),
        }

    def _insert_themes(self, doc: Document, owned: dict[str, str], rec_ids: dict[str, int]) -> None:
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
        self.db["recommendation_themes"].insert_all(rows, pk="id")

    @staticmethod
    def _action_row(a) -> dict[str, Any]:
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
            "target_date": t.raw if t else None,
            "target_date_start": t.start if t else None,
            "target_date_end": t.end if t else None,
            "target_date_precision": t.precision if t else None,
            "target_due": period_end(t.end or t.start) if t else None,
            "status": a.status.value,
            "status_raw": a.status.raw,
            "rag": a.status.rag,
            "judged_from": a.status.judged_from,
            "scope": a.scope,
            "extra": _json(a.extra),
            **_where(a.location),
        }

    @staticmethod
    def _event_row(e) -> dict[str, Any]:
        d = e.date
        return {
            "record_id": e.id,
            "ref": e.ref,
            "heading": e.heading,
            "date": d.raw if d else None,
            "date_start": d.start if d else None,
            "date_end": d.end if d else None,
            "date_precision": d.precision if d else None,
            "approximate": int(d.approximate) if d else None,
            "relative": int(d.relative) if d else None,
            "text": e.text,
            "agencies": _json(e.agencies),
            **_where(e.location),
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_all(library: Library, docs: Iterable[Document]) -> dict[str, int]:
    """Add documents and finish; counts of added / replaced / unchanged."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    for doc in docs:
        counts[library.add(doc)] += 1
    library.finish()
    return counts
