"""Dating one chronology entry: its own leading date, else a relative expression counted from
the entry before (or from the death), else the first date it gives, else the date of the entry
before it. Dates in quoted speech do not count."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.extractors.chronology.lead_dates import leading_date, opens_dated_head
from dhrparse.extractors.chronology.life_days import is_count_cell
from dhrparse.extractors.chronology.vocabulary import CELL_TIME, QUOTED, YEAR_LINE, chronology_vocab
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import DateMatch, find_dates
from dhrparse.vocab.relative import apply as apply_relative
from dhrparse.vocab.relative_grammar import RelativeMatch, find_relative

_DOTTED_NUMBER = regex.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}")  # "14.2.11": a paragraph's number or a date
_OPENER_CHARS = 9  # the words a paragraph's date opens with after its number ("On", "Between")


def mask_quotes(text: str) -> str:
    """Quoted speech blanked out (same length), so its dates do not date the entry."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def before(a: str, b: str) -> bool:
    """ISO date `a` is earlier than `b`, compared at the coarser of their precisions."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


# a log printed newest first (a case-recording system's contact history) runs back in time at every
# step, where findings about the same events only jump about: backward order must be near strict
NEWEST_FIRST_SHARE = 0.9
NEWEST_FIRST_MIN_DATES = 4


def in_time_order(starts: list[str], share: float) -> bool:
    """ISO date starts run forward in time at this share of their steps, or, printed newest first,
    run back at nearly every step."""
    steps = len(starts) - 1
    if sum(1 for a, b in zip(starts, starts[1:]) if not before(b, a)) >= share * steps:
        return True
    back = sum(1 for a, b in zip(starts, starts[1:]) if not before(a, b))
    return len(starts) >= NEWEST_FIRST_MIN_DATES and back >= max(share, NEWEST_FIRST_SHARE) * steps


def _looks_back(m: DateMatch, anchor: DateValue | None) -> bool:
    """A date inside an entry that is earlier than the entry before it refers back."""
    return bool(anchor is not None and anchor.start and m.value.start and before(m.value.start, anchor.start))


def event_date(
    text: str,
    anchor: DateValue | None,
    death: DateValue | None,
    p: Patterns,
    lead: int = 70,
    opening: int = 30,
) -> DateValue | None:
    """The date of an entry: a date it opens with; else a relative expression it opens
    with; else its first date or relative expression (a date earlier than the entry
    before is a look back, not the entry's date); else the entry before's date."""
    masked = mask_quotes(text)
    label = leading_date(masked, p)
    if label is not None:
        return label
    closing = closing_date(masked, p)
    if closing is not None:
        return closing  # (the record's date cited at the paragraph's close: "(Police, 03.11.20).")
    absolute = _past_paragraph_number(masked, find_dates(masked, p))
    if (
        absolute
        and absolute[0].start <= lead
        and (absolute[0].start <= opening or not _looks_back(absolute[0], anchor))
    ):
        return absolute[0].value
    # (most entries open with their date: the relative expressions are sought only when it does not)
    relative = find_relative(masked, p)
    for rel in relative:
        if rel.start > lead:
            break
        value = apply_relative(rel, death if rel.to_death else anchor)
        if value is not None:
            return value
    found = _first_date_inside(absolute, relative, anchor, death)
    if found is not None:
        return found
    if anchor is not None and anchor.start:
        # no date of its own: the entry carries the date of the one before it
        return anchor.model_copy(update={"raw": "", "relative": True})
    return None


def _past_paragraph_number(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """A paragraph number three levels deep that reads as a day-first date ("14.2.11" as 11
    February 2014), its text opening with the paragraph's own date straight after ("14.2.11 On 5
    August 2019 ..."): the number is no date."""
    if (
        len(found) >= 2
        and found[0].start == 0
        and _DOTTED_NUMBER.fullmatch(text[: found[0].end])
        and found[1].start - found[0].end <= _OPENER_CHARS
    ):
        return found[1:]
    return found


def _first_date_inside(
    absolute: list[DateMatch],
    relative: list[RelativeMatch],
    anchor: DateValue | None,
    death: DateValue | None,
) -> DateValue | None:
    """The earliest placed of the entry's first forward-looking date and its first relative
    expression that resolves."""
    candidates: list[tuple[int, DateValue]] = []
    for m in absolute:
        if _looks_back(m, anchor):
            continue
        candidates.append((m.start, m.value))
        break
    for rel in relative:
        value = apply_relative(rel, death if rel.to_death else anchor)
        if value is not None:
            candidates.append((rel.start, value))
            break
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    return None


def ended(date: DateValue | None, end_cell: str, p: Patterns) -> DateValue | None:
    """The row's date run on to the last day its end column prints ("19/02/2022" to
    "08/03/2022"); as it was when that column holds no later date (an en dash: a single day)."""
    last = cell_date(end_cell, p) if date is not None and date.start and end_cell else None
    if last is None or not last.end or last.end <= (date.end or date.start):
        return date
    return date.model_copy(update={"end": last.end, "raw": f"{date.raw} – {last.raw}"})


def refined(text: str, date: DateValue, p: Patterns) -> DateValue:
    """The anchor for the next entry: the entry's date, or a day inside the entry that makes
    it more precise ("In July ... visited on 28 July"): "Three weeks later" counts from that day."""
    if not date.start or date.precision == "day":
        return date
    masked = mask_quotes(text)
    best = date
    values = [m.value for m in find_dates(masked, p)]
    values += [
        v
        for v in (
            apply_relative(r, date) for r in find_relative(masked, p) if r.day is not None and not r.to_death
        )
        if v is not None
    ]
    for v in values:
        if v.start and v.start.startswith(date.start) and len(v.start) > len(best.start):
            best = v.model_copy(update={"raw": date.raw})
    return best


def opens_with_date(text: str, p: Patterns) -> bool:
    """A date (outside quoted speech) in the entry's first few characters."""
    return opens_dated_head(mask_quotes(text), p)


def dated_near_start(text: str, p: Patterns, lead: int) -> bool:
    """A date or relative expression within the lead of the text, where an entry's own date stands."""
    masked = mask_quotes(text[: lead + 30])
    return any(d.start <= lead for d in find_dates(masked, p)) or any(
        r.start <= lead for r in find_relative(masked, p)
    )


def is_date_text(text: str, p: Patterns) -> bool:
    """The whole text is one date ("11/02/2019", "3 March 2020"), as a table's date cell is."""
    text = CELL_TIME.sub("", text.strip(" .:;,–-"))
    if not text or len(text) > 25 or YEAR_LINE.match(text):
        return False
    found = find_dates(text, p)
    if found and found[0].start == 0 and found[-1].end >= len(text) - 1:
        return True
    return _printed_by_a_system(text, p)


DATE_CELL_LINES = 3  # a date cell wraps over at most this many lines ("Late" / "December" / "2018")


def date_cell_length(texts: list[str], p: Patterns) -> int:
    """How many of the first lines make a date cell when joined (a date wrapped in a narrow
    column): the fewest that do, at most DATE_CELL_LINES; 0 when none do."""
    for n in range(1, min(DATE_CELL_LINES, len(texts)) + 1):
        if is_date_cell(" ".join(texts[:n]), p):
            return n
    return 0


def is_date_cell(text: str, p: Patterns) -> bool:
    """The whole text is a date (a table's date cell): "11/02/2019", "March to May 2020"."""
    t = CELL_TIME.sub("", " ".join(text.split()).strip(" .:;,–-"))
    if not t or len(t) > 40:
        return False
    found = find_dates(t, p)
    if found and found[0].start == 0 and found[-1].end >= len(t) - 1:
        return True
    if _printed_by_a_system(t, p) or chronology_vocab(p).placeholder_date_cell.match(t):
        return True  # (a record system's mark for an unrecorded date is still the row's date cell)
    if is_count_cell(t, p):
        return True  # (a child's age, "Day 4" / "Week 6": the row's date cell, life_days)
    # a numeric date the agency gave only its week or rough time of ("w/c 05/08/2019")
    qualified = chronology_vocab(p).date_qualifier.match(t)
    return qualified is not None and qualified.end() < len(t) and is_date_cell(t[qualified.end() :], p)


def _printed_by_a_system(text: str, p: Patterns) -> bool:
    """A date cell in a record system's form ("Mon 14/01/2019", "00/05/2019"), see date_cells."""
    return cell_date(text, p) is not None
