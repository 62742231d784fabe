"""The type of review: from the cover's title (two titles joined make a joint review), else
from the statute the review is held under, else from the words used most."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

from dhrparse.extractors.review.printing import COVER_LINES, compiled
from dhrparse.patterns import Patterns

TYPES = ("DHR", "DARDR", "SAR", "CSPR", "SCR", "APR", "CPR", "CMR", "NRP")


def _type_mentions(text: str, p: Patterns) -> list[tuple[int, int, str]]:
    found = []
    for kind in TYPES:
        for rx in p.regexes(f"review.review_type.{kind}"):
            found += [(m.start(), m.end(), kind) for m in rx.finditer(text)]
    found.sort(key=lambda f: (f[0], -f[1]))  # ("Serious Case Review (Adults)" before "Serious Case Review")
    kept: list[tuple[int, int, str]] = []
    for s, e, kind in found:  # the longest cue wins where two overlap
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, kind))
    return kept


def _partner_mentions(text: str, p: Patterns) -> list[tuple[int, int, str]]:
    """Reviews of another kind held jointly with this one ("... and Mental Health Homicide Investigation")."""
    return [
        (m.start(), m.end(), "partner")
        for rx in p.regexes("review.review_type.joint_partner")
        for m in rx.finditer(text)
    ]


def _joint(text: str, p: Patterns) -> bool:
    """Two kinds of review announced together: "... Review and ... Review", "joint DHR/SAR"."""
    mentions = sorted(_type_mentions(text, p) + _partner_mentions(text, p))
    if len({k for _, _, k in mentions}) < 2:
        return False
    if p.any_match("review.review_type.joint_cue", text):
        return True
    link = compiled(p.get("review.review_type.joint_link", r"(?!x)x"))
    for (_, e1, k1), (s2, _, k2) in pairwise(mentions):
        gap = regex.sub(r"\([A-Z/]{2,12}\)", " ", text[e1:s2])
        if k1 != k2 and link.match(gap):
            return True
    return False


def review_type(
    title_lines: list[str], heads: list[str], text: str, p: Patterns, printed_id: str | None = None
) -> str | None:
    glossary = compiled(p.get("review.review_type.glossary_line", r"(?!x)x"), 0)
    cover = [ln for ln in heads + title_lines if not glossary.match(ln)]
    mentions = [_ticked(ln, _type_mentions(ln, p), p) for ln in cover]  # (read once for both uses)
    for i in range(len(cover)):
        window = " ".join(cover[i : i + 3])
        if mentions[i] and _joint(window, p):
            return "joint"
    if _stacked_titles(cover[: COVER_LINES + len(heads)], mentions):
        return "joint"
    if _not_statutory(cover[: COVER_LINES + len(heads)], mentions, p):
        return None
    first = [k for found in mentions[: COVER_LINES + len(heads)] for _, _, k in found]
    if first:
        return first[0]
    # a title broken over the cover's lines ("DOMESTIC HOMICIDE" / "REVIEW") names its kind only whole
    wrapped = _type_mentions(" ".join(ln for ln in cover[: COVER_LINES + len(heads)] if ln), p)
    if wrapped:
        return wrapped[0][2]
    overall = Counter(k for _, _, k in _type_mentions(text, p))
    if not overall:
        return _kind_in_id(printed_id, p)
    return overall.most_common(1)[0][0]


def _ticked(line: str, found: list[tuple[int, int, str]], p: Patterns) -> list[tuple[int, int, str]]:
    """A line of tick boxes, one per kind of review: only the kinds whose box is ticked."""
    empty = compiled(p.get("review.review_type.empty_box", r"(?!x)x"), 0)
    if not found or not empty.search(line):
        return found
    ticked = compiled(p.get("review.review_type.ticked_box", r"(?!x)x"), 0)
    return [(s, e, k) for s, e, k in found if ticked.search(line[max(0, s - 4) : s])]


def _kind_in_id(printed_id: str | None, p: Patterns) -> str | None:
    """A review whose words never name its kind but whose identifier carries the kind's letters
    ("DHR012", "SAR-2023-07"): the identifier says what it is."""
    if not printed_id:
        return None
    m = compiled(p.get("review.review_type.kind_in_id", r"(?!x)x"), 0).search(printed_id)
    return m.group("kind") if m else None


def _stacked_titles(cover: list[str], mentions: list) -> bool:
    """Two titles of different kinds printed one under the other, each a line to itself ("DOMESTIC
    HOMICIDE REVIEW" / "SAFEGUARDING ADULTS REVIEW"): a joint review announced without a joining word."""
    whole = [
        found[0][2] if len(found) == 1 and found[0][1] - found[0][0] == len(line.strip()) else None
        for line, found in zip(cover, mentions)
    ]
    return any(a and b and a != b for a, b in pairwise(whole))


def _not_statutory(cover: list[str], mentions: list, p: Patterns) -> bool:
    """A cover calling the review non-statutory before it names any kind ("Multi-Agency Learning
    Review" / "A non-statutory review ..."): none of the kinds its text then says were not held
    ("the criteria for a Safeguarding Adults Review were not met"). "A non-statutory Safeguarding
    Adults Review" names its kind on the same line and stays one."""
    for line, found in zip(cover, mentions):
        if found:
            return False
        if p.any_match("review.review_type.not_statutory", line):
            return True
    return False
