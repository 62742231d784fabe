"""The stretch of text a refused plan table holds, and the recommendations read out of it.

A plan table whose header breaks its narrow columns' names mid-word ("Recommendati" over "on"),
in text whose printed lines join the cells, is left as printed when no corpus-text reader can
cut its rows (plan.split_names, a `plan_cells_untold` warning at its header). Its rows, five
columns' words interleaved on every line ("Sorrelby Map current Head of Completed Victims
can"), still stand under a section heading the report's recommendation reader knows
("Overview recommendations"), and a row's recommendation cell holds an asking verb: that reader
made recommendations of them, their words out of order. Those are no recommendations: a wrong
record is worse than a missing one, and the header's warning already tells the user the table
was not read.

A table's stretch runs from its header to the next heading printed at its section heading's
level or above (a row's line taken for a heading is printed smaller, at the deepest level, or
numbered where the section's heading is not; a section over agency tables, each under an
agency's heading at the deepest level, ends at the next such heading). A recommendation in the stretch stated under its own label ("Recommendation
2: ...") is kept: a label is printed across the table, never inside a joined row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.ledger import location_of

if TYPE_CHECKING:
    import regex

    from dhrparse.document import SourceDocument
    from dhrparse.ledger import Ledger
    from dhrparse.models import Recommendation

JOINED_ROWS = "read from the joined lines of a plan table no reader could cut, not a recommendation"


def refused_extents(doc: SourceDocument, headers: list[int]) -> list[tuple[int, int]]:
    """(first, last) line of each refused table's stretch, from its header's line number."""
    headings = [b for b in doc.blocks if b.kind == "heading"]
    last_line = doc.lines[-1].number if doc.lines else 0
    out = []
    for header in headers:
        above = [b for b in headings if b.line_start < header]
        level = above[-1].level if above else 1
        numbered = above[-1].number is not None if above else False
        ends = (
            b.line_start - 1
            for b in headings
            # (a row's first line opening with its number, taken for a numbered heading under a
            # section heading printing none, is the table's)
            if b.line_start > header and b.level <= level and (numbered or b.number is None)
        )
        out.append((header, next(ends, last_line)))
    return out


def drop_joined(
    doc: SourceDocument,
    ctx: Ledger,
    recs: list[Recommendation],
    extents: list[tuple[int, int]],
    label: regex.Pattern,
) -> list[Recommendation]:
    """`recs` but those read inside a refused table's stretch and stated under no label, each
    told in a `not_a_recommendation` warning."""
    if not extents:
        return recs
    texts = {ln.number: ln.text for ln in doc.lines}
    return warn_inside(doc, ctx, recs, extents, lambda rec, at: label.match(texts.get(at, "")), JOINED_ROWS)


def warn_inside(doc: SourceDocument, ctx: Ledger, recs: list[Recommendation], extents, spared, why: str):
    """`recs` but those read inside one of `extents` (first, last] that `spared(rec, line)` does not
    keep, each told in a `not_a_recommendation` warning opening with `why`."""
    kept = []
    for rec in recs:
        at = rec.location.line_start if rec.location is not None else None
        inside = at is not None and any(first < at <= last for first, last in extents)
        if not inside or spared(rec, at):
            kept.append(rec)
            continue
        loc = location_of(
            doc, at, rec.location.line_end, section=rec.location.section, page=rec.location.page
        )
        ctx.warn("not_a_recommendation", f"{why}: {rec.text[:120]!r}", loc)
    return kept
