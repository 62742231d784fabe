"""Row numbers in a plan printed as text: a number opening a line starts a row only when it
follows the last row's number ("2.1" after "1.3", "3" after "2"), or restarts the numbering
under a new header; other numbers are text ("3 months", "10 staff")."""

from __future__ import annotations

import regex

_REF = regex.compile(r"^(?:(?P<pre>[A-Z]{1,4})\s?/\s?)?(?P<nums>\d{1,2}(?:\.\d{1,2}){0,2})\.?$")


def ref_tuple(ref: str) -> tuple | None:
    """("PH", 2, 1) for "PH/2.1"; None for what is not a row number ("02", "2.1.1.1")."""
    m = _REF.match(ref.strip())
    if not m or any(len(n) > 1 and n.startswith("0") for n in m.group("nums").split(".")):
        return None
    return (m.group("pre") or "",) + tuple(int(n) for n in m.group("nums").split("."))


def _successor(last: tuple, new: tuple) -> bool:
    if last[0] != new[0]:
        return False
    a, n = last[1:], new[1:]
    options = set()
    for step in (1, 2):
        options.add(a[:-1] + (a[-1] + step,))
        options.add((a[0] + step,))
        options.add((a[0] + step, 1))
        if len(a) >= 2:
            options.add(a[:1] + (a[1] + step,))
            options.add(a[:1] + (a[1] + step, 1))
    return n in options


class RowNumbers:
    def __init__(self) -> None:
        self.last: tuple | None = None

    def plausible(self, ref: str, table_has_rows: bool) -> bool:
        """Whether `ref` may number the next row."""
        new = ref_tuple(ref)
        if new is None:
            return False
        fresh = all(n == 1 for n in new[1:])
        if self.last is None:
            return fresh
        if _successor(self.last, new):
            return True
        return fresh and not table_has_rows  # numbering restarts under a new header

    def saw(self, ref: str) -> None:
        t = ref_tuple(ref)
        if t is not None:
            self.last = t

    def restart(self) -> None:
        self.last = None
