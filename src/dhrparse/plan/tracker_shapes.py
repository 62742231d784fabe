"""What a tracker sheet's cells look like, printed with their cells joined on each line: the
columns' names, the limits a row's first printed line is read within, and the shapes of the
date and status cells (plan.tracker_rows reads the rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import ColumnBlockWords
from dhrparse.plan.percent_columns import PERCENT, percent_fit, percent_name, percent_opening
from dhrparse.plan.rating_digits import rating_digit
from dhrparse.plan.status import completion_flag, completion_headed
from dhrparse.plan.symbol_key import lone_mark
from dhrparse.plan.tracker_header import EXTRA, EXTRA_DATE
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.wrapped_columns import AGENCY, COMPLETED
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.alternation import expression_alternation, literal_alternation
from dhrparse.vocab.dates import find_dates, is_month_short_year
from dhrparse.vocab.type_widths import Face

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns


# a name for each column the cells are handed on under (the walk maps names back to fields)
NAMES = {
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
LATER_SERIES = "a table after the plan numbers its rows in a series of its own: the plan ends before it, its rows not read as actions"
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
# a column of the agency's response to the recommendation ("Accepted?"), merged beside it
ACCEPTANCE = "acceptance"
# a column of the agency's answer in words before the action ("Trust response": "Accepted in
# part: the Trust will ..."), opening with its acceptance word, left empty on a later action
RESPONSE = "response"
LONG = ("recommendation", "action", "progress", OUTCOME)
SCOPE_FIT = 2.0  # a scope cell reading as one ("Local"), or not
AGENCY_FIT = 2.0  # an agency's cell reading as a name ("Police"), or not
_NAME_JOINS = {"and", "of", "&", "the", "for"}  # the lower-case words of an agency's name
# a lead's first line ending on a sentence's joining word ("Partnership to"): the action's
# words going on ("Chair of the Partnership to" / "write to the ..."), no body's name
LEAD_DANGLING = 2.0
# a ref numbering an action under its recommendation ("1.3", "2b", "4(a)"): the recommendation's
# cell may be merged over that row and printed on the first action's row only
# (letters, then the number: a run of digits reads one way only, so a long one costs no time)
SUB_REF = regex.compile(r"^[^\W\d]*\d+(?:\.\d+|\s?\(?[a-z]\)?)\.?$")
ACTION_REF = regex.compile(r"^(\d{1,2})(?:[a-zA-Z]|\.\d{1,2})\.?$")  # ("1a", "1A", "1.2")
NUMBER = regex.compile(r"\d+")
WHOLE_DATE = regex.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
CUT_DATE = regex.compile(r"^(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:20?|20\d)$")
YEAR_LINE = regex.compile(
    r"^\d{4}(?:/\d{2})?$"
)  # a date's second printed line ("March" / "2025", "Q3" / "2024/25")
SHORT_LINE = 0.7  # a line's share of the recommendation column's room short of a full line
YEAR_LINES = 3  # the row's lines a wrapped date's year may print on (other cells' wraps between)
TRAILING_WORDS = 1  # the most words a date cell's first line prints after its date ("2024 (revised)")
DASHES = ("—", "–", "-")  # a dash printed alone in a cell: the cell left empty
DATE_FIT, STATUS_FIT = 2.0, 2.0  # a cell reading as its column does, or not
WORDS_NOT_DATE = 2.0  # times DATE_FIT: a dated column's cell of words alone
_OPENING_WORDS = {"by", "before", "end", "from"}  # (words a target cell opens with, alone on its line)
SHARE_FITTING = 0.8  # the share of rows whose date and status cells must read so
INNER_CAPITAL = 1.0  # a capital inside a cell's line after a lower-case word: the next cell opens there
NAME_BEFORE_ACTION = 1.0  # an action cell opening with a name's last words, its imperative after them
ACTION_ASTRAY = 2.0  # an action's imperative opening the cell of the column no field is for before it
# an action cell after a response's verdict on its line opening with no verb: the response's
# prose cut in two ("Accepted in part: the" | "Trust Offer ..."), which the line does not prove
VERDICT_THEN_VERB = 20.0
NUMBER_ASTRAY = 2.0  # ... the row's own action number ("4a") printed in a cell other than that column's
UNDATED_TARGET = 2.0  # a target's cell of words alone beside a column of closing days (more than DATE_FIT)
EMPTY_ACTION = 1.0  # a row's action cell left empty on its first line (every row's action opens there)
NAME_TAIL_WORDS = 2  # the most words of a name the cell beside may wrap onto the action's line
REVIEW_WORDS = 3  # the most words a review's cell prints on its row's first line ("DHR 'Amira'")
AGENCY_WORDS = 3  # the most words of an agency's name a row's first line prints before its ref
HEADER_WRAPS = 6  # the most lines a header's long names wrap over under its first line
OPENING = 4  # the words of a recommendation's opening looked for in the report above its plan
OVER = 1.03  # a recommendation's later line may run this much past its first (kerning, rounding)


def _dangling_name(text: str) -> bool:
    """A lead cell's words ending on a joining word a body's name does not end its line on
    ("to", "with", "on"; "Corrin Vale and" / "Harrowby NHS" wraps a name)."""
    words = text.split()
    return bool(words) and words[-1] in JOINING_WORDS and words[-1] not in _NAME_JOINS


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


def first_column_words(words: list[str], face: Face, room: float) -> list[str]:
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


def joined_ref(words: list[str], ref: regex.Pattern) -> list[str]:
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


def banded_rows(rows, roles: list[str], shapes: TrackerShapes) -> bool:
    """Some row printing neither date nor status is followed by rows lettered or numbered under
    its ref ("4", then "4a"): a recommendation printed as a band across the table over its
    actions, which plan.recommendation_bands reads, not a tracker row."""
    anchors = [r for r in ("target_date", "status") if r in roles]
    for (_, ref, cells), (_, after, _) in zip(rows, rows[1:]):
        bare = not any(cells[roles.index(r)] and shapes.fit(r, cells[roles.index(r)]) < 0 for r in anchors)
        if bare and after != ref and after.startswith(ref.rstrip(".")) and SUB_REF.match(after):
            return True
    return False


def extra_role(name: str, p: Patterns) -> str:
    """The role of a column no field is for: a date's where its name says it holds the day a
    row was closed ("Date closed"), its cells cut as dates (or left empty), else EXTRA."""
    # (compiled once, kept with the patterns: asked of every unnamed column of every plan)
    if percent_name(name, p):
        return PERCENT  # ("%" over "complete": the share done, plan.percent_columns)
    if completion_headed(name, p):
        return COMPLETED  # ("Completed": the day it was done, or a word that it is not yet)
    if name.lower() in {n.lower() for n in p.list("actions.tracker.acceptance_names")}:
        return ACCEPTANCE  # ("Accepted?": "Accepted", "Partially accepted"; not a status)
    if name.lower() in {n.lower() for n in p.list("actions.tracker.response_names")}:
        return RESPONSE  # ("Trust response": "Accepted. ", "Accepted in part: ..."; not the action)
    return EXTRA_DATE if p.joined("actions.tracker.closed_date_name").search(name) else EXTRA


class TrackerShapes:
    """What the date and status columns' cells look like (patterns' dates and status words)."""

    def __init__(
        self, p: Patterns, whole_dates: bool = False, flags: bool = False, codes: tuple[str, ...] = ()
    ):
        self.p = p
        self.whole_dates = whole_dates
        self.flags = flags  # (the status column a completion flag's: "Y", "N")
        self.digits = False  # (the status column a rating's digits, "4": plan.rating_digits)
        words = [w for v in ("not_started", "in_progress", "complete") for w in p.list(f"actions.status.{v}")]
        words += list(p.get("actions.status.rag", {}) or {}) + p.list("actions.status.not_finished")
        words += p.list("actions.tracker.rag_letters") + p.list("actions.tracker.other_status")
        words += list(codes)  # (the codes the plan's own key explains, "D": plan.code_key)
        alts = literal_alternation(words, longest_first=True)
        self.status_rx = regex.compile(rf"^(?:{alts})(?![\w-])", regex.I)
        # (the first words of the statuses of more than one word: a narrow cell's first line)
        self.status_openings = {w.split()[0].lower() for w in words if len(w.split()) > 1}
        # (a live action's "Open", "Open – on track": the word alone or before a dash)
        self.open_rx = regex.compile(p.get("actions.status.open_cell", "(?!x)x"), regex.I)
        self.no_date = {w.lower() for w in p.list("dates.words.no_date")}
        # (a target naming a recurring time, "Quarterly": a whole target cell, as "Ongoing" is)
        self.recurring = {w.lower() for w in p.list("actions.row_runs.recurring_targets")}
        self.event = regex.compile(p.get("dates.words.event_target", "(?!x)x"))  # ("by the next Board")
        self.months = frozenset(k.lower() for k in p.get("dates.months") or {})
        self.week = regex.compile(p.get("dates.words.week_opening", "(?!x)x"), regex.I)  # ("w/c")
        # (a timescale given as a span from the plan's agreement, "Within 6 months")
        self.span = regex.compile(p.get("actions.board_response.timescale", "(?!x)x"), regex.I)
        self.scope_rx = PlanVocabulary.of(p).scope_cell
        # (the words a target cell holds before its date: "By end of", "From")
        self.before_date = {w.lower() for w in p.list("dates.words.target_cell")}
        self.iso = regex.compile(expression_alternation(p.list("dates.cells.iso")))
        self._dates: dict[str, bool] = {}
        self._after: dict[str, bool] = {}
        self.accepted = {" ".join(w.lower().split()) for w in p.list("actions.tracker.acceptance_words")}
        accepted = literal_alternation(p.list("actions.tracker.acceptance_words"), longest_first=True)
        self.accepted_opening = regex.compile(rf"^(?:{accepted})(?![\w-])", regex.I)
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

    def is_response(self, text: str) -> bool:
        """A response cell's first line: its verdict first ("Accepted in part: the Trust will"),
        no capitalised imperative after it (there the action beside opens: "Accepted." | "Add
        a ..."); an action's words opening it ("Audit twenty notes") are the action's, the
        response left empty on a recommendation's later action."""
        if not self.accepted_opening.match(text):
            return False
        words = text.split()
        return not any(
            w[:1].isupper() and self.imperative.match(" ".join(words[j:])) for j, w in enumerate(words)
        )

    def is_verdict(self, text: str) -> bool:
        """A response cell's verdict alone, its full stop or colon closing it ("Accepted.")."""
        return " ".join(text.lower().split()).rstrip(".:;") in self.accepted

    def opens_status(self, text: str) -> bool:
        # (or the share done, "75% – on track": plan.percent_columns)
        return bool(self.status_rx.match(text) or self.open_rx.match(text) or percent_opening(text, self.p))

    def is_status(self, text: str) -> bool:
        if self.flags and completion_flag(text, self.p) is not None:
            return True
        return len(text.split()) <= 4 and self.opens_status(text)

    def date_shape(self, text: str) -> float:
        """1 for a whole date or a no-date word ("Ongoing"), 0.5 for a date's first line ("31
        January" over "2025"), 0 for no date."""
        t = text.lower().strip(" .")
        if (
            t in self.no_date
            or t in self.recurring
            or self.span.match(text)
            or self.iso.match(text.strip())
            or self.event.match(t)
        ):
            return 1.0  # (a spreadsheet's year-month-day, "2025-03-31", a whole date too)
        if text[:1].isupper() and is_month_short_year(text, self.p):
            return 1.0  # (a month and a two-digit year, "Apr 25", as a Start and a Target print it)
        if text[:1].isupper() and self.span.match(f"{text} months"):
            return 0.5  # (a span's first line, "Within 6" over "months")
        if self.week.match(text.strip()):
            return 0.5  # (a week's qualifier alone, "w/c" over "02/06/2025": plan.numbered_actions)
        if CUT_DATE.match(text):
            return 0.5  # (a day's date a narrow column broke inside its year, "31/08/202" over "4")
        if text[:1].isupper() and t in self.before_date and t in _OPENING_WORDS:
            return 0.5  # (a target's first line the narrow column leaves its opening word alone: "By" over "December 2024")
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
            # (or a status mark, "31.03.25 ✓": plan.symbol_key)
            known = self._after[text] = any(
                self.opens_status(" ".join(words[a:])) for a in range(1, len(words))
            ) or lone_mark(words[-1])
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
            if YEAR_LINE.match(text):
                return 0.0
            if self._status_after(text):
                return DATE_FIT  # (the status opening the cell beside: "31/10/2024" | "Completed")
            shape = self.date_shape(text)
            return -DATE_FIT * shape if shape else DATE_FIT
        if role == COMPLETED:
            # (the day the action was done, or a word saying it is not yet: not a quarter's or a
            # year's date, which is the target's, "Q3" | "2023/24")
            return -DATE_FIT if self.is_day(text) or self.is_status(text) else DATE_FIT
        if role == PERCENT:
            return -STATUS_FIT if percent_fit(text, self.p) else STATUS_FIT
        if role == EXTRA_DATE:
            # (a dash alone, "—": the cell left without a date, a revised date not set)
            if self.date_shape(text) == 1.0 or text.strip() in DASHES:
                return -DATE_FIT
            # (words without a figure, "Coordinator,": the cell beside's wrapped words, the dated
            # cell left empty, a revised date not set, rather than a date's)
            return DATE_FIT * (1 if any(ch.isdigit() for ch in text) else WORDS_NOT_DATE)
        if role == "status":
            # (a rating's digit under a header naming a rating column: plan.rating_digits)
            # (or one mark alone, "✓", a key line explains: plan.symbol_key)
            rated = self.is_status(text) or self.digits and rating_digit(text) or lone_mark(text)
            return -STATUS_FIT if rated else STATUS_FIT
        if role == ACCEPTANCE:
            return -STATUS_FIT if " ".join(text.lower().split()) in self.accepted else STATUS_FIT
        if role == RESPONSE:
            return -STATUS_FIT if self.is_response(text) else STATUS_FIT
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
        if role == "lead" and _dangling_name(text):
            return LEAD_DANGLING
        return 0.0


def repeated_recommendations(firsts: dict, opening: dict[int, str], seconds: dict[int, str]) -> None:
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
