"""A tracker's recommendation cells carried over rows, and the checks a reading must pass
(each row anchored by its date or status, no cell's words its neighbour's)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.agency_codes import coded_number
from dhrparse.plan.first_column import least_room, wrap_bound
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.status_notes import short_note
from dhrparse.plan.tracker_shapes import (
    ACTION_REF,
    NUMBER,
    OPENING,
    OVER,
    SHARE_FITTING,
    SHORT_LINE,
    UNANCHORED,
    YEAR_LINE,
    first_column_words,
)
from dhrparse.plan.wrapped_columns import COMPLETED
from dhrparse.vocab.type_widths import Face


class TrackerCarries:
    """Recommendations carried over rows; the reading's checks."""

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
            number = NUMBER.search(words[0]).group()
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
            and (number is None or NUMBER.search(words[n]).group() == number)
            and bool(_OPENS.match(words[n + 2]))
        )

    def _action_ref(self, word: str, number: str | None) -> bool:
        """An action's number under its recommendation's ("1a", "2.1" under "R2" or "2")."""
        m = ACTION_REF.match(word)
        under = m.group(1) if m else coded_number(word)  # ("P1.1", plan.agency_codes)
        return under is not None and (number is None or under == number)

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
            taken = first_column_words(texts[k], face, room)
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
            not (taken[0][:1].isupper() or all(YEAR_LINE.match(w) for w in taken))
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
            if self._dated_or_rated(roles, cells):
                yield k, ref, cells
            else:
                self.warnings.append((UNANCHORED, lines[k]))

    def _dated_or_rated(self, roles: list[str], cells: list[str]) -> bool:
        """The row's cells print a date or a status reading as theirs."""
        return any(
            cell
            and role in ("target_date", "status", COMPLETED)
            and self._shapes.fit(role, cell) < 0
            # (a status word with a short note after its dash, plan.status_notes)
            or role == "status"
            and short_note(cell)
            and self._shapes.opens_status(cell)
            for role, cell in zip(roles, cells)
        )

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
                # (a status read from the progress text instead, or none; a row not yet begun,
                # its last cells empty after a target read as one, is no such row)
                ok = ok and _not_begun(roles, cells, self._shapes)
            elif "status" not in roles and not cells[roles.index("target_date")]:
                ok = False  # (an outcome's rows are cut against their dates: each prints one)
            fitting += ok
        return fitting >= SHARE_FITTING * len(rows)


def _not_begun(roles: list[str], cells: list[str], shapes) -> bool:
    """The row's cells after its target date all empty, the target read as one: an action not yet
    begun, no progress and no status given (plan.unheaded_numbers' plans leave such rows so)."""
    if "target_date" not in roles:
        return False
    t = roles.index("target_date")
    # (a target that is also a status word, "Ongoing", may be the status cut one cell short)
    target = cells[t]
    return (
        bool(target)
        and shapes.fit("target_date", target) < 0
        and not shapes.is_status(target)
        and not any(cells[t + 1 :])
    )
