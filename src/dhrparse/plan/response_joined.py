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
from dhrparse.plan.joined_cells import JoinedTable
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.response_blocks import ResponseWords, follows
from dhrparse.plan.response_cells import ResponseCuts, ResponseShapes, between, rating_opening
from dhrparse.plan.table_rewrites import rewrite_tables
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
HEADING_WORDS = 4  # the most words of a heading under the table ("Next steps")
PARAGRAPH_WORDS = 8  # the fewest words of a paragraph's printed line after it
CLEAR = (
    0.15  # the cost per printed line under which a table's cuts count as clear (a clean cut costs nothing)
)
REFINE = 3  # readings again by the widths the last one tells
_ENDS = regex.compile(r"[.!?][\"'’”)]*$")  # a sentence's end (a colon or semicolon goes on)


@dataclass
class _Row:
    first: int  # index (in the table's body) of the row's first printed line
    lines: list[int]  # body indexes of its printed lines


class ResponseJoined(ResponseCuts):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p = lines, p
        self.cm, self.roles = lines.cm, lines.roles
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.words = ResponseWords.of(p)
        self.status_rx = rating_opening(p)
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
        wrapped, j = self._wrapped_names(lines, i)
        if "acceptance" in fields and wrapped and all(self.words.acceptance_part(w) for w in wrapped):
            # ("Agreed /" over "Partially" / "agreed": the acceptance column's name, whole)
            a = fields.index("acceptance")
            names = [*names[:a], " ".join([names[a], *wrapped]), *names[a + 1 :]]
        body, rows, k = self._body(lines, j, header_text, wrapped)
        if len(rows) < MIN_ROWS:
            return None
        k = self._cut_heading(lines, body, rows[-1].lines, k)
        texts = [self.pl.flat(lines[b].text) for b in body]
        read = self._read(texts, rows, fields)
        if read is None:
            return None
        cells_at, used = read
        end = body[used - 1] + 1 if used < len(body) else k
        if used < len(body):
            end = body[used]
        blank = [""] * len(names)
        out = [cells_line(lines[i], names)]
        for n in range(i + 1, end):
            out.append(cells_line(lines[n], blank))
        for b, cells in cells_at.items():
            out[body[b] - i] = cells_line(lines[body[b]], cells)
        return end, out

    def _wrapped_names(self, lines: list[Line], i: int) -> tuple[list[str], int]:
        """(names, the line after them): the header's names wrapped under its line
        ("Partially" / "agreed")."""
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
        return wrapped, j

    def _body(self, lines: list[Line], j: int, header_text: str, wrapped: list[str]):
        """(body, rows, the line after them): the table's printed lines from j (indexes into
        lines), each row opening where a recommendation's number follows the last one's; the
        header printed again at a page's top is passed over."""
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
        return body, rows, k

    def _cut_heading(self, lines: list[Line], body: list[int], last: list[int], k: int) -> int:
        """The line after the table: a heading among the last row's lines, over the report's
        next paragraph, ends the table above it (body and the last row cut there)."""
        for n in range(1, len(last) - 1):
            if self._heading_after(lines, body[last[n]], body[last[n + 1]]):
                k = body[last[n]]
                del body[last[n] :]
                del last[n:]
                break
        return k

    def _read(self, texts: list[str], rows: list[_Row], fields: list[str]):
        """({body line: the cells of the row opening there}, body lines read) at the least cost
        over typefaces and widths; None when no reading is clear."""
        shapes = ResponseShapes(self.p, [f or "extra" for f in fields], self.words)
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
                again = self._cut_rows(texts, rows, fields, face, between(read[3]))
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
                    w = face.words_width(words[n][a:b])
                    room[c][0] = max(room[c][0], w)
                    nxt = chosen.get(n + 1)
                    if nxt is not None and nxt[c][0] != nxt[c][1]:
                        room[c][1] = min(room[c][1], w + face.space + face.width(words[n + 1][nxt[c][0]]))
        return total, cells_at, used, (widths, room)

    # ---- one row's printed lines cut into cells ----------------------------------------------
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
