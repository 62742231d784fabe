"""Status cells a narrow last column wraps ("Not yet" over "started"), made whole before a
tracker's rows are cut from their first printed lines.

A row whose progress cell is empty prints the status's first words last on its first line, so a
cut of that line alone hands them to the progress column and leaves the status empty. Where the
printed line below opens no row and ends with the words that make the two a status, those words
are the status cell's second line: they are added to the row's first line before the cut.
"""

from __future__ import annotations

from dhrparse.plan.tracker_shapes import _Shapes

# (a status's opening over at most two words, its rest over at most two: "Not yet" / "started")
HEAD_WORDS = 2
REST_WORDS = 2


def whole_status(shapes: _Shapes, text: str) -> bool:
    """Whether `text` is a status's words and nothing more ("Not yet started")."""
    m = shapes.status_rx.match(text)
    return m is not None and m.end() == len(text.rstrip(" ."))


def completed_rows(texts: list, body: list[int], flat: dict[int, str], shapes: _Shapes) -> list:
    """`texts`' (line, words) with each row's broken status completed from the line below."""
    opening = {k for k, _ in texts}
    below = {k: body[n + 1] for n, k in enumerate(body[:-1])}
    out = []
    for k, words in texts:
        under = below.get(k)
        if under is not None and under not in opening:
            words = status_completed(words, flat.get(under, "").split(), shapes)
        out.append((k, words))
    return out


def status_completed(words: list[str], under: list[str], shapes: _Shapes) -> list[str]:
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
