"""A section whose recommendations are announced by a lead-in ("The Panel makes the following
recommendations:") and listed under it. The numbered paragraphs of that section printed before
the lead-in are the conclusions leading up to the list (even one worded "should not have
happened"): said, not taken, and warned about, never dropped in silence."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

MIN_LISTED = 2  # a lead-in with one item under it announces too little to judge by


def before_lead_in(r: Reading, items: list[Item]) -> list[Item]:
    """`items` without the numbered paragraphs printed above their section's lead-in."""
    announced = _lead_ins(r)
    kept: list[Item] = []
    for it in items:
        lead_in = announced.get(_section_of(it))
        if lead_in is not None and _above(it, lead_in) and _listed_under(items, it, lead_in):
            r.ctx.warn(
                "not_a_recommendation",
                f"a numbered paragraph above the lead-in to the list, read as a conclusion: {it.text[:120]!r}",
                r.loc(it.blocks),
            )
            r.hold(it.blocks[0], "conclusion printed above the list's lead-in (warned as not a recommendation)")
            continue
        kept.append(it)
    return kept


def _lead_ins(r: Reading) -> dict[int | None, Block]:
    """The first announcing lead-in of each section."""
    patterns = r.ctx.patterns.derived(
        "recommendations.list_announcement", lambda p: p.regexes("recommendations.list_announcement")
    )
    out: dict[int | None, Block] = {}
    for b in r.blocks:
        if b.kind == "paragraph" and any(p.search(b.text.strip()) for p in patterns):
            out.setdefault(_section_start(b), b)
    return out


def _section_start(b: Block) -> int | None:
    return b.section.line_start if b.section is not None else None


def _section_of(it: Item) -> int | None:
    return _section_start(it.blocks[0]) if it.blocks else None


def _above(it: Item, lead_in: Block) -> bool:
    """A paragraph of the report's own numbering ("9.2"), printed before the lead-in."""
    b = it.blocks[0] if it.blocks else None
    return b is not None and b.kind == "paragraph" and bool(b.number) and b.line_end < lead_in.line_start


def _listed_under(items: list[Item], it: Item, lead_in: Block) -> bool:
    under = [x for x in items if x.blocks and x.blocks[0].line_start > lead_in.line_end]
    return len([x for x in under if _section_of(x) == _section_of(it)]) >= MIN_LISTED
