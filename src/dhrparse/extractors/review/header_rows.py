"""A cover's summary table of one row printed across: a header row of labels over the one row of
values under it, the cells set apart by pipes ("Review | Adult | Date of death | Reviewer"), tabs,
or commas as a spreadsheet's CSV export prints them ("review_id,date_of_death,reviewer" /
"WSP-DHR-2022-03,27/06/2022,\"Jo Roe\""). Read as "Label: value" lines, one a cell, as the cover's
readers read a label beside its value.

Read only where the header is labels alone (short, no digits), two or more of them labels the
cover's table knows and none an action plan's columns, the row under it has as many cells, each
value fits its known label, and no third row of as many cells follows (a table of several rows,
a version history or a list of reviews, is not one review's facts)."""

from __future__ import annotations

import csv
import re

from dhrparse.extractors.review.cover_table import cover_labels
from dhrparse.patterns import Patterns

_LABEL = re.compile(r"^[A-Za-z][A-Za-z_ ./()’'-]{0,40}$")
_KNOWN = 2  # labels the cover's table knows, at least, in the header


def across(lines: list[str], p: Patterns, limit: int) -> list[str]:
    """The first `limit` lines with a one-row table under its header read as "Label: value" lines."""
    labels = cover_labels(p)
    out: list[str] = []
    i, end = 0, min(limit, len(lines))
    while i < end:
        read = _label_values(lines, i, labels, p) if i + 1 < end else None
        if read is None:
            out.append(lines[i])
            i += 1
            continue
        out += [f"{label}: {value}" for label, value in read if value]
        i += 2
    return out + lines[end:]


def _labels_plan(names: list[str], p: Patterns) -> bool:
    """Whether a header's labels name an action plan's columns ("Ref | Safety action | Owner")."""
    return p.any_match("review.doc_kind.action_plan_header", " ".join(names))


def _label_values(lines: list[str], i: int, labels, p: Patterns) -> list[tuple[str, str]] | None:
    head = _cells(lines[i])
    if len(head) < 3 or not all(_LABEL.match(c) and len(c.split()) <= 4 for c in head):
        return None
    names = [c.replace("_", " ").strip() for c in head]
    if _labels_plan(names, p):
        return None  # (an action plan's header over its first row: "Ref" is an action's ref)
    kinds = [labels.kind(n) for n in names]
    values = _cells(lines[i + 1])
    if sum(k is not None for k in kinds) < _KNOWN or len(values) != len(head):
        return None
    if any(k is not None and v and not labels.fits(k, v) for k, v in zip(kinds, values, strict=True)):
        return None
    if i + 2 < len(lines) and len(_cells(lines[i + 2])) == len(head):
        return None  # (a third row: a table of several rows)
    return list(zip(names, values, strict=True))


def _cells(line: str) -> list[str]:
    """The line's cells: apart by tabs, by pipes with spaces about them, or by a CSV row's commas."""
    text = line.strip()
    if "\t" in text:
        cells = text.split("\t")
    elif text.count(" | ") >= 2:
        cells = text.split("|")
    elif text.count(",") >= 2 and " " not in text.split(",")[0]:
        cells = next(csv.reader([text]), [])
    else:
        return []
    return [c.strip() for c in cells]
