"""A name before a role clause of its own that is joined to the author's by "and": "Foreword by
Jo Roe, Independent Chair of the review and [author of this report]" names Jo Roe, the name after
the "by", as the author."""

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
