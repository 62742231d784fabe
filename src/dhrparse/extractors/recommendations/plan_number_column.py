"""A plan whose recommendation numbers sit in a narrow first column with no header (the Home
Office template's variant), printed by plain pdftotext column by column: on each page the
numbers come first, one a line under the repeated "Recommendation" header ("4", "5", "6", "7"),
then the recommendation cells in the same order. The plan's reader finds the cells but not the
numbers; a page's unnumbered statements take the numbers printed above them on that page when
there are as many, counting up by one (a lone number continues the pages before it)."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation

_NUMBER_LINE = re.compile(r"^\s*(\d{1,2})\s*$")
_REACH = 30  # lines above a page's first statement searched for its numbers


def number_from_column(r: Reading, plan: list[Recommendation]) -> list[Recommendation]:
    """`plan`, each page's run of unnumbered statements given the numbers printed above it."""
    numbered: dict[int, str] = {}  # statement's place in `plan` -> its number
    last = 0
    for run in _page_runs(plan):
        numbers = _numbers_above(r, run[0][1])
        tail = numbers[-len(run) :] if len(numbers) >= len(run) else []
        if not tail or tail != list(range(tail[0], tail[0] + len(run))):
            continue
        if len(run) == 1 and tail[0] != last + 1:
            continue  # a lone number is as likely a page number, unless it carries the count on
        for (k, _), n in zip(run, tail, strict=True):
            numbered[k] = str(n)
        last = tail[-1]
    return [s.model_copy(update={"ref": numbered[k]}) if k in numbered else s for k, s in enumerate(plan)]


def _page_runs(plan: list[Recommendation]) -> list[list[tuple[int, Recommendation]]]:
    """Runs of unnumbered statements on one page, each statement with its place in `plan`."""
    runs: list[list[tuple[int, Recommendation]]] = []
    for k, stmt in enumerate(plan):
        if stmt.ref is not None or stmt.location.page is None:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1][1].location.page == stmt.location.page:
            runs[-1].append((k, stmt))
        else:
            runs.append([(k, stmt)])
    return [run for run in runs if run]


def _numbers_above(r: Reading, stmt: Recommendation) -> list[int]:
    """The lone numbers on the statement's page in the lines above it, top to bottom."""
    first, page = stmt.location.line_start, stmt.location.page
    out = []
    for n in range(max(1, first - _REACH), first):
        ln = r.lines.get(n)
        if ln is None or ln.page != page:
            continue
        m = _NUMBER_LINE.match(ln.raw or ln.text or "")
        if m:
            out.append(int(m.group(1)))
    return out
