"""A tracker whose rows are actions numbered under their recommendation's number, and the
cells carried beside and below them (an action's later lines, a date's year printed lower)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.merged_priority import split_priorities, with_priorities
from dhrparse.plan.merged_scope import split_scopes, with_scopes
from dhrparse.plan.tracker_first_lines import cut_first_lines
from dhrparse.plan.tracker_shapes import (
    CUT_DATE,
    FIRST_LINES,
    MIN_ROWS,
    NAME_TAIL_WORDS,
    NAMES,
    NUMBER,
    WHOLE_DATE,
    YEAR_LINE,
    YEAR_LINES,
    TrackerShapes,
    first_column_words,
)
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face


class NumberedActions:
    """Actions numbered under their recommendations and their carried cells."""

    def _numbered_actions_table(
        self, lines: list[Line], i: int, cols: list[str], printed_cols: list[str], nxt: int, priority=None
    ):
        """'Rec | Recommendation | Ref | Action | ...': each action numbered under its
        recommendation ("1a", "1b" under "R1"), printed in the middle of a line when the
        recommendation's words carry on beside it ("including the 1b Re-launch the ...");
        `priority` the printed name of a Priority column beside the recommendation
        (plan.merged_priority), its cells taken off the recommendation's first lines."""
        cols = [c for c in cols if c in NAMES] if priority else cols
        # (a Scope column merged beside the recommendation, printed between its words and the
        # first action's number: read with the recommendation's cell, put back after, plan.merged_scope)
        scoped = cols[2:3] == ["scope"]
        cols = [c for c in cols if c != "scope"] if scoped else cols
        if "status" not in cols or any(c not in NAMES for c in cols) or cols.count("ref") != 2:
            return None
        body, j = self._body(lines, printed_cols, nxt)
        texts, recs, paired = self._numbered_first_lines(lines, body)
        ranks = split_priorities(recs, self.p) if priority else {}
        scopes = split_scopes(recs, self.p) if scoped else {}
        if len(texts) < MIN_ROWS or ranks is None or scopes is None:
            return None
        if self._shapes is None:
            self._shapes = TrackerShapes(self.p)
        roles = cols[3:]
        read, main = self._cut_numbered(texts, roles, paired)
        if read is None:
            return None
        rows = {k: [ref, *cells] for k, ref, cells in self._anchored(lines, read[1], roles)}
        if "target_date" in roles:
            # (a month wrapped over its year, "December" over "2023", as in any tracker's rows)
            self._date_years(lines, body, rows, set(rows), 1 + roles.index("target_date"))
        carried: dict[int, int] = {}  # (each later line's words the recommendation's cell holds)
        if self._restates(body):
            recs = {k: (ref, "") for k, (ref, _) in recs.items()}
        else:
            self._carry_beside_actions(lines, body, recs, read[2], carried, rows=set(rows))
        if paired:
            self._actions_below(lines, body, rows, carried)
        out = self._numbered_lines(lines, i, j, cols, rows, recs)
        if priority:
            out = with_priorities(out, priority, {lines[k].number: rank for k, rank in ranks.items()})
        if scoped:
            out = with_scopes(out, {lines[k].number: scope for k, scope in scopes.items()})
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j

    def _numbered_first_lines(self, lines: list[Line], body: list[int]):
        """The action rows' first lines (line, words from the action's number on), per line the
        recommendation's (ref, words) printed before the action's number, and whether the
        actions are headed by both numbers ("R1 A1")."""
        texts, recs = [], {}
        number = None
        paired = False
        for k in body:
            words = self.pl.flat(lines[k].text).split()
            rec_ref = None
            if (
                words
                and self.ref.match(words[0])
                and not self._action_ref(words[0], None)
                and not self._paired_head(words, 0, None)
            ):
                rec_ref, number = words[0], NUMBER.search(words[0]).group()
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
        return texts, recs, paired

    def _cut_numbered(self, texts, roles: list[str], paired: bool):
        """The action rows' first lines cut into the roles' cells, and the cell each row opens
        at; (None, None) where the cut is not clear."""
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
            return None, None
        return read, main

    def _numbered_lines(self, lines: list[Line], i: int, j: int, cols: list[str], rows: dict, recs: dict):
        """The table's lines as cells: the header, each action row under its recommendation's
        number and words, every other line blank."""
        blank = [""] * len(cols)
        out = [cells_line(lines[i], [NAMES[c] for c in cols])]
        rec_ref = ""
        headers = set(self.sections.values())
        for k in range(i + 1, j):
            if k in self.sections or k in headers:
                # (an agency's heading over its own table, kept for the walk to open its section;
                # the header printed again under it)
                out.append(lines[k] if k in self.sections else cells_line(lines[k], [NAMES[c] for c in cols]))
                continue
            if k in rows and recs[k][0]:
                cells = [*recs[k], *rows[k]]
                rec_ref = recs[k][0]
            elif k in rows:
                # (the recommendation's cell merged over its actions: its number carried down)
                cells = [rec_ref, "", *rows[k]]
            else:
                cells = blank
            out.append(cells_line(lines[k], cells))
        return out

    def _carry_beside_actions(
        self, lines, body, recs: dict, face: Face, carried: dict | None = None, rows: set | None = None
    ) -> None:
        """Each recommendation's words from its later printed lines, onto its first line's cell:
        the words before an action's number where one opens there, else the line's words up to
        the column's width, until the recommendation's sentence ends (how many words of each
        such line put in `carried`). The column's room is told by the action rows' lines only
        (`rows`), not by a numbered list printed under the table ("1. Ten actions in total ...")."""
        room = max(
            (face.width(w) for k, (_, w) in recs.items() if w and (rows is None or k in rows)), default=0.0
        )
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
                words = " ".join(first_column_words(self.pl.flat(lines[k].text).split(), face, room))
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
                if CUT_DATE.match(firsts[k][d]):
                    # (a date broken inside its year: the year's last digits, "31/08/202" over "3")
                    years = [w for w in words if WHOLE_DATE.match(firsts[k][d] + w)]
                    whole = firsts[k][d] + years[0] if len(years) == 1 else ""
                elif self._shapes.week.match(firsts[k][d]):
                    # (a week's qualifier over its first day, "w/c" over "02/06/2025")
                    years = [w for w in words if self._shapes.is_day(w) and w[:1].isdigit()]
                    whole = f"{firsts[k][d]} {years[0]}" if len(years) == 1 else ""
                else:
                    years = [w for w in words if YEAR_LINE.match(w)]
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
