"""The library's tables, indexes and full-text search, created with sqlite-utils.

Every record table carries `document` (the source name, as the JSON and CSV
`source` column) and `review` (the library's review key), both foreign keys, so a
document can be replaced on its own and a review read across its documents.
"""

from __future__ import annotations

from dhrparse.library._sqlite_utils import sqlite_utils

DOCUMENTS = {
    "source": str,
    "path": str,
    "sha256": str,
    "format": str,
    "pages": int,
    "status": str,
    "error": str,
    "review": str,
    "review_id": str,
    "review_type": str,
    "area": str,
    "doc_kind": str,
    "author": str,
    "date_of_death": str,
    "victims": str,
    "plan_date": str,
    "dhrparse_version": str,
    "fingerprint": str,
    "converted_at": str,
    "recommendations": int,
    "actions": int,
    "chronology": int,
    "warnings": int,
}
REVIEWS = {
    "id": str,
    "review_id": str,
    "id_key": str,
    "area_key": str,
    "label": str,
    "review_type": str,
    "area": str,
    "author": str,
    "victims": str,
    "date_of_death": str,
    "year": int,
    "documents": int,
    "stale": int,
}
LOCATION = {"page": int, "line_start": int, "line_end": int, "section": str}
# column order is what Datasette shows: the words people read first, bookkeeping last
RECOMMENDATIONS = {
    "id": int,
    "ref": str,
    "text": str,
    "agency": str,
    "review": str,
    "document": str,
    "level": str,
    "title": str,
    "outcome": str,
    "themes": str,
    "scope": str,
    "year": int,
    **LOCATION,
    "parent_ref": str,
    "agency_printed": str,
    "aliases": str,
    "record_id": str,
    "ref_key": str,
}
ACTIONS = {
    "id": int,
    "ref": str,
    "action": str,
    "lead": str,
    "target_date": str,
    "status": str,
    "progress": str,
    "review": str,
    "document": str,
    "agency": str,
    "recommendation": int,
    "recommendation_ref": str,
    "target_due": str,
    "status_raw": str,
    "rag": str,
    "desired_outcome": str,
    "monitoring": str,
    "success_measure": str,
    "agency_section": str,
    "scope": str,
    **LOCATION,
    "target_date_start": str,
    "target_date_end": str,
    "target_date_precision": str,
    "judged_from": str,
    "extra": str,
    "record_id": str,
    "recommendation_record_id": str,
}
CHRONOLOGY = {
    "id": int,
    "date": str,
    "text": str,
    "heading": str,
    "agencies": str,
    "review": str,
    "document": str,
    "ref": str,
    **LOCATION,
    "date_start": str,
    "date_end": str,
    "date_precision": str,
    "approximate": int,
    "relative": int,
    "record_id": str,
}
WARNINGS = {"id": int, "code": str, "message": str, "document": str, "review": str, **LOCATION}
THEMES = {
    "id": int,
    "recommendation": int,
    "document": str,
    "review": str,
    "theme": str,
    "rank": int,
    "evidence": str,
}
ACTION_HISTORY = {
    "id": int,
    "review": str,
    "track": int,
    "version": int,
    "document": str,
    "action": int,
    "ref": str,
    "action_text": str,
    "lead": str,
    "status": str,
    "status_raw": str,
    "progress": str,
    "plan_date": str,
    "change": str,
}
REPEAT_GROUPS = {
    "id": int,
    "reviews_count": int,
    "members_count": int,
    "text": str,
    "reviews": str,
    "areas": str,
    "years": str,
    "agencies": str,
    "min_similarity": float,
}
REPEAT_MEMBERS = {
    "id": int,
    "group_id": int,
    "recommendation": int,
    "document": str,
    "review": str,
    "ref": str,
    "text": str,
    "similarity": float,
}

_OWNED = [("document", "documents", "source"), ("review", "reviews", "id")]
RECORD_TABLES = {
    "recommendations": (RECOMMENDATIONS, _OWNED, ["review", "agency", "document", "ref_key", "scope"]),
    "actions": (
        ACTIONS,
        _OWNED + [("recommendation", "recommendations", "id")],
        ["review", "lead", "status", "target_due", "document", "agency", "recommendation"],
    ),
    "chronology": (CHRONOLOGY, _OWNED, ["review", "date_start", "document"]),
    "warnings": (WARNINGS, _OWNED, ["document", "code"]),
    "recommendation_themes": (
        THEMES,
        _OWNED + [("recommendation", "recommendations", "id")],
        ["recommendation", "theme", "review"],
    ),
    "action_history": (
        ACTION_HISTORY,
        [("review", "reviews", "id"), ("document", "documents", "source"), ("action", "actions", "id")],
        ["review", "action", "track"],
    ),
    "repeat_groups": (REPEAT_GROUPS, [], ["reviews_count"]),
    "repeat_members": (
        REPEAT_MEMBERS,
        [
            ("group_id", "repeat_groups", "id"),
            ("recommendation", "recommendations", "id"),
            ("document", "documents", "source"),
            ("review", "reviews", "id"),
        ],
        ["group_id", "recommendation"],
    ),
}
FULL_TEXT = {"recommendations": ["title", "text"], "actions": ["action", "progress"], "chronology": ["text"]}


# bump when tables, columns or indexes are added: a library made before gains them on opening
VERSION = 1


def ensure(db: sqlite_utils.Database) -> None:
    """Create whatever is missing; an existing library gains new columns, never loses any."""
    db.execute("PRAGMA foreign_keys = ON")
    # WAL: a reader (Datasette) never blocks the writer, and commits do not each wait for the
    # disk; a crash still loses whole documents only, never part of one
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    if db.execute("PRAGMA user_version").fetchone()[0] == VERSION and db["documents"].exists():
        return
    with db.atomic():  # one commit for the whole schema, not one per statement
        _create(db)
        db.execute(f"PRAGMA user_version = {VERSION}")


def _create(db: sqlite_utils.Database) -> None:
    db["reviews"].create(REVIEWS, pk="id", if_not_exists=True)
    db["documents"].create(
        DOCUMENTS, pk="source", foreign_keys=[("review", "reviews", "id")], if_not_exists=True
    )
    db["documents"].create_index(["review"], if_not_exists=True)
    db["documents"].create_index(["sha256"], if_not_exists=True)
    db["reviews"].create_index(["area"], if_not_exists=True)
    db["reviews"].create_index(["year"], if_not_exists=True)
    for name, (columns, fks, indexes) in RECORD_TABLES.items():
        table = db[name]
        if table.exists():  # made by an earlier dhrparse: add the columns it lacks
            for column, kind in columns.items():
                if column not in table.columns_dict:
                    table.add_column(column, kind)
        else:
            table.create(columns, pk="id", foreign_keys=fks)
        for column in indexes:
            table.create_index([column], if_not_exists=True)
    for name, columns in FULL_TEXT.items():
        if not db[f"{name}_fts"].exists():
            db[name].enable_fts(columns, create_triggers=True, tokenize="porter")
