"""Recommendations printed as a list with no labels: a recommendations section's numbered
paragraphs or bullets, a lead-in and the list it introduces ("The panel recommends that:"),
a summary's list ("The review makes four recommendations:"), and an agency's own list in
the narrative ("the Trust made the following recommendations for itself:")."""

from __future__ import annotations

import re
from functools import partial

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.lead_in import addressee
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.roman_parts import roman_parts
from dhrparse.extractors.recommendations.stems import stem_children
from dhrparse.extractors.recommendations.sub_refs import (
    addressed_only,
    answered_apart,
    opening_sub_number,
    parent_addressee,
)
from dhrparse.extractors.recommendations.theme_heads import themed_ref
from dhrparse.sentence_ends import sentence_break
from dhrparse.vocab import refs

# a bracketed list label opening a paragraph's text, before a capital: "(ii) The Board should ...",
# or a lettered sub-recommendation's number ("1a As part of this, the Police should ...")
_OPENING_MARK = re.compile(r"^\((?P<part>[ivx]{1,5}|[a-z])\)\s+(?=[A-Z])")


def _overview_item(source: int, addressee: str | None, blocks, lines, ref=None) -> Item:
    return Item(
        blocks=blocks,
        lines=lines,
        ref=ref,
        parent_ref=ref.split(".")[0] if ref and "." in ref else None,
        level="overview",
        source=source,
        actor_text=addressee,
    )


def overview_list(r: Reading, i: int, regions) -> tuple[list[Item], int]:
    """A recommendations section with no labels: each numbered paragraph or top-level
    bullet that recommends is one recommendation (sub-bullets stay inside)."""
    b = r.blocks[i]
    mk = partial(_overview_item, regions[i][1], regions[i][2])
    text = b.text.strip()
    intro = b.kind == "heading" and b.level >= 4 and text.endswith(":")  # "The panel recommends that:"
    if (
        (b.kind == "heading" and not intro)
        or any(p.search(text) for p in r.vocab.not_rec)
        or r.vocab.is_stop(text)
    ):
        return [], i + 1
    stemmed = stem_children(r, i, regions, mk)  # "1 ... so that:" over "1.1", "1.2"
    if stemmed is not None:
        return stemmed
    following = _following(r, i, regions, intro)
    if following and text.endswith(":"):
        return _lead_in_list(r, i, following, mk)
    return _recommending(r, i, mk)


def _following(r: Reading, i: int, regions, intro: bool) -> list[Block]:
    """The bullets a paragraph or lead-in introduces."""
    b = r.blocks[i]
    following = r.following_bullets(i, regions) if b.kind == "paragraph" or intro else []
    if b.kind == "bullet" and refs.marker_ref(b.marker) and b.text.strip().endswith(":"):
        # "c) The Trust should:" and the plain bullets under it (their indent may be lost)
        following = r.following_bullets(i, regions)
        following = following[
            : next((k for k, x in enumerate(following) if refs.marker_ref(x.marker)), len(following))
        ]
    return following


def _lead_in_list(r: Reading, i: int, following: list[Block], mk) -> tuple[list[Item], int]:
    b = r.blocks[i]
    text = b.text.strip()
    end = i + 1 + len(following)
    if re.search(r"\brecommend", text, re.I):
        body = addressee(text, following, r.actors, r.ctx.patterns)  # "... recommends that the Board:"
        if not re.search(r"\brecommends?\s+that\s*:?\s*$", text, re.I) and not body:
            return [], i + 1  # "The review makes the following recommendations:"
        # "The panel recommends that:" then one recommendation per bullet, whatever its verb
        r.hold(b, "introduction to a list of recommendations")
        items: list[Item] = []
        for x in following:
            if x.level > 0 and items:
                r.append_block(items[-1], x)
            else:
                items.append(mk([x], [r.clean(x.text)], ref=r.list_ref(x)))
                items[-1].agency = body  # "a) seeks assurance ..." is the named body's
        return items, end
    apart = _items_answered_apart(r, b, following, mk)
    if apart:
        return apart, end
    # "The Trust should:" and its bullets: one recommendation
    lines = [r.clean(text)] + [r.render(x) for x in following]
    return [mk([b] + following, lines, ref=r.list_ref(b))], end


def _items_answered_apart(r: Reading, lead: Block, following: list[Block], mk) -> list[Item]:
    """ "2. The Trust should:" over lettered items that the plan answers one by one ("2(a)",
    "2(b)" as its rows' refs), or under a lead-in naming only who must act: each item is a
    recommendation of its own, the lead-in's body its addressee (sub_refs). Sub-bullets of
    an item stay inside it."""
    parent = r.list_ref(lead)
    top = [x for x in following if x.level == following[0].level]
    sub = [refs.sub_ref(parent, refs.marker_ref(x.marker) or "") for x in top]
    lettered = len(top) >= 2 and all(refs.marker_ref(x.marker) for x in top)
    if not parent or not (
        answered_apart(r.sub_refs(), sub) or lettered and addressed_only(r.vocab, r.actors, lead.text)
    ):
        return []
    r.hold(lead, "lead-in of lettered sub-recommendations")
    items: list[Item] = []
    for x in following:
        if x.level > top[0].level and items:
            r.append_block(items[-1], x)
            continue
        items.append(mk([x], [r.clean(x.text)], ref=refs.sub_ref(parent, refs.marker_ref(x.marker) or "")))
        items[-1].actor_text = r.clean(lead.text)
    return items


def _recommending(r: Reading, i: int, mk) -> tuple[list[Item], int]:
    """A top-level paragraph or bullet that recommends, with the sub-bullets under it."""
    b = r.blocks[i]
    text = b.text.strip()
    listed = (b.kind == "paragraph" and b.number and "." not in b.number) or (
        b.kind == "bullet" and refs.marker_ref(b.marker)
    )
    # an imperative opening or "to <verb>" asks for action only in a listed item: a loose
    # paragraph needs wording that asks ("should", "recommends that"), since action-plan cells
    # and chronology entries printed as text open the same way ("Action to take", "Map ...")
    cue = r.vocab.recommending if (listed or b.kind == "bullet") else r.vocab.asking
    # (a loose paragraph's words, not the header of a plan printed against it: "The review recommends")
    asked = text if (listed or b.kind == "bullet") else r.before_plan(b)
    if not (
        b.kind in ("paragraph", "bullet")
        and b.level == 0
        and (cue.search(asked) or (listed and (r.standalone(text) or _opens_on_heading_body(r, i))))
    ):
        return [], i + 1
    # (a listed item naming its actor needs no cue word: "3. The Trust reviews ...")
    blocks, lines = [b], [r.clean(text)]
    ref = r.list_ref(b)
    sub = opening_sub_number(r.blocks, i, text) if ref is None and b.kind == "paragraph" else None
    if sub is not None:  # "2a The Trust should ..." under recommendation 2, whose body "the Trust" is
        ref, lines = sub[0], [r.clean(sub[1])]
        mk = partial(
            _overview_item, mk.args[0], parent_addressee(r.names, r.actors, sub[1], sub[2]) or mk.args[1]
        )
    mark = _OPENING_MARK.match(text) if ref is None and b.kind == "paragraph" else None
    if mark is not None:
        # a list item's label the export ran into its text ("(ii) Cwm Tawel Council should ...")
        ref, lines = mark["part"].lower(), [r.clean(text[mark.end() :])]
    k = i + 1
    while k < len(r.blocks) and r.blocks[k].kind == "bullet" and r.blocks[k].level > b.level:
        blocks.append(r.blocks[k])
        lines.append(r.render(r.blocks[k]))
        k += 1
    for part in r.blocks[k : roman_parts(r.blocks, i, k)]:  # ("B." over "(i)", "(ii)" at its indent)
        blocks.append(part)
        lines.append(r.render(part))
        k += 1
    lines[0], outcome = _outcome_within(r, lines[0])
    item = mk(blocks, lines, ref=themed_ref(r, i, ref))
    item.parent_ref = item.parent_ref or refs.parent_of(item.ref)
    item.outcome = outcome
    return [item], _outcome_after(r, k, item)


# the outcome line an export ran into a listed recommendation starts after its full stop, or
# after the ";" a list item closes with
_SENTENCE_BREAK = sentence_break(".;")


def _outcome_within(r: Reading, text: str) -> tuple[str, str | None]:
    """(the recommendation, its outcome) of a paragraph the export ran its outcome line into
    (no blank line, the sentence before it wrapped at full width)."""
    for m in _SENTENCE_BREAK.finditer(text):
        om = r.vocab.outcome.match(text[m.end() :])
        if om is not None and om.group("rest").strip():
            return text[: m.start()], r.clean(om.group("rest"))
    return text, None


def _outcome_after(r: Reading, k: int, item: Item) -> int:
    """An outcome paragraph printed straight under a listed recommendation ("Anticipated
    improvement outcome: ...") is that recommendation's outcome, not a record or commentary."""
    b = r.blocks[k] if k < len(r.blocks) else None
    om = r.vocab.outcome.match(b.text.strip()) if b is not None and b.kind == "paragraph" else None
    if om is None or not om.group("rest").strip():
        return k
    item.outcome = r.clean(om.group("rest"))
    r.hold(b, "expected outcome (the record's outcome)")
    return k + 1


def _opens_on_heading_body(r: Reading, i: int) -> bool:
    """A listed item under a body's name set as a heading that opens on that name, or its first
    words ("Harbour Lights will ..." under "Harbour Lights Domestic Abuse Service"): the body's
    own commitment, whatever its verb."""
    k = i - 1
    while k >= 0 and r.blocks[k].kind == "bullet":
        k -= 1
    heading = r.blocks[k].text.strip() if k >= 0 and r.blocks[k].kind == "heading" else ""
    if not heading or not r.actors.is_body(heading):
        return False
    words = heading.split()
    return len(words) >= 2 and r.blocks[i].text.split()[:2] == words[:2]


def summary_list(r: Reading, i: int, source: int) -> tuple[list[Item], int]:
    """The list after "The review makes four recommendations:" in a summary: numbered
    paragraphs or bullets, each a restatement of an overview recommendation."""
    items: list[Item] = []
    k = i + 1
    while k < len(r.blocks):
        b = r.blocks[k]
        if b.kind == "bullet" and b.level > 0 and items:
            r.append_block(items[-1], b)
        elif b.kind == "bullet" or (
            b.kind == "paragraph" and b.number and "." not in b.number and int(b.number) == len(items) + 1
        ):
            m = r.label_match(b.text, False)
            ref = refs.display_ref(m.ref) if m and m.ref else r.list_ref(b)
            text = r.clean(m.rest if m else b.text)
            items.append(
                Item(
                    blocks=[b],
                    lines=[text],
                    ref=ref,
                    parent_ref=refs.parent_of(ref),
                    level="overview",
                    source=source,
                )
            )
        else:
            break
        k += 1
    return items, k


def self_list(r: Reading, i: int, mode: str, source: int) -> tuple[list[Item], int]:
    """An agency's own list in the narrative: the bullets after its introduction."""
    intro = r.blocks[i]
    bullets = r.following_bullets(i, [(mode, source, None)] * len(r.blocks))
    agency = r.section_title(intro.section)
    items = [
        Item(blocks=[x], lines=[r.clean(x.text)], level="agency", agency=agency, source=source)
        for x in bullets
    ]
    return items, i + 1 + len(bullets)
