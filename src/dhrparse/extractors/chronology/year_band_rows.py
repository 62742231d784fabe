"""A chronology table that prints each year once, in a full-width band row ("2020") over the rows
of that year, whose date cells then carry no year: "14 Mar", "late Jun", "May". The band is no
event: it gives its year to the rows below it, up to the next band.

A table printed with its cells joined (joined_tables) reads as one whose dates are whole once
each band line is taken out and its year put after the date cell opening each row below it; a
table read cell by cell (a PDF's or a Word file's) drops the band's row and dates a month named
alone ("May", which prose reads as a verb) in the band's year (Entries.add_row)."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.source_first_rows import with_text
from dhrparse.lines import Line
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

YEAR = regex.compile(r"(?:19|20)\d\d")
_DATE_WORDS = 3  # a yearless date cell's opening words at most ("late Jun", "14 Mar")


def band_year(date_cell: str, body: str) -> str | None:
    """The year a band row prints (its date cell a year alone, no other cell), else None."""
    cell = date_cell.strip()
    return cell if not body.strip() and YEAR.fullmatch(cell) else None


def month_in_band(date_cell: str, anchor: DateValue | None, p: Patterns) -> DateValue | None:
    """A date cell naming a month alone ("May") under a band: that month of the band's year."""
    cell = date_cell.strip(" .")
    if anchor is None or not anchor.start or " " in cell or not cell[:1].isalpha():
        return None
    year = anchor.start[:4]
    found = find_dates(f"{cell} {year}", p)
    if len(found) != 1 or found[0].start != 0 or found[0].value.precision != "month":
        return None
    value = found[0].value
    if len(anchor.start) >= 7 and value.start and value.start < anchor.start[:7]:
        # (under a dated row, not a band: the month after it, as "14 Jan" after December is read)
        return month_in_band(
            cell, DateValue(raw=year, start=str(int(year) + 1), end=None, precision="year"), p
        )
    return value.model_copy(update={"raw": cell})


def years_put_in(lines: list[Line], k: int, dates: DateOpening) -> list[Line]:
    """The lines from k on (a joined table's first row's) with each band line taken out and its
    year put after the yearless date opening each line below it; the lines as they are unless a
    band line comes first."""
    if k >= len(lines) or not YEAR.fullmatch(lines[k].text.strip()):
        return lines
    out, year = list(lines[:k]), ""
    for ln in lines[k:]:
        text = ln.text.strip()
        if YEAR.fullmatch(text):
            year = text
            continue
        words = text.split()
        n = _yearless(words, year, dates)
        out.append(ln if not n else with_text(ln, " ".join([*words[:n], year, *words[n:]])))
    return out


def _yearless(words: list[str], year: str, dates: DateOpening) -> int:
    """How many of the line's first words are a date cell wanting its year (0 if none: a date
    that has its year, or no date)."""
    if not year or not words or dates.whole(words):
        return 0
    for n in range(min(_DATE_WORDS, len(words)), 0, -1):
        if dates.is_date(" ".join([*words[:n], year])):
            return n
    return 0
