"""A name before a role clause of its own that is joined to the author's by "and": "Foreword by
Jo Roe, Independent Chair of the review and [author of this report]" names Jo Roe, the name after
the "by", as the author; and a role in a table's cell that the words before it in the cell own
("Quality Assurance Subgroup Chair"), which names no person."""

from __future__ import annotations


def name_before_role_clause(lead: str, roles, names) -> str | None:
    """`lead`: the text before the author's role; `roles` and `names` the author's vocabulary
    (extractors.review.author)."""
    head, _, clause = lead.rpartition(", ")
    words = clause.split()
    clause = " ".join(words[:-1] if words[-1:] in (["and"], ["&"]) else words)
    if not head or clause == lead or not roles.find(clause.split(" of ")[0], ""):
        return None
    return names.heads(head.rpartition(" by ")[2])


def owned_in_cell(before: str) -> bool:
    """A role in a cell of a table row ("... | Quality Assurance Subgroup Chair | March 2024") whose
    cell runs straight into it: the words before it say whose role it is (a subgroup's, a
    board's), not a person's name, which a table sets apart by a comma or a cell of its own."""
    if before.count(" | ") < 2:
        return False
    cell = before.rsplit(" | ", 1)[-1]
    return bool(cell.strip()) and not cell.rstrip().endswith((",", "–", "—", "-", "(", ":"))
