"""A narrower plan's columns as its printed header names them: the rewrites each family's
header asks of the columns the widths gave, in the order they are tried (plan.narrow_rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.done_columns import with_done_column
from dhrparse.plan.header_bands import due_between
from dhrparse.plan.lettered_rows import lettered_columns
from dhrparse.plan.slashed_names import slashed_columns
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.who_columns import with_agency_column, with_closing_extra, with_who_columns

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap


def printed_columns(cm: ColumnMap, p: Patterns, who, header: str, cols: list[str]) -> list[str]:
    """`cols` as `header` (the printed header line, flattened) names them: two names a slash
    joins head one column ("Progress / RAG"), a "By" after the lead's name (plan.header_bands),
    a Who column, the agency's column beside its officer's ("Lead agency Lead officer"), a "Date
    signed off" column, the lone "Who" of a lettered plan."""
    cols = slashed_columns(cm, header, cols)
    cols = due_between(cm, header, cols, PlanVocabulary.of(p).closing_target_names)
    cols = with_who_columns(cm, who, header, cols)
    cols = with_agency_column(cm, who, header, cols)
    cols = with_closing_extra(cm, header, cols)
    cols = with_done_column(cm, p, header, cols)
    return lettered_columns(cm, who, header, cols)
