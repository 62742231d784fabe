"""A recommendations table whose second column gives the paragraph of the report each
recommendation's learning comes from: "No. | Para. | Recommendation | Organisation", its rows
"1 9.4 The Trust should ...". The paragraph's number is a cross-reference, no part of the
recommendation's words and no row number of its own.

In corpus text (each printed line's cells joined by single spaces, recommendations.joined_rows)
the header names the column (patterns' `recommendations.table.xref`) right after the number's,
and each row's first printed line prints the paragraph's number (`table.xref_cell`, "9.4")
straight after the row's: that word is left out of the row's line, so the table reads as "No. |
Recommendation | Organisation" does. A row whose second word is no paragraph's number keeps it.
"""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading

XREF = "xref"


def xref_role(r: Reading, name: str) -> str | None:
    """XREF where a header's name names the paragraph column, else None."""
    return XREF if r.ctx.patterns.joined("recommendations.table.xref").match(name) else None


def without_xref(parts: list[str], roles: list[str | None]) -> tuple[list[str], list, bool] | None:
    """The header's names and roles with the paragraph column left out, and whether it was
    there: only right after a leading number column; None where it stands anywhere else."""
    if XREF not in roles:
        return parts, roles, False
    at = roles.index(XREF)
    if at != 1 or roles[0] != "ref" or roles.count(XREF) > 1:
        return None
    return [parts[0], *parts[2:]], [roles[0], *roles[2:]], True


def row_words(r: Reading, words: list[str], ref: re.Pattern) -> list[str]:
    """A printed line's words, the paragraph's number after a row's number left out."""
    if len(words) > 2 and ref.match(words[0]) and _cell(r).match(words[1]):
        return [words[0], *words[2:]]
    return words


def _cell(r: Reading) -> re.Pattern:
    return r.ctx.patterns.joined("recommendations.table.xref_cell")
