"""A tracker table's cut rows assembled into cell rows and written out (plan.tracker_table's
last steps): the columns' printed names, each row's cells from its first line (merged rows,
carried recommendations, a RAG colour's spill, the second numbers and review cells put back),
and the table's lines, each printed line keeping its own Line."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.action_number_column import recommendation_numbers_name
from dhrparse.plan.bulleted_actions import unmarked
from dhrparse.plan.coded_rows import closing_ratings
from dhrparse.plan.labelled_numbers import moved_labels
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.repeated_cells import shared_repeats
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_reading import TrackerReading
from dhrparse.plan.tracker_shapes import FIRST_LINES, NAMES, OUTCOME, repeated_recommendations


class TrackerOutput:
    """The steps assembling a cut tracker table's cells and writing its lines."""

    def _assembled(self, t: TrackerReading, lines: list[Line]) -> None:
        """The names the cells go on under, then each row's cells: the order the walk reads
        them in is the printed one, so the numbers and cells taken out before the cut go back
        after it, the names with them."""
        self._column_names(t)
        self._first_cells(t, lines)
        if t.rag:
            self._rag_spill(t)
        self._put_back(t)

    def _column_names(self, t: TrackerReading) -> None:
        """The names the columns print under (those no field is for, and a completion date's,
        as printed), the agency's first; a column of recommendations' numbers named as one."""
        unnamed = iter([*(name for _, name in t.extras), *([t.completed] if t.completed else [])])
        if t.named is not None:
            names = [name for _, name in t.named]
        else:
            names = [NAMES.get(c) or next(unnamed) for c in t.cols[t.agency :]]
        if t.agency:
            names = [self._agency_less(t.printed[0], name=True), *names]
        if t.numbers:
            names[0] = NAMES["recommendation"]
        elif t.read and (first := recommendation_numbers_name(t.printed[0], t.roles, t.read[1], EXTRA)):
            names[0] = first  # ("Rec | Recommendation | Act | Action": plan.action_number_column)
        t.names = names

    def _first_cells(self, t: TrackerReading, lines: list[Line]) -> None:
        """Each row's cells from its cut first line, read on where a cell is broken or merged
        over later rows: statuses, merged rows, closing ratings, dates' years, recommendations
        carried down, actions' bullets."""
        read, roles, body = t.read, t.roles, t.body
        firsts = {k: [ref, *cells] for k, ref, cells in self._anchored(lines, read[1], roles)}
        if "status" in roles:
            self._statuses_broken(lines, body, firsts, 1 + roles.index("status"))
            self._statuses_boxed(lines, body, firsts, 1 + roles.index("status"))
        merged = self._merged_rows(
            lines,
            body,
            firsts,
            roles,
            read[2],
            read[3],
            dated_outcome=bool(t.coded),
            status_first=t.status_first,
        )
        for k in merged:
            t.reviews[k] = ""  # (the review's cell is merged over the row too)
        if t.coded and OUTCOME in roles:
            closing_ratings(self, lines, body, firsts, 1 + roles.index(OUTCOME))
        if "target_date" in roles:
            self._date_years(lines, body, firsts, {k for k, _, _ in read[1]}, 1 + roles.index("target_date"))
        if roles[0] == "recommendation" and self._restates(body) and self._printed_before(lines, t.i, firsts):
            for cells in firsts.values():
                cells[1] = ""
        elif roles[0] == "recommendation":
            opening = {k: cells[1] for k, cells in firsts.items()}
            self._carry_recommendations(
                lines, body, firsts, read[2], read[3][0], t.review, merged, between=t.reviewed is not None
            )
            if t.seconds:
                repeated_recommendations(firsts, opening, t.seconds)
            else:
                shared_repeats(firsts, opening)  # (printed again on every row: plan.repeated_cells)
        moved_labels(firsts, roles, self.label)  # ("Rec 1" over its text: plan.labelled_numbers)
        if "action" in roles and not merged:
            unmarked(firsts, 1 + roles.index("action"), self.p)  # (plan.bulleted_actions)
        t.firsts, t.merged = firsts, merged

    def _rag_spill(self, t: TrackerReading) -> None:
        """The RAG cell holds its one colour: words the cut gave it past that open the next
        cell; under a merged recommendation cell the row's words past it are the next column's,
        its recommendation the one above."""
        for k, cells in t.firsts.items():
            colour, *spill = cells[1].split() or [""]
            if not self._rag_word(colour):
                continue
            cells[1], cells[2] = colour, " ".join([*spill, cells[2]]).strip()
            if k in t.under and t.roles[1] == "recommendation":
                cells[2], cells[3] = "", " ".join([cells[2], cells[3]]).strip()

    def _put_back(self, t: TrackerReading) -> None:
        """The second numbers, the review cells and what printed before each row's ref put back
        where they print, under their printed names; lettered actions under their bands."""
        names, cols, firsts, rag = t.names, t.cols, t.firsts, t.rag
        if t.seconds:
            # (the recommendation's number beside the row's, handed on under the names printed:
            # the walk's column roles tell which numbers which)
            first, second = (t.pair or self._number_names(t.printed[0]))[:2]
            names = [first, *names[1 : 1 + rag], second, *names[1 + rag :]]
            cols = [*cols[: 1 + rag], "ref", *cols[1 + rag :]]
            firsts = {
                k: [*cells[: 1 + rag], t.seconds.get(k, ""), *cells[1 + rag :]] for k, cells in firsts.items()
            }
        if t.reviewed is not None:
            names, cols = [names[0], t.reviewed, *names[1:]], [cols[0], "review", *cols[1:]]
            firsts = {k: [cells[0], t.between.get(k, ""), *cells[1:]] for k, cells in firsts.items()}
        if t.before:
            firsts = {k: [t.reviews.get(k, ""), *cells] for k, cells in firsts.items()}
        if t.lettered:
            names = self._put_bands(names, cols, firsts, t.lettered)
        t.names, t.cols, t.firsts = names, cols, firsts

    def _output_lines(self, t: TrackerReading, lines: list[Line]) -> list[Line]:
        """The table's printed lines as cell rows: each row's first line its cells, its later
        lines empty rows, agencies' headings and stated bands kept for the walk; the table
        marked as read from its first lines."""
        i, names, firsts, bands, merged = t.i, t.names, t.firsts, t.bands, t.merged
        blank = [""] * len(t.cols)
        out = [cells_line(lines[i], names)]
        headers = set(self.sections.values())
        # (a table with no recommendation column: its recommendations can only be such bands)
        banded = t.progress_rated or "recommendation" not in t.cols
        stated = self._stated_bands(lines, t.body, firsts) if banded else set()
        for k in range(i + 1, t.j):
            if k in self.sections or k in stated:
                # (an agency's heading, for the walk to open its section; a recommendation
                # stated across the table, for the walk to read)
                out.append(lines[k])
            elif k in headers:
                out.append(cells_line(lines[k], names))
            elif bands is not None and k in bands.texts:
                out.append(cells_line(lines[k], [bands.texts[k], *blank[1:]]))  # (as a PDF's merged row)
            elif k in merged:
                out.append(cells_line(lines[k], firsts[k], opens=True))  # (a later action's row)
            else:
                out.append(cells_line(lines[k], firsts.get(k, blank)))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out
