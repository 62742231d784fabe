"""A plan whose recommendations are lettered ("A." - "D." in the report) names each action's
recommendation by its letter alone in the plan's ref column ("For | What we will do | ..."):
"A", "C", and "B(i)" for a part of a lettered recommendation (patterns' cell_code reads that).

A lone capital letter is a RAG colour or a flag in other columns, so it is a ref only in a
column whose header names it the ref column, and only in a table of cells (PDF / Word), where
the cell is known to be that column's."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns


def _lettered(p: Patterns) -> regex.Pattern:
    return regex.compile(p.get("actions.plan.lettered_ref_cell", "(?!x)x"))


def lettered_ref(cell: str, p: Patterns) -> str | None:
    """The recommendation's letter a named ref column's cell holds alone ("B", "C."), or None."""
    m = p.derived("plan.lettered_ref_cell", _lettered).match(cell)
    return m.group("ref") if m else None


def lettered_recommendation(ref: str | None, recommendations: list) -> str | None:
    """The report's recommendation an action lettered alone ("C") serves: the one recommendation
    the document letters so ("C." in the report). A plan that letters its recommendations names
    the recommendation, not an action number, in its ref column."""
    if not ref or len(ref) != 1 or not ref.isalpha():
        return None
    alike = {rec.ref for rec in recommendations if rec.ref and rec.ref.lower() == ref.lower()}
    return alike.pop() if len(alike) == 1 else None
