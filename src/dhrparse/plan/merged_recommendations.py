"""Recommendation cells merged down over the rows of their actions.

Published plans print "Recommendation | Action | Lead | ..." tables in which one
recommendation cell spans the rows of all the actions that answer it. Readers give such a
cell's text in its first row and leave the rows it covers empty (a Word merge), or print
the rest of its text in the next row when the cell runs on past a row or a page break
(PDF and layout text). Each recommendation is the group of rows from the one whose cell
opens a recommendation (its number, "Recommendation 2", "3.", or text that does not carry on
an unfinished sentence) to the row before the next; its number is the one printed in the cell,
else the part of the row refs the rows share ("1" of "1a", "1b" or "1.1", "1.2").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from dhrparse.plan.tables import PlanRow, PlanTable, cell_text_on
from dhrparse.sentence_ends import CLAUSE_STOPS, line_end
from dhrparse.vocab.refs import composite_recommendation, display_ref

_SENTENCE_END = line_end(CLAUSE_STOPS, closer_run=False)
# the recommendation a row ref belongs to: "1" of "1a", "1.2", "1(b)", "R1.3"
_LETTERED = regex.compile(r"^\s*\d{1,3}\s*\(?[a-z]\)?\s*$")
_PARENT = regex.compile(r"^\s*(?P<parent>[A-Za-z]{0,4}\s?\d{1,3})(?:\s*[./]\s*\d{1,2}|\s*\(?[a-z]\)?)")


@dataclass
class MergedRecommendation:
    ref: str | None
    texts: list[str]
    rows: list[PlanRow] = field(default_factory=list)
    # the ref is the row's own number, not one the plan printed for the recommendation: the
    # cell's wording (linked to the report's record later) says which recommendation it is
    by_row_number: bool = False

    @property
    def text(self) -> str:
        return " ".join(functools.reduce(cell_text_on, self.texts, "").split())


def merged_down(table: PlanTable) -> bool:
    """A table whose rows are actions under recommendation cells (not rows of recommendations)."""
    return "recommendation" in table.columns and "action" in table.columns


def group_tables(tables: list[PlanTable], ref_in_cell: regex.Pattern) -> list[list[MergedRecommendation]]:
    """Each table's recommendations (none for a table whose rows are not actions under
    recommendation cells), each with its rows; every row gets its recommendation_ref."""
    merged = [_groups(t, ref_in_cell) if merged_down(t) else [] for t in tables]
    schemed = numbers_actions_under(merged)
    for groups in merged:
        _first_actions_of_the_scheme(groups, schemed)
        _give_rows_their_recommendation(groups)
    return merged


def _groups(table: PlanTable, ref_in_cell: regex.Pattern) -> list[MergedRecommendation]:
    """The table's recommendation cells, each with the rows it covers and its number."""
    groups: list[MergedRecommendation] = []
    # without a ref column the row's ref is the number the reader took from the cell itself
    numbered_rows = "ref" in table.columns
    for row in table.rows:
        text = (row.cells.get("recommendation") or "").strip()
        current = groups[-1] if groups else None
        if text and current is not None and _repeats(text, row, current):
            current.rows.append(row)  # a spreadsheet export prints the recommendation on every row
            continue
        if text and (_opens(text, current, ref_in_cell) or _numbered_apart(row, current, numbered_rows)):
            current = _new(row, text, ref_in_cell, numbered_rows)
            groups.append(current)
        elif text and current is not None:
            current.texts.append(text)  # the cell runs on into this row (a row or page break)
        if current is not None:
            current.rows.append(row)
    for g in groups:
        if g.ref is None and numbered_rows:
            g.ref = _shared_ref(g.rows)
            g.by_row_number = not any(r.recommendation_ref for r in g.rows)
    _own_lettered_refs(groups)
    return groups


def _give_rows_their_recommendation(groups: list[MergedRecommendation]) -> None:
    for g in groups:
        quoted = g.text if g.ref is None or g.by_row_number else None  # (linked by its wording)
        for row in g.rows:
            row.recommendation_ref = row.recommendation_ref or g.ref
            row.quoted_recommendation = quoted if g.by_row_number or not row.recommendation_ref else None


def _numbered_apart(row: PlanRow, current: MergedRecommendation | None, numbered_rows: bool) -> bool:
    """The cell printed its own number ("Recommendation Two: risk after ..."), another than the
    cell above's and not one of its actions ("1.2" under "1"): a recommendation of its own,
    whatever letter its title opens with."""
    if numbered_rows or not row.ref or current is None:
        return False
    return parent_ref(row.ref) != parent_ref(current.rows[0].ref)


def _repeats(text: str, row: PlanRow, current: MergedRecommendation) -> bool:
    """The row prints again the recommendation of the rows above (a tracker exported from a
    spreadsheet repeats it on each of its action rows), under the same recommendation number."""
    printed = {r.recommendation_ref for r in current.rows if r.recommendation_ref}
    same_number = not row.recommendation_ref or not printed or row.recommendation_ref in printed
    return same_number and bool(current.texts) and text.split() == current.texts[0].split()


def _opens(text: str, current: MergedRecommendation | None, ref_in_cell: regex.Pattern) -> bool:
    """Whether a recommendation cell's text opens a recommendation rather than carrying on the
    one above: it is numbered, or it does not carry on a sentence the one above left open (a
    cell running on past a row or page break goes on in lower case: "... and that / the
    question is recorded.")."""
    if current is None or ref_in_cell.match(text):
        return True
    return not (text[:1].islower() and not _SENTENCE_END.search(current.text))


def _new(row: PlanRow, text: str, ref_in_cell: regex.Pattern, numbered_rows: bool) -> MergedRecommendation:
    m = ref_in_cell.match(text)
    if m:
        return MergedRecommendation(ref=display_ref(m.group("ref")), texts=[m.group("rest")])
    # rows with a ref column: the ref is decided once the rows the cell covers are known
    ref = None if numbered_rows else display_ref(row.recommendation_ref or row.ref or None)
    return MergedRecommendation(ref=ref, texts=[text])


def _own_lettered_refs(groups: list[MergedRecommendation]) -> None:
    """A lettered row ref ("2a") under its own recommendation cell is taken as an action of
    recommendation 2 (_shared_ref); but where that would give one number to two recommendation
    cells of the table ("2" printed with its own text above "2a", or "2a" and "2b" each with
    theirs), the lettered refs number recommendations of their own (sub-recommendations 2a, 2b)."""
    counts: dict[str | None, int] = {}
    for g in groups:
        counts[g.ref] = counts.get(g.ref, 0) + 1
    for g in groups:
        refs = [r.ref for r in g.rows if r.ref]
        if (
            g.ref is not None
            and counts[g.ref] > 1
            and len(set(refs)) == 1
            and _LETTERED.match(refs[0])
            and parent_ref(refs[0]) == g.ref
        ):
            g.ref = display_ref(refs[0])


def _shared_ref(rows: list[PlanRow]) -> str | None:
    """An unnumbered cell's recommendation number, from the refs of the rows it covers: the
    part they share when the cell spans several rows ("1" of 1.1, 1.2) or a row ref lettered
    under it ("2" of "2a"); else the row's own ref (a row that is its own recommendation)."""
    printed = {r.recommendation_ref for r in rows if r.recommendation_ref}
    if len(printed) == 1:  # the recommendation's own number column (plan.action_numbers)
        return printed.pop()
    refs = [r.ref for r in rows if r.ref]
    if not refs:
        return None
    if composite_recommendation(refs[0]):  # "TD7/R1/A1": the code names its recommendation
        return composite_recommendation(refs[0])
    if len(set(refs)) == 1 and len(refs) > 1 and not _LETTERED.match(refs[0]):
        # one number merged down beside the recommendation cell ("9.3" over both its actions'
        # rows): that number is the recommendation's, not an action number under "9"
        return display_ref(refs[0])
    parents = {parent_ref(r) for r in refs}
    if len(parents) == 1 and (len(refs) > 1 or _LETTERED.match(refs[0])):
        return parents.pop()
    return display_ref(refs[0])


# an action numbered under its recommendation's number ("2.1"): the recommendation's, then its own
_DOTTED = regex.compile(r"^\s*(?P<parent>\d{1,3})\s*\.\s*(?P<child>\d{1,2})\s*$")


def numbers_actions_under(merged: list[list[MergedRecommendation]]) -> bool:
    """The plan numbers each recommendation's actions under it: some recommendation cell covers
    rows "2.1" and "2.2", and no table gives "1.1" and "1.2" cells of their own (there the
    dotted numbers are the recommendations' own)."""
    shown = False
    for groups in merged:
        singles = [_DOTTED.match(r.ref or "") for g in groups if len(g.rows) == 1 for r in g.rows]
        numbers = {(m["parent"], m["child"]) for m in singles if m}
        if len({parent for parent, _ in numbers}) < len(numbers):
            return False  # ("1.1" and "1.2" each with a recommendation cell of its own)
        shown = shown or any(
            g.by_row_number
            and len({r.ref for r in g.rows if r.ref}) > 1
            and g.ref == parent_ref(g.rows[0].ref)
            for g in groups
        )
    return shown


def _first_actions_of_the_scheme(groups: list[MergedRecommendation], schemed: bool) -> None:
    """A table that numbers each recommendation's actions under it (1.1, 1.2 under 1; 2.1, 2.2
    under 2) numbers a recommendation with one action the same way: its lone row "3.1" is
    action 1 of recommendation 3, not a recommendation 3.1. Only where the plan shows that
    scheme (numbers_actions_under) and no cell is numbered 3."""
    if not schemed:
        return
    taken = {g.ref for g in groups}
    for g in groups:
        refs = {r.ref for r in g.rows if r.ref}
        m = _DOTTED.match(refs.pop()) if g.by_row_number and len(refs) == 1 else None
        first = m is not None and m["child"] == "1"
        if first and g.ref == display_ref(m.group(0)) and display_ref(m["parent"]) not in taken:
            g.ref = display_ref(m["parent"])


def parent_ref(ref: str | None) -> str | None:
    """The recommendation number a row ref is printed under ("1" of "1a" or "1.2", "R1" of the
    composite "TD7/R1/A1"), else the ref."""
    if not ref:
        return None
    if composite_recommendation(ref):
        return composite_recommendation(ref)
    m = _PARENT.match(ref)
    return display_ref(m.group("parent") if m else ref)
