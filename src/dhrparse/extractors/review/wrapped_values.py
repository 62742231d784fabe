"""A cover's label / value box printed column by column (extractors.review.cover_table) whose
values wrap in their cells: a trust's long name over two lines ("Pellham Community and Mental
Health and" / "Social Care NHS Foundation Trust"), so the values are more lines than the labels.

A value's line runs on to the next only where it plainly breaks off: it ends on a joining word
or a comma ("and", "of", ","), or the next line opens in lower case. The lines are parted into
as many values as there are labels at those breaks alone, and the box is read only where exactly
one parting gives every label a value that fits it; any other box stays as printed.
"""

from __future__ import annotations

from collections.abc import Iterator

from dhrparse.plan.wrapping import JOINING_WORDS

MAX_WRAPS = 3  # the most value lines over the labels' count
MIN_LABELS = 3  # a shorter run of labels is not read with wrapped values


def wrapped_values(after: list[str], run: list[str], labels) -> tuple[list[str], int] | None:
    """(each label's value, how many lines they take) from the lines `after` a run of labels
    whose values wrap; None where no parting, or more than one, fits the labels."""
    n = len(run)
    if n < MIN_LABELS:
        return None
    for extra in range(1, MAX_WRAPS + 1):
        lines = [line.strip() for line in after[: n + extra]]
        if len(lines) < n + extra or any(labels.kind(line) for line in lines):
            return None
        fitting = [
            values
            for values in _partings(lines, n)
            if all(labels.fits(kind, value) for kind, value in zip(run, values, strict=True))
        ]
        if len(fitting) == 1:
            return fitting[0], n + extra
        if fitting:
            return None  # (two partings fit: the box is not told)
    return None


def _partings(lines: list[str], n: int) -> Iterator[list[str]]:
    """Every way to part the lines, in order, into n values, a value running on over its next
    line only where its line breaks off (_runs_on), and ending only where it does not."""
    if n == 1:
        if all(_runs_on(a, b) for a, b in zip(lines, lines[1:])):
            yield [" ".join(lines)]
        return
    for k in range(1, len(lines) - n + 2):
        if k > 1 and not _runs_on(lines[k - 2], lines[k - 1]):
            break  # (the value ended a line sooner)
        if _runs_on(lines[k - 1], lines[k]):
            continue  # (its line breaks off: the value runs on)
        for rest in _partings(lines[k:], n - 1):
            yield [" ".join(lines[:k]), *rest]


def _runs_on(line: str, below: str) -> bool:
    """Whether a value's line breaks off, so the line below carries it on."""
    last = line.split()[-1] if line.split() else ""
    return last.endswith((",", "-", "–")) or last.lower() in JOINING_WORDS or below[:1].islower()
