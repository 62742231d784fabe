"""What a wide plan's cells look like, by their columns' fields (a scope word, a date, a
status word, a lead's name), as the joined-line readers weigh a cut of a printed line into
cells (plan.joined_cells); and where a row no number opens starts, by its Scope cell."""

from __future__ import annotations

import regex

from dhrparse.plan.joined_lines import CELL_OPENS, MAX_FIRST_WORDS
from dhrparse.plan.linked_numbers import LINKED, number_fit
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

NAME_GOES_ON = 1.5  # a milestone cell opening with a word of the lead's name beside it
SCOPE_CARRY = 3.0  # a Scope cell carried on with a word no scope cell holds
LEAD_LOWER = 0.5  # a lead cell's line carrying on with a lower-case word no name holds, per word
LEAD_CARRY = 1.5  # ... at most
NUMBER_CARRY = 3.0  # a linked recommendation number's cell carried on to a second line
DATE_CELL_WORDS = 3  # the most words a target-date cell holds beside its dates ("By end of")


_ROLE_WORDS: dict[int, tuple] = {}


def _role_words(p) -> tuple:
    """(scope expressions, status words, no-date words) of a vocabulary, compiled once."""
    known = _ROLE_WORDS.get(id(p))
    if known is None:
        scope = [regex.compile(rx, regex.I) for rx in (p.get("scope.printed", {}) or {}).values()]
        phrases = [
            w for v in ("not_started", "in_progress", "complete") for w in p.list(f"actions.status.{v}")
        ]
        alts = literal_alternation(phrases, longest_first=True)
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
            c in ("scope", "target_date", "status", "lead", LINKED)
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
        if role == LINKED:
            return NUMBER_CARRY  # (a recommendation's number is one line: a line below is a neighbour's)
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
        if role == LINKED:
            return number_fit(text)
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
        # (a season over its financial year, "Winter 2025/26": the date read to "2025", "/26" left)
        return len(words) <= DATE_CELL_WORDS and all(
            w in self.target_words or w.lstrip("/").isdigit() for w in words
        )

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
