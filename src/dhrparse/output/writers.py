"""Writers: JSON, JSON Lines (per document, or flat: one record per line) and CSV (one
table per record type, columns from `columns.py`).

Every writer streams: it writes record by record to the stream it is given, so the
memory a big output needs does not grow with a whole copy of it. Files are written
through `atomic_open` (a temporary file renamed into place once complete), and cells
that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from dhrparse.models import Document
from dhrparse.output import columns as layout

RECORD_FILES = {
    "review": "reviews.csv",
    "recommendations": "recommendations.csv",
    "actions": "actions.csv",
    "chronology": "chronology.csv",
    "warnings": "warnings.csv",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_LINE_END = "\r\n"
BOM = "\ufeff"


# --- documents -------------------------------------------------------------------------------


def write_json(stream: TextIO, docs: Iterable[Document], *, single: bool) -> None:
    """One object for a single input, else an array, written one Document at a time."""
    docs = iter(docs)
    if single:
        first = next(docs, None)
        second = next(docs, None)
        if first is not None and second is None:
            _write_pieces(stream, document_json(first, indent=2))
            stream.write("\n")
            return
        docs = (d for d in (first, second, *docs) if d is not None)
    stream.write("[")
    for i, doc in enumerate(docs):
        stream.write("\n" if i == 0 else ",\n")
        _write_pieces(stream, document_json(doc, indent=2))
    stream.write("\n]\n")


def write_jsonl(stream: TextIO, docs: Iterable[Document]) -> None:
    """One Document per line."""
    for doc in docs:
        _write_pieces(stream, document_json(doc))
        stream.write("\n")


def _write_pieces(stream: TextIO, pieces: Iterable[str]) -> None:
    for piece in pieces:  # (`write` only: any stream a caller passes has it)
        stream.write(piece)


# a report's records are most of its Document: they are written one at a time
RECORD_LISTS = ("recommendations", "actions", "chronology", "warnings")


def document_json(doc: Document, *, indent: int | None = None) -> Iterator[str]:
    """`doc.model_dump_json(indent=indent)` in pieces: the Document without its records,
    then each record as it is written, so a long report's JSON is never one string (nor its
    encoded copy) in memory. The pieces join to exactly the text pydantic gives."""
    filled = [name for name in RECORD_LISTS if getattr(doc, name)]
    frame = doc.model_copy(update=dict.fromkeys(filled, [])).model_dump_json(indent=indent)
    # an empty list's key as the serialiser prints it at the Document's own level: inside a
    # string a quote is escaped and a newline too, so the key cannot be mistaken there
    margin = "\n" + " " * (indent or 0)
    keys = {name: (f'{margin}"{name}": []' if indent else f',"{name}":[]') for name in filled}
    if any(frame.count(key) != 1 for key in keys.values()):
        yield doc.model_dump_json(indent=indent)
        return
    pos = 0
    for name in filled:
        open_at = frame.index(keys[name]) + len(keys[name]) - 1  # at the "]" of "[]"
        yield frame[pos:open_at]
        yield from _records_json(getattr(doc, name), indent)
        pos = open_at
    yield frame[pos:]


def _records_json(records: list, indent: int | None) -> Iterator[str]:
    """A list's records as the serialiser nests them one level into the Document."""
    if not indent:
        for i, record in enumerate(records):
            yield ("," if i else "") + record.model_dump_json()
        return
    pad = "\n" + " " * (2 * indent)
    for i, record in enumerate(records):
        yield ("," if i else "") + pad + record.model_dump_json(indent=indent).replace("\n", pad)
    yield "\n" + " " * indent


def to_json(docs: list[Document], *, single: bool) -> str:
    buf = io.StringIO()
    write_json(buf, docs, single=single)
    return buf.getvalue()


def to_jsonl(docs: Iterable[Document]) -> str:
    buf = io.StringIO()
    write_jsonl(buf, docs)
    return buf.getvalue()


# --- flat JSON Lines: one record per line ------------------------------------------------------


def flat_record(row: layout.Row, *, with_type: bool = False) -> dict[str, Any]:
    """A record as JSON with its review on it: `source`, `review_id`, `area` first, ids
    qualified by source (unique across a batch), the record's fields as in the Document."""
    doc = row.doc
    head: dict[str, Any] = {"record_type": row.record_type} if with_type else {}
    head.update(source=doc.source.name, review_id=doc.review.review_id)
    if row.record_type != "warnings":
        head["area"] = doc.review.area
    body = row.record.model_dump(mode="json")
    if "id" in body:
        body["id"] = layout._qualified(doc, body["id"])
    if body.get("recommendation_id"):
        body["recommendation_id"] = layout._qualified(
            doc, body["recommendation_id"], body.get("recommendation_source")
        )
    body.pop("review_id", None)
    return head | body


def write_records_jsonl(stream: TextIO, docs: Iterable[Document], record_types: list[str]) -> int:
    """One record per line (for `sqlite-utils insert --nl`, `jq`, `pd.read_json(lines=True)`);
    with several record types each line also names its `record_type`. Returns the count."""
    count = 0
    for doc in docs:
        for rt in record_types:
            for record in layout.records(doc, rt):
                stream.write(
                    json.dumps(
                        flat_record(layout.Row(doc, record, rt), with_type=len(record_types) > 1),
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                count += 1
    return count


# --- CSV -----------------------------------------------------------------------------------------


def neutralise(value: Any) -> Any:
    """Prefix cells that start like a formula with an apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def columns(record_type: str) -> list[str]:
    return layout.column_names(record_type)


def rows(docs: Iterable[Document], record_type: str) -> Iterator[dict[str, Any]]:
    """Each record of a type as a {column: value} dict, in column order."""
    names = layout.column_names(record_type)
    for cells in layout.table_rows(docs, record_type):
        yield dict(zip(names, cells))


def table(docs: Iterable[Document], record_type: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and rows of one record type (a list: for small outputs and tests)."""
    return layout.column_names(record_type), list(rows(docs, record_type))


def write_csv(
    stream: TextIO, docs: Iterable[Document], record_type: str, *, neutralise_formulas: bool = True
) -> int:
    """Header and one row per record, written as each row is made. Returns the row count."""
    # CRLF rows (RFC 4180, as Excel writes them): the csv module quotes only fields holding
    # the line terminator's characters, so with "\n" a lone "\r" in a cell went out unquoted
    writer = csv.writer(stream, lineterminator=CSV_LINE_END)
    writer.writerow(layout.column_names(record_type))
    count = 0
    for cells in layout.table_rows(docs, record_type):
        writer.writerow([neutralise(v) if neutralise_formulas else v for v in cells])
        count += 1
    return count


def csv_text(docs: list[Document], record_type: str) -> str:
    buf = io.StringIO()
    write_csv(buf, docs, record_type)
    return buf.getvalue()


# --- files -----------------------------------------------------------------------------------------


def _file_mode(path: Path) -> int:
    """The permissions a plainly created file would get (mkstemp's are owner-only),
    or the target's own when it is being replaced."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_open(
    path: Path | str, mode: str = "w", *, encoding: str = "utf-8", newline: str | None = ""
) -> Iterator:
    """A file to stream into; "-" is standard output. Anything else is a temporary file in
    the same folder, flushed, synced and renamed over the target only when the block
    ends without an error, so a reader never sees a half-written file."""
    if str(path) == "-":
        if "b" in mode:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            if "b" in mode:
                yield raw
            else:
                text = io.TextIOWrapper(raw, encoding=encoding, newline=newline, write_through=False)
                yield text
                text.flush()
                text.detach()
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write a whole str or bytes atomically (see atomic_open)."""
    with atomic_open(path, "wb") as fh:
        fh.write(data.encode(encoding) if isinstance(data, str) else data)


def write_csv_file(path: Path | str, docs: list[Document], record_type: str, *, bom: bool = True) -> int:
    """One record type to a CSV file ("-": standard output, without the BOM)."""
    with atomic_open(path) as fh:
        if bom and str(path) != "-":
            fh.write(BOM)
        return write_csv(fh, docs, record_type)


def write_csv_dir(
    directory: Path, docs: list[Document], record_types: Iterable[str], *, bom: bool = True
) -> list[Path]:
    written = []
    for rt in record_types:
        path = Path(directory) / RECORD_FILES[rt]
        write_csv_file(path, docs, rt, bom=bom)
        written.append(path)
    return written
