"""The plan's recommendations, once the walk is over: each confirmed statement (and each row
of a table whose rows are recommendations) becomes a Recommendation record, and each row of
actions is linked to the recommendation its number falls under."""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.ids import Numbering, slug
from dhrparse.ledger import location_of
from dhrparse.models import Recommendation
from dhrparse.patterns import Patterns
from dhrparse.plan.merged_recommendations import MergedRecommendation, group_tables
from dhrparse.plan.opening_codes import code_opening
from dhrparse.plan.statements import Statement
from dhrparse.plan.tables import PlanTable
from dhrparse.vocab.refs import display_ref, norm_ref, parent_of

_REF_PARTS = regex.compile(r"[./]")
# the parts of an action's compound code naming the finding, the recommendation and the action
# ("F1-R1a-A1", "F2.R1.A1"), each a letter series before its number
_CODE_PART = regex.compile(r"^(?P<series>\p{Lu}{1,2})(?P<number>\d{1,2}\p{Ll}?)$")


def name_sections(tables: list[PlanTable]) -> None:
    """A table without a section heading belongs to the one before it (the first: the overview)."""
    prev = None
    for t in tables:
        if t.section is None:
            t.section = prev or "overview"
        prev = t.section


def statement_sections(statements: list[Statement], tables: list[PlanTable]) -> list[tuple[Statement, str]]:
    """Each confirmed statement with its section: its heading's, its table's, else the one in
    force where it was printed."""
    out = []
    for r in statements:
        if r.confirmed:
            out.append(
                (r, r.section or (r.table.section if r.table is not None else None) or _before(r, tables))
            )
    return out


def _before(rec: Statement, tables: list[PlanTable]) -> str:
    section = "overview"
    for t in tables:
        if t.line_start <= rec.line_start:
            section = t.section or section
    return section


def link_rows(
    tables: list[PlanTable],
    rec_sections: list[tuple[Statement, str]],
    ended_in_tab: bool,
    ref_in_cell: regex.Pattern,
) -> list[list[MergedRecommendation]]:
    """Each row's recommendation: the recommendation cell merged down over it, the statement
    numbered as the row ("2.1" under "Recommendation 2"), or the row itself in a table of
    recommendations. Returns each table's merged recommendation cells."""
    merged = group_tables(tables, ref_in_cell)
    refs_by_section: dict[str, set[str]] = {}
    for r, section in rec_sections:
        refs_by_section.setdefault(section, set()).add(norm_ref(r.ref))
    for t in tables:
        for row in t.rows:
            if row.recommendation_ref or t.recommendation_ref or not row.ref:
                continue
            known = refs_by_section.get(row.section or t.section, set())
            parent = _REF_PARTS.split(row.ref)[0]
            if norm_ref(row.ref) in known:
                row.recommendation_ref = display_ref(row.ref)
            elif norm_ref(parent) in known or (
                "." in row.ref
                and not known
                and t.columns
                and t.columns[0] == "ref"
                and t.origin != "text"
                and ended_in_tab
            ):
                row.recommendation_ref = display_ref(parent)
            elif (coded := coded_parent(row.ref, known)) is not None:
                row.recommendation_ref = display_ref(coded)
    for t, groups in zip(tables, merged):
        if "recommendation" in t.columns and not groups:  # rows are recommendations
            for row in t.rows:
                # (not a row already numbered under its recommendation, "1a" under "1": an
                # action whose recommendation's cell the plan left empty as restated)
                if row.ref and not row.recommendation_ref:
                    row.recommendation_ref = display_ref(row.ref)
    return merged


def coded_parent(ref: str, known: set[str]) -> str | None:
    """The recommendation an action's compound code names in the part before the action's own
    ("F1-R1a-A1": the finding's "F1", the recommendation's "R1a", the action's "A1"; "F2.R3.A1"),
    where that part is a recommendation of the plan: CSPR and SAR plans grouping their
    recommendations under findings number each action from the broadest part to its own."""
    parts = regex.split(r"[-./]", ref)
    if len(parts) < 3 or not all(_CODE_PART.match(part) for part in parts):
        return None
    number = _CODE_PART.match(parts[-2]).group("number")
    return number if norm_ref(number) in known else None


def _without_repeats(records: list[Recommendation]) -> list[Recommendation]:
    """The statements, each printed again word for word under the same number left out: a
    tracker exported from a spreadsheet repeats a recommendation's cell on each of its action
    rows ("1" / "1" / "2", the same sentence twice), which is one recommendation, not two. The
    repeat's place is kept with the first as another printing of it."""
    seen: dict[tuple[str, str | None, str], Recommendation] = {}
    out: list[Recommendation] = []
    for rec in records:
        key = (norm_ref(rec.ref) if rec.ref else "", rec.agency, " ".join(rec.text.lower().split()))
        first = seen.get(key)
        if first is not None and rec.ref:
            first.alias_locations.append(rec.location)
            continue
        seen[key] = rec
        out.append(rec)
    return out


class RecordMaker:
    """Recommendation records from the plan, with ids unique within the document."""

    def __init__(self, doc: SourceDocument, patterns: Patterns):
        self.doc = doc
        self.patterns = patterns
        self.ids = Numbering()

    def records(
        self,
        rec_sections: list[tuple[Statement, str]],
        tables: list[PlanTable],
        merged: list[list[MergedRecommendation]],
    ) -> list[Recommendation]:
        out = _without_repeats([self._statement(r, section) for r, section in rec_sections])
        for t, groups in zip(tables, merged):
            for g in groups:
                first, last = g.rows[0], g.rows[-1]
                section = first.section or t.section
                text = _without_own_number(g.text, g.ref)  # ("R1. Wexholm Police should ...")
                out.append(self._record(g.ref, text, section, first.line_start, last.line_end, first.page))
            if "recommendation" in t.columns and not groups:
                for row in t.rows:
                    text = row.cells.get("recommendation")
                    if text:
                        section = row.section or t.section
                        rec = self._record(row.ref, text, section, row.line_start, row.line_end, row.page)
                        if row.review:  # a tracker: each review numbers from 1
                            rec.id = self.ids.issue(
                                f"rec-plan-{slug(row.review, 'review', 30)}-{rec.ref or 'x'}"
                            )
                        out.append(rec)
        return out

    def _statement(self, r: Statement, section: str) -> Recommendation:
        title = None
        lines = [x for x in r.lines if x]
        # a short first line is a title; one wrapped at the page width is not (measured as
        # printed, its label with it: "Recommendation 2 — <words>" may run to the width)
        first_printed = len(lines[0]) + (r.label_chars if r.lines[0] else 0)
        if (
            len(lines) > 1
            and len(lines[0].split()) <= 12
            and not lines[0].rstrip().endswith((".", ";"))
            and first_printed < 0.8 * len(lines[1])
            and not lines[1][:1].islower()  # (a sentence wrapped onto the next line is not a title)
        ):
            title, lines = lines[0].rstrip(" :"), lines[1:]
            lines[0] = _without_own_number(lines[0], r.ref)
        rec = self._record(r.ref, " ".join(lines), section, r.line_start, r.line_end, r.page)
        rec.title = title
        return rec

    def _record(
        self, ref: str | None, text: str, section: str, start: int, end: int, page: int | None
    ) -> Recommendation:
        if not ref:  # "R1 The Board should ...": the cell's opening code is its ref
            ref, text = code_opening(text, self.patterns)
        ref = display_ref(ref) if ref else None
        level = "overview" if section == "overview" else "agency"
        return Recommendation(
            id=self.ids.issue(f"rec-plan-{slug(section, 'plan')}-{ref or 'x'}"),
            ref=ref,
            parent_ref=parent_of(ref),  # ("1" for "1.1" and for the lettered part "1(a)")
            level=level,
            agency=None if level == "overview" else section,
            text=" ".join(text.split()) or "(no text)",
            location=location_of(self.doc, start, end, page=page),
        )


def _without_own_number(text: str, ref: str) -> str:
    """The text under a titled label without the label's number printed again at its head
    ("Recommendation 1: <title>" / "1. The Board should ..."): the number is the ref's."""
    head = text.split(None, 1)
    if len(head) == 2 and ref and head[0].rstrip(".)").lstrip("(") == ref and head[1][:1].isupper():
        return head[1]
    return text
