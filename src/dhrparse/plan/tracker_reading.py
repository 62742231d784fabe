"""A tracker table's header read for its columns' roles (plan.tracker_table's first steps).

The header's names give the columns; the rows under it then say more (a number opening the
recommendation's cell, a code, a band across the table), each reading rewriting the columns
the one before it left. The steps run in the order they are written here: each reads the
columns as the step before left them, and some read what an earlier step set on the reader
(`first_table`, `_wraps`, `worded`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Line
from dhrparse.plan.banded_numbers import Bands, table_bands
from dhrparse.plan.coded_rows import coded_rows
from dhrparse.plan.header_room import MAX_LINES
from dhrparse.plan.merged_priority import priority_named
from dhrparse.plan.number_columns import paired_numbers
from dhrparse.plan.outcome_statuses import stated_outcomes
from dhrparse.plan.percent_columns import PERCENT
from dhrparse.plan.quarter_band import quarter_band
from dhrparse.plan.slashed_names import slashed_columns
from dhrparse.plan.titled_cells import titled_columns, titled_rows
from dhrparse.plan.tracker_header import EXTRA, EXTRA_DATE
from dhrparse.plan.tracker_shapes import ABBREVIATED, ACCEPTANCE, NAMES, RESPONSE, extra_role
from dhrparse.plan.wrapped_columns import AGENCY, COMPLETED, rebuilt

TITLED_SCAN = 40  # the printed lines under a header looked at for titled recommendation cells


@dataclass
class TrackerReading:
    """One tracker table as its steps read it: the header's reading first (the columns' roles
    and what each row prints before its ref), then the rows' first lines, their cut and the
    cells assembled from it. A record, so each step names what it reads and what it leaves."""

    i: int
    printed_cols: list[str]
    printed: list[str]
    nxt: int
    cols: list[str]
    # (an agency's name before each row's ref, "Agency | Ref | Action | ... | Lead officer")
    agency: bool = False
    completed: str | None = None  # (the printed name of a column holding the day the action was done)
    after_wraps: int = 0
    named: list | None = None
    pair: list[str] | None = (
        None  # (the two ref columns' names, "ID" | "Rec no.", where each row prints both)
    )
    rag: int = 0  # (how many columns print between the two ref columns: a RAG colour's)
    reviewed: str | None = (
        None  # (the name of a review's column printed between them, "ID | Review | Rec no.")
    )
    extras: list = field(default_factory=list)
    review: bool = False
    status_first: bool = False
    titled: bool = False  # (a recommendation's code and title before each row's ref, plan.titled_cells)
    before: bool = False  # (a column printed before each row's ref)
    tail: str = ""
    first_row: int | None = None
    numbers: bool = False
    bands: Bands | None = None
    coded: str | None = None
    # (the rows' steps: plan.tracker_table and plan.tracker_output)
    body: list[int] = field(default_factory=list)
    j: int = 0
    texts: list = field(default_factory=list)
    reviews: dict[int, str] = field(default_factory=dict)
    lettered: dict = field(default_factory=dict)
    under: set[int] = field(
        default_factory=set
    )  # (rows under a merged recommendation cell, printing no number)
    places: dict[int, int] = field(
        default_factory=dict
    )  # (where each row's second number prints after a review's words)
    seconds: dict | None = None
    between: dict[int, str] = field(default_factory=dict)  # (each row's review cell's first line)
    roles: list[str] = field(default_factory=list)
    progress_rated: bool = False  # (the last progress column cut as the status column)
    read: tuple | None = None
    names: list[str] = field(default_factory=list)
    firsts: dict = field(default_factory=dict)
    merged: dict[int, str] = field(default_factory=dict)


class TrackerHeaderReading:
    """The steps reading a tracker table's header for its columns' roles."""

    def _header_reading(self, lines: list[Line], i: int, header) -> TrackerReading:
        """The columns the header names, then those its rows' openings add (a status printed
        first, the Home Office template's unnamed number column): read before the layouts other
        readers take are told apart, since those are told by these columns."""
        printed_cols, printed, nxt = header
        if self.first_table is None:
            self.first_table = i
        cols = self._columns(printed_cols, " ".join(printed), self.pl.flat(lines[i].text))
        t = TrackerReading(i, printed_cols, printed, nxt, cols)
        # (printed on its first action's row only, the column no field is for)
        t.agency = self._agency_first(printed[0], cols)
        wraps, t.after_wraps = self._header_wraps(lines, nxt, t.agency)
        got = rebuilt(self.pl.cm, self.p, self._agency_less(printed[0]) if t.agency else printed[0], wraps)
        t.named = None if t.agency else self._flagged_names(lines, i, nxt, wraps)
        if t.named is not None:
            self._named_pairs(t)
        elif got is not None:
            t.cols = [role for role, _ in got]
            if t.cols[:2] == ["ref", "ref"]:
                # (the second number column's name wrapped, "SAR" / "rec": the pair of number
                # columns "ID | Rec no." reads, by the names rebuilt)
                t.pair, t.cols = [got[0][1], got[1][1]], [t.cols[0], *t.cols[2:]]
            t.completed = next((name for role, name in got if role == COMPLETED), None)
            t.nxt = t.after_wraps
        if t.agency:
            t.cols = ["agency", *t.cols]
        self._dated_progress(t, lines)
        self._quarter_columns(t, lines)
        self._status_first(t)
        self._home_office_numbers(t, lines)
        paired_numbers(self.pl.cm, t, ABBREVIATED)  # ("Rec | Action no. | Action ...")
        self._titled_first(t, lines)
        return t

    def _titled_first(self, t: TrackerReading, lines: list[Line]) -> None:
        """The recommendation's code and title printed before each row's ref, merged down over
        its actions ("SR1 – Risk information SA 1.1 Add ..."): told by the rows under the
        header (plan.titled_cells), the cell read as a status printed first is."""
        if t.before or not titled_columns(t.cols):
            return
        below = [self.pl.flat(ln.text) for ln in lines[t.nxt : t.nxt + TITLED_SCAN] if ln.cells is None]
        t.titled = t.before = titled_rows(below, self.ref)

    def _named_pairs(self, t: TrackerReading) -> None:
        """A completion flag's header naming every column, some in the middle no field is for
        ("... | Agency | Action | ... | Date agreed | Target date | Revised date | ..."): its two
        ref columns, and what prints between them, read as one ref and a second number."""
        named = t.named
        t.cols = [r for r, _ in named]
        if t.cols[:2] == ["ref", "ref"]:
            t.pair = [named[0][1], named[1][1]]
            named = [named[0], *named[2:]]
            t.cols = [r for r, _ in named]
        elif t.cols[:3] == ["ref", "status", "ref"]:
            # (the RAG colour printed between the row's number and its recommendation's,
            # "Ref | RAG | Rec No. | ...": the second number read after the colour)
            t.pair, t.rag = [named[0][1], named[2][1]], 1
            named = [named[0], named[1], *named[3:]]
            t.cols = [r for r, _ in named]
        elif t.cols[:3] == ["ref", "review", "ref"]:
            # (the review each row comes from printed between the row's id and its
            # recommendation's number, "ID | Review | Rec no. | ...": the second number read
            # after the review's first words, which are the review's cell, put back after the cut)
            t.pair, t.reviewed = [named[0][1], named[2][1]], named[1][1]
            named = [named[0], *named[3:]]
            t.cols = [r for r, _ in named]
        t.named = named
        t.nxt = t.after_wraps

    def _dated_progress(self, t: TrackerReading, lines: list[Line]) -> None:
        """A dated update column a quarter ("Q1 update (Apr–Jun 2025)" | "Q2 update (...)"): the
        names the scan read as one are as many columns as their asides; then the columns named
        for no field (plan.tracker_header's extras) put back where they print."""
        cols = t.cols
        dated = self.headers.dated.get(lines[t.i].number, 0)
        if dated > 1 and cols.count("progress") == 1:
            at = cols.index("progress")
            cols = [*cols[:at], *["progress"] * dated, *cols[at + 1 :]]
        t.extras = self.headers.extra.get(lines[t.i].number) or []
        for place, name in t.extras:
            cols = [*cols[:place], extra_role(name, self.p), *cols[place:]]
        t.cols = cols

    def _quarter_columns(self, t: TrackerReading, lines: list[Line]) -> None:
        """A progress name merged over one column a quarter, the quarters' labels printed on the
        line under the header ("Progress 2024/25" over "Q1 Q2 Q3", plan.quarter_band): as many
        progress columns, the last name completed by the words after the labels kept as a
        column no field is for, and the rows read from the line after."""
        k = t.nxt
        quarter = self.headers.quarter
        if (
            quarter is None
            or t.named is not None
            or t.extras
            or k >= len(lines)
            or lines[k].cells is not None
        ):
            return
        got = quarter_band(self.pl.cm, quarter, self.pl.flat(lines[t.i].text), self.pl.flat(lines[k].text))
        if got is None:
            return
        n, name = got
        at = t.cols.index("progress")
        t.cols = [*t.cols[:at], *["progress"] * n, *t.cols[at + 1 :]]
        if name is not None:  # (the last column's, its name's closing words printed after the labels)
            t.extras = [(len(t.cols), name)]
            t.cols = [*t.cols, extra_role(name, self.p)]
        t.nxt = t.after_wraps = k + 1

    def _status_first(self, t: TrackerReading) -> None:
        """The status printed first ("Status | Rec | Action | ..."): each row opens with its
        status words, then its ref; the columns printed before each row's ref told."""
        cols, printed = t.cols, t.printed
        t.review = cols[0] == "review"
        t.status_first = (
            not t.agency
            and cols[0] == "status"
            and "ref" not in cols[2:]
            and (
                cols[1] == "ref"
                # ("Rec" heading the recommendations' numbers: the rows' refs)
                or cols[1] == "recommendation"
                and "action" in cols
                and len(printed[0].split()) > 1
                and len(printed[0].split()[1].rstrip(".")) <= ABBREVIATED
            )
        )
        if t.status_first:
            t.cols = ["status", "ref", *cols[2:]]
        t.before = t.review or t.agency or t.status_first

    def _home_office_numbers(self, t: TrackerReading, lines: list[Line]) -> None:
        """The Home Office template's rows numbered in a column its header leaves unnamed, or
        the number opening the recommendation's cell ("1 The Partnership should Local Add a
        ...", "12.1 Local Convene ..."; its Scope column read by its scope word); and the lines
        the header's names wrap onto, passed over where a page prints the header again."""
        # (the header's names' words wrapped under its first line, up to the first row)
        if t.cols[:2] == ["recommendation", "scope"] and "ref" not in t.cols:
            t.first_row = self._first_row(lines, t.after_wraps)
            t.tail = " ".join(self.pl.flat(lines[k].text) for k in range(t.nxt, t.first_row or t.nxt))
        self._wraps = {
            self.pl.flat(lines[k].text) for k in range(t.i + 1, max(t.first_row or 0, t.after_wraps))
        }
        if t.first_row is None:  # (found only under such a header, above)
            return
        t.cols = ["ref", *t.cols]
        if (
            t.cols[-1] == "target_date"
            and t.first_row - t.nxt <= MAX_LINES
            # (the last name's first word read into "Target Date", none printed apart)
            and not any(
                w in name for w in self.pl.cm.unnamed_words(t.printed[0]) for name in self.outcome_names
            )
            and self._names_outcome(" ".join([*t.printed, t.tail]))
        ):
            # (the template's last name, "Date of completion and Outcome", wrapped under the
            # target date's so that the first line names only "Target Date": a column more)
            t.cols = [*t.cols, "status"]

    def _numbered_layout(self, t: TrackerReading, lines: list[Line]) -> list[str] | None:
        """The columns to hand to plan.numbered_actions when each row prints its
        recommendation's number and its action's (in columns, or opening the cells), else None."""
        cols, nxt = t.cols, t.nxt
        if cols[:4] == ["ref", "recommendation", "ref", "action"] and cols.count("ref") == 2:
            return cols
        if (
            cols[:5] == ["ref", "recommendation", EXTRA, "ref", "action"]
            and cols.count("ref") == 2
            and len(t.extras) == 1
            and priority_named(t.extras[0][1], self.p)
        ):
            # ("Rec | Recommendation | Priority | Ref | Action | ...": the priority merged beside
            # the recommendation, plan.merged_priority)
            return cols
        if cols[:3] == ["ref", "recommendation", "action"] and self._numbers_in_cells(lines, nxt):
            # "No. | Recommendation | Action | ...", each action cell opening with its own number
            # ("1 The Board should ... 1.1 Add a ..."): the number the action's ref
            return ["ref", "recommendation", "ref", "action", *cols[3:]]
        if cols[:3] == ["ref", "recommendation", "action"] and self._numbers_in_cells(
            lines, nxt, paired=True
        ):
            # "Rec | Recommendation | Action | ...", each action cell opening with its
            # recommendation's number and its own ("R1 A1"): the pair is the action's ref
            return ["ref", "recommendation", "ref", "action", *cols[3:]]
        if (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and self._numbers_in_cells(lines, nxt)
        ):
            # "Recommendation | Specific action | ...", each cell opening with its own number
            # ("1. The Partnership should ..." beside "1.1 Write a guide ..."): the numbers are
            # the ref columns the header does not print
            return ["ref", "recommendation", "ref", "action", *cols[2:]]
        first = (
            self._first_row(lines, nxt) if cols[:4] == ["ref", "recommendation", "scope", "action"] else None
        )
        if first is not None and self._numbers_in_cells(lines, first):
            # the Home Office template, "Recommendation | Scope | Action to take | ...", each
            # recommendation cell opening with its number ("1. Checking the history.") and each
            # action cell with its own ("1.1 Change ..."), the scope word merged between them
            # (plan.merged_scope): the numbers the ref columns the header does not print
            return ["ref", "recommendation", "scope", "ref", "action", *cols[4:]]
        return None

    def _row_numbers(self, t: TrackerReading, lines: list[Line]) -> None:
        """Whether the rows' refs are the recommendations' numbers ("Rec | Action | ...", rows
        opening "1.1 Ask ..." or "One"), printed as bands across the table, or codes opening
        the recommendation's cell: each the ref column the header does not name."""
        cols, printed, nxt = t.cols, t.printed, t.nxt
        # (a plan numbering its recommendations in words, "One", "Two": its rows open so)
        self.worded = self._words_open_rows(lines, nxt)
        t.numbers = (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and "target_date" in cols  # (the rows' dates anchor their cuts)
            and (self._numbers_open_rows(lines, nxt) or self.worded)
            # ("Rec", not "Recommendation", unless the rows open with actions, not with sentences
            # asking someone to act)
            and (len(printed[0].split()[0].rstrip(".")) <= ABBREVIATED or not self._asks_first(lines, nxt))
        )
        # (recommendations printed as bands across the Home Office template over rows its
        # Recommendation column numbers: that column the rows' refs, plan.banded_numbers)
        t.bands = (
            table_bands(self, lines, cols, t.printed_cols, nxt)
            if t.first_row is None and not t.numbers
            else None
        )
        if t.bands is not None:
            t.cols, t.numbers = ["ref", *cols[1:]], True
        # (bands stated as "Recommendation 2: ..." across the table are no coded rows)
        t.coded = None if t.bands is not None else coded_rows(self, lines, nxt, t.cols)
        if t.coded and t.named is None:
            # (a slash joining two names of what became of the action, "Progress/RAG": one column)
            t.cols = slashed_columns(self.pl.cm, " ".join(printed), t.cols)
        if t.coded:
            # (each recommendation cell opening with its code, "R1 The Board should ...", or its
            # label and number, "Recommendation 1: The Partnership should ...": the code or the
            # number is the row's ref, cut as the ref column the header does not print)
            t.cols = ["ref", *t.cols]
            t.named = t.named and [("ref", NAMES["ref"]), *t.named]
        self._unprinted_refs(t, lines)

    def _unprinted_refs(self, t: TrackerReading, lines: list[Line]) -> None:
        """ "Rec. | Action | ..." or "Recommendation | Action | ..." over rows opening with a
        number: the short name heads the recommendations' numbers, the long one a cell opening
        with its number; either way a ref column the header does not print."""
        if (
            not t.numbers
            and t.cols[:2] == ["recommendation", "action"]
            and "ref" not in t.cols
            and self._first_row(lines, t.nxt) is not None
        ):
            if len(t.printed[0].split()[0].rstrip(".")) <= ABBREVIATED:
                # ("Rec. | Action | ...", rows opening "1.1 Ask ...": the short name heads the
                # rows' numbers)
                t.numbers = True
            else:
                # ("Recommendation | Action | ...", the recommendation's cell opening with its
                # number, "1. The Board should ...", merged over its actions: the number is the
                # row's ref, the cell's words after it the recommendation's)
                t.cols = ["ref", *t.cols]
        if t.numbers:
            # ("Rec | Action | ...": the short name heads a column of the recommendations' numbers,
            # cut as the rows' refs and handed on under its name, as the cells of a PDF's table
            # are: the walk's column roles make it each row's recommendation number)
            t.cols = ["ref", *t.cols[1:]]

    def _refused(self, t: TrackerReading) -> bool:
        """Columns this reader does not cut: no single ref where the rows open, nothing rated,
        no action or recommendation, a name no field is for, or too few columns."""
        cols = t.cols
        rated = "status" in cols or cols[-1] == "progress" or t.numbers and cols[-1] == "target_date"
        # (a completion date beside the target date: cut as a date, the walk reads it a status)
        rated = (
            rated
            or (t.completed is not None or COMPLETED in cols)
            and "target_date" in cols
            or PERCENT in cols
            or stated_outcomes(cols, t.status_first)  # (plan.outcome_statuses)
        )
        return (
            cols[t.before] != "ref"
            or cols.count("ref") > 1
            or cols.count("review") > 1
            or not rated
            or not ({"action", "recommendation"} & set(cols))
            or any(
                c not in NAMES
                and c not in (EXTRA, EXTRA_DATE, COMPLETED, AGENCY, PERCENT, ACCEPTANCE, RESPONSE)
                for c in cols[t.agency :]
            )
            or len(cols) < 4
        )
