"""A partnership's or board's tracker sheet in text taken out a printed line at a time (every
printed line followed by a blank line, the cells of a table line joined by single spaces):
"Ref | Recommendation | Action | Lead | Target date | Progress | RAG", a row per action, often
over several reviews, its cells wrapping over many printed lines.

Where the cells' later lines cannot be told apart, each row's first printed line still can:
every cell opens there, at its column's left edge, with a capital or a digit (the first cell
after the ref may carry a merged recommendation on, in lower case), and the long cells fill
that line to their column's width. The reader:

1. finds the rows: a printed line opening with a row ref ("1", "2.1", "1a", "R3");
2. cuts every row's first line into its cells where the cuts agree across the rows (each
   column as wide as its widest first line, the narrowest table holding them all: the words
   measured in the typeface the report is set in, vocab.type_widths) and where the cells read
   as their columns do (a date in the date column, a status word or RAG colour in the status
   column);
3. keeps the table only when nearly every row's date and status cells read so, and the action
   (or, with no action column, the recommendation) opens each row. A column no field is for printed
   before the action ("Learning identified") may be merged over the actions answering it: a
   row leaving it empty opens with its action, so the cut does not give that column the
   action's imperative ("Add a") nor leave the action's cell empty.

Each row goes on as one cell row holding its cells' first lines (a cell's opening words: what
an action or a recommendation is found by, and the whole of a short ref, lead, date or status
cell); the other printed lines stay as empty rows, so every printed line keeps its own Line.
A table read so is marked with a warning for the walk (the cells' later lines are not read);
a table the cuts do not read clearly is left as printed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan import band_rows
from dhrparse.plan.block_cells import ColumnBlockWords
from dhrparse.plan.column_blocks import STATEMENT_IN_COLUMN
from dhrparse.plan.first_column import least_room, wrap_bound
from dhrparse.plan.header_room import MAX_LINES
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.ref_series import series_end
from dhrparse.plan.status import completion_flag
from dhrparse.plan.tracker_header import EXTRA, EXTRA_DATE, TrackerHeaders
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.wrapped_columns import AGENCY, COMPLETED, FLAG, NamedColumns, rebuilt
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face, faces

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

# a name for each column the cells are handed on under (the walk maps names back to fields)
_NAMES = {
    "review": "Review",
    "ref": "Ref",
    "recommendation": "Recommendation",
    "scope": "Scope of recommendation",
    "action": "Action to take",
    "lead": "Lead agency",
    "target_date": "Target date",
    "progress": "Progress update",
    "status": "Status",
    "success_measure": "Evidence of impact",
    "desired_outcome": "Desired outcome",
}
FIRST_LINES = (
    "a tracker's cells were read from each row's first printed line only (its cells joined on each line)"
)
UNANCHORED = "a tracker row printing no date or status on its first line could not be cut into its cells"
ROWS_ASKED = 3  # the first rows whose opening lines tell recommendations from actions
ABBREVIATED = 4  # the most letters of a column's name shortened to head its numbers ("Rec")
RUNNING_HEAD = 20  # the fewest characters of a line taken for a page's running head or foot
DATE_WORDS = 3  # the most words a day's date prints in ("23 September 2024")
MIN_ROWS = 3  # fewer rows give too few first lines to agree the columns' widths
MAX_WORDS = 14  # the most words a cell's first printed line holds
EMPTY = 1.5  # a cell left empty on its row's first line (an unfilled status, a date not set)
EMPTY_MERGED = 0.5  # ... the recommendation's (printed once over its actions' rows)
FILL = 2.0  # a long cell's first line left short of its column, per column width
# columns of sentences, their first lines full (an outcome: a status column holding sentences,
# "Date of completion and outcome", read as such where its cells hold no status words)
OUTCOME = "outcome"
LONG = ("recommendation", "action", "progress", OUTCOME)
SCOPE_FIT = 2.0  # a scope cell reading as one ("Local"), or not
AGENCY_FIT = 2.0  # an agency's cell reading as a name ("Police"), or not
_NAME_JOINS = {"and", "of", "&", "the", "for"}  # the lower-case words of an agency's name
# a ref numbering an action under its recommendation ("1.3", "2b", "4(a)"): the recommendation's
# cell may be merged over that row and printed on the first action's row only
# (letters, then the number: a run of digits reads one way only, so a long one costs no time)
_SUB_REF = regex.compile(r"^[^\W\d]*\d+(?:\.\d+|\s?\(?[a-z]\)?)\.?$")
_ACTION_REF = regex.compile(r"^(\d{1,2})(?:[a-z]|\.\d{1,2})\.?$")
_NUMBER = regex.compile(r"\d+")
_WHOLE_DATE = regex.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_CUT_DATE = regex.compile(r"^(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:20?|20\d)$")
_YEAR = regex.compile(
    r"^\d{4}(?:/\d{2})?$"
)  # a date's second printed line ("March" / "2025", "Q3" / "2024/25")
SHORT_LINE = 0.7  # a line's share of the recommendation column's room short of a full line
YEAR_LINES = 3  # the row's lines a wrapped date's year may print on (other cells' wraps between)
TRAILING_WORDS = 1  # the most words a date cell's first line prints after its date ("2024 (revised)")
DATE_FIT, STATUS_FIT = 2.0, 2.0  # a cell reading as its column does, or not
SHARE_FITTING = 0.8  # the share of rows whose date and status cells must read so
INNER_CAPITAL = 1.0  # a capital inside a cell's line after a lower-case word: the next cell opens there
NAME_BEFORE_ACTION = 1.0  # an action cell opening with a name's last words, its imperative after them
ACTION_ASTRAY = 2.0  # an action's imperative opening the cell of the column no field is for before it
EMPTY_ACTION = 1.0  # a row's action cell left empty on its first line (every row's action opens there)
NAME_TAIL_WORDS = 2  # the most words of a name the cell beside may wrap onto the action's line
REVIEW_WORDS = 3  # the most words a review's cell prints on its row's first line ("DHR 'Amira'")
AGENCY_WORDS = 3  # the most words of an agency's name a row's first line prints before its ref
HEADER_WRAPS = 6  # the most lines a header's long names wrap over under its first line
OPENING = 4  # the words of a recommendation's opening looked for in the report above its plan
OVER = 1.03  # a recommendation's later line may run this much past its first (kerning, rounding)


def _printed_again(lines: list[Line]) -> set[str]:
    """The texts of the lines printed more than once (a page's running head or foot), long
    enough not to be a cell's short words."""
    seen: set[str] = set()
    again: set[str] = set()
    for ln in lines:
        text = ln.text.strip()
        if ln.cells is None and len(text) >= RUNNING_HEAD:
            (again if text in seen else seen).add(text)
    return again


def _first_column_words(words: list[str], face: Face, room: float) -> list[str]:
    """A printed line's opening words that the first column's width holds, up to a sentence's
    end: the first column's part of a line whose cells the print joined."""
    taken, width = [], -face.space
    for w in words:
        width += face.space + face.width(w)
        if width > room * OVER:
            break
        taken.append(w)
        if w.endswith("."):
            break
    return taken


def _joined_ref(words: list[str], ref: regex.Pattern) -> list[str]:
    """A row's ref printed as two words, an agency's letters and the number ("ICB 1"), as one
    word: the ref the row opens with."""
    if (
        len(words) > 2
        and len(words[0]) > 1
        and words[0].isalpha()
        and words[1][:1].isdigit()
        and not ref.match(words[0])
        and ref.match(f"{words[0]} {words[1]}")
    ):
        return [f"{words[0]} {words[1]}", *words[2:]]
    return words


def _banded(rows, roles: list[str], shapes: _Shapes) -> bool:
    """Some row printing neither date nor status is followed by rows lettered or numbered under
    its ref ("4", then "4a"): a recommendation printed as a band across the table over its
    actions, which plan.recommendation_bands reads, not a tracker row."""
    anchors = [r for r in ("target_date", "status") if r in roles]
    for (_, ref, cells), (_, after, _) in zip(rows, rows[1:]):
        bare = not any(cells[roles.index(r)] and shapes.fit(r, cells[roles.index(r)]) < 0 for r in anchors)
        if bare and after != ref and after.startswith(ref.rstrip(".")) and _SUB_REF.match(after):
            return True
    return False


def _extra_role(name: str, p: Patterns) -> str:
    """The role of a column no field is for: a date's where its name says it holds the day a
    row was closed ("Date closed"), its cells cut as dates (or left empty), else EXTRA."""
    # (compiled once, kept with the patterns: asked of every unnamed column of every plan)
    return EXTRA_DATE if p.joined("actions.tracker.closed_date_name").search(name) else EXTRA


class _Shapes:
    """What the date and status columns' cells look like (patterns' dates and status words)."""

    def __init__(self, p: Patterns, whole_dates: bool = False, flags: bool = False):
        self.p = p
        self.whole_dates = whole_dates
        self.flags = flags  # (the status column a completion flag's: "Y", "N")
        words = [w for v in ("not_started", "in_progress", "complete") for w in p.list(f"actions.status.{v}")]
        words += list(p.get("actions.status.rag", {}) or {}) + p.list("actions.status.not_finished")
        words += p.list("actions.tracker.rag_letters") + p.list("actions.tracker.other_status")
        alts = "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))
        self.status_rx = regex.compile(rf"^(?:{alts})(?![\w-])", regex.I)
        # (the first words of the statuses of more than one word: a narrow cell's first line)
        self.status_openings = {w.split()[0].lower() for w in words if len(w.split()) > 1}
        # (a live action's "Open", "Open – on track": the word alone or before a dash)
        self.open_rx = regex.compile(p.get("actions.status.open_cell", "(?!x)x"), regex.I)
        self.no_date = {w.lower() for w in p.list("dates.words.no_date")}
        # (a timescale given as a span from the plan's agreement, "Within 6 months")
        self.span = regex.compile(p.get("actions.board_response.timescale", "(?!x)x"), regex.I)
        self.scope_rx = PlanVocabulary.of(p).scope_cell
        # (the words a target cell holds before its date: "By end of", "From")
        self.before_date = {w.lower() for w in p.list("dates.words.target_cell")}
        self._dates: dict[str, bool] = {}
        self._after: dict[str, bool] = {}
        self.imperative = ColumnBlockWords.of(p).imperative
        self.body_to = ColumnBlockWords.of(p).body_to

    def name_before_imperative(self, text: str) -> bool:
        """The cell opens with a capitalised word or two and then a capitalised imperative
        ("Safer Write a note ..."): the words before the verb end a name the cell beside began
        ("Wyvernstone Safer" / "Communities Partnership"), as an action opens with its verb."""
        words = text.split()
        if self.imperative.match(text) or self.body_to.match(text):
            return False  # (an action opening with its verb, or with who acts: "CSP Chair to write")
        for j in range(1, min(NAME_TAIL_WORDS, len(words) - 1) + 1):
            if not words[j - 1][:1].isupper():
                return False
            if words[j][:1].isupper() and self.imperative.match(" ".join(words[j:])):
                return True
        return False

    def opens_status(self, text: str) -> bool:
        return bool(self.status_rx.match(text) or self.open_rx.match(text))

    def is_status(self, text: str) -> bool:
        if self.flags and completion_flag(text, self.p) is not None:
            return True
        return len(text.split()) <= 4 and self.opens_status(text)

    def date_shape(self, text: str) -> float:
        """1 for a whole date or a no-date word ("Ongoing"), 0.5 for a date's first line ("31
        January" over "2025"), 0 for no date."""
        t = text.lower().strip(" .")
        if t in self.no_date or self.span.match(text):
            return 1.0
        if text[:1].isupper() and self.span.match(f"{text} months"):
            return 0.5  # (a span's first line, "Within 6" over "months")
        if _CUT_DATE.match(text):
            return 0.5  # (a day's date a narrow column broke inside its year, "31/08/202" over "4")
        known = self._dates.get(text)
        if known is None:
            known = 0.0
            if len(text.split()) <= 4:
                for shape, padded in ((1.0, text), (0.5, f"{text} 2020")):
                    found = find_dates(padded, self.p)
                    if (
                        found
                        # (asked so, the date ends the cell: "30.09.2024 Guide on the" holds the next
                        # cell's words)
                        and (not self.whole_dates or len(padded[found[0].end :].split()) <= TRAILING_WORDS)
                        and (
                            found[0].start <= 1
                            or found[0].start < len(text)  # (the year added is not the date)
                            and all(w.lower() in self.before_date for w in padded[: found[0].start].split())
                        )
                    ):
                        known = shape
                        break
            self._dates[text] = known
        return known

    def _status_after(self, text: str) -> bool:
        """A status phrase follows the cell's first word ("30/09/2024 Completed")."""
        known = self._after.get(text)
        if known is None:
            words = text.split()
            known = self._after[text] = any(
                self.opens_status(" ".join(words[a:])) for a in range(1, len(words))
            )
        return known

    def is_day(self, text: str) -> bool:
        """A day's date filling the cell ("12/05/2023"), or a word standing for one ("Ongoing")."""
        if text.lower().strip(" .") in self.no_date:
            return True
        found = find_dates(text, self.p) if len(text.split()) <= DATE_WORDS else []
        return (
            len(found) == 1
            and found[0].value.precision == "day"
            and found[0].end - found[0].start >= len(text.strip()) - 1
        )

    def is_date(self, text: str) -> bool:
        return self.date_shape(text) > 0

    def fit(self, role: str, text: str) -> float:
        if role == OUTCOME:
            # (an outcome's sentence opening with its status, "Completed 12/03/2025 – letter sent")
            return -STATUS_FIT if self.opens_status(text) else 0.0
        if role == "target_date":
            if _YEAR.match(text):
                return 0.0
            if self._status_after(text):
                return DATE_FIT  # (the status opening the cell beside: "31/10/2024" | "Completed")
            shape = self.date_shape(text)
            return -DATE_FIT * shape if shape else DATE_FIT
        if role == COMPLETED:
            # (the day the action was done, or a word saying it is not yet: not a quarter's or a
            # year's date, which is the target's, "Q3" | "2023/24")
            return -DATE_FIT if self.is_day(text) or self.is_status(text) else DATE_FIT
        if role == EXTRA_DATE:
            return -DATE_FIT if self.date_shape(text) == 1.0 else DATE_FIT
        if role == "status":
            return -STATUS_FIT if self.is_status(text) else STATUS_FIT
        if role == "scope":
            return -SCOPE_FIT if self.scope_rx.match(text) else SCOPE_FIT
        if role == AGENCY:
            # (who acts, between the recommendation and the action: an agency's short name, its
            # words capitalised, "Police", "Borough Council"; not a sentence's words)
            words = text.split()
            named = 0 < len(words) <= AGENCY_WORDS and all(w[:1].isupper() or w in _NAME_JOINS for w in words)
            return -AGENCY_FIT if named else AGENCY_FIT
        if role == "lead" and self.flags and self.date_shape(text) == 1.0:
            return DATE_FIT  # (a day's date is the dates' columns', not the lead's)
        return 0.0


def _repeated_recommendations(firsts: dict, opening: dict[int, str], seconds: dict[int, str]) -> None:
    """A recommendation printed again on each of its actions' rows (the rows numbering it
    alike, "1" | "1", their recommendation cells opening alike) is one recommendation: its later
    rows hold the text carried on the first row's lines (the words carried from a later row's
    lines may take the cell beside's, its cells wrapping otherwise)."""
    kept: dict[tuple[str, str], str] = {}
    for k in sorted(firsts):
        if k not in seconds or not opening.get(k):
            continue
        key = (seconds[k], opening[k])
        if key in kept:
            firsts[k][1] = kept[key]
        else:
            kept[key] = firsts[k][1]


class _FirstLine:
    """One row's first printed line: its ref, and its other words with their widths."""

    def __init__(self, index: int, words: list[str], face: Face, label: regex.Pattern):
        self.index = index
        self.ref, self.words = words[0], words[1:]
        self.merged = bool(_SUB_REF.match(self.ref))
        self.widths = [face.width(w) for w in self.words]
        self.space = face.space
        self.sums = [0.0]
        for w in self.widths:
            self.sums.append(self.sums[-1] + w)
        # where a cell may open: a capital or a digit (not the number of "Recommendation 2");
        # the first cell anywhere
        self.places = [0] + [
            a
            for a in range(1, len(self.words))
            if _OPENS.match(self.words[a])
            and not (self.words[a][0].isdigit() and label.match(self.words[a - 1]))
        ]
        # capitals after a lower-case word, counted up to each word
        self.caps = [0, 0]
        for prev, word in zip(self.words, self.words[1:]):
            self.caps.append(self.caps[-1] + (prev[:1].islower() and word[:1].isupper()))

    def width(self, a: int, b: int) -> float:
        return self.sums[b] - self.sums[a] + (b - a - 1) * self.space


def _name_cut(
    ln: _FirstLine, roles: list[str], before: tuple | None, a: int, b: int, shapes: _Shapes
) -> bool:
    """The action cell words[a:b] opens with a name's last words before its imperative, and the
    recommendation cell before it holds one word: a sentence's first printed line is no lone
    word, so that word and the action's first ones are the name opening the recommendation
    ("Wyvernstone" | "Safer Write a note": "Wyvernstone Safer" | "Write a note")."""
    if before is None or roles[before[2]] != "recommendation" or a - before[0] != 1:
        return False
    return shapes.name_before_imperative(" ".join(ln.words[a:b]))


def _action_astray(ln: _FirstLine, roles: list[str], c: int, a: int, b: int, shapes: _Shapes) -> bool:
    """The cell words[a:b] of a column no field is for, printed just before the action's,
    opens as an action does, with its imperative ("Add a"): the action's own first words, its
    row leaving the column before it empty (a finding merged over its actions' rows)."""
    return (
        roles[c] == EXTRA
        and c + 1 < len(roles)
        and roles[c + 1] == "action"
        and bool(shapes.imperative.match(" ".join(ln.words[a:b])))
    )


def _cut(ln: _FirstLine, roles: list[str], rooms: list[float], shapes: _Shapes):
    """The row's first line cut into its cells (column, start, end), each cell costing the width
    it would widen its column to and its fit to the column's role; None when it cannot be cut."""
    n, k = len(ln.words), len(roles)
    if not n:
        return None
    best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
    ends = [*ln.places[1:], n]
    for a in ln.places:
        for c in range(k):
            here = best.get((a, c))
            if here is None:
                continue
            skipped = here[0]
            for c2 in range(c, k):
                if a == 0 or _OPENS.match(ln.words[a]):
                    for b in (e for e in ends if e > a):
                        if b - a > MAX_WORDS:
                            break
                        w = ln.width(a, b)
                        cost = skipped + max(rooms[c2], w) + shapes.fit(roles[c2], " ".join(ln.words[a:b]))
                        cost += INNER_CAPITAL * (ln.caps[b] - ln.caps[a + 1])
                        if roles[c2] == "action" and _name_cut(ln, roles, here[1], a, b, shapes):
                            cost += NAME_BEFORE_ACTION
                        if _action_astray(ln, roles, c2, a, b, shapes):
                            cost += ACTION_ASTRAY
                        if roles[c2] in LONG and rooms[c2] > w:
                            cost += FILL * (1 - w / rooms[c2])
                        key = (b, c2 + 1)
                        if key not in best or cost < best[key][0]:
                            best[key] = (cost, (a, c, c2))
                merged = ln.merged and roles[c2] == "recommendation"
                skipped += (EMPTY_MERGED if merged else EMPTY) + rooms[c2]
                skipped += EMPTY_ACTION if roles[c2] == "action" else 0.0
    done = [
        (best[(n, c)][0] + sum(rooms[c:]) + EMPTY * (k - c), c) for c in range(1, k + 1) if (n, c) in best
    ]
    if not done:
        return None
    cost, c = min(done)
    out, b = [], n
    while b > 0:
        _, (a, pc, c2) = best[(b, c)]
        out.append((c2, a, b))
        b, c = a, pc
    return cost, tuple(reversed(out))


def _maxima(lines: list[_FirstLine], cuts, k: int, skip: int = -1) -> list[float]:
    out = [0.0] * k
    for r, (ln, cut) in enumerate(zip(lines, cuts)):
        if r == skip or cut is None:
            continue
        for c, a, b in cut[1]:
            out[c] = max(out[c], ln.width(a, b))
    return out


def cut_first_lines(
    texts: list[tuple[int, list[str]]], roles: list[str], shapes: _Shapes, label: regex.Pattern
):
    """(cost, [(line index, ref, cells)]) of the rows' first lines cut where they agree, in the
    typeface that cuts them at least cost; None when no typeface cuts every row."""
    best = None
    for name in faces():
        face = Face(name)
        lines = [_FirstLine(i, words, face, label) for i, words in texts]
        k = len(roles)
        typical = sorted(ln.width(0, len(ln.words)) for ln in lines)[len(lines) // 2] / k
        for start in ([0.0] * k, [typical] * k):
            cuts = [_cut(ln, roles, start, shapes) for ln in lines]
            for _ in range(6):
                changed = False
                for r, ln in enumerate(lines):
                    cut = _cut(ln, roles, _maxima(lines, cuts, k, skip=r), shapes)
                    if cut != cuts[r]:
                        cuts[r], changed = cut, True
                if not changed:
                    break
            if any(c is None for c in cuts):
                continue
            widths = _maxima(lines, cuts, k)
            cost = sum(widths) * len(lines) + sum(c[0] - sum(widths) for c in cuts)
            if best is None or cost < best[0]:
                rows = []
                for ln, (_, cut) in zip(lines, cuts):
                    cells = [""] * k
                    for c, a, b in cut:
                        cells[c] = " ".join(ln.words[a:b])
                    rows.append((ln.index, ln.ref, cells))
                best = (cost, rows, face, widths)
    return best


class TrackerRows(JoinedReader):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        self.ref = PlanVocabulary.of(p).ref_word_whole
        # a recommendation's number in words ("One"), a row's ref only in a table whose rows open so
        self.word_ref = regex.compile(rf"^(?:{p.get('actions.plan.ref_word', '(?!x)x')})$")
        self.worded = False
        # the word before a recommendation's number in its cell ("Recommendation 2")
        self.label = regex.compile(rf"^(?i:{p.get('actions.plan.ref_label')})$")
        self._shapes: _Shapes | None = None
        self.headers = TrackerHeaders(lines.cm, p)
        self.named = NamedColumns(lines.cm, p)
        who = "|".join(
            sorted((regex.escape(w) for w in p.list("actions.who_headers")), key=len, reverse=True)
        )
        kinds = "|".join(regex.escape(w) for w in p.list("actions.tracker.review_kinds"))
        self.review_kind = regex.compile(rf"^(?:{kinds})$", regex.I)
        self.who = regex.compile(rf"(?<![\w-])(?:{who})(?![\w-])", regex.I)
        self.outcome_names = [
            set(regex.findall(r"[\w/]+", n.lower())) for n in p.list("actions.tracker.outcome_names")
        ]
        self.modals = {w.lower() for w in p.list("actions.tracker.recommendation_modals")}
        # an action's number printed after its recommendation's at the head of the action's
        # cell ("R1 A1"): the two together are the action's ref
        self.action_head = regex.compile(p.get("actions.tracker.action_number", "(?!x)x"))
        self.sections: dict[int, int] = {}  # agencies' headings in a table: {heading: its header}
        self._wraps: set[str] = set()  # the texts of the lines the table's header wraps onto
        # the RAG colours a status column prints ("Amber"), patterns' `status.rag`
        self.rag_words = {w.lower() for w in (p.get("actions.status.rag") or {})}

    @cached_property
    def _status_opening(self) -> regex.Pattern:
        """A status phrase opening a line ("Not started", "Complete")."""
        return _Shapes(self.p).status_rx

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        # (a header dating a column or naming one no field is for is read here only)
        lines = self.pl.lines = self.headers.strip(lines)
        return self.headers.restore(self.pl.rewrite_at_headers(lines, self._table))

    def _body(
        self, lines: list[Line], cols: list[str], nxt: int, bands: bool = False
    ) -> tuple[list[int], int]:
        """The table's printed lines (the header printed again on a later page left out), and
        the index after the table: it runs to the report's next heading. A header printed again
        under an agency's heading opens that agency's part of the plan (`self.sections`: the
        heading's index, kept as printed, and the header's)."""
        body: list[int] = []
        j = nxt
        running = None  # (texts printed more than once: a running head or foot)
        while j < len(lines) and lines[j].cells is None:
            if lines[j].number in self.heading_lines:
                if not (bands and self._band_over_rows(lines, j)):
                    break
                j += 1  # (a band across the table naming its rows' kind: no row's line)
                continue
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and again[0] == cols:
                if running is None:
                    running = _printed_again(lines)
                h = len(body) - 1
                while h > 0 and body[h] == j - len(body) + h and lines[body[h]].text.strip() in running:
                    h -= 1  # (the page's running foot or head, printed between the heading and the header)
                if (
                    h >= 0
                    and body[h] == j - len(body) + h
                    and self._opens_row(lines, again[2])  # (else a row the page broke goes on)
                    and self.pl.is_agency_heading(
                        body[h], self.pl.flat(lines[body[h]].text), over_header=True
                    )
                ):
                    self.sections[body.pop(h)] = j
                j = again[2]
                # (the header's long names wrapped under it again, "recommen" / "dation i.e.")
                while (
                    j < len(lines) and lines[j].cells is None and self.pl.flat(lines[j].text) in self._wraps
                ):
                    j += 1
                continue
            body.append(j)
            j += 1
        return body, j

    def _band_over_rows(self, lines: list[Line], j: int) -> bool:
        """Heading line j is a band across a RAG-rated table ("Single agency recommendations"):
        the next line opens a row with its number and a RAG colour."""
        if j + 1 >= len(lines) or lines[j + 1].cells is not None:
            return False
        words = self.pl.flat(lines[j + 1].text).split()
        return len(words) > 2 and self._ref_at(words, False) == 0 and self._rag_word(words[1])

    def _columns(self, cols: list[str], printed: str, first: str) -> list[str]:
        """The header's columns, a column of who acts counted as the lead ("No. | Recommendation
        | Agency | Action ..."): the header names no lead column otherwise. A header's wrapped
        line completes the names above it ("Rec" / "No.", "RAG" / "status"), adding no column."""
        above = self.pl.cm.scan(first)
        if len(above) < len(cols) and set(above) == set(cols):
            cols = above
        if "lead" in cols:
            return cols
        found = [m for m in self.who.finditer(printed)]
        if len(found) != 1:
            return cols
        before = self.pl.cm.scan(printed[: found[0].start()])
        after = self.pl.cm.scan(printed[found[0].end() :])
        if not before or (after and after[0] == before[-1]) or before + after != cols:
            return cols
        return [*before, "lead", *after]

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        printed_cols, printed, nxt = header
        if self.first_table is None:
            self.first_table = i
        cols = self._columns(printed_cols, " ".join(printed), self.pl.flat(lines[i].text))
        # (an agency's name before each row's ref, "Agency | Ref | Action | ... | Lead officer":
        # printed on its first action's row only, the column no field is for)
        agency = self._agency_first(printed[0], cols)
        completed = None  # (the printed name of a column holding the day the action was done)
        wraps, after_wraps = self._header_wraps(lines, nxt, agency)
        got = rebuilt(self.pl.cm, self.p, self._agency_less(printed[0]) if agency else printed[0], wraps)
        named = None if agency else self._flagged_names(lines, i, nxt, wraps)
        pair = None  # (the two ref columns' names, "ID" | "Rec no.", where each row prints both)
        rag = 0  # (how many columns print between the two ref columns: a RAG colour's)
        reviewed = None  # (the name of a review's column printed between them, "ID | Review | Rec no.")
        if named is not None:
            # (a completion flag's header naming every column, some in the middle no field is
            # for, "... | Agency | Action | ... | Date agreed | Target date | Revised date | ...")
            cols = [r for r, _ in named]
            if cols[:2] == ["ref", "ref"]:
                pair = [named[0][1], named[1][1]]
                named = [named[0], *named[2:]]
                cols = [r for r, _ in named]
            elif cols[:3] == ["ref", "status", "ref"]:
                # (the RAG colour printed between the row's number and its recommendation's,
                # "Ref | RAG | Rec No. | ...": the second number read after the colour)
                pair, rag = [named[0][1], named[2][1]], 1
                named = [named[0], named[1], *named[3:]]
                cols = [r for r, _ in named]
            elif cols[:3] == ["ref", "review", "ref"]:
                # (the review each row comes from printed between the row's id and its
                # recommendation's number, "ID | Review | Rec no. | ...": the second number read
                # after the review's first words, which are the review's cell, put back after the cut)
                pair, reviewed = [named[0][1], named[2][1]], named[1][1]
                named = [named[0], *named[3:]]
                cols = [r for r, _ in named]
            nxt = after_wraps
        elif got is not None:
            cols = [role for role, _ in got]
            completed = next((name for role, name in got if role == COMPLETED), None)
            nxt = after_wraps
        if agency:
            cols = ["agency", *cols]
        dated = self.headers.dated.get(lines[i].number, 0)
        if dated > 1 and cols.count("progress") == 1:
            # (a dated update column a quarter, "Q1 update (Apr–Jun 2025)" | "Q2 update (...)":
            # the names the scan read as one are as many columns as their asides)
            at = cols.index("progress")
            cols = [*cols[:at], *["progress"] * dated, *cols[at + 1 :]]
        extras = self.headers.extra.get(lines[i].number) or []
        for place, name in extras:
            cols = [*cols[:place], _extra_role(name, self.p), *cols[place:]]
        review = cols[0] == "review"
        # (the status printed first, "Status | Rec | Action | ...": each row opens with its status
        # words, then its ref)
        status_first = (
            not agency
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
        if status_first:
            cols = ["status", "ref", *cols[2:]]
        before = review or agency or status_first  # (a column printed before each row's ref)
        # (the header's names' words wrapped under its first line, up to the first row)
        tail, first_row = "", None
        if cols[:2] == ["recommendation", "scope"] and "ref" not in cols:
            first_row = self._first_row(lines, after_wraps)
            tail = " ".join(self.pl.flat(lines[k].text) for k in range(nxt, first_row or nxt))
        # (the lines the header's names wrap onto, passed over where a page prints the header again)
        self._wraps = {self.pl.flat(lines[k].text) for k in range(i + 1, max(first_row or 0, after_wraps))}
        if first_row is not None:  # (found only under such a header, above)
            # (the Home Office template's rows numbered in a column its header leaves unnamed,
            # or the number opening the recommendation's cell: "1 The Partnership should Local
            # Add a ...", "12.1 Local Convene ..."; its Scope column read by its scope word)
            cols = ["ref", *cols]
        if cols[:4] == ["ref", "recommendation", "ref", "action"] and cols.count("ref") == 2:
            return self._numbered_actions_table(lines, i, cols, printed_cols, nxt)
        if cols[:3] == ["ref", "recommendation", "action"] and self._numbers_in_cells(
            lines, nxt, paired=True
        ):
            # "Rec | Recommendation | Action | ...", each action cell opening with its
            # recommendation's number and its own ("R1 A1"): the pair is the action's ref
            return self._numbered_actions_table(
                lines, i, ["ref", "recommendation", "ref", "action", *cols[3:]], printed_cols, nxt
            )
        if (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and self._numbers_in_cells(lines, nxt)
        ):
            # "Recommendation | Specific action | ...", each cell opening with its own number
            # ("1. The Partnership should ..." beside "1.1 Write a guide ..."): the numbers are
            # the ref columns the header does not print
            return self._numbered_actions_table(
                lines, i, ["ref", "recommendation", "ref", "action", *cols[2:]], printed_cols, nxt
            )
        # (a plan numbering its recommendations in words, "One", "Two": its rows open so)
        self.worded = self._words_open_rows(lines, nxt)
        numbers = (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and "target_date" in cols  # (the rows' dates anchor their cuts)
            and (self._numbers_open_rows(lines, nxt) or self.worded)
            # ("Rec", not "Recommendation", unless the rows open with actions, not with sentences
            # asking someone to act)
            and (len(printed[0].split()[0].rstrip(".")) <= ABBREVIATED or not self._asks_first(lines, nxt))
        )
        if numbers:
            # ("Rec | Action | ...": the short name heads a column of the recommendations' numbers,
            # cut as the rows' refs and handed on under its name, as the cells of a PDF's table
            # are: the walk's column roles make it each row's recommendation number)
            cols = ["ref", *cols[1:]]
        # (a last progress column may hold status words; a plan of numbered rows with no status
        # column, "... | Lead | By when", is cut against its dates alone)
        if cols[0] == "action" and "ref" not in cols and "target_date" in cols:
            # (no ref column: the recommendations printed as bands across the table, the action
            # rows under them found by their dates, plan.band_rows)
            return self._band_table(lines, i, cols, printed_cols, nxt)
        rated = "status" in cols or cols[-1] == "progress" or numbers and cols[-1] == "target_date"
        # (a completion date beside the target date: cut as a date, the walk reads it a status)
        rated = rated or completed is not None and "target_date" in cols
        if (
            cols[before] != "ref"
            or cols.count("ref") > 1
            or cols.count("review") > 1
            or not rated
            or not ({"action", "recommendation"} & set(cols))
            or any(c not in _NAMES and c not in (EXTRA, EXTRA_DATE, COMPLETED, AGENCY) for c in cols[agency:])
            or len(cols) < 4
        ):
            return None
        body, j = self._body(lines, printed_cols, nxt, bands=rag > 0)
        texts, reviews = [], {}
        for k in body:
            words = self.pl.flat(lines[k].text).split()
            # (over several reviews, "DHR 1" is the review's kind and the row's number; in a
            # review's column after the row's id, it is that cell's wrapped line)
            if not before and reviewed is None:
                words = _joined_ref(words, self.ref)
            at = self._ref_after_agency(words) if agency else self._ref_at(words, review, status_first)
            # (a line of counts under the table, "6 3 2 2 1 14", opens no row; nor does a
            # progress paragraph's line opening with a day's date, "23 September 2024 and ...")
            if (
                at is not None
                and len(words) > at + 1
                and not all(w.isdigit() for w in words)
                and not self._opens_with_date(words[at:])
            ):
                texts.append((k, words[at:]))
                reviews[k] = " ".join(words[:at])
        if len(texts) < MIN_ROWS:
            return None
        under: set[int] = set()  # (rows under a merged recommendation cell, printing no number)
        places: dict[int, int] = {}  # (where each row's second number prints after a review's words)
        seconds = (
            None
            if before
            else self._reviewed_refs(texts, places)
            if reviewed is not None
            else self._second_refs(printed[0], texts, pair, rag, under)
        )
        if seconds is None and self._numbers_column(printed[0], cols, named, before, pair):
            # ("No. | Rec | Action | ...", every row printing its recommendation's number after
            # its own, "1.2 Rec 1 Ask ...": the short name heads the recommendations' numbers, a
            # second ref column, not their words)
            second = self._named_numbers(printed[0].split()[1], texts)
            if second:
                seconds, pair, cols = second, printed[0].split()[:2], [cols[0], *cols[2:]]
                if named is not None:
                    named = [named[0], *named[2:]]
        if seconds == {}:
            return None  # (some rows print a second number, some none: its column is not told)
        between: dict[int, str] = {}  # (each row's review cell's first line, before its second number)
        if reviewed is not None:
            between = {k: " ".join(words[1 : places[k]]) for k, words in texts}
            texts = [(k, [words[0], *words[places[k] + 1 :]]) for k, words in texts]
        elif seconds:
            texts = [
                (k, words if k in under else [*words[: 1 + rag], *words[1 + rag + len(seconds[k].split()) :]])
                for k, words in texts
            ]
        flags = named is not None and "status" in cols
        if self._shapes is None or self._shapes.flags != flags:
            self._shapes = _Shapes(self.p, flags=flags)
        roles = cols[1 + before :]
        progress_rated = False  # (the last progress column cut as the status column)
        if "status" not in roles and roles[-1] == "progress" and not status_first:
            # (a last progress column whose first lines are status words, "On track", is cut as
            # the status column: read so only where nearly every row's cell reads as one, and
            # not where recommendations print as bands across the table, which other readers read)
            if any(self.pl.vocab.statement.match(self.pl.flat(lines[k].text)) for k in body):
                return None
            roles = [*roles[:-1], "status"]
            progress_rated = True
        read = cut_first_lines(texts, roles, self._shapes, self.label)
        if (
            (read is None or not self._clear(read[1], roles))
            and "target_date" in roles
            and "status" in roles
            and (
                # (a progress column of sentences, so cut only under a header every word of which
                # names a column: a column it does not name would give its words to the next)
                (progress_rated and not self.pl.cm.unnamed_words(" ".join(printed)))
                or self._names_outcome(" ".join([*printed, tail]))
            )
        ):
            # (a status column of sentences, an outcome with its date: the rows cut against
            # their target dates alone, the cells handed on under the status column's name)
            roles = [OUTCOME if r == "status" else r for r in roles]
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        own = series_end([words[0] for _, words in texts])
        if (read is None or not self._clear(read[1], roles)) and MIN_ROWS <= own < len(texts):
            # (a table printed after the plan under a title set as plain text, its rows numbered
            # in a series of their own, "0.1", "0.2" under "R7.3": the plan ends where it opens)
            j = texts[own][0]
            texts, body = texts[:own], [k for k in body if k < j]
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        if read is None or not self._clear(read[1], roles) or _banded(read[1], roles, self._shapes):
            return None
        unnamed = iter([*(name for _, name in extras), *([completed] if completed else [])])
        if named is not None:
            names = [name for _, name in named]
        else:
            names = [_NAMES.get(c) or next(unnamed) for c in cols[agency:]]
        if agency:
            names = [self._agency_less(printed[0], name=True), *names]
        if numbers:
            names[0] = _NAMES["recommendation"]
        firsts = {k: [ref, *cells] for k, ref, cells in self._anchored(lines, read[1], roles)}
        merged = self._merged_rows(lines, body, firsts, roles, read[2], read[3])
        for k in merged:
            reviews[k] = ""  # (the review's cell is merged over the row too)
        if "target_date" in roles:
            self._date_years(lines, body, firsts, {k for k, _, _ in read[1]}, 1 + roles.index("target_date"))
        if roles[0] == "recommendation" and self._restates(body) and self._printed_before(lines, i, firsts):
            for cells in firsts.values():
                cells[1] = ""
        elif roles[0] == "recommendation":
            opening = {k: cells[1] for k, cells in firsts.items()}
            self._carry_recommendations(
                lines, body, firsts, read[2], read[3][0], review, merged, between=reviewed is not None
            )
            if seconds:
                _repeated_recommendations(firsts, opening, seconds)
        if rag:
            # (the RAG cell holds its one colour: words the cut gave it past that open the next
            # cell; under a merged recommendation cell the row's words past it are the next
            # column's, its recommendation the one above)
            for k, cells in firsts.items():
                colour, *spill = cells[1].split() or [""]
                if not self._rag_word(colour):
                    continue
                cells[1], cells[2] = colour, " ".join([*spill, cells[2]]).strip()
                if k in under and roles[1] == "recommendation":
                    cells[2], cells[3] = "", " ".join([cells[2], cells[3]]).strip()
        if seconds:
            # (the recommendation's number beside the row's, handed on under the names printed:
            # the walk's column roles tell which numbers which)
            first, second = (pair or printed[0].split()[:2])[:2]
            names = [first, *names[1 : 1 + rag], second, *names[1 + rag :]]
            cols = [*cols[: 1 + rag], "ref", *cols[1 + rag :]]
            firsts = {
                k: [*cells[: 1 + rag], seconds.get(k, ""), *cells[1 + rag :]] for k, cells in firsts.items()
            }
        if reviewed is not None:
            names, cols = [names[0], reviewed, *names[1:]], [cols[0], "review", *cols[1:]]
            firsts = {k: [cells[0], between.get(k, ""), *cells[1:]] for k, cells in firsts.items()}
        if before:
            firsts = {k: [reviews.get(k, ""), *cells] for k, cells in firsts.items()}
        blank = [""] * len(cols)
        out = [_cells_line(lines[i], names)]
        headers = set(self.sections.values())
        for k in range(i + 1, j):
            if k in self.sections:
                out.append(lines[k])  # (an agency's heading, for the walk to open its section)
            elif k in headers:
                out.append(_cells_line(lines[k], names))
            elif k in merged:
                out.append(_cells_line(lines[k], firsts[k], opens=True))  # (a later action's row)
            else:
                out.append(_cells_line(lines[k], firsts.get(k, blank)))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j

    def _agency_first(self, header: str, cols: list[str]) -> bool:
        """The header opens with the name of a column of who acts, then the ref's ("Agency Ref
        Action ..."), and names the lead elsewhere: each row's agency printed before its ref."""
        m = self.who.match(header)
        return bool(m) and "lead" in cols and self.pl.cm.scan(header[m.end() :])[:1] == ["ref"]

    def _agency_less(self, header: str, name: bool = False) -> str:
        """The header's text after its agency column's name (or, asked so, that name)."""
        m = self.who.match(header)
        return header[: m.end()] if name else header[m.end() :].strip()

    def _header_wraps(self, lines: list[Line], nxt: int, agency: bool) -> tuple[list[str], int]:
        """The header's wrapped lines under its first ("required outcome – completed", "worked?"),
        and the index after them: lines of header words, or of the words that complete a wrapped
        name, up to the first row."""
        wraps, j = [], nxt
        while (
            j < len(lines)
            and len(wraps) < HEADER_WRAPS
            and lines[j].cells is None
            and self.pl.cm.is_wrapped_header_words(lines[j].text)
        ):
            words = self.pl.flat(lines[j].text).split()
            at = self._ref_after_agency(words) if agency else self._ref_at(words, False)
            if at is not None:
                break
            wraps.append(self.pl.flat(lines[j].text))
            j += 1
        return wraps, j

    def _ref_after_agency(self, words: list[str]) -> int | None:
        """Where a row's ref is on a printed line opening a row of an agency-first plan: first,
        or after the agency's name's first words ("Northfell Police 2a Add ..."), each a word of
        letters, the first a capital's, the ref followed by a cell's opening."""
        if words and self.ref.match(words[0]):
            return 0
        for at in range(1, min(AGENCY_WORDS, len(words) - 1) + 1):
            name = words[:at]
            if not all(w.isalpha() for w in name):
                return None
            if (
                name[0][:1].isupper()
                and self.ref.match(words[at])
                and not self.label.match(name[-1])
                and _OPENS.match(words[at + 1])
            ):
                return at
        return None

    def _words_open_rows(self, lines: list[Line], nxt: int) -> bool:
        """The table's first row opens with a recommendation's number in words ("One Publish
        ..."), as the report numbers them."""
        for k in range(nxt, min(nxt + 3, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words:
                return (
                    bool(self.word_ref.match(words[0]))
                    and len(words) > 1
                    and _OPENS.match(words[1]) is not None
                )
        return False

    def _numbers_open_rows(self, lines: list[Line], nxt: int) -> bool:
        """The table's first row opens with a bare number ("1 Draft the ...")."""
        for k in range(nxt, min(nxt + 3, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words:
                return words[0].isdigit() and len(words) > 1 and _OPENS.match(words[1]) is not None
        return False

    def _first_row(self, lines: list[Line], nxt: int) -> int | None:
        """The line the table's first row opens on with a number ("1", "1.", "12.1") and a
        capitalised word, under the lines the header's long names wrap onto ("recommend" /
        "ation", each opening with a small letter); None where the first row opens otherwise."""
        for k in range(nxt, min(nxt + 2 * MAX_LINES, len(lines))):
            words = self.pl.flat(lines[k].text).split() if lines[k].cells is None else []
            if words and not words[0][:1].islower():
                numbered = (
                    bool(self.ref.match(words[0])) and len(words) > 1 and _OPENS.match(words[1]) is not None
                )
                return k if numbered else None
        return None

    def _asks_first(self, lines: list[Line], nxt: int) -> bool:
        """Some of the first rows opening with a number go on with a recommendation's words
        ("1 The Trust should ..."): a modal among the words their first lines print."""
        seen = 0
        for k in range(nxt, min(nxt + ROWS_ASKED * 8, len(lines))):
            words = self.pl.flat(lines[k].text).lower().split() if lines[k].cells is None else []
            if not words or not words[0].isdigit():
                continue
            if any(w.strip(",.;:") in self.modals for w in words[1:]):
                return True
            seen += 1
            if seen >= ROWS_ASKED:
                break
        return False

    def _flagged_names(
        self, lines: list[Line], i: int, nxt: int, wraps: list[str]
    ) -> list[tuple[str, str]] | None:
        """(role, printed name) of each column of a header naming a completion flag column
        ("Closed (Y/N)"), or a status column only its wrapped words name ("Open/" over "Closed"),
        whose names' wrapped words print on the lines under its first (read with the header as
        printed, up to `nxt`, and `wraps` after): the flag is the status
        column, unless a status column is named too; a column of who acts or one no field is
        for is an extra column. None for any other header."""
        above = [self.pl.flat(lines[k].text) for k in range(i + 1, nxt) if lines[k].cells is None]
        first = self.pl.flat(lines[i].text)
        broken = self.headers.broken.get(lines[i].number)
        if broken is not None:
            # (names a narrow column broke inside a word: read as printed, each rest under its
            # own name, "Evide" / "nce")
            first = self.pl.flat(broken)
            printed = self.headers.printed
            above = [
                self.pl.flat(printed[ln.number].text if ln.number in printed else ln.text)
                for ln in lines[i + 1 : nxt + len(wraps)]
                if ln.cells is None
            ]
            wraps = []
        named = self.named.columns(first, [*above, *wraps])
        if named is None:
            return None
        roles = [r for r, _ in named]
        # (or a status column only its wrapped words name, "Open/" over "Closed")
        if FLAG not in roles and ("status" not in roles or "status" in self.pl.cm.scan(first)):
            return None
        status = any(r == "status" for r, _ in named)
        out = []
        for role, name in named:
            if role == FLAG:
                role = EXTRA if status else "status"
            elif role == EXTRA:
                role = _extra_role(name, self.p)
            out.append((role, name))
        return out

    def _second_refs(
        self,
        header: str,
        texts: list[tuple[int, list[str]]],
        pair: list[str] | None = None,
        rag: int = 0,
        under: set[int] | None = None,
    ) -> dict[int, str] | None:
        """A header opening with two names of number columns ("No. Ref"), which the column scan
        reads as one: {row's line: the second number} where every row prints a second number
        after its own ("1 IMR 1 Add a ..."); {} where some rows print one and some do not (the
        columns cannot be told); None where no row prints one (one column named in two words,
        "Ref No.").

        With `rag` columns printed between the two (a RAG colour, "1.1 Blue 1 ..."), the second
        number is read after them, and a row printing none whose own number extends the one
        above's recommendation number ("1.2" under "1") is a later action under a merged
        recommendation cell: it takes that number, its line put in `under`."""
        names = pair or header.split()[:2]
        if not pair and (len(names) < 2 or any(self.pl.cm.scan(n) != ["ref"] for n in names)):
            return None
        seconds, last = {}, None
        for k, words in texts:
            if rag and not all(self._rag_word(w) for w in words[1 : 1 + rag]):
                return {}
            rest = _joined_ref(words[1 + rag :], self.ref)
            if len(rest) > 1 and self.ref.match(rest[0]) and _OPENS.match(rest[1]):
                seconds[k] = last = rest[0]
            elif rag and under is not None and last and words[0].startswith(last + "."):
                seconds[k] = last
                under.add(k)
        if not seconds:
            return None
        return seconds if len(seconds) == len(texts) else {}

    def _numbers_column(self, header: str, cols: list[str], named, before, pair) -> bool:
        """The header's second name is a short one of the recommendation's ("Rec") after the
        row's number column: it may head the recommendations' numbers only."""
        words = header.split()
        return (
            not before
            and pair is None
            and cols[:3] == ["ref", "recommendation", "action"]
            and len(words) > 2
            and len(words[1].rstrip(".")) <= ABBREVIATED
            and self.pl.cm.scan(words[1]) == ["recommendation"]
            and (named is None or [r for r, _ in named[:2]] == ["ref", "recommendation"])
        )

    def _named_numbers(self, name: str, texts: list[tuple[int, list[str]]]) -> dict[int, str] | None:
        """{row's line: its recommendation's number} where every row prints one after its own,
        bare or after the column's short name ("1.2 Rec 1 Ask ...", "1.2 1 Ask ..."); else None."""
        out = {}
        short = name.lower().rstrip(".")
        for k, words in texts:
            named = len(words) > 3 and words[1].lower().rstrip(".") == short
            number = words[2 if named else 1] if len(words) > 2 else ""
            after = words[3 if named else 2] if len(words) > 3 else ""
            if not (_NUMBER.fullmatch(number.rstrip(".")) and _OPENS.match(after)):
                return None
            out[k] = f"{words[1]} {number}" if named else number
        return out

    def _reviewed_refs(self, texts: list[tuple[int, list[str]]], places: dict[int, int]) -> dict[int, str]:
        """{row's line: its recommendation's number} where every row prints one after its id and
        its review's first words ("BSP-071 BSP 1 Brackwater ..."), its place put in `places`;
        {} otherwise (the columns cannot be told)."""
        seconds = {}
        for k, words in texts:
            at = next(
                (
                    t
                    for t in range(2, min(2 + REVIEW_WORDS, len(words) - 1))
                    if self.ref.match(words[t])
                    and _OPENS.match(words[t + 1])
                    and not self.ref.match(words[t + 1])
                ),
                None,
            )
            if at is None:
                return {}
            seconds[k], places[k] = words[at], at
        return seconds

    def _rag_word(self, word: str) -> bool:
        """The word is a RAG colour's ("Amber"), as a status column prints it."""
        return word.lower() in self.rag_words

    def _opens_with_date(self, words: list[str]) -> bool:
        """The words open with a date whose day is their first word ("23 September 2024"): the
        number is the day's, not a row's ref."""
        if not words[0].isdigit():
            return False
        found = find_dates(" ".join(words[:DATE_WORDS]), self.p)
        return bool(found) and found[0].start == 0 and found[0].end > len(words[0])

    def _opens_row(self, lines: list[Line], k: int) -> bool:
        """Line k opens a row with its ref (a review's name before it allowed)."""
        if k >= len(lines) or lines[k].cells is not None:
            return False
        words = self.pl.flat(lines[k].text).split()
        return self._ref_at(words, False) is not None or self._ref_at(words, True) is not None

    def _names_outcome(self, header: str) -> bool:
        """The header names its status column as an outcome with its date (patterns'
        `tracker.outcome_names`): cells of sentences, not of status words. (Asked of the words:
        a wrapped name prints its last word under the next name, "... and" / "date outcome".)"""
        words = set(regex.findall(r"[\w/]+", header.lower()))
        return any(name <= words for name in self.outcome_names)

    def _merged_rows(self, lines, body, firsts: dict, roles: list[str], face: Face, widths) -> dict[int, str]:
        """A later action's row under a recommendation cell merged over its actions: a printed
        line opening with no ref, cut at the columns' agreed widths, whose date and status cells
        read as theirs and whose action opens with a capital (the merged cell's words carry on
        before it in lower case, or none; with no recommendation column, the action opens the
        line). Added to `firsts` with no ref and no recommendation; the words it carries the
        recommendation on with, by line."""
        rated = "status" in roles
        dated = "target_date" in roles
        # (with no status column, a date finds the row; an outcome's sentences may hold dates too)
        if (
            roles[0] not in ("recommendation", "action")
            or "action" not in roles
            or not (rated or dated and OUTCOME not in roles)
        ):
            return {}
        rec = roles[0] == "recommendation"
        action = roles.index("action")
        out: dict[int, str] = {}
        opened = False  # (a row with a ref above: only its later lines may open such a row)
        for n, k in enumerate(body):
            if k in firsts:
                opened = True
                continue
            words = self.pl.flat(lines[k].text).split()
            if rated and words and n + 1 < len(body):
                # (a status of two words broken over the row's lines, "Not" over "started")
                words = [*words[:-1], self._status_broken(lines[body[n + 1]], words[-1])]
            if (
                not opened
                or len(words) < 3
                or not any(self._anchors(words[a : a + 4], rated) for a in range(len(words)))
            ):
                continue
            first = _FirstLine(k, ["0", *words], face, self.label)
            cut = _cut(first, roles, widths, self._shapes)
            if cut is None:
                continue
            cells = [""] * len(roles)
            for c, a, b in cut[1]:
                cells[c] = " ".join(words[a:b])
            if rec and cells[0][:1].isupper():
                # (the merged cell printing nothing more on this line: the action opens it)
                again = _cut(first, roles[1:], widths[1:], self._shapes)
                if again is not None:
                    cells = [""] * len(roles)
                    for c, a, b in again[1]:
                        cells[c + 1] = " ".join(words[a:b])
            status = cells[roles.index("status")] if rated else ""
            if (
                not cells[action]
                or not _OPENS.match(cells[action])
                or rec
                and cells[0][:1].isupper()
                or rated
                and self._shapes.fit("status", status) > 0
                or rated
                and status[-1:] in ".,;:"  # (a sentence ending in a status word: "... 1 Red.")
                or any(not cells[roles.index(r)] for r in ("lead", "target_date") if r in roles)
                or dated
                and self._shapes.fit("target_date", cells[roles.index("target_date")]) >= 0
            ):
                continue
            out[k] = cells[0] if rec else ""
            firsts[k] = ["", "", *cells[1:]] if rec else ["", *cells]
        return out

    def _status_broken(self, below: Line, status: str) -> str:
        """A status's first word ("Not", "In") with the rest the printed line below ends with
        ("started"), where the two read as a status; else the word as printed."""
        if status.lower() not in self._shapes.status_openings:
            return status
        rest = self.pl.flat(below.text).split()[-1:]
        whole = " ".join([status, *rest])
        return whole if rest and self._shapes.fit("status", whole) < 0 else status

    def _band_table(self, lines: list[Line], i: int, cols: list[str], printed_cols: list[str], nxt: int):
        """A plan of recommendation bands over unnumbered action rows (plan.band_rows): each row's
        first line cut into its cells, the bands and the other lines left as printed."""
        if any(c not in _NAMES for c in cols):
            return None
        body, j = self._body(lines, printed_cols, nxt)
        texts = {k: self.pl.flat(lines[k].text) for k in body}
        bands = band_rows.band_lines(texts, self.pl.vocab.statement)
        if len(bands) < band_rows.MIN_BANDS:
            return None
        shapes = _Shapes(self.p, whole_dates=True)  # (no ref: the dates alone open and cut the rows)
        openings = band_rows.row_openings(texts, bands, shapes)
        if len(openings) < band_rows.MIN_ROWS:
            return None
        read = cut_first_lines(openings, cols, shapes, self.label)
        if read is None or not band_rows.clear(read[1], cols, shapes):
            return None
        if self._shapes is None:
            self._shapes = _Shapes(self.p)
        firsts = {k: cells for k, _, cells in read[1]}
        if "target_date" in cols:
            self._date_years(lines, body, firsts, set(firsts), cols.index("target_date"))
        names = [_NAMES[c] for c in cols]
        blank = [""] * len(cols)
        out = [_cells_line(lines[i], names)]
        for k in range(i + 1, j):
            if k in bands:
                # (a band: the statement of the recommendation the rows under it answer, printed
                # across the table, its wrapped lines joined to it)
                band = _cells_line(lines[k], [self._band_text(lines, k, j, firsts), *blank[1:]])
                out.append(replace(band, hint=STATEMENT_IN_COLUMN))  # (the plan's own, as a column reader's)
            else:
                out.append(_cells_line(lines[k], firsts.get(k, blank)))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j

    def _band_text(self, lines: list[Line], k: int, j: int, firsts: dict) -> str:
        """A band's text: its line and the lines under it up to the next row's first line."""
        parts = [self.pl.flat(lines[k].text).strip()]
        for n in range(k + 1, j):
            if n in firsts or self.pl.vocab.statement.match(self.pl.flat(lines[n].text)):
                break
            parts.append(self.pl.flat(lines[n].text).strip())
        return " ".join(p for p in parts if p)

    def _anchors(self, words: list[str], rated: bool) -> bool:
        """Words a later action's row is found by: a status opening them, or with no status
        column, a date ("30/06/2025", "March 2025")."""
        if rated:
            return self._shapes.opens_status(" ".join(words))
        return any(self._shapes.date_shape(" ".join(words[:n])) == 1.0 for n in (1, 2))

    def _numbered_actions_table(
        self, lines: list[Line], i: int, cols: list[str], printed_cols: list[str], nxt: int
    ):
        """'Rec | Recommendation | Ref | Action | ...': each action numbered under its
        recommendation ("1a", "1b" under "R1"), printed in the middle of a line when the
        recommendation's words carry on beside it ("including the 1b Re-launch the ...")."""
        if "status" not in cols or any(c not in _NAMES for c in cols) or cols.count("ref") != 2:
            return None
        body, j = self._body(lines, printed_cols, nxt)
        texts, recs = [], {}  # the action rows' first lines; per line, (rec ref, rec words)
        number = None
        paired = False  # (actions headed by both numbers, "R1 A1")
        for k in body:
            words = self.pl.flat(lines[k].text).split()
            rec_ref = None
            if (
                words
                and self.ref.match(words[0])
                and not self._action_ref(words[0], None)
                and not self._paired_head(words, 0, None)
            ):
                rec_ref, number = words[0], _NUMBER.search(words[0]).group()
            start = 1 if rec_ref else 0
            at = next(
                (
                    n
                    for n in range(start, len(words) - 1)
                    if self._action_ref(words[n], number)
                    and _OPENS.match(words[n + 1])
                    or self._paired_head(words, n, number)
                ),
                None,
            )
            if at is not None and self._paired_head(words, at, number):
                texts.append((k, [f"{words[at]} {words[at + 1]}", *words[at + 2 :]]))
                paired = True
            elif at is not None:
                texts.append((k, words[at:]))
            if rec_ref or at is not None:
                recs[k] = (rec_ref or "", " ".join(words[start:at]))
        if len(texts) < MIN_ROWS:
            return None
        if self._shapes is None:
            self._shapes = _Shapes(self.p)
        roles = cols[3:]
        read, main = None, None
        if paired and roles[0] == "action":
            # (the action's words printed under its numbers, the first line holding none: cut
            # without the action, its cell filled from the line under, `_actions_below`)
            read = cut_first_lines(texts, roles[1:], self._shapes, self.label)
            if read is not None and self._clear(read[1], roles[1:], main=0):
                read = (
                    read[0],
                    [(k, ref, ["", *cells]) for k, ref, cells in read[1]],
                    read[2],
                    [0.0, *read[3]],
                )
                main = 1  # (each row opens at its lead's cell)
            else:
                read = None
        if read is None:
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        if read is None or not self._clear(read[1], roles, main):
            return None
        rows = {k: [ref, *cells] for k, ref, cells in self._anchored(lines, read[1], roles)}
        if "target_date" in roles:
            # (a month wrapped over its year, "December" over "2023", as in any tracker's rows)
            self._date_years(lines, body, rows, set(rows), 1 + roles.index("target_date"))
        carried: dict[int, int] = {}  # (each later line's words the recommendation's cell holds)
        if self._restates(body):
            recs = {k: (ref, "") for k, (ref, _) in recs.items()}
        else:
            self._carry_beside_actions(lines, body, recs, read[2], carried)
        if paired:
            self._actions_below(lines, body, rows, carried)
        blank = [""] * len(cols)
        out = [_cells_line(lines[i], [_NAMES[c] for c in cols])]
        rec_ref = ""
        for k in range(i + 1, j):
            if k in rows and recs[k][0]:
                cells = [*recs[k], *rows[k]]
                rec_ref = recs[k][0]
            elif k in rows:
                # (the recommendation's cell merged over its actions: its number carried down)
                cells = [rec_ref, "", *rows[k]]
            else:
                cells = blank
            out.append(_cells_line(lines[k], cells))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j

    def _carry_beside_actions(self, lines, body, recs: dict, face: Face, carried: dict | None = None) -> None:
        """Each recommendation's words from its later printed lines, onto its first line's cell:
        the words before an action's number where one opens there, else the line's words up to
        the column's width, until the recommendation's sentence ends (how many words of each
        such line put in `carried`)."""
        room = max((face.width(words) for ref, words in recs.values() if words), default=0.0)
        if not room:
            return
        first = None
        for k in body:
            ref, words = recs.get(k, ("", None))
            if ref:
                first = k
                continue
            if first is None or recs[first][1].rstrip().endswith("."):
                continue
            if words is None:
                words = " ".join(_first_column_words(self.pl.flat(lines[k].text).split(), face, room))
            if not words:
                first = None
                continue
            recs[first] = (recs[first][0], f"{recs[first][1]} {words}")
            if carried is not None:
                carried[k] = len(words.split())

    def _actions_below(self, lines, body, rows: dict, carried: dict[int, int]) -> None:
        """An action cell holding only its numbers on its row's first line ("R1 A1"), its words
        printed from the line under it: that line's words after the recommendation's
        (`carried`), up to the sentence's end or a capital after a lower-case word, where the
        next column's cell opens ("... for male Coordinator")."""
        after = {k: body[n + 1] for n, k in enumerate(body[:-1])}
        for k, cells in rows.items():
            under = after.get(k)
            if cells[1] or under is None or under in rows:
                continue
            printed = self.pl.flat(lines[under].text).split()
            at = carried.get(under, 0)
            # (an action's cell opens with a capital: a lower-case word where the recommendation's
            # measured words end means its column took the action's first word, "... at the Add")
            back = next(
                (t for t in range(at - 1, max(at - NAME_TAIL_WORDS, 0) - 1, -1) if printed[t][:1].isupper()),
                None,
            )
            if at < len(printed) and printed[at][:1].islower() and back is not None:
                at = back
            words = printed[at:]
            taken: list[str] = []
            for w in words:
                if taken and w[:1].isupper() and taken[-1][:1].islower():
                    break
                taken.append(w)
                if w.endswith("."):
                    break
            cells[1] = " ".join(taken)

    def _date_years(self, lines: list[Line], body: list[int], firsts: dict, starts: set[int], d: int) -> None:
        """A target date too wide for its column prints its year on the row's next line ("31
        January" over "2025"): the one year that line holds completes the date. (Two years on
        that line, or none, leave the date as its first line prints it.)"""
        for at, k in enumerate(body[:-1]):
            if k not in firsts:
                continue
            self._date_back(firsts[k], d)
            if self._shapes.date_shape(firsts[k][d]) != 0.5:
                continue
            # (the year on the row's next line holding a year: a lead's or an action's wrapped
            # line may print between, level with the date's first line's lower half)
            for nxt in body[at + 1 : at + 1 + YEAR_LINES]:
                if nxt in starts:
                    break
                words = self.pl.flat(lines[nxt].text).split()
                if _CUT_DATE.match(firsts[k][d]):
                    # (a date broken inside its year: the year's last digits, "31/08/202" over "3")
                    years = [w for w in words if _WHOLE_DATE.match(firsts[k][d] + w)]
                    whole = firsts[k][d] + years[0] if len(years) == 1 else ""
                else:
                    years = [w for w in words if _YEAR.match(w)]
                    whole = f"{firsts[k][d]} {years[0]}" if len(years) == 1 else ""
                if not years:
                    continue
                if whole and self._shapes.date_shape(whole) == 1.0:
                    firsts[k][d] = whole
                break

    def _date_back(self, cells: list[str], d: int) -> None:
        """A date whose first word the cut left at the end of the cell before ("MARAC Q4" |
        "2024/25"): where that word and the date read as one date from that word on, the word
        is the date's ("Q4 2024/25")."""
        before = cells[d - 1].split() if d > 0 else []
        if len(before) < 2 or not cells[d] or self._shapes.date_shape(cells[d]) != 1.0:
            return
        joined = f"{before[-1]} {cells[d]}"
        found = find_dates(joined, self.p)
        if found and found[0].start == 0 and found[0].end == len(joined):
            cells[d - 1], cells[d] = " ".join(before[:-1]), joined

    def _numbers_in_cells(self, lines: list[Line], nxt: int, paired: bool = False) -> bool:
        """The table's first row opens with a recommendation's number ("1.") and prints an
        action numbered under it ("1.1") on the same line, a word with a capital after it (or,
        `paired`, the recommendation's number again with the action's, "R1 A1")."""
        for k in range(nxt, min(nxt + 3, len(lines))):
            words = self.pl.flat(lines[k].text).split()
            if not words or lines[k].cells is not None:
                continue
            if not self.ref.match(words[0]) or self._action_ref(words[0], None):
                return False
            number = _NUMBER.search(words[0]).group()
            if paired:
                return any(self._paired_head(words, n, number) for n in range(1, len(words) - 2))
            return any(
                self._action_ref(words[n], number) and _OPENS.match(words[n + 1])
                for n in range(1, len(words) - 1)
            )
        return False

    def _paired_head(self, words: list[str], n: int, number: str | None) -> bool:
        """words[n:] open an action's cell with its recommendation's number and its own
        ("R1 A1 ..."), the recommendation's number `number` where given."""
        return (
            n + 2 < len(words)
            and bool(self.ref.match(words[n]))
            and bool(self.action_head.match(words[n + 1]))
            and (number is None or _NUMBER.search(words[n]).group() == number)
            and bool(_OPENS.match(words[n + 2]))
        )

    def _action_ref(self, word: str, number: str | None) -> bool:
        """An action's number under its recommendation's ("1a", "2.1" under "R2" or "2")."""
        m = _ACTION_REF.match(word)
        return bool(m) and (number is None or m.group(1) == number)

    def _ref_at(self, words: list[str], review: bool, status_first: bool = False) -> int | None:
        """Where a row's number is on a printed line opening a row: first, or after the
        review's name ("DHR 'Amira' 2 ...") in a tracker over several reviews."""
        if words and (self.ref.match(words[0]) or self.worded and self.word_ref.match(words[0])):
            return 0
        if status_first:
            # (the row's status words before its ref, "Not started 2(b) Appoint ...")
            m = self._status_opening.match(" ".join(words))
            at = len(m.group(0).split()) if m else 0
            return at if at and len(words) > at and self.ref.match(words[at]) else None
        if review and len(words) > 2 and self.review_kind.match(words[0]):
            for at in range(2, min(5, len(words) - 1)):
                if self.ref.match(words[at]):
                    return at
        return None

    def _carry_recommendations(
        self,
        lines,
        body,
        firsts,
        face: Face,
        room: float,
        review: bool,
        merged: dict[int, str],
        between: bool = False,
    ) -> None:
        """A recommendation's later printed lines, the first column's: each line's words up to
        the column's width, until the recommendation's sentence ends (a later action's row
        under the merged cell carries it on with the words it opens with, `merged`). The width
        is the widest first line's, raised where the wrap tells a later line's cell apart
        (plan.first_column)."""
        texts = {k: self._column_words(lines[k], review, between) for k in body}
        # (each line's next line, where that is no row's first line: the same cells go on)
        nexts = {
            k: body[n + 1]
            for n, k in enumerate(body[:-1])
            if body[n + 1] not in firsts and body[n + 1] not in merged and texts[body[n + 1]]
        }
        bound = wrap_bound(
            face,
            room,
            (
                (firsts[k][1], texts[nexts[k]][0])
                for k in firsts
                if k in nexts
                and not firsts[k][1].rstrip().endswith(".")
                and not self._label_only(firsts[k][1])
            ),
        )
        if bound is not None:
            carried = self._carried(body, firsts, face, room, merged, texts, lines)
            later = [(texts[k], texts[nexts[k]][0]) for k in carried if k in nexts]
            # (a later line proven so wide is the width itself, no rounding allowed past it)
            room = max(room, least_room(face, room, bound, later) / OVER)
        self._carried(body, firsts, face, room, merged, texts, lines, keep=True)

    def _carried(
        self, body, firsts, face: Face, room: float, merged, texts, lines, keep: bool = False
    ) -> list[int]:
        """The later lines whose opening words carry a recommendation on (its sentence not yet
        ended), those words added to its cell where `keep`."""
        cells = {k: cells[1] for k, cells in firsts.items()}
        out: list[int] = []
        row = None
        for k in body:
            if k in merged:
                if row is not None and merged[k] and not cells[row].rstrip().endswith("."):
                    cells[row] = f"{cells[row]} {merged[k]}"
                continue
            if k in firsts:
                row = k if firsts[k][1] else None
                continue
            if row is None or cells[row].rstrip().endswith("."):
                continue
            taken = _first_column_words(texts[k], face, room)
            if not taken:
                row = None
                continue
            if self._other_cells(cells[row], taken, face, room, lines, body, k):
                continue
            cells[row] = f"{cells[row]} {' '.join(taken)}"
            out.append(k)
        if keep:
            for k, text in cells.items():
                firsts[k][1] = text
        return out

    def _column_words(self, ln: Line, review: bool, between: bool = False) -> list[str]:
        """A printed line's words, a review's name carried on in its column before them left out
        ("(TCSP 2021/01)"; with the review's column `between` the row's id and the
        recommendation's number, its kind and number, "DHR 4")."""
        words = self.pl.flat(ln.text).split()
        if between and len(words) > 2 and self.review_kind.match(words[0]) and words[1][:1].isdigit():
            return words[2:]
        if review and words and words[0].startswith("("):
            close = next((n for n, w in enumerate(words) if w.endswith(")")), None)
            words = words[close + 1 :] if close is not None and close < 4 else words
        return words

    def _label_only(self, cell: str) -> bool:
        """A cell's first line holding only a recommendation's label and number ("Recommendation
        2"): its sentence starts on the next line, no word of it wrapped there."""
        words = cell.split()
        return len(words) <= 2 and bool(words) and bool(self.label.match(words[0]))

    def _other_cells(
        self, above: str, taken: list[str], face: Face, room: float, lines, body, k: int
    ) -> bool:
        """A short line opening with a capital in the middle of the recommendation's sentence,
        whose next line carries that sentence on in lower case: the wrapped words of the cells
        beside it ("Public Protection" / "Unit", a date's year), printed on a line of their own
        where the recommendation's cell prints none."""
        last = above.split()[-1] if above.split() else ""
        if (
            not (taken[0][:1].isupper() or all(_YEAR.match(w) for w in taken))
            or not last[:1].islower()
            or last[-1:] in ".,;:"
        ):
            return False
        if face.width(" ".join(taken)) > SHORT_LINE * room:
            return False
        at = body.index(k)
        if at + 1 >= len(body):
            return False
        after = self.pl.flat(lines[body[at + 1]].text).split()
        return bool(after) and after[0][:1].islower()

    def _restates(self, body: list[int]) -> bool:
        """A plan appended to a report (more printed before its first table than in this one)
        restates the report's recommendations, which are read from the report: the rows keep
        their numbers (their link to them), not the first lines' words. A tracker standing
        alone is where its recommendations are read from."""
        return self.first_table is not None and self.first_table > len(body)

    def _printed_before(self, lines: list[Line], i: int, firsts: dict) -> bool:
        """Some row's recommendation, a sentence asking someone to act, opens with words the report
        printed before the table (its first OPENING words): the plan restates the report's
        recommendations. A plan of single-agency recommendations the report never printed (each
        agency's own numbering under the report's list) is where they are read from, though the
        report runs long above it."""
        asks = [cells[1].split() for cells in firsts.values() if cells[1]]
        # (only sentences asking an agency to act tell: a plan's short titles for the report's
        # recommendations, "Front door searches", were never printed above either)
        asks = [words for words in asks if any(w.strip(",.;:").lower() in self.modals for w in words)]
        openings = [" ".join(words[:OPENING]).lower() for words in asks if len(words) >= OPENING]
        if not openings:
            return True  # (nothing to tell by: restated, as before)
        before = " ".join(self.pl.flat(ln.text) for ln in lines[:i] if ln.cells is None)
        before = " ".join(before.lower().split())
        return any(o in before for o in openings)

    def _anchored(self, lines: list[Line], rows, roles: list[str]):
        """The rows whose first line prints a date or a status reading as theirs: a row printing
        neither has nothing at the right to cut its cells against, and is left unread."""
        for k, ref, cells in rows:
            if any(
                cell and role in ("target_date", "status", COMPLETED) and self._shapes.fit(role, cell) < 0
                for role, cell in zip(roles, cells)
            ):
                yield k, ref, cells
            else:
                self.warnings.append((UNANCHORED, lines[k]))

    def _clear(self, rows, roles: list[str], main: int | None = None) -> bool:
        """Nearly every row's date and status cells read as theirs, and its main cell (the
        action's, the recommendation's, or the `main`th) opens it."""
        if main is None:
            main = roles.index("action") if "action" in roles else roles.index("recommendation")
        fitting = 0
        for _, _, cells in rows:
            if not cells[main] or not _OPENS.match(cells[main]):
                return False
            ok = True
            for role, cell in zip(roles, cells):
                if role in ("target_date", "status") and cell and self._shapes.fit(role, cell) > 0:
                    ok = False
            if "status" in roles and not cells[roles.index("status")]:
                ok = False  # (a status read from the progress text instead, or none)
            elif "status" not in roles and not cells[roles.index("target_date")]:
                ok = False  # (an outcome's rows are cut against their dates: each prints one)
            fitting += ok
        return fitting >= SHARE_FITTING * len(rows)
