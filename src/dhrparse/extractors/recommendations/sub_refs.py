"""Lettered sub-items that the document itself numbers as recommendations of their own.

"The Trust should: (a) ...; (b) ..." reads as one recommendation whose sentence the items
complete, unless the report answers each item apart: its action plan (or a later table)
prints "2(a)", "2(b)" as refs of their own rows, or the lead-in names who must act and
nothing they must do ("The Home Office should:"), each item then being a whole ask. Then each
item is a recommendation, with the lead-in naming its addressee."""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.prepare.markup import flatten

# a sub-item's ref printed alone in a cell or on a line: "2(a)", "2 (b)", "12(c)."
_SUB_REF = regex.compile(r"^\s*(\d{1,2})\s?\(([a-z])\)\.?\s*$")


def printed_sub_refs(doc: SourceDocument) -> frozenset[str]:
    """Every "N(x)" the document prints alone in a table cell or on a line of its own."""
    found: set[str] = set()
    for ln in doc.lines:
        texts = ln.cells if ln.cells is not None else [ln.text]
        for text in texts:
            if text and len(text) <= 12:
                m = _SUB_REF.match(flatten(text) if "<" in text else text)
                if m:
                    found.add(f"{m.group(1)}({m.group(2)})")
    return frozenset(found)


def answered_apart(printed: frozenset[str], refs: list[str | None]) -> bool:
    """Whether every sub-item (two or more) is printed elsewhere under its own ref."""
    return len(refs) >= 2 and all(ref is not None and ref in printed for ref in refs)


def addressed_only(vocab, actors, lead_text: str) -> bool:
    """Whether a lead-in is only its addressee and a modal ("The Home Office should:",
    "Northgate Police is asked to:"): the lettered parts under it each hold an ask of their
    own, where after "The Board should seek assurance that:" they only finish its sentence."""
    text = " ".join(lead_text.split())
    m = vocab.addressed_only.match(text)
    if m is None or actors.words.cue.search(f" {m.group('subject')} "):
        return False  # ("... a new approach, which should:": the ask is the sentence before)
    actor = actors.find(text)
    return bool(actor) and actor.lower() in m.group("subject").lower()


# a lettered sub-recommendation's number opening a paragraph's text, before a capital: "2a The
# Trust should ..." (a layout-preserving export prints the number column beside the text, so
# the number is not read as a paragraph number)
_OPENING_SUB_NUMBER = regex.compile(r"^(?P<number>\d{1,2})(?P<letter>[a-z])\s+(?=\p{Lu})")


def opening_sub_number(blocks: list, i: int, text: str) -> tuple[str, str, str] | None:
    """(ref, the text after it, the parent's text) of a paragraph opening on a lettered
    sub-number ("2a") whose number is the numbered paragraph's above it (recommendation 2, then
    its parts 2a, 2b): structure and wording together, so an address ("5a Mill Lane") is never
    taken for one."""
    m = _OPENING_SUB_NUMBER.match(text)
    if m is None:
        return None
    for k in range(i - 1, max(-1, i - 8), -1):
        above = blocks[k]
        if above.kind != "paragraph":
            return None
        if above.number:
            if above.number != m.group("number"):
                return None
            return f"{m.group('number')}({m.group('letter')})", text[m.end() :], above.text
        if not _OPENING_SUB_NUMBER.match(above.text.strip()):
            return None  # (only the parts before it may stand between: 2a, 2b under 2)
    return None


def parent_addressee(names, actors, text: str, parent: str) -> str | None:
    """The parent recommendation's text, as the lead-in naming a part's body, when the part
    names that body by its kind only ("2a The Trust should ..." under "2 Merrowfield and
    District Hospitals NHS Trust should ...")."""
    words = text.split()
    kind = names.kind_of(" ".join(words[:2])) if len(words) >= 2 else None
    body = actors.find(parent)
    return parent if kind and body and names.is_kind(body, kind) else None


_LETTERED_REF = regex.compile(r"^\s*(\d{1,2})\s?\(?[a-z]\)?\s*$")


def part_addressee(names, actors, items: list, ref: str | None, text: str) -> str | None:
    """parent_addressee for a row of a reference column: a lettered ref's parent is the last
    item numbered as its number ("2" for "2(a)")."""
    m = _LETTERED_REF.match(ref or "")
    parent = next((it for it in reversed(items) if m and it.ref == m.group(1)), None)
    return parent_addressee(names, actors, text, parent.text) if parent is not None else None
