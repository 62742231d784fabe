"""Reference numbers as printed ("1.1", "Recommendation 3.", "1 (ii)", "6i.1", "NR1") to one form.

Reviews number their recommendations in many ways: plain numbers and decimals ("3", "3.2"),
letters and roman numerals as list markers ("a)", "(b)", "iv."), sub-parts of a numbered
recommendation ("1(ii)", "2a") and prefixed series codes ("R1", "NR2", "SAR 3", "DHR-5").
`display_ref` gives each its contract form; `norm_ref` the key two printings compare by.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dhrparse.vocab.engines import vocabulary_key

_BRACKETS = re.compile(r"[()\[\]]")
_ROMAN = re.compile(r"^(\d+(?:\.\d+)*)\s*\(?\s*([ivx]{1,4})\s*\)?$", re.IGNORECASE)
_LETTER = re.compile(r"^(\d+(?:\.\d+)*)\s*\(?\s*([a-h])\s*\)?$")
_MARKER = re.compile(r"^\(?\s*(?P<part>[a-z]{1,5}|\d{1,3})\s*[.)]?$", re.IGNORECASE)
_WORDS = {
    w: str(k)
    for k, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
        ],
        1,
    )
}
_CODE = re.compile(r"^(?P<prefix>[A-Z]{1,6})\s*[-–]?\s*(?P<num>\d{1,3}(?:\.\d{1,2})*[a-z]?)$")


def is_number_word(text: str) -> bool:
    """The text is a number written as a word alone ("Three"): a row's number, never a name."""
    return text.strip().rstrip(".:").lower() in _WORDS


@lru_cache(maxsize=4096)  # every pair of statements compared compares their refs
def norm_ref(ref: str | None) -> str:
    """Canonical comparison key: lower case, no spaces, brackets or trailing dots."""
    if ref is None:
        return ""
    r = str(ref).lower().strip().rstrip(".:")
    r = r.replace("recommendation", "").replace(" ", "")
    return _BRACKETS.sub("", r)


def display_ref(ref: str | None) -> str | None:
    """Normalised printed form: "1.1", "3" (also for "#3"), "1(ii)", "2(a)", "iv", "NR1", "DHR-5"."""
    if ref is None:
        return None
    r = " ".join(str(ref).split()).strip().rstrip(".:")
    if r[:1] == "#" and r[1:2].isdigit():
        r = r[1:]  # ("#3": a template's number sign, no part of the number)
    if r.lower() in _WORDS:
        return _WORDS[vocabulary_key(r)]  # "Recommendation Three"
    m = _ROMAN.match(r)
    if m:
        return f"{m.group(1)}({m.group(2).lower()})"
    m = _LETTER.match(r)
    if m:
        return f"{m.group(1)}({m.group(2)})"
    m = _CODE.match(r)
    if m:
        sep = "-" if re.search(r"[-–]", r) else ""
        return f"{m.group('prefix')}{sep}{m.group('num')}"
    m = _MARKER.match(r)
    if m and (r.startswith("(") or r.endswith((")", "."))):
        return m.group("part").lower() if not m.group("part").isdigit() else m.group("part")
    return r.replace(" ", "") or None


def marker_ref(marker: str | None) -> str | None:
    """The ref a list marker prints: "a)" -> "a", "(iv)" -> "iv", "3." -> "3"; None for a
    bullet symbol."""
    if not marker:
        return None
    m = _MARKER.match(marker.strip())
    return m.group("part").lower() if m else None


def sub_ref(parent: str | None, part: str) -> str | None:
    """A sub-part's ref under its parent: ("2", "a") -> "2(a)", ("1", "ii") -> "1(ii)",
    ("4", "1") -> "4.1"."""
    if not parent:
        return None
    return f"{parent}.{part}" if part.isdigit() else f"{parent}({part.lower()})"


# a composite ref joining the review's code, the recommendation's and the action's ("TD7/R1/A1")
_COMPOSITE = re.compile(
    r"^(?P<review>[A-Z]{1,5}\d{0,3})\s?/\s?(?P<recommendation>[A-Z]{1,3}\d{1,2})\s?/\s?[A-Z]{1,3}\d{1,2}$"
)


def composite_recommendation(ref: str | None) -> str | None:
    """The recommendation's code inside a composite action ref: "R1" of "TD7/R1/A1"; None for
    any other ref."""
    m = _COMPOSITE.match(ref.strip()) if ref else None
    return m.group("recommendation") if m else None


def parent_of(ref: str | None) -> str | None:
    """ "1" for "1.1" and "1(ii)", "R1" for "TD7/R1/A1"; None for a top-level ref."""
    if not ref:
        return None
    if recommendation := composite_recommendation(ref):
        return recommendation
    m = re.match(r"^(.+?)(?:\.\d+|\([a-z]{1,4}\))$", ref)
    return m.group(1) if m else None


_RECOMMENDATION_CODE = re.compile(r"^(?:r|rec)[.-]?(?=\d)")


def same_number(a: str | None, b: str | None) -> bool:
    """Two printings of one recommendation's number: "R3" (R for Recommendation, as a summary
    abbreviates it) and "3" (as the chapter prints "Recommendation 3"); "NR3" stays apart."""
    na, nb = norm_ref(a), norm_ref(b)
    if not na or not nb:
        return False
    return na == nb or _RECOMMENDATION_CODE.sub("", na) == _RECOMMENDATION_CODE.sub("", nb)
