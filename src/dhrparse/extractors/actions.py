"""Action-plan extractor: every row of every action-plan table, and the
recommendation statements printed inside plans.

All plan forms are read into one model (plan.tables.PlanTable / PlanRow) by one walk over
the document's content lines (`plan.reader.read_plan`): tab-separated rows and
PDF/DOCX tables (Lines with `cells`), and column-interleaved PDF text (each cell's
lines printed one after another, `interleaved.split_row`). `row_to_action` is the
single step from a row to an Action record.
"""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.extractors.lead_cuts import without_date_words
from dhrparse.ids import Numbering, slug
from dhrparse.ledger import Ledger, location_of
from dhrparse.models import Action, DateValue, Status
from dhrparse.plan.action_bullets import ActionBullets
from dhrparse.plan.bare_recommendation_rows import bare_recommendation
from dhrparse.plan.closed_marks import closed_mark, without_mark
from dhrparse.plan.code_key import through_code_key
from dhrparse.plan.date_order import day_first
from dhrparse.plan.delivery_grid import marked_period
from dhrparse.plan.lead_matrix import matrix_lead
from dhrparse.plan.number_key import through_number_key
from dhrparse.plan.progress_bars import read_bar_statuses
from dhrparse.plan.rag_key import through_key
from dhrparse.plan.ratings import rate_row
from dhrparse.plan.reader import Plan, read_plan
from dhrparse.plan.refused_rows import refused_row
from dhrparse.plan.reporting_year import year_end_target
from dhrparse.plan.state_columns import marked_state
from dhrparse.plan.status import judge_status_note, keyed_flag, normalise_status, status_words
from dhrparse.plan.symbol_key import keyed_mark, through_symbol_key
from dhrparse.plan.tables import PlanRow, PlanTable
from dhrparse.plan.timescale_anchor import anchored_timescale
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import find_dates, parse_target_date
from dhrparse.vocab.refs import display_ref


def extract(doc: SourceDocument, ctx: Ledger, plan: Plan | None = None) -> list[Action]:
    """One Action per row of the plan the plan stage read (pipeline.read_action_plans); a row
    whose action cell lists bullets is one action, the cell's bullets its text in order."""
    plan = plan if plan is not None else read_plan(doc, ctx)
    actions: list[Action] = []
    ids = Numbering()
    bullets = ActionBullets.of(ctx.patterns)
    for table in plan.tables:
        previous: Action | None = None
        first = len(actions)
        for row in table.rows:
            if bare_recommendation(table, row):
                continue  # (a recommendation's band across the table, plan.bare_recommendation_rows)
            if refused_row(table, row, ctx.patterns):
                # (a recommendation not accepted, no one given work: plan.refused_rows; the row is
                # the plan's word on it, told so the reader knows why it made no action)
                _warn_refused(doc, ctx, row)
                continue
            action = row_to_action(doc, ctx, table, row, previous, ids)
            if action is not None:
                action.action = bullets.joined(action.action)
                actions.append(action)
                previous = action
        # (a Progress column of bars "■■■□□" and no status word: plan.progress_bars)
        read_bar_statuses(actions[first:], table.columns, ctx.patterns)
    return actions


def _warn_refused(doc: SourceDocument, ctx: Ledger, row: PlanRow) -> None:
    cell = flatten(row.cells.get("action") or "").strip()
    ctx.warn(
        "plan_row_refused",
        f"plan row {row.ref!r} answers a recommendation not accepted ({cell[:80]!r}): no action made of it",
        location_of(doc, row.line_start, row.line_end, page=row.page),
    )


def _clean(text: str | None) -> str | None:
    return flatten(text) or None if text else None


def _rec_ref_of(row: PlanRow, table: PlanTable) -> str | None:
    if row.recommendation_ref:
        return row.recommendation_ref
    if table.recommendation_ref:
        return table.recommendation_ref
    return None


def _id_part(row: PlanRow, section: str) -> str:
    """The part of the document a row's id names: its section, and in a tracker over several
    reviews the review too, since each review numbers its recommendations from 1."""
    part = slug(section, "plan")
    return f"{slug(row.review, 'review', 30)}-{part}" if row.review else part


def _recommendation_as_action(table: PlanTable, cells: dict) -> str | None:
    """In a plan or tracker with a recommendation column and no action column, the row's
    recommendation is what the row commits to: it is the action too."""
    return cells.get("recommendation") if "action" not in table.columns else None


def _completion_date(table: PlanTable, row: PlanRow, cells: dict, status: Status, p) -> Status:
    """A date written in a column headed as the date of completion ("Date of completion and
    Outcome": "14/12/2022", "Date completed") says the action was completed."""
    headed = {}
    if len(table.headers) == len(table.columns):
        headed = {
            h: cells.get(c) if not c.startswith("extra:") else row.extra.get(c[6:])
            for h, c in zip(table.headers, table.columns)
            if c == "status" or c.startswith("extra:")
        }
    for header, text in headed.items():
        if not text or not any(
            rx.search(flatten(header)) for rx in p.regexes("actions.completion_date_header")
        ):
            continue
        found, said = find_dates(text, p), status_words(text, p)
        if (found and found[0].start <= 3 and not said) or said:
            # a date there means done; a word ("Ongoing") written instead of the date says the state
            return Status(
                raw=status.raw,
                value=said or "complete",
                rag=status.rag,
                judged_from=f"{flatten(header)}: {text}"[:200],
            )
    return status


def _extra_cells(row: PlanRow, cells: dict[str, str | None]) -> dict[str, str]:
    """The row's cells no field is for, under their printed names, and its recommendation's."""
    extra = {k: _clean(v) for k, v in row.extra.items() if _clean(v)}
    if cells.get("recommendation"):
        extra["recommendation"] = cells["recommendation"]
    return extra


def _trim_lead(ctx: Ledger, row: PlanRow, cells: dict, loc) -> None:
    """The date's words read onto the lead's end trimmed off, with a warning: no wrong lead given."""
    lead = without_date_words(cells.get("lead"), ctx.patterns)
    if lead != cells.get("lead"):
        ctx.warn("plan_cell_uncertain", f"row {row.ref!r}: lead {cells['lead']!r} read as {lead!r}", loc)
        cells["lead"] = lead


def _target_date(table: PlanTable, cell: str | None, p):
    """The target-date cell read, month first where the table's note says its dates print so
    (plan.date_order); the cell as printed kept in `raw`."""
    if not table.month_first or not cell:
        return parse_target_date(cell, p)
    value, problems = parse_target_date(day_first(cell, p), p)
    return (value.model_copy(update={"raw": " ".join(cell.split())}) if value else value), problems


def _grid_target(ctx: Ledger, table: PlanTable, row: PlanRow, loc) -> DateValue | None:
    """The period whose column holds the row's one mark, where the plan plans delivery in a grid
    of periods; a row marking several is told and keeps no target (which is due the grid does not
    say: unread beats wrong)."""
    grid = marked_period(table.columns, row.extra, ctx.patterns)
    if grid is not None and grid.period is None and len(grid.marked) > 1:
        marked = ", ".join(grid.marked)
        ctx.warn(
            "plan_cell_uncertain", f"row {row.ref!r}: marks in {marked}: no target read from the grid", loc
        )
    return grid.period if grid is not None else None


def _matrix_lead(ctx: Ledger, table: PlanTable, row: PlanRow, loc) -> str | None:
    """The agency whose column holds the row's lead mark, where the plan marks who acts in a matrix
    of agency columns; a row marking two leads is told and keeps none (plan.lead_matrix)."""
    found = matrix_lead(table.lead_matrix, row.extra, ctx.patterns)
    if found is not None and found.lead is None and len(found.leads) > 1:
        marked = ", ".join(found.leads)
        ctx.warn("plan_cell_uncertain", f"row {row.ref!r}: lead marks in {marked}: no lead read", loc)
    return found.lead if found is not None else None


def row_to_action(
    doc: SourceDocument,
    ctx: Ledger,
    table: PlanTable,
    row: PlanRow,
    previous: Action | None,
    ids: Numbering,
) -> Action | None:
    """One plan row to an Action: dates and status normalised, updates kept as progress."""
    p = ctx.patterns
    cells = dict(row.cells)  # (as the plan read them, plan.row_cells: the lead is trimmed below)
    section = row.section or table.section or "overview"
    loc = location_of(doc, row.line_start, row.line_end, page=row.page)
    if not any(cells.get(k) for k in ("action", "lead", "target_date", "recommendation")):
        ctx.warn(
            "plan_row_empty", f"plan row {row.ref!r} has no action, lead or date; kept as text only", loc
        )
    progress_parts = [t for t in (cells.get("progress"),) if t] + row.updates
    target_date, problems = _target_date(table, cells.get("target_date"), p)
    target_date = year_end_target(target_date, table.headers, p)  # ("end of financial year")
    if not cells.get("target_date"):  # (a mark in a grid of quarter or month columns: plan.delivery_grid)
        target_date = _grid_target(ctx, table, row, loc) or target_date
    target_date = anchored_timescale(target_date, table.timescale_anchor, p)  # ("Within 3 months")
    for problem in problems:
        ctx.warn("target_date_invalid", f"row {row.ref!r}: {problem}", loc)
    status = _row_status(table, row, cells, target_date, previous, p)
    ref = display_ref(row.ref) if row.ref else None
    ident = ids.issue(f"act-{_id_part(row, section)}-{ref or 'row'}")
    extra = _extra_cells(row, cells)
    for warning in row.warnings:
        ctx.warn("plan_cell_uncertain", f"row {row.ref!r}: {warning}", loc)
    _trim_lead(ctx, row, cells, loc)
    if not cells.get("lead"):
        cells["lead"] = _matrix_lead(ctx, table, row, loc)
    return Action(
        id=ident,
        ref=ref,
        recommendation_ref=_rec_ref_of(row, table),
        agency_section=section,
        action=without_mark(cells.get("action"), p) or _recommendation_as_action(table, cells),
        lead=cells.get("lead"),
        desired_outcome=cells.get("desired_outcome"),
        monitoring=cells.get("monitoring"),
        success_measure=cells.get("success_measure"),
        progress=" ".join(progress_parts) or None,
        target_date=target_date,
        status=status,
        scope=cells.get("scope"),
        extra=extra,
        location=loc,
    )


def _judged_sources(table: PlanTable, row: PlanRow, cells: dict) -> list[tuple[str, str]]:
    """Texts a state may be judged from when the status cell is empty, with the cell each came from."""
    sources = [("update", u) for u in row.updates]
    if cells.get("progress"):
        sources.append(("progress", cells["progress"]))
    sources += row.cell_updates  # ("Update: ..." printed inside another cell: a page break shifted it)
    if table.note:
        sources.append(("section note", table.note))
    return sources


def _unnamed_status_cell(table: PlanTable, row: PlanRow, cells: dict, target_date, p) -> str | None:
    """The cell stating the row's state in a plan with no status column: a Progress cell that is
    one mark of the plan's key alone (plan.symbol_key); else the name of the state column its mark
    stands in (plan.state_columns); else the date cell, where plans without a status column often
    print the state ("Complete", "On-going"); else a progress cell opening with the state."""
    progress = cells.get("progress")
    if keyed_mark(progress, table.number_key):
        return progress
    marked = marked_state(table.columns, row.extra, p)
    if marked:
        return marked
    date_cell = cells.get("target_date")
    if date_cell and status_words(date_cell, p) and (target_date is None or target_date.start is None):
        return date_cell
    return row.opening_state


def _status_header(table: PlanTable) -> str | None:
    """The status column's printed name, which may key its letters ("Completed? (Y/N/P)")."""
    k = table.columns.index("status") if "status" in table.columns else -1
    return table.headers[k] if 0 <= k < len(table.headers) else None


def _row_status(
    table: PlanTable, row: PlanRow, cells: dict, target_date, previous: Action | None, p
) -> Status:
    """The row's state: its status cell, else what its progress, updates, date cell or the
    row above say."""
    status_cell = cells.get("status")
    sources = _judged_sources(table, row, cells)
    judged_texts = [text for _, text in sources]
    if not status_cell and "status" not in table.columns:
        status_cell = _unnamed_status_cell(table, row, cells, target_date, p)
    # ("... course. (closed)": a finished action's marker, where no status cell says more)
    status_cell = status_cell or closed_mark(cells.get("action"), p)
    status = through_key(normalise_status(status_cell, judged_texts, p), status_cell, table.rag_key, p)
    status = keyed_flag(status, status_cell, _status_header(table), p)
    status = rate_row(status, status_cell, sources, table.rag_key, p)
    status = through_number_key(status, status_cell, table.number_key)
    status = through_code_key(status, [status_cell, *row.extra.values()], table.number_key)
    status = through_symbol_key(status, [status_cell, *row.extra.values()], table.number_key)
    if status.judged_from:
        # name the cell the state was judged from ("progress: Completed in May ...")
        source = next((name for name, text in sources if flatten(text)[:200] == status.judged_from), None)
        if source:
            status = status.model_copy(update={"judged_from": f"{source}: {status.judged_from}"[:240]})
    if status.value == "unknown":
        # a status cell empty, or holding a note that names no state ("Field in use by all
        # staff"): "Completed" / "Complete dd/mm/yy" written in the date column says it
        date_cell = cells.get("target_date")
        value = status_words(date_cell, p) if date_cell else None
        if value:
            status = Status(raw=status.raw, value=value, judged_from=f"target date: {date_cell}"[:200])
    if status.value == "unknown":
        status = _completion_date(table, row, cells, status, p)
    if status.value == "unknown" and status_cell:
        # the status cell's own sentence, when nothing else in the row said the state
        # ("Prompt requested from the supplier – awaiting.")
        value = judge_status_note(status_cell, p)
        if value:
            said = flatten(status_cell)
            status = Status(raw=status.raw, value=value, rag=status.rag, judged_from=f"status: {said}"[:240])
    if status.value == "unknown" and previous is not None and judged_texts:
        said = p.joined("actions.plan.update_label").sub("", judged_texts[0]).strip()
        if any(rx.search(said) for rx in p.regexes("actions.plan.same_as_above")):
            status = Status(raw=status.raw, value=previous.status.value, rag=status.rag, judged_from=said)
    if status.value == "unknown" and table.plain_open and not status_cell:
        # no marker in a plan whose note says actions in plain type remain open
        status = Status(value="in_progress", judged_from="plan note: actions in plain type remain open")
    return status
