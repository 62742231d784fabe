"""XLSX writer: one sheet per record type plus a `sources` sheet.

Same flattened columns as the CSV writer. Made for analysts opening the file in
Excel: frozen header row, autofilter, wrapped long text, column widths sized to
the data, dates kept as ISO text ("2014-03", "2014-03-07": partial dates cannot be
Excel dates, and text sorts correctly), and formula-looking cells neutralised as
in CSV (openpyxl would otherwise store "=..." as a live formula).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .models import Document
from .writers import atomic_write, neutralise, table

SHEET_NAMES = {"review": "reviews", "recommendations": "recommendations", "actions": "actions",
               "chronology": "chronology"}
SOURCE_COLUMNS = ["source", "path", "sha256", "format", "pages", "status", "error", "review_id",
                  "review_type", "doc_kind", "recommendations", "actions", "chronology", "warnings"]
EXCEL_CELL_LIMIT = 32767
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


def _is_date_column(name: str) -> bool:
    return name.endswith((".start", ".end"))


def _fill_sheet(ws, cols: list[str], data: Iterable[dict[str, Any]]) -> None:
    ws.append(cols)
    widths = [len(c) for c in cols]
    for row in data:
        values = [cell_value(row.get(c)) for c in cols]
        ws.append(values)
        for i, v in enumerate(values):
            if v is not None:
                longest_line = max((len(part) for part in str(v).split("\n")), default=0)
                widths[i] = max(widths[i], longest_line)
    for i, name in enumerate(cols, start=1):
        head = ws.cell(row=1, column=i)
        head.font, head.fill = _HEADER_FONT, _HEADER_FILL
        width = min(MAX_WIDTH, max(MIN_WIDTH, widths[i - 1] + 2))
        ws.column_dimensions[get_column_letter(i)].width = width
        wrap = widths[i - 1] + 2 > MAX_WIDTH
        for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            cell.alignment = _WRAP if wrap else _TOP
            if _is_date_column(name):
                cell.number_format = "@"  # keep ISO text as text when the cell is edited
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(ws.max_row, 1)}"


def source_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [{
        "source": d.source.name, "path": d.source.path, "sha256": d.source.sha256,
        "format": d.source.format, "pages": d.source.pages, "status": "ok", "error": None,
        "review_id": d.review.review_id, "review_type": d.review.review_type, "doc_kind": d.review.doc_kind,
        "recommendations": len(d.recommendations), "actions": len(d.actions),
        "chronology": len(d.chronology), "warnings": len(d.warnings),
    } for d in docs]


def workbook(docs: list[Document], record_types: Iterable[str],
             sources: list[dict[str, Any]] | None = None) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for rt in record_types:
        cols, data = table(docs, rt)
        _fill_sheet(wb.create_sheet(SHEET_NAMES[rt]), cols, data)
    rows = source_rows(docs) if sources is None else sources
    cols = list(SOURCE_COLUMNS) + [k for r in rows for k in r if k not in SOURCE_COLUMNS]
    _fill_sheet(wb.create_sheet("sources"), list(dict.fromkeys(cols)), rows)
    return wb


def write_xlsx(path: Path, docs: list[Document], record_types: Iterable[str], *,
               sources: list[dict[str, Any]] | None = None) -> None:
    """Write the workbook atomically (a reader never sees a half-written file).
    `sources` replaces the default sources sheet rows (batch passes its manifest,
    so failed files are listed too)."""
    buf = io.BytesIO()
    workbook(docs, list(record_types), sources).save(buf)
    atomic_write(Path(path), buf.getvalue())
