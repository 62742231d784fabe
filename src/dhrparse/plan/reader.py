"""One walk over a document's content lines that reads every action-plan table.

Tab rows and PDF/DOCX table rows arrive as Lines with `cells` (plan.tab_rows); column-
interleaved PDF text arrives as plain lines whose rows are rebuilt by interleaved.split_row
(plan.printed_rows). Both feed the same PlanTable/PlanRow model (plan.walk). Along the way
the walk keeps the agency section (plan.sections), the recommendation statements printed in
the plan (plan.statements), the "Update:" paragraphs that belong to the rows above
(plan.updates) and the account of every line it did not read (plan.coverage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import SourceDocument
from dhrparse.ledger import Ledger, location_of
from dhrparse.models import Recommendation
from dhrparse.plan.action_numbers import own_numbers, paired_numbers
from dhrparse.plan.agency_column import agency_cell_sections
from dhrparse.plan.closed_marks import mark_plain_open
from dhrparse.plan.code_key import read_code_key
from dhrparse.plan.date_order import mark_month_first
from dhrparse.plan.export_rows import read_export_rows
from dhrparse.plan.joined_rows import put_told
from dhrparse.plan.labelled_bands import read_labelled_bands
from dhrparse.plan.lead_matrix import mark_lead_matrix
from dhrparse.plan.number_key import read_number_key
from dhrparse.plan.numbered_cells import split_numbered_actions
from dhrparse.plan.printed_rows import PrintedRows
from dhrparse.plan.progress_bullets import read_progress_bullets
from dhrparse.plan.progress_tables import (
    PROGRESS_TABLE,
    ProgressRow,
    read_joined_progress,
    read_progress_table,
)
from dhrparse.plan.rag_key import read_key
from dhrparse.plan.rec_cell_actions import part_cell_actions, split_cell_actions
from dhrparse.plan.recommendation_bands import read_bands
from dhrparse.plan.refused_extents import refused_extents
from dhrparse.plan.refused_rows import warn_refused_lines
from dhrparse.plan.refused_tables import let_go_refused
from dhrparse.plan.repeated_recommendations import once
from dhrparse.plan.review_column import carry_reviews
from dhrparse.plan.row_cells import read_row_cells
from dhrparse.plan.single_actions import number_single_actions
from dhrparse.plan.source_column import source_sections
from dhrparse.plan.span_wraps import complete_span_wraps
from dhrparse.plan.statement_records import RecordMaker, link_rows, name_sections, statement_sections
from dhrparse.plan.stray_cells import let_go_stray
from dhrparse.plan.symbol_key import read_symbol_key
from dhrparse.plan.tab_rows import TabRows
from dhrparse.plan.tables import PlanTable
from dhrparse.plan.timescale_anchor import mark_timescale_anchor
from dhrparse.plan.unplaced_statements import take_unplaced
from dhrparse.plan.walk import PlanWalk


@dataclass
class Plan:
    tables: list[PlanTable] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    # the stretches of tables left as printed, their joined rows no recommendation (plan.refused_extents)
    refused: list[tuple[int, int]] = field(default_factory=list)
    # a separate progress table's rows, each the state of the action with its ref (plan.progress_tables)
    progress: list[ProgressRow] = field(default_factory=list)


def read_plan(doc: SourceDocument, ctx: Ledger) -> Plan:
    walk = PlanWalk(doc, ctx)
    lines = walk.lines.lines
    start = walk.lines.plan_start()
    told = len(walk.ctx.warnings)
    for message, ln in walk.lines.layout_warnings:
        walk.ctx.warn("plan_cells_untold", message, location_of(walk.doc, ln.number, page=ln.page))
    # (after the layout warnings: `_reach_refused` counts them)
    warn_refused_lines(walk.doc, walk.ctx, walk.lines.refused_rows)
    if start is None:  # (no plan table: maybe progress bullets under each recommendation)
        return Plan(tables=_bullet_tables(doc, ctx), refused=refused_extents(doc, walk.lines.broken_headers))
    tab, printed = TabRows(walk), PrintedRows(walk)
    i = last_read = start
    reach: list[tuple[int, int]] = []  # the stretches the plan reads, apart where a section ended it
    progress: list[ProgressRow] = []
    while i < len(lines):
        unread = len(walk.coverage.unread)
        nxt = _progress_table(walk, i, progress)
        if nxt is None:
            nxt = tab.read(i) if lines[i].cells is not None else printed.read(i)
        if walk.table is None and walk.passed_heading and start is not None:
            # the report's next section ended the plan: what follows is the report's, until
            # a plan's header opens again
            reach.append((start, last_read))
            start = None
        elif start is None and walk.table is not None:
            start = last_read = i
        if start is not None and len(walk.coverage.unread) == unread and not walk.passed_heading:
            last_read = nxt - 1
        i = nxt
    walk.close_all()
    walk.statements.all += take_unplaced(walk)
    walk.coverage.flush_orphans()
    if start is not None:
        reach.append((start, last_read))
    for first, last in reach:
        walk.coverage.claim(lines[first], lines[last])
    _reach_refused(walk, told)
    plan = _finish(walk)
    plan.refused = refused_extents(doc, walk.lines.broken_headers)
    plan.progress = progress
    return plan


def _progress_table(walk: PlanWalk, i: int, progress: list[ProgressRow]) -> int | None:
    """A progress table keyed by ref at line i (plan.progress_tables): its rows kept for linking,
    its lines the plan's structure, the plan's table before it ended; the index after it."""
    lines, cm, flat = walk.lines.lines, walk.lines.cm, walk.lines.flat
    if lines[i].cells is None:
        found = read_joined_progress(lines, i, cm, walk.vocab, walk.p, flat)
    else:
        found = read_progress_table(lines, i, cm, walk.vocab, flat)
    if found is None:
        return None
    rows, nxt = found
    walk.close_all()
    walk.table, walk.mode = None, None
    walk.coverage.structure(lines[i:nxt], PROGRESS_TABLE)
    progress.extend(rows)
    return nxt


# a report's account of progress on a review's recommendations (an annual report's bullets): the
# plan's claim, never a sign that the document is itself an action plan (review.doc_kind)
PROGRESS_REPORT = "progress report"


def _bullet_tables(doc: SourceDocument, ctx: Ledger) -> list[PlanTable]:
    """Progress bullets under each recommendation's line (plan.progress_bullets), their lines
    and the recommendation's line over them claimed as the plan's; else a performance system's
    export printed a cell at a time (plan.export_rows), its lines left unclaimed: its
    "Recommendation: ..." rows are the recommendations reader's."""
    tables = read_progress_bullets(doc, ctx.patterns)
    for table in tables:
        name_sections([table])
        ctx.claim("plan", table.line_start, table.rows[-1].line_end, PROGRESS_REPORT)
    if not tables:
        tables = read_export_rows(doc, ctx.patterns)
        name_sections(tables)
    return tables


def _reach_refused(walk: PlanWalk, told: int) -> None:
    """A refused table's rows let go (plan.refused_tables), its header's warning (among the
    layout warnings, from `told` on) reaching over them."""
    reach = let_go_refused(walk.tables, walk.lines.refused_headers)
    for k in range(told, told + len(walk.lines.layout_warnings)):
        loc = walk.ctx.warnings[k].location
        if loc is not None and loc.line_start in reach:
            end = reach.pop(loc.line_start)
            new = location_of(walk.doc, loc.line_start, end, section=loc.section, page=loc.page)
            walk.ctx.warnings[k] = walk.ctx.warnings[k].model_copy(update={"location": new})


def _finish(walk: PlanWalk) -> Plan:
    """Sections named, rows linked to their recommendations, statements made records."""
    name_sections(walk.tables)
    source_sections(walk.tables, walk.p)  # (a tracker's Source column: "Overview", "IMR – Police")
    agency_cell_sections(walk.tables, walk.p)  # (a Part B table's own Agency column)
    walk.statements.all += read_bands(walk.tables, walk.roles)
    walk.statements.all += read_labelled_bands(walk.tables, walk.p)  # ("R1" "Recommendation: ...")
    key = read_key(walk.doc, walk.p)
    # (a rating digit's or a status mark's meaning: plan.number_key, plan.symbol_key)
    symbols = read_symbol_key(walk.doc, walk.p) if walk.tables else {}
    # (and a status code's: plan.code_key)
    codes = read_code_key(walk.doc, walk.p) if walk.tables else {}
    digits = read_number_key(walk.doc, key, walk.p) | symbols | codes if walk.tables else {}
    # (a table cut with other columns' marks or dates in its cells is let go: plan.stray_cells)
    for first, (last, page) in let_go_stray(walk.tables, set(symbols), walk.p).items():
        message = "a plan table printed with its cells joined on each line was cut with other columns' words in its cells"
        walk.ctx.warn("plan_cells_untold", message, location_of(walk.doc, first, last, page=page))
    for table in walk.tables:
        table.rag_key, table.number_key = key, digits
    mark_month_first(walk.doc, walk.tables, walk.p)  # ("Dates are shown ... month/day/year")
    mark_plain_open(walk.doc, walk.tables, walk.p)  # ("Actions shown in plain type remain open")
    complete_span_wraps(walk.doc, walk.tables, walk.p)  # ("Within 6" / "months")
    mark_timescale_anchor(walk.doc, walk.tables, walk.p)  # ("signed off by the Board on 14 May 2025")
    mark_lead_matrix(walk.doc, walk.tables, walk.p)  # ("Police | Health | ASC": "L" the lead's column)
    carry_reviews(walk.tables, walk.p)
    own_numbers(walk.tables, walk.lines.cm, walk.vocab)
    paired_numbers(walk.tables, walk.p)
    number_single_actions(walk.tables)
    put_told(walk.tables, walk.lines.told_recommendations)
    rec_sections = statement_sections(walk.statements.all, walk.tables)
    parted = part_cell_actions(walk.tables, walk.p)  # ("Actions:" 1.1, 1.2 inside the cell)
    merged = link_rows(walk.tables, rec_sections, walk.mode == "tab", walk.vocab.merged_cell_ref)
    records = once(RecordMaker(walk.doc, walk.ctx.patterns).records(rec_sections, walk.tables, merged))
    split_numbered_actions(walk.tables, walk.p)  # (after the records: one per recommendation row)
    split_cell_actions(walk.tables, parted)
    read_row_cells(walk.tables, walk.p)  # (what each row's cells say inside them, for the extractors)
    return Plan(tables=walk.tables, recommendations=records)
