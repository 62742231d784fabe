"""What a batch tells the user: the manifest (every input, ok or failed), progress
while it runs (a rich bar on a terminal, plain lines otherwise) and the summary."""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from dhrparse.output.terminal import printable
from dhrparse.output.writers import CSV_LINE_END, atomic_write, neutralise
from dhrparse.output.writers import RECORD_LISTS as COUNTED

MANIFEST_COLUMNS = [
    "file",
    "sha256",
    "status",
    "error",
    "review_id",
    "doc_kind",
    "recommendations",
    "actions",
    "chronology",
    "warnings",
    "seconds",
    "resumed",
]


@dataclass
class Row:
    file: str
    name: str
    sha256: str = ""
    status: str = "pending"
    error: str = ""
    seconds: float | None = None
    resumed: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    review_id: str | None = None
    doc_kind: str | None = None
    format: str | None = None
    pages: int | None = None
    review_type: str | None = None

    def manifest(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "review_id": self.review_id or "",
            "doc_kind": self.doc_kind or "",
            **{k: self.counts.get(k, "") for k in COUNTED},
            "seconds": "" if self.seconds is None else f"{self.seconds:.3f}",
            "resumed": "yes" if self.resumed else "",
        }

    def source(self) -> dict[str, Any]:
        """The row of the XLSX `sources` sheet."""
        return {
            "source": self.name,
            "path": self.file,
            "sha256": self.sha256,
            "format": self.format,
            "pages": self.pages,
            "status": self.status,
            "error": self.error or None,
            "review_id": self.review_id,
            "review_type": self.review_type,
            "doc_kind": self.doc_kind,
            **{k: self.counts.get(k) for k in COUNTED},
            "seconds": self.seconds,
        }


def write_manifest(path: Path, rows: list[Row], *, bom: bool = True) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, lineterminator=CSV_LINE_END)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralise(v) for k, v in row.manifest().items()})
    atomic_write(path, ("\ufeff" if bom else "") + buf.getvalue())


class _Forgiving:
    """A progress stream that may go away (`2>&1 | head`, a closed terminal): the first
    failed write silences it, and the conversion carries on to its outputs."""

    def __init__(self, stream):
        self.stream = stream
        self.lost = stream is None

    def write(self, text: str) -> int:
        if not self.lost:
            try:
                self.stream.write(text)
            except (OSError, ValueError):
                self.lost = True
        return len(text)

    def flush(self) -> None:
        if not self.lost:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                self.lost = True

    def isatty(self) -> bool:
        try:
            return not self.lost and self.stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"


class ProgressView:
    """A progress bar on a terminal; one plain line per file otherwise (logs, CI)."""

    def __init__(self, total: int, stream=None, *, verbose: bool = False):
        self.stream = _Forgiving(stream or sys.stderr)
        self.total = total
        self.done = 0
        self.verbose = verbose
        self.rich = self.stream.isatty()
        self._progress: Progress | None = None
        self._running: dict[str, str] = {}  # file -> name, in the order conversion started

    def __enter__(self) -> ProgressView:
        if self.rich:
            self._progress = Progress(
                TextColumn("[bold]converting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("eta"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}"),
                console=Console(file=self.stream),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("convert", total=self.total, current="")
        return self

    def current(self) -> str:
        """The file being converted longest (where a slow batch is waiting), and how many others are."""
        if not self._running:
            return ""
        first = next(iter(self._running.values()))
        more = len(self._running) - 1
        return first + (f" (+{more} more)" if more else "")

    def started(self, file: str, name: str | None = None) -> None:
        self._running[file] = name or file
        if self._progress is not None:
            self._progress.update(self._task, current=escape(self.current()))

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, row: Row) -> None:
        self.done += 1
        self._running.pop(row.file, None)
        if self._progress is not None:
            if row.status != "ok":
                self._progress.console.print(
                    f"[red]failed[/red] {escape(printable(row.file))}: {escape(printable(row.error))}"
                )
            self._progress.update(self._task, advance=1, current=escape(self.current() or row.name))
            return
        what = "ok" if row.status == "ok" else "FAILED"
        extra = " (resumed)" if row.resumed else (f" ({row.seconds:.2f}s)" if row.seconds is not None else "")
        if self.verbose and row.status == "ok":
            extra += f", {row.counts.get('warnings', 0)} warnings"
        reason = f": {row.error}" if row.error else ""
        self.note(
            f"dhrparse: [{self.done}/{self.total}] {what} {printable(row.file)}{extra}{printable(reason)}"
        )

    def note(self, text: str) -> None:
        """A line beside the progress (a warning), never an error if nobody reads it."""
        if self._progress is not None:
            self._progress.console.print(escape(text), highlight=False)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()


def summary_table(rows: list[Row], linked: int, seconds: float, written: list[Path]) -> Table:
    ok = [r for r in rows if r.status == "ok"]
    failed = len(rows) - len(ok)
    resumed = sum(r.resumed for r in ok)
    table = Table(title="dhrparse batch", show_header=True, header_style="bold")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    table.add_row("files", str(len(rows)))
    table.add_row("  ok", str(len(ok)) + (f" ({resumed} resumed)" if resumed else ""))
    table.add_row("  failed", f"[red]{failed}[/red]" if failed else "0")
    table.add_row("reviews", str(len(ok)))
    for key in COUNTED:
        table.add_row(key, str(sum(r.counts.get(key, 0) for r in ok)))
    table.add_row("actions linked across files", str(linked))
    converted = len(ok) - resumed
    rate = f" ({converted / seconds:.2f} files/s)" if seconds > 0 and converted else ""
    table.add_row("seconds", f"{seconds:.1f}{rate}")
    return table


def warnings_place(written: list[Path]) -> str | None:
    """Where a reader finds the warnings among the outputs just written."""
    places = []
    for path in written:
        if path.name == "warnings.csv":
            places.append(str(path))
        elif path.suffix == ".xlsx":
            places.append(f"the warnings sheet of {path}")
        elif path.suffix in (".jsonl", ".json"):
            places.append(f'the "warnings" of each Document in {path}')
    return " and ".join(places) or None


def print_summary(
    console, rows: list[Row], linked: int, seconds: float, written: list[Path], removed: list[Path] = ()
) -> None:
    console.print(summary_table(rows, linked, seconds, written))
    # the lines naming files are never wrapped at the terminal's width: a path broken over two
    # lines is a path nobody can copy into a spreadsheet's open dialog or a shell
    for path in written:
        console.print(f"wrote {escape(printable(path))}", highlight=False, soft_wrap=True)
    for path in removed:
        console.print(
            f"removed {escape(str(path))} (written by an earlier run, not by this one)",
            highlight=False,
            soft_wrap=True,
        )
    warned = sum(r.counts.get("warnings", 0) for r in rows if r.status == "ok")
    place = warnings_place(list(written))
    if warned:
        where = (
            f"read them in {escape(place)}" if place else "they are kept in each file's result in .dhrparse/"
        )
        console.print(
            f"{warned} warnings (text dhrparse read but could not turn into records): {where}",
            highlight=False,
            soft_wrap=True,
        )
    failed = [r for r in rows if r.status != "ok"]
    if failed:
        console.print(
            f"[red]{len(failed)} file(s) failed[/red]: see the error column of {escape(str(written[-1]))}",
            highlight=False,
        )
