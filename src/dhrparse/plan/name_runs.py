"""A plan header's long names going on over the line below in corpus text, their last words
printed there together ("Evidence of" / "completion", "Date" / "signed off"): the first line
as printed names fewer columns than it does with each run of pieces below given back to the
name it finishes.

    Ref Action Action owner Target Evidence of Date
    completion signed off

A run of pieces goes to the words before it only where those words name no column alone and
make exactly one column's name with the run; the header is rewritten (plan.header_tails) only
where every piece so finds its name and the whole header then names more columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.plan.header_tails import HeaderTails
    from dhrparse.plan.tables import ColumnMap

MAX_RUN = 3  # the most pieces of one name printed on the line below
MAX_BEFORE = 2  # the most words of the name printed before its last one on the first line


def names_more(cm: ColumnMap, first: str, whole: str, done=()) -> bool:
    """Whether the header made whole names more columns than its first line as printed: a
    column's name, or the completion day's ("Date signed" / "off", `done` its patterns)."""
    if done_made(done, first, whole):
        return True
    return len(set(cm.scan(whole))) > len(set(cm.scan(first)))


def done_made(done, first: str, whole: str) -> bool:
    """Whether the lines below finished the completion day's name ("Date signed" / "off"): a
    long name's last words given back, as a run is."""
    return any(rx.search(whole) for rx in done) and not any(rx.search(first) for rx in done)


def name_runs(tails: HeaderTails, names: list[str], pieces: list[str], at: list, n: int, low: int, high: int):
    """The run of pieces from `n` given to the name it finishes (`names` and `at` changed in
    place), or None where no run finishes a name: the longest run first, so a name's last
    words stay together ("signed off")."""
    free = 0
    while n + free < len(pieces) and at[n + free] is None and free < MAX_RUN:
        free += 1
    for size in range(free, 0, -1):
        run = " ".join(pieces[n : n + size])
        for k in range(low, high + 1):
            if _finishes(tails, names, k, run):
                names[k] = f"{names[k]} {run}"
                for m in range(n, n + size):
                    at[m] = k
                return k
    return None


def _finishes(tails: HeaderTails, names: list[str], k: int, run: str) -> bool:
    """Whether `run` finishes the name the words up to `k` begin: those words name no column
    alone and, with the run, exactly one."""
    if tails._broken(names[k]):
        return False
    for before in range(MAX_BEFORE + 1):
        if k - before < 0:
            break
        opening = " ".join(names[k - before : k + 1])
        whole = f"{opening} {run}"
        done = any(rx.search(whole) for rx in tails.done)
        if not tails.cm.scan(opening) and (tails._whole(whole) or done):
            return True
        # (a completion day's name whose first words print whole on the first line, "Date
        # signed" / "off": its opening names a date alone, yet the word the run finishes none)
        if before and done and not tails.cm.scan(names[k]):
            return True
    return False
