"""The leads of a column-block table (plan.column_blocks) read from its lead column as a whole:
every lead cell the table prints, in print order, is its rows' leads in row order.

On the Home Office template (Action to take | Lead Agency | Key milestones | Target Date |
Outcome) plain pdftotext prints a tall row's lead, milestone, date and outcome as a band, and
the action cells in runs of their own that fall out of step with the bands: a band printed
before the run holding its action ("Housing Service Manager" / "Procedure redrafted." /
"September 2024" / "Completed ..." printed above the row's "Revise the housing ..."), two rows'
leads one block ("Alliance" / "Safeguarding" / "Lead GP" / "Alliance" / ...). No run's own cells
then say whose each lead is. But a column's cells print top to bottom, page after page, so the
table's lead cells in print order are its rows' leads in row order where

- the header names a lead column (on every page it prints again);
- every cell printed after the table's first action cell that parts into names at all is taken,
  each parted as its lines force (plan.lead_wraps.partings: every part a body's or a role's
  name, none a name's last word alone), and every cell told a lead by its words so parts;
- exactly one choice of parting for each cell makes the table's number of rows (a cell whose
  lines another cell prints alike is one name: two rows' one lead);
- past the last proven lead, where only the table's count of rows checks a choice, every cell
  parts one way alone (a row the reader missed would let a wrong parting make the count);
- every lead a reading gave before (plan.lead_bands, plan.lead_blocks, ...) lands on its own
  row, at least two of them, the first row's among them: a lead missed or one too many shifts
  the rows after it, and the proven leads would then fall on rows not theirs;
- or no reading gave a lead at all: every band printed apart from its action run (a SAB plan's
  "Lead" column printed as a block after the actions, the lead cells of merged rows stacked), so
  no row's own cells hold one and the column's count is the one check there is; the whole
  column must then part one way alone into the rows (a lead too many or too few makes none),
  and no lead cell stand before an action cell of its page (leads printed in bands between
  the action runs may stand in either order against the run before them), nor the parting
  leave a lone word for a lead ("Thornmere Council" / "Housing": the count parted a name).
  A table with one proven lead, or with the first row's unproven, still keeps what it had: a
  lead proven where the column would not put it says the column's order is not the rows'.

Only rows with no lead are given one; else the table keeps what it had (a lead paired by guess
is worse than none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.carried_leads import with_carried_rests
from dhrparse.plan.dated_leads import as_printed, one_names
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.lead_blocks import name_partings
from dhrparse.plan.wrapped_leads import one_wrapped_name

MIN_PROVEN = 2  # leads a reading proved, which the column's order must put back on their rows
MAX_FITS = 2  # counting stops at the second fit: one fit alone is proof


def fill_table_leads(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], names: Sequence[str | None], words: LeadWords
) -> None:
    """Give each action with no lead the lead its place in the table's lead column gives, where
    the column's cells part into exactly as many names one way only that puts every lead already
    proven back on its own row, or, with none proven, one way only (see the module's account).
    `names`: the columns the header names."""
    if "lead" not in names:
        return
    proven = {k: _printed(act.values["lead"]) for k, act in enumerate(actions) if "lead" in act.values}
    if len(proven) == len(actions) or (proven and (len(proven) < MIN_PROVEN or 0 not in proven)):
        return
    if not proven and _leads_among_actions(cells):
        return
    sources = _lead_cells(cells, words)
    column = None if sources is None else [options for _, options in sources]
    fit = None if column is None else _one_fit(column, len(actions), proven)
    if fit is None or (proven and not _tail_forced(column, fit, max(proven))):
        return
    if not proven and _out_of_step(cells, {id(cell): count for (cell, _), count in zip(sources, fit)}):
        return
    leads = [lead for options, count in zip(column, fit) for lead in options[count]]
    if not proven and any(len(lead.text.split()) == 1 for lead in leads):
        return  # (a lone word names no one: the count forced a name apart, unproven)
    for act, lead in zip(actions, leads):
        act.values.setdefault("lead", lead)


def _leads_among_actions(cells: Sequence[BlockCell]) -> bool:
    """A lead cell printed on a page before one of that page's action cells: the lead column
    then prints in bands between the action runs, not after them as one column, and with no
    lead proven nothing says which run's rows a band's leads are (one band's two leads may
    stand in either order against the run before it)."""
    first = next((k for k, c in enumerate(cells) if c.kind == "action"), len(cells))
    lead_pages = set()
    for cell in cells[first:]:
        if cell.kind == "lead":
            lead_pages.add(cell.page)
        elif cell.kind == "action" and cell.page in lead_pages:
            return True
    return False


def _out_of_step(cells: Sequence[BlockCell], names: dict[int, int]) -> bool:
    """Lead cells printed between other columns' cells (a date, a status) out of step with
    them: where an export prints row by row after its first cells, each run of lead cells
    naming N leads is followed, before the page's next run, by N of each other column's
    cells, one per row; a run naming one lead followed by two dates says a row's lead printed
    further on (after the next row's date and status), and the leads' print order is then not
    the rows' order.
    `names`: the leads the parting gave each lead cell, by the cell's id."""
    runs: list[tuple[int, Counter[str], int | None]] = []  # (leads named, cells after, page)
    for cell in cells:
        if names.get(id(cell)):
            if runs and not runs[-1][1] and runs[-1][2] == cell.page:
                runs[-1] = (runs[-1][0] + names[id(cell)], runs[-1][1], cell.page)
            else:
                runs.append((names[id(cell)], Counter(), cell.page))
        elif runs and cell.kind not in ("action", "code", "other", "name", "lead"):
            runs[-1][1][cell.kind] += 1
    return any(
        count != size
        for (size, after, page), (_, _, next_page) in zip(runs, runs[1:])
        if page == next_page  # (a page's columns printed one after another are not in step)
        for count in after.values()
    )


def _tail_forced(column: list[dict[int, list[BlockCell]]], fit: list[int], last_proven: int) -> bool:
    """Every cell holding only rows after the last proven lead parts one way alone: past the
    last proven lead nothing but the table's count of rows checks a choice, and a row the
    reader missed would let a wrong parting make the count."""
    row = 0
    for options, count in zip(column, fit):
        if row > last_proven and len(options) > 1:
            return False
        row += count
    return True


def _lead_cells(
    cells: Sequence[BlockCell], words: LeadWords
) -> list[tuple[BlockCell, dict[int, list[BlockCell]]]] | None:
    """Each cell printed after the first action cell that parts into names, as its partings
    (count: leads; a block its lines do not part parted by names printed alike elsewhere,
    plan.dated_leads.as_printed), a one-line cell told a lead by its words one lead ("Eastholme CSP"); None
    where a cell told a lead by its words parts into none."""
    first = next((k for k, c in enumerate(cells) if c.kind == "action"), len(cells))
    printed = one_names(cells[first:], words)
    column = []
    for cell in cells[first:]:
        if cell.kind not in ("lead", "other"):
            continue
        options = _options(cell, cells[first:], printed, words)
        if options is None:
            return None
        if options:
            column.append((cell, options))
    # (a lead a page parted, its rest the next page's first lead cell: plan.carried_leads)
    return with_carried_rests(column, lambda joined: _options(joined, cells[first:], printed, words) or {})


def _options(
    cell: BlockCell, cells: Sequence[BlockCell], printed, words: LeadWords
) -> dict[int, list[BlockCell]] | None:
    """The cell's partings into names, by count (see `_lead_cells`); None for a cell told a lead
    by its words that parts into none."""
    options = name_partings(cell, words)
    options = {**as_printed(cell, printed, set(options), words), **options}
    if not options and cell.kind == "lead":
        if len(cell.lines) > 1 and not one_wrapped_name(cell, words):
            return None
        options = {1: [cell]}
    if 1 in options and _printed_again(cell, cells):
        options = {1: options[1]}  # (two rows' one lead, each cell printed alike)
    return options


def _printed_again(cell: BlockCell, cells: Sequence[BlockCell]) -> bool:
    """Another cell prints the very same lines: two rows' cells holding one name alike."""
    texts = [" ".join(ln.text.split()) for ln in cell.lines]
    return any(c is not cell and [" ".join(ln.text.split()) for ln in c.lines] == texts for c in cells)


def _one_fit(
    column: list[dict[int, list[BlockCell]]], rows: int, proven: dict[int, tuple[int, ...]]
) -> list[int] | None:
    """The one choice of count for each cell that makes `rows` leads and puts each proven lead
    (row: its printed lines) on its row, else None."""
    # ways[n]: the choices for the cells so far giving n leads (up to MAX_FITS of them)
    ways: dict[int, list[list[int]]] = {0: [[]]}
    for options in column:
        step: dict[int, list[list[int]]] = {}
        for total, choices in ways.items():
            for count, parts in options.items():
                if total + count > rows or not _keeps_proven(parts, total, proven):
                    continue
                kept = step.setdefault(total + count, [])
                kept.extend([*c, count] for c in choices[: MAX_FITS - len(kept)])
        ways = step
    fits = ways.get(rows, [])
    return fits[0] if len(fits) == 1 else None


def _keeps_proven(parts: list[BlockCell], total: int, proven: dict[int, tuple[int, ...]]) -> bool:
    """The parts, rows total onwards, hold each proven lead of those rows as printed."""
    return all(proven.get(total + k, _printed(part)) == _printed(part) for k, part in enumerate(parts))


def _printed(cell: BlockCell) -> tuple[int, ...]:
    """Where the cell was printed: its lines' numbers (a name printed twice, on two rows, is
    no proof the column's order puts it back on its own)."""
    return tuple(ln.number for ln in cell.lines)
