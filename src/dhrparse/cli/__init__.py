"""Command line: `dhrparse extract`, `inspect`, `themes`, `timeline`, `schema` (and `batch`).

Conventions follow csvkit/sqlite-utils: `-` reads standard input, JSON goes to
standard output unless `-o` says otherwise, errors are one line on stderr.
Exit codes: 0 success, 1 some input could not be read, 2 usage error.

Each command is one module that parses its options and calls the library code doing
the work; `dhrparse.cli.group` lists them, `dhrparse.cli.options` holds what they share.
"""

from dhrparse.cli.group import main

__all__ = ["main"]
