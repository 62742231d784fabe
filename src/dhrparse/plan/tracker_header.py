"""A tracker's header line in corpus text that names its columns with more than their names: an
aside dating a column ("Update (January 2025)", "Progress (as at 31 March 2025)") and one
column no field is for ("Assurance" beside "Status"):

    Ref Recommendation Action Lead Due Status Assurance Update (January 2025)

No such line reads as header words, so no table is found under it. The tracker reader
(plan.tracker_rows) reads it with the asides taken out and the unnamed column kept in its place
as an extra column (its cells handed on under its printed name); a header the tracker does not
take is printed again as it was, so the other readers see the report as before.

A wide plan (A3, eleven columns) may name the officer who leads beside the agency that does
("... Lead agency Lead officer Start Target Evidence ..."): the agency's column is the lead and
the officer's one no field is for, though every word is a header's; up to a third of such a
header's columns may be unnamed.

A narrow column breaks a long name inside a word, its rest printed on the line under the
header among the wrapped words of the other names:

    ID Rec Recommendation Action Lead officer Target date Update (Jan 2025) Evide Clos
    no. nce ed

Such a header is read with each broken word joined ("Evidence", "Closed") and its rest taken
out of the line under it; the tracker reads the names from the lines as printed
(`broken`), where each rest completes its own column's name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.dated_names import ASIDE, at_dates, dated_aside, without_at_dates, wrapped_at_date
from dhrparse.plan.dated_position import dated_position
from dhrparse.plan.split_asides import rejoined

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

EXTRA = "extra"  # the role of the column no field is for
EXTRA_DATE = "extra_date"  # ... one holding the day a row was closed ("Date closed")
MAX_UNNAMED = 2  # the most such columns a header names (more leave too little to cut the rows by)
MIN_NAMES = 4  # the fewest columns such a header names
MAX_BROKEN = 3  # the most names a header's narrow columns break inside a word
FIELD_NAME_WORDS = 6  # the most words of a field's column name an unnamed one may open


class TrackerHeaders:
    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        # (the names, each as its words: "Assurance evidence", "Date closed")
        # (and a response column's, "Trust response": plan.tracker_shapes RESPONSE)
        names = p.list("actions.tracker.unnamed_columns") + p.list("actions.tracker.response_names")
        self.unnamed = {tuple(w.lower().split()) for w in names}
        self.longest = max((len(n) for n in self.unnamed), default=0)
        self.unnamed_words = {w for n in self.unnamed for w in n}
        self.who = {w.lower() for w in p.list("actions.who_headers") if " " not in w}
        # the officer's column beside the agency's ("Lead agency | Lead officer"): an extra one
        self.officers = {tuple(w.lower().split()) for w in p.list("actions.tracker.officer_names")}
        quarter = p.get("actions.tracker.quarter_label")
        self.quarter = regex.compile(quarter, regex.I) if quarter else None
        self.printed: dict[int, Line] = {}  # each header rewritten, by its line's number: as printed
        self.extra: dict[int, list[tuple[int, str]]] = {}  # ... its unnamed columns: (place, printed name)
        self.dated: dict[int, int] = {}  # ... how many columns its asides date (one update a quarter)
        # ... a header whose names a narrow column broke: its words as printed, asides taken out
        self.broken: dict[int, str] = {}
        self.closed: dict[int, Line] = {}  # ... a header whose dated aside wrapped: its two lines as printed

    def _header(self, text: str, under: str = "") -> tuple[str, list[tuple[int, str]] | None] | None:
        """The header's text without its dated asides and its unnamed columns' names, and those
        columns' (place among the columns, printed name); None when the line is no such header.
        The last column's name may wrap, its first word closing the line and its rest on the line
        `under` it ("... % Date" / "complete completed"): that word is kept, the wrapped header's
        reading (plan.wrapped_columns) completes the name."""
        plain = self._undated(text)
        words = plain.split()
        if plain != text and self.quarter is not None:
            # (a quarter's label before a name its aside dates, "Q2 update (Jul-Sep 2024)", dates
            # the column too)
            words = [w for w in words if not self.quarter.match(w)]
            plain = " ".join(words)
        extras, kept = [], []
        k = 0
        while k < len(words):
            size = self._unnamed_at(words, k) or self._officer_at(words, k)
            if size:
                before = " ".join(kept)
                if not before or not self.cm.is_header_words(before):
                    return None
                # (its place among the columns: the named ones before it, and the unnamed ones)
                # (a column of who acts before it, "Who", is a column too: the tracker's lead)
                place = (
                    len(self.cm.scan(before))
                    + len(extras)
                    + len(set(self.cm.unnamed_words(before)) & self.who)
                )
                extras.append((place, " ".join(words[k : k + size]).strip(".,:")))
                k += size
                continue
            kept.append(words[k])
            k += 1
        if len(extras) > self._most_unnamed(kept, extras) or (plain == text and not extras):
            return None
        extra = extras or None
        if extras:
            plain = " ".join(kept).strip()
        # (every other word must be a column's name: a word no name holds, "Evidence", is a
        # column the tracker could not place, and its cuts would give its words to the next)
        # (a column of who acts, "Who", is placed by the tracker as the lead: plan.tracker_rows)
        named = " ".join(kept[: len(kept) - self._wrapped_tail(kept, under)]) if extras else plain
        if not self.cm.is_header_words(plain) or set(self.cm.unnamed_words(named)) - self.who:
            return None
        return plain, extra

    def _wrapped_tail(self, words: list[str], under: str) -> int:
        """How many of the line's last words open the name of a column no field is for whose
        other words print on the line under it ("Date" / "completed"); 0 where none do."""
        below = {w.lower().strip(".,:") for w in under.split()}
        for size in range(min(self.longest - 1, len(words) - 1), 0, -1):
            opening = tuple(w.lower().strip(".,:") for w in words[-size:])
            if any(n[:size] == opening and len(n) > size and set(n[size:]) <= below for n in self.unnamed):
                return size
        return 0

    def _officer_at(self, words: list[str], k: int) -> int:
        """How many words from words[k] name the officer who leads, where the header's other
        words name a lead column too (the agency's, "Lead agency"): that column is the lead, and
        the officer's one no field is for; 0 otherwise."""
        for size in range(min(len(max(self.officers, key=len, default=())), len(words) - k), 0, -1):
            if tuple(w.lower().strip(".,:") for w in words[k : k + size]) in self.officers:
                others = " ".join(words[:k] + words[k + size :])
                return size if "lead" in self.cm.scan(others) else 0
        return 0

    def _officer_named(self, extras: list[tuple[int, str]] | None) -> bool:
        """Among a header's columns no field is for, the officer's beside the agency's."""
        return any(tuple(name.lower().split()) in self.officers for _, name in extras or ())

    def _most_unnamed(self, kept: list[str], extras: list) -> int:
        """The most columns no field is for that a header may name: two, or a third of the
        columns on a wide plan of many (an A3 plan's "Lead officer", "Start" and "Evidence"
        beside eight named ones) where the named still cut the rows."""
        return max(MAX_UNNAMED, (len(self.cm.scan(" ".join(kept))) + len(extras)) // 3)

    def _unnamed_at(self, words: list[str], k: int) -> int:
        """How many words from words[k] name a column no field is for (the longest such name);
        0 where they open a longer name of a field's column ("Evidence of completion" is the
        progress column's, not "Evidence" and then "of completion")."""
        for size in range(min(self.longest, len(words) - k), 0, -1):
            if tuple(w.lower().strip(".,:") for w in words[k : k + size]) in self.unnamed:
                return 0 if self._field_name_at(words, k, size) else size
        return 0

    def _field_name_at(self, words: list[str], k: int, size: int) -> bool:
        """Whether words[k:] open with a field's column name longer than `size` words."""
        return any(
            self.cm.names_exactly(" ".join(words[k:end]))
            for end in range(k + size + 1, min(len(words), k + FIELD_NAME_WORDS) + 1)
        )

    def _undated(self, text: str) -> str:
        """The text without its asides dating a column ("(Jan 2025)", "at 31.10.25")."""
        if "(" in text:
            text = ASIDE.sub(lambda m: "" if dated_aside(m.group(1), self.p) else m.group(), text)
        return without_at_dates(text, self.p)

    def _dated_columns(self, text: str) -> int:
        """How many columns the header's asides date (one update a quarter)."""
        bracketed = sum(1 for m in ASIDE.finditer(text) if dated_aside(m.group(1), self.p))
        return bracketed + len(at_dates(text, self.p))

    def _joined(self, text: str, under: str) -> tuple[str, str] | None:
        """(the header's line with its broken words joined, the line under it without their
        rests) where every word of the header (asides taken out) naming no column is a name's
        word a narrow column broke, its rest the first word under it, left to right, that
        joins it into a header word ("Evide" + "nce"); None otherwise."""
        words, rests = self._undated(text).split(), under.split()
        joined, at, taken = [], 0, set()
        for w in words:
            if self.cm.is_header_words(w):
                joined.append(w)
                continue
            found = next(
                (
                    t
                    for t in range(at, len(rests))
                    # (the rest is no name's word itself, "nce", "ed", "d")
                    if not self.cm.is_header_words(rests[t]) and self.cm.is_header_words(w + rests[t])
                ),
                None,
            )
            if found is None or len(taken) >= MAX_BROKEN:
                return None
            joined.append(w + rests[found])
            taken.add(found)
            at = found + 1
        if not taken:
            return None
        rest = " ".join(r for t, r in enumerate(rests) if t not in taken)
        head = " ".join(joined)
        if not self.cm.is_header_words(head) or (rest and not self.cm.is_wrapped_header_words(rest)):
            return None
        return head, rest

    def _join_broken(self, lines: list[Line]) -> list[Line]:
        """The lines with every header whose names a narrow column broke read joined (the
        line under it without the rests), both kept as printed to be printed again."""
        out = list(lines)
        for k, ln in enumerate(lines):
            if ln.cells is not None or not ln.text.strip() or self.cm.is_header_words(ln.text):
                continue
            under = next((n for n in range(k + 1, min(k + 3, len(lines))) if lines[n].text.strip()), None)
            if under is None or lines[under].cells is not None:
                continue
            # (a cheap test first: the line must name columns at all)
            if len(self.cm.scan(ln.text)) < MIN_NAMES:
                continue
            got = self._joined(ln.text, lines[under].text)
            if got is None:
                continue
            self.printed[ln.number], self.printed[lines[under].number] = ln, lines[under]
            self.broken[ln.number] = " ".join(self._undated(ln.text).split())
            self.dated[ln.number] = self._dated_columns(ln.text)
            out[k] = replace(ln, text=got[0])
            out[under] = replace(lines[under], text=got[1])
        return out

    def _close_asides(self, lines: list[Line]) -> list[Line]:
        """The lines with every header whose dated aside wraps onto the line under it read
        with the aside closed on the header's line (plan.split_asides), both kept as printed."""
        return self._read_with_under(lines, lambda text: "(" in text, lambda text: ")" in text, rejoined)

    def _date_named(self, lines: list[Line]) -> list[Line]:
        """The lines with every header whose last column is named by a month and year alone
        read with that column named (plan.dated_position), both kept as printed."""
        return self._read_with_under(
            lines,
            lambda text: bool(text.strip()) and not self.cm.is_header_words(text),
            lambda text: True,
            dated_position,
        )

    def _at_date_wrapped(self, lines: list[Line]) -> list[Line]:
        """The lines with every header whose last name's date wraps alone onto the line under
        it ("Status at" / "31/03/2026") read with the date on the header's line, both kept as
        printed."""
        return self._read_with_under(
            lines,
            lambda text: bool(text.strip()) and not self.cm.is_header_words(text),
            bool,
            wrapped_at_date,
        )

    def _read_with_under(self, lines: list[Line], opens, under_holds, read) -> list[Line]:
        """The lines with each header line (`opens` its text) and the printed line under it
        (`under_holds` its text) rewritten as `read(cm, p, header, under)` reads them, both
        kept as printed (`self.closed`)."""
        out = list(lines)
        for k, ln in enumerate(lines[:-1]):
            if ln.cells is not None or not opens(ln.text):
                continue
            under = next((n for n in range(k + 1, min(k + 3, len(lines))) if lines[n].text.strip()), None)
            if under is None or lines[under].cells is not None or not under_holds(lines[under].text):
                continue
            got = read(self.cm, self.p, ln.text, lines[under].text)
            if got is None:
                continue
            self.closed[ln.number], self.closed[lines[under].number] = ln, lines[under]
            out[k] = replace(ln, text=got[0])
            out[under] = replace(lines[under], text=got[1])
        return out

    def strip(self, lines: list[Line]) -> list[Line]:
        """The lines with every such header read without its asides and unnamed column."""
        out = []
        lines = self._join_broken(self._close_asides(self._date_named(self._at_date_wrapped(lines))))
        for k, ln in enumerate(lines):
            if ln.number in self.broken:
                out.append(ln)
                continue
            if ln.cells is None and (
                "(" in ln.text or self.unnamed_words & set(ln.text.lower().split()) or self._at_dated(ln.text)
            ):
                got = self._header(ln.text, self._under(lines, k))
                # (a line of header words alone is read by the other readers as printed, but for
                # one naming the officer beside the agency: the two leads are two columns there)
                if got is not None and self.cm.is_header_words(ln.text) and not self._officer_named(got[1]):
                    got = None
                if got is not None:
                    self.printed[ln.number] = ln
                    self.dated[ln.number] = self._dated_columns(ln.text)
                    if got[1] is not None:
                        self.extra[ln.number] = got[1]
                    ln = replace(ln, text=got[0])
            out.append(ln)
        # (a header whose aside was closed printed again as printed, on its two lines)
        self.printed.update(self.closed)
        return out

    @staticmethod
    def _under(lines: list[Line], k: int) -> str:
        """The text of the first printed line under line k (its wrapped names), or ""."""
        under = next((n for n in range(k + 1, min(k + 3, len(lines))) if lines[n].text.strip()), None)
        return "" if under is None or lines[under].cells is not None else lines[under].text

    def _at_dated(self, text: str) -> bool:
        """A line naming columns, one dated without brackets ("Position at 31.10.25")."""
        return len(self.cm.scan(text)) >= MIN_NAMES and bool(at_dates(text, self.p))

    def restore(self, lines: list[Line]) -> list[Line]:
        """The lines with every header rewritten that no table was read under printed again."""
        if not self.printed:
            return lines
        return [self.printed.get(ln.number, ln) if ln.cells is None else ln for ln in lines]
