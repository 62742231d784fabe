"""A chronology table that prints each year once, in a full-width band row ("2020") over the rows
of that year, whose date cells then carry no year: "14 Mar", "late Jun", "May". The band is no
event: it gives its year to the rows below it, up to the next band.

A table printed with its cells joined (joined_tables) reads as one whose dates are whole once
each band line is taken out and its year put after the date cell opening each row below it; a
table read cell by cell (a PDF's or a Word file's) drops the band's row and dates a month named
alone ("May", which prose reads as a verb) in the band's year (Entries.add_row)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.source_first_rows import with_text
from dhrparse.lines import Line
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

YEAR = regex.compile(r"(?:19|20)\d\d")
_DATE_WORDS = 3  # a yearless date cell's opening words at most ("late Jun", "14 Mar")
_SOME_YEAR = "2000"  # (a year put after a cell only to ask whether the cell wants one)


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
        out.append(_with_year(ln, text.split(), year, dates))
    return out


def year_cells_put_in(lines: list[Line], k: int, dates: DateOpening) -> list[Line]:
    """The lines from k on (a joined table's first row's) of a table whose Year column opens the
    first row of each year ("2021 14 Mar GP ..."): each year taken off its row and put after the
    yearless date opening that row and each row below it ("14 Mar 2021 GP ...", "2 Jul 2021 ...")."""
    out, year = list(lines[:k]), ""
    for ln in lines[k:]:
        words = ln.text.split()
        if words and YEAR.fullmatch(words[0]) and _yearless(words[1:], words[0], dates):
            year, words = words[0], words[1:]  # (its date wants the year: the line is rewritten below)
        out.append(_with_year(ln, words, year, dates))
    return out


def _with_year(ln: Line, words: list[str], year: str, dates: DateOpening) -> Line:
    """The line (its words) with the year put after the yearless date opening it; as printed when
    no date there wants one."""
    n = _yearless(words, year, dates)
    return ln if not n else with_text(ln, " ".join([*words[:n], year, *words[n:]]))


def _yearless(words: list[str], year: str, dates: DateOpening) -> int:
    """How many of the line's first words are a date cell wanting its year (0 if none: a date
    that has its year, or no date)."""
    if not year or not words or dates.whole(words):
        return 0
    for n in range(min(_DATE_WORDS, len(words)), 0, -1):
        if dates.is_date(" ".join([*words[:n], year])):
            return n
    return 0


def band_cells(texts: list[str], dates: DateOpening) -> list[str | None]:
    """A column printed apart (all its cells a line after another): each line as a date cell with
    its band's year put in ("9 Jan" under "2019": "9 Jan 2019"), the band line itself None, every
    other line as it is. A year line is a band only when a yearless date cell is the next line
    (_bands); its year holds to the next band, over the lines of the other columns printed
    between."""
    return list(each_band_cell(texts, dates))


def each_band_cell(texts: list[str], dates: DateOpening) -> Iterator[str | None]:
    """band_cells one line at a time, for a reader that stops where a run of date cells ends (each
    line's reading needs only the lines after it, never the reading of a later line)."""
    year = ""
    for k, text in enumerate(texts):
        if YEAR.fullmatch(text.strip()) and _bands(texts, k, dates):
            year = text.strip()
            yield None
        elif year and _whole_yearless(text, year, dates):
            yield " ".join([*text.split(), year])
        else:
            yield text


def _bands(texts: list[str], k: int, dates: DateOpening) -> bool:
    """The year line texts[k] is a band: the next line is a yearless date cell, and no year line
    follows that cell ("Early April" over "2019" after "w/c 18 March" over "2019": date cells
    wrapped in a narrow column, each with its year on its second line)."""
    below = _below(texts, k)
    if below is None or not _whole_yearless(texts[below], texts[k].strip(), dates):
        return False
    after = _below(texts, below)
    return after is None or not YEAR.fullmatch(texts[after].strip())


def _below(texts: list[str], k: int) -> int | None:
    """The next line with any text after texts[k]."""
    return next((j for j in range(k + 1, len(texts)) if texts[j].strip()), None)


def yearless_cell(text: str, dates: DateOpening) -> bool:
    """The whole line is a date cell no year completes yet ("2 Dec", "late Jun"): any band's year
    would make it whole."""
    return _whole_yearless(text, _SOME_YEAR, dates)


def _whole_yearless(text: str, year: str, dates: DateOpening) -> bool:
    """The whole line is a date cell wanting its year ("14 Mar", "late Jun", "Sep")."""
    words = text.split()
    return 0 < len(words) <= _DATE_WORDS and _yearless(words, year, dates) == len(words)


def band_lines_put_in(lines: list[Line], dates: DateOpening) -> tuple[list[Line], list[Line]]:
    """The lines of a table printed apart with its band lines taken out and their years put in
    the yearless date cells under them (band_cells); and the band lines taken out."""
    texts = band_cells([ln.text for ln in lines], dates)
    kept = [
        ln if text == ln.text else with_text(ln, text) for ln, text in zip(lines, texts) if text is not None
    ]
    return kept, [ln for ln, text in zip(lines, texts) if text is None]
