"""A status cell's first line with a short note after a dash: "In progress – on track",
"Complete – evidence awaited". The status words open it and the note says a little more; the
line is still the status cell's, as a bare status word is (a long sentence after the dash is
an update's, read so elsewhere)."""

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
