"""A chronology table's column names ("Date", "Time", "Agency", "Source", "Event", "Ref",
"Comment"), from patterns/chronology.toml; what a column holds is settled in column_roles."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.column_roles import settled
from dhrparse.extractors.chronology.life_days import is_count_name
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation
from dhrparse.vocab.engines import TextPattern

# (the time and the source before the event and agency words that also start them)
# (a side-by-side header's cells: apart at a bar or at "and" / "&")
_CELL_BREAK = regex.compile(r"(?:(?<!\s)\s+)?\|\s*|(?<!\s)\s+(?:and|&)\s+")  # (a run of spaces tried once)
_HEADER_WORDS = 8  # a header printed as one line: its names, a word or two each
NAMES = (
    "date",
    "end",
    "year",
    "time",
    "source",
    "place",
    "recorder",
    "kind",
    "event",
    "agency",
    "ref",
    "comment",
)
# words after which a column's printed name goes on ("Date / time", "Agency and source")
NAME_JOINERS = ("/", "&", "and")
# a name's line ending on a joiner or a dash ("Date /", "Agency and", "Date -")
_JOINED_ENDINGS = ("-", *(f" {j}" if j.isalpha() else j for j in NAME_JOINERS))


def ends_on_joiner(text: str) -> bool:
    """A name printed up to a joiner or a dash: its rest is on the line below."""
    return text.endswith(_JOINED_ENDINGS)


class Columns:
    """The chronology's column names, read the way the plan layouts read a plan's header: a
    side-by-side header ("Date   Agency   Event") is one when it names a date column and one other."""

    min_columns = 2  # (a side-by-side header of a date and an event column alone is one)

    def __init__(self, p: Patterns):
        self.p = p
        self._printed: dict[str, bool] = {}  # a walk asks of each block's text more than once
        # the column a short cell names, kept with the vocabulary: each chronology reader makes
        # its own Columns and asks of the same header cells and words (on a long report some
        # 3,900 asks of 830 texts)
        self._fields = p.derived("chronology.columns.fields", _CellFields)
        # words no column's name ends on ("Date of" goes on: chronology.header_names)
        self.unfinished_ends = frozenset(p.list("chronology.columns.unfinished_ends"))

    def field_of(self, cell: str) -> str | None:
        fields = self._fields  # (only cells of four words or fewer are kept: looked up first)
        if cell in fields:
            return fields[cell]
        if surely_more_words(cell, 4, ":"):
            return None  # a paragraph of prose, told from its first words
        field = fields[cell] = self._field_of(cell)
        return field

    def _field_of(self, cell: str) -> str | None:
        text = " ".join(cell.split()).strip(" :")
        if not text or len(text.split()) > 4 or not _any_name(self.p).search(text):
            return None
        return next((n for n in NAMES if self.p.any_match(f"chronology.columns.{n}", text)), None)

    def header_columns(self, cells: list[str]) -> list[str] | None:
        fields = _count_as_date([self.field_of(c) for c in cells], cells, self.p)
        if "date" not in fields or len({f for f in fields if f}) < 2 or None in fields:
            return None
        return fields

    def printed_header(self, text: str) -> bool:
        """A line that is only a table's header printed as text ("Date Agency Event", "Date and
        key event", "Date | Agency | Contact/Event"): column names, one of them the date's."""
        known = self._printed.get(text)
        if known is None:
            known = self._printed[text] = self._printed_header(text)
        return known

    def _printed_header(self, text: str) -> bool:
        if surely_more_words(text, _HEADER_WORDS, ":|"):
            return False
        text = " ".join(text.split()).strip(" :|")
        if not text or len(text.split()) > _HEADER_WORDS:
            return False
        names = [c for c in _CELL_BREAK.split(text) if c]
        fields = _count_as_date([self.field_of(c) for c in names], names, self.p)
        if None in fields or len(fields) < 2:
            names = [w for w in text.replace("|", " ").split() if w.lower() not in ("and", "&")]
            fields = _count_as_date([self.field_of(w) for w in names], names, self.p)
        return "date" in fields and len(fields) >= 2 and None not in fields

    def is_header_words(self, text: str) -> bool:
        """Column names: each word one ("Date Agency"), or the words one name ("What happened")."""
        words = text.split()
        return bool(words) and (all(self.field_of(w) for w in words) or self.field_of(text) is not None)


class _CellFields(dict):
    """The column each short cell asked about names (None: none)."""

    def __init__(self, p: Patterns):
        super().__init__()


def _any_name(p: Patterns) -> TextPattern:
    """Every column name's expressions in one: most texts asked about name no column at all."""

    def build(p: Patterns) -> TextPattern:
        sources = [s for n in NAMES for s in p.list(f"chronology.columns.{n}")]
        return TextPattern(expression_alternation(sources))

    return p.derived("chronology.columns.any_name", build)


def surely_more_words(text: str, limit: int, edge: str) -> bool:
    """Whether the text, its white space tidied and `edge` characters (and spaces) stripped from
    its ends, surely has more than `limit` words: told from its first limit + 1 words, without
    tidying a whole paragraph. Stripping the ends only takes whole words made of `edge`
    characters, so limit + 1 words holding anything else stay words; False leaves it open."""
    head = text.split(None, limit + 1)
    return len(head) > limit + 1 and all(w.strip(edge) for w in head[: limit + 1])


def _count_as_date(fields: list[str | None], names: list[str], p: Patterns) -> list[str | None]:
    """A header naming no date column whose one unnamed column counts a child's age ("Baby R's
    age | Agency | What happened"): that column dates the rows (life_days)."""
    if "date" in fields:
        return fields
    ages = [i for i, (f, n) in enumerate(zip(fields, names)) if f is None and is_count_name(n, p)]
    return [("date" if i == ages[0] else f) for i, f in enumerate(fields)] if len(ages) == 1 else fields


def column_positions(texts: list[str], p: Patterns) -> dict[str, int] | None:
    """Where each named column is in a header row; None unless it names a date column (or, with
    none, a child's age: life_days)."""
    cols: dict[str, int] = {}
    for i, t in enumerate(texts):
        for name in NAMES:
            if name not in cols and p.any_match(f"chronology.columns.{name}", t.strip()):
                cols[name] = i
                break
    if "date" not in cols:
        ages = [i for i, t in enumerate(texts) if i not in cols.values() and is_count_name(t, p)]
        cols.update({"date": ages[0]} if len(ages) == 1 else {})
    return settled(cols, texts) if "date" in cols else None
