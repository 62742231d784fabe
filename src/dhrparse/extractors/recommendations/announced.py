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
    announced = _lead_ins(r, {_section_of(it) for it in items if _numbered(it)})
    kept: list[Item] = []
    for it in items:
        lead_in = announced.get(_section_of(it))
        if lead_in is not None and _above(it, lead_in) and _listed_under(items, it, lead_in):
            r.ctx.warn(
                "not_a_recommendation",
                f"a numbered paragraph above the lead-in to the list, read as a conclusion: {it.text[:120]!r}",
                r.loc(it.blocks),
            )
            r.hold(
                it.blocks[0], "conclusion printed above the list's lead-in (warned as not a recommendation)"
            )
            continue
        kept.append(it)
    return kept


def _lead_ins(r: Reading, sections: set[int | None]) -> dict[int | None, Block]:
    """The first announcing lead-in of each of these sections (only a section holding a
    numbered paragraph read as a recommendation is asked about: most of a report is not)."""
    patterns = r.ctx.patterns
    out: dict[int | None, Block] = {}
    if not sections:
        return out
    for b in r.blocks:
        if (
            b.kind == "paragraph"
            and _section_start(b) in sections
            and patterns.any_match("recommendations.list_announcement", b.text.strip())
        ):
            out.setdefault(_section_start(b), b)
    return out


def _section_start(b: Block) -> int | None:
    return b.section.line_start if b.section is not None else None


def _section_of(it: Item) -> int | None:
    return _section_start(it.blocks[0]) if it.blocks else None


def _numbered(it: Item) -> bool:
    """An item opening with a paragraph of the report's own numbering ("9.2")."""
    b = it.blocks[0] if it.blocks else None
    return b is not None and b.kind == "paragraph" and bool(b.number)


def _above(it: Item, lead_in: Block) -> bool:
    """A paragraph of the report's own numbering ("9.2"), printed before the lead-in."""
    return _numbered(it) and it.blocks[0].line_end < lead_in.line_start


def _listed_under(items: list[Item], it: Item, lead_in: Block) -> bool:
    under = [x for x in items if x.blocks and x.blocks[0].line_start > lead_in.line_end]
    return len([x for x in under if _section_of(x) == _section_of(it)]) >= MIN_LISTED


def single_agency_lists(r: Reading, items: list[Item]) -> None:
    """Items listed under a body's name set as a heading, after a lead-in announcing the
    agencies' own recommendations ("... also made single agency recommendations, which the
    panel supports:"): each is that agency's recommendation."""
    for it in items:
        heading, lead_in = _heading_and_lead_in(r, it)
        if heading is None or lead_in is None:
            continue
        if r.actors.is_body(heading) and any(p.search(lead_in) for p in r.vocab.agency_section):
            it.level, it.agency = "agency", heading


def _heading_and_lead_in(r: Reading, it: Item) -> tuple[str | None, str | None]:
    """The heading over a listed item (across the items before it) and the paragraph ending in
    a colon over the run of such headed lists."""
    if it.level != "overview" or it.agency or not it.blocks or it.blocks[0].kind != "bullet":
        return None, None
    k = r.position(it.blocks[0]) - 1
    while k >= 0 and r.blocks[k].kind == "bullet":
        k -= 1
    if k < 0 or r.blocks[k].kind != "heading":
        return None, None
    heading = r.clean(r.blocks[k].text)
    while k >= 0 and r.blocks[k].kind in ("heading", "bullet"):
        k -= 1
    text = r.blocks[k].text.strip() if k >= 0 and r.blocks[k].kind == "paragraph" else ""
    return heading, text if text.endswith(":") else None
