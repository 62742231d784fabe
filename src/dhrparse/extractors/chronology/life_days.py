"""A chronology dated by a child's age, not the calendar: a column of "Day 1", "Day 4", "Week 6"
(days or weeks of the baby's life, or from an index event), under a name such as "Baby R's age".
Child practice reviews and adult reviews print them so where the records count from the birth.

A count is dated only from an anchor the document states as Day 1 (a note over the table, "the
day Baby R was born (6 January 2023) is Day 1"): Day N is the anchor + (N - 1) days, Week N its
days 7N-6 to 7N (a span of seven days), both relative. With no Day 1 stated the count keeps its
raw words, undated and relative: a day count is never turned into a guessed date. The forms are
in patterns/dates.toml [life_days].
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

# a sentence's end inside a note (the anchor's sentence is read alone)
_SENTENCE_END = regex.compile(r"(?<=[.!?;])\s+(?=[A-Z(])")


class LifeDays:
    """The count forms, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        self.cell = regex.compile(p.get("dates.life_days.cell"), regex.I)
        self.anchor = regex.compile(p.get("dates.life_days.anchor"), regex.I)
        self.columns = [regex.compile(c, regex.I) for c in p.list("dates.life_days.column")]


def _forms(p: Patterns) -> LifeDays:
    return p.derived("dates.life_days", LifeDays)


def is_count_cell(text: str, p: Patterns) -> bool:
    """The whole cell is a count of days or weeks ("Day 4", "Week 6")."""
    return _forms(p).cell.match(" ".join(text.split())) is not None


def is_count_name(text: str, p: Patterns) -> bool:
    """A column name of such a count ("Age", "Baby R's age", "Day of life")."""
    name = " ".join(text.split()).strip(" :")
    return any(c.match(name) for c in _forms(p).columns)


def count_column_name(texts: list[str], k: int, p: Patterns) -> bool:
    """texts[k] (a printed line) names a count column and the next line that holds words is a
    count cell ("Baby S's age" over "Day 1"): the date column's name where plain text prints the
    table a column at a time (the count cell under it decides: an "Age" over "34" heads a list of
    people's ages)."""
    if not is_count_name(texts[k], p):
        return False
    following = next((t for t in texts[k + 1 :] if t.strip()), "")
    return is_count_cell(following, p)


def day_one(doc: SourceDocument, p: Patterns) -> date | None:
    """The day the document states as Day 1: the one whole date of a sentence naming Day 1;
    None where no sentence does, or where such sentences name different days."""
    forms, found = _forms(p), set()
    # (the lines run together: a note's sentence may wrap, and some exports print a blank line
    # after every printed line)
    text = " ".join(" ".join(line.text for line in doc.lines).split())
    if forms.anchor.search(text) is None:
        return None
    for sentence in _SENTENCE_END.split(text):
        if forms.anchor.search(sentence) is None:
            continue
        days = {m.value.start for m in find_dates(sentence, p) if m.value.precision == "day"}
        if len(days) == 1:
            found |= days
    return date.fromisoformat(found.pop()) if len(found) == 1 else None


def count_date(cell: str, first: date | None, p: Patterns) -> DateValue | None:
    """The date of a count cell from the stated Day 1 (None when the cell is no count)."""
    raw = " ".join(cell.split())
    m = _forms(p).cell.match(raw)
    if m is None:
        return None
    if first is None:
        return DateValue(raw=raw, relative=True)
    n = int(m["n"])
    if m["unit"].lower() == "day":
        start = end = first + timedelta(days=n - 1)
    else:
        start, end = first + timedelta(days=7 * n - 7), first + timedelta(days=7 * n - 1)
    return DateValue(raw=raw, start=start.isoformat(), end=end.isoformat(), precision="day", relative=True)
