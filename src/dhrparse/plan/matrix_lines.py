"""A lead / support matrix plan (plan.lead_matrix) in text taken out a printed line at a time.

"Rec | Recommendation | Ref | Action | Police | Health | ASC | Housing | DA Service | Target |
Status", the Rec and Recommendation cells merged down over the actions 1.1, 1.2: each printed line
joins its cells with single spaces, so the header prints the agencies' short heads among the
column names (a long head broken over the next line, "DA" / "Service", a narrow one inside a
word, "Housin" / "g"), and each action's first line prints its marks as a run of "L" / "S" (or
"Lead" / "Support") words between the action and the cells after it. No vocabulary names those
heads: the plan's key proves them, naming the body behind every one ("Police = Brackmere
Constabulary; ...", plan.lead_matrix.key_bodies).

An empty matrix cell prints nothing, so which column a mark stands in is not told unless the row
marks every column: only such a row keeps its marks in their columns (its lead read as on PDF);
the other rows keep none, and no lead (unread beats wrong). The rest of each line is cut by the
rows' refs: before the ref the recommendation's words (its number first where a column holds
it), after it the action's; a line with no ref gives its first words to the recommendation while
they fit the widest of its first lines, and the rest to the action. The recommendation's words
go to the first row of its number, as its merged cell would; a full stop closes them. A date
printed between the action and the marks ("By when") is read off the action's end, a month alone
where its year wrapped; a year or a status's last word ("Not yet" / "started") closing a later
line of the row is given back to its cell.
"""

from __future__ import annotations

import regex

from dhrparse.document import Line, SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.lead_matrix import cell_kind, key_bodies
from dhrparse.plan.merged_openings import ACTION_NUMBER
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.agencies import Gazetteer
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face

LETTERED_REF = regex.compile(r"^\d{1,2}[a-z]$")  # "1a": an action lettered under its recommendation
REC_NUMBER = regex.compile(r"^\d{1,2}\.?$")
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
A_YEAR = "2000"  # (a word is a month's name where with a year after it the dates read it whole)
UNPLACED = (
    "a lead / support matrix printed with its cells joined: the columns its marks stand in are not told "
    "where a row leaves some empty, so {} action(s) keep no lead"
)
MIN_HEADS = 2  # one agency column is a column of its own, not a matrix
MAX_HEADS = 8  # the most agency columns a printed matrix holds
MAX_HEADER_WORDS = 40
WRAPPED_LINES = 2  # the most lines a header's heads wrap onto
ROOM = 1.03  # how much wider than its widest first line a recommendation's wrapped line may print
STATUS_WORDS, DATE_WORDS = 4, 4  # the most words of a status, of a target date


class MatrixHeader:
    """A header line printing a matrix's heads among column names, read: the names before and
    after the heads, the heads as the key spells them, and the lines the header fills."""

    def __init__(
        self, before: list[str], action_at: int, heads: list[str], after: list[str], lines: int, text: str
    ):
        self.before, self.heads, self.after, self.lines, self.text = before, heads, after, lines, text
        # (before the action's ref, at ref_at: the recommendation's number and words, or its words
        # alone; between the action and the heads: the dates printed before the matrix, "By when")
        self.ref_at = action_at - 1
        self.between = before[action_at + 1 :]

    @property
    def names(self) -> list[str]:
        return [*self.before, *self.heads, *self.after]


class MatrixLines:
    """Rewrites each matrix plan printed with joined cells as cell rows (corpus text only)."""

    def __init__(
        self, doc: SourceDocument, cm: ColumnMap, roles: ColumnRoles, p: Patterns, line_spaced: bool
    ):
        self.doc, self.cm, self.roles, self.p, self.line_spaced = doc, cm, roles, p, line_spaced
        self.face = Face("arial")
        self.gazetteer = Gazetteer(p)
        self.kinds = {a.kind.lower() for a in self.gazetteer.agencies} - {""}
        # (a matrix whose marks' columns are not printed, at its header: its rows keep no lead)
        self.warnings: list[tuple[str, Line]] = []

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.line_spaced:
            return lines
        return rewrite_tables(lines, self._table_at)

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        header = self._header(lines, i) if lines[i].cells is None else None
        read = self._table(lines, i, header) if header else None
        if read is None:
            return None
        rewritten, end = read
        return end, rewritten

    # -- the header ----------------------------------------------------------------------

    def _header(self, lines: list[Line], i: int) -> MatrixHeader | None:
        words = lines[i].text.split()
        if len(words) < 4 or len(words) > MAX_HEADER_WORDS or not self.cm.may_open_with_field(lines[i].text):
            return None
        known = [self.cm.is_header_words(w) for w in words]
        runs = _runs(known)
        if not runs or runs[-1][1] - runs[0][0] > MAX_HEADS * 2:
            return None  # (the heads stand together, words no column name holds among them)
        a = runs[0][0]
        before = _before_names(words[:a], self.cm)
        if before is None:
            return None
        wrapped, k = [], i + 1
        while k < len(lines) and k <= i + WRAPPED_LINES and lines[k].cells is None:
            more = lines[k].text.split()
            if not more or len(more) > MAX_HEADS or any(c.isdigit() for c in lines[k].text):
                break
            wrapped += more
            k += 1
        # (a head may be a word some column's name holds, "Service": the names after the heads
        # are the fewest that part into names and leave the heads read)
        for b in range(runs[-1][1], len(words)):
            after = _names(words[b:], self.cm)
            heads = self._heads(words[a:b], wrapped) if after is not None else None
            if heads:
                return MatrixHeader(*before, heads, after, k - i, lines[i].text)
        return None

    def _heads(self, printed: list[str], wrapped: list[str]) -> list[str] | None:
        """The heads as the key names them (or the gazetteer, an agency's name or kind), a head
        one printed word or a few, the next wrapped word joined to it where that names a head
        ("DA" + "Service", "Housin" + "g"); None unless every word is a head's and the key names
        one head at least."""
        spans = [
            " ".join(printed[j:m])
            for j in range(len(printed))
            for m in range(j + 1, min(j + 4, len(printed) + 1))
        ]
        candidates = set(spans)
        for span in spans:
            candidates |= {f"{span} {w}" for w in wrapped} | {span + w for w in wrapped}
        bodies = key_bodies(self.doc, sorted(candidates), self.p)
        if not bodies:
            return None
        heads, rest, j = [], list(wrapped), 0
        while j < len(printed):
            # (the key's heads first: a gazetteer's name would join a wrapped word to the wrong
            # head, "Police" + "Service")
            found = self._next_head(printed, j, rest, lambda h: h in bodies) or self._next_head(
                printed, j, rest, self._agency
            )
            if found is None:
                return None
            head, j, joined = found
            heads.append(head)
            rest = rest[joined:]
        return heads if not rest and len(heads) >= MIN_HEADS else None

    @staticmethod
    def _next_head(printed: list[str], j: int, rest: list[str], named) -> tuple[str, int, int] | None:
        """The head opening at printed word j (the most words first, with the next wrapped word
        joined where that names one): (head, the word after it, wrapped words taken)."""
        for m in range(min(j + 3, len(printed)), j, -1):
            span = " ".join(printed[j:m])
            for joined in (f"{span} {rest[0]}", span + rest[0]) if rest else ():
                if named(joined):
                    return joined, m, 1
            if named(span):
                return span, m, 0
        return None

    def _agency(self, text: str) -> bool:
        """The text is an agency's name or kind, whole."""
        whole = any(m[0] == 0 and m[1] == len(text) for m in self.gazetteer.mentions(text))
        return whole or text.lower() in self.kinds

    # -- the rows ------------------------------------------------------------------------

    def _table(self, lines: list[Line], i: int, header: MatrixHeader):
        numbered = header.ref_at == 2  # ("Rec | Recommendation | Ref": the number a column of its own)
        firsts: dict[int, dict] = {}
        end = i + header.lines
        k = end
        rows = []
        while k < len(lines):
            ln = lines[k]
            if ln.cells is not None:
                break
            if ln.text == header.text:  # (the header printed again over the next page's rows)
                k += header.lines
                continue
            row = self._first_line(ln.text, header, numbered)
            if row is not None:
                firsts[k] = row
                rows.append(k)
            elif not rows:
                break
            k += 1
        if not rows:
            return None
        room = self._room(lines, rows, firsts)
        cells, end = self._cells(lines, i + header.lines, k, header, firsts, room)
        if not cells:
            return None
        unplaced = sum(
            not any(row[len(header.before) : -len(header.after) or None]) for row in cells.values()
        )
        if unplaced:
            self.warnings.append((UNPLACED.format(unplaced), lines[i]))
        blank = [""] * len(header.names)
        out = [cells_line(lines[i], header.names)]
        for n in range(i + 1, end):
            out.append(cells_line(lines[n], cells.get(n, blank)))
        return out, end

    def _first_line(self, text: str, header: MatrixHeader, numbered: bool) -> dict | None:
        """An action's first printed line read: its recommendation's number and words, its ref,
        action words, marks and the cells after them; None for any other line."""
        words = text.split()
        refs = [n for n, w in enumerate(words) if ACTION_NUMBER.match(w) or LETTERED_REF.match(w)]
        if not refs:
            return None
        r = refs[0]
        tail = words[r + 1 :]
        after: list[str] = []
        for name in reversed(header.after):
            cell, tail = self._last_cell(tail, name)
            after.insert(0, cell)
        n = len(tail)
        while n and cell_kind(tail[n - 1], self.p) in ("lead", "support", "tick"):
            n -= 1
        marks, action = tail[n:], tail[:n]
        between: list[str] = []
        for _ in header.between:  # (a date printed before the marks, a month alone where its year wrapped)
            cell, action = self._last_cell(action, "date", month=True)
            between.insert(0, cell)
        if not marks or not action:
            return None
        number = words[0] if numbered and r and REC_NUMBER.match(words[0]) else ""
        rec = words[1 if number else 0 : r]
        return {
            "number": number.rstrip("."),
            "rec": rec,
            "ref": words[r],
            "action": action,
            "marks": marks,
            "between": between,
            "after": after,
        }

    def _last_cell(self, words: list[str], name: str, month: bool = False) -> tuple[str, list[str]]:
        """The cell closing `words` under the column `name` (a status, a date), and the words
        before it; no cell where the words do not end with one."""
        field = self.cm.field_of(name)
        test = self.roles.is_status if field in ("status", "progress") else self._whole_date
        status = field in ("status", "progress")
        most = STATUS_WORDS if status else DATE_WORDS
        # (a status holds no figure: "Mar 2025 In progress" is a target and a status)
        if month and words and self._month(words[-1]):
            return words[-1], words[:-1]
        for n in range(min(most, len(words)), 0, -1):
            cell = " ".join(words[-n:])
            if (
                test(cell)
                and not any(cell_kind(w, self.p) is not None for w in words[-n:])
                and not (status and (_DIGIT.search(cell) or self._month(words[-n])))
            ):
                return cell, words[:-n]
        return "", words

    def _month(self, word: str) -> bool:
        return word.isalpha() and self._whole_date(f"{word} {A_YEAR}")

    def _whole_date(self, text: str) -> bool:
        """The text is a date and nothing else ("Jun 2025", not "guide L Jun 2025")."""
        return any(d.start == 0 and d.end == len(text) for d in find_dates(text, self.p))

    def _room(self, lines: list[Line], rows: list[int], firsts: dict) -> float:
        """How wide the recommendation's column prints: narrower than any of its first lines
        with the next line's first word added (that word wrapped), else a little wider than the
        widest of them."""
        widest = max((self._width(firsts[r]["rec"]) for r in rows), default=0.0)
        wrapped = [
            self._width([*firsts[r]["rec"], lines[r + 1].text.split()[0]])
            for r in rows
            if firsts[r]["rec"]
            and r + 1 < len(lines)
            and r + 1 not in firsts
            and lines[r + 1].text.split()
            and not firsts[r]["rec"][-1].endswith(".")
        ]
        return min([widest * ROOM, *(w for w in wrapped if w > widest)])

    def _wrapped_tails(self, words: list[str], row: dict) -> list[str]:
        """The line's words with the ends of the row's short cells wrapped onto it taken back to
        them: a status's last word ("Not yet" / "started"), a target's year ("March" / "2025")."""
        if words and row["after"] and row["after"][-1]:
            longer = f"{row['after'][-1]} {words[-1]}"
            wrapped = len(words[-1]) > 2 and self.roles.is_status(words[-1])  # (not a RAG letter)
            if wrapped and self.roles.is_status(longer) and not _DIGIT.search(longer):
                row["after"][-1] = longer
                words = words[:-1]
        dates = [k for k, cell in enumerate(row["between"]) if self._month(cell)]
        if words and dates and _YEAR.match(words[-1]):
            row["between"][dates[0]] += " " + words[-1]
            words = words[:-1]
        return words

    def _width(self, words: list[str]) -> float:
        return self.face.width(" ".join(words))

    def _cells(self, lines, start: int, stop: int, header: MatrixHeader, firsts: dict, room: float):
        """Each row's cells by its first line's index; the index after the table's last line."""
        rows: dict[int, dict] = {}
        row = rec_row = None
        closed = True
        k = start
        while k < stop:
            ln = lines[k]
            if ln.text == header.text:
                k += header.lines
                continue
            if k in firsts:
                row = rows[k] = {
                    **firsts[k],
                    "action": list(firsts[k]["action"]),
                    "rec": list(firsts[k]["rec"]),
                }
                if row["number"] or (row["rec"] and REC_NUMBER.match(row["rec"][0])):
                    rec_row, closed = row, False
                elif rec_row is not None and not closed:
                    rec_row["rec"] += row["rec"]
                    row["rec"] = []
                if rec_row is not None and rec_row["rec"] and rec_row["rec"][-1].endswith("."):
                    closed = True
            else:
                words = ln.text.split()
                if row is not None:
                    words = self._wrapped_tails(words, row)
                n = 0
                if rec_row is not None and not closed:
                    while n < len(words) and self._width(words[: n + 1]) < room:
                        n += 1
                        if words[n - 1].endswith("."):
                            break  # (a full stop closes the recommendation's cell)
                    rec_row["rec"] += words[:n]
                    closed = bool(words[:n]) and words[n - 1].endswith(".")
                elif words and words[0][:1].isupper():
                    break  # (a line opening a sentence under a closed recommendation: the table has ended)
                if row is not None:
                    row["action"] += words[n:]
            k += 1
        cells = {}
        for n, row in rows.items():
            marks = [cell_kind(m, self.p) and m for m in row["marks"]]
            matrix = marks if len(marks) == len(header.heads) else [""] * len(header.heads)
            before = [
                row["number"],
                " ".join(row["rec"]),
                row["ref"],
                " ".join(row["action"]),
                *row["between"],
            ]
            if header.ref_at == 1:
                before = before[1:]
            cells[n] = [*before, *matrix, *row["after"]]
        return cells, k


def _runs(known: list[bool]) -> list[tuple[int, int]]:
    """The runs of words no column name holds, as (start, end) indexes."""
    runs, start = [], None
    for n, ok in enumerate([*known, True]):
        if not ok and start is None:
            start = n
        elif ok and start is not None:
            runs.append((start, n))
            start = None
    return runs


def _before_names(words: list[str], cm: ColumnMap) -> tuple[list[str], int] | None:
    """The names before a matrix's heads parted as such a plan prints them: the recommendation's
    words (after its number's column, or holding it), the action's ref, the action (named, or
    a run of header words no name holds, "What will be done"), then any dates ("By when").
    The names and the action's index; None where no parting so reads."""
    partings = sorted(_partings(words, cm), key=lambda names: (_unnamed(names, cm), len(names)))
    for names in partings:
        fields = [cm.field_of(n) for n in names]
        at = next((k for k, f in enumerate(fields) if f == "action" or f is None), None)
        if at is None or at not in (2, 3) or fields[at - 1] != "ref":
            continue
        if any(f != "target_date" for f in fields[at + 1 :]):
            continue
        if fields[at - 2] != "recommendation" or (at == 3 and fields[0] not in ("ref", "recommendation")):
            continue
        return names, at
    return None


def _unnamed(names: list[str], cm: ColumnMap) -> int:
    """How many words of the parting's names are in no name (the fewer, the likelier)."""
    return sum(len(n.split()) for n in names if not cm.names_exactly(n))


def _partings(words: list[str], cm: ColumnMap, start: int = 0):
    """Every parting of the words into column names, longer names first; a run of header words
    no name holds is one name too (an unnamed column's)."""
    if start == len(words):
        yield []
        return
    for end in range(len(words), start, -1):
        name = " ".join(words[start:end])
        if cm.names_exactly(name) or (end - start > 1 and not cm.scan(name)):
            for rest in _partings(words, cm, end):
                yield [name, *rest]


def _names(words: list[str], cm: ColumnMap) -> list[str] | None:
    """The words parted into column names, the longest name first at each place; None where a
    word names none."""
    names, n = [], 0
    while n < len(words):
        ends = [m for m in range(len(words), n, -1) if cm.names_exactly(" ".join(words[n:m]))]
        if not ends:
            return None
        names.append(" ".join(words[n : ends[0]]))
        n = ends[0]
    return names


__all__ = ["MatrixLines"]
