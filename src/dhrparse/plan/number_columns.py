"""A plan whose first two columns are numbers, the recommendation's under a short name and the
action's own beside it: "Rec | Action no. | Action | Lead | Target date | Status", each row
opening with both ("R1 1.1 Audit a sample ...").

Read by its names, "Rec" is the recommendation's column and the rows open with no ref of
their own. The two names are the pair of number columns the tracker reader knows from
"ID | Rec no." (plan.tracker_refs): the row cut after both numbers, the second taken out
before the cut and put back after it under the name printed, where every row prints it
(else the table is not read), and the walk then tells the recommendation's number from the
action's by the columns' names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap
    from dhrparse.plan.tracker_reading import TrackerReading

NAME_WORDS = 3  # the most words of the action number column's name ("Action ref no.")


def paired_numbers(cm: ColumnMap, t: TrackerReading, abbreviated: int) -> None:
    """The header's first two columns read as a pair of number columns (`t.pair`, `t.cols`
    changed in place) where its first name is a short one of the recommendation's ("Rec") and
    its second names the actions' number column."""
    if t.pair is not None or t.named is not None or t.cols[:3] != ["recommendation", "ref", "action"]:
        return
    words = t.printed[0].split()
    if len(words) < 3 or len(words[0].rstrip(".")) > abbreviated or cm.scan(words[0]) != ["recommendation"]:
        return
    size = max(
        (n for n in range(1, NAME_WORDS + 1) if cm.scan(" ".join(words[1 : 1 + n])) == ["ref"]), default=0
    )
    if not size:
        return
    t.pair = [words[0], " ".join(words[1 : 1 + size])]
    t.cols = ["ref", *t.cols[2:]]
