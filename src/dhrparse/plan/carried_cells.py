"""A column-block cell carried over a page break, with the next row's action printed under it.

Plain pdftotext prints a Word table's action column a page at a time: where a row's action
cell breaks over the page, its last lines open the next page's action block in lower case
("committee each quarter"), and the next row's action follows in the same block ("Review the
housing application process ..."). Read as one cell, that block is no action (it opens in
lower case), so its row is lost and the page counts one row fewer than it prints: the page's
statuses, paired with its rows by their count (plan.column_order), then go to the wrong rows.
The carried lines are the row before's; the block's action opens where a line opens an action
after a line that did not break off on a joining word. (A carried tail printed as a block of its
own, its action opening the next page's block, is joined to its cell by plan.carried_actions.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.document import Line
from dhrparse.plan.lead_wraps import next_word_fits
from dhrparse.plan.wrapping import JOINING_WORDS, SENTENCE_END
from dhrparse.prepare.markup import flatten

MAX_CARRIED_LINES = 8  # a cell's tail carried past the page: the rest of its sentence


def carries(line: str) -> bool:
    """A printed line breaks off where its sentence carries on: on a joining word, a comma, a dash."""
    return not line or line.split()[-1].lower() in JOINING_WORDS or line.endswith((",", "–", "-"))


def carried_lines(body: Sequence[Line], opens_action: Callable[[Line, list[Line]], bool]) -> int:
    """How many lines open the block as the tail of a cell carried over from the page before,
    an action opening straight after them; 0 where the block is no such thing.

    >>> from dhrparse.document import Line
    >>> lines = [Line(n, t) for n, t in enumerate(["committee each quarter", "Review the process", "and add a prompt"])]
    >>> carried_lines(lines, lambda ln, after: ln.text.startswith("Review"))
    1
    >>> carried_lines(lines[1:], lambda ln, after: True)
    0
    >>> tail = [Line(n, t) for n, t in enumerate(["of hoarding.", "The Board should ask", "Care to issue"])]
    >>> carried_lines(tail, lambda ln, after: ln.text.startswith("Care"))
    0
    """
    texts = [flatten(ln.text).strip() for ln in body]
    if not texts or not texts[0][:1].islower():
        return 0
    for k in range(1, min(len(texts), MAX_CARRIED_LINES + 1)):
        if (
            carries(texts[k - 1])
            and not next_word_fits(texts[k - 1], texts[k], texts)
            or not texts[k][:1].isupper()
        ):
            continue  # (the carried sentence goes on: a line that had room for the next word ended it)
        # the first line opening anew is the next cell's: an action, or the block is no such thing
        # ("... because of hoarding." / "The Board should ask the": a recommendation's cell)
        return k if opens_action(body[k], list(body[k + 1 : k + 2])) else 0
    return 0


def within_band(mine: Sequence, is_scope: Callable[[object], bool], scope_left: bool) -> list:
    """The cells printed after a run of actions that can be its rows': those before the next
    recommendation's Scope cell. The Home Office template's Scope column stands left of the
    action column, its cell merged down the recommendation's rows and printed at its top, so a
    scope printed after a run opens the next recommendation's band: a lead printed after it is a
    later row's ("National" / action / "Local" / a lead: that lead is no row's of the run).
    `scope_left`: the table printed a scope before its first action (Scope left of Action)."""
    if not scope_left:
        return list(mine)
    cut = next((k for k, cell in enumerate(mine) if is_scope(cell)), len(mine))
    return list(mine[:cut])


def unstopped_runs(lines: list[Line], opens_action: Callable[[Line, list[Line]], bool]) -> list[list[Line]]:
    """A cell's lines carrying no full stop parted into the cells run together in them: a new
    cell where an action's opening words ("Supervisors to review ...", "Introduce ...") start a
    line after a line that did not break on a joining word. A line breaking on a joining word
    carries on only where the next line's first word would not have fitted on it ("... who
    knew him have moved on" / "Report to the Board ...": a short line ended its cell)."""
    texts = [flatten(ln.text).strip() for ln in lines]
    if len(texts) < 2 or any(SENTENCE_END.search(t) for t in texts):
        return [lines]
    runs: list[list[Line]] = []
    for k, ln in enumerate(lines):
        carried = k and carries(texts[k - 1]) and not next_word_fits(texts[k - 1], texts[k], texts)
        if not runs or not carried and opens_action(ln, lines[k + 1 : k + 2]):
            runs.append([ln])
        else:
            runs[-1].append(ln)
    return runs
