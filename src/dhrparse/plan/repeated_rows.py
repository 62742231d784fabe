"""A plan repeating its recommendation's number and text on every action's row, in corpus text
(each printed line's cells joined):

    2 Kestrel Vale Hospitals Trust Add a prompt on earlier Kestrel Vale June 2025 Complete
    ...
    2 Kestrel Vale Hospitals Trust Audit twenty injury Kestrel Vale December Ongoing

The recommendation cell prints its first line alike on each of its rows, so the later row's cut
between the recommendation and the action is the first row's: a cut that leaves the
recommendation a word short ("... Hospitals" | "Trust Audit ...") gives the words back to the
recommendation.
"""

from __future__ import annotations

RECOMMENDATION = "recommendation"


def _moved(first: list[str], rec: list[str], nxt: list[str]) -> tuple[list[str], list[str]] | None:
    """(recommendation, next cell) of a later row whose words `rec` + `nxt` open with the first
    row's recommendation `first`, cut elsewhere; None where they do not."""
    words = rec + nxt
    # (only words given back to the recommendation: a later row whose recommendation ran on
    # longer is left as cut, the first row's cut being as likely the short one)
    if len(rec) >= len(first) or words[: len(first)] != first or len(words) == len(first):
        return None
    return first, words[len(first) :]


def alike_repeats(rows: list[tuple[int, str, list[str]]], roles: list[str]) -> None:
    """Each later row repeating an earlier row's number (the plan's recommendation printed again)
    cut between its recommendation and the next cell where the earlier row was (in place)."""
    if RECOMMENDATION not in roles or roles.index(RECOMMENDATION) + 1 >= len(roles):
        return
    c = roles.index(RECOMMENDATION)
    firsts: dict[str, list[str]] = {}
    for _, ref, cells in rows:
        if ref not in firsts:
            firsts[ref] = cells[c].split()
            continue
        got = _moved(firsts[ref], cells[c].split(), cells[c + 1].split())
        if got is not None:
            cells[c], cells[c + 1] = " ".join(got[0]), " ".join(got[1])
