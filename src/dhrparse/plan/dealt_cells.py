"""The short cells of several spaced plan rows that plain pdftotext printed together, in one
block among one row's lines, dealt back to their rows in order.

Where a row's long cells (an action, an update) run tall beside short rows, pdftotext may
print the target date and status of the row and of the next few rows one after another, each
a block of its own ("Q2 2024/25" / "Partially complete" / "31/10/24" / "Not yet started"),
somewhere among the tall row's later lines. The rows after it then print their action and lead
with no date or status, and none of those rows reads as rounds (plan.round_fit). The block
reads as a run of the table's short cells, in column order, one set for each row: the first set
is the tall row's own (it stays where it printed), each later set is the next row's, joining
that row's rounds last (a short cell set lower in its row, plan.late_rounds). The deal is kept
only where the tall row then reads whole with its own set, each short cell holding what its
column holds; each later row is read so only where it then reads whole too.
"""

from __future__ import annotations

from dataclasses import replace

from dhrparse.plan.late_rounds import LateFit, late_reading
from dhrparse.plan.round_fit import Reading
from dhrparse.vocab.dates import find_dates

SHORT = ("target_date", "status", "progress")  # the cells a block deals out (a progress cell a status)
STATUS_WORDS = 3  # a status alone in a block: "Partially complete", "Not yet started"
MAX_SETS = 6  # a block of more rows' short cells than this is no table's


def short_fields(fields: list[str]) -> list[str]:
    """The table's columns from its target date's to its last, when each is a short cell's (a
    date, a status; a progress column whose cells are statuses): each set in a block prints so."""
    if "target_date" not in fields:
        return []
    tail = fields[fields.index("target_date") :]
    return tail if all(f in SHORT for f in tail) else []


def _holds(fit: LateFit, text: str, field: str) -> bool:
    """The line is one short cell of the column, whole: one date and nothing after it but a
    word, or a status of a few words."""
    if field == "target_date":
        found = find_dates(text, fit.roles.p)
        return len(found) == 1 and found[0].start == 0 and len(text[found[0].end :].split()) <= 1
    return fit.roles.is_status(text) and len(text.split()) <= STATUS_WORDS


def blocks(fit: LateFit, texts: list[str], short: list[str]) -> list[tuple[int, int]]:
    """The runs of two sets of short cells or more among a row's lines: (first line, sets)."""
    size, found, k = len(short), [], 0
    while k < len(texts):
        sets = 0
        while sets < MAX_SETS and all(
            k + (sets * size) + j < len(texts) and _holds(fit, texts[k + sets * size + j], f)
            for j, f in enumerate(short)
        ):
            sets += 1
        if sets >= 2:
            found.append((k, sets))
            k += sets * size
        else:
            k += 1
    return found


def dealt(
    fit: LateFit,
    texts: list[list[str]],
    readings: list[Reading | None],
    fields: list[str],
    widths=None,
) -> list[Reading | None]:
    """The rows' readings with each untold row whose lines hold a block of several rows' short
    cells read again: its own set left where it printed, each later set given to the next untold
    row, each read as rounds its short cells join last. The row holding the block must read so
    (its reading uses all its lines but the later sets); a later row that does not stays untold,
    and any other row keeps its reading."""
    short = short_fields(fields)
    out = list(readings)
    if not short:
        return out
    size = len(short)
    n = 0
    while n < len(texts):
        if out[n] is not None:
            n += 1
            continue
        found = blocks(fit, texts[n], short)
        if len(found) != 1:
            n += 1
            continue
        k, sets = found[0]
        # (sets past the rows read here are rows the table's reading ended before: they stay
        # among the tall row's lines, unread)
        later = range(n + 1, min(n + sets, len(texts)))
        if not later or any(not _bare(out[m], fields, short) for m in later):
            n += 1
            continue
        own = texts[n][: k + size] + texts[n][k + sets * size :]
        read = [_read(fit, own, fields, widths, len(texts[n]))]
        for s, m in enumerate(later, 1):
            cells = texts[n][k + s * size : k + (s + 1) * size]
            read.append(_read(fit, texts[m] + cells, fields, widths, len(texts[m])))
        if read[0] is None:
            n += 1
            continue
        # (a later row that does not read with its set stays untold: its lines print mixed with
        # another row's in some other way)
        out[n : later.stop] = [r if r is not None else out[m] for m, r in enumerate(read, n)]
        n = later.stop
    return out


def _bare(reading: Reading | None, fields: list[str], short: list[str]) -> bool:
    """The row is untold, or read with its short cells empty (they printed in the block); a
    reading with no cells is a row the caller keeps as it is."""
    if reading is None:
        return True
    return bool(reading.cells) and not any(
        parts for field, parts in zip(fields, reading.cells) if field in short
    )


def _read(fit: LateFit, texts: list[str], fields: list[str], widths, printed: int) -> Reading | None:
    """The lines read as late rounds, every line a cell's; its `used` the row's printed lines."""
    found = late_reading(fit, texts, fields, widths)
    if found is None or found.used < len(texts):
        return None
    return replace(found, used=printed)
