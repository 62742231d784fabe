"""What each column of a chronology table holds, from its header and its cells together.

A combined chronology often prints more than date, agency and event: the time of day, the
record the entry came from, the panel's comment, an outcome. Those cells stay with the entry
(its `extra`), never in its text and never dropped. A "Source" column is the agency's when the
table names no other agency column ("Date | Source | Event"). A column headed as the date whose
cells are clock times, beside one whose cells are dates, is the time and the other the date. Of
two columns both named as the event ("Contact | Detail"), the one whose cells are a few words
beside the other's sentences names the kind of contact; the sentences are what happened."""

from __future__ import annotations

from collections.abc import Callable

import regex

# cells kept with an entry rather than read as its date, agency, text or number
KEPT = ("time", "source", "place", "recorder", "kind", "comment")
OTHER = "other:"  # a column no vocabulary names, keyed by its printed header ("other:Outcome")
KIND_WORDS = 4  # a kind-of-contact cell's words at most, on average ("New birth visit")
SENTENCE_WORDS = 3  # how many times longer the cells of what happened run
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


def by_cells(
    cols: dict[str, int],
    rows: list[list[str]],
    is_date: Callable[[str], bool],
    names_event: Callable[[str], bool] = lambda _: False,
) -> dict[str, int]:
    """The date column swapped with the time column when the cells say the header named them the
    other way round (the date column's cells clock times, the time column's cells dates); a "Year"
    column whose cells are not years alone kept as printed, not read as the dates' year; of two
    columns named as the event, the short-celled one the kind of contact (_kind_beside_event)."""
    cols = _kind_beside_event(_year_by_cells(cols, rows), rows, names_event)
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


def _kind_beside_event(
    cols: dict[str, int], rows: list[list[str]], names_event: Callable[[str], bool]
) -> dict[str, int]:
    """ "Contact | Detail", "Event | Details": the header names two columns as the event, and the
    first named is read as it. When its cells are a few words each ("Home visit", "Referral
    screened") and the other's are sentences, the first names the kind of entry (kept with it)
    and the other holds what happened, the entry's text."""
    if "event" not in cols or "kind" in cols or not rows:
        return cols
    others = [n for n in cols if n.startswith(OTHER) and names_event(n[len(OTHER) :])]
    if len(others) != 1:
        return cols
    short, long = _words_per_cell(rows, cols["event"]), _words_per_cell(rows, cols[others[0]])
    if not short or short > KIND_WORDS or long < SENTENCE_WORDS * short:
        return cols
    cols = dict(cols)
    cols["kind"], cols["event"] = cols["event"], cols.pop(others[0])
    return cols


def _words_per_cell(rows: list[list[str]], i: int) -> float:
    """The mean number of words in a column's filled cells (0 when none is filled)."""
    cells = [len(r[i].split()) for r in rows if i < len(r) and r[i].strip()]
    return sum(cells) / len(cells) if cells else 0.0


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
