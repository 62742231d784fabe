"""One recommendation as found in the report, before restatements are folded."""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Block


@dataclass
class Item:
    blocks: list[Block]
    lines: list[str]
    ref: str | None = None
    parent_ref: str | None = None
    title: str | None = None
    level: str = "overview"
    agency: str | None = None
    outcome: str | None = None
    source: int = 0  # line of the heading of the region it came from
    # the words naming who must act when the item's own sentence does not: its section's
    # addressee heading ("Recommendations to the Home Office") or its list's lead-in
    actor_text: str | None = None
    # another wording that names a topic, not who acts (a briefing's "R4 Police notifications to
    # adult social care" beside the full statement): it gives the record no agency
    actorless: bool = False
    # the agency is the line under the text naming who must act ("Response required from: ..."):
    # printed for this recommendation, it stands whatever body the sentence opens on
    addressed: bool = False

    @property
    def text(self) -> str:
        return "\n".join(ln for ln in self.lines if ln.strip())


@dataclass
class Unit:
    """A labelled recommendation as read from its label down: the label's block, what the
    label's line gives (ref, a title or the sentence's start), and the body under it."""

    label: Block
    ref: str | None
    level: str
    agency: str | None
    source: int
    title: str | None = None
    lead: str | None = None  # the recommendation's text begun on the label's line
    body: list[Block] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)
    carrier: str | None = None  # the report's paragraph number printed on the body ("7.2")
    in_outcome: bool = False
    addressed: bool = False  # (the agency read from an addressee line under the text)

    def item(self, blocks: list[Block], lines: list[str], ref=None, parent=None, lead_text=None) -> Item:
        """A record of this unit: the whole body, or one of its sub-items."""
        return Item(
            blocks=blocks,
            lines=lines,
            ref=ref,
            parent_ref=parent,
            title=self.title,
            level=self.level,
            agency=self.agency,
            source=self.source,
            actor_text=lead_text or None,
            addressed=self.addressed,
        )
