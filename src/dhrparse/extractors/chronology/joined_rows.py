"""A chronology table a PDF text extraction printed line by line with each line's cells joined by
single spaces ("Date Agency Event", then "11/04/2019 Midwifery Booking appointment. Dean attends;
..."): each printed line holds the next line of every cell still running, in column order.

The header line names the columns (every word or run of words a column's name, the date's
first). A row opens where a date opens a line (any form a date cell takes, a span's opening word
aside: "Between June and" over "August 2018"); a date wrapped in the narrow date column prints its
rest at the start of the lines below ("Around mid-September" over "2020 medication."), and is
taken off them before the other cells are parted (joined_cells, by the word wrap). The table ends
at a note under it ("Source: ..."); the header printed again after a page break, and the page's
furniture, are not rows. A row no reading fits is reported, not guessed."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from dhrparse.document import Block, Line, Section, SourceDocument
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.joined_cells import JoinedCells
from dhrparse.extractors.chronology.kinds import JOINED, named_outright
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.time_cells import date_only, is_clock, opens_same_day_row, time_cell
from dhrparse.extractors.chronology.vocabulary import CELL_TIME
from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.ledger import Ledger
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_NAME_WORDS = 4  # a column's name is at most this many words
_DATE_WORDS = 7  # a date cell's first line is at most this many words
_DATE_LINES = 3  # a date cell wraps over at most this many lines
_SOME_YEAR = "2020"  # a year put after a word to ask whether the word opens a date
# the columns after the date one reading parts at most (more make too many ways to share a line out)
_MOST_COLUMNS = 4
# a table of more columns than three after the date's is parted into its cells only when its lines
# hold this many words on average at most: a long line shared among four columns has too many
# readings to weigh in time; its rows are still read, each row's words after its date (and time)
# kept whole as the event's text, with a warning (_unparted)
_WIDE_LINE_WORDS = 6
_PROSE = ("event", "comment")  # columns whose cells are sentences, not names
_ROWS = 2  # rows enough to show the table
# between a span's two dates: a word processor's dash (a hyphen alone between spaces is as often
# an empty cell's mark, "23/03/2020 - National lockdown begins.", with the next row's date below)
_DASHES = ("–", "—")

# a table read: the header's columns, its lines (the header's first), the rows' lines, its last line
Read = tuple[list[str], list[int], list[list[Line]], int]


def header_names(text: str, names: Columns) -> list[str] | None:
    """The columns a printed header line names in order ("Date Agency Key event" -> date, agency,
    event), each word in one name; None unless the date's comes first and an event's is among
    them."""
    words = text.replace("|", " ").split()
    if not 2 <= len(words) <= 4 * _NAME_WORDS:
        return None
    return _read_names(words, 0, [], names)


def _read_names(words: list[str], at: int, fields: list[str], names: Columns) -> list[str] | None:
    """The names from words[at:] on, after `fields`: the fewest words that name a column, and the
    words after them that name it too or nothing ("Analysis comment", "Key event" read from
    "Key"), the longest such reading first, a shorter one when the longer leaves the rest no
    reading ("Agency What happened": "What happened" is the event's name, not the agency's)."""
    if at == len(words):
        return fields if fields and fields[0] == "date" and "event" in fields else None
    end = next(
        (e for e in range(at + 1, min(len(words), at + _NAME_WORDS) + 1) if _names(words[at:e], names)), 0
    )
    if not end:
        return None
    field = _names(words[at:end], names)
    if field in fields:
        return None
    ends = [(end, field)]
    while end < len(words):
        alone, whole = _names(words[end : end + 1], names), _names(words[at : end + 1], names)
        if alone in (None, field) and whole == field:
            pass
        elif whole is not None and whole == alone and whole not in fields:
            # (a name whose last word is its head: "Source agency" is the agency's name, its
            # first word though alone names the source's)
            field = whole
        else:
            break
        end += 1
        ends.append((end, field))
    for end, named in reversed(ends):
        read = _read_names(words, end, [*fields, named], names)
        if read is not None:
            return read
    # (then a longer name whose first words name another column: "Information source" over
    # "Information", the event's name, when the event's own name follows, "What happened")
    for end in range(min(len(words), at + _NAME_WORDS), at + 1, -1):
        longer = _names(words[at:end], names)
        if end in (e for e, _ in ends) or longer is None or longer in fields or longer == field:
            continue
        read = _read_names(words, end, [*fields, longer], names)
        if read is not None:
            return read
    return None


def _names(words: list[str], names: Columns) -> str | None:
    return names.field_of(" ".join(words))


class DateOpening:
    """Where a date cell opens a line, and how its rest wraps onto the lines below."""

    def __init__(self, p: Patterns):
        self.p = p
        self.span = p.joined("chronology.entries.span_opener")
        # (and their first words: "week" over "commencing" over "06/05/2019")
        self.qualifiers = {
            tuple(q.lower().split()[:k])
            for q in p.list("chronology.entries.date_only_qualifiers")
            for k in range(1, len(q.split()) + 1)
        }
        self._dates: dict[str, bool] = {}  # (each row's first words are asked of in many cuts)
        self.parts = {w.lower() for w in p.list("dates.words.approximate") if " " not in w}
        self.weekday = p.joined("dates.cells.weekday")

    def is_date(self, text: str) -> bool:
        """One date, the whole text (a second date with words between is no one cell), or two
        whole dates joined by a dash ("11/05/2021 – 26/05/2021": a span's cell)."""
        if text not in self._dates:
            found = find_dates(text, self.p)
            self._dates[text] = (
                len(found) <= 1
                and (is_date_cell(text, self.p) or is_date_cell(self.span.sub("", text), self.p))
                or _dashed_span(text, found)
            )
        return self._dates[text]

    def whole(self, words: list[str]) -> int:
        """How many of the line's first words are a whole date cell (the most that are), 0 if none."""
        for n in range(min(_DATE_WORDS, len(words)), 0, -1):
            if self.is_date(" ".join(words[:n])):
                return n
        return 0

    def cell(self, lines: list[list[str]]) -> list[int]:
        """How many words of each of the row's first lines are its date cell: the first line's
        date, completed by the first words of the lines below when it is cut short ("Between
        June and" / "August 2018", "December 2020 –" / "January 2021")."""
        first = lines[0]
        n = self.whole(first)
        whole = len(" ".join(first[:n])) if n else 0
        # (a head shorter than the line's whole date would end the cell inside that date: "3" of
        # "3 Apr 2019" completed by the next row's "September 2019"; but a note after the date
        # whose bracket the line leaves open, "(date", may have taken the next cell's words)
        least = n if n and "(" not in " ".join(first[:n]) else 1
        noted: list[list[int]] = []  # readings whose first line opens a note's bracket
        for a in range(min(_DATE_WORDS, len(first)), least - 1, -1):
            head = first[:a]
            loose = not n and not any(self._dated_word(w) for w in head) and not self._qualifier(head)
            if loose and not self._part_opening(head):
                # (a word that only qualifies a date, "about", over a date: an event's words; but
                # "w/c" is printed before dates only)
                continue
            for more in self._rests(lines[1:_DATE_LINES]):
                text = " ".join(head + [w for k, m in enumerate(more) for w in lines[1 + k][:m]])
                if len(text) > whole and self.is_date(text) and not (loose and self._year_only(text)):
                    if "(" not in " ".join(head):
                        return noted and _narrowest(noted, lines) or [a, *more]
                    noted.append([a, *more])
        if noted:
            return _narrowest(noted, lines)
        return [n] if n else []

    def finishes(self, above: list[str], head: list[str]) -> bool:
        """A year alone (`head`, a line's date cell) finishes a date the line above leaves open at
        its end ("... by letter for 9 April" over "2021."): the event's text wrapped, no new row."""
        text = " ".join(head)
        if not above or not self._year_only(text) or not self._dated_word(above[-1].strip(",")):
            return False
        joined = " ".join([*above[-2:], *head])
        found = find_dates(joined, self.p)
        return (
            len(found) == 1
            and found[0].value.precision != "year"
            and found[0].end >= len(joined.rstrip(" .,;"))
        )

    def _qualifier(self, words: list[str]) -> bool:
        return tuple(w.lower() for w in words) in self.qualifiers

    def _part_opening(self, words: list[str]) -> bool:
        """The words are one capitalised word naming a part of a month or year ("Late", "Early",
        "Mid") or a weekday ("Thu", a record system's date printed after it), the narrow date
        column's first line over "December" / "2018" or "12/03/2020": such a cell opens a row
        only when the lines below finish it finer than a year (_year_only)."""
        if len(words) != 1 or not words[0][:1].isupper():
            return False
        weekday = self.weekday.match(f"{words[0]} 1")
        return words[0].lower() in self.parts or (weekday is not None and weekday.end() > len(words[0]))

    def _year_only(self, text: str) -> bool:
        found = find_dates(text, self.p)
        return not found or found[0].value.precision == "year"

    def _dated_word(self, word: str) -> bool:
        """The word names a day, month, season or year ("June", "mid-September", "2019")."""
        if any(ch.isdigit() for ch in word):
            return True
        found = find_dates(f"{word} {_SOME_YEAR}", self.p)
        # (finer than the year: a qualifier alone, "about", "early", names no part of a date)
        return bool(found) and found[0].start == 0 and found[0].value.precision != "year"

    def _rests(self, below: list[list[str]]):
        """Ways the first words of the lines below finish a date: longer first."""
        if not below:
            return
        for m in range(min(3, len(below[0])), 0, -1):
            yield [m]
            if len(below) > 1:
                for m2 in range(min(2, len(below[1])), 0, -1):
                    yield [m, m2]

    def opens(self, lines: list[list[str]]) -> bool:
        """A date cell opens the first of the lines (perhaps wrapped onto the next)."""
        return bool(lines) and bool(self.cell(lines))


def _narrowest(readings: list[list[int]], lines: list[list[str]]) -> list[int]:
    """Of the readings of a date cell whose note's bracket opens on its first line ("2020 (exact"
    over "date not" over "known)"), the one whose widest line is narrowest: the note's words go on
    in the narrow date column, and the words a longer first line would take into the note ("2020
    (exact Housing A gas safety" over "date") are the next cells'. On a tie, one that closes the
    bracket ("known)"), else the longer first."""

    def weight(r: list[int]) -> tuple[int, bool]:
        pieces = [" ".join(lines[k][:m]) for k, m in enumerate(r)]
        return max(printed_width(p) for p in pieces), ")" not in " ".join(pieces)

    return min(readings, key=weight)


def _dashed_span(text: str, found: list) -> bool:
    """Two dates and a dash between them, nothing else: a span's date cell."""
    if len(found) != 2 or found[0].start != 0 or found[1].end < len(text.rstrip(" .,;")):
        return False
    return text[found[0].end : found[1].start].strip() in _DASHES


def joined_rows(
    blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Reads such a table in the blocks' lines; returns the blocks outside it, or None when the
    blocks hold none."""
    if not blocks:
        return None
    first, last = blocks[0].line_start, max(b.line_end for b in blocks)
    # (an action plan read below the chronology ends its rows, though no heading the segmenter
    # knew parted the two: the plan's lines are no row's)
    last = min([last, *(c.line_start - 1 for c in ctx.claims if c.kind == "plan" and first < c.line_start)])
    table = _within(furniture.joined.get(entries.section.line_start), first, last)
    if table is None:
        lines = [ln for ln in furniture.doc.lines_between(first, last) if ln.text.strip()]
        table = read_lines(lines, entries.p, furniture)
    if table is None:
        return None
    fields, header, rows, end = table
    dates = DateOpening(entries.p)
    split = [_take_date(row, dates) for row in rows]
    room = _room(furniture.doc, rows, split)
    if "time" in fields:
        unknown = entries.p.joined("dates.cells.unknown_time")
        split = [_time_off(date, _unknown_time_off(body, unknown), entries.p) for date, body in split]
        split = _same_day_dates(split)
    rest_cols = _parted(fields)
    if _too_wide(rest_cols, rows):
        _unparted(split, rows, fields, entries, ctx)
        ctx.consumed(header, "table header")
        return [b for b in blocks if b.line_end < header[0] or b.line_start > end]
    wide = rest_cols.index("event")
    prose = [name in _PROSE or name.startswith(OTHER) for name in rest_cols]
    organisation = frozenset(
        w.lower()
        for key in ("organisation_words", "name_end_words")
        for w in entries.p.list(f"chronology.agencies.{key}")
    )
    openers = frozenset(w.lower() for w in entries.p.list("chronology.agencies.sentence_openers"))
    dangling = frozenset(w.lower() for w in entries.p.list("chronology.agencies.open_sentence_ends"))
    late = frozenset(w.lower() for w in entries.p.list("chronology.agencies.name_end_words_read"))
    parted = JoinedCells(
        [[w for w in body if w] for _, body in split if any(body)],
        prose,
        wide,
        organisation,
        openers,
        dangling,
        room,
        late,
    )
    cols = {name: k for k, name in enumerate(["date", *rest_cols])}
    if "time" in fields:
        cols["time"] = len(cols)
    for row, (date, body) in zip(rows, split):
        cells = parted.cells([w for w in body if w]) if any(body) else [""] * len(rest_cols)
        where = entries.location(row[0].number, row[-1].number, row[0].page)
        if cells is None:
            ctx.warn(
                "chronology_row_unread",
                f"a row of a chronology table printed with its cells joined on each line ({date!r}) could "
                "not be parted into its cells: it was not read",
                where,
            )
            continue
        texts = [date, *cells]
        if "time" in cols:
            texts[0], time = _time_apart(date)
            texts.append(time)
        entries.add_row(texts, cols, row[0].number, row[-1].number, row[0].page)
    ctx.consumed(header, "table header")
    return [b for b in blocks if b.line_end < header[0] or b.line_start > end]


def _too_wide(rest_cols: list[str], rows: list[list[Line]]) -> bool:
    """More columns than three after the date's and long lines: too many ways to part them."""
    return len(rest_cols) > 3 and _words_a_line(rows) > _WIDE_LINE_WORDS


def _unparted(
    split: list[tuple[str, list[list[str]]]],
    rows: list[list[Line]],
    fields: list[str],
    entries: Entries,
    ctx: Ledger,
) -> None:
    """The rows of a table too wide to part into its cells: each row an entry dated by its date
    cell (its clock time apart, when the table has a time column), its text every word the row
    printed after them, the other cells' words among the event's. The rows are sure (a date opens
    each under the header); which words are the event's is not, and a warning says so."""
    cols = {"date": 0, "event": 1}
    if "time" in fields:
        cols["time"] = 2
    for row, (date, body) in zip(rows, split):
        texts = [date, " ".join(w for line in body for w in line)]
        if "time" in cols:
            texts[0], time = _time_apart(date)
            texts.append(time)
        entries.add_row(texts, cols, row[0].number, row[-1].number, row[0].page)
    where = entries.location(rows[0][0].number, rows[-1][-1].number, rows[0][0].page)
    ctx.warn(
        "chronology_cells_unparted",
        f"a chronology table of {len(_parted(fields))} columns after the date's, printed with its cells "
        f"joined on each line, was read a row at a time ({len(rows)} rows) but not parted into its cells: "
        "each event's text holds the row's other cells' words (agency, source, comment) as printed",
        where,
    )


def _room(doc: SourceDocument, rows: list[list[Line]], split: list[tuple[str, list[list[str]]]]) -> int:
    """The width the columns after the date's share: the page's (its widest printed line, a
    paragraph's or the table's own) less the date column's (the widest date printed on a row's
    first line)."""
    page = max((printed_width(" ".join(ln.text.split())) for ln in doc.lines if ln.text.strip()), default=0)
    date = max(
        (
            printed_width(" ".join(row[0].text.split()[: len(row[0].text.split()) - len(body[0])]))
            for row, (_, body) in zip(rows, split)
            if body
        ),
        default=0,
    )
    return page - date


def _within(table: Read | None, first: int, last: int) -> Read | None:
    """The table joined_tables read (`table`) as the lines `first` to `last` hold it, when they
    hold it whole: read over the document's lines to their end, it also took the furniture past
    them as the header's (printed again)."""
    if table is None or not first <= table[1][0] <= table[3] <= last:
        return None
    fields, header, rows, end = table
    return fields, [n for n in header if n <= last], rows, end


def _parted(fields: list[str]) -> list[str]:
    """The columns after the date's that the word wrap shares a line's words among: not the
    time's, whose clock time ("22:47") prints after the date on the row's first line and never
    wraps (_time_off takes it there)."""
    return [name for name in fields[1:] if name != "time"]


def _time_off(date: str, body: list[list[str]], p: Patterns | None = None) -> tuple[str, list[list[str]]]:
    """The row's date cell with the time cell's clock time put after it, when the time printed as
    the first word after the date ("2019-03-22 22:47 Police ..."): the date cell then reads as the
    date and its time, like a time printed in the date's own cell. A clock qualified as
    approximate (`p` given) prints its qualifier there ("Approx."), the clock itself after it or,
    wrapped in the narrow column, at the head of the row's next line."""
    clock = CELL_TIME.search(f"x {body[0][0]}") if body and body[0] else None
    if clock is not None and clock.start() == 1:
        return f"{date} {body[0][0]}", [body[0][1:], *body[1:]]
    if p is None or not body or len(body[0]) < 2:
        return date, body
    first = body[0]
    if date_only(date) != date and p.joined("dates.cells.approximate_time").fullmatch(first[0]):
        # (the clock wrapped under the qualifier was read as the date cell's own wrapped rest)
        return date, [first[1:], *body[1:]]
    if time_cell(first[:2], p):
        return f"{date} {first[1]}", [first[2:], *body[1:]]
    if len(body) > 1 and body[1] and time_cell([first[0], body[1][0]], p):
        return f"{date} {body[1][0]}", [first[1:], body[1][1:], *body[2:]]
    return date, body


def _same_day_dates(split: list[tuple[str, list[list[str]]]]) -> list[tuple[str, list[list[str]]]]:
    """A row opened by its time with no date of its own (_rows) takes the date of the row above
    (time_cells); its time goes after that date as a timed row's does."""
    out: list[tuple[str, list[list[str]]]] = []
    for date, body in split:
        if out and is_clock(date.strip()):  # (_time_off put the row's own clock in its empty date cell)
            date = f"{date_only(out[-1][0])} {date.strip()}"
        elif not date and out and body and body[0] and is_clock(body[0][0]):
            date, body = f"{date_only(out[-1][0])} {body[0][0]}", [body[0][1:], *body[1:]]
        out.append((date, body))
    return out


def _unknown_time_off(body: list[list[str]], unknown) -> list[list[str]]:
    """The row's lines without a time cell that says the time was not recorded ("Not known",
    "Unknown", "–"), printed as the first words after the date, or wrapped in its narrow column
    ("Not" at the head of the row's first line, "known" at the head of its second): the cell is no
    agency's name, and no time is given."""
    if not body or not body[0]:
        return body
    first = body[0]
    for n in (2, 1):
        if len(first) > n and unknown.fullmatch(" ".join(first[:n])):
            return [first[n:], *body[1:]]
    if len(body) > 1 and body[1] and len(first) > 1 and unknown.fullmatch(f"{first[0]} {body[1][0]}"):
        return [first[1:], body[1][1:], *body[2:]]
    return body


def _time_apart(date: str) -> tuple[str, str]:
    """A clock time printed after the date in the date's cell, when the time column is empty."""
    m = CELL_TIME.search(date)
    if m is None or not date[: m.start()].strip():
        return date, ""
    return date[: m.start()].strip(" ,"), m.group(0).strip(" ,")


def _take_date(row: list[Line], dates: DateOpening) -> tuple[str, list[list[str]]]:
    words = [ln.text.split() for ln in row]
    counts = dates.cell(words)
    date = " ".join(w for k, n in enumerate(counts) for w in words[k][:n])
    body = [w[counts[k] :] if k < len(counts) else w for k, w in enumerate(words)]
    return date, body


def read_lines(lines: list[Line], p: Patterns, furniture: Furniture) -> Read | None:
    """(the header's columns, its lines, the rows' lines, the table's last line), or None."""
    names, dates = Columns(p), DateOpening(p)
    for k, ln in enumerate(lines):
        fields = header_names(ln.text, names)
        if fields is None:
            continue
        under = 0  # the header's lines below its first (its names wrapped in their columns)
        if not dates.opens([x.text.split() for x in lines[k + 1 : k + 1 + _DATE_LINES]]):
            wrapped = _wrapped_names(ln.text, lines[k + 1].text if k + 1 < len(lines) else "", names)
            if wrapped is None or not dates.opens(
                [x.text.split() for x in lines[k + 2 : k + 2 + _DATE_LINES]]
            ):
                continue
            fields, under = wrapped, 1
        if len(_parted(fields)) > _MOST_COLUMNS:
            continue
        head = lines[k : k + 1 + under]
        rows, header, end = _rows(
            lines[k + 1 + under :], [x.text for x in head], p, furniture, dates, "time" in fields
        )
        if len(rows) >= _ROWS:
            return fields, [x.number for x in head] + header, rows, end
    return None


def _words_a_line(rows: list[list[Line]]) -> float:
    lines = [ln for row in rows for ln in row]
    return sum(len(ln.text.split()) for ln in lines) / max(len(lines), 1)


_WRAPPED_NAME_WORDS = 3  # a header's line below its first holds at most this many words


def _wrapped_names(upper: str, lower: str, names: Columns) -> list[str] | None:
    """The columns a header printed over two lines names ("Date Time Organisation Information
    What happened" over "source"): each word of the lower line is the end of the name above it,
    put back after the upper line's word its column's name goes on from. The reading naming the
    most columns, or None when the lower line is no part of a header (a date, a sentence)."""
    up, down = upper.replace("|", " ").split(), lower.replace("|", " ").split()
    if not 0 < len(down) <= _WRAPPED_NAME_WORDS or any(ch.isdigit() for ch in lower):
        return None
    best: list[str] | None = None
    for places in _places(len(up), len(down)):
        if not all(_goes_on(up[:at], word, names) for word, at in zip(down, places)):
            continue
        words = list(up)
        for word, at in sorted(zip(down, places), key=lambda o: -o[1]):
            words.insert(at, word)
        read = _read_names(words, 0, [], names)
        if read is not None and (best is None or len(read) > len(best)):
            best = read
    return best


def _goes_on(before: list[str], word: str, names: Columns) -> bool:
    """The word finishes a column's name the words before it open ("Information" + "source"): a
    name of the column the word names alone, if it names one ("Date" + "source" is a date's name
    that says nothing of the source)."""
    own = _names([word], names)
    for j in range(max(0, len(before) - _NAME_WORDS + 1), len(before)):
        joined = _names([*before[j:], word], names)
        if joined is not None and own in (None, joined):
            return True
    return False


def _places(n: int, k: int, start: int = 1):
    """Ways to put k words, in order, after the first `start`.. n words of a line (non-decreasing)."""
    if k == 0:
        yield []
        return
    for at in range(start, n + 1):
        for rest in _places(n, k - 1, at):
            yield [at, *rest]


def _rows(
    lines: list[Line],
    head: list[str],
    p: Patterns,
    furniture: Furniture,
    dates: DateOpening,
    timed: bool = False,
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
        if heading and text == same[len(same) - heading]:
            heading -= 1
            repeated.append(ln.number)
            continue
        heading = 0
        if not ln.is_content or furniture.is_furniture(text) or text == same[0]:
            heading = len(same) - 1 if text == same[0] else 0
            repeated.append(ln.number)
            continue
        words = text.split()
        below = [x.text.split() for x in lines[at + 1 : at + _DATE_LINES]]
        counts = dates.cell([words, *below]) if wrapped == 0 else []
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


_TITLE_WORDS = 12  # an appendix's title is at most this many words


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
        if opened and reach[opened - 1] >= ln.number or header_names(ln.text, names) is None:
            k += 1
            continue
        table = read_lines(lines[k:], p, furniture)
        if table is None or table[1][0] != ln.number:
            k += 1
            continue
        end = table[3]
        scope = [b for b in doc.blocks if ln.number <= b.line_end and b.line_start <= end and b.kind != "toc"]
        title = _title_before(lines[max(0, k - _TITLE_REACH) : k], p)
        section = Section(
            title=title or "Chronology",
            number=None,
            level=1,
            line_start=ln.number,
            line_end=end,
            page=ln.page,
        )
        more.append((section, JOINED, scope))
        furniture.joined[ln.number] = table  # (joined_rows reads the section's rows from it)
        spans = sorted([*spans, (ln.number, end)])
        starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
        while k < len(lines) and lines[k].number <= end:
            k += 1
    return more


_TITLE_REACH = 12  # a table's title is printed this few lines above its header at most


def _title_before(lines: list[Line], p: Patterns) -> str | None:
    """The last line above the table that names a chronology ("Appendix B: Combined chronology")."""
    for ln in reversed(lines):
        text = " ".join(ln.text.split()).strip(" :")
        if 0 < len(text.split()) <= 10 and not text.endswith(".") and named_outright(text, p):
            return text
    return None
