"""A label's body as one recommendation, or as its sub-items: numbered ("1.1", "1.2"),
lettered or roman ("(a)", "iv."), or several paragraphs each a recommendation of its own
("1(i)", "1(ii)"). A lead-in ("The Trust should:") names the actor of the items under it."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.recommendations.closing import without_closing_remark
from dhrparse.extractors.recommendations.item import Item, Unit
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.sub_refs import addressed_only, answered_apart
from dhrparse.sentence_ends import CLOSED_LINE_END as _TERMINAL
from dhrparse.vocab import refs

_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _roman(n: int) -> str:
    return _ROMANS[n] if n < len(_ROMANS) else str(n + 1)


def split_body(r: Reading, unit: Unit) -> list[Item]:
    unit.body = without_closing_remark(r, unit.body)
    numbered = _numbered_items(r, unit)
    if numbered is not None:
        return numbered
    lettered = _lettered_items(r, unit)
    if lettered is not None:
        return lettered
    return _plain_items(r, unit)


def _numbered_items(r: Reading, unit: Unit) -> list[Item] | None:
    """Numbered sub-items "1.1", "1.2" (or "7.5.1" under the body's own "7.5"): each its own
    recommendation; continuations stay with their item, a lead-in names their actor."""
    subs = [b for b in unit.body if b.kind == "paragraph" and b.number and _numbered_sub(b.number, unit)]
    if not subs:
        return None
    items: list[Item] = []
    cur = None
    pre: list[str] = [unit.lead] if unit.lead else []
    held: list[Block] = []
    for b in unit.body:
        if b in subs:
            ref = _sub_item_ref(b.number, unit)
            cur = unit.item([b], [r.clean(b.text)], ref, refs.parent_of(ref) or unit.ref, " ".join(pre))
            for h in held:
                r.hold(h, "lead-in of numbered sub-recommendations")
            held = []
            items.append(cur)
        elif cur is not None:
            r.append_block(cur, b)
        else:
            pre.append(r.render(b))
            held.append(b)
    return items


def _lettered_items(r: Reading, unit: Unit) -> list[Item] | None:
    """Lettered or roman sub-parts "(i)", "b)", "iv.": their own recommendations unless they
    complete a lead-in sentence ("The Board should: (a) ...; (b) ...")."""
    parts = [
        (b, r.vocab.sub_part_match(b.text if b.kind != "bullet" else f"{b.marker or ''} {b.text}"))
        for b in unit.body
    ]
    if sum(1 for _, pm in parts if pm) < 2:
        return None
    first = next(k for k, (_, pm) in enumerate(parts) if pm)
    pre_blocks = [b for b, _ in parts[:first]]
    lead_text = " ".join(([unit.lead] if unit.lead else []) + [r.clean(b.text) for b in pre_blocks])
    completes = (
        lead_text.rstrip().endswith(":")
        and not all(r.standalone(pm[1]) for _, pm in parts if pm)
        and not addressed_only(r.vocab, r.actors, lead_text)
    )
    sub = [refs.sub_ref(unit.ref, pm[0]) for _, pm in parts if pm]
    if completes and not answered_apart(r.sub_refs(), sub):
        return None
    for h in pre_blocks:
        r.hold(h, "lead-in of lettered sub-recommendations")
    items, cur = [], None
    for b, pm in parts[first:]:
        if pm:
            cur = unit.item([b], [r.clean(pm[1])], refs.sub_ref(unit.ref, pm[0]), unit.ref, lead_text)
            items.append(cur)
        elif cur is not None:
            r.append_block(cur, b)
    return items


def _plain_items(r: Reading, unit: Unit) -> list[Item]:
    """Several paragraphs each a recommendation of its own (sub-parts N(i), N(ii)), or the
    whole body as one recommendation, its bullets kept as lines."""
    ref = unit.ref
    blocks = _join_continuations(unit.body)
    plain = [b for b in blocks if b.kind == "paragraph"]
    if (
        not unit.lead
        and len(plain) >= 2
        and len(plain) == len(blocks)
        and all(r.standalone(b.text) for b in plain)
    ):
        return [
            unit.item([b], [r.clean(b.text)], f"{ref}({_roman(k)})" if ref else None, ref)
            for k, b in enumerate(blocks)
        ]
    lines = [unit.lead] if unit.lead else []
    bullets = sum(1 for b in blocks if b.kind == "bullet")
    for b in blocks:
        lines.append(r.render(b, marker=bullets > 1 or bool(unit.lead) or len(blocks) > 1))
    if not any(ln.strip() for ln in lines):
        return []
    return [unit.item([unit.label] + blocks, lines, ref)]


def _numbered_sub(number: str, unit: Unit) -> bool:
    if unit.carrier:
        return number.startswith(unit.carrier + ".")
    return sub_number(number, unit.ref)


def sub_number(number: str, ref: str | None) -> bool:
    """Is a paragraph number ("3.2") a sub-item of recommendation `ref` ("3")?"""
    parts = number.split(".")
    if len(parts) < 2:
        return False
    return ref is None or parts[0] == ref.split("(")[0].split(".")[0]


def _sub_item_ref(number: str, unit: Unit) -> str | None:
    if unit.carrier and unit.ref:
        return refs.sub_ref(unit.ref, number[len(unit.carrier) + 1 :])
    return refs.display_ref(number)


def _join_continuations(body: list[Block]) -> list[Block]:
    """A paragraph broken by a page break or footnote (no sentence end) is rejoined."""
    out: list[Block] = []
    for b in body:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "paragraph"
            and b.kind == "paragraph"
            and not b.number
            and not _TERMINAL.search(prev.text)
        ):
            out[-1] = Block(
                kind="paragraph",
                text=f"{prev.text} {b.text}",
                line_start=prev.line_start,
                line_end=b.line_end,
                page=prev.page,
                number=prev.number,
                lines=[*prev.lines, *b.lines],
                section=prev.section,
            )
        else:
            out.append(b)
    return out
