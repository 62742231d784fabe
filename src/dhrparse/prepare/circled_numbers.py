"""Circled numbers: a list numbered "①", "②" ... (or "❶", "➀") reads as "1.", "2." ...

Some reports number their recommendations with circled digits, each a hanging paragraph (the
digit, a tab, the sentence). Read as the plain number and a full stop they are the numbered
paragraphs every later step knows, their number the recommendation's ref. Only a digit opening
its line counts, alone or before a space: one inside a sentence is the sentence's own.
"""

from __future__ import annotations

import re

from dhrparse.patterns import Patterns


def circled_values(patterns: Patterns) -> dict[str, str]:
    """Each circled digit and the number it stands for (patterns/numbering.toml circled_numbers)."""

    def build(p: Patterns) -> dict[str, str]:
        return {
            ch: str(i) for series in p.list("numbering.circled_numbers") for i, ch in enumerate(series, 1)
        }

    return patterns.derived("circled_numbers.values", build)


def circled_opening(patterns: Patterns) -> re.Pattern:
    """A line opening on a circled digit, alone or before a space or tab."""

    def build(p: Patterns) -> re.Pattern:
        digits = "".join(circled_values(p))
        return re.compile(
            rf"^(?P<indent>\s*)(?P<digit>[{re.escape(digits)}])(?=\s|$)" if digits else r"(?!x)x"
        )

    return patterns.derived("circled_numbers.opening", build)


def plain_number(text: str, patterns: Patterns) -> str:
    """The line with an opening circled digit read as its number and a full stop."""
    m = circled_opening(patterns).match(text)
    if m is None:
        return text
    return f"{m.group('indent')}{circled_values(patterns)[m.group('digit')]}.{text[m.end() :]}"
