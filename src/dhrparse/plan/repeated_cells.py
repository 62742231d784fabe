"""A tracker exported from a spreadsheet prints the recommendation's whole text again on every one
of its actions' rows ("1 | The Board should ... | 1a | ...", "1 | The Board should ... | 1b |
..."). Read from the rows' first lines (plan.tracker_rows), each row's recommendation is carried
on from its later printed lines, where another cell's wrapped words may end a line as well
("... plans for adults" and the action's "for a named contact" on one line). The repeats print
the same words; the words a row's line adds beside them are its other cells': the recommendation
is the words every repeat shares, in order."""

from __future__ import annotations

FIRST_LINE_WORDS = 2  # a repeated cell's first line: more than one word (not a lone "The")
KEPT = 0.75  # the least share of the longest repeat the shared words must keep (else no repeats)


def _common(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words both hold in the same order (not necessarily together)."""
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def shared_repeats(firsts: dict[int, list[str]], opening: dict[int, str], at: int = 1) -> None:
    """Rows numbered alike whose recommendation cell (`firsts[k][at]`, carried on) opened with the
    same first line (`opening`) hold the words all of them share; left as read where the
    repeats share too little to be one text."""
    groups: dict[tuple[str, str], list[int]] = {}
    for k in sorted(firsts):
        first = opening.get(k) or ""
        if len(first.split()) >= FIRST_LINE_WORDS:
            groups.setdefault((firsts[k][0], first), []).append(k)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        texts = [firsts[k][at].split() for k in rows]
        common = texts[0]
        for words in texts[1:]:
            common = _common(common, words)
        if len(common) >= KEPT * max(len(w) for w in texts):
            for k in rows:
                firsts[k][at] = " ".join(common)
