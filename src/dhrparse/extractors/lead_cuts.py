"""A lead cell cut where no name ends: the reader that joined a row's cells on one printed line
gave the lead the first words of the target date's cell ("Wyndham Recovery Team March" / "2025",
"Tollerby ICB End of" / "June 2025"), or the date's first word alone ("November"), or the next
row's ref ("1(ii)"). No body's or role's name ends on a month's name or on the words a date opens
with, and none is a month's name or a ref: those words are the date's, taken off the lead with a
warning, and a lead that is nothing else is left unread (a wrong lead is worse than none).

The vocabulary is `actions.lead.date_openers`, `actions.lead.ref_cell` and `dates.months`.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns


def _words(p: Patterns) -> tuple[frozenset[str], list[list[str]]]:
    months = frozenset(k.lower() for k in (p.get("dates.months") or {}))
    openers = sorted((w.lower().split() for w in p.list("actions.lead.date_openers")), key=len, reverse=True)
    return months, openers


def without_date_words(lead: str | None, patterns: Patterns) -> str | None:
    """The lead without the date's words read onto its end (see the module's account); None
    where nothing else is left, or the lead reads as a ref; the lead itself otherwise."""
    if not lead or not lead.strip():
        return lead
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
