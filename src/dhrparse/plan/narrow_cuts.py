"""How a narrower plan table's printed lines are cut into cells (plan.narrow_rows reads the
table): what its cells look like, NarrowShapes (a lead holds no date, a date cell opens with
more than its year, a status cell's later lines say more in lower case), and the cuts
themselves, NarrowTable (plan.joined_cells' cuts, an action carried on until its sentence ends,
every action row opening with its own number, the table ending where the report's text after it
opens)."""

from __future__ import annotations

import regex

from dhrparse.plan.closed_marks import closed_mark
from dhrparse.plan.completion_days import whole_day
from dhrparse.plan.done_columns import NOT_DONE, done_fit, done_view
from dhrparse.plan.joined_cells import (
    DANGLING,
    OVER_COST,
    REOPEN,
    SENTENCE_ENDS,
    UNENDED,
    CellShapes,
    JoinedTable,
)
from dhrparse.plan.lettered_rows import told_carry
from dhrparse.plan.merged_openings import merged_row_starts
from dhrparse.plan.who_columns import who_carry, who_fit
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.date_search import YEAR

NOT_ITS = 3.0  # a cell reading as another column's (a date in the lead's), in the cuts' costs
# a year printed alone, or a financial year ("2025/26": "Q3" over "2025/26" is one date cell's)
_YEAR = regex.compile(rf"^{YEAR}(?:[/–-](?:19|20)?\d\d)?\.?$")
LEAD_WORDS = 8  # the most words a lead's cell holds on its first line ("Adult Social Care – Head of")
STATUS_CARRY = 1.5  # a status cell carried on with a capitalised word
UNCUT = OVER_COST * 2  # what joined_cells costs a line no cut fits
LEAD_ENDS_LOWER = 1.5  # a lead's line carried on ending on a small word ("Manager from")
HEADING_WORDS = 4  # the most words of a heading below a table, over the report's text
OPENS_UNNUMBERED = 2.0  # ... a cell opening below it instead, on a line no ref opens
NARROWER_GUESS = 0.1  # a cell carried on with a word its line above seemed wide enough for
_DASHES = ("–", "-", "—")
RAG_LETTER = -1.0  # a status cell that is a RAG letter alone fits as a status word does
NAME_LAST = 1.0  # an action's line ending on a lead's word ("carers Manager")
OPEN_CELL = r"open(?=\W*$|\s*[–—-])"  # ("Open", "Open – on track"; not "Open the ...")
SHORT_WORD = 3
FRAGMENT_WORDS = 2  # the most capitalised words after an action's sentence ended read as the lead's  # a word this short ending in a full stop may be an abbreviation ("no.")


def _heading_like(words: list[str]) -> bool:
    """A line of a few words opening with a capital and ending no sentence ("Sign-off")."""
    return (
        0 < len(words) <= HEADING_WORDS and words[0][:1].isupper() and not words[-1].endswith(SENTENCE_ENDS)
    )


def broken_off(rows, named_below: bool = False) -> bool:
    """Whether the last row's last printed part leaves a cell broken off on a comma or a joining
    word ("Police Inspector," / "Head of"), or a lead's name goes on in the line below it
    (`named_below`: "Police" over "Inspector,"): its words go on below, so the table cannot end there."""
    if not rows:
        return False
    if named_below:
        return True
    row = rows[-1]
    return any(
        cell and (cell[-1].endswith(",") or (cell[-1].lower() in JOINING_WORDS and not _letter_cell(cell)))
        for cell in row.parts[-1]
    )


def _letter_cell(cell: list[str]) -> bool:
    """A cell that is one capital letter alone ("A", a RAG column's amber): a code, not an
    article left dangling at a cell's end."""
    return len(cell) == 1 and len(cell[0]) == 1 and cell[0].isupper()


def _opens_name(table: NarrowTable, words: list[str]) -> bool:
    """Whether a line ends on a lead's name word and a joining word after a small word ("...
    prompt Head of"): a lead's first line ("Head of" / "Service") beside the action's."""
    names, _ = table.roles.lead_words
    return (
        len(words) > 2
        and words[-1].lower() in JOINING_WORDS
        and words[-2][:1].isupper()
        and words[-2].lower() in names
        and words[-3][:1].islower()
    )


def name_may_open(table: NarrowTable, rows, a: int) -> bool:
    """Whether a line of an action's cell ends on capitalised words after a small one ("... add
    a Police" over "procedure", "... the Clinical Lead," over "review.", "... prompt Head of"
    over "procedure") while the action goes
    on below: the cell beside it (a lead's "Police Inspector", "Clinical Lead, District
    Nursing") may as well hold those words, and the widths alone do not tell which; a cut so
    unsure reads no action. So too a lead's later line opening on a small word after the
    action's unended line ("... the" / "with Manager"): the small word may close either cell."""
    if table.small_lead_line:
        return True
    for (r, n), ends in table.line_ends.items():
        if r >= len(rows) or n >= len(rows[r].parts):
            continue
        action = rows[r].parts[n][a]
        for m in ends:
            if 1 < m < len(action):
                top = m - 1 if _opens_name(table, action[:m]) else m  # ("Head of")
                k = top - 1  # (back over the line's closing run of capitalised words)
                while k > 0 and action[k][:1].isupper() and not action[k - 1].endswith(SENTENCE_ENDS):
                    k -= 1
                last, before = action[k + 1] if k + 1 < top else action[k], action[k]
                if last[:1].isupper() and before[:1].islower() and not before.endswith(SENTENCE_ENDS):
                    if action[m][:1].isupper():
                        continue  # (the name runs on in the action's next line: "the Scottish" / "Government")
                    if _POSSESSIVE.search(action[top - 1]):
                        continue  # ("... to the Board's" / "annual meeting": its noun is the action's next line)
                    return True
    return False


_POSSESSIVE = regex.compile(r"\p{L}['’]s$")  # ("Board's": a name's possessive asks its noun after it)
_ARTICLES = ("the", "a", "an")  # (no date's line opens with one: "the March" / "forum" is an update's)


def _after_year(text: str) -> bool:
    """A date cell's line going on in small words after its year ("2025 on the")."""
    words = text.split()
    return len(words) > 1 and bool(_YEAR.match(words[0])) and words[1][:1].islower()


class NarrowShapes(CellShapes):
    """What a narrower table's cells look like: as the template's (plan.joined_cells), and a
    lead's cell holds no date ("Board Business Manager Jan" over "2025" cuts the date in two),
    a date's cell opens with more than its year."""

    def __init__(self, p, columns: list[str]):
        super().__init__(p, columns)
        # (every column is asked: none but the date's opens with a year, "2025 On track")
        self.asks = [True] * len(columns)
        # (a tracker's live action is "Open", alone or before a dash: a status cell's opening too)
        self.status_rx = regex.compile(rf"(?:{self.status_rx.pattern})|{OPEN_CELL}", regex.I)
        self.done, self.told, self.who_view = done_view(p, columns)  # (plan.done_columns)
        self.rag_letters = set(p.list("actions.tracker.rag_letters"))

    def carry(self, column: int, text: str) -> float:
        """A status cell's later lines say more in lower case ("In progress –" over "three of
        five named"); a capitalised word there is another column's ("Worker" of a lead's name)."""
        if column in self.done:
            return NOT_DONE  # (a day is one line)
        if self.told:
            told = told_carry(self, column, text)  # (a plan of success measures: plan.lettered_rows)
            if told is not None:
                return told
        beside = who_carry(self.who_view, column, text, *self.lead_words)
        if beside is not None:
            return beside  # (plan.who_columns)
        if self.columns[column] == "status" and text[:1].isupper():
            return STATUS_CARRY
        if self.columns[column] == "action" and (self._name_last(text) or self._named_after_end(text)):
            return NAME_LAST
        if self.columns[column] == "target_date" and "status" in self.columns and whole_day(text, self.p):
            # (a date cell holds one date: a second, "Completed" over "12/02/2025", is the day the
            # status cell beside it names)
            return NOT_ITS
        opening = text.split()[0] if self.done else text  # (beside a done column: "2025 June")
        if self.columns[column] != "target_date" and "target_date" in self.columns and _YEAR.match(opening):
            return NOT_ITS  # (a year alone on a line is a date's second line: "From June" over "2025")
        if self.columns[column] == "lead" and self.done and self._date_like(text.split()[-1]):
            return NOT_ITS  # (a lead's line ending on a month: the date cell's "June" beside it)
        if self.columns[column] == "lead" and (text.split()[-1][:1].islower() or text[:1].islower()):
            return LEAD_ENDS_LOWER  # (a name's small words stand inside its lines: "Head of" over "Housing")
        return super().carry(column, text)

    def _named_after_end(self, text: str) -> bool:
        """Whether an action's line ends its sentence and then a capitalised word or two ending
        none ("... to the council. Northern"): the first words of the lead's next line beside it."""
        words = text.split()
        ends = [n for n, w in enumerate(words[:-1]) if w.endswith(SENTENCE_ENDS)]
        rest = words[ends[-1] + 1 :] if ends else []
        return (
            "lead" in self.columns
            and 0 < len(rest) <= FRAGMENT_WORDS
            and all(w[:1].isupper() for w in rest)
            and not rest[-1].endswith(SENTENCE_ENDS)
        )

    def _name_last(self, text: str) -> bool:
        """Whether an action's line ends on a name's capitalised word after a small one
        ("... with two carers Manager"): the word of the lead's cell beside it."""
        words = text.split()
        names, _ = self.lead_words
        return (
            "lead" in self.columns
            and len(words) > 1
            and words[-2][:1].islower()
            and words[-1][:1].isupper()
            and words[-1].lower().strip(",;:") in names
        )

    def status_goes_on(self, cell: str) -> bool:
        """A status word with a word straight after it, no dash or colon between ("Complete
        Worker", "In progress publish"): another column's word cut into the status cell."""
        m = self.status_rx.match(cell)
        rest = cell[m.end() :].split() if m else []
        return bool(rest) and rest[0][:1].isalpha()

    def _fit(self, column: int, text: str) -> float:
        role = self.columns[column]
        if column in self.done:
            return done_fit(self.p, text)
        fit = who_fit(self.who_view, column, text, *self.lead_words)
        if fit is not None:
            return fit  # (plan.who_columns)
        if role != "target_date" and "target_date" in self.columns and _YEAR.match(text.split()[0]):
            return NOT_ITS
        if role == "lead":
            words = text.split()
            last = words[-1]
            # (nor ends on the word a date cell opens with: "Lead From" beside "April 2025")
            opener = last[:1].isupper() and last.lower() in self.target_words
            numbered = words[0][:1].isdigit()  # (an action's number opens the action's cell)
            long = len(words) > LEAD_WORDS
            return (
                NOT_ITS if opener or numbered or long or any(self._date_like(w) for w in words[-2:]) else 0.0
            )
        if role == "status" and text in self.rag_letters:
            return RAG_LETTER  # (a RAG column's colour printed as its letter alone: "G", "A", "R")
        if role == "target_date" and self.done and (_after_year(text) or text.split()[0] in _ARTICLES):
            return NOT_ITS  # (a year closes its date: "2025" / "on the" is the progress cell's)
        if role == "target_date" and text[:1].islower() and self.status_rx.match(text):
            return NOT_ITS  # (a date cell's own "Completed" opens it; "complete" goes on a status's words)
        if role == "target_date" and text.split()[0].lower() in self.target_words:
            # (a date after the words a date cell opens with: "From April 2025", "By end of")
            rest = text.split()
            while rest and rest[0].lower() in self.target_words:
                rest = rest[1:]
            if not rest:
                # (a season or "End of" whose year prints below, "Autumn" / "2025"; not "By")
                return super()._fit(column, text) if self._date_like(text) else NOT_ITS
            return super()._fit(column, " ".join(rest))
        return super()._fit(column, text)


class NarrowTable(JoinedTable):
    """The cuts of a narrower table's lines: as the template's, and an action's cell left out
    of the line below before its sentence ends costs as the template's recommendation does (a
    row's lines print its action's words first, left to right: "and reported." carries the
    action on, however well it would fill the progress cell beside it)."""

    action = 1
    refs_every_row = False  # every action row opens with its own number (see _openings)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.uncut: set[int] = set()  # the lines (ids) no cut fits
        self.ended_any: bool | None = None  # whether any cell's sentence ends (see _sentences)
        self.line_ends: dict[tuple[int, int], list[int]] = {}  # (row, part): its action's lines' ends
        self.small_lead_line = False  # a lead's later line opening on a small word (see _rows)

    def open_merged_rows(self, merged: bool) -> None:
        """Under a recommendation cell merged down beside a ref column, the action rows whose
        first lines open with the recommendation's words in lower case opened too, the
        columns' widths still taken from the other rows (plan.merged_openings)."""
        if merged:
            self.width_starts = self.starts
            self.starts = merged_row_starts([" ".join(ln.words) for ln in self.lines], self.starts)

    def read(self, widths, beam: int = 1, alts: int = 0):
        self.uncut = set()
        return super().read(widths, beam, alts)

    def _rows(self, widths, chosen):
        """As the template's, noting where each action cell's printed lines end (its words'
        count at each line's end), for _name_may_open."""
        over, rows = super()._rows(widths, chosen)
        self.line_ends = {}
        self.small_lead_line = any(
            self._small_lead_opening(i, chosen[i]) for i in chosen if i not in self.starts
        )
        cell_of: dict[int, tuple[int, int]] = {}  # (row, part) of the action's cell, by line
        r, owner = -1, 0
        for i in sorted(chosen):
            if i in self.starts:
                r, owner = r + 1, 0
            for cut in chosen[i]:
                if cut.column != self.action:
                    continue
                if cut.opens and i not in self.starts:
                    owner = rows[r].firsts.index(i) if i in rows[r].firsts else owner
                cell_of[i] = (r, owner)
        counts: dict[tuple[int, int], int] = {}
        for i in sorted(cell_of):
            key = cell_of[i]
            cut = next(c for c in chosen[i] if c.column == self.action)
            counts[key] = counts.get(key, 0) + cut.end - cut.start
            self.line_ends.setdefault(key, []).append(counts[key])
        return over, rows

    def _small_lead_opening(self, i: int, cuts) -> bool:
        """Whether a lead's later line opens on a joining word straight after an unended action
        line ("... partners the" / "with Manager"): the word may as well close the action's line."""
        if "lead" not in self.roles.columns:
            return False
        lead = self.roles.columns.index("lead")
        words = self.lines[i].words
        by_column = {cut.column: cut for cut in cuts}
        action, name = by_column.get(self.action), by_column.get(lead)
        return (
            action is not None
            and name is not None
            and action.end == name.start > action.start
            and words[name.start].lower() in JOINING_WORDS
            and not words[action.end - 1].endswith(SENTENCE_ENDS)
        )

    def _cuts(self, ln, widths, last, closed, dangling, start: bool, m: int):
        cuts = super()._cuts(ln, widths, last, closed, dangling, start, m)
        if len(cuts) == 1 and cuts[0][0] == UNCUT and len(cuts[0][1]) == 1 and not cuts[0][1][0].opens:
            self.uncut.add(id(ln))  # (no cut fits the line: it is none of the table's)
        return cuts

    def ends(self, rows) -> int | None:
        """The printed line the table ends before: a line after the last row's first line that
        no cut fits, or where a cell opens with no ref before it (the report's text after the
        table, "Next review of this plan: ..."); None when every line is the table's."""
        last = self.starts[-1]
        opened = [f for row in rows for f in row.firsts if f > last]
        uncut = [n for n, ln in enumerate(self.lines) if n > last and id(ln) in self.uncut]
        if not opened and not uncut:
            return None
        # (a short line straight above the report's text is its heading: "Monitoring")
        k = min(opened + uncut)
        while (
            k - 1 > last
            and _heading_like(self.lines[k - 1].words)
            # (a lead's last line, "Subgroup", is no heading: its words are a name's)
            and not self.names_line(self.lines[k - 1].words)
        ):
            k -= 1
        return k

    def names_line(self, words: list[str]) -> bool:
        """Whether a line's words are all a lead's name words ("Inspector," / "Public"): a
        lead's later line, no heading nor text after the table."""
        names, _ = self.roles.lead_words
        return (
            "lead" in self.roles.columns
            and bool(words)
            and all(w.lower().strip(",;:") in names for w in words)
        )

    def _openings(self, c: int, prev, closed: bool, capital: bool, full: bool) -> list[tuple[float, bool]]:
        if not c and prev is not None and not self.numbered_text:
            return []  # (a ref's cell, or a number standing alone, is one word on its row's first line)
        if c and prev is not None and self.refs_every_row:
            # (every action row opens with its own number: a cell below its row's first line
            # carries its cell on, even where the widths say the line above could take the word)
            # (a cell opening there, no ref before it, is the report's text after the table)
            return [
                (REOPEN if closed else (0.0 if full else NARROWER_GUESS), False),
                (OPENS_UNNUMBERED, True),
            ]
        return super()._openings(c, prev, closed, capital, full)

    def _left_out(self, column: int, word: str) -> float:
        cost = super()._left_out(column, word)
        if word in _DASHES or word.endswith(":"):
            return max(cost, DANGLING)  # ("Partially complete –" over what it says more)
        # (a closed action's marker after its last sentence ends the cell too: "staff. (closed)")
        ended = word.endswith(SENTENCE_ENDS) or closed_mark(word, self.roles.p) is not None
        if column == self.action and not ended and self._sentences():
            return max(cost, UNENDED)
        return cost

    def _sentences(self) -> bool:
        """Whether the table's cells end sentences at all: a plan whose actions are set as
        commands with no full stop ("Agree a discharge message") leaves none unended."""
        if self.ended_any is None:
            self.ended_any = any(
                w.endswith(SENTENCE_ENDS) and len(w) > SHORT_WORD and w[:1].islower()
                for ln in self.lines
                for w in ln.words
            )
        return self.ended_any
