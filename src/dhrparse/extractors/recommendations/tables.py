"""Tables of recommendations: a header naming a recommendation column ("Agency |
Recommendation", "No. | Recommendation | Lead agency"), one record per row."""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.ref_column import ref_cell, ref_column_items, row_block
from dhrparse.extractors.recommendations.tile_grids import tile_items
from dhrparse.vocab import refs

# a number printed at the start of the recommendation cell: "3.", "2.1)", "(b)", "iv."
_CELL_REF = re.compile(r"^\(?(\d{1,2}(?:\.\d{1,2})?|[a-h]|[ivx]{1,4})[.)]\s+(?=\S)")
# the recommendation's code printed at the start of its cell before the body it is made to ("R1
# The Board should ...", "SAR2: The Trust ..."): letters then a number, then a capitalised word
# ("SAR-R1 The Board should ...": the series and the recommendation's letter before the number)
_CELL_CODE = re.compile(
    r"^([A-Z]{1,5}(?:[-–][A-Z]{1,3})?\s?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)[.:)]?\s+(?=[A-Z])"
)


def rebuilt_table_items(
    r: Reading, i: int, block: Block, regions, last: int, why: str
) -> tuple[list[Item], int] | None:
    """The records of a table rebuilt from printed lines (layout_rows, joined_rows) whose header
    opens block i and whose rows end on line `last`, and the index after the blocks it covers,
    each held as read for `why`; None when no row makes a record."""
    mode, source, _ = _table_region(i, regions)
    items = table_items(r, block, mode, source, at=i)
    if not items:
        return None
    end = i + 1
    while end < len(r.blocks) and r.blocks[end].line_start <= last:
        end += 1
    for k in range(i, end):
        r.hold(r.blocks[k], why)
    return items, end


def _table_region(i: int, regions) -> tuple:
    """A rebuilt table's region: the section it is printed in. Its header line may have been
    read as a heading opening a region of its own ("Agency  No.  Recommendation")."""
    if i and regions[i][1] != regions[i - 1][1] and regions[i - 1][0] in ("agency", "overview"):
        return regions[i - 1]
    return regions[i]


def table_items(r: Reading, block: Block, mode: str, source: int, at: int | None = None) -> list[Item]:
    """One record per row; an agency cell printed only on an agency's first row holds for the
    rows under it; a number printed at the start of the recommendation cell is its ref. `at`:
    the block the table's header opens, for a table rebuilt from printed lines (layout_rows)."""
    table = block.table
    # (one row can be an agency's only recommendation under its heading, or a theme's under
    # its theme's heading: ref_column decides)
    headed = table is not None and len(table.rows) == 1 and _under_heading(r, block, at)
    if table is None or len(table.rows) < (1 if mode == "agency" or headed else 2):
        return []
    roles = _roles(r, table)
    if "recommendation" not in roles.values():
        level = "agency" if mode == "agency" else "overview"
        # (a grid of numbered tiles, each a recommendation, or a column of refs beside the texts)
        items = tile_items(r, block, level, source) or ref_column_items(
            r, block, level, source, headed=headed
        )
        if items:
            r.hold(block, "recommendations table (reference column, no header)")
        return items
    level = "agency" if mode == "agency" or _single_agency(r, block, roles, at) else "overview"
    items: list[Item] = []
    agency: str | None = None
    for row in table.rows[1:]:
        cells = row.texts
        cell = {role: r.clean(cells[k]) if k < len(cells) else "" for k, role in roles.items()}
        if cell.get("agency"):
            agency = cell["agency"]
        text, ref = cell.get("recommendation", ""), cell.get("ref") or None
        if not text:
            continue
        m = _CELL_REF.match(text) or (None if ref else _CELL_CODE.match(text))
        if m:
            ref, text = ref or m.group(1).replace(" ", ""), text[m.end() :]
        if items and not ref and not cell.get("agency") and text[:1].islower():
            items[-1].lines.append(text)  # the cell's text carried on to the next row
            continue
        for part_ref, part in numbered_parts(ref, text) if m else ((ref, text),):
            items.append(
                Item(
                    blocks=[row_block(block, row, part)],
                    lines=[part],
                    ref=refs.display_ref(part_ref),
                    level=level,
                    agency=agency,
                    source=source,
                )
            )
    if items:
        r.hold(block, "recommendations table")
    return items


def headed_asks_table(r: Reading, block: Block) -> bool:
    """Outside any recommendations chapter, a table that is the review's recommendations all the
    same: its header names a recommendation column and a number column beside what the review
    found ("What we learned") or whom each is for ("For"), as a learning review's "Learning into
    action" table prints them, and every recommendation cell asks someone to act: opening on the
    body that must, or in the words of an ask wherever the body stands ("Primary care networks
    should ...", "When a person is discharged, the hospital should ...", "... should be changed")
    or in the imperative ("Ensure that ..."), the header having said the column holds
    recommendations. A table naming a recommendation column alone (an action plan's, a briefing's
    list of restatements) is not taken so."""
    table = block.table
    if table is None or len(table.rows) < 2:
        return False
    roles = _roles(r, table)
    if not {"recommendation", "ref"} <= set(roles.values()):
        return False
    v = r.vocab
    others = [r.clean(t) for k, t in enumerate(table.rows[0].texts) if k not in roles]
    if not any(v.table_finding.match(t) or v.table_addressee.match(t) for t in others):
        return False
    col, num = (next(k for k, role in roles.items() if role == name) for name in ("recommendation", "ref"))
    rows = [row.texts for row in table.rows[1:] if col < len(row.texts) and row.texts[col].strip()]
    return bool(rows) and all(
        _asks(r, texts[col]) and num < len(texts) and ref_cell(r).match(texts[num]) for texts in rows
    )


def _asks(r: Reading, cell: str) -> bool:
    """A recommendation cell that asks someone to act: on its actor, in the words of an ask, or in
    the imperative (an opening verb, "to <verb>") of a sentence, not a one-word answer
    ("Complete", "Accepted in full": a board's record of its replies)."""
    text = " ".join(r.clean(cell).split())
    if r.standalone(text) or r.vocab.asking.search(text):
        return True
    return len(text.split()) >= ASK_WORDS and bool(r.vocab.recommending.search(text))


ASK_WORDS = 5  # the fewest words of an imperative ask ("Review the referral pathway annually")


def _under_heading(r: Reading, block: Block, at: int | None) -> bool:
    """The table follows a heading straight on ("Theme B – Repeated calls" over "B1 | The
    ambulance service should ...")."""
    k = r.position(block) if at is None else at
    return k > 0 and r.blocks[k - 1].kind == "heading"


def numbered_parts(ref: str | None, text: str) -> list[tuple[str | None, str]]:
    """A cell opening "1." that holds its agency's next recommendations too, each a paragraph
    of the cell run on after a sentence's end ("... the scene. 2. The practice should ..."):
    one part per number, in turn; likewise a cell opening with a code ("SAR-R4 The Board ...")
    that holds the next code's ("... harm. SAR-R5 The Board ..."). A cell whose numbers do not
    run on from its own is one part."""
    coded = re.fullmatch(r"(\D*?)(\d{1,2})", ref or "")
    if coded is None:
        return [(ref, text)]
    code, number, start = coded.group(1), int(coded.group(2)), 0
    after = rf"{re.escape(code)}\s?" if code else ""
    mark = r"[.:)]?" if code else r"[.)]"
    parts: list[tuple[str | None, str]] = []
    while True:
        nxt = re.search(rf"(?<=[.!?;:)’”'\"]) {after}{number + 1}{mark} (?=[A-Z‘“'\"])", text[start:])
        if nxt is None:
            break
        parts.append((f"{code}{number}", text[start : start + nxt.start()].strip()))
        start += nxt.end()
        number += 1
    parts.append((f"{code}{number}", text[start:].strip()))
    return parts


def _single_agency(r: Reading, block: Block, roles: dict[int, str], at: int | None) -> bool:
    """In a recommendations chapter, a table of single-agency recommendations: introduced as
    such (not by a lead-in that names the agencies' own only to say the panel makes these), or
    keyed by agency with recommendations that name no actor ("Review the ...")."""
    k = r.position(block) if at is None else at
    intro = next((b for b in reversed(r.blocks[max(0, k - 3) : k]) if b.kind != "table"), None)
    if (
        intro is not None
        and any(p.search(intro.text) for p in r.vocab.agency_section)
        and not any(p.search(intro.text) for p in r.ctx.patterns.regexes("recommendations.panel_makes"))
    ):
        return True  # (a lead-in setting the panel's own apart from the agencies' introduces the panel's)
    if "agency" not in roles.values():
        return False
    # (a column of government departments: the review's own national recommendations, each made
    # to the department named beside it, not departments' single-agency ones)
    who = next(i for i, role in roles.items() if role == "agency")
    head = block.table.rows[0].texts if block.table.rows else []
    if who < len(head) and r.ctx.patterns.joined("recommendations.table.national_agency").search(head[who]):
        return False
    col = next(i for i, role in roles.items() if role == "recommendation")
    texts = [
        row.texts[col] for row in block.table.rows[1:] if col < len(row.texts) and row.texts[col].strip()
    ]
    unnamed = sum(1 for t in texts if not r.standalone(re.sub(r"^\W*\w{1,4}[.)]\s+", "", t)))
    return bool(texts) and unnamed > len(texts) / 2


def _roles(r: Reading, table) -> dict[int, str]:
    """Column index -> "agency" | "recommendation" | "ref", from the header row and, for a
    number column, what its cells hold."""
    header = table.rows[0].texts
    roles: dict[int, str] = {}
    for k, name in enumerate(header):
        name = r.clean(name)
        if r.vocab.table_recommendation.match(name) and "recommendation" not in roles.values():
            roles[k] = "recommendation"
        elif r.vocab.table_agency.match(name) and "agency" not in roles.values():
            roles[k] = "agency"
        elif r.vocab.table_ref.match(name) and all(
            len(row.texts[k].strip()) <= 6 or ref_cell(r).match(row.texts[k])
            for row in table.rows[1:]
            if k < len(row.texts)
        ):
            roles[k] = "ref"
    return roles
