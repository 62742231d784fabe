"""Labelled recommendations: "Recommendation 3:", "Rec 2 – Title", "NR1", with the body
under the label down to the next label, heading or learning point, and an "Expected
outcome:" block given to every item of the unit."""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations import bodies, plan_code_rows, series_words, triplets
from dhrparse.extractors.recommendations.item import Item, Unit
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.vocabulary import Label
from dhrparse.plan.tables import column_map
from dhrparse.vocab import refs

_FIELD_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&-]{1,40}?)\s*:")
# fields only an action-plan row has: a label whose text opens with one of them points back at a
# recommendation from the plan ("Recommendation: L1" / "Action: ..." / "Lead: ...")
_PLAN_FIELDS = frozenset({"action", "lead", "target_date", "status", "progress"})
_OUTCOME = "expected outcome (the record's outcome)"


def label_unit(
    r: Reading, i: int, m: Label, level: str, agency: str | None, source: int
) -> tuple[list[Item], int]:
    """The records of the unit labelled at block i, and the block after it."""
    ref = series_words.series_ref(m.series, refs.display_ref(m.ref) if m.ref else None, r.clashing_series())
    unit = Unit(label=r.blocks[i], ref=ref, level=level, agency=agency, source=source)
    _title_or_lead(r, unit, i, m)
    j = _read_body(r, unit, i)
    _unwrap_label_line(r, unit)
    items = bodies.split_body(r, unit)
    if items and not unit.lead:
        r.hold(unit.label, "recommendation label")
    out_text = " ".join(unit.outcome).strip() or None
    for it in items:
        it.outcome = out_text
        # the addressee the label names in brackets acts where the text names no body, or one
        # only by its kind ("Issue guidance ...", "The Partnership should ..."): records._actor
        it.actor_text = it.actor_text or m.addressee
    if not items:
        r.ctx.warn(
            "recommendation_unparsed",
            f"recommendation label without a body: {unit.label.text[:80]!r}",
            r.loc([unit.label]),
        )
    return items, j


def _title_or_lead(r: Reading, unit: Unit, i: int, m: Label) -> None:
    """The words after the label: a title when set apart, else the recommendation's start."""
    rest = r.clean(m.rest)
    if not rest:
        return
    if r.title_like(rest) and (unit.label.kind == "heading" or _code_title_line(r, i, m)):
        unit.title = rest.rstrip(":").strip()
    else:
        unit.lead = rest


def _read_body(r: Reading, unit: Unit, i: int) -> int:
    """Collect the unit's body, title heading and outcome from block i + 1; returns the block
    that ends it."""
    j = i + 1
    while j < len(r.blocks):
        b = r.blocks[j]
        text = b.text.strip()
        if b.kind in ("table", "toc"):
            break
        om = r.vocab.outcome.match(text)
        if om and b.kind in ("heading", "paragraph"):
            j = _outcome_block(r, unit, j, om)
            continue
        addressee = r.vocab.addressee_line.match(text) if b.kind in ("heading", "paragraph") else None
        if addressee:
            unit.agency, unit.addressed = r.clean(addressee.group("rest")), True
            r.hold(b, "recommendation's addressee")
            j += 1
            if unit.body or unit.lead:
                break  # (printed under the text, it closes the recommendation)
            continue
        if j == i + 1 and _title_heading(r, unit, b, text):
            unit.title = r.clean(text).rstrip(":").strip()  # "Recommendation 2" / "Training" / text
            r.hold(b, "recommendation title")
            j += 1
            continue
        if (
            j == i + 1
            and triplets.text_under_heading(r, unit, b, text)
            or triplets.rationale(r, unit, b, text)
        ):
            j += 1  # ("Recommendation 2 – Title" / "Recommendation: ..." / "Rationale: ...")
            continue
        if _ends_unit(r, unit, b, text):
            break
        if unit.body and plan_code_rows.cells_open(r, b):
            break  # ("Recommendation: ..." over "Completed" / "100%": the export's row cells)
        if unit.in_outcome:
            if b.kind != "bullet":
                break
            unit.outcome.append(r.clean(text))
            r.hold(b, _OUTCOME)
            j += 1
            continue
        if not _numbering_continues(r, unit, j, b, text):
            break
        if b.kind == "paragraph" and r.heading_like(b) and unit.level == "agency":
            break
        unit.body.append(b)
        j += 1
    return j


def _outcome_block(r: Reading, unit: Unit, j: int, om: re.Match) -> int:
    """ "Expected outcome: text", or the label alone with its text in the paragraph below."""
    unit.in_outcome = True
    r.hold(r.blocks[j], _OUTCOME)
    if om.group("rest").strip():
        unit.outcome.append(r.clean(om.group("rest")))
    j += 1
    if not om.group("rest").strip() and j < len(r.blocks) and r.blocks[j].kind == "paragraph":
        unit.outcome.append(r.clean(r.blocks[j].text))
        r.hold(r.blocks[j], _OUTCOME)
        j += 1
    return j


def _title_heading(r: Reading, unit: Unit, b: Block, text: str) -> bool:
    """A short heading straight under a bare label is the recommendation's title."""
    return (
        b.kind == "heading"
        and not unit.body
        and unit.title is None
        and unit.lead is None
        and b.level >= 4
        and not b.number
        and r.title_like(text)
        and not r.label_match(text)
        and not any(p.search(text) for p in r.vocab.named_headings)
        and not r.vocab.is_stop(text)
    )


def _ends_unit(r: Reading, unit: Unit, b: Block, text: str) -> bool:
    if b.kind == "heading" or r.label_match(text) or r.vocab.is_stop(text):
        return True
    # commentary after the body ("The recommendations are summarised below.")
    return bool(unit.body) and b.kind == "paragraph" and any(p.search(text) for p in r.vocab.not_rec)


def _numbering_continues(r: Reading, unit: Unit, j: int, b: Block, text: str) -> bool:
    """Does a numbered paragraph belong to the unit? The first may carry the chapter's
    paragraph number ("Recommendation 1" over "7.2 The Board should ..."), which its
    sub-items then continue ("7.2.1"); another number ends the unit."""
    if b.kind != "paragraph" or not b.number:
        return True
    fresh = not unit.body and not unit.lead and unit.carrier is None
    if fresh and bodies.sub_number(b.number, unit.ref) and not _sub_list_starts(r, j):
        unit.carrier = b.number  # "Recommendation 4" over the chapter's "4.4": not a sub-item
    elif not bodies.sub_number(b.number, unit.ref) and not r.vocab.sub_part_match(f"{b.number} {text}"):
        if fresh:
            unit.carrier = b.number  # "Recommendation 1" over "7.2 The Board should ..."
        elif not (unit.carrier and b.number.startswith(unit.carrier + ".")):
            return False
    elif unit.carrier and not b.number.startswith(unit.carrier + "."):
        return False
    return True


def _unwrap_label_line(r: Reading, unit: Unit) -> None:
    """ "Recommendation 4: Kestrelford Fire and Rescue Service and ... Adult Social" / "Care
    should agree ...": the label's line was the sentence's start, wrapped, not a title."""
    body = unit.body
    if (
        unit.title
        and body
        and body[0].kind == "paragraph"
        and not body[0].number
        and _label_line_wrapped(r, unit.title, body[0].text)
    ):
        unit.lead, unit.title = r.clean(f"{unit.title} {body[0].text}"), None
        r.hold(body[0], "recommendation text carried on from its label's line")
        unit.body = body[1:]


def plan_row_label(r: Reading, i: int, m: Label) -> bool:
    """ "Recommendation: L1" over "Action: ...", "Lead: ...": a plan printed as labelled blocks
    names the recommendation each action serves; the label carries no text of its own."""
    nxt = r.blocks[i + 1] if i + 1 < len(r.blocks) else None
    if nxt is None or m.rest.strip() and not r.vocab.code_label.match(m.rest.strip()):
        return False
    f = _FIELD_LABEL.match(nxt.text)
    return bool(f) and column_map(r.ctx.patterns).field_of(f.group("label")) in _PLAN_FIELDS


def _code_title_line(r: Reading, i: int, m: Label) -> bool:
    """A series code and a few words alone on their line, the text on the lines below ("L3
    Housing applications" / "The Council should ..."): the words are the title, even where the
    line was not set apart as a heading."""
    label, nxt = r.blocks[i], r.blocks[i + 1] if i + 1 < len(r.blocks) else None
    return (
        m.code
        and label.kind == "paragraph"
        and len(label.lines or [label.line_start]) == 1
        and nxt is not None
        and nxt.kind == "paragraph"
        and not nxt.number
        and len(m.rest.split()) <= 8
        and not r.vocab.recommending.search(m.rest)
    )


def _label_line_wrapped(r: Reading, title: str, body: str) -> bool:
    """Is the "title" on a label's line the start of the sentence the body goes on with?
    The body alone names no actor; joined, the actor starts in the title."""
    if re.search(r"[.:;!?]\s*$", title) or r.actors.find(body):
        return False
    actor = r.actors.find(f"{title} {body}")
    return bool(actor) and title.lower().startswith(actor.lower()[: min(len(actor), 12)])


def _sub_list_starts(r: Reading, j: int) -> bool:
    """Does a list of sub-recommendations N.1, N.2 start at block j (before the next label)?
    A lone "4.4" under "Recommendation 4" is the chapter's paragraph number."""
    numbers = []
    for b in r.blocks[j : j + 40]:
        if b.kind == "heading" or r.label_match(b.text):
            break
        if b.kind == "paragraph" and b.number:
            numbers.append(b.number)
    if len(numbers) < 2 or not numbers[0].endswith(".1"):
        return False
    stem = numbers[0][:-2]
    return numbers[1] == f"{stem}.2"
