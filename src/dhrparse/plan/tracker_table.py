"""One tracker table read from its rows' first printed lines (plan.tracker_rows' walk)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.banded_numbers import table_bands
from dhrparse.plan.bulleted_actions import unmarked
from dhrparse.plan.coded_rows import LABELLED, closing_ratings, coded_rows, unlabelled
from dhrparse.plan.header_room import MAX_LINES
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.ref_series import series_end
from dhrparse.plan.slashed_names import slashed_columns
from dhrparse.plan.tracker_first_lines import cut_first_lines
from dhrparse.plan.tracker_header import EXTRA, EXTRA_DATE
from dhrparse.plan.tracker_shapes import (
    _NAMES,
    ABBREVIATED,
    FIRST_LINES,
    MIN_ROWS,
    OUTCOME,
    _banded,
    _extra_role,
    _joined_ref,
    _repeated_recommendations,
    _Shapes,
)
from dhrparse.plan.wrapped_columns import AGENCY, COMPLETED, rebuilt


class TrackerTable:
    """Reads one table under its header: the rows found, their first lines cut."""

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        printed_cols, printed, nxt = header
        if self.first_table is None:
            self.first_table = i
        cols = self._columns(printed_cols, " ".join(printed), self.pl.flat(lines[i].text))
        # (an agency's name before each row's ref, "Agency | Ref | Action | ... | Lead officer":
        # printed on its first action's row only, the column no field is for)
        agency = self._agency_first(printed[0], cols)
        completed = None  # (the printed name of a column holding the day the action was done)
        wraps, after_wraps = self._header_wraps(lines, nxt, agency)
        got = rebuilt(self.pl.cm, self.p, self._agency_less(printed[0]) if agency else printed[0], wraps)
        named = None if agency else self._flagged_names(lines, i, nxt, wraps)
        pair = None  # (the two ref columns' names, "ID" | "Rec no.", where each row prints both)
        rag = 0  # (how many columns print between the two ref columns: a RAG colour's)
        reviewed = None  # (the name of a review's column printed between them, "ID | Review | Rec no.")
        if named is not None:
            # (a completion flag's header naming every column, some in the middle no field is
            # for, "... | Agency | Action | ... | Date agreed | Target date | Revised date | ...")
            cols = [r for r, _ in named]
            if cols[:2] == ["ref", "ref"]:
                pair = [named[0][1], named[1][1]]
                named = [named[0], *named[2:]]
                cols = [r for r, _ in named]
            elif cols[:3] == ["ref", "status", "ref"]:
                # (the RAG colour printed between the row's number and its recommendation's,
                # "Ref | RAG | Rec No. | ...": the second number read after the colour)
                pair, rag = [named[0][1], named[2][1]], 1
                named = [named[0], named[1], *named[3:]]
                cols = [r for r, _ in named]
            elif cols[:3] == ["ref", "review", "ref"]:
                # (the review each row comes from printed between the row's id and its
                # recommendation's number, "ID | Review | Rec no. | ...": the second number read
                # after the review's first words, which are the review's cell, put back after the cut)
                pair, reviewed = [named[0][1], named[2][1]], named[1][1]
                named = [named[0], *named[3:]]
                cols = [r for r, _ in named]
            nxt = after_wraps
        elif got is not None:
            cols = [role for role, _ in got]
            completed = next((name for role, name in got if role == COMPLETED), None)
            nxt = after_wraps
        if agency:
            cols = ["agency", *cols]
        dated = self.headers.dated.get(lines[i].number, 0)
        if dated > 1 and cols.count("progress") == 1:
            # (a dated update column a quarter, "Q1 update (Apr–Jun 2025)" | "Q2 update (...)":
            # the names the scan read as one are as many columns as their asides)
            at = cols.index("progress")
            cols = [*cols[:at], *["progress"] * dated, *cols[at + 1 :]]
        extras = self.headers.extra.get(lines[i].number) or []
        for place, name in extras:
            cols = [*cols[:place], _extra_role(name, self.p), *cols[place:]]
        review = cols[0] == "review"
        # (the status printed first, "Status | Rec | Action | ...": each row opens with its status
        # words, then its ref)
        status_first = (
            not agency
            and cols[0] == "status"
            and "ref" not in cols[2:]
            and (
                cols[1] == "ref"
                # ("Rec" heading the recommendations' numbers: the rows' refs)
                or cols[1] == "recommendation"
                and "action" in cols
                and len(printed[0].split()) > 1
                and len(printed[0].split()[1].rstrip(".")) <= ABBREVIATED
            )
        )
        if status_first:
            cols = ["status", "ref", *cols[2:]]
        before = review or agency or status_first  # (a column printed before each row's ref)
        # (the header's names' words wrapped under its first line, up to the first row)
        tail, first_row = "", None
        if cols[:2] == ["recommendation", "scope"] and "ref" not in cols:
            first_row = self._first_row(lines, after_wraps)
            tail = " ".join(self.pl.flat(lines[k].text) for k in range(nxt, first_row or nxt))
        # (the lines the header's names wrap onto, passed over where a page prints the header again)
        self._wraps = {self.pl.flat(lines[k].text) for k in range(i + 1, max(first_row or 0, after_wraps))}
        if first_row is not None:  # (found only under such a header, above)
            # (the Home Office template's rows numbered in a column its header leaves unnamed,
            # or the number opening the recommendation's cell: "1 The Partnership should Local
            # Add a ...", "12.1 Local Convene ..."; its Scope column read by its scope word)
            cols = ["ref", *cols]
            if (
                cols[-1] == "target_date"
                and first_row - nxt <= MAX_LINES
                # (the last name's first word read into "Target Date", none printed apart)
                and not any(
                    w in name for w in self.pl.cm.unnamed_words(printed[0]) for name in self.outcome_names
                )
                and self._names_outcome(" ".join([*printed, tail]))
            ):
                # (the template's last name, "Date of completion and Outcome", wrapped under the
                # target date's so that the first line names only "Target Date": a column more)
                cols = [*cols, "status"]
        if cols[:4] == ["ref", "recommendation", "ref", "action"] and cols.count("ref") == 2:
            return self._numbered_actions_table(lines, i, cols, printed_cols, nxt)
        if cols[:3] == ["ref", "recommendation", "action"] and self._numbers_in_cells(lines, nxt):
            # "No. | Recommendation | Action | ...", each action cell opening with its own number
            # ("1 The Board should ... 1.1 Add a ..."): the number the action's ref
            return self._numbered_actions_table(
                lines, i, ["ref", "recommendation", "ref", "action", *cols[3:]], printed_cols, nxt
            )
        if cols[:3] == ["ref", "recommendation", "action"] and self._numbers_in_cells(
            lines, nxt, paired=True
        ):
            # "Rec | Recommendation | Action | ...", each action cell opening with its
            # recommendation's number and its own ("R1 A1"): the pair is the action's ref
            return self._numbered_actions_table(
                lines, i, ["ref", "recommendation", "ref", "action", *cols[3:]], printed_cols, nxt
            )
        if (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and self._numbers_in_cells(lines, nxt)
        ):
            # "Recommendation | Specific action | ...", each cell opening with its own number
            # ("1. The Partnership should ..." beside "1.1 Write a guide ..."): the numbers are
            # the ref columns the header does not print
            return self._numbered_actions_table(
                lines, i, ["ref", "recommendation", "ref", "action", *cols[2:]], printed_cols, nxt
            )
        # (a plan numbering its recommendations in words, "One", "Two": its rows open so)
        self.worded = self._words_open_rows(lines, nxt)
        numbers = (
            cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and "target_date" in cols  # (the rows' dates anchor their cuts)
            and (self._numbers_open_rows(lines, nxt) or self.worded)
            # ("Rec", not "Recommendation", unless the rows open with actions, not with sentences
            # asking someone to act)
            and (len(printed[0].split()[0].rstrip(".")) <= ABBREVIATED or not self._asks_first(lines, nxt))
        )
        # (recommendations printed as bands across the Home Office template over rows its
        # Recommendation column numbers: that column the rows' refs, plan.banded_numbers)
        bands = (
            table_bands(self, lines, cols, printed_cols, nxt) if first_row is None and not numbers else None
        )
        if bands is not None:
            cols, numbers = ["ref", *cols[1:]], True
        # (bands stated as "Recommendation 2: ..." across the table are no coded rows)
        coded = None if bands is not None else coded_rows(self, lines, nxt, cols)
        if coded and named is None:
            # (a slash joining two names of what became of the action, "Progress/RAG": one column)
            cols = slashed_columns(self.pl.cm, " ".join(printed), cols)
        if coded:
            # (each recommendation cell opening with its code, "R1 The Board should ...", or its
            # label and number, "Recommendation 1: The Partnership should ...": the code or the
            # number is the row's ref, cut as the ref column the header does not print)
            cols = ["ref", *cols]
            named = named and [("ref", _NAMES["ref"]), *named]
        if (
            not numbers
            and cols[:2] == ["recommendation", "action"]
            and "ref" not in cols
            and self._first_row(lines, nxt) is not None
        ):
            if len(printed[0].split()[0].rstrip(".")) <= ABBREVIATED:
                # ("Rec. | Action | ...", rows opening "1.1 Ask ...": the short name heads the
                # rows' numbers)
                numbers = True
            else:
                # ("Recommendation | Action | ...", the recommendation's cell opening with its
                # number, "1. The Board should ...", merged over its actions: the number is the
                # row's ref, the cell's words after it the recommendation's)
                cols = ["ref", *cols]
        if numbers:
            # ("Rec | Action | ...": the short name heads a column of the recommendations' numbers,
            # cut as the rows' refs and handed on under its name, as the cells of a PDF's table
            # are: the walk's column roles make it each row's recommendation number)
            cols = ["ref", *cols[1:]]
        # (a last progress column may hold status words; a plan of numbered rows with no status
        # column, "... | Lead | By when", is cut against its dates alone)
        if cols[0] == "action" and "ref" not in cols and "target_date" in cols:
            # (no ref column: the recommendations printed as bands across the table, the action
            # rows under them found by their dates, plan.band_rows)
            return self._band_table(lines, i, cols, printed_cols, nxt)
        rated = "status" in cols or cols[-1] == "progress" or numbers and cols[-1] == "target_date"
        # (a completion date beside the target date: cut as a date, the walk reads it a status)
        rated = rated or completed is not None and "target_date" in cols
        if (
            cols[before] != "ref"
            or cols.count("ref") > 1
            or cols.count("review") > 1
            or not rated
            or not ({"action", "recommendation"} & set(cols))
            or any(c not in _NAMES and c not in (EXTRA, EXTRA_DATE, COMPLETED, AGENCY) for c in cols[agency:])
            or len(cols) < 4
        ):
            return None
        body, j = self._body(lines, printed_cols, nxt, bands=rag > 0)
        texts, reviews = [], {}
        for k in body:
            words = self.pl.flat(lines[k].text).split()
            # (over several reviews, "DHR 1" is the review's kind and the row's number; in a
            # review's column after the row's id, it is that cell's wrapped line)
            if not before and reviewed is None:
                words = _joined_ref(words, self.ref)
            if coded == LABELLED:
                words = unlabelled(words, self.label)
            at = self._ref_after_agency(words) if agency else self._ref_at(words, review, status_first)
            # (a line of counts under the table, "6 3 2 2 1 14", opens no row; nor does a
            # progress paragraph's line opening with a day's date, "23 September 2024 and ...")
            if (
                at is not None
                and len(words) > at + 1
                and not all(w.isdigit() for w in words)
                and not self._opens_with_date(words[at:])
            ):
                texts.append((k, words[at:]))
                reviews[k] = " ".join(words[:at])
        # ("Recommendation / action": the recommendations bands over their lettered actions)
        one, lettered = None if before else self._one_column(" ".join(printed), cols), {}
        if one is not None:
            texts, lettered = self._take_bands(lines, body, texts)
            cols = one if lettered else cols
        if bands is not None:  # (a later action's row under a band, opening with its scope word)
            texts = sorted([*texts, *((k, ["", *self.pl.flat(lines[k].text).split()]) for k in bands.later)])
        if len(texts) < MIN_ROWS:
            return None
        under: set[int] = set()  # (rows under a merged recommendation cell, printing no number)
        places: dict[int, int] = {}  # (where each row's second number prints after a review's words)
        seconds = (
            None
            if before
            else self._reviewed_refs(texts, places)
            if reviewed is not None
            else self._second_refs(printed[0], texts, pair, rag, under)
        )
        if seconds is None and self._numbers_column(printed[0], cols, named, before, pair):
            # ("No. | Rec | Action | ...", every row printing its recommendation's number after
            # its own, "1.2 Rec 1 Ask ...": the short name heads the recommendations' numbers, a
            # second ref column, not their words)
            second = self._named_numbers(printed[0].split()[1], texts)
            if second:
                seconds, pair, cols = second, printed[0].split()[:2], [cols[0], *cols[2:]]
                if named is not None:
                    named = [named[0], *named[2:]]
        if seconds == {}:
            return None  # (some rows print a second number, some none: its column is not told)
        between: dict[int, str] = {}  # (each row's review cell's first line, before its second number)
        if reviewed is not None:
            between = {k: " ".join(words[1 : places[k]]) for k, words in texts}
            texts = [(k, [words[0], *words[places[k] + 1 :]]) for k, words in texts]
        elif seconds:
            texts = [
                (k, words if k in under else [*words[: 1 + rag], *words[1 + rag + len(seconds[k].split()) :]])
                for k, words in texts
            ]
        flags = named is not None and "status" in cols
        if self._shapes is None or self._shapes.flags != flags:
            self._shapes = _Shapes(self.p, flags=flags)
        roles = cols[1 + before :]
        progress_rated = False  # (the last progress column cut as the status column)
        if "status" not in roles and roles[-1] == "progress" and not status_first:
            # (a last progress column whose first lines are status words, "On track", is cut as
            # the status column: read so only where nearly every row's cell reads as one;
            # recommendations printed as bands across the table, "Recommendation 1: ...", open no
            # row, their actions' rows opening with their own numbers)
            roles = [*roles[:-1], "status"]
            progress_rated = True
        read = cut_first_lines(texts, roles, self._shapes, self.label)
        if (
            (read is None or not self._clear(read[1], roles))
            and "target_date" in roles
            and "status" in roles
            and (
                # (a progress column of sentences, so cut only under a header every word of which
                # names a column: a column it does not name would give its words to the next)
                # (under coded rows, the header's first line: its later lines only complete its
                # names, "Target" / "date", and a scan of them all reads such words apart)
                (
                    progress_rated
                    and not self.pl.cm.unnamed_words(
                        self.pl.flat(lines[i].text) if coded else " ".join(printed)
                    )
                )
                or self._names_outcome(" ".join([*printed, tail]))
            )
        ):
            # (a status column of sentences, an outcome with its date: the rows cut against
            # their target dates alone, the cells handed on under the status column's name)
            roles = [OUTCOME if r == "status" else r for r in roles]
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        own = series_end([words[0] for _, words in texts])
        if (read is None or not self._clear(read[1], roles)) and MIN_ROWS <= own < len(texts):
            # (a table printed after the plan under a title set as plain text, its rows numbered
            # in a series of their own, "0.1", "0.2" under "R7.3": the plan ends where it opens)
            j = texts[own][0]
            texts, body = texts[:own], [k for k in body if k < j]
            read = cut_first_lines(texts, roles, self._shapes, self.label)
        if read is None or not self._clear(read[1], roles) or _banded(read[1], roles, self._shapes):
            return None
        unnamed = iter([*(name for _, name in extras), *([completed] if completed else [])])
        if named is not None:
            names = [name for _, name in named]
        else:
            names = [_NAMES.get(c) or next(unnamed) for c in cols[agency:]]
        if agency:
            names = [self._agency_less(printed[0], name=True), *names]
        if numbers:
            names[0] = _NAMES["recommendation"]
        firsts = {k: [ref, *cells] for k, ref, cells in self._anchored(lines, read[1], roles)}
        if "status" in roles:
            self._statuses_broken(lines, body, firsts, 1 + roles.index("status"))
        merged = self._merged_rows(lines, body, firsts, roles, read[2], read[3], dated_outcome=bool(coded))
        for k in merged:
            reviews[k] = ""  # (the review's cell is merged over the row too)
        if coded and OUTCOME in roles:
            closing_ratings(self, lines, body, firsts, 1 + roles.index(OUTCOME))
        if "target_date" in roles:
            self._date_years(lines, body, firsts, {k for k, _, _ in read[1]}, 1 + roles.index("target_date"))
        if roles[0] == "recommendation" and self._restates(body) and self._printed_before(lines, i, firsts):
            for cells in firsts.values():
                cells[1] = ""
        elif roles[0] == "recommendation":
            opening = {k: cells[1] for k, cells in firsts.items()}
            self._carry_recommendations(
                lines, body, firsts, read[2], read[3][0], review, merged, between=reviewed is not None
            )
            if seconds:
                _repeated_recommendations(firsts, opening, seconds)
        if "action" in roles and not merged:
            unmarked(firsts, 1 + roles.index("action"))  # (plan.bulleted_actions)
        if rag:
            # (the RAG cell holds its one colour: words the cut gave it past that open the next
            # cell; under a merged recommendation cell the row's words past it are the next
            # column's, its recommendation the one above)
            for k, cells in firsts.items():
                colour, *spill = cells[1].split() or [""]
                if not self._rag_word(colour):
                    continue
                cells[1], cells[2] = colour, " ".join([*spill, cells[2]]).strip()
                if k in under and roles[1] == "recommendation":
                    cells[2], cells[3] = "", " ".join([cells[2], cells[3]]).strip()
        if seconds:
            # (the recommendation's number beside the row's, handed on under the names printed:
            # the walk's column roles tell which numbers which)
            first, second = (pair or printed[0].split()[:2])[:2]
            names = [first, *names[1 : 1 + rag], second, *names[1 + rag :]]
            cols = [*cols[: 1 + rag], "ref", *cols[1 + rag :]]
            firsts = {
                k: [*cells[: 1 + rag], seconds.get(k, ""), *cells[1 + rag :]] for k, cells in firsts.items()
            }
        if reviewed is not None:
            names, cols = [names[0], reviewed, *names[1:]], [cols[0], "review", *cols[1:]]
            firsts = {k: [cells[0], between.get(k, ""), *cells[1:]] for k, cells in firsts.items()}
        if before:
            firsts = {k: [reviews.get(k, ""), *cells] for k, cells in firsts.items()}
        if lettered:
            names = self._put_bands(names, cols, firsts, lettered)
        blank = [""] * len(cols)
        out = [_cells_line(lines[i], names)]
        headers = set(self.sections.values())
        stated = self._stated_bands(lines, body, firsts) if progress_rated else set()
        for k in range(i + 1, j):
            if k in self.sections or k in stated:
                # (an agency's heading, for the walk to open its section; a recommendation
                # stated across the table, for the walk to read)
                out.append(lines[k])
            elif k in headers:
                out.append(_cells_line(lines[k], names))
            elif bands is not None and k in bands.texts:
                out.append(_cells_line(lines[k], [bands.texts[k], *blank[1:]]))  # (as a PDF's merged row)
            elif k in merged:
                out.append(_cells_line(lines[k], firsts[k], opens=True))  # (a later action's row)
            else:
                out.append(_cells_line(lines[k], firsts.get(k, blank)))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j
