"""Writers: JSON, JSON Lines and CSV (one table per record type).

CSV flattens nested values into dotted columns (`target_date.start`, `status.value`,
`location.line_start`), puts a `source` column first, and neutralises cells that a
spreadsheet would run as a formula.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, TextIO, get_args, get_origin

from pydantic import BaseModel

from .models import RECORD_TYPES, Document

RECORD_FILES = {"review": "reviews.csv", "recommendations": "recommendations.csv",
                "actions": "actions.csv", "chronology": "chronology.csv"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_LINE_END = "\r\n"


def to_json(docs: list[Document], *, single: bool) -> str:
    if single and len(docs) == 1:
        return docs[0].model_dump_json(indent=2) + "\n"
    return "[\n" + ",\n".join(d.model_dump_json(indent=2) for d in docs) + "\n]\n"


def to_jsonl(docs: Iterable[Document]) -> str:
    return "".join(d.model_dump_json() + "\n" for d in docs)


def neutralise(value: Any) -> Any:
    """Prefix cells that start like a formula with an apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    cols: list[str] = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        inner = [a for a in get_args(ann) if a is not type(None)] or [ann]
        sub = inner[0]
        if isinstance(sub, type) and issubclass(sub, BaseModel) and get_origin(ann) is not list:
            cols += _columns(sub, f"{prefix}{name}.")
        else:
            cols.append(prefix + name)
    return cols


def columns(record_type: str) -> list[str]:
    return ["source"] + _columns(RECORD_TYPES[record_type])


def _flat(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        if prefix and not value:
            out[prefix] = ""
        for k, v in value.items():
            _flat(v, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            out[prefix] = " | ".join("" if v is None else str(v) for v in value)
        else:
            out[prefix] = json.dumps(value, ensure_ascii=False)
    else:
        out[prefix] = value


def rows(docs: Iterable[Document], record_type: str) -> list[dict[str, Any]]:
    out = []
    for doc in docs:
        records = [doc.review] if record_type == "review" else getattr(doc, record_type)
        for rec in records:
            flat: dict[str, Any] = {"source": doc.source.name}
            _flat(rec.model_dump(mode="json"), "", flat)
            out.append(flat)
    return out


def table(docs: Iterable[Document], record_type: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and flattened rows of one record type: the model's columns first,
    then any keys only the data has (e.g. `extra.*`), in order of appearance."""
    cols = columns(record_type)
    data = rows(docs, record_type)
    seen = set(cols)
    for row in data:
        for key in row:
            if key not in seen:
                seen.add(key)
                cols.append(key)
    return cols, data


def write_csv(stream: TextIO, docs: Iterable[Document], record_type: str, *, neutralise_formulas: bool = True) -> int:
    cols, data = table(docs, record_type)
    # CRLF rows (RFC 4180, as Excel writes them): the csv module quotes only fields holding
    # the line terminator's characters, so with "\n" a lone "\r" in a cell went out unquoted
    writer = csv.DictWriter(stream, fieldnames=cols, extrasaction="ignore", lineterminator=CSV_LINE_END)
    writer.writeheader()
    for row in data:
        writer.writerow({k: neutralise(v) if neutralise_formulas else v for k, v in row.items()})
    return len(data)


def csv_text(docs: list[Document], record_type: str) -> str:
    buf = io.StringIO()
    write_csv(buf, docs, record_type)
    return buf.getvalue()


def _file_mode(path: Path) -> int:
    """The permissions a plainly created file would get (mkstemp's are owner-only),
    or the target's own when it is being replaced."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write to a temporary file in the same folder, then rename over the target,
    so a reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode(encoding) if isinstance(data, str) else data)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_csv_dir(directory: Path, docs: list[Document], record_types: Iterable[str], *, bom: bool = True) -> list[Path]:
    written = []
    for rt in record_types:
        buf = io.StringIO()
        write_csv(buf, docs, rt)
        path = directory / RECORD_FILES[rt]
        atomic_write(path, ("\ufeff" if bom else "") + buf.getvalue())
        written.append(path)
    return written
