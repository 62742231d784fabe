"""The action cells of a table plain pdftotext printed as column blocks (plan.column_blocks) and
the values paired with them: only where the printed order proves whose each is (a band shared
by a run, a status left behind by the run before, a tall rating printed late), and the refs
and recommendation numbers a table prints, paired in order where their counts agree."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from dhrparse.document import Line
from dhrparse.plan.action_bullets import MARK
from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell
from dhrparse.plan.recommendation_cells import OWN_NUMBER
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten

# a recommendation printed in a column-block table's merged recommendation cell: the plan's own
STATEMENT_IN_COLUMN = "statement_in_column"
WHOLE_CELL_STATEMENT = "whole_cell_statement"  # ... and its cell's whole text on one line
# a cell of such a table that no row took (a milestone, a value whose row the order leaves
# open): the plan reader accounts for it as unread, never as a note under an agency heading
UNPLACED_CELL = "unplaced_cell"
# an action column's cell set out as its row: an action even when it opens "Update ..." alone
ACTION_CELL = "action_cell"
MIN_OTHER_NAMES = 2  # names of other columns printed as blocks of their own near the action's
NEAR = 80  # lines around the action column's name searched for the other names
FIRST_COLUMNS = ("ref", "recommendation")  # the columns a plan prints left of its actions
MIN_UNSTOPPED = 3  # action cells without a full stop that show a table writes its actions so
STOPPED_SHARE = 4  # ... and at most one in this many ending a sentence: those are other columns' cells
CELL_ASKS_WITHIN = 4  # lines under a numbered cell's first within which it asks someone to act
HEADER_ABOVE = 12  # printed lines above the action column's name where names of columns left of it sit
MIN_CODED = 2  # action cells opening with their code that show a table codes its actions
MIN_RUNS = 0.25  # share of the table's blocks that run over more than one line
# ... or share of its printed lines that stand in such blocks: a table whose rows print their
# short cells (a one-line lead, date, timescale, status or flag) each a block of its own has
# many one-line blocks, but its long columns still print as runs holding most of its lines
MIN_RUN_LINES = 0.33
# an action's own code in a ref column: a recommendation's number and the action's letter or
# number under it ("1a", "2.1", "P3.2"); a recommendation's own number ("3", "R2") names no action
ACTION_CODE = regex.compile(r"\(?[A-Z]{0,4}\d{1,2}(?:\.\d{1,2}|\(?[a-z]\)?)\)?")
BARE = regex.compile(r"\(?[A-Z]{0,4}\d{1,2}\)?")  # a recommendation's own number ("3", "R3")
_NUMBER = regex.compile(r"\d{1,2}")
_LETTERED = regex.compile(
    r"(?P<letter>[A-Z])(?P<n>\d{1,2})"
)  # "B1": lettered recommendation B's first action
# a recommendation cell's own number at its head, its stop lost or never printed ("2 Police ...")
HEAD_NUMBER = regex.compile(r"^\(?(?P<n>\d{1,2})[.)]?\s+(?=\p{Lu})")
LOWER = regex.compile(r"\p{Ll}")  # a lower-case letter: words, not a code alone
# a recommendation cell labelled by plan.recommendation_cells ("Recommendation 3: The Board ...")
_STATEMENT_NUMBER = regex.compile(r"^Recommendation (?P<n>\d{1,2}): ")


def ref_text(ln: Line) -> str:
    return flatten(ln.text).strip().rstrip(".:")


def parent(code: str) -> str:
    """The recommendation's number in an action's code or a bare number ("2b" -> "2", "R3" -> "3")."""
    found = _NUMBER.search(code)
    return found.group() if found else code


@dataclass
class Action:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)
    ref: str = ""


def values_after_run(after: list[BlockCell], n: int) -> dict[str, list[BlockCell]]:
    """Of the cells printed after a run of n actions, each kind that has as many as the run,
    a cell that may be a date or a status counted where it makes the numbers agree."""
    kinds = {kind: [c for c in after if c.kind == kind] for kind in FIELDS}
    either = [c for c in after if c.kind == EITHER]
    for kind, other in (("status", "target_date"), ("target_date", "status")):
        if either and len(kinds[other]) == n and len(kinds[kind]) + len(either) == n:
            kinds[kind] = sorted(kinds[kind] + either, key=lambda c: c.lines[0].number)
            either = []
    return {kind: cells for kind, cells in kinds.items() if len(cells) == n}


def parted_blocks(lines: list[Line], start: int, end: int) -> list[list[Line]]:
    """The lines from start to end parted where a blank line (a gap in the numbers) falls."""
    out: list[list[Line]] = []
    for ln in lines[start:end]:
        if out and ln.number == out[-1][-1].number + 1:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def without_stopped_sentences(actions: list[Action]) -> list[Action]:
    """A table whose action cells are written without a full stop ("Audit 30 cases for capacity
    recording"): a lone cell read as an action that ends a sentence ("Pilot running in two
    localities.") is another column's, a progress note or commentary, and makes no row."""
    stopped = [a for a in actions if SENTENCE_END.search(a.cell.text)]
    if len(actions) - len(stopped) < MIN_UNSTOPPED or len(stopped) * STOPPED_SHARE > len(actions):
        return actions
    return [a for a in actions if a not in stopped]


def status_left_behind(before: list[BlockCell] | None, after: list[BlockCell]) -> bool:
    """The run before this one, on its page, printed its lead or target date but no status
    (`before`: its cells), while this run's cells hold statuses: a tall status cell (a rating
    with its reason wrapped over several lines, "Red - waits for the supplier's next release ...") is
    printed after the next rows' shorter cells, so the first status after this run may be the
    run before's, printed late, and a count that agrees with this run's actions proves nothing.
    No status is given then."""
    if not before or any(c.kind in ("status", EITHER) for c in before):
        return False
    if not any(c.kind in ("lead", "target_date") for c in before):
        return False  # (the run before printed no cells of its own: nothing says what it left out)
    return any(c.kind in ("status", EITHER) for c in after)


def shared_band(run: list[Action], mine: list[BlockCell]) -> dict[str, list[BlockCell]]:
    """Field -> the run's values, where its actions are the paragraphs of one action cell: a
    Home Office plan sets a recommendation's actions as paragraphs of one cell beside one lead,
    one target date and one outcome, and pdftotext prints the paragraphs as one block, then the
    row's band. Read so only where the actions are one printed block (no blank line between
    them) and the cells printed after them hold one lead, at most one target date and one
    status, no cell that may be a date or a status and no column's name: rows of their own
    would print a lead each."""
    if len(run) < 2 or any(b.cell.first != a.cell.lines[-1].number + 1 for a, b in zip(run, run[1:])):
        return {}
    kinds = [c.kind for c in mine]
    if "name" in kinds or EITHER in kinds or "action" in kinds:
        return {}
    if kinds.count("lead") != 1 or kinds.count("status") != 1 or kinds.count("target_date") > 1:
        return {}
    found = {}
    for field_name in FIELDS:
        cell = next((c for c in mine if c.kind == field_name), None)
        if cell is not None:
            found[field_name] = [cell] * len(run)
    if "target_date" in found and found["target_date"][0].first > found["status"][0].first:
        return {}  # (a date printed after the status: another row's)
    return found


def one_cell_actions(actions: list[Action], shared: list[list[Action]]) -> list[Action]:
    """The actions, each run of bullets of one action cell (`shared`, as `_shared_band` read
    them: one block beside the row's one lead, date and status) made one action, its bullets in
    order: an action is one row of the plan's table, its bullets the steps of that action."""
    first = {id(run[0]): run for run in shared}
    inside = {id(a) for run in shared for a in run[1:]}
    out = []
    for act in actions:
        if id(act) in inside:
            continue
        run = first.get(id(act))
        if run is not None:
            # (each bullet marked as the PDF prints it, its glyph printed apart: "• Agree ... • Name ...")
            marked = [
                ln if k else replace(ln, text=f"{MARK} {ln.text}")
                for a in run
                for k, ln in enumerate(a.cell.lines)
            ]
            act = Action(BlockCell("action", marked), act.values, act.ref)
        out.append(act)
    return out


def late_status(
    before_run: list[Action], before: list[BlockCell], run: list[Action], mine: list[BlockCell]
) -> tuple[BlockCell, list[BlockCell]] | None:
    """(the run before's status, this run's cells without it), where the run before printed
    its one lead and target date but no status, and this run's cells hold its own lead and
    date, then two statuses: a tall status cell ("Red - waits for the supplier's next release ...") is
    printed after the next row's shorter cells, and the status column still prints its cells
    down the page, so of the two the first is the run before's and the second this run's.
    Only where both runs read as one Home Office action cell each (plan.column_blocks
    `_shared_band`) and nothing else (a name, a cell that may be a date) stands between."""
    if not before_run or any("status" in a.values for a in before_run):
        return None
    before_kinds = [c.kind for c in before]
    if before_kinds.count("lead") != 1 or any(
        k in before_kinds for k in ("status", EITHER, "name", "action")
    ):
        return None
    statuses = [c for c in mine if c.kind == "status"]
    if len(statuses) != 2:
        return None
    own = [c for c in mine if c.kind in ("lead", "target_date")]
    if any(c.first > statuses[0].first for c in own):
        return None  # (a lead or date printed after a status: the order is not the bands')
    rest = [c for c in mine if c is not statuses[0]]
    if not shared_band(run, rest) or not shared_band(before_run, [*before, statuses[0]]):
        return None
    return statuses[0], rest


def band_before(run: list[Action], lead_in: list[BlockCell]) -> dict[str, list[BlockCell]]:
    """Field -> the run's values, where a page of the table holds one row whose lead, target
    date and status pdftotext printed under the header, before the row's action cell (a short
    action cell beside a taller band prints after it): the run is the page's only one and
    printed nothing of its own after it, and the cells between the header's names and the run
    are one lead, at most one date and one status, in the columns' order. A second lead or
    status, or a cell that may be a date or a status, and they are not read."""
    page = run[0].cell.page
    if any(c.page != page for c in lead_in):
        return {}
    kinds = [c.kind for c in lead_in]
    if EITHER in kinds or "action" in kinds or "name" in kinds:
        return {}
    if kinds.count("lead") != 1 or kinds.count("status") != 1 or kinds.count("target_date") > 1:
        return {}
    cell = {kind: next(c for c in lead_in if c.kind == kind) for kind in FIELDS if kind in kinds}
    if cell["lead"].first > cell["status"].first or (
        "target_date" in cell and not cell["lead"].first < cell["target_date"].first < cell["status"].first
    ):
        return {}  # (out of the columns' order: not one row's band)
    return {kind: [c] * len(run) for kind, c in cell.items()}


def only_recommendation(
    actions: list[Action], recs: dict[int, Line], lines: list[Line], codes: list[str]
) -> None:
    """Where the table's recommendation column holds one numbered recommendation, printed before
    every action cell (a Home Office plan whose review made a single recommendation: one row,
    its number in its cell, "1. The Council should ..."), every action answers it: each takes its
    number as the row's ref, as the PDF's row does. Not where any action has a ref of its own,
    or the table holds two recommendations or more, or prints another number (a code, a line
    opening "2. ..."): the printed order does not say whose an action is."""
    statements = [ln for ln in recs.values() if ln.hint == WHOLE_CELL_STATEMENT]
    if len(statements) != 1 or not actions or any(a.ref for a in actions):
        return
    found = _STATEMENT_NUMBER.match(statements[0].text)
    if found is None or any(a.cell.first < statements[0].number for a in actions):
        return
    number = found.group("n")
    if any(parent(code) != number for code in codes) or any(
        (m := OWN_NUMBER.match(flatten(ln.text).strip())) and m.group("n") != number for ln in lines
    ):
        return
    for act in actions:
        act.ref = number


def pair_row_numbers(actions: list[Action], codes: list[BlockCell]) -> None:
    """A plan giving each recommendation a single row, printed row after row (plan.row_runs): the number
    column's bare numbers ("1", "2", ...) are each printed before their row's cells, so the k-th
    number, printed between the (k-1)-th action and the k-th, is the k-th row's. Read so only
    where the numbers printed before the last action are exactly as many as the actions, count
    up by one and each falls between its action and the one before (a page number printed
    among them breaks the count or the order), and no action has a ref yet."""
    if not actions or any(a.ref for a in actions):
        return
    last = actions[-1].cell.first
    numbers = [c for c in codes if c.first < last and _NUMBER.fullmatch(ref_text(c.lines[0]))]
    if len(numbers) != len(actions) or any(len(c.lines) != 1 for c in numbers):
        return
    values = [int(ref_text(c.lines[0])) for c in numbers]
    if values != list(range(values[0], values[0] + len(values))):
        return
    for k, (number, act) in enumerate(zip(numbers, actions)):
        if not number.first < act.cell.first or k and not actions[k - 1].cell.first < number.first:
            return
    for number, act in zip(numbers, actions):
        act.ref = ref_text(number.lines[0])


def lettered_codes(printed: list[str]) -> list[str]:
    """The ref column's codes where they number each lettered recommendation's actions ("A1",
    "A2", "A3", "B1": the recommendation's letter, the action's number counting from 1 again
    under each new letter, two letters at least); empty otherwise (a single prefix counting
    on, "R1", "R2", numbers recommendations)."""
    codes = [c.strip() for c in printed]
    found = [_LETTERED.fullmatch(c) for c in codes]
    if not codes or not all(found):
        return []
    letters: list[str] = []
    last = 0
    for m in found:
        letter, n = m.group("letter"), int(m.group("n"))
        if letters and letter == letters[-1]:
            if n != last + 1:
                return []
        elif letter in letters or n != 1:
            return []
        else:
            letters.append(letter)
        last = n
    return codes if len(letters) > 1 else []


def numbered_in_order(cells: list[list[Line]], printed: list[str]) -> dict[int, Line]:
    """Line number -> the line rewritten, for recommendation cells of a table whose numbers
    print apart from them: the k-th cell is recommendation k where the numbers the table prints
    (its refs, its actions' codes "1a", a number at a cell's head "2 Police to ...") are
    1 to the number of cells (the first may print above, in the header's block), every one of
    them, and no cell's own number says otherwise. The cell's
    first line becomes its statement, its other lines map to themselves (printed empty)."""
    own = [HEAD_NUMBER.match(flatten(c[0].text).strip()) for c in cells]
    found = {parent(p) for p in printed if ACTION_CODE.fullmatch(p) or BARE.fullmatch(p)}
    found.update(m.group("n") for m in own if m)
    wanted = {str(n) for n in range(1, len(cells) + 1)}
    # (the first row's number may print in the header's block, above the table as read)
    if (
        not cells
        or not wanted - {"1"} <= found <= wanted
        or any(m and m.group("n") != str(k) for k, m in enumerate(own, 1))
    ):
        return {}
    out: dict[int, Line] = {}
    for k, cell in enumerate(cells, 1):
        text = HEAD_NUMBER.sub("", " ".join(flatten(ln.text).strip() for ln in cell), count=1)
        out[cell[0].number] = replace(cell[0], text=f"Recommendation {k}: {text}", hint=WHOLE_CELL_STATEMENT)
        out.update((ln.number, ln) for ln in cell[1:])
    return out
