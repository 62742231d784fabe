"""XLSX writer: one sheet per record type (warnings included) plus a `sources` sheet.

The same columns as the CSV tables (`columns.py`). Made for analysts opening the file
in Excel: frozen header row, autofilter, wrapped long text, column widths sized to the
data, every text cell stored and formatted as text (refs such as "8.10" stay "8.10";
dates stay ISO text, "2014-03", which sorts correctly even for partial dates), and
formula-looking cells neutralised as in CSV.

Written in openpyxl's write-only mode, row by row, so memory does not grow with the
workbook; a sheet holds at most Excel's 1,048,576 rows and the rest of a record type
continues on sheets "actions (2)", "actions (3)"..., with a note saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dhrparse.output import columns as layout
from dhrparse.models import Document
from dhrparse.output.writers import atomic_open, neutralise

SHEET_NAMES = {
    "review": "reviews",
    "recommendations": "recommendations",
    "actions": "actions",
    "chronology": "chronology",
    "warnings": "warnings",
}
SOURCE_COLUMNS = [
    "source",
    "path",
    "sha256",
    "format",
    "pages",
    "status",
    "error",
    "review_id",
    "review_type",
    "doc_kind",
    "recommendations",
    "actions",
    "chronology",
    "warnings",
]
SOURCE_KINDS = {
    "pages": layout.INT,
    "recommendations": layout.INT,
    "actions": layout.INT,
    "chronology": layout.INT,
    "warnings": layout.INT,
}
EXCEL_CELL_LIMIT = 32767
EXCEL_MAX_ROWS = 1_048_576  # rows per sheet, the header row included
MIN_WIDTH, MAX_WIDTH = 8, 60
TRUNCATED = " … [truncated: cell over Excel's limit]"

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def cell_value(value: Any) -> Any:
    """A value Excel will show as data: no formulas, no control characters, within the cell limit."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATED)] + TRUNCATED
    return neutralise(text)


def _widths(names: list[str], rows: Iterable[list[Any]]) -> list[int]:
    """The longest line of each column (a first pass: write-only sheets take widths up front)."""
    widths = [len(n) for n in names]
    for row in rows:
        for i, v in enumerate(row):
            if v is not None:
                text = str(cell_value(v))
                widths[i] = max(widths[i], max(len(part) for part in text.split("\n")))
    return widths


class ColumnStyle:
    """A column's look, worked out once. Text cells are formatted as text, so a ref "8.10" or a
    date "2014-03" stays as typed when edited; long text wraps. Each cell takes a copy of the
    style of a cell styled once here: setting alignment and number format cell by cell makes
    openpyxl look both up again every time, which was most of the time a big sheet took."""

    def __init__(self, ws, kind: str, width: int):
        alignment = _WRAP if width + 2 > MAX_WIDTH else _TOP
        self.text, self.other = WriteOnlyCell(ws), WriteOnlyCell(ws)
        self.text.alignment = self.other.alignment = alignment
        if kind == layout.TEXT:
            self.text.number_format = "@"

    def cell(self, ws, value: Any) -> WriteOnlyCell | None:
        value = cell_value(value)
        if value is None:
            return None
        cell = WriteOnlyCell(ws, value=value)
        cell._style = copy(self.text._style if isinstance(value, str) else self.other._style)
        return cell


class SheetWriter:
    """Writes one table into as many sheets as Excel's row limit needs."""

    def __init__(self, wb: Workbook, notes: list[str]):
        self.wb = wb
        self.notes = notes

    def write(
        self, title: str, names: list[str], kinds: dict[str, str], rows: Callable[[], Iterator[list[Any]]]
    ) -> None:
        widths = _widths(names, rows())
        per_sheet = EXCEL_MAX_ROWS - 1
        ws, written, part, total = self._sheet(title, names, widths), 0, 1, 0
        styles = [ColumnStyle(ws, kinds.get(n, layout.TEXT), w) for n, w in zip(names, widths)]
        for row in rows():
            if written == per_sheet:
                self._finish(ws, names, written)
                part += 1
                ws, written = self._sheet(f"{title} ({part})", names, widths), 0
            ws.append([style.cell(ws, v) for v, style in zip(row, styles)])
            written += 1
            total += 1
        self._finish(ws, names, written)
        if part > 1:
            self.notes.append(
                f"{title}: {total:,} rows are over Excel's limit of {EXCEL_MAX_ROWS:,} rows a sheet; "
                f"they continue on sheets {title} (2) to {title} ({part})"
            )

    def _sheet(self, title: str, names: list[str], widths: list[int]):
        ws = self.wb.create_sheet(title[:31])
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
        ws.freeze_panes = "A2"
        header = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            header.append(cell)
        ws.append(header)
        return ws

    @staticmethod
    def _finish(ws, names: list[str], written: int) -> None:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{written + 1}"


def source_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [
        {
            "source": d.source.name,
            "path": d.source.path,
            "sha256": d.source.sha256,
            "format": d.source.format,
            "pages": d.source.pages,
            "status": "ok",
            "error": None,
            "review_id": d.review.review_id,
            "review_type": d.review.review_type,
            "doc_kind": d.review.doc_kind,
            "recommendations": len(d.recommendations),
            "actions": len(d.actions),
            "chronology": len(d.chronology),
            "warnings": len(d.warnings),
        }
        for d in docs
    ]


def write_workbook(
    target, docs: list[Document], record_types: Iterable[str], sources: list[dict[str, Any]] | None = None
) -> list[str]:
    """Write the workbook to a path or binary stream. Returns notes for the user (sheets
    split at Excel's row limit)."""
    wb = Workbook(write_only=True)
    notes: list[str] = []
    sheets = SheetWriter(wb, notes)
    for rt in record_types:
        sheets.write(
            SHEET_NAMES[rt],
            layout.column_names(rt),
            layout.column_kinds(rt),
            lambda rt=rt: layout.table_rows(docs, rt),
        )
    rows = source_rows(docs) if sources is None else sources
    names = list(dict.fromkeys(SOURCE_COLUMNS + [k for r in rows for k in r]))
    sheets.write("sources", names, SOURCE_KINDS, lambda: iter([[r.get(n) for n in names] for r in rows]))
    try:
        wb.save(target)
    except BaseException:
        _close_quietly(wb)
        raise
    return notes


def _close_quietly(wb: Workbook) -> None:
    """After a failed save, end each sheet's row stream now rather than at garbage
    collection, where openpyxl would print errors about half-written XML."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:
            pass


def write_xlsx(
    path: Path | str,
    docs: list[Document],
    record_types: Iterable[str],
    *,
    sources: list[dict[str, Any]] | None = None,
) -> list[str]:
    """Write the workbook atomically (a reader never sees a half-written file; "-" is
    standard output). `sources` replaces the default sources sheet rows (batch passes its
    manifest, so failed files are listed too). Returns notes for the user."""
    with atomic_open(path, "wb") as fh:
        return write_workbook(fh, docs, list(record_types), sources)
