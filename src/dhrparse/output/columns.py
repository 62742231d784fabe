"""The tables' columns: one declared list per record type, shared by CSV, XLSX, flat JSON
Lines and the DataFrame helpers.

Every record row starts with the review it belongs to (`source`, `review_id`, `area`),
then the record's own fields in reading order, then its dates and status, and its
location last. The set is fixed, so monthly outputs append cleanly; a column is added
here, in one place, and README's "Columns" table lists it.

A field a model gains without a column here is not dropped: it is appended after the
record's own declared fields (nested models as dotted columns) until someone declares it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from dhrparse.models import RECORD_TYPES, Document

TEXT, INT, BOOL = "text", "int", "bool"
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class Column:
    name: str
    get: Callable[[Document, Any, dict], Any]  # (document, record, record as JSON data) -> cell
    kind: str = TEXT  # text | int | bool: the type a reader should load
    field: str | None = None  # the model field it shows (top-level name)


@dataclass(frozen=True)
class Row:
    """One record of one document, with its record type."""

    doc: Document
    record: Any
    record_type: str


def _path(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _cell(value: Any) -> Any:
    """Lists of plain values joined with " | "; anything nested as JSON text."""
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return LIST_SEPARATOR.join("" if v is None else str(v) for v in value) if value else None
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


def data(dotted: str, kind: str = TEXT, name: str | None = None) -> Column:
    """A column showing a field of the record (dotted for nested values)."""
    return Column(name or dotted, lambda doc, rec, d: _cell(_path(d, dotted)), kind, dotted.split(".")[0])


def _source(doc, rec, d):
    return doc.source.name


def _qualified(doc: Document, local_id: str | None, source: str | None = None) -> str | None:
    """Record ids are unique within a document; across a batch they are qualified by source."""
    return f"{source or doc.source.name}#{local_id}" if local_id else None


def _theme_evidence(doc, rec, d):
    """The words behind each theme, in one readable cell: "training: induction, refresher | ..."."""
    parts = [f"{e['theme']}: {', '.join(e.get('cues') or [])}" for e in d.get("theme_evidence") or []]
    return LIST_SEPARATOR.join(parts) or None


def _extra(doc, rec, d):
    """Plan columns with no canonical field, in one cell: "Resources: none | RAG: amber"."""
    pairs = [f"{k}: {v}" for k, v in (d.get("extra") or {}).items() if str(v).strip()]
    return LIST_SEPARATOR.join(pairs) or None


def _victims(doc, rec, d):
    people = [
        v["pseudonym"] + (f" ({v['age']})" if v.get("age") is not None else "")
        for v in d.get("victims") or []
    ]
    return LIST_SEPARATOR.join(people) or None


def _where(loc: dict) -> str:
    page = f"p{loc['page']} " if loc.get("page") is not None else ""
    return f"{page}lines {loc['line_start']}-{loc['line_end']}"


def _alias_locations(doc, rec, d):
    return LIST_SEPARATOR.join(_where(loc) for loc in d.get("alias_locations") or []) or None


REVIEW_HEAD = [
    Column("source", _source),
    Column("review_id", lambda doc, rec, d: doc.review.review_id, field="review_id"),
    Column("area", lambda doc, rec, d: doc.review.area, field="area"),
]


def _date(prefix: str) -> list[Column]:
    return [
        data(f"{prefix}.raw"),
        data(f"{prefix}.start"),
        data(f"{prefix}.end"),
        data(f"{prefix}.precision"),
        data(f"{prefix}.approximate", BOOL),
        data(f"{prefix}.relative", BOOL),
    ]


LOCATION = [
    data("location.page", INT),
    data("location.line_start", INT),
    data("location.line_end", INT),
    data("location.section"),
]

# record type -> (own fields in reading order, dates and status, location)
LAYOUT: dict[str, tuple[list[Column], list[Column], list[Column]]] = {
    "review": (
        [
            data("review_type"),
            data("review_type_printed"),
            data("doc_kind"),
            data("author"),
            Column("victims", _victims, field="victims"),
        ],
        _date("date_of_death"),
        [],
    ),
    "recommendations": (
        [
            Column("id", lambda doc, rec, d: _qualified(doc, d["id"]), field="id"),
            data("ref"),
            data("parent_ref"),
            data("level"),
            data("agency"),
            data("agency_printed"),
            data("title"),
            data("text"),
            data("outcome"),
            data("themes"),
            data("scope"),
            Column("theme_evidence", _theme_evidence, field="theme_evidence"),
            data("aliases"),
            Column("alias_locations", _alias_locations, field="alias_locations"),
        ],
        [],
        LOCATION,
    ),
    "actions": (
        [
            Column("id", lambda doc, rec, d: _qualified(doc, d["id"]), field="id"),
            data("ref"),
            data("recommendation_ref"),
            Column(
                "recommendation_id",
                lambda doc, rec, d: _qualified(
                    doc, d.get("recommendation_id"), d.get("recommendation_source")
                ),
                field="recommendation_id",
            ),
            data("recommendation_source"),
            data("agency_section"),
            data("action"),
            data("lead"),
            data("desired_outcome"),
            data("monitoring"),
            data("success_measure"),
            data("progress"),
            data("scope"),
            Column("extra", _extra, field="extra"),
        ],
        _date("target_date")
        + [data("status.raw"), data("status.value"), data("status.rag"), data("status.judged_from")],
        LOCATION,
    ),
    "chronology": (
        [
            Column("id", lambda doc, rec, d: _qualified(doc, d["id"]), field="id"),
            data("ref"),
            data("heading"),
            data("text"),
            data("agencies"),
            Column("extra", _extra, field="extra"),
        ],
        _date("date"),
        LOCATION,
    ),
    "warnings": (
        [data("code"), data("message")],
        [],
        [
            data("location.page", INT, "page"),
            data("location.line_start", INT, "line_start"),
            data("location.line_end", INT, "line_end"),
            data("location.section", name="section"),
        ],
    ),
}
# warnings name their document but not its area (the brief's layout: source, review_id, code, ...)
HEADS = {rt: REVIEW_HEAD if rt != "warnings" else REVIEW_HEAD[:2] for rt in LAYOUT}
# fields shown by the head (the review's own), or by nothing on purpose
NOT_SHOWN = {"review_id"}


def _undeclared(model: type[BaseModel], declared: set[str], prefix: str = "") -> list[Column]:
    """Columns for model fields no declared column shows (nested models expanded)."""
    cols = []
    for name, info in model.model_fields.items():
        if not prefix and (name in declared or name in NOT_SHOWN):
            continue
        ann = info.annotation
        inner = [a for a in get_args(ann) if a is not type(None)] or [ann]
        sub = inner[0]
        if isinstance(sub, type) and issubclass(sub, BaseModel) and get_origin(ann) is not list:
            cols += _undeclared(sub, set(), f"{prefix}{name}.")
        else:
            cols.append(data(prefix + name, BOOL if sub is bool else INT if sub is int else TEXT))
    return cols


_COLUMNS: dict[str, list[Column]] = {}


def columns(record_type: str) -> list[Column]:
    """The fixed columns of a record type's table, in order."""
    if record_type not in _COLUMNS:
        own, when, where = LAYOUT[record_type]
        head = HEADS[record_type]
        declared = {c.field for c in head + own + when + where if c.field}
        extra = _undeclared(RECORD_TYPES[record_type], declared)
        _COLUMNS[record_type] = head + own + extra + when + where
    return _COLUMNS[record_type]


def column_names(record_type: str) -> list[str]:
    return [c.name for c in columns(record_type)]


def column_kinds(record_type: str) -> dict[str, str]:
    return {c.name: c.kind for c in columns(record_type)}


def records(doc: Document, record_type: str) -> list[Any]:
    return [doc.review] if record_type == "review" else getattr(doc, record_type)


def iter_rows(docs, record_type: str) -> Iterator[Row]:
    for doc in docs:
        for rec in records(doc, record_type):
            yield Row(doc, rec, record_type)


def values(row: Row) -> list[Any]:
    """The row's cells in column order (None for empty)."""
    d = row.record.model_dump(mode="json")
    return [c.get(row.doc, row.record, d) for c in columns(row.record_type)]


def table_rows(docs, record_type: str) -> Iterator[list[Any]]:
    """Cells of every record of a type, one list per row, made as they are written."""
    for row in iter_rows(docs, record_type):
        yield values(row)
