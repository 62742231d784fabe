"""The codes a plan's printed key explains ("A Completed and embedded", "D Not implemented";
"C = complete; IP = in progress"), as words a status cell may hold: a graded action's row in
corpus text prints its grade alone at the end of its first line ("3.1 Learning summaries sent
to GP Designated Nurse None received by the D"), and a tracker's cut of that line finds its
status cell only by a word it knows as a status's. "A", "B" and "C" are also RAG letters
(patterns' `actions.tracker.rag_letters`); "D" and the other codes are statuses only through
the plan's own key (plan.code_key), so only a plan printing one reads them so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.code_key import read_code_key

if TYPE_CHECKING:
    from dhrparse.document import SourceDocument
    from dhrparse.patterns import Patterns


def key_codes(doc: SourceDocument, p: Patterns) -> tuple[str, ...]:
    """The codes of the document's status key, in its order; () without one."""
    return tuple(read_code_key(doc, p))
