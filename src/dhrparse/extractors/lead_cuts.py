"""A lead cell cut where no name ends: the reader that joined a row's cells on one printed line
gave the lead the first words of the target date's cell ("Wyndham Recovery Team March" / "2025",
"Tollerby ICB End of" / "June 2025"), or the date's first word alone ("November"), or the next
row's ref ("1(ii)"). No body's or role's name ends on a month's name or on the words a date opens
with, and none is a month's name or a ref: those words are the date's, taken off the lead with a
warning, and a lead that is nothing else is left unread (a wrong lead is worse than none).

A lead cell that is a sentence is no name either: a row's dated update printed under its lead
("Lead Update, November 2025: One briefing held; the second is booked.") read onto the lead cell
holds a date and a clause's end (a colon, a semicolon, a full stop before more words), and no
body's or role's name holds both; such a lead is left unread.

The vocabulary is `actions.lead.date_openers`, `actions.lead.ref_cell`, `dates.months` and the
date grammar (`dates`).
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_CLAUSE_END = regex.compile(r"[:;]\s*\S|\.\s+\S")  # a clause ended, more words after it


def _words(p: Patterns) -> tuple[frozenset[str], list[list[str]]]:
    months = frozenset(k.lower() for k in (p.get("dates.months") or {}))
    openers = sorted((w.lower().split() for w in p.list("actions.lead.date_openers")), key=len, reverse=True)
    return months, openers


def is_sentence(lead: str, patterns: Patterns) -> bool:
    """The cell reads as a sentence, no name: it holds a date and a clause's end (see the module's
    account)."""
    return bool(_CLAUSE_END.search(lead)) and bool(find_dates(lead, patterns))


def without_date_words(lead: str | None, patterns: Patterns) -> str | None:
    """The lead without the date's words read onto its end (see the module's account); None
    where nothing else is left, or the lead reads as a ref or as a sentence; the lead itself
    otherwise."""
    if not lead or not lead.strip():
        return lead
    if is_sentence(lead, patterns):
        return None
    if patterns.joined("actions.lead.ref_cell").fullmatch(lead.strip()):
        return None  # (a row's ref is no name)
    months, openers = patterns.derived("actions.lead_cuts", _words)
    words = lead.split()
    while words:
        low = [w.lower().strip(".,;:") for w in words]
        if low[-1] in months:
            words.pop()
            continue
        opener = next((o for o in openers if low[-len(o) :] == o), None)
        if opener is None:
            break
        del words[-len(opener) :]
    return " ".join(words) or None
