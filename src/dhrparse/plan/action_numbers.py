"""An action's own number printed in a second number column.

A plan may number each recommendation and, further along the row, each of its actions: "Rec |
Recommendation | Ref | Action | ...", rows "1 | <text> | 1.1 | ..." and "(merged) | 1.2 | ...".
Both headers name a number, so the header map gives the first the row ref and keeps the second
as an extra cell. The second column, printed after the recommendation, is the action's own
number: it becomes the row ref, and the first the recommendation's.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.tables import ColumnMap, PlanTable
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.refs import display_ref


def action_number_header(table: PlanTable, cm: ColumnMap) -> str | None:
    """The printed header of a second number column after the recommendation's, if any."""
    cols = table.columns
    if "ref" not in cols or "recommendation" not in cols or len(table.headers) != len(cols):
        return None
    after = cols.index("recommendation")
    for k, (header, column) in enumerate(zip(table.headers, cols)):
        if k > after and column.startswith("extra:") and cm.field_of(flatten(header)) == "ref":
            return column[6:]
    return None


def own_numbers(tables: list[PlanTable], cm: ColumnMap, vocab: PlanVocabulary) -> None:
    """Rows whose second number column holds a number take it as their ref."""
    for table in tables:
        header = action_number_header(table, cm)
        if header is None:
            continue
        for row in table.rows:
            own = " ".join(flatten(row.extra.get(header) or "").split())
            m = vocab.own_number.match(own) if own else None
            if m is None:
                continue
            if row.ref:
                row.recommendation_ref = display_ref(row.ref)
            row.ref = m.group("ref").rstrip(".")
            del row.extra[header]


def paired_numbers(tables: list[PlanTable], p: Patterns) -> None:
    """Rows whose action cell opens with the row's recommendation number and the action's own
    ("R1 A1", then the action's words): a plan numbering each action within its recommendation
    at the head of the action's cell, not in a column of its own. The pair is the row's ref, the
    first number its recommendation's, and the cell keeps the action's words."""
    head = regex.compile(
        rf"^\s*(?P<rec>\S+)\s+(?P<act>{_unanchored(p.get('actions.tracker.action_number', ''))})\s+(?P<rest>\S.*)$",
        regex.S,
    )
    for table in tables:
        for row in table.rows:
            text = row.cells.get("action")
            if not text or not row.ref:
                continue
            m = head.match(text)
            if m is None or display_ref(m.group("rec")) != display_ref(row.ref):
                continue
            row.recommendation_ref = display_ref(row.ref)
            row.ref = f"{m.group('rec')} {m.group('act')}"
            row.cells["action"] = m.group("rest").strip()


def _unanchored(form: str) -> str:
    """The whole-word pattern without its anchors ("^A\\d{1,2}$" as "A\\d{1,2}"); a never-matching one if none."""
    form = form.removeprefix("^").removesuffix("$")
    return form or "(?!x)x"
