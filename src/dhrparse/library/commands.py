"""`dhrparse repeats`, `outstanding` and `progress`: questions asked of a library.

Each prints a rich table (on a terminal or not) or, with --format csv|json, a
machine-readable answer on standard output.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from dhrparse.cli.options import format_option
from dhrparse.library import outstanding as overdue
from dhrparse.library import progress as plan_progress
from dhrparse.library import repeats as repeated
from dhrparse.library._sqlite_utils import sqlite_utils
from dhrparse.library.store import LibraryError, open_database
from dhrparse.output.writers import CSV_LINE_END, neutralise

FORMAT = format_option(
    ["table", "csv", "json"], "table", "A table to read, or CSV / JSON for other programs."
)


def _open(path: str) -> sqlite_utils.Database:
    if not Path(path).is_file():
        raise click.UsageError(
            f"{path}: no such library; make one with `dhrparse batch FOLDER -o OUT --format sqlite`"
        )
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.Error as exc:
        raise click.UsageError(f"{path}: not a SQLite database: {exc}") from None
    if "documents" not in tables:
        raise click.UsageError(f"{path}: not a dhrparse library (no documents table)")
    try:
        return open_database(Path(path))  # a library made by an older dhrparse gains the newer tables
    except LibraryError as exc:
        raise click.UsageError(str(exc)) from None


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


# columns of prose: given the room; the others are kept narrow
WORDING = ("text", "action", "recommendation")


def emit(rows: list[dict[str, Any]], columns: list[str], fmt: str, *, title: str, json_rows=None) -> None:
    if fmt == "json":
        click.echo(json.dumps(json_rows if json_rows is not None else rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator=CSV_LINE_END
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({c: neutralise(_cell(row.get(c))) for c in columns})
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            wording = column in WORDING
            table.add_column(
                column.replace("_", " "),
                overflow="fold",
                max_width=90 if wording else 22,
            )
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console(file=sys.stdout).print(table)


@click.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.option(
    "--min-similarity",
    type=click.FloatRange(0, 1),
    default=repeated.MIN_SIMILARITY,
    show_default=True,
    help="TF-IDF cosine similarity at which two reviews' recommendations count as the same one "
    "(1 = the same words; lower finds looser matches).",
)
@click.option(
    "--min-reviews",
    type=click.IntRange(min=2),
    default=2,
    show_default=True,
    help="Only groups made by at least this many reviews.",
)
@FORMAT
def repeats(db, min_similarity, min_reviews, fmt):
    """Recommendations that different reviews make again, grouped, most reviews
    first; written to the library's repeat_groups and repeat_members tables.
    A review restating its own recommendation is not a repeat.

    \b
    Examples:
      dhrparse repeats out/reviews.db
      dhrparse repeats out/reviews.db --min-similarity 0.6 --format json > repeats.json
    """
    library = _open(db)
    groups = repeated.find(library, min_similarity)
    repeated.store(library, groups)
    shown = [g for g in groups if len(g["reviews"]) >= min_reviews]
    rows = [{**g, "size": len(g["reviews"]), "members_count": len(g["members"])} for g in shown]
    emit(
        rows,
        ["group", "size", "members_count", "reviews", "areas", "years", "agencies", "text"]
        if fmt != "table"
        else ["group", "size", "reviews", "years", "agencies", "text"],
        fmt,
        title=f"Recommendations repeated across reviews ({len(shown)} groups)",
        json_rows=[
            {
                "group": g["group"],
                "text": g["text"],
                "reviews": g["reviews"],
                "members": [
                    {"source": m["document"], "review_id": m["review_id"], "ref": m["ref"], "text": m["text"]}
                    for m in g["members"]
                ],
            }
            for g in shown
        ],
    )


# `outstanding`: every column for CSV/JSON, the ones a terminal has room for, the per-group counts
OVERDUE_COLUMNS = [
    "review_id",
    "ref",
    "action",
    "lead",
    "target_date_raw",
    "target_date",
    "status",
    "days_overdue",
    "recommendation_ref",
    "recommendation",
    "source",
]
OVERDUE_TABLE = ["review_id", "ref", "action", "lead", "target_date_raw", "status", "days_overdue"]
OVERDUE_JSON = ["source", "review_id", "ref", "action", "lead", "target_date", "status", "days_overdue"]
OVERDUE_COUNTS = ["actions", "reviews", "oldest_target", "most_days_overdue", "undated"]


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of") from None


@click.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.option(
    "--as-of",
    default=None,
    metavar="YYYY-MM-DD",
    help="The day to judge from. Default: today. A target of a month or year is due at its end.",
)
@click.option("--undated", is_flag=True, help="Also list incomplete actions with no target date.")
@click.option(
    "--by",
    type=click.Choice(["lead", "review", "agency"]),
    default=None,
    help="Counts per lead, review or agency instead of one row per action.",
)
@FORMAT
def outstanding(db, as_of, undated, by, fmt):
    """Actions not complete whose target period ended before --as-of, with days
    overdue, lead, review and recommendation.

    \b
    Examples:
      dhrparse outstanding out/reviews.db
      dhrparse outstanding out/reviews.db --as-of 2026-12-01 --by lead
      dhrparse outstanding out/reviews.db --undated --format csv > overdue.csv
    """
    library, day = _open(db), _as_of(as_of)
    if by:
        rows = overdue.summary(library, day, by, undated=undated)
        title = f"Outstanding actions by {by} as of {day.isoformat()}"
        emit(rows, [by, *OVERDUE_COUNTS], fmt, title=title)
        return
    rows = overdue.outstanding(library, day, undated=undated)
    emit(
        rows,
        OVERDUE_COLUMNS if fmt != "table" else OVERDUE_TABLE,
        fmt,
        title=f"Outstanding actions as of {day.isoformat()} ({len(rows)})",
        json_rows=[{k: r[k] for k in OVERDUE_JSON} for r in rows],
    )


@click.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("review", required=False)
@click.option("--changed", is_flag=True, help="Only rows that moved, appeared or disappeared.")
@FORMAT
def progress(db, review, changed, fmt):
    """How each action-plan row's status changed between the published versions
    of a review's plan (all reviews with more than one version, or REVIEW: its
    printed id or library key).

    \b
    Examples:
      dhrparse progress out/reviews.db
      dhrparse progress out/reviews.db "DHR 2021/04" --format json
    """
    library = _open(db)
    if review is not None and not plan_progress.find_reviews(library, review):
        raise click.UsageError(f"no review {review!r} in {db}")
    rows = plan_progress.tracks(library, review)
    if changed:
        rows = [r for r in rows if r["change"] in ("moved", "appeared", "disappeared")]
    for row in rows:
        row["statuses"] = " -> ".join(v["status"] or "(gone)" for v in row["versions"])
    emit(
        rows,
        ["review_id", "ref", "action", "lead", "change", "statuses"],
        fmt,
        title=f"Action plan progress ({len(rows)} rows)",
        json_rows=[
            {
                "review_id": r["review_id"],
                "ref": r["ref"],
                "action": r["action"],
                "versions": [{k: v[k] for k in ("source", "status", "progress")} for v in r["versions"]],
            }
            for r in rows
        ],
    )
