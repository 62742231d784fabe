"""A status cell's first line with a short note after a dash: "In progress – on track",
"Complete – evidence awaited". The status words open it and the note says a little more: a
tracker row whose first line prints one is anchored by it as by a bare status word
(plan.tracker_carries), though the cuts still weigh it as a longer cell (read as a status
there, it let a later row under a merged recommendation be cut wrong)."""

from __future__ import annotations

import regex

STATUS_WORDS = 3  # the most words before the dash ("Partially complete", "Not yet started")
NOTE_WORDS = 3  # the most words after it ("on track", "evidence awaited")
_DASH = regex.compile(r"\s[–—-]\s")


def short_note(text: str) -> bool:
    """Whether the line is a few words, a spaced dash, then a few more."""
    parts = _DASH.split(text.strip(), maxsplit=1)
    return (
        len(parts) == 2
        and 0 < len(parts[0].split()) <= STATUS_WORDS
        and 0 < len(parts[1].split()) <= NOTE_WORDS
    )
