"""A batch's combined outputs in OUTDIR, each written atomically, the manifest last."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from dhrparse.batch.report import Row, write_manifest
from dhrparse.models import Document
from dhrparse.output import writers
from dhrparse.output.terminal import printable

OUTPUT_FILES = {
    "jsonl": "documents.jsonl",
    "json": "documents.json",
    "xlsx": "records.xlsx",
    "sqlite": "reviews.db",
}
MANIFEST = "manifest.csv"


def write_outputs(
    outdir: Path,
    docs: list[Document],
    rows: list[Row],
    formats: list[str],
    record_types: list[str],
    *,
    bom: bool,
) -> list[Path]:
    """Combined outputs, each written atomically; the manifest last, so a manifest
    that exists describes outputs that are complete."""
    written: list[Path] = []
    for fmt in formats:
        if fmt == "csv":
            written += writers.write_csv_dir(outdir, docs, record_types, bom=bom)
        elif fmt == "jsonl":
            with writers.atomic_open(outdir / OUTPUT_FILES[fmt]) as fh:
                writers.write_jsonl(fh, docs)
            written.append(outdir / OUTPUT_FILES[fmt])
        elif fmt == "json":
            with writers.atomic_open(outdir / OUTPUT_FILES[fmt]) as fh:
                writers.write_json(fh, docs, single=False)
            written.append(outdir / OUTPUT_FILES[fmt])
        else:
            from dhrparse.output.xlsx import write_xlsx

            for note in write_xlsx(
                outdir / OUTPUT_FILES[fmt], docs, record_types, sources=[r.source() for r in rows]
            ):
                warn(note)
            written.append(outdir / OUTPUT_FILES[fmt])
    write_manifest(outdir / MANIFEST, rows, bom=bom)
    written.append(outdir / MANIFEST)
    return written


def warn(text: str) -> None:
    """A warning on stderr, which may be gone (`2>&1 | head`): the outputs matter more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(f"dhrparse: warning: {printable(text)}", file=sys.stderr, flush=True)
