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

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dhrparse import __version__
from dhrparse.library import rows, schema, versions
from dhrparse.library._sqlite_utils import sqlite_utils
from dhrparse.library.links import relink
from dhrparse.library.reviews import refresh_review, review_for
from dhrparse.models import Document

DB_NAME = "reviews.db"
RECORD_TABLES = ("recommendation_themes", "actions", "recommendations", "chronology", "warnings")


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
        found = list(self.db.query("select * from documents where source = ?", [source]))
        return found[0] if found else None

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
            review = review_for(self.db, doc, name)
            self.db["documents"].insert(rows.document_row(doc, name, review, self.fingerprint))
            self._insert_records(doc, name, review)
            refresh_review(self.db, review)
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
                    "converted_at": rows.now(),
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
            refresh_review(self.db, review)

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

    def _insert_records(self, doc: Document, name: str, review: str) -> None:
        owned = {"document": name, "review": review}
        year = rows.year(doc.review.date_of_death.start if doc.review.date_of_death else None)
        self.db["recommendations"].insert_all(
            ({**owned, **rows.recommendation_row(rec), "year": year} for rec in doc.recommendations), pk="id"
        )
        rec_ids = dict(
            self.db.execute("select record_id, id from recommendations where document = ?", [name])
        )
        self._insert_themes(doc, owned, rec_ids)
        self.db["actions"].insert_all(
            (
                {
                    **owned,
                    **rows.action_row(a),
                    "recommendation": rec_ids.get(a.recommendation_id)
                    if not a.recommendation_source
                    else None,
                }
                for a in doc.actions
            ),
            pk="id",
        )
        self.db["chronology"].insert_all(({**owned, **rows.event_row(e)} for e in doc.chronology), pk="id")
        self.db["warnings"].insert_all(
            ({**owned, "code": w.code, "message": w.message, **rows.where(w.location)} for w in doc.warnings),
            pk="id",
        )

    def _insert_themes(self, doc: Document, owned: dict[str, str], rec_ids: dict[str, int]) -> None:
        self.db["recommendation_themes"].insert_all(rows.theme_rows(doc, owned, rec_ids), pk="id")


def add_all(library: Library, docs: Iterable[Document]) -> dict[str, int]:
    """Add documents and finish; counts of added / replaced / unchanged."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    for doc in docs:
        counts[library.add(doc)] += 1
    library.finish()
    return counts
