"""A lead cell cut where no name ends: the reader that joined a row's cells on one printed line
cut the lead from words of the next cell ("Wyndham Recovery End of" / "March 2025", "Adult Social
December" / "2025", "GP practice about" / "abuse"), or gave the lead the date's first word alone
("November") or the next row's ref ("1(ii)"). No body's or role's name ends on a joining word
("of", "for", "about"), on a comma or on a month's name, and none is a month's name or a ref:
such a cell is left unread, with a warning, rather than given as the row's lead (a wrong lead is
worse than none).

The vocabulary is `actions.lead.joining`, `actions.lead.not_last` and `dates.months`.
"""

from __future__ import annotations

import re

from dhrparse.patterns import Patterns

# a row's ref: "1(ii)", "2.1", "3a"
_REF = re.compile(r"[(\[]?\d+(?:[.\-]\d+)*[a-z]?[)\]]?(?:\((?:[ivx]+|[a-z])\))?\.?", re.I)


def _endings(p: Patterns) -> tuple[frozenset[str], frozenset[str]]:
    words = frozenset(w.lower() for w in [*p.list("actions.lead.joining"), *p.list("actions.lead.not_last")])
    return words, frozenset(k.lower() for k in (p.get("dates.months") or {}))


def cut_mid_name(lead: str | None, patterns: Patterns) -> bool:
    """Whether the lead cell's words end where no name ends (see the module's account)."""
    words = (lead or "").split()
    if not words:
        return False
    if lead.rstrip().endswith(",") or _REF.fullmatch(lead.strip()):
        return True  # (a comma ends no name; a row's ref is none)
    joining, months = patterns.derived("actions.lead_cuts", _endings)
    last = words[-1].lower().strip(".;:")
    return last in joining or last in months
