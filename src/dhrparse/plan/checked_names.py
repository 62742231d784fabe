"""A column's name too common to name its column everywhere, heading a block of a table plain
pdftotext printed a column at a time (plan.column_blocks): "What will be done" (patterns'
`actions.cell_checked_action_names`) heads the action column, "Who" (`actions.who_headers`) the
lead's, only over a first cell of that column's shape:

- an action's, a sentence's opening of some words with a capital, no date and no status word;
- a lead's, a short name of a body or role: its words mostly capitalised, no figure, no date,
  no status word and no sentence ended.

Anywhere else the name is a label or a question ("What will be done:" opening a labelled block)
and names no column."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.tables import header_form
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.plan.column_roles import ColumnRoles

MIN_OPENING_WORDS = 3  # an action's first line ("Brief all officers"): fewer are a label's
MAX_NAME_WORDS = 6  # a lead's first line ("School Nursing Team Leader")


class CheckedNames:
    def __init__(self, roles: ColumnRoles, capitalised: Callable[[str], bool]):
        """`capitalised`: the block reader's test of a name's words (most of them capitalised)."""
        self.roles, self.capitalised = roles, capitalised
        p = roles.p
        self.actions = {header_form(n) for n in p.list("actions.cell_checked_action_names")}
        self.who = {header_form(n) for n in p.list("actions.who_headers")}

    def name(self, block: list[Line]) -> tuple[str | None, int]:
        """(field, 1) where the block's first line is such a name alone over a first cell of its
        column's shape; else (None, 0)."""
        if len(block) < 2 or block[1].cells is not None:
            return None, 0
        name = header_form(block[0].text).strip(" :")
        first = " ".join(flatten(block[1].text).split())
        if not first or find_dates(first) or self.roles.is_status(first):
            return None, 0
        if name in self.actions and self._action_opening(first):
            return "action", 1
        if name in self.who and self._body_name(first):
            return "lead", 1
        return None, 0

    def _action_opening(self, text: str) -> bool:
        return text[:1].isupper() and len(text.split()) >= MIN_OPENING_WORDS

    def _body_name(self, text: str) -> bool:
        return (
            len(text.split()) <= MAX_NAME_WORDS
            and self.capitalised(text)
            and not any(ch.isdigit() for ch in text)
            and not SENTENCE_END.search(text)
        )
