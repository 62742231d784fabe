"""The header of a plan table that plain pdftotext (no -layout) printed a line at a time
across its cells (plan.line_rounds): its names printed one a line ("No." / "Action" / "Lead
agency" / ...), or each a block of its own, a name too long for its column wrapped.
"""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line
from dhrparse.plan.name_tails import NameTails, unfinished
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.vocabulary import PlanVocabulary

MIN_COLUMNS = 4  # columns the header names by the plan's words
OTHER = "other"  # a header cell naming no field the plan knows
MAX_HEADER_WORDS = 6  # a header name printed on its own line is short
MAX_HEADER_CHARS = 60
MAX_HEADER_LINES = 16  # the names and their wrapped lines ("Scope of" / "recommen" / "dation i.e." ...)
NAME_GAP = 2  # line numbers from one header name to the next
MAX_LONG_NAME_WORDS = 10  # a header name wrapped in its column, its first line
MAX_NAME_TAIL_WORDS = 3  # ... and the words it wraps onto a line printed after the other names
MAX_REF_NAME = 24  # "No.", "Ref", "Recommendation number"
FIRST_NAMES = ("ref", "action")  # a header printed a name a line opens with the ref's or the action's
# ... or, where the row numbers' column has no name (the first row's number prints just above the
# names), with the recommendation's
UNHEADED_FIRST = (*FIRST_NAMES, "recommendation")
MAX_NUMBER_NAME = 4  # "Rec", "Rec." heading the first column: the recommendations' numbers


class RoundHeader:
    def __init__(
        self,
        cm: ColumnMap,
        vocab: PlanVocabulary,
        flat: Callable[[str], str],
        apart: Callable[[Line, Line], int],
    ):
        self.cm, self.vocab, self.flat = cm, vocab, flat
        self.apart = apart  # printed lines from one line to another (lines taken out count none)
        self.wrapped = False  # the last header read had names wrapped in rounds (plan.name_tails)

    def read(
        self, lines: list[Line], i: int, first: tuple[str, ...] = FIRST_NAMES
    ) -> tuple[list[str], int] | None:
        """The header's names printed one a line from line i, a ref column first (or a column of
        `first`), and the lines they take (a name too long for its column prints its last words
        after the others)."""
        names: list[str] = []
        fields: list[str] = []
        size = 0
        tails = NameTails(self.cm)
        for k in range(i, min(len(lines), i + MAX_HEADER_LINES)):
            if k > i and self.apart(lines[k - 1], lines[k]) > NAME_GAP:
                break  # (names one a line, or each a block of its own: a blank line between)
            field = self.name_field(lines[k])
            # (a wrapped name's later line, printed among the next names: the Home Office template)
            if (
                k > i
                and lines[k].cells is None
                and (at := tails.place(names, self.flat(lines[k].text))) is not None
            ):
                fields[at] = self.cm.field_of(names[at]) or fields[at]
                size = k - i + 1
                continue
            if field is None and k > i and self._long_name_ends(lines[k], names, fields):
                size = k - i + 1
                continue
            if field is None and k > i and (self._long_name(lines, k) or self._wrapping_name(lines[k])):
                field = OTHER
            if field is None or field in fields:
                break
            names.append(self.flat(lines[k].text).strip())
            fields.append(field)
            size = k - i + 1
            if k == i and numbers_column(names[0], field):
                fields[0] = "ref"  # ("Rec" / "Recommendation" / ...: the numbers, then the texts)
        known = sum(1 for f in fields if f != OTHER)
        if fields and numbers_column(names[0], fields[0]):
            fields[0] = "ref"
        if known < MIN_COLUMNS or fields[0] not in first or self.cm.header_columns(names) is None:
            return None
        while fields[-1] == OTHER:  # (the first cell of the row below may look like a name)
            fields.pop()
            names.pop()
            size -= 1
        self.wrapped = tails.started
        return names, size

    def _long_name(self, lines: list[Line], k: int) -> bool:
        """A header name wrapped in its column ("How will we know it has made a"): capitalised,
        unfinished, and the next column's name printed straight after it."""
        text = self.flat(lines[k].text).strip()
        words = text.split()
        following = lines[k + 1] if k + 1 < len(lines) else None
        return (
            0 < len(words) <= MAX_LONG_NAME_WORDS
            and text[:1].isupper()
            and text[-1:].isalpha()
            and following is not None
            and following.number == lines[k].number + 1
            and self.name_field(following) not in (None, OTHER)
        )

    def _wrapping_name(self, ln: Line) -> bool:
        """A name's first line that ends unfinished ("Date of completion and"), its header words:
        the rest prints in a later round (plan.name_tails)."""
        text = self.flat(ln.text).strip()
        return (
            ln.cells is None
            and text[:1].isupper()
            and len(text.split()) <= MAX_HEADER_WORDS
            and unfinished(self.cm, text)
            and self.cm.is_wrapped_header_words(text)
        )

    def _long_name_ends(self, ln: Line, names: list[str], fields: list[str]) -> bool:
        """The last words of a wrapped name ("difference?"), printed after the other names: they
        finish it."""
        text = self.flat(ln.text).strip()
        if ln.cells is not None or not text[:1].islower() or len(text.split()) > MAX_NAME_TAIL_WORDS:
            return False
        for k in range(len(names) - 1, -1, -1):
            if fields[k] == OTHER and names[k][-1:].isalpha():
                names[k] = f"{names[k]} {text}"
                return True
        return False

    def name_field(self, ln: Line) -> str | None:
        """The field a line names as a header cell; OTHER for a short title naming none
        ("Partner agency"), None for a line that is no header cell."""
        if ln.cells is not None or len(ln.text) > MAX_HEADER_CHARS:
            return None
        text = self.flat(ln.text).strip()
        if not 0 < len(text.split()) <= MAX_HEADER_WORDS:
            return None
        field = self.cm.field_of(text)
        if field is None and len(text.split()) <= 3 and text[:1].isupper() and text[-1:].isalpha():
            return OTHER if not self.vocab.ref_only.match(text) else None
        return field

    def number_above(self, ln: Line, near: list[Line]) -> Line | None:
        """Of `near`, a first row's number ("1", "1.1") printed alone just above the header's
        first name `ln` on the same page (a page's number printed at the foot of the page
        before is on another page)."""
        for x in near:
            text = self.flat(x.text).strip()
            number = ref_tuple(text) if x.cells is None else None
            if (
                number is not None
                and number[0] == ""
                and all(n == 1 for n in number[1:])
                and 0 < ln.number - x.number <= NAME_GAP
                and x.page == ln.page
                and self.vocab.ref_only.match(text)
            ):
                return x
        return None


def numbers_column(name: str, field: str) -> bool:
    """A first column headed by the recommendation's name cut short ("Rec"): too narrow for a
    recommendation's text, it holds the recommendations' numbers, as a ref column does."""
    return field == "recommendation" and len(name.strip()) <= MAX_NUMBER_NAME
