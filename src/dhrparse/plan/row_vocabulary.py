"""The words an action-plan row printed as column-interleaved text is cut by (plan.interleaved):
its status phrases, no-date words and the words that mark a lead cell."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation


class RowVocabulary:
    """The words an interleaved row is cut by, compiled once per Patterns (`of`)."""

    def __init__(self, p: Patterns):
        phrases = [
            w
            for v in ("not_started", "in_progress", "complete", "not_finished")
            for w in p.list(f"actions.status.{v}")
        ]
        alts = literal_alternation(phrases, longest_first=True)
        # a status phrase closing the row ("Action completed", "Ongoing")
        # or a RAG colour printed alone on the row's last line ("Amber")
        colours = literal_alternation(p.get("actions.status.rag", {}) or {})
        self.status = regex.compile(
            rf"(?:^|\s)(?P<st>(?:action\s+)?(?:{alts}))\s*$|^\s*(?P<st>{colours})\s*$", regex.I
        )
        # a status phrase opening a line, the next cell's sentence straight after it ("Ongoing
        # Anonymised briefings ..."): the status cell printed before the progress cell
        self.opening_status = regex.compile(rf"^\s*(?P<st>{alts})\s+(?=(?-i:\p{{Lu}}\p{{Ll}}))", regex.I)
        no_date = p.list("dates.words.no_date")
        words = literal_alternation(no_date, longest_first=True)
        # a no-date word fills the cell: the line ends or the next cell starts with a capital
        self.no_date = regex.compile(rf"(?:^|(?<=\s))(?:{words})(?=\s*$|\s+[A-Z0-9])", regex.I)
        # the no-date words lower-cased, for a substring test before the expression: a line
        # holding none of them cannot match it (None when the test would not be exact: a word
        # that is empty or not plain ASCII)
        lowered = [w.lower() for w in no_date]
        self.no_date_words = lowered if all(w and w.isascii() for w in lowered) else None
        # words naming a body or role, that mark a lead cell
        self.lead_words = {w.lower() for w in p.list("actions.lead.words")}

    @staticmethod
    def of(p: Patterns) -> RowVocabulary:
        return p.derived("plan.interleaved_row", RowVocabulary)
