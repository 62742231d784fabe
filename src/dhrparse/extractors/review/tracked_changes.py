"""A draft exported with its tracked changes shown ("died on [Deleted: 4][Inserted: 5] October
2021", "[Comment AB1: ...]"): the title page is read as the changes accepted, the deleted runs
dropped, the inserted runs kept and the reviewers' comments left out. The marks' words live in
patterns/review.toml [tracked]."""

from __future__ import annotations

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns


class _Marks:
    def __init__(self, p: Patterns):
        self.cue = compiled(p.get("review.tracked.cue", r"(?!x)x"), 0)
        self.dropped = compiled(p.get("review.tracked.dropped", r"(?!x)x"), 0)
        self.kept = compiled(p.get("review.tracked.kept", r"(?!x)x"), 0)


def accepted(line: str, p: Patterns) -> str:
    """The line as it reads with its tracked changes accepted."""
    marks = p.derived("review.tracked", _Marks)
    if "[" not in line or not marks.cue.search(line):
        return line
    line = marks.kept.sub(lambda m: m.group("kept"), marks.dropped.sub("", line))
    return " ".join(line.split())
