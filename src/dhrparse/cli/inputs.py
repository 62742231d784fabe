"""Reading the inputs a command names: a report (analysed), extract's JSON / JSON Lines, or a
library database. Each reader returns None after printing the input's one error line, so a
command goes on with the other inputs and exits 1 at the end."""

from __future__ import annotations

import json
import traceback
from pathlib import Path

from dhrparse.cli.options import Options, fail
from dhrparse.readers import ReadError


def analyse_one(path: str, opts: Options):
    """Read and analyse one input ("-" is stdin). Returns an Analysis or None after
    printing one error line."""
    from dhrparse.pipeline import analyse

    try:
        if path == "-":
            from dhrparse.readers.intake import read_stdin

            data = read_stdin(opts.limits.max_bytes)  # bounded; a closed stdin is one line
            return analyse(
                data,
                name="<stdin>",
                patterns=opts.patterns,
                password=opts.password,
                limits=opts.limits,
                debug=opts.debug,
            )
        return analyse(
            path, patterns=opts.patterns, password=opts.password, limits=opts.limits, debug=opts.debug
        )
    except ReadError as exc:
        if opts.debug:
            traceback.print_exc()
        fail(f"{path}: {exc}")
    except Exception as exc:  # never a traceback for the user unless asked
        if opts.debug:
            traceback.print_exc()
        fail(f"{path}: internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
    return None


def gather(files, read_one) -> tuple[list, int]:
    """Everything `read_one` finds in each input, and how many inputs failed (each failure has
    already said its one line)."""
    found_all, failed = [], 0
    for path in files:
        found = read_one(path)
        if found is None:
            failed += 1
        else:
            found_all += found
    return found_all, failed


def documents_in(path: str, opts: Options):
    """Documents from a report, or from JSON / JSON Lines output of `extract`; None after an error line."""
    from dhrparse.models import Document

    if path.lower().endswith((".json", ".jsonl")) and Path(path).is_file():
        try:
            text = Path(path).read_text(encoding="utf-8")
            try:
                data = json.loads(text)
                items = data if isinstance(data, list) else [data]
            except json.JSONDecodeError:
                items = [json.loads(line) for line in text.splitlines() if line.strip()]
            return [Document.model_validate(item) for item in items]
        except (OSError, ValueError) as exc:
            fail(f"{path}: not dhrparse JSON output: {exc}")
            return None
    analysis = analyse_one(path, opts)
    return None if analysis is None else [analysis.document]


def recommendations_in(path: str, opts: Options):
    """Recommendations (with themes and scope) from a report, extract's JSON, or a library
    database built by `dhrparse library`; None after an error line."""
    if path.lower().endswith((".db", ".sqlite", ".sqlite3")) and Path(path).is_file():
        import sqlite3
        from types import SimpleNamespace

        try:
            with sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True) as con:
                rows = con.execute("SELECT themes, scope FROM recommendations").fetchall()
        except sqlite3.Error as exc:
            fail(f"{path}: not a dhrparse library database: {exc}")
            return None
        return [SimpleNamespace(themes=json.loads(t) if t else [], scope=scope) for t, scope in rows]
    docs = documents_in(path, opts)
    return None if docs is None else [r for d in docs for r in d.recommendations]
