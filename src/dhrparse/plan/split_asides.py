"""A tracker's header in corpus text whose dated column name wraps in its narrow column, the
aside's opening on the header's first line and its close on the line under it, among the other
columns' wrapped words:

    Rec Recommendation Actions Responsible Target Progress update (June Status
    officer 2025)

Neither line reads as a header: the first holds an aside that never closes, the second a
year no column is named by. The aside is put back together on the first line ("Progress
update (June 2025) Status"), its close taken from the line under it, which keeps the other
names' wrapped words ("officer"); the tracker's header reader (plan.tracker_header) then reads
the dated name as one column's, as it does where the aside prints on one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.dated_names import dated_aside

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MAX_SPLIT = 3  # the most words of an aside printed on either line ("(as at" / "31 March 2025)")
MIN_NAMES = 4  # the fewest columns such a header names


def _small(word: str) -> bool:
    """A short lower-case word ("at", "as", "of"): it joins a name's words ("RAG at last
    review") but names no column, so it never opens the names after an aside."""
    return word.islower() and len(word) <= 3


def _dated_words(cm: ColumnMap, words: list[str]) -> bool:
    """Words that can be an aside's: none a column's name on its own ("Status", "officer")."""
    return bool(words) and not any(
        cm.is_header_words(w.strip("()")) and not _small(w.strip("()")) for w in words
    )


def rejoined(cm: ColumnMap, p: Patterns, text: str, under: str) -> tuple[str, str] | None:
    """(the header's line with its dated aside closed, the line under it without the aside's
    close) where the line's last aside opens and does not close and the line under it closes
    it; None otherwise. The shortest aside is taken whose first line's words after it name
    columns and whose line under it keeps only header names' wrapped words before its close."""
    words, rests = text.split(), under.split()
    opens = [t for t, w in enumerate(words) if w.startswith("(")]
    if not opens or ")" in " ".join(words[opens[-1] :]):
        return None
    at = opens[-1]
    close = next((t for t, w in enumerate(rests) if w.endswith(")")), None)
    if close is None or "(" in " ".join(rests[: close + 1]):
        return None
    for size in range(1, min(MAX_SPLIT, len(words) - at) + 1):
        head, after = words[at : at + size], words[at + size :]
        if not _dated_words(cm, head) or (
            after and (_small(after[0]) or not cm.is_header_words(" ".join(after)))
        ):
            continue
        for start in range(close, max(close - MAX_SPLIT, -1), -1):
            tail, before = rests[start : close + 1], rests[:start]
            if not _dated_words(cm, tail) or (before and not cm.is_wrapped_header_words(" ".join(before))):
                continue
            aside = " ".join([*head, *tail])[1:-1]
            if not dated_aside(aside, p):
                continue
            line = " ".join([*words[:at], *head, *tail, *after])
            if len(cm.scan(line)) < MIN_NAMES:
                return None
            return line, " ".join([*before, *rests[close + 1 :]])
    return None
