"""A tracker's ref column whose two-word name wraps in its narrow column, the first word alike
the next column's name and the second under it:

    Action Action Lead officer Date agreed Target date Revised RAG at last Update
    ref date review

The first line alone names one action column where two print ("Action" "Action"); the wrapped
"ref" makes the first of them the rows' refs. The header is read with every name completed by
its wrapped words (plan.wrapped_columns.NamedColumns), as a completion flag's header is.
"""

from __future__ import annotations


def wrapped_ref(roles: list[str], first_roles: list[str]) -> bool:
    """Whether the names completed by their wrapped words (`roles`) are the first line's columns
    (`first_roles`) with a ref column opening them that the first line does not name."""
    named = [r for r in roles if r in first_roles or r == "ref"]
    return bool(roles) and roles[0] == "ref" and "ref" not in first_roles and named[1:] == first_roles
