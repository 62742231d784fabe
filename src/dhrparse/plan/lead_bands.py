"""The leads of a column-block table (plan.column_blocks) whose rows' dates and statuses are
already paired, read from the band each row printed: its lead, then its date, then its status.

Where a Word table's lead, target date and status cells stand level on a row, plain pdftotext
prints them one row at a time in the columns' order ("Partnership Manager" / "30/09/2024" /
"Complete"), and neighbouring rows' short cells that stand close as one block a column
("Head of Safeguarding" / "Safeguarding Lead Nurse", then "31/01/2025" / "June 2025").
Once the dates and statuses are proven the rows' (plan.row_bands, plan.value_blocks), the cell
printed straight before a row's date is its lead, where

- the header names the lead column before the date column (else the cell before a date is
  some other column's),
- that cell reads as a body's or a role's name, printed after the row's action and after the
  row before's status (so it is no other row's, and no page foot or note under the table),
- where the cell before the date is a passage no name can be (later rows' merged
  recommendations, a note under the table, a page's number), the name printed straight before
  the passages stands for it,
- for a block of m dates, the cell before it is m lines, each a name on its own (a lead
  wrapped over two lines, "Head of Contact" / "Management", is then left unread); for a
  lone date, the cell is one name, not lines that each read as a name of their own
  ("Tenancy Support Lead" / "MARAC Chair": two rows' leads whose dates printed apart),
- and every dated row on the page with no lead reads so. One row that does not and the page's
  leads are left to the plan reader's account of what it did not read, never to a guess; only
  rows whose block of leads does not part one a row, or whose cell before the date is a name's
  last word alone ("Coordinator", its first words printed with the column's name), or whose
  block ends on a name cut short ("Head of Learning and": its rest printed past the page's
  foot), are left without a lead, the page's other rows read all the same.

A lead printed twice in the table ("Partnership Manager" on two rows) is a name all the same,
though cells told by their words alone take a repeated line for a running foot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from dhrparse.document import Line
from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.lead_wraps import parted_as_printed, parted_leads, runs_on
from dhrparse.plan.status_bands import taken_cells

MAX_NAME_WORDS = 12  # a cell of more words than this is a passage, no body's or role's name


class LeadWords(NamedTuple):
    """How a lead is told: `is_lead`, the cell reads as a body's or a role's name; `ends_role`,
    a line ends on the word such a name ends on ("Manager", "Council": plan.lead_wraps);
    `closes_name`, a line ends on a word such a name may end on ("Safeguarding", "Leader");
    `is_date`, the cell is a row's target date."""

    is_lead: Callable[[BlockCell], bool]
    ends_role: Callable[[str], bool]
    closes_name: Callable[[str], bool] = lambda _text: False
    is_date: Callable[[BlockCell], bool] = lambda cell: cell.kind == "target_date"


def lone_head(cell: BlockCell, words: LeadWords) -> bool:
    """A cell of one word a name ends on ("Coordinator") names no one: its name's first words
    were printed elsewhere (with the column's name, "Lead" / "Partnership"), so no lead is read."""
    return len(cell.text.split()) == 1 and words.ends_role(cell.text)


def _names_apart(cell: BlockCell, words: LeadWords) -> bool:
    """The cell is several lines, each a name of its own of more than one word ("Dunmere Police" /
    "Dunmere Homes"; not "Ebbersley Hospitals" / "Trust"), none running on onto the next."""
    texts = [" ".join(ln.text.split()) for ln in cell.lines]
    return (
        len(texts) > 1
        and not any(runs_on(a, b, words.ends_role) for a, b in zip(texts, texts[1:]))
        and all(
            len(t.split()) > 1 and words.is_lead(BlockCell("other", [ln])) for t, ln in zip(texts, cell.lines)
        )
    )


def parted_names(
    cell: BlockCell, rows: int, words: LeadWords, printed: frozenset[tuple[str, ...]] = frozenset()
) -> list[BlockCell] | None:
    """The cell's lines as `rows` leads, each a body's or a role's name: the cell whole where
    `rows` is one (not lines that each read as a name of their own), else parted where its
    lines force it or where one parting alone gives a lead printed elsewhere as a cell of its
    own (`printed`: such cells' lines, plan.lead_wraps); None where neither does."""
    if rows == 1:
        parts = [] if _names_apart(cell, words) else [cell.lines]
    else:
        parts = (
            parted_leads(cell.lines, rows, words.ends_role, words.closes_name)
            or parted_as_printed(cell.lines, rows, words.ends_role, words.closes_name, set(printed))
            or []
        )
    leads = [BlockCell("lead", part) for part in parts]
    fits = len(leads) == rows and all(words.is_lead(c) and not lone_head(c, words) for c in leads)
    return leads if fits else None


def _date_groups(rows: list[CellRow]) -> list[list[CellRow]]:
    """The dated rows in print order, grouped where their one-line dates make one printed block."""
    groups: list[list[CellRow]] = []
    for act in sorted(rows, key=lambda a: a.values["target_date"].first):
        date = act.values["target_date"]
        if groups:
            prev = groups[-1][-1].values["target_date"]
            if len(prev.lines) == 1 and len(date.lines) == 1 and date.first == prev.first + 1:
                groups[-1].append(act)
                continue
        groups.append([act])
    return groups


def _runs(
    rows: list[CellRow], order: list[BlockCell], is_lead: Callable[[BlockCell], bool]
) -> list[tuple[list[CellRow], int, bool]] | None:
    """(rows, index of the cell before their first date, whether bands joined) for the page's
    dated rows in print order. A group whose date prints straight after the group before's
    status printed no lead of its own between: the two groups' leads printed as one block
    before the first, and they are read together (joined)."""
    at = {c.first: k for k, c in enumerate(order)}
    runs: list[tuple[list[CellRow], int, bool]] = []
    for group in _date_groups(rows):
        k = at.get(group[0].values["target_date"].first)
        if not k:
            return None
        status = runs[-1][0][-1].values.get("status") if runs else None
        if status is not None and _closes_band(order[k - 1], status, is_lead):
            runs[-1] = (runs[-1][0] + group, runs[-1][1], True)
            continue
        runs.append((list(group), k - 1, False))
    return runs


def _closes_band(cell: BlockCell, status: BlockCell, is_lead: Callable[[BlockCell], bool]) -> bool:
    """The cell before a row's date is the row before's status, or a cell printed after that
    status no line of which is a name (the row before's note, "Commentary"'s cells): no lead
    printed between, the two rows' leads one block before the first."""
    return cell.first == status.first or (
        cell.first > status.first
        and not is_lead(cell)
        and not any(is_lead(BlockCell("other", [ln])) for ln in cell.lines)
    )


def _printed_block(order: list[BlockCell], k: int) -> list[Line]:
    """The lines of the block the cell before a run's first date closes: that cell with the cells
    printed on the lines straight above it, no line between. Cells told apart by their words
    (a lead printed twice, "IDVA Service" / "Manager" again) are still one printed block, and
    parting its last cell alone would cut a lead in two where the rows' count is met."""
    lines = list(order[k].lines)
    for cell in reversed(order[:k]):
        if cell.kind not in ("lead", "other") or cell.page != order[k].page:
            break
        if cell.lines[-1].number + 1 != lines[0].number:
            break
        lines = cell.lines + lines
    return lines


def _passage(cell: BlockCell, words: LeadWords) -> bool:
    """A cell no name can be: a passage of another column or a note under the table (too many
    words, or a sentence's full stop), or a page's number."""
    text = cell.text.strip()
    return not words.is_lead(cell) and (
        len(text.split()) > MAX_NAME_WORDS or text.endswith(".") or text.isdigit()
    )


def _behind_passages(order: list[BlockCell], k: int, words: LeadWords) -> int:
    """The cell the run's leads end on: the cell before its first date, or, where that is a
    passage (later rows' merged recommendations, a note under the table), the name printed
    straight before the passages."""
    j = k
    while j > 0 and _passage(order[j], words):
        j -= 1
    return j if j < k and words.is_lead(order[j]) else k


def _parts(run: list[CellRow], order: list[BlockCell], k: int, words: LeadWords) -> list[BlockCell] | None:
    """The run's leads from the cells before its first date (see the module's account): one cell
    for a lone row, else one line a row, in one cell or in as many one-line cells printed one
    under the other."""
    cell = order[k]
    if len(run) == 1:
        # (each line a name of its own: two rows' leads, or one wrapped, unproven; a line of one
        # word, "Partnership" / "Business Unit", is no name of its own but a lead's first line)
        return None if _names_apart(cell, words) else [cell]
    # (some leads wrapped: parted only where forced, the whole printed block before a cell of it)
    parted = parted_leads(_printed_block(order, k), len(run), words.ends_role, words.closes_name)
    if parted is not None:
        # (a block its words told as the lead column's keeps that telling for its parts)
        return [BlockCell("lead" if cell.kind == "lead" else "other", p) for p in parted]
    if len(cell.lines) == len(run):
        # (one line a row; a block its words told as the lead column's keeps that telling for
        # each line, "Quendale Homes" / "Memory Service", else each line is told by its words alone)
        return [BlockCell("lead" if cell.kind == "lead" else "other", [ln]) for ln in cell.lines]
    cells = order[k - len(run) + 1 : k + 1] if k + 1 >= len(run) else []
    numbers = [ln.number for c in cells for ln in c.lines]
    if len(numbers) == len(run) == len(cells) and numbers == list(range(numbers[0], numbers[0] + len(run))):
        return cells  # (each row's lead a one-line cell of its own, the cells one under the other)
    return None


def _banded(run: list[CellRow]) -> bool:
    """Each row of the run printed its status after its date, a band of lead, date and status;
    the run's last row may have printed none that was read (a status carried past the page's
    foot), its date closing the run."""
    statuses = [act.values.get("status") for act in run]
    if statuses[-1] is None:
        statuses, run = statuses[:-1], run[:-1]
    return all(s is not None and s.first > act.values["target_date"].first for s, act in zip(statuses, run))


def _named_between(order: list[BlockCell], start: int, end: int, given: set[int], words: LeadWords) -> bool:
    """A cell that reads as a name, read as no run's leads, printed between a run's last
    action and the cells read as its leads (the row's lead under the column's name, the cell
    before the date a running foot): which is the row's, the order does not say."""
    return any(
        start < c.first < end
        and c.kind != "action"
        and c.first not in given
        and words.is_lead(c)
        and not lone_head(c, words)
        for c in order
    )


def _page_leads(
    rows: list[CellRow],
    order: list[BlockCell],
    taken: set[int],
    words: LeadWords,
) -> list[tuple[CellRow, BlockCell]] | None:
    """(row, lead) for the dated rows of a page whose bands prove it, or None where one row's
    band does not (see the module's account)."""
    is_lead = words.is_lead
    runs = _runs(rows, order, is_lead)
    if runs is None:
        return None
    out: list[tuple[CellRow, BlockCell]] = []
    claimed: set[int] = set()  # (the cells read as some run's leads, given or left unread)
    behind = -1  # the last line of the row before's status: a lead printed before it is no later row's
    for run, before, joined in runs:
        k = _behind_passages(order, before, words)
        parts = _parts(run, order, k, words)
        first = parts[0].first if parts else order[k].first
        claimed.update(c.first for c in [order[k], *(parts or [])])
        if any(p.first in taken for p in parts or [order[k]]) or first <= behind:
            return None
        if any(first <= act.cell.lines[-1].number for act in run):
            return None  # (printed before the row's own action: the header's, or another row's)
        if not _banded(run):
            return None  # (no status after the date: not a band of lead, date and status)
        behind = max(
            v.lines[-1].number
            for act in run
            for v in (act.values.get("status"), act.values["target_date"])
            if v
        )
        headless = len(run) > 1 and parts is not None and lone_head(parts[0], words)
        named = parts[1:] if headless else parts
        if named and any(runs_on(p.text, "", words.ends_role) for p in named):
            continue  # (a name cut short, "Head of Learning and": those rows unread)
        if named is None or not all(is_lead(p) and not lone_head(p, words) for p in named):
            if joined or (len(run) == 1 and lone_head(order[k], words)):
                continue  # (a block of leads that does not part, a name's last word: those rows unread)
            return None
        if _named_between(order, run[-1].cell.lines[-1].number, first, claimed, words):
            return None  # (another name printed after the row's action: whose each is, unproven)
        # (a block opening on a name's last word alone: the first row's name, its first words
        # printed with the column's name, is left unread, the block's other rows read)
        out.extend((act, BlockCell("lead", p.lines)) for act, p in zip(run[len(run) - len(named) :], named))
    return out


def _rows_to_lead(rows: list[CellRow]) -> list[CellRow]:
    """The page's dated rows with no lead, to be led together. A row already led keeps its lead
    (its cells taken, so no other row's). A row with no date and no lead leaves the page unread
    unless its action prints after every value of the dated rows: a later part of the page,
    none of whose cells can be among the dated rows' bands."""
    dated = [act for act in rows if "target_date" in act.values and "lead" not in act.values]
    undated = [act for act in rows if "target_date" not in act.values and "lead" not in act.values]
    if not dated:
        return []
    last = max(ln.number for act in dated for v in act.values.values() for ln in v.lines)
    return [] if any(act.cell.first <= last for act in undated) else dated


def fill_leads_before_dates(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    names: Sequence[str | None],
    words: LeadWords,
) -> None:
    """Give each dated action with no lead the name printed straight before its date, page by
    page, where every dated row of the page with no lead reads so (see above). `names`: the columns the
    header names, in print order; `words`: how a lead is told."""
    if "lead" not in names or "target_date" not in names:
        return
    if names.index("lead") > names.index("target_date"):
        return
    order = [c for c in cells if c.kind != "name"]
    taken = taken_cells(actions) | {act.cell.first for act in actions}
    for page in dict.fromkeys(act.cell.page for act in actions):
        mine = _rows_to_lead([act for act in actions if act.cell.page == page])
        if not mine:
            continue  # (the page is read some other way)
        found = _page_leads(mine, order, taken, words)
        for act, lead in found or []:
            act.values["lead"] = lead
