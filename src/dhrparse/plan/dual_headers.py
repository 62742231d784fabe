"""A header naming two fields at once ("Completion Date / RAG"): its cells say which it is.

The Home Office template's last column is often headed with the completion date and the RAG
rating together. Its header reads as a date column, so the plan then has two date columns;
the second one is the status when its header also names the rating and its cells open with
a state or a colour ("Completed 08/12/2023", "Amber – audit booked", "Green 30/04/2024").
"""

from __future__ import annotations

import regex

from dhrparse.prepare.markup import flatten

_PARTS = regex.compile(r"/|&|\band\b", regex.I)
OPENS_STATUS = 0.5  # share of the filled cells that must open with a state or a colour


def settle_dual_headers(out: list, headers: list[str], columns: list[list[str]], roles) -> None:
    """A second target-date column whose header also names the status, over cells opening with
    a state, is the status column (in place; only where no column is the status yet)."""
    if "status" in out or out.count("target_date") < 2:
        return
    for k, field in enumerate(out):
        if field != "target_date" or k == out.index("target_date"):
            continue
        parts = [p.strip() for p in _PARTS.split(" ".join(flatten(headers[k]).split())) if p.strip()]
        if len(parts) < 2 or not any(roles_field(roles, p) == "status" for p in parts[1:]):
            continue
        if roles.shape(columns[k] if k < len(columns) else []).opens_status >= OPENS_STATUS:
            out[k] = "status"
            return


def roles_field(roles, part: str) -> str | None:
    """The field a part of a header names, by the status synonyms of patterns/actions.toml."""
    synonyms = {s.lower() for s in roles.p.list("actions.columns.status")}
    return "status" if part.lower().strip(" :()") in synonyms else None
