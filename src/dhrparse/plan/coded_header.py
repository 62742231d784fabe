"""A narrower plan's header read in plain text where the table's words alone mislead the column
map (plan.narrow_rows): an "Action" column that only numbers the actions, "A1" .. "A9", with the
action's words under a name too common to name the action everywhere beside it ("Rec | Action |
What will be done | Lead ..."); a name wrapped in its cell, its last word printed on the line
below the header ("Review" over "date"); and a recommendation's number merged down its actions'
rows and printed in brackets ("(1) A1 Add ...", then "A2 Audit ...").

Plain text keeps no cells, so the printed header and the rows' openings decide together: the
codes opening the rows are the refs, the column of prose the action (plan.coded_actions reads the
same form from a table's cells)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.tables import header_form

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MAX_TAIL = 2  # the most words of a header name's wrapped end on the line below ("date")
# a recommendation's number in brackets opening a row's first line, an action's code after it
_BRACKETED = regex.compile(r"^\((?P<number>\d{1,2})\)\s+(?=\S)")


def coded_columns(cm: ColumnMap, p: Patterns, header: str, cols: list[str]) -> list[str]:
    """`cols` with an "Action" name printed straight before a name too common to name the action
    everywhere ("Action What will be done") read as the ref column, and that name as the action's."""
    if "ref" in cols or cols.count("action") != 1:
        return cols
    form = header_form(header)
    checked = tuple(header_form(n) for n in p.list("actions.cell_checked_action_names"))
    for m in cm.name_search.finditer(form):
        if cm.field_of(m.group(0)) == "action" and form[m.end() :].strip().startswith(checked):
            k = cols.index("action")
            return [*cols[:k], "ref", "action", *cols[k + 1 :]]
    return cols


def wrapped_names(cm: ColumnMap, header: str, below: list[list[str]], cols: list[str], known) -> list[str]:
    """`cols` with one name completed by the word or two the header wraps onto the line below
    ("Review" over "date": the review date's column, not the column naming each row's review):
    the one name whose field the words change into a field the reader cuts (`known`)."""
    tail = [w for words in below for w in words]
    if not tail or len(tail) > MAX_TAIL or any(len(words) > MAX_TAIL for words in below):
        return cols
    form = header_form(header)
    text = " ".join(tail)
    changed = []
    for m in cm.name_search.finditer(form):
        scanned = cm.scan(f"{form[: m.end()]} {text}{form[m.end() :]}")
        moved = [k for k, (a, b) in enumerate(zip(cols, scanned)) if a != b]
        if (
            len(scanned) == len(cols)
            and len(moved) == 1
            and cols[moved[0]] not in known
            and scanned[moved[0]] in known
        ):
            changed.append(scanned)
    return changed[0] if len(changed) == 1 else cols


def bracketed_numbers(texts: list[str], starts_code) -> list[str]:
    """Each line opening with a recommendation's number in brackets before an action's code
    ("(1) A1 Add ...") printed with the bare number, so the pair opens the row as "R2 2.1" does."""
    out = []
    for text in texts:
        m = _BRACKETED.match(text)
        rest = text[m.end() :].split() if m else []
        if m and rest and starts_code(rest[0]):
            text = f"{m.group('number')} {text[m.end() :]}"
        out.append(text)
    return out
