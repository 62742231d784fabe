"""The interpreted action-plan model and header mapping.

Readers give raw tables (`document.Table`: rows of printed cells). The plan reader reads
every form of plan (those tables' rows, tab rows, column-interleaved PDF text) into
`PlanTable`s, each one printed table read as a plan (its columns' fields, its agency
section, the raw `document.Table` it came from, if any) holding `PlanRow`s whose cells are
keyed by canonical field; one step (extractors.actions.row_to_action) turns a row into an
Action. Header cells map to fields through the synonyms in patterns/actions.toml [columns];
unknown columns keep their printed header and end up in `Action.extra`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import regex

from dhrparse.document import Table
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.plan.dated_names import dated_name
from dhrparse.plan.layout_words import LayoutWords
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation

_WORD_BROKEN = regex.compile(r"\p{L}-$")


def cell_text_on(above: str, text: str) -> str:
    """A cell's text carried on by the next printed piece of it. A word broken at the cell's
    edge by its hyphen ("non-" / "attendance") is one word, its hyphen kept (a compound's or
    the printer's: either reads)."""
    above, text = above.strip(), text.strip()
    if above and _WORD_BROKEN.search(above) and text[:1].islower():
        return above + text
    return f"{above} {text}".strip()


@dataclass
class PlanRow:
    """One row of an action plan, its cells keyed by canonical field."""

    cells: dict[str, str] = field(default_factory=dict)  # canonical field -> text
    extra: dict[str, str] = field(default_factory=dict)  # printed header -> text
    ref: str | None = None
    recommendation_ref: str | None = None
    updates: list[str] = field(default_factory=list)  # "Update: ..." paragraphs below the row
    line_start: int = 0
    line_end: int = 0
    page: int | None = None
    warnings: list[str] = field(default_factory=list)
    section: str | None = None  # overrides the table's section ("Recommendation from X" rows)
    review: str | None = None  # the review a tracker row belongs to (plan.review_column)
    # the unnumbered recommendation cell merged over the row (the report's number is found later)
    quoted_recommendation: str | None = None
    # read from inside the cells once the plan is read (plan.row_cells): an "Update: ..." printed
    # in another cell, with that cell's field; the state a progress cell opens with
    cell_updates: list[tuple[str, str]] = field(default_factory=list)
    opening_state: str | None = None

    def add(self, key: str, text: str, *, extra: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        target = self.extra if extra else self.cells
        above = target.get(key)
        target[key] = cell_text_on(above, text) if above else text


@dataclass
class PlanTable:
    """One printed table read as an action plan."""

    columns: list[str]  # canonical field (or "extra:<header>") per column
    headers: list[str]
    section: str | None = None  # "overview" or the agency heading
    recommendation_ref: str | None = None
    source: Table | None = None  # the raw table the reader gave, None for a plan printed as text
    rows: list[PlanRow] = field(default_factory=list)
    line_start: int = 0
    note: str | None = None  # text printed under the agency heading, for every row
    printed: list[str] = field(
        default_factory=list
    )  # fields the header alone names (a repeated header matches it)
    # the last column's header is ambiguous ("Outcome", "Completion"): a row of cells printed one
    # after another may close with a status phrase there
    closing_status: bool = False
    rag_key: dict[str, str] = field(default_factory=dict)  # colour -> status, from the plan's printed key
    number_key: dict[str, str] = field(
        default_factory=dict
    )  # rating digit / mark -> status (plan.number_key, symbol_key)
    month_first: bool = False  # its dates in figures print month first, as a note says (plan.date_order)
    plain_open: bool = False  # its unmarked actions are open, as a note says (plan.closed_marks)
    # the day its relative timescales run from, as the plan states it (plan.timescale_anchor)
    timescale_anchor: DateValue | None = None
    # its agency columns of lead / support marks, each head -> the body it stands for (plan.lead_matrix)
    lead_matrix: dict[str, str] = field(default_factory=dict)

    @property
    def origin(self) -> str:
        """How the table was printed: "text" (tab-separated lines or plain text), "pdf", "docx"."""
        return self.source.origin if self.source is not None else "text"


_WORDS = re.compile(r"[a-z]+")
_NOT_LETTERS = re.compile(r"[^a-z]")
_CLOSING_MARKS = {"?", ":"}  # a column name's last mark, wrapped alone onto the header's next line
_BESIDE_FLAG = 4  # columns a header names beside a completion flag printed between two names
# words a header prints between or inside its column names, naming no column themselves
# (patterns/layout.toml)
JOINING_WORDS = LayoutWords("header_joining_words")


def header_form(text: str) -> str:
    """Header text in the form its column names are compared in: tags and runs of spaces
    flattened, lower case, one apostrophe."""
    return flatten(text).lower().replace("’", "'")


def vocabulary_word(token: str) -> str:
    """A printed token as ColumnMap.vocabulary holds its words: its letters alone, lower case."""
    return _NOT_LETTERS.sub("", token.lower())


def vocabulary_words(text: str) -> list[str]:
    """A line's runs of letters, lower case, as ColumnMap.vocabulary holds them."""
    return _WORDS.findall(text.lower())


class ColumnMap:
    """Header text -> canonical fields, longest synonym first."""

    def __init__(self, patterns: Patterns):
        pairs = []
        for name, synonyms in (patterns.get("actions.columns", {}) or {}).items():
            for syn in synonyms:
                pairs.append((header_form(syn), name))
        pairs.sort(key=lambda p: len(p[0]), reverse=True)
        self.pairs = pairs
        words = {w for syn, _ in pairs for w in regex.findall(r"[a-z]+", syn)}
        self.joining = JOINING_WORDS.of(patterns)
        self.vocabulary = words | self.joining
        self.vocabulary |= {w.lower() for w in patterns.list("actions.extra_header_words")}
        # (only under a header printed column by column: alone, "Action completed" is a status)
        self.wrapped_vocabulary = self.vocabulary | set(patterns.list("actions.header_words"))
        self._flag_closing = regex.compile(patterns.get("actions.completion_flag_closing", "(?!x)x"), regex.I)
        self._flag_between = regex.compile(patterns.get("actions.completion_flag_between", "(?!x)x"), regex.I)
        # a header naming a body's response to the recommendation ("Partnership response"):
        # no field of its own, the column's cells decide (plan.column_roles)
        self.response_header = patterns.joined(
            "actions.response_header"
        )  # (compiled once, kept with the patterns)
        # every column name in running header text, longest first (who_columns reads the gaps);
        # compiled by `re`, which finds what `regex` does here (literal names matched with case,
        # compared by code point; ASCII look-arounds) at a tenth of `regex`'s compiling cost
        self.name_search = re.compile(
            r"(?<![a-z])(?:" + literal_alternation(s for s, _ in pairs) + r")(?![a-z])"
        )
        self._lookup = dict(pairs)
        # the first pair (longest synonym first) per synonym, and per synonym without spaces:
        # a cell's field is then found by dictionary look-ups, not a scan of every synonym
        self._first: dict[str, str] = {}
        self._squeezed: dict[str, str] = {}
        for syn, name in pairs:
            self._first.setdefault(syn, name)
            self._squeezed.setdefault(syn.replace(" ", ""), name)
        self._longest = max((len(syn) for syn in self._first), default=0)
        self._squeezed_starts = tuple(self._squeezed)  # (see `may_open_with_field`)
        self._two_letter_starts = {q[:2] for q in self._squeezed_starts if len(q) >= 2}
        self._short_starts = tuple(q for q in self._squeezed_starts if len(q) < 2)
        self._fields: dict[str, str | None] = {}
        self._header_words: dict[str, bool] = {}
        self._patterns = patterns

    @property
    def patterns(self) -> Patterns:
        """The pattern set the names were taken from."""
        return self._patterns

    @cached_property
    def word_prefixes(self) -> frozenset[str]:
        """The first letters (three or more) of the header words: a word a narrow column broke
        ("Recommen") starts one (plan.header_room)."""
        return frozenset(w[:n] for w in self.vocabulary for n in range(3, len(w)) if w.isalpha())

    @cached_property
    def checked_action_names(self) -> frozenset[str]:
        """The action column's names too common as labels to name it everywhere ("What will be
        done", `actions.cell_checked_action_names`), in header form."""
        return frozenset(header_form(n) for n in self._patterns.list("actions.cell_checked_action_names"))

    @cached_property
    def sorted_names(self) -> list[str]:
        """The column names plans write, lower case and sorted, for a look-up by their starts."""
        return sorted({syn for syn, _ in self.pairs})

    def field_of(self, cell: str) -> str | None:
        """The field a header cell names: an exact synonym, else the longest one it starts with."""
        if cell not in self._fields:  # every line of a plan is asked about, often twice
            self._fields[cell] = self._field_of(cell)
        return self._fields[cell]

    def names_exactly(self, cell: str) -> bool:
        """Whether the cell is one of the plan's column names as written, no more words after it
        ("Date of completion and Outcome", not "Date of")."""
        return header_form(cell).strip(" :") in self._lookup

    def _field_of(self, cell: str) -> str | None:
        text = header_form(cell).strip(" :")
        if not text:
            return None
        if text in self._lookup:
            return self._lookup[text]
        # the longest synonym the text starts with, followed by " ", "/" or "("
        # (no synonym is longer than the longest one: a 1 MB cell costs no more than a short one)
        for k in range(min(len(text) - 1, self._longest), -1, -1):
            if text[k] in " /(" and text[:k] in self._first:
                return self._first[text[:k]]
        # a narrow PDF column can split a header word ("Recommendati on", "Targe t Date")
        squeezed = text.replace(" ", "")
        if len(squeezed) >= 4:
            return self._squeezed.get(squeezed)
        return None

    def may_open_with_field(self, text: str) -> bool:
        """False only when no cell that `text` opens with (after white space) can name a field:
        an exact synonym, a synonym followed by more words, or one split by spaces all start,
        spaces taken out, with a synonym without spaces. Asked of every line of a report (is it
        a bare label?), so texts beyond ASCII or holding a tag, whose normal form is costlier
        to reason about, are let through."""
        if not text.isascii() or "<" in text:
            return True
        # the two characters a line opens with, when no space parts them, say it first
        head = text.lstrip()[:2]
        if len(head) == 2 and not head[1].isspace() and head.lower() not in self._two_letter_starts:
            return text.lstrip().lower().startswith(self._short_starts)
        return "".join(text.split()).lower().startswith(self._squeezed_starts)

    def header_columns(self, cells: list[str]) -> list[str] | None:
        """Column fields of a header row, or None when the cells are not a header."""
        fields = [self.field_of(c) for c in cells]
        if not is_plan(f for f in fields if f):
            return None
        return [f or f"extra:{' '.join(c.split())}" for f, c in zip(fields, cells)]

    def scan(self, text: str) -> list[str]:
        """Fields named in running header text, in printed order ("Ref Action (SMART) Lead Agency Target")."""
        found = [(self._lookup[m.group(0)], m.group(0)) for m in self.name_search.finditer(header_form(text))]
        out: list[str] = []
        for k, (f, printed) in enumerate(found):
            if f == "recommendation" and len(printed) <= 4 and any(g == f for g, _ in found[k + 1 :]):
                f = "ref"  # "Rec | Recommendation | ...": the abbreviation heads the number column
            if not out or out[-1] != f:
                out.append(f)
        return out

    def is_header_words(self, text: str) -> bool:
        """Every word of the line belongs to column headings ("Arrangements", "Date for")."""
        known = self._header_words.get(text)
        if known is None:  # the plan reader asks again about the same lines
            # (the words of header_form(text): collapsing spaces and quote marks changes no word,
            # so only tags are removed before lower-casing)
            words = _WORDS.findall((flatten(text) if "<" in text else text).lower())
            known = bool(words) and all(w in self.vocabulary for w in words)
            # (a completion flag's name asked as a question closing the line, "... Completed?")
            if not known and (flag := self._flag_closing.search(text.lower())) is not None:
                words = _WORDS.findall(text[: flag.start()].lower())
                known = bool(words) and all(w in self.vocabulary for w in words)
            if not known and (flag := self._flag_between.search(text.lower())) is not None:
                rest = text[: flag.start()] + " " + text[flag.end() :]  # (its "?" wrapped below)
                words = _WORDS.findall(rest.lower())
                known = all(w in self.vocabulary for w in words) and len(self.scan(rest)) >= _BESIDE_FLAG
            # (a lone letter is a row's lettered ref, "1a", or a mark, never a column's name: the
            # "a" of "How will we know it has made a" / "difference?" is a header's word only there)
            known = known and not (len(words) == 1 and len(words[0]) == 1)
            # (one name with an aside dating it, "Update (September 2024)": plan.dated_names)
            known = self._header_words[text] = known or dated_name(text, self._patterns, self.names_exactly)
        return known

    def unnamed_words(self, text: str) -> list[str]:
        """The words of a header line that no column name holds ("Evidence" beside "Action"),
        but for the words that only join names ("of", "the")."""
        rest = self.name_search.sub(" ", header_form(text))
        return [w for w in _WORDS.findall(rest) if w not in self.joining]

    def is_response_header(self, text: str) -> bool:
        """A column name for a body's response ("Partnership response", "Board's response")."""
        return len(text.split()) <= 4 and bool(self.response_header.match(text))

    def is_wrapped_header_words(self, text: str) -> bool:
        """Every word belongs to column headings or to the words that complete one on a header's
        wrapped line ("Date" / "completed"): asked only of a header printed column by column."""
        if self.is_header_words(text) or text.strip() in _CLOSING_MARKS:
            return True  # (or a name's closing mark wrapped alone under it, "Done" / "?")
        words = _WORDS.findall((flatten(text) if "<" in text else text).lower())
        return bool(words) and all(w in self.wrapped_vocabulary for w in words)


def is_plan(fields) -> bool:
    """Whether the fields a header names make an action plan: three columns or more that ask
    for action (acts_on)."""
    known = set(fields)
    return len(known) >= 3 and acts_on(known)


def acts_on(fields) -> bool:
    """Whether a header's fields ask for action: an action column, or rows of recommendations
    with a date, status or progress column ("No. | Recommendation | Lead agency" alone is a
    table of recommendations, not a plan)."""
    known = set(fields)
    return (
        "action" in known or "recommendation" in known and bool({"target_date", "status", "progress"} & known)
    )


def column_map(patterns: Patterns) -> ColumnMap:
    """The column map of these patterns, built once and kept with them."""
    return patterns.derived("plan.column_map", ColumnMap)
