"""A plan's key printed as a small table, a row for each mark or code and its meaning ("✔ |
Action completed and signed off", "B | Completed; impact not yet shown"): the rows print one
under another, each its mark and meaning on one line, and are read as one key where two or more
follow each other, each mark once. A meaning's wrapped last words, a short line that is no row,
may print between them (plan.symbol_key, plan.code_key).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

MIN_ENTRIES = 2
WRAP_WORDS = 3  # a key table's meaning wrapped: its last words alone on the next line ("off")


def table_key(
    texts: Iterable[str],
    entry_of: Callable[[str], tuple[str, str] | None],
    marked: Callable[[str], bool],
    wrap_words: int = WRAP_WORDS,
) -> dict[str, str]:
    """The first run of a key table's rows, `entry_of` reading each line's (mark, status) or
    None, two rows or more, each mark once; `marked` tells a line holding a mark that is no row
    (which ends the run); a line of up to `wrap_words` words that is no row continues the
    meaning above; {} without one."""
    run: dict[str, str] = {}
    for text in texts:
        entry = entry_of(text)
        if entry is not None and entry[0] not in run:
            run[entry[0]] = entry[1]
            continue
        if run and entry is None and not marked(text) and len(text.split()) <= wrap_words:
            continue  # (a meaning's wrapped last words)
        if len(run) >= MIN_ENTRIES:
            return run
        run = dict([entry]) if entry is not None else {}
    return run if len(run) >= MIN_ENTRIES else {}
