"""Finding a chronology table printed with its cells joined on each line: its header line (or
two), the rows a date (or, under a time column, a clock time) opens below it, and its end (a note
under it, the next appendix's title). Such tables are found also outside the chronologies found
under a heading (joined_tables)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from dhrparse.document import Line, SourceDocument
from dhrparse.extractors.chronology.agency_columns import agency_columns
from dhrparse.extractors.chronology.band_lines import band_line, banded
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.date_opening import DATE_LINES, DateOpening
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.header_names import date_name_wrapped, header_names, wrapped_names
from dhrparse.extractors.chronology.kinds import JOINED, named_outright
from dhrparse.extractors.chronology.missed_headings import Found, line_section
from dhrparse.extractors.chronology.source_first_rows import date_put_first
from dhrparse.extractors.chronology.time_cells import date_only, opens_same_day_row, time_cell
from dhrparse.extractors.chronology.year_band_rows import year_cells_put_in, years_put_in
from dhrparse.patterns import Patterns

# the columns after the date one reading parts at most (more make too many ways to share a line out)
_MOST_COLUMNS = 4
_ROWS = 2  # rows enough to show the table
_TITLE_WORDS = 12  # an appendix's title is at most this many words
_TITLE_REACH = 12  # a table's title is printed this few lines above its header at most

# a table read: the header's columns, its lines (the header's first), the rows' lines, its last line
Read = tuple[list[str], list[int], list[list[Line]], int]


def read_lines(lines: list[Line], p: Patterns, furniture: Furniture) -> Read | None:
    """(the header's columns, its lines, the rows' lines, the table's last line), or None."""
    names, dates = Columns(p), DateOpening(p)
    whole = lines
    for k, ln in enumerate(whole):
        # (or one column per agency, each row's event under the agency that had the contact)
        lines, fields = whole, header_names(ln.text, names) or agency_columns(ln.text, names, p)
        if fields is None:
            # (the recording service's column before the date's: each row's date put first)
            turned = date_put_first(whole, k, names, dates)
            if turned is None:
                # (the date's name wrapped below the header: its columns read from both lines below)
                wrapped = _date_wrapped(whole, k, names)
                if wrapped is None:
                    continue
                turned = (wrapped, whole)
            fields, lines = turned
        under = 0  # the header's lines below its first (its names wrapped in their columns)
        if not dates.opens([x.text.split() for x in lines[k + 1 : k + 1 + DATE_LINES]]) and not (
            banded(fields) and band_line(lines, k + 1, dates)  # (an agency's band over the first row)
        ):
            wrapped = wrapped_names(ln.text, lines[k + 1].text if k + 1 < len(lines) else "", names)
            if wrapped is None or not dates.opens(
                [x.text.split() for x in lines[k + 2 : k + 2 + DATE_LINES]]
            ):
                continue
            fields, under = wrapped, 1
        if fields[0] == "year":  # (each row's year printed before its date, once a year)
            fields, lines = fields[1:], year_cells_put_in(lines, k + 1 + under, dates)
        if len(parted_columns(fields)) > _MOST_COLUMNS:
            continue
        head = lines[k : k + 1 + under]
        lines = years_put_in(lines, k + 1 + under, dates)  # (a year printed in a band over its rows)
        rows, header, end = _rows(
            lines[k + 1 + under :],
            [x.text for x in head],
            p,
            furniture,
            dates,
            "time" in fields,
            banded(fields),
        )
        if len(rows) >= _ROWS:
            return fields, [x.number for x in head] + header, rows, end
    return None


def parted_columns(fields: list[str]) -> list[str]:
    """The columns after the date's that the word wrap shares a line's words among: not the
    time's, whose clock time ("22:47") prints after the date on the row's first line and never
    wraps (time_off takes it there), nor the end date's (ends_off)."""
    return [name for name in fields[1:] if name not in ("time", "end")]


def _rows(
    lines: list[Line],
    head: list[str],
    p: Patterns,
    furniture: Furniture,
    dates: DateOpening,
    timed: bool = False,
    banded_rows: bool = False,
):
    """`timed`: the header names a time column, whose rows may open with their time alone
    (time_cells)."""
    rows: list[list[Line]] = []
    repeated: list[int] = []
    wrapped = 0  # lines below a row's first whose start is still the row's date
    end = lines[0].number
    same = [" ".join(h.split()) for h in head]
    heading = 0  # the header's lines printed again after a page break still to come
    appendix = p.joined("chronology.heading_label")
    for at, ln in enumerate(lines):
        text = " ".join(ln.text.split())
        if p.any_match("chronology.table_notes", text) or rows and _appendix_title(text, appendix):
            break
        again, heading = _header_again(ln, text, same, heading, furniture)
        if again:
            repeated.append(ln.number)
            continue
        words = text.split()
        below = [x.text.split() for x in lines[at + 1 : at + DATE_LINES]]
        counts = dates.cell([words, *below]) if wrapped == 0 else []
        if not counts and wrapped == 0 and banded_rows and band_line(lines, at, dates):
            rows.append([ln])  # (an agency's band: a row of its own, joined_rows takes it apart)
            end = ln.number
            continue
        if counts and rows and dates.finishes(rows[-1][-1].text.split(), words[: counts[0]]):
            counts = []  # (the year of a date the event's text wrapped: "9 April" over "2021.")
        if counts:
            rows.append([ln])
            wrapped = len(counts) - 1
        elif timed and rows and wrapped == 0 and _same_day_row(rows[-1], words, p, dates):
            rows.append([ln])
        elif rows:
            rows[-1].append(ln)
            wrapped = max(wrapped - 1, 0)
        else:
            continue
        end = ln.number
    return rows, repeated, end


def _header_again(
    ln: Line, text: str, same: list[str], heading: int, furniture: Furniture
) -> tuple[bool, int]:
    """Whether the line is no row's: the header printed again after a page break (`heading` of
    its lines still to come after the one before), or the page's furniture; and the header's
    lines still to come after this one."""
    if heading and text == same[len(same) - heading]:
        return True, heading - 1
    if not ln.is_content or furniture.is_furniture(text) or text == same[0]:
        return True, len(same) - 1 if text == same[0] else 0
    return False, 0


def _appendix_title(text: str, appendix) -> bool:
    """The line is the title of the report's next appendix ("Appendix B: Partnership action
    plan"): a label, a few words and no sentence's end. The table above has ended, whether or
    not the segmenter read the title as a heading."""
    return (
        appendix.match(text) is not None
        and len(text.split()) <= _TITLE_WORDS
        and not text.endswith((".", ",", ";"))
    )


def _same_day_row(row: list[Line], words: list[str], p: Patterns, dates: DateOpening) -> bool:
    """The line opens with a clock time, the row above's first line has its time after its date
    and its last line ends a sentence: a row with no date of its own, the same day's (time_cells)."""
    if len(row) < 2 or not words:
        return False
    first = row[0].text.split()
    counts = dates.cell([first])
    date, after = (" ".join(first[: counts[0]]), first[counts[0] :]) if counts else ("", first)
    # (the date cell as read may hold the time already: "20/01/2023 09:05")
    timed = date_only(date) != date or any(time_cell(after[:n], p) is not None for n in (1, 2))
    return opens_same_day_row(words[0], row[-1].text, timed)


def _date_wrapped(lines: list[Line], k: int, names: Columns) -> list[str] | None:
    """The columns of a header on lines[k] whose date's name wraps onto the line below."""
    return date_name_wrapped(lines[k].text, lines[k + 1].text, names) if k + 1 < len(lines) else None


def joined_tables(doc: SourceDocument, p: Patterns, furniture: Furniture, found: Found) -> Found:
    """Such tables outside the chronologies found under a heading: the header's names and dated
    rows make the table a chronology whatever heads it (the segmenter often reads the header
    line, or a cell's last line, as a heading of its own)."""
    spans = sorted(
        (s.line_start, max([b.line_end for b in blocks] or [s.line_end])) for s, _, blocks in found
    )
    # (a line is inside a chronology found when the furthest of those opened by it reaches it:
    # asked of every line, one look-up rather than a pass over the chronologies)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    lines = [ln for ln in doc.lines if ln.text.strip()]
    more: Found = []
    names = Columns(p)
    k = 0
    while k < len(lines):
        ln = lines[k]
        opened = bisect_right(starts, ln.number)
        if (
            opened
            and reach[opened - 1] >= ln.number
            or (header_names(ln.text, names) is None and _date_wrapped(lines, k, names) is None)
        ):
            k += 1
            continue
        table = read_lines(lines[k:], p, furniture)
        if table is None or table[1][0] != ln.number:
            k += 1
            continue
        end = min(table[3], _numbered_section_end(doc, ln.number))
        rows = [[x for x in r if x.number <= end] for r in table[2] if r[0].number <= end]
        table = (table[0], table[1], rows, end)
        scope = [b for b in doc.blocks if ln.number <= b.line_end and b.line_start <= end and b.kind != "toc"]
        title = _title_before(lines[max(0, k - _TITLE_REACH) : k], p)
        more.append((line_section(title or "Chronology", ln, end), JOINED, scope))
        furniture.joined[ln.number] = table  # (joined_rows reads the section's rows from it)
        spans = sorted([*spans, (ln.number, end)])
        starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
        while k < len(lines) and lines[k].number <= end:
            k += 1
    return more


def _numbered_section_end(doc: SourceDocument, number: int) -> int:
    """The last line of the numbered section the table's header stands in, when the next section
    of its level is numbered next ("1. Summary of events", then "2. Recommendations"): the table
    has ended there, though its last row's cell ran on (else the document's last line)."""
    section = doc.section_at(number)
    while section is not None and section.level > 1:
        section = section.parent
    if section is None or not (section.number or "").isdigit():
        return doc.lines[-1].number if doc.lines else number
    after = next(
        (s for s in doc.sections() if 0 < s.level <= section.level and s.line_start > section.line_end), None
    )
    if after is not None and after.level == section.level and after.number == str(int(section.number) + 1):
        return section.line_end
    return doc.lines[-1].number if doc.lines else number


def _title_before(lines: list[Line], p: Patterns) -> str | None:
    """The last line above the table that names a chronology ("Appendix B: Combined chronology")."""
    for ln in reversed(lines):
        text = " ".join(ln.text.split()).strip(" :")
        if 0 < len(text.split()) <= 10 and not text.endswith(".") and named_outright(text, p):
            return text
    return None
