"""Recommendations grouped under numbered theme headings, their parts lettered or roman: "4.
Working with fathers and male carers" then "(i) The Partnership should ...", "(ii) Children's
Social Care should ...". Each part is a recommendation of its own, numbered under its theme
("4(i)", "4(ii)"), as the decimal parts under a theme are ("4.1").

Or under lettered theme headings with no recommendations chapter at all: "Theme A – Seeing the
whole household", its finding, then "A1 The Board should ...", "A2 ..."; "Theme B – ..." then
"B1 ...". The theme's letter coding its own paragraphs, each asking someone to act, makes the
theme a recommendations section."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.vocab import refs

# a theme is named, never the section itself ("5. Recommendations") that holds the themes
_SECTION_WORD = re.compile(r"\brecommend", re.I)


def themed_ref(r: Reading, i: int, ref: str | None) -> str | None:
    """The ref of the lettered or roman part at block i under the theme heading its list follows."""
    b = r.blocks[i]
    if not ref or ref.isdigit() or b.kind != "bullet":
        return ref
    theme = _theme_number(r, i)
    return refs.sub_ref(theme, ref) if theme else ref


def _theme_number(r: Reading, i: int) -> str | None:
    """The number of the short numbered title just above the run of list items holding block i."""
    k = i - 1
    while k >= 0 and r.blocks[k].kind == "bullet":
        k -= 1
    head = r.blocks[k] if k >= 0 else None
    if head is None or head.kind not in ("heading", "paragraph") or not (head.number or "").isdigit():
        return None
    text = head.text.strip()
    if not text or _SECTION_WORD.search(text) or not r.title_like(text) or r.standalone(text):
        return None
    return head.number


def lettered_themes(r: Reading) -> frozenset[int]:
    """The blocks heading a lettered theme ("Theme A – ...") whose own paragraphs are
    recommendations coded with its letter ("A1 The Board should ...")."""
    heads = r.ctx.patterns.regexes("recommendations.lettered_theme_heading")
    found = set()
    for i, b in enumerate(r.blocks):
        if b.kind != "heading" or r.in_plan(b):
            continue
        m = next((m for rx in heads if (m := rx.match(b.text))), None)
        if m is not None and _coded_under(r, i, m.group("letter").upper()):
            found.add(i)
    return frozenset(found)


def _coded_under(r: Reading, i: int, letter: str) -> bool:
    """A paragraph of the theme's own, before the next heading, opening with a code of its letter
    and asking someone to act."""
    for b in r.blocks[i + 1 :]:
        if b.kind == "heading":
            return False
        if b.kind not in ("paragraph", "bullet") or r.in_plan(b):
            continue
        c = r.vocab.code_label.match(b.text)
        if c and c.group("prefix") == letter and r.vocab.asking.search(c.group("rest") or ""):
            return True
    return False
