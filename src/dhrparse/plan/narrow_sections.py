"""Where a narrower plan table's rows are printed (plan.narrow_rows reads them): its header's
columns (a second ref column, "No. | Ref | ...", and one column for "Recommendation / action"),
its body up to the report's next heading without the header printed again, the page numbers and
running heads, and the agency sections of a plan set out one table per agency or under bands
naming each agency; and where a row opens, its ref (of one or two words) kept whole."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.joined_rows import PAGE_NUMBER, RUNNING_HEAD
from dhrparse.plan.rec_cell_actions import actions_label
from dhrparse.plan.slashed_names import slashed_action
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import header_form
from dhrparse.plan.who_columns import EXTRA, is_extra
from dhrparse.plan.wrapping import WORD_OPENS_CELL
from dhrparse.vocab.dates import find_dates

MIN_NARROW = 3  # fewer columns hold no action beside who does it and by when
SECTION_WORDS = 12  # the most words of an agency's heading over its part of a plan
REF_SPACE = "\u2060"  # joins a ref of two words into one for the cuts (no space to str.split)
PAGE_DIGITS = 3  # the most digits of a page's number after a running foot's words
_BEFORE_NUMBER = {"|", "–", "-", "page"}  # what a running foot prints between its words and page number


def paged_feet(seen: dict[str, int]) -> set[str]:
    """The lines printed on more than one page word for word but for the page's number after
    them: a running foot numbering its page ("DHR plan | updated May 2025 | 1", "... | 2").
    Two pages' numbers must differ, as a page's do; a row's line does not go on so."""
    numbers: dict[str, set[str]] = {}
    for text in seen:
        words, number = _page_tail(text)
        if number and len(words) >= RUNNING_HEAD:
            numbers.setdefault(words, set()).add(number)
    return {text for text in seen if len(numbers.get(_page_tail(text)[0], ())) > 1}


def _page_tail(text: str) -> tuple[str, str]:
    """(a line's words before the page number closing it, that number), or (the line, "")."""
    words = text.split()
    if len(words) < 2 or not words[-1].isdigit() or len(words[-1]) > PAGE_DIGITS:
        return text, ""
    rest = words[:-1]
    while rest and rest[-1].lower() in _BEFORE_NUMBER:
        rest = rest[:-1]
    return " ".join(rest), words[-1]


class NarrowLayout:
    """The header, body and sections of a narrower plan table, for NarrowRows."""

    def _columns(self, lines: list[Line], i: int, cols: list[str], nxt: int) -> list[str]:
        """The header's columns, its wrapped lines completing the names above them ("Rec" over
        "no.") adding none: the names its first line prints, when the lines below hold a word
        or two each and name only columns after them."""
        cols = self._two_refs(lines[i].text, self._one_of_two(lines[i].text, cols))
        above = self._one_of_two(lines[i].text, self.pl.cm.scan(self.pl.flat(lines[i].text)))
        below = [self.pl.flat(lines[k].text).split() for k in range(i + 1, nxt)]
        twin = self._twin_ref(self.pl.flat(lines[i].text), below)
        if twin is not None:
            return twin
        if (
            MIN_NARROW <= len(above) < len(cols)
            and cols[: len(above)] == above
            and below
            and all(len(words) <= 2 for words in below)
        ):
            return above
        return cols

    def _twin_ref(self, text: str, below: list[list[str]]) -> list[str] | None:
        """The columns of a header printing one name twice side by side over a wrapped "no."
        ("Rec | Action no. | Action | Lead ..." printed "Rec Action Action Lead ..." / "no."):
        the first of the twins, with the word under it, names the action's number column."""
        if len(below) != 1 or len(below[0]) != 1:
            return None
        cm = self.pl.cm
        # (every name in printed order, a name printed twice kept twice: two columns)
        found = [(cm._lookup[m.group(0)], m.group(0)) for m in cm.name_search.finditer(header_form(text))]
        for k in range(len(found) - 1):
            (f, printed), (g, _) = found[k], found[k + 1]
            if f == g and cm.field_of(f"{printed} {below[0][0]}") == "ref":
                fields = [name for name, _ in found]
                fields[k] = "ref"
                out: list[str] = []
                for name in fields:
                    if not out or out[-1] != name:
                        out.append(name)
                return out
        return None

    def _two_refs(self, text: str, cols: list[str]) -> list[str]:
        """`cols` with a second ref column the header names after the first ("No. | Ref |
        Action ..."): the row's own number, then the reference it answers ("IMR 1"), kept as
        printed in a column of its own."""
        form = header_form(self.pl.flat(text))
        found = list(self.pl.cm.name_search.finditer(form))
        if (
            len(found) >= 2
            and cols[:1] == ["ref"]
            and [self.pl.cm._lookup[m.group(0)] for m in found[:2]] == ["ref", "ref"]
            and not form[found[0].end() : found[1].start()].strip(" .")
        ):
            return ["ref", f"{EXTRA}{found[1].group(0).strip().capitalize()}", *cols[1:]]
        return cols

    def _one_of_two(self, text: str, cols: list[str]) -> list[str]:
        """`cols` with a column whose name joins two by a slash, "Recommendation / action",
        taken as one: the action column, its rows the actions under recommendations printed
        across the table (their bands no row of the cut table)."""
        one = slashed_action(self.pl.cm, self.pl.flat(text), cols)
        return cols if one is None else one

    def _body(
        self, lines: list[Line], i: int, cols: list[str], nxt: int
    ) -> tuple[list[int], int, dict[int, int]]:
        """The table's printed lines, up to the report's next heading, without the header
        printed again on a later page, the page's number and the running head printed above it;
        and the tables after it split off under a heading each with the same header printed
        again (a plan set out one table per agency, its numbering restarting in each): their
        rows are read with this table's, {the heading's index: the index after its header}."""
        heads = {ln.text.strip() for ln in lines[:i] if len(ln.text.strip()) >= RUNNING_HEAD}
        body: list[int] = []
        sections: dict[int, int] = {}
        # (a running head or footer first printed on the table's own pages: a long line printed
        # again word for word, as no cell's line is, the header's aside)
        seen: dict[str, int] = {}
        for ln in lines[i:]:
            text = ln.text.strip()
            if len(text) >= RUNNING_HEAD and ln.cells is None and not self.pl.cm.is_header_words(text):
                seen[text] = seen.get(text, 0) + 1
        heads |= {text for text, n in seen.items() if n > 1} | paged_feet(seen)
        j = nxt
        while j < len(lines) and lines[j].cells is None:
            if self._head_over_rows(lines, j, heads):
                j += 1  # (the table runs on to the next page under its running head, no header again)
                continue
            heading = lines[j].number in self.heading_lines
            if heading or self._heading_over(lines, j):
                after = self._same_header(lines, j, cols)
                # (no band names the agency of the rows under it where a column names each row's)
                if after is None and not any(map(is_extra, cols)) and self._band_over_row(lines, j):
                    after = j + 1  # (a band across the table naming the agency of the rows under it)
                if after is not None:
                    sections[j] = after
                    j = after
                    continue
                if heading:
                    break
            text = lines[j].text.strip()
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and (again[0] == cols or self._named_again(lines, j, again) == cols):
                j = again[2]
                continue
            if body and again is None and self._other_header(lines[j].text):
                break  # (another table's header: the table ends before it)
            if text and not PAGE_NUMBER.match(text) and text not in heads:
                body.append(j)
            j += 1
        while sections and max(sections) >= (body[-1] if body else i):
            # (a heading and header with no row under them: the table ends before the heading)
            j = max(sections)
            del sections[j]
        return body, j, sections

    def _other_header(self, text: str) -> bool:
        """Whether a line under the table's rows is another table's header: column names alone,
        two or more, none the action's (a progress table keyed by the plan's refs printed after
        it, "Ref Update Status"; no plan reads it, yet its rows open with the same refs and
        would be cut as this table's)."""
        if not self.pl.cm.is_header_words(text):
            return False
        fields = set(self.pl.cm.scan(text))
        return len(fields) >= 2 and "action" not in fields

    def _named_again(self, lines: list[Line], j: int, header) -> list[str]:
        """The columns of a header printed again at line j, named as the reader named the
        table's own (a header whose printed words it reads otherwise: plan.coded_header)."""
        return header[0]

    def _heading_over(self, lines: list[Line], j: int) -> bool:
        """Whether line j reads as a section's heading printed as a plain line ("Kelby
        Police", "4.2 Kelby Police"): a few words opening with a capital, ending no sentence,
        holding no row's date or status, printed once (a running head is printed on every page)."""
        text = self.pl.flat(lines[j].text).strip()
        words = text.split()
        if not words or len(words) > SECTION_WORDS or not words[0][:1].isupper() or text[-1] in ".,;:":
            return False
        if any(rx.search(text) for rx in self.pl.vocab.not_agency_heading):
            return False
        rest = " ".join(words[1:])
        if self.ref.match(words[0]) and (find_dates(rest, self.p) or status_words(rest) is not None):
            return False  # (a row's one printed line, its date and status last: no sub-section's heading)
        return len(self.pl.places(lines).get(lines[j].text.strip(), ())) == 1  # (plan_lines' places)

    def _band_over_row(self, lines: list[Line], j: int) -> bool:
        """Whether heading line j is a band printed across the table over a row ("Kelby
        Police", "Multi-agency recommendations"): it names an agency or a part of the plan and
        the next line opens a row with its ref."""
        if j + 1 >= len(lines) or lines[j + 1].cells is not None:
            return False
        text = self.pl.flat(lines[j].text).strip()
        return (
            not actions_label(self.p).match(
                text
            )  # ("Actions: Team": a cell's label beside a lead's last word)
            and self.pl.vocab.names_band(text)
            and self._row_opening(self.pl.flat(lines[j + 1].text).split()) is not None
        )

    def _ref_whole(self, text: str, cols: list[str] | None = None) -> str:
        """A row's first line with a ref of two words ("Police 2", "ASC 1") made one, so the
        cuts keep it whole in the ref's cell; so the reference of two words after the row's
        number, in a second ref column ("1 IMR 1 Add ...")."""
        words = text.split()
        if cols and cols[:2] == ["recommendation", "ref"]:
            # (a recommendation's code beside each action's number, "R2 2.1": one ref for the
            # cuts, parted again after them)
            if len(words) > 2 and self.ref.match(words[0]) and self.ref.match(words[1]):
                return " ".join([f"{words[0]}{REF_SPACE}{words[1]}", *words[2:]])
            return text
        second = bool(cols) and len(cols) > 1 and is_extra(cols[1]) and len(words) > 3
        if (
            second
            and self.ref.match(words[0])
            and self.ref.match(" ".join(words[1:3]))
            and WORD_OPENS_CELL.match(words[3])
        ):
            return " ".join([words[0], f"{words[1]}{REF_SPACE}{words[2]}", *words[3:]])
        if self._row_opening(words) != 2:
            return text
        return " ".join([f"{words[0]}{REF_SPACE}{words[1]}", *words[2:]])

    def _head_over_rows(self, lines: list[Line], j: int, heads: set[str]) -> bool:
        """Line j is a running head (printed before the table too) over a row the next line
        opens: the table's page ran out and its rows carry on with no header printed again."""
        if lines[j].text.strip() not in heads:
            return False
        k = next((k for k in range(j + 1, min(j + 3, len(lines))) if lines[k].text.strip()), None)
        return k is not None and self._row_opening(self.pl.flat(lines[k].text).split()) is not None

    def _row_opening(self, words: list[str]) -> int | None:
        """How many words a row's ref takes at the start of its first line ("2.1", "MA1", "Police
        2"), a cell opening with a capital after it; None where the line opens no row."""
        for n in (1, 2):
            if len(words) > n + 1 and self.ref.match(" ".join(words[:n])) and WORD_OPENS_CELL.match(words[n]):
                return n
        return None

    def _same_header(self, lines: list[Line], j: int, cols: list[str]) -> int | None:
        """The index after the header printed on the line after heading j, where it names the
        same columns as the table's; None where any other line follows the heading."""
        k = j + 1
        if k >= len(lines) or lines[k].cells is not None or not self.pl.cm.is_header_words(lines[k].text):
            return None
        again = self.pl.header_at(k)
        if again is None:
            return None
        # (as printed, or as the table's own header reads it: plan.narrow_rows._named_again)
        if self._columns(lines, k, again[0], again[2]) != cols and self._named_again(lines, k, again) != cols:
            return None
        return again[2]
