"""A plan table whose printed lines came out with their cells joined: the text a PDF tool
takes out a printed line at a time (pdfplumber's `extract_text`), where one printed line of a
wide table is the line of every cell at that height run together with single spaces ("1.
Ashby Council should Local Draft a leaflet Ashby Council Draft agreed March 2024
Completed"). Nothing in the text marks where a cell ends; the room each column has does.

Every cell wraps at its column's width, so a printed line of a cell is no wider than its
column, and a cell's line is followed by another line of the same cell only when the next
word did not fit. The reader measures the words in the typeface the report is set in
(vocab.type_widths) and:

1. fixes each column's width from the first printed lines of the rows, where every cell
   starts at its column's left edge with a capital or a digit: each row's first line is cut
   where the cuts agree across the rows (the narrowest table holding them all) and where the
   cells read as their columns do (a scope word, a date, a status word);
2. cuts every printed line of the table into its cells' lines by those widths, left to right:
   a column's next line carries its cell on only if the cell's last line could not take the
   next word; otherwise a new cell opens there (an action row under the same recommendation).
   Where widths alone allow two cuts, the cut is taken that fills the cells' lines, opens no
   cell with a small letter, ends none on a joining word ("to", "across"), puts no capital
   inside a line after a word ending no sentence, and carries on no cell a line left out;
3. starts a row where the first column opens with a recommendation number, or, in a table
   whose rows no number opens, where a Scope cell stands on the line between the
   recommendation cell's first words and the action's (`scope_openings`).

The rows go on as cell lines (the header's names on the header's first line, each row's cells
on its first printed line, its other lines as empty rows), the way plan.line_rounds hands its
rows to the plan reader. The typeface is the one whose cuts cost least; a table is rewritten
only when its cuts cost little per printed line and leave few lines over their column; any
other is left as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.plan.header_room import header_room, room_agrees
from dhrparse.plan.tables import column_map
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face, faces

NEVER = float("inf")
REF = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Za-z]\d?[.)])$")
# a word that may open a cell: a capital, a number, a bracket, a bullet or a quote mark
CELL_OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*\"'‘“]")
# a bullet printed as a word of its own ("• Write to ..."): its item's words follow it in its
# cell, so no cell's line ends on it (the PDF tools' private-use bullets are "•" once cleaned)
BULLET = "•"
MIN_ROWS = 2  # a table of fewer numbered rows gives too few first lines to measure its columns
MIN_COLUMNS = 6  # fewer columns are not the wide template (other readers take them)
OVER = 1.02  # a printed line may run this much past its column (kerning, rounding)
OVER_COST = 4.0  # a cell's line wider than its column, in the cuts' costs
CLEAR = 1.5  # the cost per printed line under which a table's cuts count as clear
SHARE_OVER = 0.08  # at most this share of a table's printed lines may run over a column
WIDER = (1.0, 1.03, 1.06, 1.09, 1.12, 1.16)  # the columns' least widths are tried so much wider
INNER_CAPITAL = 0.2  # a capitalised word inside a cell's line, after a word ending no sentence
FILL = 0.3  # the cost of a cell's line left empty, per column width
FACE_SHARE = 1.06  # the typeface is chosen with every column this much wider than its least
ROLE_WEIGHT = 1.5  # of the roles' fit against the widths' agreement, cutting the first lines
REOPEN = 2.5  # a cell carried on in a column a printed line of its row left out
DANGLING = 2.0  # a cell ending on a joining word ("across", "to the"): its line was cut too soon
NAME_GOES_ON = 1.5  # a milestone cell opening with a word of the lead's name beside it
UNENDED = 3.0  # a recommendation's cell, no number opening its row, left out before its sentence ends
SCOPE_CARRY = 3.0  # a Scope cell carried on with a word no scope cell holds
LEAD_LOWER = 0.5  # a lead cell's line carrying on with a lower-case word no name holds, per word
LEAD_CARRY = 1.5  # ... at most
FIRST_AGAIN = 8.0  # the first column's cell opened again, or carried on after a line left it out
CONTENT_CLEAR = 1.5  # the same, for the cuts weighing the cells' content
DATE_CELL_WORDS = 3  # the most words a target-date cell holds beside its dates ("By end of")
DATES_READ = 0.7  # the least share of a reading's target-date cells that must read as dates
SENTENCES_CLOSE = 0.8  # the least share of recommendation cells ending a sentence, where any does
NARROWER = 0.995  # a column is narrower than a line its cell could not hold
BEAM = 8  # the readings carried from line to line, reading the chosen typeface's lines
BEAM_CUTS = 3  # ... each line cut so many cheapest ways
SENTENCE_ENDS = (".", ";", ":", "!", "?")
MISSHAPEN = (
    1.0  # a reading weighing content whose action rows all break the template's shape is refused (`faults`)
)
# a reading by the widths alone most of whose action rows break the template's shape (a lead
# cell of a sentence's words, "group and short guide", an action run into the recommendation's
# words) is doubtful: most likely cut in a typeface not the report's
MISSHAPEN_WIDTHS = 0.5
MAX_FIRST_WORDS = 10  # the most words a cell's first printed line holds


@dataclass
class _Cut:
    column: int
    start: int
    end: int
    opens: bool  # a new cell opens here (not its cell carried on)


@dataclass
class _Row:
    first: int  # the index of its first printed line
    parts: list[list[list[str]]] = field(default_factory=list)  # action rows, each a list of cells' words
    firsts: list[int] = field(default_factory=list)  # the first printed line of each action row
    # per action row and column, each of its cell's printed lines as (its width, its first word's)
    lines: list[list[list[tuple[float, float]]]] = field(default_factory=list)


class _Words:
    """One printed line's words and their widths in a typeface."""

    def __init__(self, text: str, face: Face, opening: int | None = None):
        self.words = text.split()
        self.opening = opening  # where a row's Scope cell opens, on a row's first line no number opens
        self.widths = [face.width(w) for w in self.words]
        self.space = face.space
        self.sums = [0.0]
        for w in self.widths:
            self.sums.append(self.sums[-1] + w)

    def width(self, a: int, b: int) -> float:
        return self.sums[b] - self.sums[a] + (b - a - 1) * self.space


_ROLE_WORDS: dict[int, tuple] = {}


def _role_words(p) -> tuple:
    """(scope expressions, status words, no-date words) of a vocabulary, compiled once."""
    known = _ROLE_WORDS.get(id(p))
    if known is None:
        scope = [regex.compile(rx, regex.I) for rx in (p.get("scope.printed", {}) or {}).values()]
        phrases = [
            w for v in ("not_started", "in_progress", "complete") for w in p.list(f"actions.status.{v}")
        ]
        alts = "|".join(sorted((regex.escape(w) for w in phrases), key=len, reverse=True))
        status = regex.compile(rf"(?:{alts})(?![\w-])", regex.I)
        no_date = {w.lower() for w in p.list("dates.words.no_date")}
        scope_words = {w.lower() for w in p.list("scope.printed_cell.words")}
        lead_words = (
            {w.lower() for w in p.list("actions.lead.words")},
            {w.lower() for w in p.list("actions.lead.joining")},
        )
        known = _ROLE_WORDS[id(p)] = (
            scope,
            status,
            no_date,
            scope_words,
            lead_words,
            p,
        )  # (p kept: its id stays its own)
    return known[:5]


class CellShapes:
    """What a column's cell looks like, by its field: a scope word, a date, a status word."""

    def __init__(self, p, columns: list[str]):
        self.columns = columns
        self.scope_rx, self.status_rx, self.no_date, self.scope_words, self.lead_words = _role_words(p)
        self.target_words = set(p.list("dates.words.target_cell"))
        self.broken_first = p.regexes("dates.words.target_broken_first")
        self.broken = p.regexes("dates.words.target_broken")
        self.p = p
        self.asks = [
            c in ("scope", "target_date", "status", "lead")
            or (c == "progress" and n and columns[n - 1] == "lead")
            for n, c in enumerate(columns)
        ]  # the columns fit asks about
        self.dates = [c == "target_date" for c in columns]
        self.row_opening = p.regexes("scope.row_opening.words", 0)
        self.names_after = set(p.list("scope.row_opening.names_after"))
        self._fits: dict[tuple[int, str], float] = {}
        self._dates: dict[str, bool] = {}
        self._carries: dict[tuple[int, str], float] = {}

    def carry(self, column: int, text: str) -> float:
        """A cell's line `text` carrying on the cell above it in this column (above 0: does
        not fit). A Scope cell carries on only with scope words ("Local and" over "regional");
        a lead cell names a body or a role, its words capitalised but for the small words
        between them ("Head of Housing"): any other word more likely is the next column's."""
        role = self.columns[column]
        if role not in ("scope", "lead"):
            return 0.0
        known = self._carries.get((column, text))
        if known is None:
            words = [w.strip(".,;:()") for w in text.split()]
            if role == "scope":
                fits = all(
                    w.lower() in self.scope_words or any(rx.search(w) for rx in self.scope_rx)
                    for w in words
                    if w
                )
                known = 0.0 if fits else SCOPE_CARRY
            else:
                names, joining = self.lead_words
                named = any(w[:1].isupper() or w.lower() in names for w in words)
                # (the small words between a name's words: only beside a name)
                lower = sum(
                    1
                    for w in words
                    if w[:1].islower() and w.lower() not in names and (not named or w.lower() not in joining)
                )
                known = min(LEAD_LOWER * lower, LEAD_CARRY)
            self._carries[column, text] = known
        return known

    def fit(self, column: int, text: str) -> float:
        """A cell opening with `text` in this column: below 0 fits, above 0 does not."""
        if not self.asks[column]:
            return 0.0
        known = self._fits.get((column, text))
        if known is None:
            known = self._fits[column, text] = self._fit(column, text)
        return known

    def _fit(self, column: int, text: str) -> float:
        role = self.columns[column]
        if role == "scope":
            short = text.count(" ") < 3  # ("Local", "National and local")
            return -2.0 if short and any(rx.match(text) for rx in self.scope_rx) else 3.0
        if role == "target_date":
            return -2.0 if self._date_like(text) else 3.0
        if role == "status":
            return -1.0 if self.status_rx.match(text) else 0.5
        if role == "progress" and self.columns[self.columns.index(role) - 1] == "lead":
            # (a lead's name goes on with a body's word or its initials: "Quillford" over
            # "Police", "Quillford CSP"; a milestone seldom opens with one)
            first = text.split()[0].strip(",;:()")
            names, _ = self.lead_words
            named = first.lower() in names or (len(first) > 1 and first.isalpha() and first.isupper())
            return NAME_GOES_ON if named else 0.0
        return 0.0

    def date_cell(self, text: str) -> bool:
        """Whether a whole target-date cell reads as a date: its dates (or a no-date word,
        "Ongoing") and at most a few words besides ("By end of June 2024")."""
        text = self.mend_date(text)
        t = text.lower().strip(" .")
        if not t or any(t.startswith(w) for w in self.no_date):
            return True
        rest, at = [], 0
        for d in find_dates(text, self.p):
            rest.append(text[at : d.start])
            at = d.end
        if not at:
            return self._date_like(text)  # (a month over its year: "September")
        rest.append(text[at:])
        words = regex.findall(r"[\w/]+", " ".join(rest).lower())
        return len(words) <= DATE_CELL_WORDS and all(w in self.target_words or w.isdigit() for w in words)

    def year_rest(self, text: str) -> bool:
        """Whether a target-date cell's later line is the rest of a year its column broke
        ("3" under "31/12/202")."""
        return text.isdigit() and len(text) <= 3

    def mend_date(self, text: str) -> str:
        """A target-date cell with a numeric date its narrow column broke inside the year
        ("31/12/202" over "3", joined "31/12/202 3") made whole again ("31/12/2023")."""

        def whole(m: regex.Match) -> str:
            year = regex.split(r"[/.]", m.group(1))[-1] + m.group(2)
            return m.group(1) + m.group(2) if len(year) in (2, 4) else m.group(0)

        for rx in self.broken:
            text = rx.sub(whole, text)
        return text

    def _date_like(self, text: str) -> bool:
        """A date or its first line ("September" over "2024", "31/12/202" over "3"), or a
        no-date word ("Ongoing")."""
        t = text.lower().strip(" .")
        if t in self.no_date or any(rx.match(t) for rx in self.broken_first):
            return True
        text = self.mend_date(text)
        known = self._dates.get(text)
        if known is None:
            found = find_dates(text, self.p) or find_dates(f"{text} 2020", self.p)
            known = self._dates[text] = bool(found) and found[0].start <= 1
        return known


def scope_openings(texts: list[str], roles: CellShapes) -> dict[int, int]:
    """{printed line: the word its Scope cell opens at} of the rows' first lines in a template
    table whose first columns are the recommendation and its scope. A row's first line opens
    every cell it prints with a capital: the recommendation's first words ("Quillford Police
    should", "Recommendation Two:"), then the scope word standing alone ("Local"), then the
    action ("Add a ..."). A scope word that names a body with the word after it ("Local
    Authority"), or stands on a line a small letter opens (a cell carried on), opens no row."""
    cols = roles.columns
    if len(cols) < 3 or cols[0] != "recommendation" or cols[1] != "scope":
        return {}
    out: dict[int, int] = {}
    for i, text in enumerate(texts):
        words = text.split()
        if not words or not CELL_OPENS.match(words[0]):
            continue
        for a in range(1, min(len(words) - 1, MAX_FIRST_WORDS + 1)):
            after = words[a + 1]
            if (
                any(rx.match(words[a]) for rx in roles.row_opening)
                and after.strip(",;:") not in roles.names_after
                and CELL_OPENS.match(after)
            ):
                out[i] = a
                break
    return out


def scope_starts(texts: list[str], roles: CellShapes) -> list[int]:
    """The printed lines a row opens on, by its Scope cell (see scope_openings)."""
    return sorted(scope_openings(texts, roles))


class JoinedTable:
    """The cuts of one table's printed lines into cells, in one typeface."""

    def __init__(
        self,
        texts: list[str],
        roles: CellShapes,
        face: Face,
        number_alone: bool,
        openings: dict[int, int] | None = None,
        starts: list[int] | None = None,
    ):
        self.k = len(roles.columns)
        self.roles, self.face = roles, face
        openings = openings or {}
        self.lines = [_Words(t, face, openings.get(i)) for i, t in enumerate(texts)]
        self._first_spans: dict[int, dict] = {}
        # the first column holds each row's number alone (a number column, or a recommendation
        # column holding only numbers), or the number before the recommendation's words
        self.numbered_text = not number_alone
        self.starts = [i for i, ln in enumerate(self.lines) if ln.words and REF.match(ln.words[0])]
        self.openings = openings
        self.first_width: float | None = None
        if openings:
            # (a row no number opens: its first line's Scope cell opens it, and ends the
            # recommendation cell's first line)
            self.starts = sorted(openings)
        if starts is not None:
            # (the rows' first lines found by the caller: a narrower table's refs, "1a", "R2")
            self.starts = starts
        # (a narrower table's action column holds more words on a line than the template's)
        self.first_words = MAX_FIRST_WORDS
        self.lower_after_end = 0.0  # (the template's cells read without that cost)
        self.capital_after_end = 0.0  # (the same, for a capital, as a share of it)
        # whether the cuts weigh the cells' content and the first column's span too (a Scope
        # cell carried on only with scope words, a lead cell with a name's words, the
        # recommendation's cell never opened again below its row's first line)
        self.content = False
        # what a row's first line costs leaving each column's cell empty (nothing in the template)
        self.first_empty = [0.0] * self.k

    # ---- 1. the columns' widths ---------------------------------------------------------------
    def widths(self) -> list[float] | None:
        """Each column's width, from the rows' first lines cut where they agree."""
        firsts = [self.lines[i] for i in self.starts]
        if len(firsts) < MIN_ROWS:
            return None
        best = None
        typical = sorted(ln.width(0, len(ln.words)) for ln in firsts)[len(firsts) // 2] / self.k
        for start in ([0.0] * self.k, [typical] * self.k):
            cuts = self._agreed_cuts(firsts, [self._first_cut(ln, start) for ln in firsts])
            if any(c is None for c in cuts):
                continue
            widths = self._maxima(firsts, cuts)
            cost = sum(widths) + ROLE_WEIGHT * sum(self._role_cost(ln, cut) for ln, cut in zip(firsts, cuts))
            if best is None or cost < best[0]:
                best = (cost, widths)
        if best is None:
            return None
        if self.openings:
            self.first_width = self._first_width(best[1][0])
        return [w if w > 0 else None for w in best[1]]

    def row_widths(self) -> list[list[float]]:
        """Other columns' widths the rows' first lines agree on, each found from one row's first
        line cut alone: where a row leaves a cell empty (an action row under a recommendation
        cell merged down) or a cell opens with a name ("Kelby Police should ..."), the widths
        that agree from every row at once may give one column's words to its neighbour, the
        two columns' widths summing alike; which widths are the table's, the lines below the
        first tell (the caller reads every line by each)."""
        firsts = [self.lines[i] for i in self.starts]
        if len(firsts) < MIN_ROWS:
            return []
        typical = sorted(ln.width(0, len(ln.words)) for ln in firsts)[len(firsts) // 2] / self.k
        out: list[list[float]] = []
        for ln in firsts:
            cut = self._first_cut(ln, [typical] * self.k)
            if cut is None:
                continue
            seed = self._maxima([ln], [cut])
            cuts = self._agreed_cuts(firsts, [self._first_cut(first, seed) for first in firsts])
            if any(c is None for c in cuts):
                continue
            widths = self._maxima(firsts, cuts)
            if all(w > 0 for w in widths) and widths not in out:
                out.append(widths)
        return out

    def _first_width(self, least: float) -> float | None:
        """The recommendation column's width in a table no number opens, told by its cell's
        first line on each row: the line is no wider than the column, and with the next line's
        first word (the cell carried on) it would have been wider: every line of the column is
        narrower than the narrowest such line with its next word (None when none is wider than
        the widest first line)."""
        over = []
        for i in self.starts:
            here = self.lines[i]
            if i + 1 >= len(self.lines) or i + 1 in self.openings or not self.lines[i + 1].words:
                continue
            nxt = self.lines[i + 1]
            over.append(here.width(0, here.opening) + here.space + nxt.widths[0])
        over = [w for w in over if w > least]
        return max(least, min(over) * NARROWER) if over else None

    def wider(self, least: list[float], share: float) -> list[float]:
        """The columns' widths, each `share` wider than its least; the recommendation column's
        as its cells' first lines tell it, where they do."""
        out = [w * share for w in least]
        if self.first_width is not None:
            out[0] = self.first_width
        return out

    def _role_cost(self, ln: _Words, cut) -> float:
        return sum(self.roles.fit(c, " ".join(ln.words[a:b])) for c, a, b in cut)

    def _agreed_cuts(self, firsts, cuts):
        """Each row's first line cut again against the others' widths, until none moves."""
        for _ in range(6):
            changed = False
            for r, ln in enumerate(firsts):
                others = self._maxima(firsts, cuts, skip=r)
                cut = self._first_cut(ln, others)
                if cut != cuts[r]:
                    cuts[r], changed = cut, True
            if not changed:
                break
        return cuts

    def _maxima(self, firsts, cuts, skip: int = -1) -> list[float]:
        out = [0.0] * self.k
        for r, (ln, cut) in enumerate(zip(firsts, cuts)):
            if r == skip or cut is None:
                continue
            for c, a, b in cut:
                out[c] = max(out[c], ln.width(a, b))
        return out

    def _first_cut(self, ln: _Words, others: list[float]):
        """A row's first line cut into its cells (each opening with a capital or a digit, the
        first with the row's number), costing each column the width it would widen the table
        to and each cell its fit to its column's role."""
        n, k = len(ln.words), self.k
        spans = self._spans(ln)
        best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
        for a in [0, *spans]:
            for c in range(k):
                here = best.get((a, c))
                if here is None:
                    continue
                skipped = here[0]
                for c2 in range(c, k if a else 1):
                    room = others[c2]
                    for b, w, fits in spans.get(a, ()):
                        cost = skipped + (room if room > w else w) + fits[c2]
                        key = (b, c2 + 1)
                        known = best.get(key)
                        if known is None or cost < known[0]:
                            best[key] = (cost, (a, c, c2))
                    skipped += 1.5 + room  # an empty cell on a row's first line is rare
        ends = [(best[(n, c)][0] + sum(others[c:]), c) for c in range(1, k + 1) if (n, c) in best]
        if not ends:
            return None
        _, c = min(ends)
        out, b = [], n
        while b > 0:
            _, (a, pc, c2) = best[(b, c)]
            out.append((c2, a, b))
            b, c = a, pc
        return tuple(reversed(out))

    def _spans(self, ln: _Words) -> dict[int, list[tuple[int, float, list[float]]]]:
        """Per place a cell may open on a row's first line: (end, width, role fit per column)
        of each cell it may be, worked out once per line."""
        known = self._first_spans.get(id(ln))
        if known is not None:
            return known
        n, k = len(ln.words), self.k
        places = [a for a in range(1, n) if CELL_OPENS.match(ln.words[a]) and ln.words[a - 1] != BULLET]
        out: dict[int, list[tuple[int, float, list[float]]]] = {}
        for a in [0, *places]:
            spans = []
            for b in [*(p for p in places if p > a), n]:
                if a == 0 and ln.opening is not None:
                    if b != ln.opening:
                        continue
                elif a == 0 and (b == 1) == self.numbered_text:
                    # (the number opens the recommendation's own words, or is its column's cell:
                    # the next cell then opens with a capital, else the row is no such table's)
                    continue
                if b - a > self.first_words:
                    break
                text = " ".join(ln.words[a:b])
                fits = [ROLE_WEIGHT * self.roles.fit(c, text) for c in range(k)]
                spans.append((b, ln.width(a, b), fits))
            out[a] = spans
        self._first_spans[id(ln)] = out
        return out

    # ---- 2. every printed line cut by the widths ----------------------------------------------
    def read(
        self, widths: list[float], beam: int = 1, alts: int = 0
    ) -> tuple[float, int, list[_Row], list[int]]:
        """(cost, lines over a column, rows, lines before the first row). With a beam wider
        than one, the `beam` cheapest readings are carried from line to line (each line cut its
        `beam` cheapest ways): a cell's line cut short shows only on the line below, where the
        cell cannot carry on."""
        k = self.k
        fresh = ((None,) * k, (False,) * k, (0.0,) * k)
        # each reading: (cost, state, cuts so far); the state is each open cell's last line's
        # width, whether a printed line has left its column out since, and what leaving it out
        # would cost (its line ended on a joining word, "to", "across": _left_out)
        readings: list[tuple[float, tuple, tuple | None]] = [(0.0, fresh, None)]
        before: list[int] = []
        seen_row = False
        for i, ln in enumerate(self.lines):
            start = i in self.starts
            if start:
                seen_row = True
                best = min(readings, key=lambda r: r[0])
                readings = [(best[0], fresh, best[2])]  # (a row's start leaves one state)
            if not seen_row:
                before.append(i)
                continue
            grown = []
            for total, (last, closed, dangling), history in readings:
                for cost, cuts in self._cuts(ln, widths, last, closed, dangling, start, alts or beam):
                    state = self._after(ln, cuts, last, closed, dangling)
                    grown.append((total + cost, state, (i, cuts, history)))
            grown.sort(key=lambda r: r[0])
            readings, states = [], set()
            for r in grown:
                if r[1] not in states:
                    states.add(r[1])
                    readings.append(r)
                if len(readings) == beam:
                    break
        total, _, history = min(readings, key=lambda r: r[0])
        chosen: dict[int, list[_Cut]] = {}
        while history is not None:
            i, cuts, history = history
            chosen[i] = cuts
        over, rows = self._rows(widths, chosen)
        return total, over, rows, before

    def _left_out(self, column: int, word: str) -> float:
        """The cost of a printed line leaving out a column whose cell's line ended on `word`:
        a cell seldom ends on a joining word ("to", "across"), and a recommendation's cell in
        a table no number opens (its words the whole row's first cell) seldom before its
        sentence ends."""
        if word.lower() in JOINING_WORDS:
            return DANGLING
        if not column and self.openings and self.content and not word.endswith(SENTENCE_ENDS):
            return UNENDED
        return 0.0

    def _after(self, ln: _Words, cuts: list[_Cut], last, closed, dangling) -> tuple:
        """The open cells' state after a printed line cut so."""
        last, closed, dangling = list(last), list(closed), list(dangling)
        cut_here = {cut.column for cut in cuts}
        for c in range(self.k):
            if last[c] is not None and c not in cut_here:
                closed[c] = True
        for cut in cuts:
            if cut.opens:
                closed[cut.column] = False
            last[cut.column] = ln.width(cut.start, cut.end)
            dangling[cut.column] = self._left_out(cut.column, ln.words[cut.end - 1])
        return tuple(last), tuple(closed), tuple(dangling)

    def _rows(self, widths: list[float], chosen: dict[int, list[_Cut]]) -> tuple[int, list[_Row]]:
        """(lines over a column, rows) of the printed lines cut as chosen."""
        k = self.k
        over = 0
        rows: list[_Row] = []
        owner = [0] * k  # the action row each open cell belongs to
        for i in sorted(chosen):
            ln, start = self.lines[i], i in self.starts
            if start:
                rows.append(_Row(i, [[[] for _ in range(k)]], [i], [[[] for _ in range(k)]]))
                owner = [0] * k
            row = rows[-1]
            for cut in chosen[i]:
                w = ln.width(cut.start, cut.end)
                over += w > widths[cut.column] * OVER
                if cut.opens and not start and row.parts[-1][cut.column]:
                    row.parts.append([[] for _ in range(k)])  # a new action row under the same recommendation
                    row.firsts.append(i)
                    row.lines.append([[] for _ in range(k)])
                if cut.opens:
                    owner[cut.column] = len(row.parts) - 1
                row.parts[owner[cut.column]][cut.column].extend(ln.words[cut.start : cut.end])
                row.lines[owner[cut.column]][cut.column].append((w, ln.widths[cut.start]))
        return over, rows

    def _openings(self, c: int, prev, closed: bool, capital: bool, full: bool) -> list[tuple[float, bool]]:
        """(cost, opens) of the ways a line's word may stand first on column c's line: carrying
        on the column's cell when its last line could not take the word, or opening a new cell."""
        if prev is None:
            return [(0.2 if capital else 3.0, True)]
        opening = 1.0 if capital else 6.0
        if not self.content:
            # (by the widths alone: a word the cell's line could not take carries it on)
            return [(REOPEN if closed else 0.0, False)] if full else [(opening, True)]
        if not c:
            # (the recommendation's cell spans its row and opens with its number)
            if not full:
                return [(FIRST_AGAIN, True)]
            return [(FIRST_AGAIN if closed else 0.0, False)]
        if not full:
            return [(opening, True)]
        if not closed:
            return [(0.0, False)]
        # a cell whose column a line left out has ended, its lines being printed level with its
        # row's: a new cell opens below it (an action row under the same recommendation)
        return [(REOPEN, False), (opening, True)]

    def _cuts(self, ln: _Words, widths: list[float], last, closed, dangling, start: bool, m: int):
        """The `m` cheapest (cost, cuts) of one printed line: its words cut into cells' lines,
        left to right."""
        n, k, sp = len(ln.words), self.k, ln.space
        if not n:
            return [(0.0, [])]
        asks, sums = self.roles.asks, ln.sums
        # capitals inside a cell's line, counted: a capital after a lower-case word more often
        # opens the next cell than names something ("checklist Housing")
        caps = [0]
        for prev, word in zip(["."] + ln.words, ln.words):
            caps.append(caps[-1] + (bool(CELL_OPENS.match(word)) and not prev.endswith(SENTENCE_ENDS)))
        # (a narrower table's reader also counts a word after a sentence ended inside a cell's
        # line, "reported. homes", a lower-case one most: the next column's word cut into it)
        lowers = [0.0]
        if self.lower_after_end:
            for prev, word in zip(["x"] + ln.words, ln.words):
                ended = prev.endswith(".") and "." not in prev[:-1]
                lowers.append(lowers[-1] + ended * (1.0 if word[:1].islower() else self.capital_after_end))
        # a line leaving out a column says its cell ended: seldom on a joining word
        skip = [
            dangling[c] if prev is not None else (self.first_empty[c] if start else 0.0)
            for c, prev in enumerate(last)
        ]
        after = [sum(skip[c:]) for c in range(k + 1)]  # leaving out every column from c on
        # per (word, columns used): the m cheapest ways there, (cost, back), cheapest first
        table: list[list[list[tuple]]] = [[[] for _ in range(k + 1)] for _ in range(n + 1)]
        table[0][0] = [(0.0, None)]
        for a in range(n):
            capital = bool(CELL_OPENS.match(ln.words[a]))
            for cc in range(k):
                bases = table[a][cc]
                if not bases:
                    continue
                left_out = 0.0
                for c in range(cc, k):
                    if c > cc:
                        left_out += skip[c - 1]
                    if start and a == 0 and c:
                        break  # (a row's first line opens with its number)
                    room, prev = widths[c], last[c]
                    for opening, opens in self._openings(
                        c, prev, closed[c], capital, prev is not None and prev + sp + ln.widths[a] > room
                    ):
                        for b in range(a + 1, n + 1):
                            w = sums[b] - sums[a] + (b - a - 1) * sp
                            over = 0.0
                            if w > room * OVER:
                                if b > a + 1:
                                    break
                                over = OVER_COST  # one word wider than its column
                            if b < n and ln.words[b - 1] == BULLET:
                                continue  # (a bullet's item follows it in its cell)
                            # (of two cuts fitting alike, the one filling its lines: a cell's line
                            # holds every word that fits)
                            step = left_out + opening + over + FILL * (1 - w / room)
                            step += INNER_CAPITAL * (caps[b] - caps[a + 1])
                            if self.lower_after_end:
                                step += self.lower_after_end * (lowers[b] - lowers[a + 1])
                            if asks[c] and (opens or self.roles.dates[c]):
                                # (a date's second line is a date's too: "September" over "2024";
                                # so is the rest of a year its narrow column broke, "3")
                                text = " ".join(ln.words[a:b])
                                if opens or not self.roles.year_rest(text):
                                    step += self.roles.fit(c, text) * 0.5
                            elif asks[c] and self.content:
                                step += self.roles.carry(c, " ".join(ln.words[a:b]))
                            there = table[b][c + 1]
                            for j, (base, _) in enumerate(bases):
                                cost = base + step
                                if len(there) == m and cost >= there[-1][0]:
                                    break
                                at = len(there)
                                while at and there[at - 1][0] > cost:
                                    at -= 1
                                there.insert(at, (cost, (a, cc, j, c, opens)))
                                del there[m:]
        ends = sorted(
            (cost + after[c], c, j) for c in range(1, k + 1) for j, (cost, _) in enumerate(table[n][c])
        )[:m]
        if not ends:
            return [(OVER_COST * 2, [_Cut(0, 0, n, False)])]
        out = []
        for cost, cc, j in ends:
            cuts, b = [], n
            while b > 0:
                a, pcc, pj, c, opens = table[b][cc][j][1]
                cuts.append(_Cut(c, a, b, opens))
                b, cc, j = a, pcc, pj
            out.append((cost, list(reversed(cuts))))
        return out


def read_joined(
    texts: list[str],
    roles: CellShapes,
    content: bool = False,
    header: list[str] | None = None,
    agree: bool = False,
) -> tuple[list[_Row], list[int], float, bool] | None:
    """The rows of a table printed with its cells joined, in the typeface that cuts them most
    clearly; None when no typeface cuts them clearly. The first lines give each column's least
    width; a cell's later lines may run wider, so the widths are tried a little wider too
    (the same share for every column) and the widths that cut the lines at least cost kept.
    With `content`, the lines are cut weighing the cells' content too, carrying several
    readings from line to line (a cell's line cut short shows only on the lines below), and
    the reading is kept only if its target-date cells read as dates. With the `header`'s
    printed lines, a reading is kept only where its columns fit the room the header's wrapped
    names leave them (plan.header_room). With `agree`, a reading is kept only where every
    other typeface cuts the same actions and leads. The reading's cost is given with its
    rows, to weigh it against the same lines read with other columns, and whether the reading
    is doubtful (by the widths alone, most of its action rows misshapen: MISSHAPEN_WIDTHS)."""
    read = _read_joined(texts, roles, content, None, header, agree)
    if read is None and content:
        # (a table no number opens: its rows open where their Scope cells stand, and its
        # lines are cut weighing their content: the widths alone are told by too few lines)
        openings = scope_openings(texts, roles)
        if len(openings) >= MIN_ROWS:
            read = _read_joined(texts, roles, content, openings, header, agree)
            if read is not None and not _sentences_close(read[0]):
                read = None
    return read


def _sentences_close(rows: list[_Row]) -> bool:
    """Whether the recommendation cells a table no number opens was cut into close alike: a
    plan writes them all as sentences ("... should ... abuse.") or all as titles
    ("Recommendation Two: DASH after disclosure"). A reading where some end their sentence and
    others stop on a word mid-sentence ("... at the") has cut other cells' words into them, or
    theirs into others: the rows it would give are not the plan's."""
    cells = [row.parts[0][0] for row in rows if row.parts and row.parts[0][0]]
    ended = sum(cell[-1].endswith(SENTENCE_ENDS) for cell in cells)
    return not ended or ended >= SENTENCES_CLOSE * len(cells)


def _read_joined(
    texts: list[str],
    roles: CellShapes,
    content: bool,
    openings: dict[int, int] | None,
    header: list[str] | None = None,
    agree: bool = False,
) -> tuple[list[_Row], list[int], float, bool] | None:
    tried = []
    # (a first column named for the recommendations may hold their words or only their numbers)
    readings = (True,) if roles.columns[0] == "ref" else (False,)
    for name, number_alone in ((name, alone) for name in faces() for alone in readings):
        table = JoinedTable(texts, roles, Face(name), number_alone, openings)
        least = table.widths()
        if least is None or None in least:
            continue
        cost, *_ = table.read(table.wider(least, FACE_SHARE))
        tried.append((cost, name, table, least))
    if not tried:
        return None
    tried.sort(key=lambda t: t[0])
    _, name, table, least = tried[0]
    best = _reading(texts, table, least, content, header)
    if best is None:
        return None
    if agree:
        # (narrow columns, their widths told apart less surely: every other typeface must cut
        # the lines into the same actions and leads, else the cuts are the typeface's, not the
        # plan's; Calibri and Times, alike in width, agree with each other more than the plan)
        if len(tried) < 2:
            return None
        cells = _cells_of(best[2], roles)
        for _, _, other, other_least in tried[1:]:
            again = _reading(texts, other, other_least, content, header, checked=False)
            if again is None or _cells_of(again[2], roles) != cells:
                return None
    doubtful = not content and _misshapen(best[2], table) > MISSHAPEN_WIDTHS
    return best[2], best[3], best[0], doubtful


AGREED = ("action", "lead")  # the columns two typefaces' cuts must give alike


def _cells_of(rows: list[_Row], roles: CellShapes) -> list[list[str]]:
    """The action and lead cells of a reading's action rows, in order."""
    at = [roles.columns.index(c) for c in AGREED if c in roles.columns]
    return [[" ".join(part[c]) for c in at] for row in rows for part in row.parts]


def _reading(texts: list[str], table: JoinedTable, least, content: bool, header, checked: bool = True):
    """The cheapest reading of the lines in the table's typeface, None where it reads unclearly
    (not asked when `checked` is False)."""
    roles = table.roles
    if not content:
        best = min((table.read(table.wider(least, share)) for share in WIDER), key=lambda read: read[0])
        if checked and (not _clear(texts, best, CLEAR) or not _header_fits(best[2], table, header)):
            return None
        return best
    table.content = True
    share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
    best = table.read(table.wider(least, share), BEAM, BEAM_CUTS)
    if not checked or (
        _clear(texts, best, CONTENT_CLEAR)
        and _dates_read(best[2], roles)
        and _misshapen(best[2], table) < MISSHAPEN
        and _header_fits(best[2], table, header)
    ):
        return best
    return None


def _header_fits(rows: list[_Row], table: JoinedTable, header: list[str] | None) -> bool:
    """Whether a reading's columns fit the room the header's wrapped names leave them, in the
    reading's typeface (True where the header tells nothing)."""
    if not header:
        return True
    room = header_room(header, table.roles.columns, column_map(table.roles.p), table.face)
    return room is None or room_agrees(wrap_room(rows, table.k, table.face.space), room)


def _clear(texts: list[str], read: tuple, clear: float) -> bool:
    """Whether a reading's cuts cost little per printed line and leave few lines over their column."""
    cost, over, rows, before = read
    lines = len(texts) - len(before)
    return bool(rows) and lines > 0 and cost / lines <= clear and over <= SHARE_OVER * lines


def _dates_read(rows: list[_Row], roles: CellShapes) -> bool:
    """Whether the target-date cells the cuts give read as dates: a reading that puts other
    cells' words among them has cut the lines wrongly, however little its cuts cost."""
    if "target_date" not in roles.columns:
        return True
    c = roles.columns.index("target_date")
    cells = [" ".join(part[c]) for row in rows for part in row.parts if part[c]]
    dated = sum(roles.date_cell(cell) for cell in cells)
    return dated >= DATES_READ * len(cells)


def wrap_room(rows: list[_Row], k: int, space: float) -> list[tuple[float, float]]:
    """Per column, (the widest of its cells' lines, the narrowest a cell's line with the next
    line's first word): a word processor wraps a cell's line only where the next word does not
    fit, so the column is at least the first and narrower than the second."""
    out = [[0.0, NEVER] for _ in range(k)]
    for row in rows:
        for part in row.lines:
            for c, cell in enumerate(part):
                for n, (w, _) in enumerate(cell):
                    out[c][0] = max(out[c][0], w)
                    if n + 1 < len(cell):
                        out[c][1] = min(out[c][1], w + space + cell[n + 1][1])
    return [(lo, hi) for lo, hi in out]


def _misshapen(rows: list[_Row], table: JoinedTable) -> float:
    """The share of a reading's action rows that break the template's shape (`faults`)."""
    bad, n = faults(rows, table.roles, table.face.space)
    return bad / n if n else 1.0


def faults(rows: list[_Row], roles: CellShapes, space: float) -> tuple[int, int]:
    """(action rows a reading cuts against the template's shape, action rows): an action row
    with no action, a cell opening with a small letter, a target date that is no date, a lead
    that is no name; and a column whose cells' lines no one width wraps (every one of its rows
    counted then)."""
    cols = roles.columns
    k = len(cols)
    room = wrap_room(rows, k, space)
    parts = [part for row in rows for part in row.parts]
    if any(lo > hi * OVER for lo, hi in room):
        return len(parts), len(parts)
    names, joining = roles.lead_words
    name_words = names | joining
    bad = 0
    for part in parts:
        texts = [" ".join(cell) for cell in part]
        wrong = "action" in cols and not part[cols.index("action")]
        for c, cell in enumerate(part):
            if not cell:
                continue
            if not CELL_OPENS.match(cell[0]):
                wrong = True
            if cols[c] == "target_date" and not roles.date_cell(texts[c]):
                wrong = True
            if cols[c] == "lead" and any(
                w[:1].islower() and w.lower().strip(",;:()") not in name_words for w in cell
            ):
                wrong = True
        bad += wrong
    return bad, len(parts)
