"""Where a date cell opens a line of a chronology table printed with its cells joined, and how its
rest wraps onto the lines below ("Between June and" over "August 2018")."""

from __future__ import annotations

from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_DATE_WORDS = 7  # a date cell's first line is at most this many words
DATE_LINES = 3  # a date cell wraps over at most this many lines
_SOME_YEAR = "2020"  # a year put after a word to ask whether the word opens a date
# between a span's two dates: a word processor's dash (a hyphen alone between spaces is as often
# an empty cell's mark, "23/03/2020 - National lockdown begins.", with the next row's date below)
_DASHES = ("–", "—")


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
                # (a span between two whole dates: "Between 02.03.2021 and 09.03.2021")
                or len(found) == 2
                and self.span.match(text) is not None
                and is_date_cell(text, self.p)
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
            spanned = not n and self._span_head(head)  # ("Between" over "02.03.2021 and" / "09.03.2021")
            loose = (
                not n
                and not any(self._dated_word(w) for w in head)
                and not self._qualifier(head)
                and not spanned
            )
            if loose and not self._part_opening(head):
                # (a word that only qualifies a date, "about", over a date: an event's words; but
                # "w/c" is printed before dates only)
                continue
            for more in self._rests(lines[1:DATE_LINES]):
                text = " ".join(head + [w for k, m in enumerate(more) for w in lines[1 + k][:m]])
                if spanned and len(find_dates(text, self.p)) < 2:
                    continue  # (the opener's word alone opens a row only over a span's two dates)
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

    def _span_head(self, words: list[str]) -> bool:
        """The line's first word alone opens a span ("Between", "From"): the narrow date column's
        first line over the span's dates."""
        return len(words) == 1 and words[0][:1].isupper() and bool(self.span.match(f"{words[0]} x"))

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
