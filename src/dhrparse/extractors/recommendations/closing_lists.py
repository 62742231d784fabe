"""An agency's own recommendations closing its summary.

In a chapter of agency summaries each agency has a numbered sub-section ("4.2 Harwick Council
Adult Social Care", paragraphs 4.2.1 ...) that ends with a line naming that agency's
recommendations ("Adult Social Care recommendations", "Recommendations for the surgery") and a
list numbered from 1 again. The list is the agency's own (level agency), made by the agency the
sub-section heading names in full: the closing line often prints a short form, and the items'
sentences open on whoever acts inside the agency ("Crews should ...", "The service will ..."),
not on the agency. The numbered paragraphs above the closing line are the summary.
"""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading

_LOOK_BACK = 80  # blocks: an agency's summary runs to a few dozen paragraphs at most
_TITLE_WORDS = 12
_BRACKET = re.compile(r"[(\[][^()\[\]]*[)\]]\s*$")  # (from the bracket: linear on long runs)
_MODAL = re.compile(r"\b(?:should|must|will|would|was|were|is|are|has|have|had)\b", re.I)


def _patterns(r: Reading) -> list[re.Pattern]:
    return r.ctx.patterns.regexes("recommendations.closing_list_heading")


def _qualifiers(r: Reading) -> frozenset:
    return r.ctx.patterns.derived(
        "recommendations.closing_list_qualifiers",
        lambda p: frozenset(w.lower() for w in p.list("recommendations.closing_list_qualifiers")),
    )


def _words(text: str) -> list[str]:
    return [w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Za-z][\w’'&-]*", text)]


def closing_name(r: Reading, title: str) -> tuple[bool, str | None]:
    """(is the line a closing line, the body it names: None when only qualifiers are left,
    as in "Single-agency recommendations")."""
    text = r.clean(title)
    for p in _patterns(r):
        m = p.match(text)
        if m is None:
            continue
        body = m.group("body").strip()
        qualifiers = _qualifiers(r)
        named = [w for w in _words(body) if w not in qualifiers]
        if not named:
            return True, None
        if re.match(r"(?i)(?:the\s+)?[a-z]", body) and not body[:1].isupper() and not r.actors.is_body(body):
            return True, None  # "recommendations for practice": a topic, not a body
        return True, re.sub(r"(?i)^the\s+", "", body)
    return False, None


def _title_like(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and text[:1].isupper()
        and len(text.split()) <= _TITLE_WORDS
        and text[-1:] not in ".:;,!?"
        and not _MODAL.search(text)
    )


def sub_section(r: Reading, i: int) -> Block | None:
    """The heading of the sub-section block i closes: the nearest heading above it (or a
    numbered title line a text export printed as a paragraph), passing over the summary's
    numbered paragraphs."""
    for k in range(i - 1, max(-1, i - _LOOK_BACK), -1):
        p = r.blocks[k]
        if p.kind in ("table", "bullet") or (p.kind == "paragraph" and not _title_like(p.text)):
            continue
        if p.kind == "heading" or (p.kind == "paragraph" and p.number):
            if closing_name(r, p.text)[0] or not _title_like(p.text):
                return None  # another agency's closing line, or a sentence set as a heading
            return p
        if p.kind not in ("paragraph",):
            return None
    return None


def same_body(r: Reading, short: str, full: str) -> bool:
    """Does the closing line's name (a short form) name the body of the sub-section heading?
    Its naming words (not "the", "single-agency") are among the heading's, bracket included:
    "GP practice" in "Brookvale Primary Care Network (the GP practice)"."""
    qualifiers = _qualifiers(r)
    named = [w for w in _words(short) if w not in qualifiers]
    have = set(_words(full))
    return bool(named) and sum(w in have for w in named) * 3 >= len(named) * 2


def full_name(r: Reading, title: str) -> str:
    """The sub-section heading as the agency's name: its number and a trailing bracket
    ("(health visiting)", "(IMR)") dropped."""
    name = r.vocab.agency_suffix.sub("", r.clean(title))
    return _BRACKET.sub("", name).strip() or name


def closing_agency(r: Reading, i: int, in_agency_chapter: bool) -> str | None:
    """The agency whose own list the unnumbered heading at block i opens, or None when it
    is no agency's closing line (the panel's "Recommendations to the Home Office")."""
    b = r.blocks[i]
    if b.number or r.label_match(b.text.strip()):
        return None
    closing, short = closing_name(r, b.text)
    if not closing:
        return None
    head = sub_section(r, i)
    above = head.text.strip() if head is not None else None
    if short and above and same_body(r, short, above):
        return full_name(r, above)
    if in_agency_chapter and short and r.actors.is_body(short):
        return short
    # ("Single-agency recommendations" closing "5.1 Kestrel Police": the heading above names
    # it; not a chapter's own heading under the one before it, "Executive Summary")
    numbered = head is not None and "." in (head.number or "").strip(".")
    single = in_agency_chapter or (numbered and any(p.search(b.text) for p in r.vocab.agency_section))
    if single and not short and above:
        name = full_name(r, above)
        return name if r.actors.is_body(name) else None
    return None


def summary_paragraph(r: Reading, j: int) -> bool:
    """A numbered paragraph of an agency's summary ("5.2.2 The IMR author accepts that the
    officer should have asked ..."): its numbered run goes on to the agency's closing line."""
    b = r.blocks[j]
    if b.kind != "paragraph" or not b.number or "." not in b.number.strip("."):
        return False
    run = b.number.strip(".").rsplit(".", 1)[0]
    for k in range(j + 1, min(len(r.blocks), j + _LOOK_BACK)):
        p = r.blocks[k]
        if p.kind == "paragraph" and p.number and p.number.strip(".").rsplit(".", 1)[0] == run:
            continue  # the summary goes on
        if p.kind in ("bullet", "table") or (
            p.kind == "paragraph" and not p.number and not _title_like(p.text)
        ):
            continue
        return not p.number and closing_name(r, p.text)[0]
    return False
