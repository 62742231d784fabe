"""What the commands share: the record-type names users type, the reading options every
command taking documents has (`common_options` -> `Options`), -q/-v (`Reporter`), and the
one-line error every command prints."""

from __future__ import annotations

import click

from dhrparse.patterns import PatternError, load_patterns
from dhrparse.readers import MAX_OBJECTS, Limits

ALL_RECORDS = ("review", "recommendations", "actions", "chronology", "warnings")
# what users type for each record type: the table's file/sheet name, singular or plural
RECORD_ALIASES = {
    "review": "review",
    "reviews": "review",
    "recommendation": "recommendations",
    "recommendations": "recommendations",
    "recs": "recommendations",
    "action": "actions",
    "actions": "actions",
    "chronology": "chronology",
    "event": "chronology",
    "events": "chronology",
    "warning": "warnings",
    "warnings": "warnings",
}


def records_option(value: str | None) -> list[str]:
    """The record types named by --records (all when not given), in the order typed."""
    if not value:
        return list(ALL_RECORDS)
    chosen = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in RECORD_ALIASES]
    if bad:
        raise click.BadParameter(
            f"unknown record type {', '.join(bad)}; choose from {', '.join(ALL_RECORDS)}",
            param_hint="--records",
        )
    return list(dict.fromkeys(RECORD_ALIASES[v] for v in chosen))


def format_option(choices: list[str], default: str, help: str):
    """The -f/--format option of a command writing in one of several formats (given as `fmt`)."""
    return click.option(
        "-f", "--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help=help
    )


def fail(message: str) -> None:
    from dhrparse.output.terminal import printable  # names and messages may hold terminal escapes

    click.echo(f"dhrparse: error: {printable(message)}", err=True)


class Options:
    def __init__(
        self, patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb=128, max_objects=None
    ):
        max_objects = max_objects or chosen_max_objects()
        try:
            self.patterns = load_patterns(*patterns_dirs)
        except PatternError as exc:
            raise click.UsageError(str(exc)) from None
        self.password = password
        self.limits = Limits(
            max_bytes=max_bytes,
            max_pages=max_pages,
            max_inflate=max_inflate_mb * 1024 * 1024,
            max_objects=max_objects,
        )
        self.debug = debug


def _remember_max_objects(ctx, param, value):
    ctx.meta["dhrparse.max_objects"] = value
    return value


def chosen_max_objects() -> int:
    """--max-objects of the running command (the default outside one)."""
    ctx = click.get_current_context(silent=True)
    return (ctx.meta.get("dhrparse.max_objects") if ctx is not None else None) or MAX_OBJECTS


def common_options(fn):
    fn = click.option(
        "--patterns",
        "patterns_dirs",
        multiple=True,
        type=click.Path(file_okay=False),
        help="Extra pattern directory (TOML files) merged over the shipped patterns/.",
    )(fn)
    fn = click.option("--password", default=None, help="Password for an encrypted PDF.")(fn)
    fn = click.option(
        "--max-bytes",
        default=200 * 1024 * 1024,
        show_default=True,
        type=int,
        help="Refuse input files larger than this.",
    )(fn)
    fn = click.option(
        "--max-pages",
        default=5000,
        show_default=True,
        type=int,
        help="Refuse documents with more pages than this.",
    )(fn)
    fn = click.option(
        "--max-inflate-mb",
        default=128,
        show_default=True,
        type=int,
        help="Refuse PDFs whose compressed streams expand to more than this (decompression bombs).",
    )(fn)
    # kept in the context, not passed to each command: every command taking the common options has it
    fn = click.option(
        "--max-objects",
        default=MAX_OBJECTS,
        show_default=True,
        type=click.IntRange(min=1),
        expose_value=False,
        callback=_remember_max_objects,
        help="Refuse PDFs holding more objects than this, or whose pages draw more in all.",
    )(fn)
    fn = click.option("--debug", is_flag=True, help="Show tracebacks for errors.")(fn)
    return fn


# CSV written by `extract` and `batch` carries a byte-order mark so Excel reads it as UTF-8
no_bom_option = click.option(
    "--no-bom", is_flag=True, help="Write CSV files without the UTF-8 byte-order mark Excel needs."
)


def verbosity_options(fn):
    fn = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        help="Also report each file's record counts and every warning on stderr.",
    )(fn)
    fn = click.option(
        "-q", "--quiet", is_flag=True, help="Report errors only (no warnings or notes) on stderr."
    )(fn)
    return fn


class Reporter:
    """What extract says on stderr besides errors: by default only what a user must know
    (an input with no review content, a sheet split at Excel's limit); -v adds counts and
    every warning; -q keeps errors only."""

    LOUD = {"no_review_content"}

    def __init__(self, quiet: bool, verbose: bool):
        if quiet and verbose:
            raise click.UsageError("-q/--quiet and -v/--verbose contradict each other")
        self.quiet, self.verbose = quiet, verbose

    def note(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"dhrparse: warning: {message}", err=True)

    def document(self, doc) -> None:
        name = doc.source.name
        if self.verbose:
            click.echo(
                f"dhrparse: {name}: {len(doc.recommendations)} recommendations, {len(doc.actions)} actions, "
                f"{len(doc.chronology)} chronology events, {len(doc.warnings)} warnings",
                err=True,
            )
        for w in doc.warnings:
            if self.verbose or (w.code in self.LOUD and not self.quiet):
                where = f":{w.location.line_start}" if w.location else ""
                click.echo(f"dhrparse: warning: {name}{where}: {w.code}: {w.message}", err=True)
