"""Delivering extract's documents: never overwrite an input, never lie about a write. A target
is complete and on disk, or there is one error line and exit status 1 (2 for a refused target)."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from dhrparse.cli.options import Reporter, fail


def refuse_inputs_or_exit(output, files) -> None:
    """Exit 2 before reading anything when `output` would overwrite one of `files`."""
    from dhrparse.output.target import OutputError, refuse_inputs
    from dhrparse.output.writers import RECORD_FILES

    try:
        refuse_inputs(output, files, names=RECORD_FILES.values())
    except OutputError as exc:
        fail(str(exc))
        sys.exit(2)


def deliver_or_exit(docs, fmt, output, chosen, *, named: str | None, debug: bool, **options) -> None:
    """`deliver` to `output` (None: stdout); a reader of stdout that went away is not an error.
    `named` is the -o the user typed, which a failed write names."""
    try:
        deliver(docs, fmt, output, chosen, **options)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:
        if debug:
            traceback.print_exc()
        fail(f"{getattr(exc, 'filename', None) or named or 'stdout'}: could not write: {exc.strerror or exc}")
        sys.exit(1)


def deliver(docs, fmt, output, chosen, **options) -> None:
    """`write` into a staged target: complete and on disk, or one error line and exit 1."""
    from dhrparse.output.target import OutputError, delivered

    folder = (
        fmt == "csv"
        and output is not None
        and not (Path(output).suffix.lower() == ".csv" and len(chosen) == 1)
    )
    try:
        with delivered(output, folder=folder) as target:
            write(docs, fmt, "-" if target is None else str(target), chosen, **options)
            if target is None:
                sys.stdout.flush()  # a full disk shows here, not after the exit status is set
    except OutputError as exc:
        fail(str(exc))
        sys.exit(1)


def _quiet_broken_pipe() -> None:
    """The reader of stdout went away (`| head`): nothing more to say, and nothing to flush at exit."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def write(docs, fmt, output: str, chosen, *, flat: bool, single: bool, bom: bool, report: Reporter) -> None:
    """Write `docs` to `output` ("-" is stdout) in `fmt`, streaming record by record."""
    from dhrparse.output import writers

    if fmt == "json":
        with writers.atomic_open(output) as fh:
            if docs or not single:
                writers.write_json(fh, docs, single=single)
    elif fmt == "jsonl":
        with writers.atomic_open(output) as fh:
            if flat:
                writers.write_records_jsonl(fh, docs, chosen)
            else:
                writers.write_jsonl(fh, docs)
    elif fmt == "csv":
        out = Path(output)
        if output == "-" or (out.suffix.lower() == ".csv" and len(chosen) == 1):
            writers.write_csv_file(output, docs, chosen[0], bom=bom)
        else:
            writers.write_csv_dir(out, docs, chosen, bom=bom)
    else:  # xlsx
        from dhrparse.output.xlsx import write_xlsx

        for note in write_xlsx(output, docs, chosen):
            report.note(note)
