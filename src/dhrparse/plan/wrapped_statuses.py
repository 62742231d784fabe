"""Status cells a narrow last column wraps ("Not yet" over "started"), made whole once a
tracker's rows are cut from their first printed lines.

A row whose progress cell is empty prints the status's first words last on its first line, so a
cut of that line alone hands them to the progress column and leaves the status empty (the rows
then did not read clearly). Where the printed line below opens no row and ends with the words
that make the two a status, those words are the status cell's second line: the status is moved
to its cell, made whole, after the cut (added before it, the words widened the line past what
it printed and moved the columns' agreed widths). A later action's row under a merged cell is
completed the same way before its cut (plan.tracker_merges).
"""

from __future__ import annotations

from dhrparse.plan.tracker_shapes import TrackerShapes

# (a status's opening over at most two words, its rest over at most two: "Not yet" / "started")
HEAD_WORDS = 2
REST_WORDS = 2


def whole_status(shapes: TrackerShapes, text: str) -> bool:
    """Whether `text` is a status's words and nothing more ("Not yet started")."""
    m = shapes.status_rx.match(text)
    return m is not None and m.end() == len(text.rstrip(" ."))


def status_completed(words: list[str], under: list[str], shapes: TrackerShapes) -> list[str]:
    """The row's words with the rest of a status its line breaks off ("Not yet") taken from the
    end of the line below, where the two read as one status and the opening alone does not."""
    for n in range(1, HEAD_WORDS + 1):
        head = words[-n:]
        if len(words) <= n or head[0].lower() not in shapes.status_openings:
            continue
        if whole_status(shapes, " ".join(head)):
            return words
        for m in range(1, REST_WORDS + 1):
            rest = under[-m:]
            if len(under) > m and whole_status(shapes, " ".join([*head, *rest])):
                return [*words, *rest]
    return words


def moved_statuses(
    rows: list, roles: list[str], body: list[int], flat: dict[int, str], shapes: TrackerShapes
) -> None:
    """Each cut row (line, ref, cells) whose status cell is empty and whose cell before it ends
    with a status's opening ("Not yet") the line below completes ("started"): the status moved
    to its cell, made whole. Done after the cut, so the widths it agreed are the printed ones."""
    if len(roles) < 2 or roles[-1] != "status":
        return
    opening = {k for k, _, _ in rows}
    below = {k: body[n + 1] for n, k in enumerate(body[:-1])}
    for k, _, cells in rows:
        under = below.get(k)
        if cells[-1] or not cells[-2] or under is None or under in opening:
            continue
        words = cells[-2].split()
        # (the cell may be the status's opening alone: a placeholder stands for what comes before)
        whole = status_completed(["", *words], flat.get(under, "").split(), shapes)[1:]
        if len(whole) == len(words):
            continue
        rest = len(whole) - len(words)
        for n in range(1, HEAD_WORDS + 1):
            status = " ".join(whole[-(n + rest) :])
            if whole_status(shapes, status) and words[-n].lower() in shapes.status_openings | {
                words[-n].lower()
            }:
                cells[-2], cells[-1] = " ".join(words[:-n]), status
                break


def last_statuses(
    rows: list, roles: list[str], body: list[int], flat: dict[int, str], shapes: TrackerShapes
) -> None:
    """Each cut row (line, ref, cells) whose last cell, a status or a dated position column's
    ("April 2025": Done / Under way), is a status's opening alone ("Under") that the end of
    the line below completes ("way"): the cell made the whole status. The line below opens no
    row; its words are no cell's of the cut, which read the first line alone."""
    if len(roles) < 2 or roles[-1] not in ("status", "progress"):
        return
    opening = {k for k, _, _ in rows}
    below = {k: body[n + 1] for n, k in enumerate(body[:-1])}
    for k, _, cells in rows:
        under = below.get(k)
        words = cells[-1].split()
        if not words or len(words) > HEAD_WORDS or under is None or under in opening:
            continue
        if whole_status(shapes, cells[-1]) or words[0].lower() not in shapes.status_openings:
            continue
        whole = status_completed(["", *words], flat.get(under, "").split(), shapes)[1:]
        if len(whole) > len(words):
            cells[-1] = " ".join(whole)
