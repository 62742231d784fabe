"""An entry's date printed as a label in front of it, a dash or a colon after it ("Between 3 and 9
May 2021 – Rosa stayed with her sister", "w/c 14 June 2021: referral made"), as bulleted
timelines print them. The label is read the way a table's date cell is (vocab.date_cells), so a
span of days or a record system's form is the entry's date, not the last day named in it."""

from __future__ import annotations

import regex

from dhrparse.document import Block
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import find_dates, opening_date

# the label: up to 40 characters with a digit among them, then a spaced dash or a colon
# (text stripped first: the label opens with a printed character, so no run of spaces is tried twice)
_LABEL = regex.compile(r"^(?P<label>\S[^–—:\n]{2,39}?)(?:\s[–—-]\s|:\s)")
_DIGIT = regex.compile(r"\d")


def leading_date(text: str, p: Patterns) -> DateValue | None:
    """The date of the label the entry opens with, when it is one the running-text grammar
    does not read whole (a plain date label is read as any entry's opening date is); else None."""
    m = _LABEL.match(text.lstrip())
    if m is None or not _DIGIT.search(m["label"]):
        return None
    label = m["label"].strip()
    found = find_dates(label, p)
    if found and found[0].start == 0 and found[-1].end >= len(label) - 1:
        return None
    return cell_date(label, p)


def date_labelled_entries(blocks: list[Block], p: Patterns) -> bool:
    """The section's entries open with their date as a label, a dash or colon after it (a
    bulleted timeline, its bullets kept or lost by the text export): at least three of them, and
    at least half of the paragraphs and bullets that open with a date."""
    labelled = dated = 0
    for b in blocks:
        if b.kind in ("bullet", "paragraph") and opens_dated(b.text, p):
            dated += 1
            labelled += _date_label(b.text) is not None
    return labelled >= 3 and 2 * labelled >= dated


def _date_label(text: str) -> str | None:
    m = _LABEL.match(text.lstrip(_GLYPHS))
    return m["label"] if m is not None and _DIGIT.search(m["label"]) else None


def opens_dated(text: str, p: Patterns) -> bool:
    """The entry opens with a date, its bullet glyphs aside."""
    return opens_dated_head(text.lstrip(_GLYPHS)[:60], p)


def opens_dated_head(head: str, p: Patterns) -> bool:
    """A date in the head's first few characters, or a date label the head opens with."""
    return opening_date(head, p, within=3) is not None or leading_date(head, p) is not None


def year_label(head: str, p: Patterns) -> bool:
    """The head opens with a short capitalised label naming a time of one year, the year last and
    a dash or colon after it ("Easter holidays 2021 – ...", "Autumn term 2020: ..."): a school
    term or a holiday dates its entry by the year alone, but opens it as a date does."""
    m = _LABEL.match(head.lstrip())
    if m is None or not m["label"][:1].isupper():
        return False
    label = m["label"].strip()
    found = find_dates(label, p)
    return (
        len(label.split()) <= YEAR_LABEL_WORDS
        and len(found) == 1
        and found[0].value.precision == "year"
        and found[0].end == len(label)
    )


YEAR_LABEL_WORDS = 4  # "Easter holidays 2021", "Summer term 2026", "Christmas holidays 2019"
_GLYPHS = " •·-–*\t"
