"""Where in a text each date form is searched for.

`FormSearch.matches(text)` gives, form by form in the grammar's order, exactly the matches
`rx.finditer(text)` gives (`dates.plain_find_dates` is that plain search; a hypothesis test
in tests/test_dates.py holds the two equal). It only leaves out work that cannot find
anything:

- every form holds digits (a year or a day), and most lines hold none;
- a form whose expression requires a four-digit year, a month word or a season word is not
  run over text holding none (each of those words sits at a word boundary in every form);
- a form opening with an optional approximation word ("mid-June 2017") is slow to search,
  since the word is tried at every position. Each match starts where that word starts or
  where the rest of the form starts (a digit, a month, a season), so on plain ASCII text
  (where a case-blind match is a match of the lower-cased text) the form is tried only at
  those positions, in order, as finditer would find them (see vocab/starts.py).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dhrparse.vocab import starts
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.engines import Expression, PlainTexts

_DIGIT = regex.compile(r"\d")
# the grammar's four-digit year: every reader of a printed year imports this one
YEAR = r"(?:19|20)\d{2}"
_YEAR = regex.compile(YEAR)
# the forms whose expression requires that year, or a month word
_NEEDS_YEAR = {
    "ymd_numeric",
    "named_day_year",
    "dated_day_year",
    "year_dated_day",
    "dated_day_inner_year",
    "mm_yyyy",
    "day_month_year",
    "month_day_year",
    "year_month_day",
    "month_range",
    "month_year",
    "month_period_year",
    "season_year",
    "year_span",
    "year",
}
_NEEDS_MONTH = {
    "day_mon_yy",
    "day_mon_apostrophe_yy",
    "mon_apostrophe_yy",
    "mon_yy_range",
    "day_month_year",
    "month_day_year",
    "year_month_day",
    "month_range",
    "month_year",
    "month_period_year",
    "mon_yy",
}
# the forms that hold no digit (an event named by its host, "the Eurovision final held in Turin"):
# the only ones tried on a text without one
_DIGITLESS = {"hosted_day"}
# the forms opening with an optional approximation word, and what the rest of each opens with
_STARTS = {
    "day_month_year": "digit",
    "month_range": "month",
    "month_year": "month",
    "season_year": "season",
    "year": "digit",
}


class FormSearch:
    def __init__(
        self,
        forms: list[tuple[str, Expression]],
        approx: list[str],
        months: list[str],
        seasons: list[str],
    ):
        self.forms = forms
        self.digitless = [(kind, form) for kind, form in forms if kind in _DIGITLESS]
        self.plain_texts = PlainTexts()
        mon = literal_alternation(months, longest_first=True)
        season = literal_alternation(seasons)
        edge = r"\b" if all(regex.match(r"\w", w) for w in months + seasons) else ""
        self.any_month = regex.compile(rf"{edge}(?:{mon})", regex.I) if months else None
        self.any_season = regex.compile(rf"{edge}(?:{season})", regex.I) if seasons else None
        self.apx_heads, self.month_heads, self.season_heads = (
            starts.heads(words) for words in (approx, months, seasons)
        )
        self.fast_starts = starts.usable(self.apx_heads + self.month_heads + self.season_heads)

    def matches(self, text: str) -> list[tuple[str, Iterable[regex.Match]]]:
        """(kind, matches) for every form that can match in `text`, in the grammar's order."""
        if not text:
            return []
        if not _DIGIT.search(text):
            return [
                (kind, form.engine(self.plain_texts.plain(text)).finditer(text))
                for kind, form in self.digitless
            ]
        skipped = self._cannot_match(text)
        at: dict[str, set[int]] | None = {} if self.fast_starts and text.isascii() else None
        found: list[tuple[str, Iterable[regex.Match]]] = []
        plain = self.plain_texts.plain(text)
        for kind, form in self.forms:
            if kind in skipped:
                continue
            rx = form.engine(plain)
            if at is not None and kind in _STARTS:
                if not at:
                    at.update(self._starts(text))
                found.append((kind, starts.matches_at(rx, text, at["apx"] | at[_STARTS[kind]])))
            else:
                found.append((kind, rx.finditer(text)))
        return found

    def _cannot_match(self, text: str) -> set[str]:
        """The forms needing a year, a month or a season word the text does not hold."""
        has_year = _YEAR.search(text) is not None
        has_month = self.any_month is None or self.any_month.search(text) is not None
        has_season = self.any_season is None or (has_year and self.any_season.search(text) is not None)
        skipped = set() if has_year else set(_NEEDS_YEAR)
        if not has_month:
            skipped |= _NEEDS_MONTH
        if not has_season:
            skipped.add("season_year")
        return skipped

    def _starts(self, text: str) -> dict[str, set[int]]:
        """Where an approximation word, a digit, a month or a season starts in the text."""
        lower = text.lower()
        return {
            "apx": starts.occurrences(lower, self.apx_heads),
            "digit": starts.digits(text),
            "month": starts.occurrences(lower, self.month_heads),
            "season": starts.occurrences(lower, self.season_heads),
        }
