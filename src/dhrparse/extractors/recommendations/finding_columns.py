"""A recommendations table with the panel's finding in a column before each recommendation and
whom it is made to after it, "Finding | Recommendation | Agency", in text whose printed lines
join the three cells ("Routine enquiry about abuse was R1 Ollerby Primary Care Network should
remind Ollerby Primary Care"). No reader cuts three text columns joined on a line, and the
rows, each asking someone to act, read as recommendations of their own with the finding's and
the agency's words among theirs. Those are no recommendations: a wrong record is worse than a
missing one. Every recommendation read under such a header, to the next heading at its section's
level, that carries no ref of its own is left out with a `not_a_recommendation` warning; one
whose label gave it a ref was read from a line printed across the table and is kept.

A header may name a number column first ("No. | What we learned | Recommendation | For", a
learning review's "Learning into action"): each row then opens on its number ("1 Daniel's weight
loss ... The ICB should ask ..."), so a recommendation whose first line opens with its own ref
bare is such a row, its ref the row's, and is left out too.

Only a header printed on one line of running text is read so (a PDF's or Word's table, or a
layout export's columns set apart by spaces, reach the table readers as cells).
"""

from __future__ import annotations

import re

from dhrparse.document import SourceDocument
from dhrparse.ledger import Ledger
from dhrparse.models import Recommendation
from dhrparse.patterns import Patterns
from dhrparse.plan.refused_extents import refused_extents, warn_inside

JOINED = "read from the joined lines of a Finding | Recommendation | Agency table, not a recommendation"
MAX_HEADER_WORDS = 8


def finding_headers(doc: SourceDocument, p: Patterns, numbered: bool = False) -> list[int]:
    """The line numbers of such headers; with `numbered`, of those naming a number column first."""
    if doc.format != "text":
        return []
    finding = p.joined("recommendations.table.finding")
    recommendation = p.joined("recommendations.table.recommendation")
    who = [p.joined("recommendations.table.agency"), p.joined("recommendations.table.addressee")]
    out = []
    for ln in doc.lines:
        words = ln.text.split()
        if not 3 <= len(words) <= MAX_HEADER_WORDS or "  " in ln.text.strip() or "\t" in ln.text:
            continue
        if numbered:
            words = _after_number_column(words, p)
            if len(words) < 3:
                continue
        # (a finding's name of up to three words: "Findings", "Key finding", "What we learned")
        if not any(finding.match(" ".join(words[:a])) for a in range(1, 4)):
            continue
        if _names(words, finding, recommendation, who):
            out.append(ln.number)
    return out


def _after_number_column(words: list[str], p: Patterns) -> list[str]:
    """The header's words after its number column's name ("No.", "Ref"), or [] where it opens
    with none."""
    named = p.joined("recommendations.table.ref").match(words[0])
    return words[1:] if named and named.group(0).strip() else []


def _names(words: list[str], finding, recommendation, who) -> bool:
    """The words cut into a finding's name, the recommendation's and a who column's, in order."""
    n = len(words)
    for a in range(1, n - 1):
        if not finding.match(" ".join(words[:a])):
            continue
        for b in range(a + 1, n):
            if recommendation.match(" ".join(words[a:b])) and any(
                rx.match(" ".join(words[b:])) for rx in who
            ):
                return True
    return False


def drop_finding_rows(doc: SourceDocument, ctx: Ledger, recs: list[Recommendation]) -> list[Recommendation]:
    """`recs` but the unnumbered ones read under such a header (see the module's note)."""
    headers = finding_headers(doc, ctx.patterns)
    if headers:
        recs = warn_inside(doc, ctx, recs, refused_extents(doc, headers), _numbered, JOINED)
    numbered = finding_headers(doc, ctx.patterns, numbered=True)
    if numbered:
        printed = {ln.number: ln.text for ln in doc.lines}

        def labelled(rec: Recommendation, line: int) -> bool:
            return _labelled(rec, printed.get(line, ""))

        recs = warn_inside(doc, ctx, recs, refused_extents(doc, numbered), labelled, JOINED)
    return recs


def _numbered(rec: Recommendation, line: int) -> bool:
    """A numbered recommendation is one the report states, not a row of the joined table."""
    return bool(rec.ref)


def _labelled(rec: Recommendation, first: str) -> bool:
    """Under a header naming a number column, a recommendation the report states under a label
    of its own, not a row opening on its number bare ("1 Daniel's weight loss ...")."""
    return bool(rec.ref) and not re.match(rf"\s*\(?{re.escape(rec.ref)}[.)]?\s", first)
