"""A lead cell cut where no name ends: the reader that joined a row's cells on one printed line
cut the lead from words of the next cell ("Wyndham Recovery End of" / "March 2025", "Adult Social
December" / "2025", "GP practice about" / "abuse"), or gave the lead the date's first word alone
("November") or the next row's ref ("1(ii)"). No body's or role's name ends on a sentence's word
("about", "by"), on a month's name or on the words a date opens with ("End of"), and none is a
month's name or a ref: such a cell is left unread, with a warning, rather than given as the row's
lead (a wrong lead is worse than none). A name's own small words ("of", "for") end a lead's first
printed line ("Named Nurse for") where a reader takes only the rows' first lines, and stay.

The vocabulary is `actions.lead.not_last`, `actions.lead.date_openers` and `dates.months`.
"""

from __future__ import annotations

import re

from dhrparse.patterns import Patterns

# a row's ref: "1(ii)", "2.1", "3a"
_REF = re.compile(r"[(\[]?\d+(?:[.\-]\d+)*[a-z]?[)\]]?(?:\((?:[ivx]+|[a-z])\))?\.?", re.I)


def _words(p: Patterns) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    last = frozenset(w.lower() for w in p.list("actions.lead.not_last"))
    months = frozenset(k.lower() for k in (p.get("dates.months") or {}))
    openers = tuple(" " + " ".join(w.lower().split()) for w in p.list("actions.lead.date_openers"))
    return last, months, openers


def cut_mid_name(lead: str | None, patterns: Patterns) -> bool:
    """Whether the lead cell's words end where no name ends (see the module's account)."""
    words = (lead or "").lower().split()
    if not words:
        return False
    if _REF.fullmatch(lead.strip()):
        return True  # (a row's ref is no name)
    not_last, months, openers = patterns.derived("actions.lead_cuts", _words)
    last = words[-1].strip(".,;:")
    return last in not_last or last in months or f" {' '.join(words)}".endswith(openers)
