"""The vocabulary segmentation reads lines with: heading shapes, contents lines, paragraph
numbers, bullets and item labels, compiled once per `Patterns`."""

from __future__ import annotations

import re

import regex

from dhrparse.patterns import Patterns
from dhrparse.prepare.labels import dotted_code_label
from dhrparse.prepare.needed_marks import needed_mark
from dhrparse.vocab.date_cells import cell_date


class BlockCues:
    def __init__(self, patterns: Patterns):
        self.patterns = patterns
        self.numbered_heading = re.compile(patterns.get("headings.numbered"))
        # each contents-line expression searched on its own (one alternation is slower), and
        # only on lines holding the leader it needs (a tab, dots): most lines hold neither
        self._toc_searches = [
            (needed_mark(p.pattern, _own_flags(p)), p.search) for p in patterns.regexes("headings.toc_line")
        ]
        self.named = patterns.joined("headings.named")
        # (an easy read summary's plain-words headings, "What needs to change": a verb no sentence's)
        self.plain_words = patterns.joined("headings.plain_words")
        self.known_sections = patterns.joined("headings.known_sections")
        self.bare_label = re.compile(patterns.get("headings.bare_label"), re.I)
        self.sentence_words = re.compile(patterns.get("headings.sentence_words"), re.I)
        self.lead_in_sentence = re.compile(patterns.get("headings.lead_in_sentence", r"(?!x)x"), re.I)
        self.year_heading = re.compile(patterns.get("headings.year_heading"))
        self.period_heading = re.compile(patterns.get("headings.period_heading", r"(?!x)x"), re.I)
        self.labels = patterns.joined("headings.labels")
        self._code_label = re.compile(patterns.get("recommendations.code_label"))
        self.field_line = re.compile(patterns.get("headings.field_line", r"(?!x)x"))
        self.paragraph_number = re.compile(patterns.get("numbering.paragraph"))
        self.label_start = re.compile(patterns.get("numbering.label_start", r"(?!x)x"))
        self._dotted_label = dotted_code_label(patterns)  # ("R.1": numbering.dotted_code_label)
        # "Response required from: <agency>" under a recommendation: its own line, not the text's
        self.addressee_line = re.compile(patterns.get("recommendations.addressee_line", r"(?!x)x"), re.I)
        self.bullet = re.compile(patterns.get("numbering.bullet"))
        self.max_words = int(patterns.get("headings.max_heading_words", 16))
        self.max_chars = int(patterns.get("headings.max_heading_chars", 110))
        self.keep_hyphen_prefixes = patterns.list("cleaning.keep_hyphen_prefixes")
        # agencies' abbreviations ("MARAC", "MAPPA"): printed alone on a line they are a table's
        # agency cell, not a heading in capitals
        self.agency_abbreviations = frozenset(
            abbr for a in patterns.list("agencies.agency") for abbr in a.get("abbreviations", [])
        )

    def date_alone(self, text: str) -> bool:
        """A line that is only a date ("January 2020", "14/03/2019", "Late May 2021"): a table's
        date cell printed on a line of its own, read by the shared date-cell grammar."""
        return any(ch.isdigit() for ch in text) and cell_date(text, self.patterns) is not None

    def is_toc(self, text: str) -> bool:
        # (a plain loop: a generator made for every line of the report costs more than the tests)
        for mark, search in self._toc_searches:  # noqa: SIM110
            if mark in text and search(text):
                return True
        return False

    def code_alone(self, text: str) -> bool:
        """A recommendation's code alone on its line, printed as one word ("R-PROB-01", "IMR12"):
        a code column's cell, not a title in capitals."""
        m = self._code_label.match(text)
        return m is not None and not m.group("rest") and len(text.split()) == 1

    def opens_on_dotted_label(self, text: str) -> bool:
        """A line opening on a recommendation's code with a dot before its number, then its
        sentence ("R.1 The Board should ..."): an item's start, as "R1 The Board" is."""
        words = text.split(None, 2)
        return len(words) == 3 and words[1][:1].isupper() and bool(self._dotted_label.match(words[0]))

    def label_after_addressee(self, last: str, text: str) -> bool:
        """A recommendation's coded label ("R.2") on the line under the line naming who must act
        on the one before ("Response required from: <agency>"): the next recommendation."""
        return bool(self.addressee_line.match(last) and self._code_label.match(text))

    def starts_block(self, text: str) -> bool:
        return bool(self.paragraph_number.match(text) or self.bullet.match(text))

    def goes_on(self, nxt_text: str) -> bool:
        """Does the next line carry on the sentence (lower case), rather than open a list item
        that happens to start with a lower-case letter or numeral ("a) ...", "iv. ...")?"""
        return nxt_text[:1].islower() and not self.bullet.match(nxt_text)

    def heading_sized(self, text: str) -> bool:
        return len(text.split()) <= self.max_words and len(text) <= self.max_chars


def _own_flags(compiled: regex.Pattern) -> int:
    """The flags an expression was compiled with, less the two the `regex` module always sets."""
    return compiled.flags & ~(regex.UNICODE | regex.VERSION0)


def block_cues(patterns: Patterns) -> BlockCues:
    return patterns.derived("prepare.block_cues", BlockCues)
