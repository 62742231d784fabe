"""The header of a plan table printed a whole cell at a time (plan.row_blocks): its columns'
names, each printed as a block of its own, short names or the long names the plan's words know
wrapped over a few lines in their narrow columns (the Home Office template's), a monitoring
report's quarter-labelled update columns among them."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.dated_names import quarter_name
from dhrparse.plan.line_readings import SHAPED_WORDS
from dhrparse.plan.printed_blocks import name_shaped, printed_blocks
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten

MIN_NAMES = 4  # header names printed as blocks of their own
MIN_KNOWN = 3  # ... of them naming a field the reader knows (action among them)
MAX_NAME_WORDS = SHAPED_WORDS  # (the line readings' short names: plan.row_blocks passes over lines on them)
ABBREVIATED_WORDS = 2  # a name closing on an abbreviation's stop is two words ("Rec no.")
# the Home Office template's long names, wrapped in their narrow columns ("Scope of" / "recommend" /
# "ation"; "Key milestones achieved in" / "enacting recommendation"): known names only
MAX_KNOWN_NAME_WORDS = 8
MAX_NAME_LINES = 5


class RowBlockHeader:
    """A table's header read from its printed blocks (the reader's part that reads names)."""

    def _name(self, text: str) -> bool:
        """A column's name printed as a block: short words, no figures, no sentence."""
        return (
            name_shaped(text, MAX_NAME_WORDS)
            and (not SENTENCE_END.search(text) or self._abbreviated(text))
            and (self.cm.is_header_words(text) or not self.roles.opens_status(text))
        )

    def _abbreviated(self, text: str) -> bool:
        """A two-word name the plan knows closing on an abbreviation's stop ("Rec no."); a
        lone "No." is as likely a cell's sentence's end as a name."""
        return (
            len(text.split()) == ABBREVIATED_WORDS
            and text.endswith(".")
            and self.cm.field_of(text) is not None
        )

    def _quarter(self, text: str) -> str | None:
        """The name of a column an update a quarter fills ("update" of "Q2 update (Jul–Sep 2024)")."""
        return quarter_name(text, self.p, self.cm.names_exactly, self.quarter)

    def _long_name(self, text: str) -> bool:
        """A long column name the plan's words know, wrapped over a few lines in its column."""
        return name_shaped(text, MAX_KNOWN_NAME_WORDS) and self.cm.field_of(text) is not None

    def _header(
        self, lines: list[Line], blocks: list[tuple[int, int]]
    ) -> tuple[list[str], list[str | None]] | None:
        names: list[str] = []
        fields: list[str | None] = []
        long = False  # a long name wrapped in its column (the Home Office template's)
        quarters: list[int] = []  # the columns an update a quarter fills ("Q2 update (Jul–Sep 2024)")
        for a, b in blocks:
            if b - a > MAX_NAME_LINES:
                break
            text = " ".join(flatten(ln.text).strip() for ln in lines[a:b])
            short = b - a <= 2 and self._name(text)
            dated = None if short or b - a > 2 else self._quarter(text)
            if not (short or dated or self._long_name(text)):
                break
            long = long or not (short or dated)
            if dated:
                quarters.append(len(names))
            names.append(text)
            fields.append(self.cm.field_of(dated or text))
        for c in quarters[:-1]:
            # (the earlier quarters' updates are notes of the row's past: the latest says where it stands)
            fields[c] = None
        if long and fields[:1] != ["recommendation"]:
            # (only the whole template, its first column the recommendation's: the later names
            # alone, the recommendations and their scopes printed apart, are column blocks)
            return None
        if len(fields) > 1 and fields[-1] is None and self.vocab.scope_cell.match(names[-1]):
            fields.pop()  # (the first row's scope cell, "Local", printed straight after the names)
            names.pop()
        known = [f for f in fields if f is not None]
        if (
            len(names) < MIN_NAMES
            or "action" not in fields
            or len(known) < MIN_KNOWN
            or len(set(known)) != len(known)
            or not {"lead", "target_date", "status"} & set(known)
        ):
            return None
        return names, fields

    def _after_name(self, lines: list[Line], i: int) -> bool:
        """The block before line i is a column's name opening a header that reads as one: line i
        is inside a header whose table did not read (its later names alone would take the first
        columns' cells for theirs)."""
        a = self._opening_name(lines, i)
        if a is None:
            return False
        while (before := self._opening_name(lines, a)) is not None:
            a = before  # (back to the header's first name)
        return self._header(lines, printed_blocks(lines, a, 12, MAX_NAME_LINES)) is not None

    def _opening_name(self, lines: list[Line], i: int) -> int | None:
        """Where the block of a known column name just before line i opens, when there is one."""
        a = i - 1
        if a < 0 or lines[a].cells is not None or lines[i].number - lines[a].number != 2:
            return None
        while a > 0 and lines[a - 1].cells is None and lines[a - 1].number == lines[a].number - 1:
            a -= 1
        text = " ".join(flatten(ln.text).strip() for ln in lines[a:i])
        if i - a > MAX_NAME_LINES or not (i - a <= 2 and self._name(text) or self._long_name(text)):
            return None
        # (a column's name the plan knows: a title printed above the header is none)
        return a if self.cm.field_of(text) is not None else None
