"""The leads of a run of column-block actions (plan.column_blocks) printed together as one block
of wrapped names, parted one lead a row.

Where a Word table's lead cells are short and stand close, plain pdftotext prints the run's
lead column as one block straight after its name, a line after another with no blank line
between, some leads wrapped over two or three lines:

    Lead
    SAB Practice
    Subgroup
    Corvendale
    Commissioning
    Team

A block of one column's cells printed together is the rows' cells top to bottom
(plan.value_blocks), so the block is the run's leads in row order where its lines part into
exactly as many leads as the run has actions, the parting forced by the lines themselves
(plan.lead_wraps.parted_leads: where a line runs on, where the next line's first word would
have fitted, where a name closes). Read only where

- the run's lead cells are that one printed block and nothing else: a lead printed apart from
  it may be one of the run's rows', so the block's count would prove nothing;
- the run is the table's first after its header, or no column's name prints among its cells
  (else the cells under a name are the first row's, plan.value_blocks);
- each part reads as a body's or a role's name, and none is a name's last word alone
  ("Coordinator": its first words printed with the column's name, "Lead officer" /
  "Partnership", so the row's lead is not whole in the block).

Where the rows' lead cells printed as two blocks, the first straight under the column's name
(pdftotext joins a name and the cell below it only when they stand a line apart: the first
rows' leads) and the other later, among the rows' other cells ("Principal Social" / "Worker" /
"Fire Service" / "Prevention Manager"), the first block is the first rows' leads and the other
the rest, in row order. Read only where

- the run is the table's first after its header (the cells under the name are then its first rows');
- besides the block under the name, exactly one of the cells printed after the run parts into
  names at all (any other name printed there may be one of the rows' leads, and then neither
  block's count proves whose each is);
- exactly one count for each block, the first's and the other's, makes the run's number of
  rows, each block's parting forced by its lines (plan.lead_wraps.partings), every part a body's
  or a role's name and none a name's last word alone; and, the later block's count being only
  what the first leaves, each of its parts ends on a word a name ends on ("Manager", "Council",
  "Subgroup"; "Thornmere Council" / "Housing" parted after "Council" leaves "Housing" alone).

Else the run keeps no leads (a lead paired by guess is worse than none).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.lead_bands import LeadWords, lone_head
from dhrparse.plan.lead_wraps import parted_leads, partings
from dhrparse.plan.value_blocks import printed_groups, under_name


def _lead_block(after: Sequence[BlockCell]) -> list[BlockCell] | None:
    """The run's lead cells where they are one printed block, else None."""
    groups = printed_groups(after, ("lead",))
    return groups[0] if len(groups) == 1 else None


def block_leads(
    after: Sequence[BlockCell], rows: int, first: bool, words: LeadWords
) -> list[BlockCell] | None:
    """The run's `rows` leads in row order, parted from the one block of leads printed after it
    (`after`: the cells printed after the run, on its page; `first`: the run is the table's
    first), or None where the block does not prove them (see the module's account)."""
    if rows < 2 or (not first and any(c.kind == "name" for c in after)):
        return None
    block = _lead_block(after)
    leads = None if block is None else _one_block(block, rows, words)
    if leads is None:
        leads = _banded_leads(after, rows, words)
    return leads if leads is not None or not first else _two_blocks(after, rows, words)


def _one_block(block: list[BlockCell], rows: int, words: LeadWords) -> list[BlockCell] | None:
    """The `rows` leads parted from the run's one printed block of leads, every part a name."""
    parted = parted_leads([ln for c in block for ln in c.lines], rows, words.ends_role, words.closes_name)
    if parted is None:
        return None
    leads = [BlockCell("lead", part) for part in parted]
    return leads if all(words.is_lead(lead) and not lone_head(lead, words) for lead in leads) else None


def name_parts(
    cell: BlockCell, words: LeadWords, closing: bool = False, whole_first: bool = False
) -> dict[int, list[BlockCell]]:
    """Each number of leads the cell's lines part into, every part a name (plan.lead_wraps);
    `closing`: every part also ends on a word a name ends on ("Manager", "Subgroup"; not "Housing");
    `whole_first`: the cell prints under no column's name, so opens on no name's last word alone."""
    found = {}
    for count, parts in partings(cell.lines, words.ends_role, words.closes_name, whole_first).items():
        leads = [BlockCell("other", part) for part in parts]  # (told by their words, not their kind)
        if all(words.is_lead(lead) and not lone_head(lead, words) for lead in leads) and (
            not closing or all(words.closes_name(lead.text) for lead in leads)
        ):
            found[count] = [BlockCell("lead", part) for part in parts]
    return found


def _two_blocks(after: Sequence[BlockCell], rows: int, words: LeadWords) -> list[BlockCell] | None:
    """The run's leads from the block under the lead column's name and the one other block of
    names printed after the run, where one count for each makes the rows (see the module's account)."""
    under = [c for c in after if c.kind == "lead" and under_name(c, after)]
    if len(under) != 1:
        return None
    others = [c for c in after if c is not under[0] and c.kind in ("lead", "other") and name_parts(c, words)]
    if len(others) != 1:
        return None  # (no other block of names, or more than one: whose each is, unproven)
    first, later = name_parts(under[0], words), name_parts(others[0], words, closing=True)
    pairs = [(first[k], later[rows - k]) for k in first if rows - k in later]
    return [*pairs[0][0], *pairs[0][1]] if len(pairs) == 1 else None


def _banded_leads(after: Sequence[BlockCell], rows: int, words: LeadWords) -> list[BlockCell] | None:
    """The run's leads where each row printed its lead and straight after it its date, a band a
    row (its status or note after them, or later), but for neighbouring rows whose leads stood
    close and printed as one block before the first one's date (the other's date printed
    apart): exactly one count for each block makes the run's number of rows, every part a
    name. The leads then come in row order; the dates, one row's printed elsewhere, prove
    nothing and are left."""
    if any(c.kind == "name" for c in after):
        return None  # (a column's name among them: the cells under it are the first row's)
    leads = [c for c in after if c.kind == "lead"]
    dated = [
        k + 1 < len(after) and after[k + 1].kind == "target_date"
        for k, c in enumerate(after)
        if c.kind == "lead"
    ]
    if not leads or len(leads) >= rows or not all(dated):
        return None
    # (a one-line cell told a lead by its words, "Inpatient Matron", is one row's lead)
    counts = [name_parts(c, words) or ({1: [c]} if len(c.lines) == 1 else {}) for c in leads]
    found: list[list[BlockCell]] = []
    for choice in product(*(sorted(c) for c in counts)):
        if sum(choice) == rows:
            found.append([lead for c, k in zip(counts, choice) for lead in c[k]])
    return found[0] if len(found) == 1 else None
