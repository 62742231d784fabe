"""A numbered stem completed by its decimal children.

"1 The Board should strengthen how it follows up actions so that:" then "1.1 each agency
reports back ...;" and "1.2 an open action is escalated ...": the stem asks nothing by itself
(its sentence stops on a colon) and the report numbers each completion under it, as the action
plan keys its rows ("1.1", "1.2"). Each child is then a recommendation of its own, the stem
naming its body, the same reading a labelled recommendation's numbered sub-items get
(bodies._numbered_items)."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.vocab import refs

MIN_CHILDREN = 2  # one child under a stem is a continuation, not a list


def stem_children(r: Reading, i: int, regions, mk) -> tuple[list[Item], int] | None:
    """(one item per decimal child, the block after them) when block i is a numbered stem
    ending on a colon with children numbered under it ("1" over "1.1", "1.2"); else None."""
    stem = r.blocks[i]
    if (
        stem.kind != "paragraph"
        or not stem.number
        or "." in stem.number
        or not stem.text.rstrip().endswith(":")
    ):
        return None
    children = _children(r, i, regions)
    if len(children) < MIN_CHILDREN:
        return None
    r.hold(stem, "lead-in of numbered sub-recommendations")
    lead = r.clean(stem.text)
    items = []
    for child in children:
        ref = refs.display_ref(child.number)
        items.append(mk([child], [r.clean(child.text)], ref=ref))
        items[-1].actor_text = lead  # the stem names the body every child is made to
        if items[-1].level == "agency" and not items[-1].agency:
            items[-1].agency = r.actors.find(lead)  # (an agency's list has no later resolution)
    return items, i + 1 + len(children)


def _children(r: Reading, i: int, regions) -> list[Block]:
    """The paragraphs numbered "N.1", "N.2", ... in sequence straight after stem N."""
    number = r.blocks[i].number
    out: list[Block] = []
    k = i + 1
    while k < len(r.blocks) and regions[k][1] == regions[i][1]:
        b = r.blocks[k]
        if b.kind != "paragraph" or b.number != f"{number}.{len(out) + 1}":
            break
        out.append(b)
        k += 1
    return out


def fold_stem_rows(r: Reading, items: list[Item]) -> list[Item]:
    """The same stem in a table's rows ("1" | "... so that:", then "1.1" | ..., "1.2" | ...):
    the stem row gives way to its children, naming their body."""
    out: list[Item] = []
    for k, it in enumerate(items):
        ref = it.ref or ""
        kids = _child_items(items, k)
        if "." in ref or not ref or not it.text.rstrip().endswith(":") or len(kids) < MIN_CHILDREN:
            out.append(it)
            continue
        for b in it.blocks:
            r.hold(b, "lead-in of numbered sub-recommendations")
        for kid in kids:
            kid.actor_text = it.text
    return out


def _child_items(items: list[Item], k: int) -> list[Item]:
    """The items straight after items[k] referenced "N.1", "N.2", ... under its ref N."""
    out: list[Item] = []
    for it in items[k + 1 :]:
        if it.ref != f"{items[k].ref}.{len(out) + 1}":
            break
        out.append(it)
    return out
