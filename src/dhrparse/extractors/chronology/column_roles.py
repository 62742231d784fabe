"""What each column of a chronology table holds, from its header and its cells together.

A combined chronology often prints more than date, agency and event: the time of day, the
record the entry came from, the panel's comment, an outcome. Those cells stay with the entry
(its `extra`), never in its text and never dropped. A "Source" column is the agency's when the
table names no other agency column ("Date | Source | Event"). A column headed as the date whose
cells are clock times, beside one whose cells are dates, is the time and the other the date."""

from __future__ import annotations

from collections.abc import Callable

import regex

# cells kept with an entry rather than read as its date, agency, text or number
KEPT = ("time", "source", "place", "recorder", "kind", "comment")
OTHER = "other:"  # a column no vocabulary names, keyed by its printed header ("other:Outcome")
YEAR_ALONE = regex.compile(r"(?:19|20)\d\d")
CLOCK = regex.compile(
    r"^(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:hrs|hours|am|pm)?$|^(?:[01]?\d)\s*(?:am|pm)$", regex.I
)


def settled(cols: dict[str, int], texts: list[str]) -> dict[str, int]:
    """The header's roles with the ones its context decides: a lone "Source" column is the
    agency's; a header cell no vocabulary names keeps its column as an "other:" one."""
    cols = dict(cols)
    if "source" in cols and "agency" not in cols:
        cols["agency"] = cols.pop("source")
    named = set(cols.values())
    for i, t in enumerate(texts):
        label = " ".join(t.split())
        if i not in named and label:
            cols.setdefault(f"{OTHER}{label}", i)
    return cols


def by_cells(cols: dict[str, int], rows: list[list[str]], is_date: Callable[[str], bool]) -> dict[str, int]:
    """The date column swapped with the time column when the cells say the header named them the
    other way round (the date column's cells clock times, the time column's cells dates); a "Year"
    column whose cells are not years alone kept as printed, not read as the dates' year."""
    cols = _year_by_cells(cols, rows)
    if "time" not in cols or not rows:
        return cols
    d, t = cols["date"], cols["time"]

    def share(i: int, test) -> float:
        cells = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    if share(d, lambda c: bool(CLOCK.match(c))) > 0.5 and share(t, is_date) > 0.5:
        cols = dict(cols)
        cols["date"], cols["time"] = t, d
    return cols


def _year_by_cells(cols: dict[str, int], rows: list[list[str]]) -> dict[str, int]:
    if "year" not in cols:
        return cols
    i = cols["year"]
    cells = [" ".join(r[i].split()) for r in rows if i < len(r) and r[i].strip()]
    if cells and all(YEAR_ALONE.fullmatch(c) for c in cells):
        return cols
    cols = dict(cols)
    cols[f"{OTHER}Year"] = cols.pop("year")
    return cols


def kept_cells(cols: dict[str, int], texts: list[str], body_has_others: bool) -> dict[str, str]:
    """The row's cells an entry keeps beside its text: time, source, comment, and the unnamed
    columns when the entry's text is the event cell alone."""
    out: dict[str, str] = {}
    for name, i in cols.items():
        other = name.startswith(OTHER)
        if name not in KEPT and not other or other and body_has_others or i >= len(texts):
            continue
        cell = " ".join(texts[i].split())
        if cell:
            out[name[len(OTHER) :] if other else name] = cell
    return out


def carry_on(extra: dict[str, str], more: dict[str, str]) -> None:
    """A row's cells broken over a page: the kept cells' text goes on where it stopped."""
    for name, cell in more.items():
        extra[name] = f"{extra[name]} {cell}" if name in extra else cell
