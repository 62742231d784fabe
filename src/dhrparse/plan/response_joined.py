"""A board's response to each recommendation, printed as a table, in text taken out a printed
line at a time (pdfplumber's lines, "corpus text"): each printed line of the table joins the
lines of its cells with single spaces ("1.2 Named lead practice Partially A named lead will be
Kellow Council April 2025").

The table is the one plan.response_blocks reads from plain pdftotext ("Recommendation |
Agreed / Partially agreed | Board response | Lead | Timescale", a briefing's "Recommendation |
Board response | Lead | By when | Progress"); here its header is one printed line too, its
names told apart by the column vocabulary, the acceptance header and the response header
(patterns/actions.toml). Its rows open where a recommendation's number opens a line.

A row's printed lines are cut into its cells by the room each column has, measured in the
report's typeface (vocab.type_widths), and by what each cell holds:
- every cell starts on its row's first line (cells are set at the top of their row) and its
  later lines follow on the next printed lines, so a column whose cell has ended holds nothing
  further down the row, unless a second response under the same recommendation opens there
  (its cells opening together, capitalised);
- a cell's line carries on to the next only where the next word would not fit beside it;
- no line is wider than its column;
- an acceptance cell holds only acceptance words, a timescale cell a date or a span ("Within
  6 months"), a lead's words are a name's.
The columns' least widths come from the rows' first lines (plan.joined_cells measures them);
the widths and the typeface that cut the whole table at least cost are kept, and only a table
whose cuts cost little per line is rewritten: its header's names on the header line, each
row's cells on its first printed line, its other lines empty rows. Any other table is left as
printed for the other readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.joined_cells import CellShapes, JoinedTable
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.response_blocks import ResponseWords, follows
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face, faces

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

MAX_NAME_WORDS = 5
MIN_NAMES = 3
MIN_ROWS = 2
MAX_WRAPPED_NAMES = 3  # lines of header names wrapped under the header's line
WRAPPED_NAME_WORDS = 3
SHARES = (1.0, 1.03, 1.06, 1.1, 1.14, 1.18, 1.23, 1.3)  # the columns tried so much wider than their least
OVER = 1.02  # a cell's line may run this much past its column (kerning, rounding)
UNDER = 1.0  # ... and the next word must not fit beside it to wrap
FILL_BAD = 2.5  # a cell carried on with a word that would have fit on its line above
DANGLING = 1.5  # a cell ending on a joining word ("to", "the"): its line was cut too soon
EMPTY_FIRST = 1.0  # an empty cell on a row's first line
NAME_BESIDE = 0.3  # a cell right of the lead carried on with a capital: a tie goes to the lead
MIXED = 2.0  # a printed line of a merged row holding the recommendation's words and another cell's
RESUMED = 2.5  # a cell carried on in lower case under its line that ended a sentence
REOPEN = 2.0  # a cell opening below its row's first line (a second response under a merged recommendation)
ROLE_BAD = 4.0  # a cell's words not of its column's kind (an acceptance word, a date, a name)
LEAD_LOWER = 0.7  # a lead's line with a lower-case word no name holds, per word
LEAD_SMALL = 0.05  # ... a small word between a name's words: a tie goes to the sentence beside it
LEAD_OPENS_LOWER = 0.3  # ... a lead's later line opening on a lower-case word no name joins with
LEAD_YEAR = 1.0  # a year on a lead's line, cut from the timescale beside it
LEAD_ENDED = 1.5  # a lead's line ending a sentence: a name has no full stop
HEADING_WORDS = 4  # the most words of a heading under the table ("Next steps")
PARAGRAPH_WORDS = 8  # the fewest words of a paragraph's printed line after it
CLEAR = (
    0.15  # the cost per printed line under which a table's cuts count as clear (a clean cut costs nothing)
)
BEAM = 12
REFINE = 3  # readings again by the widths the last one tells
_YEAR = regex.compile(rf"^{YEAR}\W*$")
_ENDS = regex.compile(r"[.!?][\"'’”)]*$")  # a sentence's end (a colon or semicolon goes on)
_SPAN = regex.compile(
    r"(?i)^(?:within|in|over|by|\d{1,2}|months?|weeks?|years?|next|the|one|two|three|four|five|six|nine|twelve|eighteen)$"
)


@dataclass
class _Row:
    first: int  # index (in the table's body) of the row's first printed line
    lines: list[int]  # body indexes of its printed lines


def _MONTH_LAST(found, text: str) -> bool:
    """Whether a date found in `text` and a year after it opens in its last word (a month)."""
    return bool(found) and len(text) - len(text.split()[-1]) <= found[-1].start < len(text)


def _rating_rx(p):
    """A status cell's opening: a status word or a RAG colour ("Amber", "Green")."""
    colours = [regex.escape(c) for c in (p.get("actions.status.rag", {}) or {})]
    status = CellShapes(p, []).status_rx
    return regex.compile(rf"(?i)(?:{status.pattern}|(?:{'|'.join(colours)})(?![\w-]))")


class _Shapes(CellShapes):
    """plan.joined_cells' cell shapes, told an acceptance column and a timescale given as a span."""

    def __init__(self, p: Patterns, columns: list[str], words: ResponseWords):
        super().__init__(p, columns)
        self.words = words
        self.asks = [a or c == "acceptance" for a, c in zip(self.asks, columns)]
        self.progress = "progress" in columns or "status" in columns
        self.asks = [a or c in ("progress", "extra") for a, c in zip(self.asks, columns)]
        self.rating_rx = _rating_rx(p)

    def _fit(self, column: int, text: str) -> float:
        role = self.columns[column]
        if role == "acceptance":
            return -2.0 if self.words.acceptance_part(text) else 3.0
        if role == "target_date" and self.words.span_part(text):
            return -2.0
        words = text.split()
        if role == "target_date" and self.progress and any(self.rating_rx.match(w) for w in words):
            return 3.0  # ("Completed" beside a Progress column opens the progress, not a timescale)
        if role == "status":
            return -1.0 if self.rating_rx.match(text) else 3.0
        if role == "lead" and (
            find_dates(text, self.p) or _MONTH_LAST(find_dates(f"{text} 2020", self.p), text)
        ):
            return 3.0  # (a lead names a body or a role: a date beside it, or its month, is the timescale's)
        if role != "target_date" and _YEAR.match(words[0]):
            return 3.0  # (a cell opening on a year: the date's, cut from its month)
        if role == "lead":
            # (a name's words, "Chair, Quality", "Detective": the lead column is seldom empty)
            named = self.carry(column, text) == 0.0 and not any(w.strip(",;:").isdigit() for w in words)
            return -1.0 if named and not text.endswith(".") else 0.5
        return super()._fit(column, text)


class ResponseJoined:
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p = lines, p
        self.cm, self.roles = lines.cm, lines.roles
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.words = ResponseWords.of(p)
        self.status_rx = _rating_rx(p)
        self.lead_names, self.lead_joining = (
            {
                w.lower()
                for w in [*p.list("actions.lead.words"), *p.list("actions.board_response.lead_words")]
            },
            {w.lower() for w in p.list("actions.board_response.lead_joining")},
        )

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        return rewrite_tables(lines, self._table_at)

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose joined header is printed at line i, read."""
        header = self._header(lines[i]) if lines[i].cells is None else None
        return self._table(lines, i, header) if header else None

    # ---- the header ------------------------------------------------------------------------
    def _name_field(self, span: str) -> str | None | bool:
        """The field a run of header words names; False where it names no column."""
        if not span[:1].isalnum():
            return False
        last = span.split()[-1]
        accepts = bool(self.words.acceptance_header.match(span))
        if self.words.is_response_header(span):
            # ("Agreed / Board response", "Recommendation Board response" are two names each)
            named = any(self.cm.names_exactly(w) for w in span.split()[:-1])
            return False if accepts or named else "response"
        if accepts:
            # (an acceptance name runs on into no other column's name: "Agreed / Lead")
            runs_on = len(span.split()) > 1 and self.cm.names_exactly(last)
            return False if runs_on else "acceptance"
        if self.cm.names_exactly(span):
            return self.cm.field_of(span)
        return False

    def _header(self, ln: Line) -> tuple[list[str], list[str]] | None:
        """(names, fields) of a header line joining its column names: the fewest names covering
        its words, a Recommendation column first and a response column among them."""
        words = self.pl.flat(ln.text).split()
        if not 3 <= len(words) <= 24 or any(ch.isdigit() for ch in "".join(words)):
            return None
        best: list[tuple[int, list[tuple[str, str]]] | None] = [None] * (len(words) + 1)
        best[0] = (0, [])
        for a in range(len(words)):
            if best[a] is None:
                continue
            for b in range(a + 1, min(len(words), a + MAX_NAME_WORDS) + 1):
                span = " ".join(words[a:b])
                f = self._name_field(span)
                if f is False:
                    continue
                cand = (best[a][0] + 1, [*best[a][1], (span, f)])
                if best[b] is None or cand[0] < best[b][0]:
                    best[b] = cand
        if best[-1] is None:
            return None
        names = [n for n, _ in best[-1][1]]
        fields = [f for _, f in best[-1][1]]
        if (
            len(names) < MIN_NAMES
            or fields[0] != "recommendation"
            or fields.count("response") != 1
            or "action" in fields
        ):
            return None
        fields = ["action" if f == "response" else f for f in fields]
        known = [f for f in fields if f is not None]
        if len(set(known)) != len(known) or not {"lead", "target_date", "acceptance"} & set(known):
            return None
        return names, fields

    # ---- the table -------------------------------------------------------------------------
    def _table(self, lines: list[Line], i: int, header) -> tuple[int, list[Line]] | None:
        names, fields = header
        header_text = self.pl.flat(lines[i].text).strip()
        # the header's names wrapped under its line ("Partially" / "agreed")
        j = i + 1
        wrapped: list[str] = []
        while (
            j < len(lines)
            and lines[j].cells is None
            and len(wrapped) < MAX_WRAPPED_NAMES
            and self.words.ref_of(self.pl.flat(lines[j].text)) is None
            and len(self.pl.flat(lines[j].text).split()) <= WRAPPED_NAME_WORDS
        ):
            wrapped.append(self.pl.flat(lines[j].text).strip())
            j += 1
        if "acceptance" in fields and wrapped and all(self.words.acceptance_part(w) for w in wrapped):
            # ("Agreed /" over "Partially" / "agreed": the acceptance column's name, whole)
            a = fields.index("acceptance")
            names = [*names[:a], " ".join([names[a], *wrapped]), *names[a + 1 :]]
        body: list[int] = []  # indexes into lines
        rows: list[_Row] = []
        last_ref = None
        k = j
        while k < len(lines) and lines[k].cells is None and lines[k].number not in self.heading_lines:
            text = self.pl.flat(lines[k].text).strip()
            if text == header_text:
                # the header printed again at the top of a page, its wrapped names under it
                k += 1
                w = 0
                while (
                    k < len(lines) and w < len(wrapped) and self.pl.flat(lines[k].text).strip() == wrapped[w]
                ):
                    k, w = k + 1, w + 1
                continue
            ref = self.words.ref_of(text)
            if ref is not None and follows(ref, last_ref) and not self.roles.is_date(text):
                rows.append(_Row(first=len(body), lines=[]))
                last_ref = ref
            elif not rows:
                break
            rows[-1].lines.append(len(body))
            body.append(k)
            k += 1
        if len(rows) < MIN_ROWS:
            return None
        last = rows[-1].lines
        for n in range(1, len(last) - 1):
            if self._heading_after(lines, body[last[n]], body[last[n + 1]]):
                # (a heading under the table, over the report's next paragraph: the table ends
                # above it)
                k = body[last[n]]
                del body[last[n] :]
                del last[n:]
                break
        texts = [self.pl.flat(lines[b].text) for b in body]
        read = self._read(texts, rows, fields)
        if read is None:
            return None
        cells_at, used = read
        end = body[used - 1] + 1 if used < len(body) else k
        if used < len(body):
            end = body[used]
        blank = [""] * len(names)
        out = [_cells_line(lines[i], names)]
        for n in range(i + 1, end):
            out.append(_cells_line(lines[n], blank))
        for b, cells in cells_at.items():
            out[body[b] - i] = _cells_line(lines[body[b]], cells)
        return end, out

    def _read(self, texts: list[str], rows: list[_Row], fields: list[str]):
        """({body line: the cells of the row opening there}, body lines read) at the least cost
        over typefaces and widths; None when no reading is clear."""
        shapes = _Shapes(self.p, [f or "extra" for f in fields], self.words)
        best = None
        for name in faces():
            face = Face(name)
            least = JoinedTable(texts, shapes, face, False).widths()
            if least is None or None in least:
                continue
            # (the narrowest widths that cut every line: a column wider than its cells needs
            # lets a neighbour's words in at no cost)
            # (and wider while the narrowest cut costs: a line the first lines' widths cannot
            # hold whole reads as two cells' words, "the Board. subgroup")
            read = None
            for share in SHARES:
                again = self._cut_rows(texts, rows, fields, face, [w * share for w in least])
                if again is not None and (read is None or again[0] < read[0]):
                    read = again
                if read is not None and read[0] <= CLEAR * max(read[2], 1):
                    break
            for _ in range(REFINE):
                if read is None:
                    break
                # each column between its widest line and the narrowest line its next word did
                # not fit beside, as this reading cut them; read again by those widths
                again = self._cut_rows(texts, rows, fields, face, _between(read[3]))
                if again is None or again[0] >= read[0]:
                    break
                read = again
            if read is not None and self._dates_read(read[1], fields) and (best is None or read[0] < best[0]):
                best = read
        if best is None:
            return None
        cost, cells_at, used, _ = best
        if cost / max(used, 1) > CLEAR:
            return None
        return cells_at, used

    def _dates_read(self, cells_at: dict[int, list[str]], fields: list) -> bool:
        """Whether every timescale cell the cuts give reads as a date or a span: a reading that
        puts other cells' words among them has cut the lines wrongly, however little it costs."""
        if "target_date" not in fields:
            return True
        c = fields.index("target_date")
        cells = [cells[c] for cells in cells_at.values() if cells[c]]
        return all(self.roles.is_date(t) or self.words.timescale.match(t) for t in cells)

    def _cut_rows(self, texts, rows, fields, face, widths):
        total = 0.0
        cells_at: dict[int, list[str]] = {}
        used = 0
        room = [[0.0, float("inf")] for _ in fields]  # per column: widest line, narrowest line wrapped
        for r, row in enumerate(rows):
            words = [texts[b].split() for b in row.lines]
            cut = self._cut_row(words, fields, face, widths)
            if cut is None:
                return None
            cost, parts, taken, chosen = cut
            if taken < len(row.lines) and r != len(rows) - 1:
                return None  # (only the last row may end before the table's lines do)
            total += cost
            for line, cells in parts:
                cells_at[row.lines[line]] = cells
            used = row.lines[taken - 1] + 1
            for n in sorted(chosen):
                for c, (a, b) in enumerate(chosen[n]):
                    if a == b:
                        continue
                    w = _width(words[n][a:b], face)
                    room[c][0] = max(room[c][0], w)
                    nxt = chosen.get(n + 1)
                    if nxt is not None and nxt[c][0] != nxt[c][1]:
                        room[c][1] = min(room[c][1], w + face.space + face.width(words[n + 1][nxt[c][0]]))
        return total, cells_at, used, (widths, room)

    # ---- one row's printed lines cut into cells ----------------------------------------------
    def _cut_row(self, lines: list[list[str]], fields, face, widths):
        """(cost, [(line, cells) of each action row opening], lines taken) of a row's printed
        lines cut at least cost; None when its first line cannot be cut."""
        k = len(fields)
        start = ((False,) * k, (None,) * k, (False,) * k, (False,) * k, False)
        beam = [(0.0, start, None)]
        taken = 0
        for n, words in enumerate(lines):
            grown = []
            for total, state, history in beam:
                for cost, cuts in self._cuts(words, state, n == 0, fields, face, widths):
                    grown.append((total + cost, _after(words, cuts, face, state, n == 0), (n, cuts, history)))
            if not grown:
                if n == 0:
                    return None
                break
            grown.sort(key=lambda g: g[0])
            if n and grown[0][0] - min(b[0] for b in beam) > 2 * REOPEN:
                break  # (a paragraph after the table: no cut of it reads as the row's)
            beam = grown[:BEAM]
            taken = n + 1
        # (a cell still ending on a joining word, comma or colon when its row ends was cut short)
        total, _, history = min(
            beam, key=lambda b: b[0] + DANGLING * sum(x and y for x, y in zip(b[1][0], b[1][2]))
        )
        chosen: dict[int, list] = {}
        while history is not None:
            n, cuts, history = history
            chosen[n] = cuts
        return total, self._cells(lines, chosen, k), taken, chosen

    def _cuts(self, words, state, first: bool, fields, face, widths):
        """The ways of cutting one printed line into the row's columns, each with its cost."""
        active, last, dangling, ended, merged = state
        k = len(fields)
        lead = fields.index("lead") if "lead" in fields else k
        n = len(words)
        out: list[tuple[float, list[tuple[int, int]]]] = []

        def walk(c: int, a: int, cost: float, cuts: list[tuple[int, int]], reopened: bool = False) -> None:
            # (a second response opens its cells together: the line pays for reopening once)
            if c == k:
                if a == n:
                    # (below the line a second response opens on, the merged recommendation's
                    # lines and the response's sit at different heights: no printed line holds both)
                    mixed = merged and cuts[0][0] != cuts[0][1] and any(x != y for x, y in cuts[1:])
                    out.append((cost + (MIXED if mixed else 0.0), list(cuts)))
                return
            # an empty cell here
            if not (first and c == 0):
                # (in a merged row a cell's lines interleave with the second response's: a cell
                # empty on a line there is not ended)
                extra = (
                    (DANGLING if dangling[c] and not merged else 0.0)
                    if active[c]
                    else (EMPTY_FIRST if first else 0.0)
                )
                cuts.append((a, a))
                walk(c + 1, a, cost + extra, cuts, reopened)
                cuts.pop()
            for b in range(a + 1, n + 1):
                w = _width(words[a:b], face)
                if w > widths[c] * OVER:
                    break
                add = self._cell_cost(c, words[a:b], first, active[c], last[c], fields, face, widths)
                if add is None:
                    continue
                if active[c] and not first and ended[c] and words[a][:1].islower():
                    add += RESUMED  # (a sentence ended on the cell's line above: this one is another cell's)
                elif active[c] and not first and c > lead and words[a][:1].isupper():
                    add += NAME_BESIDE  # (a name's word beside a lead's cell: more likely the lead's)
                opens = not first and not active[c]
                if opens and not reopened:
                    add += REOPEN
                cuts.append((a, b))
                walk(c + 1, b, cost + add, cuts, reopened or opens)
                cuts.pop()
                if active[c] and not first and ended[c] and c and _OPENS.match(words[a]):
                    # (a cell that ended its sentence on the line above, as tall as the merged
                    # recommendation's: a second response's cell may open right under it)
                    fresh = self._cell_cost(c, words[a:b], first, False, last[c], fields, face, widths)
                    if fresh is not None:
                        cuts.append(_Fresh((a, b)))
                        walk(c + 1, b, cost + fresh + (0.0 if reopened else REOPEN), cuts, True)
                        cuts.pop()

        walk(0, 0, 0.0, [])
        return out

    def _cell_cost(self, c, words, first, active, last, fields, face, widths) -> float | None:
        cost = 0.0
        if active and not first:
            if last + face.space + face.width(words[0]) <= widths[c] * UNDER:
                cost += FILL_BAD  # (the word would have fit on the cell's line above)
        else:
            if not _OPENS.match(words[0]) or (c == 0 and not first):
                return None
        role = fields[c]
        text = " ".join(words)
        # (a sentence ended inside the cell's line and the next word small: two cells' words)
        cost += RESUMED * sum(
            1
            for w, after in zip(words, words[1:])
            if after[:1].islower() and _ENDS.search(w) and "." not in w[:-1].rstrip(".")
        )
        if first and role != "target_date" and _YEAR.match(words[0]):
            cost += ROLE_BAD  # (a cell opening on a year: the date's, cut from its month)
        if (
            role == "acceptance"
            and not self.words.acceptance_part(text)
            or role == "target_date"
            and not self._date_part(text)
        ):
            cost += ROLE_BAD
        elif role == "target_date" and "status" in fields and self._status_after(words):
            cost += ROLE_BAD  # (a RAG word after the date, "31/03/2025 Amber": the status column's)
        elif role == "status" and (
            (not active or first)
            and not self.status_rx.match(text)
            or active
            and not first
            and (_YEAR.match(words[0]) or self.roles.is_date(text))
        ):
            # (a status column's cell opens with its rating and carries on with no date: a year
            # under it is the timescale's, "October" / "2024")
            cost += ROLE_BAD
        elif role == "lead":
            lower = sum(
                1
                for w in words
                if w[:1].islower() and w.lower() not in self.lead_names and w.lower() not in self.lead_joining
            )
            small = sum(1 for w in words if w.lower() in self.lead_joining)
            cost += LEAD_LOWER * lower + LEAD_SMALL * small
            if any(_YEAR.match(w) for w in words):
                cost += LEAD_YEAR  # (a year under the lead's line: the timescale's, "September" / "2025")
            if (
                words[0][:1].islower()
                and words[0].lower() not in self.lead_joining
                and words[0].lower() not in self.lead_names
            ):
                # (a name's line opens with a capital or a small joining word: a lower-case word
                # there more likely ends the sentence beside it, "household; team")
                cost += LEAD_OPENS_LOWER
            cost += LEAD_ENDED if any(w.endswith((".", ";", ":")) for w in words) else 0.0
        return cost

    def _heading_after(self, lines: list[Line], at: int, k: int) -> bool:
        """Whether a printed line of the table's last row is a heading over the report's next paragraph
        ("Next steps"): a few capitalised words, no digit, no sentence's end, no name's word, and
        a paragraph's line after it."""
        words = self.pl.flat(lines[at].text).split()
        after = self.pl.flat(lines[k].text).split()
        return (
            0 < len(words) <= HEADING_WORDS
            and words[0][:1].isupper()
            and not _ENDS.search(words[-1])
            and not any(ch.isdigit() for w in words for ch in w)
            and not any(w.lower().strip(",;:") in self.lead_names for w in words)
            and len(after) >= PARAGRAPH_WORDS
        )

    def _status_after(self, words: list[str]) -> bool:
        """Whether a status word follows the first word of a timescale cell's line."""
        return any(self.status_rx.match(" ".join(words[i:])) for i in range(1, len(words)))

    def _date_part(self, text: str) -> bool:
        """A timescale cell's line: a date or its part ("September", "2024"), a span ("Within
        6", "months"), a no-date word."""
        if self.roles.is_date(text) or self.words.span_part(text):
            return True
        found = find_dates(f"{text} 2020", self.p)
        # (a number alone carries a date on: a year, or a day or month's digits cut from it)
        return (
            bool(found)
            and found[0].start <= 1
            or all(_YEAR.match(w) or w.isdigit() and len(w) <= 2 for w in text.split())
        )

    @staticmethod
    def _cells(lines: list[list[str]], chosen: dict[int, list], k: int) -> list[tuple[int, list[str]]]:
        """The action rows the cuts make: one opening on the row's first line, another wherever
        cells open again below it; each cell's lines joined."""
        out: list[tuple[int, list[list[str]]]] = []
        active = [False] * k
        merged = False  # (a second response opened: a cell empty on a line stays open, as _after keeps it)
        for n in sorted(chosen):
            cuts = chosen[n]
            words = lines[n]
            opens = [cut[0] != cut[1] and (not active[c] or _fresh(cut)) for c, cut in enumerate(cuts)]
            if n == 0 or any(opens):
                out.append((n, [[] for _ in range(k)]))
            merged = merged or n > 0 and any(opens)
            for c, (a, b) in enumerate(cuts):
                if a == b:
                    active[c] = active[c] and merged
                    continue
                target = out[-1][1] if opens[c] or n == 0 else _owner(out, c)
                target[c].extend(words[a:b])
                active[c] = True
        return [(n, [_joined(w) for w in cells]) for n, cells in out]


class _Fresh(tuple):
    """A cell's cut (first word, past its last) that opens a new cell in a column whose cell
    ran to the line above: a second response's, under the merged recommendation."""


def _fresh(cut) -> bool:
    return isinstance(cut, _Fresh)


def _between(read) -> list[float]:
    """Each column's width between its widest line and the narrowest line whose next word did
    not fit beside it (where the reading leaves no room between them, its own width)."""
    widths, room = read
    out = []
    for w, (lo, hi) in zip(widths, room):
        out.append((lo + hi) / 2 if lo < hi < float("inf") else max(w, lo))
    return out


def _after(words, cuts, face, state, first: bool) -> tuple:
    """The state a printed line's cuts leave: each column's cell open or ended, its line's width,
    whether it ends on a joining word and whether on a sentence's end, and whether a second
    response has opened in the row. The Recommendation cell merged down over that response
    prints its lines between the response's (each cell's lines are set from the top of its own
    row, so their baselines differ): from there on a cell empty on a line stays open."""
    active = [a != b for a, b in cuts]
    last = [_width(words[a:b], face) if a != b else None for a, b in cuts]
    # (a cell's words end on no joining word, comma or colon: "Chair," / "TSAB", "Completed July 2024:")
    dangling = [
        a != b and (words[b - 1].lower() in JOINING_WORDS or words[b - 1][-1] in ",:") for a, b in cuts
    ]
    ended = [a != b and bool(_ENDS.search(words[b - 1])) for a, b in cuts]
    was = state[0]
    merged = state[4] or (
        not first
        and any(a != b and (not was[c] or _fresh(cut)) for c, cut in enumerate(cuts) if c for a, b in [cut])
    )
    if merged:
        for c, (a, b) in enumerate(cuts):
            if a == b and was[c]:
                active[c], last[c], dangling[c], ended[c] = True, state[1][c], state[2][c], state[3][c]
    return tuple(active), tuple(last), tuple(dangling), tuple(ended), merged


def _owner(out, c):
    """The action row whose cell in column c is still open: the latest that holds one."""
    for _, cells in reversed(out):
        if cells[c]:
            return cells
    return out[-1][1]


def _joined(words: list[str]) -> str:
    text = ""
    for w in words:
        text = (
            f"{text}{w}"
            if text.endswith("-") and w[:1].islower() and len(text) > 1
            else f"{text} {w}".strip()
        )
    return text


def _width(words: list[str], face: Face) -> float:
    return sum(map(face.width, words)) + face.space * (len(words) - 1)  # (the same sum, without a generator)
