"""One tracker table read from its rows' first printed lines (plan.tracker_rows' walk).

The steps, in order: the header's reading (plan.tracker_reading), the layouts handed to other
readers, the rows' first lines, the second numbers some rows print after their ref, the cut
(plan.tracker_first_lines), then the cells assembled and written out (plan.tracker_output).
"""

from __future__ import annotations

from dataclasses import replace

from dhrparse.document import Line
from dhrparse.plan.broken_statuses import mended_status
from dhrparse.plan.code_key import read_code_key
from dhrparse.plan.coded_rows import LABELLED, unlabelled
from dhrparse.plan.name_pairs import name_pairs
from dhrparse.plan.outcome_statuses import stated_outcomes
from dhrparse.plan.percent_columns import PERCENT
from dhrparse.plan.rating_digits import rated_by_digits
from dhrparse.plan.ref_series import astray_numbers, series_end
from dhrparse.plan.refused_rows import refused_first_lines
from dhrparse.plan.titled_cells import DASHES, titled_at
from dhrparse.plan.tracker_first_lines import cut_first_lines
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_output import TrackerOutput
from dhrparse.plan.tracker_reading import TrackerHeaderReading, TrackerReading
from dhrparse.plan.tracker_shapes import (
    LATER_SERIES,
    MIN_ROWS,
    OUTCOME,
    TrackerShapes,
    banded_rows,
    joined_ref,
)
from dhrparse.plan.unheaded_numbers import CODES, UNHEADED, unheaded_seconds
from dhrparse.plan.wrap_ceiling import next_words, one_line_rows
from dhrparse.plan.wrapped_statuses import last_statuses, moved_statuses


class TrackerTable(TrackerHeaderReading, TrackerOutput):
    """Reads one table under its header: the rows found, their first lines cut."""

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        t = self._header_reading(lines, i, header)
        handed = self._numbered_layout(t, lines)
        if handed is not None:
            priority = t.extras[0][1] if EXTRA in handed else None  # (plan.merged_priority)
            return self._numbered_actions_table(lines, i, handed, t.printed_cols, t.nxt, priority)
        self._row_numbers(t, lines)
        # (a last progress column may hold status words; a plan of numbered rows with no status
        # column, "... | Lead | By when", is cut against its dates alone)
        if t.cols[0] == "action" and "ref" not in t.cols and "target_date" in t.cols:
            # (no ref column: the recommendations printed as bands across the table, the action
            # rows under them found by their dates, plan.band_rows)
            return self._band_table(lines, i, t.cols, t.printed_cols, t.nxt)
        if self._refused(t) or not self._row_texts(t, lines) or not self._second_numbers(t):
            return None
        # (a recommendation not accepted, its row no action's: left out of the cut, plan.refused_rows)
        refused = refused_first_lines(t.texts, self.p)
        t.texts = [(k, words) for k, words in t.texts if k not in refused]
        if not self._cut_rows(t, lines):
            return None
        self.refused += [lines[k] for k in sorted(refused)]  # (the table is read: its refused rows told)
        self._assembled(t, lines)
        return self._output_lines(t, lines), t.j

    def _row_texts(self, t: TrackerReading, lines: list[Line]) -> bool:
        """Each row's first line from its ref on (what prints before it kept as the row's
        review or agency cell): False when too few rows open under the header to cut."""
        t.body, t.j = self._body(lines, t.printed_cols, t.nxt, bands=t.rag > 0)
        texts, reviews = [], {}
        for k in t.body:
            words = self.pl.flat(lines[k].text).split()
            # (over several reviews, "DHR 1" is the review's kind and the row's number; in a
            # review's column after the row's id, it is that cell's wrapped line)
            if not t.before and t.reviewed is None:
                words = joined_ref(words, self.ref)
            if t.coded == LABELLED:
                words = unlabelled(words, self.label)
            if t.titled:  # (a recommendation's code and title before the ref: plan.titled_cells)
                at, words = self._titled_ref(words)
            else:
                at = (
                    self._ref_after_agency(words)
                    if t.agency
                    else self._ref_at(words, t.review, t.status_first)
                )
            if at is None and t.status_first:
                at, words = self._broken_status(lines, k, words)
            # (a line of counts under the table, "6 3 2 2 1 14" or "4 actions: 2 complete", opens no row; nor does a
            # progress paragraph's line opening with a day's date, "23 September 2024 and ...")
            if (
                at is not None
                and len(words) > at + 1
                and not all(w.isdigit() for w in words)
                and not self._opens_with_date(words[at:])
                and not self._opens_count(words[at:])
            ):
                texts.append((k, words[at:]))
                reviews[k] = " ".join(words[:at])
        # (a figure opening a wrapped cell's line, "65 complete the risk ...", out of the rows'
        # rising series: no row, plan.ref_series)
        astray = astray_numbers([w[0] for _, w in texts], [w[1] for _, w in texts])
        texts = [text for n, text in enumerate(texts) if n not in astray]
        t.reviews = reviews
        # ("Recommendation / action": the recommendations bands over their lettered actions)
        one, lettered = None if t.before else self._one_column(" ".join(t.printed), t.cols), {}
        if one is not None:
            texts, lettered = self._take_bands(lines, t.body, texts)
            t.cols = one if lettered else t.cols
        t.lettered = lettered
        if t.bands is not None:  # (a later action's row under a band, opening with its scope word)
            texts = sorted(
                [*texts, *((k, ["", *self.pl.flat(lines[k].text).split()]) for k in t.bands.later)]
            )
        t.texts = texts
        return len(texts) >= MIN_ROWS

    def _titled_ref(self, words: list[str]) -> tuple[int | None, list[str]]:
        """Where the action's ref stands on a line of a table of titled recommendation cells
        (plan.titled_cells): after the cell's code and title, or first under the merged cell; a
        line opening with a code and its dash and no ref after the title opens no row."""
        found = titled_at(words, self.ref)
        if found is not None:
            return found
        words = joined_ref(words, self.ref)
        if len(words) < 2 or words[1] in DASHES or not self.ref.match(words[0]):
            return None, words
        return 0, words

    def _broken_status(self, lines: list[Line], k: int, words: list[str]) -> tuple[int | None, list[str]]:
        """A status-first row whose status word the narrow column broke ("Implement" over "ed",
        plan.broken_statuses): the ref's place and the line's words with the status made whole,
        the rest taken off the line under it (else None and the words as they were)."""
        below = k + 1 < len(lines) and lines[k + 1].cells is None and self.pl.flat(lines[k + 1].text).split()
        at = mended_status(words, below or [], self._status_opening, self.ref) if below else None
        if at is None:
            return None, words
        rest = below[0]
        lines[k + 1] = replace(lines[k + 1], text=lines[k + 1].text.lstrip()[len(rest) :].lstrip())
        return at, [*words[: at - 1], words[at - 1] + rest, *words[at:]]

    def _second_numbers(self, t: TrackerReading) -> bool:
        """The recommendation's number some tables print after each row's own (or after a review's
        words), taken out of the rows' texts before the cut and put back after it: False when
        some rows print one and some none, so its column is not told."""
        printed = t.printed
        t.seconds = (
            None
            if t.before
            else self._reviewed_refs(t.texts, t.places)
            if t.reviewed is not None
            else self._second_refs(printed[0], t.texts, t.pair, t.rag, t.under)
        )
        if t.seconds is None and not t.before and t.reviewed is None and not t.rag:
            # (a row number no name heads before the "Ref" column's codes, plan.unheaded_numbers)
            t.seconds = unheaded_seconds(t.cols, t.texts, self.ref)
            if t.seconds:  # (the numbers' column named as a number column, the codes' by its name)
                t.pair = [UNHEADED, CODES]
        if t.seconds is None and self._numbers_column(printed[0], t.cols, t.named, t.before, t.pair):
            # ("No. | Rec | Action | ...", every row printing its recommendation's number after
            # its own, "1.2 Rec 1 Ask ...": the short name heads the recommendations' numbers, a
            # second ref column, not their words)
            second = self._named_numbers(printed[0].split()[1], t.texts)
            if second:
                t.seconds, t.pair, t.cols = second, printed[0].split()[:2], [t.cols[0], *t.cols[2:]]
                if t.named is not None:
                    t.named = [t.named[0], *t.named[2:]]
        if t.seconds == {}:
            return False
        if t.reviewed is not None:
            places = t.places
            t.between = {k: " ".join(words[1 : places[k]]) for k, words in t.texts}
            t.texts = [(k, [words[0], *words[places[k] + 1 :]]) for k, words in t.texts]
        elif t.seconds:
            seconds, rag, under = t.seconds, t.rag, t.under
            t.texts = [
                (k, words if k in under else [*words[: 1 + rag], *words[1 + rag + len(seconds[k].split()) :]])
                for k, words in t.texts
            ]
        return True

    def _cut_rows(self, t: TrackerReading, lines: list[Line]) -> bool:
        """The rows' first lines cut into their cells (plan.tracker_first_lines), cut again
        without the rows of a later table printed under a plain title, tried again with a status
        column of sentences read as an outcome: False when no cut reads clearly."""
        stated = stated_outcomes(t.cols[1 + t.before :], t.status_first)
        roles = self._cut_roles(t)
        texts = t.texts
        # (where the first cells' lines wrap, plan.wrap_ceiling)
        nexts = next_words(texts, t.body, lambda k: self.pl.flat(lines[k].text), roles)
        # (the names the report prints whole outside the table, plan.name_pairs)
        inside = set(t.body)
        names = name_pairs(ln.text for k, ln in enumerate(lines) if k not in inside)
        alone = one_line_rows(texts, t.body)
        read = cut_first_lines(texts, roles, self._shapes, self.label, nexts, alone, names)
        own = self._later_table(texts, roles, read)
        if own is not None:
            texts = self._later_table_dropped(t, lines, texts, own)
            read = cut_first_lines(texts, roles, self._shapes, self.label, nexts, alone, names)
        if read is not None:  # (a status the narrow last column wraps, "Not yet" / "started")
            flat = {k: self.pl.flat(lines[k].text) for k in t.body}
            moved_statuses(read[1], roles, t.body, flat, self._shapes)
            last_statuses(read[1], roles, t.body, flat, self._shapes)  # ("Under" / "way")
        unclear = read is None or not self._clear(read[1], roles)
        if unclear and not stated and self._outcome_column(t, lines, roles):
            # (a status column of sentences, an outcome with its date: the rows cut against
            # their target dates alone, the cells handed on under the status column's name)
            roles = [OUTCOME if r == "status" else r for r in roles]
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        own = self._later_series(texts, read, roles)
        if own is not None:  # (the cut of every row did not read clearly: cut again without them)
            texts = self._later_table_dropped(t, lines, texts, own)
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        t.texts, t.roles, t.read = texts, roles, read
        if stated:  # (the column handed on as the status it holds, plan.outcome_statuses)
            t.cols = [*t.cols[:-1], "status"]
        return not (
            read is None or not self._clear(read[1], roles) or banded_rows(read[1], roles, self._shapes)
        )

    def _cut_roles(self, t: TrackerReading) -> list[str]:
        """The shapes the cut reads cells by (kept while the header's flags stay the same), and
        the columns' roles after the rows' refs."""
        flags = t.named is not None and "status" in t.cols
        if self._shapes is None or self._shapes.flags != flags:
            # (the codes the plan's own key explains, "D Not implemented", are status words to
            # the cut: a graded row prints its grade alone at the end of its first line)
            codes = tuple(read_code_key(self.pl.doc, self.p))
            self._shapes = TrackerShapes(self.p, flags=flags, codes=codes)
        self._shapes.digits = rated_by_digits(" ".join(t.printed), self.p)
        roles = t.cols[1 + t.before :]
        if "status" not in roles and PERCENT not in roles and roles[-1] == "progress" and not t.status_first:
            # (a last progress column whose first lines are status words, "On track", is cut as
            # the status column: read so only where nearly every row's cell reads as one;
            # recommendations printed as bands across the table, "Recommendation 1: ...", open no
            # row, their actions' rows opening with their own numbers)
            roles = [*roles[:-1], "status"]
            t.progress_rated = True
        elif stated_outcomes(roles, t.status_first):
            roles = [*roles[:-1], "status"]  # (an outcome column of status words: plan.outcome_statuses)
        return roles

    def _outcome_column(self, t: TrackerReading, lines: list[Line], roles: list[str]) -> bool:
        """A table with a target date whose status column holds sentences: an outcome with its
        date, cut against the target dates alone."""
        return (
            "target_date" in roles
            and "status" in roles
            and (
                # (a progress column of sentences, so cut only under a header every word of which
                # names a column: a column it does not name would give its words to the next)
                # (under coded rows, the header's first line: its later lines only complete its
                # names, "Target" / "date", and a scan of them all reads such words apart)
                (
                    t.progress_rated
                    and not self.pl.cm.unnamed_words(
                        self.pl.flat(lines[t.i].text) if t.coded else " ".join(t.printed)
                    )
                )
                or self._names_outcome(" ".join([*t.printed, t.tail]))
            )
        )

    def _later_series(self, texts: list, read, roles: list[str]) -> int | None:
        """How many rows are the plan's own where a table printed after it under a title set as
        plain text numbers its rows in a series of their own ("0.1", "0.2" under "R7.3"), when
        the cut of every row does not read clearly: None when there is no such series."""
        own = series_end([words[0] for _, words in texts])
        unclear = read is None or not self._clear(read[1], roles)
        return own if unclear and MIN_ROWS <= own < len(texts) else None

    def _later_table(self, texts: list, roles: list[str], read) -> int | None:
        """How many rows are the plan's own where, though the cut of every row reads clearly,
        most rows of a later series print no date or rating where the plan's columns hold them
        (a version log's dates sit in its second column; one of its rows, "0.3 21/05/2024 Second
        updates; ... rated Blue.", may still cut like a plan's). None when there is no such
        series or the plan runs on (a local series after a national one, "L1" under "N3", cuts
        as the plan's rows do)."""
        own = series_end([words[0] for _, words in texts])
        if read is None or not self._clear(read[1], roles) or not MIN_ROWS <= own < len(texts):
            return None
        later = {k for k, _ in texts[own:]}
        anchored = sum(self._dated_or_rated(roles, cells) for k, _, cells in read[1] if k in later)
        return own if 2 * anchored < len(later) else None

    def _later_table_dropped(self, t: TrackerReading, lines: list[Line], texts: list, own: int) -> list:
        """The plan's own rows, the table after them left out with a warning: the plan ends where
        that table's first row opens."""
        t.j = texts[own][0]
        t.body = [k for k in t.body if k < t.j]
        self.warnings.append((LATER_SERIES, lines[t.j]))
        return texts[:own]
