"""Single-agency lists: a section headed like "Individual Agency Recommendations" holding,
per agency, a heading and its list (numbered paragraphs or bullets, one record per top-level
item; a short title bullet keeps its sub-bullets), or an intro paragraph and bullets (one
record). An agency heading straight under another names a part of it ("Trust - Maternity")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from dhrparse.document import Block
from dhrparse.extractors.recommendations import (
    agency_columns,
    agency_name_lines,
    cell_sentences,
    closing_lists,
    joined_rows,
    tables,
)
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.stems import stem_children
from dhrparse.vocab import refs


@dataclass
class _AgencyHeadings:
    """The agency in force while reading down the list, from the headings seen so far."""

    agency: str | None
    parent: str | None = None
    first_child: str | None = None
    last_was_heading: bool = False
    last_heading: str | None = None
    # an item under this heading asked with a modal ("The Trust should ..."): an imperative
    # paragraph after it is its action (a plan's column printed loose), not another item
    asked: bool = False

    def restart(self, agency: str | None) -> None:
        """The region's own heading ("8.2 Individual Recommendations", "...for X")."""
        self.agency = agency
        self.parent = self.first_child = None
        self.last_was_heading = False
        self.asked = False

    def rename(self, name: str) -> None:
        """The last heading's whole name, its wrapped rest found under it."""
        self.agency = f"{self.parent} - {name}" if self.parent else name
        self.last_heading = name

    def heading(self, name: str) -> None:
        if self.last_was_heading and self.last_heading:
            self.parent, self.first_child = self.last_heading, name
        elif self.parent and self.first_child and not _siblings(self.first_child, name):
            self.parent = self.first_child = None
        self.agency = f"{self.parent} - {name}" if self.parent else name
        self.last_heading = name
        self.last_was_heading = True
        self.asked = False


def agency_for(r: Reading, heading_agency: str | None, i: int, regions) -> str | None:
    """The agency a labelled recommendation in an agency region is made to."""
    return r.agency_held.get(regions[i][1]) or heading_agency


def agency_run(r: Reading, i: int, regions) -> tuple[list[Item], int]:
    """From block i, while in the agency region: agency headings and their lists."""
    items: list[Item] = []
    _, source, heading_agency = regions[i]
    headings = _AgencyHeadings(agency=r.agency_held.get(source) or heading_agency)
    j = i
    while j < len(r.blocks) and regions[j][0] == "agency":
        b = r.blocks[j]
        _, source, h_agency = regions[j]
        text = b.text.strip()
        table = (
            joined_rows.joined_table(r, j, regions)
            or agency_columns.column_table(r, j, regions)
            or agency_columns.named_paragraphs(r, j, regions)
        )
        if table is not None:  # an "Agency | Recommendation" table printed line by line or column by column
            items.extend(table[0])
            j = table[1]
            continue
        after = _agency_block(r, j, b, text, regions, headings, items)
        if after is None:
            break  # labelled recommendations follow: read by label, under the agency in force
        j = after
    r.agency_held[source] = headings.agency
    return items, j


def _agency_block(
    r: Reading, j: int, b: Block, text: str, regions, headings: _AgencyHeadings, items: list[Item]
):
    """Block j of the agency region read (a table's items, an agency heading, a list's items
    added to `items`): the block after it, or None where labelled recommendations follow."""
    _, source, h_agency = regions[j]
    if b.kind == "table":
        items.extend(tables.table_items(r, b, "agency", source))
    elif b.kind == "toc":
        pass
    elif r.label_match(text) and (b.kind == "paragraph" or b.level >= 4):
        return None
    elif b.kind == "heading" and (
        b.line_start == source or any(p.search(text) for p in r.vocab.agency_section)
    ):
        headings.restart(h_agency)
    elif b.kind == "heading" and (text.endswith(".") or re.search(r"\brecommend", text, re.I)):
        pass  # a sentence set as a heading ("9.1 Each agency made recommendations ..."): no agency
    elif r.heading_like(b):
        headings.heading(_agency_name(r, text))
        r.hold(b, "agency heading")
    elif closing_lists.summary_paragraph(r, j):
        r.hold(b, "agency summary paragraph (its recommendations follow under their own line)")
    else:
        j, new = _agency_list(r, j, b, text, source, regions, headings)
        items.extend(new)
        return j
    return j + 1


def _agency_list(r: Reading, j: int, b: Block, text: str, source, regions, headings: _AgencyHeadings):
    """(the block after it, items) of the list opening at block j, under the agency in force
    (or the other body its first item names by its short form)."""
    carried = (
        agency_name_lines.carried_name(r, b, headings.last_heading)
        if headings.last_was_heading and headings.last_heading
        else None
    )
    if carried is not None:
        # (the heading's name wrapped in its cell: its second line sits in the paragraph)
        headings.rename(_agency_name(r, carried[0]))
        r.blocks[j] = b = carried[1]
        text = b.text.strip()
    headings.last_was_heading = False
    # an item naming another body by its short form starts that body's list
    if source not in r.closing_lists:  # (an agency's closing list is its own throughout)
        headings.agency = r.names.named_instead(r.clean(text), headings.agency) or headings.agency
    imperatives = bool(headings.agency and r.actors.is_body(headings.agency)) and not headings.asked
    j, new = _agency_items(r, j, headings.agency, source, regions, imperatives)
    headings.asked = headings.asked or any(r.vocab.asking.search(it.text) for it in new)
    glued = _glued_heading(r, b)
    if glued and not new:
        headings.heading(glued)
    return j, new


def _glued_heading(r: Reading, b: Block) -> str | None:
    """An agency's heading a text export printed as the last line of the paragraph before it
    ("... made its own recommendations:" then "Kestrel Police" on the next line)."""
    numbers = [n for n in (b.lines or range(b.line_start, b.line_end + 1)) if n in r.lines]
    if b.kind != "paragraph" or len(numbers) < 2:
        return None
    last, before = r.lines[numbers[-1]].text.strip(), r.lines[numbers[-2]].text.strip()
    if not before.endswith((":", ".")) or not r.actors.is_body(last):
        return None
    probe = Block(kind="paragraph", text=last, line_start=numbers[-1], line_end=numbers[-1])
    return _agency_name(r, last) if r.heading_like(probe) else None


def _agency_name(r: Reading, text: str) -> str:
    name = r.vocab.agency_suffix.sub("", r.clean(text).rstrip(":"))
    m = r.vocab.agency_in_heading.search(name)
    if m and any(p.search(name) for p in r.vocab.agency_section):
        name = m.group("agency").strip()
    return name


def _siblings(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return (
        bool(wa and wb and wa[0].lower() == wb[0].lower()) or fuzz.token_set_ratio(a.lower(), b.lower()) >= 70
    )


def _agency_items(r: Reading, j: int, agency, source, regions, imperatives=False) -> tuple[int, list[Item]]:
    """One list element starting at block j: returns (next index, records). `imperatives`:
    an imperative opening ("Review the quality assurance of ...") asks, as in an agency's own
    list under its heading."""
    b = r.blocks[j]
    text = b.text.strip()

    def mk(blocks, lines, title=None, ref=None):
        return Item(
            blocks=blocks, lines=lines, title=title, ref=ref, level="agency", agency=agency, source=source
        )

    stemmed = stem_children(r, j, regions, mk)  # "4 The Trust should:" over "4.1", "4.2"
    if stemmed is not None:
        return stemmed[1], stemmed[0]
    parts = cell_sentences.split_asks(r, b) if b.kind == "paragraph" and not b.number else [b]
    if len(parts) > 1:  # (an agency's cell holding several recommendations, one paragraph each)
        return j + 1, [mk([p], [r.clean(p.text)]) for p in parts]
    if b.kind == "paragraph":
        following = r.following_bullets(j, regions)
        if text.endswith(":") and following:
            lines = [r.clean(text)] + [r.render(x) for x in following]
            return r.position(following[-1]) + 1, [mk([b] + following, lines, ref=_item_ref(b))]
        # an item of a numbered list (not a count or a date printed at a line's start:
        # "12 of 20 files reviewed", "30 June 2024 Complete")
        listed = bool(_item_ref(b)) and "." not in b.number and r.clean(text)[:1].isupper()
        # (a short unpunctuated title, "5. Acknowledgements", is the next chapter's heading)
        listed = listed and (len(text.split()) >= 5 or text.endswith("."))
        # (a loose paragraph needs wording that asks or commits: an imperative opening also
        # opens the action-plan cells and chronology entries a text export prints loose)
        asks = (
            r.vocab.asking.search(text)
            or (agency and _commits(r, text))
            or (imperatives and _imperative(r, text))
        )
        if (listed or asks) and not any(p.search(text) for p in r.vocab.not_rec):
            return j + 1, [mk([b], [r.clean(text)], ref=_item_ref(b))]
        return j + 1, []
    if b.kind == "bullet":
        return _agency_bullet(r, j, regions, mk)
    return j + 1, []


def _imperative(r: Reading, text: str) -> bool:
    """An imperative opening on its object: "Review the quality assurance of ..." (not a
    status cell, "Complete – field added")."""
    words = r.clean(text).split()
    return len(words) >= 3 and words[0].lower() in r.actors.words.imperatives and words[1][:1].islower()


def _commits(r: Reading, text: str) -> bool:
    """An agency's commitment under its own heading: "Kestrel Police will review its guidance",
    "The practice will record ...", "Housing Options staff will receive training"."""
    t = r.clean(text)
    return bool(t[:1].isupper() and r.vocab.committing.match(t))


def _agency_bullet(r: Reading, j: int, regions, mk) -> tuple[int, list[Item]]:
    b = r.blocks[j]
    text = b.text.strip()
    # a short title bullet with more-indented bullets under it keeps them
    children = []
    k = j + 1
    if _title_bullet(b):
        while (
            k < len(r.blocks)
            and regions[k][0] == "agency"
            and r.blocks[k].kind == "bullet"
            and (r.blocks[k].level > b.level or r.indent(r.blocks[k]) > r.indent(b))
        ):
            children.append(r.blocks[k])
            k += 1
    if children:
        title = r.clean(text).rstrip(":").strip()
        lines = [r.clean(c.text) for c in children]
        return k, [mk([b] + children, lines, title=title)]
    if _topic_name(r, b) and k < len(r.blocks) and regions[k][0] == "agency" and r.blocks[k].kind == "bullet":
        # a topic's name printed as a bullet of the same level as its items (a text export that
        # kept no indent): it asks nothing; it titles the item printed under it
        nxt = r.blocks[k]
        topic = _topic_items(r, j, regions)
        if topic is not None:
            # (a list the topics' names part, "Training" / items / "Supervision:" / items: each
            # name keeps the items up to the next name, as its indent said where it was printed)
            title = r.clean(text).rstrip(":").strip()
            return r.position(topic[-1]) + 1, [mk([b] + topic, [r.clean(c.text) for c in topic], title=title)]
        if nxt.level == b.level and not _topic_name(r, nxt):
            k, items = _agency_bullet(r, k, regions, mk)
            items[0].title = r.clean(text).rstrip(":").strip()
            items[0].blocks.insert(0, b)
            return k, items
    # sub-bullets (level 1) stay inside their bullet
    blocks, lines = [b], [r.clean(text)]
    while k < len(r.blocks) and r.blocks[k].kind == "bullet" and r.blocks[k].level > b.level:
        blocks.append(r.blocks[k])
        lines.append(r.render(r.blocks[k]))
        k += 1
    return k, [mk(blocks, lines, ref=r.list_ref(b))]


def _topic_items(r: Reading, j: int, regions) -> list[Block] | None:
    """The items printed flush under the topic's name at block j, up to the next name, where the
    names part the list (another name is printed in the same run of items); else None."""
    b = r.blocks[j]

    def flush(k: int) -> bool:
        return (
            0 <= k < len(r.blocks)
            and regions[k][0] == "agency"
            and r.blocks[k].kind == "bullet"
            and r.blocks[k].level == b.level
        )

    items: list[Block] = []
    k = j + 1
    while flush(k) and not _topic_name(r, r.blocks[k]):
        items.append(r.blocks[k])
        k += 1
    named_after = flush(k)  # (the run goes on with the next topic's name)
    back = j - 1
    while flush(back) and not _topic_name(r, r.blocks[back]):
        back -= 1
    named_before = flush(back)
    return items if items and (named_after or named_before) else None


def _item_ref(b: Block) -> str | None:
    """The printed number of an item in an agency's list: "3", "2.1" (not a page-long
    report's paragraph count)."""
    if not b.number:
        return None
    if "." not in b.number:
        return b.number if int(b.number) < 30 else None
    return refs.display_ref(b.number)


def _topic_name(r: Reading, b: Block) -> bool:
    """A bullet that names a topic, not a recommendation: a few words each capitalised
    ("Training", "Partnership Working") or closed by a colon ("Domestic abuse practice:"), not
    opening on an instruction ("Review DASH Policy")."""
    text = r.clean(b.text).strip()
    words = text.rstrip(":").split()
    if not words or len(words) > 4 or not _title_bullet(b):
        return False
    if words[0].lower() in r.actors.words.imperatives:
        return False
    return text.endswith(":") or all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words)


def _title_bullet(b: Block) -> bool:
    text = b.text.strip()
    return len(text.split()) <= 6 and not re.search(r"[.;,]\s*$", text)
