"""A key event dated at its close: some overview reports end each key-event paragraph by citing
the record it comes from and that record's date in brackets ("... graded standard (Police,
03.11.20)."). The bracket's date is the entry's own date when it names a day and the source
before it is a short name; an author-year citation ("(Home Office, 2016)") names a year only and
dates nothing."""

from __future__ import annotations

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

# the paragraph's last bracket: a source without digits, a comma, a short date; then the full stop
_CLOSING = regex.compile(r"\(\s*([^()\d]{2,60}?),\s*([^()]{6,24}?)\s*\)[\s.;]*$")
_TAIL = 120  # the paragraph's last characters, where the bracket stands
_SOURCE_WORDS = 5  # "GP", "Police and MARAC", "Adult Social Care": a record's source is this short


def closing_date(text: str, p: Patterns) -> DateValue | None:
    """The day the paragraph's closing source-and-date bracket gives, or None."""
    m = _CLOSING.search(text[-_TAIL:].rstrip())
    if m is None or not _source_like(m.group(1)):
        return None
    raw = m.group(2)
    found = find_dates(raw, p)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(raw):
        return None
    value = found[0].value
    return value if value.precision == "day" else None


def _source_like(source: str) -> bool:
    """A short capitalised name: the agency or record the event was read from."""
    words = source.split()
    return 0 < len(words) <= _SOURCE_WORDS and words[0][:1].isupper()
