"""A lettered or numbered recommendation ("B.") whose parts print as roman-numbered items
("(i)", "(ii)") at the same indent as the recommendations around it (the export lost their
deeper indent): the parts are the recommendation's own, one record with it, where the
recommendation's series goes on past them ("C." after "(ii)") or they close the list. The
marks differ in kind (a letter or a number against a bracketed roman numeral), and the parts
count on from "(i)" one by one: a series of its own, printed inside the one above.

A recommendation whose lead sentence ends with a colon over such parts is read by the lead-in
list (lists._lead_in_list); this reads the parts under a whole sentence ("... in two ways.").
"""

from __future__ import annotations

import regex

from dhrparse.document import Block

_OUTER = regex.compile(r"^\(?(?:[A-Za-z]|\d{1,2})[.)]$")  # "B.", "b)", "(c)", "3."
_ROMAN = regex.compile(r"^\((?P<part>i{1,3}|iv|v|vi{1,3}|ix|x)\)$")  # "(i)" ... "(x)"
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _kind(marker: str | None) -> str | None:
    mark = (marker or "").strip()
    if _ROMAN.match(mark):
        return "roman"
    if _OUTER.match(mark):
        return "outer"
    return None


def roman_parts(blocks: list[Block], i: int, k: int) -> int:
    """The index after the roman-numbered parts printed from block `k` under the lettered or
    numbered bullet at `i` (`k` itself where none are)."""
    b = blocks[i]
    if b.kind != "bullet" or _kind(b.marker) != "outer" or (b.marker or "").strip().startswith("("):
        return k
    n = k
    while n < len(blocks) and blocks[n].kind == "bullet" and blocks[n].level == b.level:
        m = _ROMAN.match((blocks[n].marker or "").strip())
        if m is None or n - k >= len(_ROMANS) or m["part"] != _ROMANS[n - k]:
            break
        n += 1
    if n - k < 2:
        return k
    after = blocks[n] if n < len(blocks) else None
    if after is not None and after.kind == "bullet" and _kind(after.marker) != "outer":
        return k  # (another list goes on after them: not the parts of this one)
    return n
