"""The chronology's vocabulary: the fixed shapes of dates, footers and quoted speech, and what
patterns/chronology.toml says, compiled once per Patterns (`chronology_vocab`)."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.sentence_ends import QUOTES, SENTENCE_STOPS, line_end
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.date_cells import CELL_TIME  # noqa: F401  (a clock time after a date cell)
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import approximate_words

# a day-first numeric date ("12.03.17", "3.4.2018") that segmentation took for a paragraph number
NUMERIC_DATE = regex.compile(rf"(?:0[1-9]|[12]\d|3[01]|[1-9])\.(?:0[1-9]|1[0-2]|[1-9])\.(?:{YEAR}|\d{{2}})")
QUOTED = regex.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’|(?<!\w)'[^'\n]{1,300}'(?!\w)")
# a bare year ("2016", "2016 - 17:") heading the entries below it
YEAR_LINE = regex.compile(rf"^\s*{YEAR}(?:\s*(?:-|–|to)\s*(?:19|20)?\d{{2}})?\s*:?\s*$")
SENTENCE_END = line_end(SENTENCE_STOPS, QUOTES, closer_run=False)
# a running footer ends in its page number and names the report in words
ENDS_IN_NUMBER = regex.compile(r"\d{1,4}\s*$")
DIGIT = regex.compile(r"\d")
WORDS = regex.compile(r"[^\W\d_]{2,}")
DIGITS = regex.compile(r"\d+")
# what may stand before a paragraph number printed at a line's start: space, or bullets and dashes too
LEAD_SPACE = regex.compile(r"\s*")
LEAD_MARKS = regex.compile(r"[\s•·\-–*]*")
# (matched right after a digit, where the look-behind always holds: it keeps a search over a run
# of spaces linear)
_SPACE_THEN_LETTER = regex.compile(r"(?<!\s)\s+[A-Za-z]")


def ends_in_number(text: str) -> bool:
    """ENDS_IN_NUMBER.search(text), told first by the line's last printed character: a search
    anchored at the end is tried from every position of the line, and most lines end in a word.
    (Whatever `regex` reads as space is space to str.rstrip too, and no digit is: a match ends
    the stripped text in its digit.)"""
    last = text[-1:]
    if last.isspace():
        last = text.rstrip()[-1:]
    if not last or not ("0" <= last <= "9" if last.isascii() else DIGIT.match(last) is not None):
        return False  # (the digits ASCII has are 0 to 9; beyond it the engine's own table says)
    return ENDS_IN_NUMBER.search(text) is not None


def number_then_word(line: str, number: str, lead: regex.Pattern) -> bool:
    r"""The line opens, after `lead`, with the digits `number`, a space and a letter: what
    regex.match(rf"^{lead}{number}\s+[A-Za-z]", line) says, with no expression compiled for
    each number (no digit is a space, a bullet or a dash: the lead ends where the number starts)."""
    at = lead.match(line).end()
    return line.startswith(number, at) and _SPACE_THEN_LETTER.match(line, at + len(number)) is not None


class ChronologyVocab:
    """What patterns/chronology.toml says about entries, evidence, footers and agencies."""

    def __init__(self, p: Patterns):
        words = p.list("chronology.agencies.organisation_words")
        self.organisation = regex.compile(rf"\b(?:{literal_alternation(words)})\b", regex.I)
        self.agency_max_words = int(p.get("chronology.agencies.max_words", 9))
        # how far into an entry its own date may start, and where an earlier date still counts
        self.lead = int(p.get("chronology.entries.lead_chars", 70))
        self.opening = int(p.get("chronology.entries.opening_chars", 30))
        self.period_max_words = int(p.get("chronology.entries.period_max_words", 12))
        self.period_line = p.joined("chronology.entries.period_line")
        self.same_day_cell = regex.compile(p.get("chronology.entries.same_day_cell", r"(?!x)x"), regex.I)
        self.placeholder_date_cell = regex.compile(
            p.get("chronology.entries.placeholder_date_cell", r"(?!x)x")
        )
        self.page_cell = p.joined("chronology.furniture.page_cell")
        self.min_dated_entries = int(p.get("chronology.evidence.min_dated_entries", 3))
        self.min_dated_share = float(p.get("chronology.evidence.min_dated_share", 0.5))
        self.min_forward_share = float(p.get("chronology.evidence.min_forward_share", 0.6))
        # the words that make a date approximate ("w/c", "early"), before a date cell's date
        qualifiers = approximate_words(p)
        self.date_qualifier = regex.compile(rf"(?:{literal_alternation(qualifiers)})\s+", regex.I)


def chronology_vocab(p: Patterns) -> ChronologyVocab:
    return p.derived("chronology.vocab", ChronologyVocab)
