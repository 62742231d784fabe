"""A single agency's plan under one column for both, "Ref | Recommendation / action | Owner |
Deadline | Update | Status", read by its rows' first lines (plan.tracker_rows) in corpus text:
each recommendation a band of the table, its bare number ("2") and its words with every other
cell empty, over its actions lettered or numbered under it ("2a", "2b", "2.1"), each with its
own owner, deadline and status.

A band is no row to cut: a row opening with a bare number whose next row's ref is that number
lettered or numbered under it, its lines printing no date. The bands are set aside before the
action rows' first lines are cut, the slashed column cut as the action's, and put back after as
rows of their own, the number and all the band's words, the column named as the
recommendations' (plan.recommendation_bands then reads each band as the recommendation its
actions answer, as it reads such a table printed with its cells)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.slashed_names import slashed_action
from dhrparse.plan.tracker_shapes import NAMES
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.document import Line


class TrackerBands:
    """(mixed into plan.tracker_rows.TrackerRows: `self.pl`, `self.p`)"""

    def _one_column(self, text: str, cols: list[str]) -> list[str] | None:
        """`cols` with "Recommendation / action" taken as one column, the action's; None where
        the header names no such column."""
        return slashed_action(self.pl.cm, self.pl.flat(text), cols)

    def _take_bands(
        self, lines: list[Line], body: list[int], texts: list[tuple[int, list[str]]]
    ) -> tuple[list[tuple[int, list[str]]], dict[int, tuple[str, str]]]:
        """(the rows to cut, the bands: {first line: (number, all the band's words)})."""
        rows: list[tuple[int, list[str]]] = []
        bands: dict[int, tuple[str, str]] = {}
        for n, (k, words) in enumerate(texts):
            ref = words[0]
            after = texts[n + 1][1][0] if n + 1 < len(texts) else ""
            end = texts[n + 1][0] if n + 1 < len(texts) else k + 1
            under = (
                ref.isdigit()
                and after.startswith(ref)
                and len(after) > len(ref)
                and (after[len(ref)].isalpha() or after[len(ref)] == ".")
            )
            printed = [self.pl.flat(lines[m].text) for m in body if k <= m < end]
            if under and not any(find_dates(t, self.p) for t in printed):
                bands[k] = (ref, " ".join(" ".join(printed).split()[1:]))
            else:
                rows.append((k, words))
        return rows, bands

    def _put_bands(
        self,
        names: list[str],
        cols: list[str],
        firsts: dict[int, list[str]],
        bands: dict[int, tuple[str, str]],
    ) -> list[str]:
        """The bands put back among the cut rows (`firsts`, each row's cells after its ref);
        the names, the slashed column named as the recommendations'."""
        a = cols.index("action")
        for k, (number, words) in bands.items():
            cells = [""] * len(cols)
            cells[0], cells[a] = number, words
            firsts[k] = cells
        return [*names[:a], NAMES["recommendation"], *names[a + 1 :]]

    def _stated_bands(self, lines: list[Line], body: list[int], firsts: dict) -> set[int]:
        """The lines of the recommendations stated across the table ("Recommendation 1: The
        Partnership should ..."), each from its first line up to the next row's: left as
        printed, where the walk reads each as the recommendation its rows answer."""
        out: set[int] = set()
        stating = False
        for k in body:
            if k in firsts:
                stating = False
            elif self.pl.vocab.statement.match(self.pl.flat(lines[k].text)):
                stating = True
            if stating:
                out.add(k)
        return out
