"""An entry's date given at the end of the clause its first sentence opens with: "At the MARAC
meeting later that month, ...", "During a home visit on 4 May, ...", "When the health visitor
rang two days later, ...". Told year by year, a chronology's paragraph opens so as often as with
the date itself; where a text export ran the paragraph into the one before, such a line after a
sentence's end starts the next entry (furniture). The clause is short, opens with a preposition
or "when" (patterns/chronology.toml [entries] clause_opener), and its date or relative date runs
to the comma that closes it: a clause with no date there ("At the meeting itself, ...") tells no
new event."""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative


def dated_clause(text: str, p: Patterns) -> bool:
    """The line opens with a short clause ending in a date or a relative date, then a comma."""
    limit = int(p.get("chronology.entries.clause_chars", 60))
    comma = text.find(",", 0, limit)
    if comma < 0:
        return False
    clause = text[:comma].rstrip()
    if not p.any_match("chronology.entries.clause_opener", clause):
        return False
    ends = [d.end for d in find_dates(clause, p)] + [r.end for r in find_relative(clause, p)]
    return any(end >= len(clause) - 1 for end in ends)
