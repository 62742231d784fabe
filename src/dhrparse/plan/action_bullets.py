"""An action cell written as a bulleted list of actions ("• Write to each agency ... • Publish
the list ..."): plans on the Home Office template often put all of a recommendation's actions
in one cell, a bullet each, under the one lead, target date and status of the row. Each bullet
is then an action of its own. A list is one action when a lead-in opens the cell ("Deliver
training to:" over bulleted audiences, "Review the procedure to ensure:" over what it must
say), or when any bullet, or any sentence of one, does not open with an imperative (the bullets
are then parts of one action, or a sentence after the list tells of them, not actions), or when
the plan gives a recommendation several rows: each row is then an action, its bullets its steps.

The bullets are Word's list paragraphs (readers.docx marks them "• ") or the marks a PDF prints.
An HTML list a text export left in a cell ("<ul><li>...</li></ul>", a plan kept in a web form)
stays one action: the plans exported so read their list as the steps of the row's one action."""

from __future__ import annotations

from functools import cached_property

import regex

from dhrparse.patterns import Patterns

MIN_BULLETS = 2  # one bullet is a marked action, not a list of them
# an HTML list item in a cell of a text export ("<ul><li>Draft ...</li><li>Launch ...</li></ul>")
HTML_ITEM = regex.compile(r"(?i)<li\b")
# where a bullet's text opens another sentence ("... every quarter. Results of each audit ...")
SENTENCE = regex.compile(r"(?<=[.;!?])\s+(?=\p{Lu})")


class ActionBullets:
    """The bullet marks and the imperatives that open an action, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        self.p = p

    @cached_property
    def marker(self) -> regex.Pattern:
        marks = self.p.get("actions.action_bullets.markers") or "(?!x)x"
        # a mark opening the cell or set off by a space (never one inside a word)
        return regex.compile(rf"(?:^|(?<=\s)){marks}\s+")

    @cached_property
    def imperative(self) -> regex.Pattern:
        verbs = self.p.list("actions.column_blocks.action_verbs") + self.p.list(
            "actions.action_bullets.verbs"
        )
        alt = "|".join(
            regex.escape(v).replace(r"\ ", r"\s+") for v in sorted(set(verbs), key=len, reverse=True)
        )
        # a capitalised imperative: the bullet's first word, as an action's is
        return regex.compile(rf"^(?=\p{{Lu}})(?i:{alt or '(?!x)x'})\b")

    def split(self, text: str | None, raw: str | None = None) -> list[str] | None:
        """The cell's actions, one a bullet, when the cell `text` is a list of two or more
        bullets with nothing before the first and every bullet opens with an imperative, and
        `raw` (the row's lines as read, when given) holds no HTML list; else None."""
        if not text or not self.marker.search(text) or (raw and HTML_ITEM.search(raw)):
            return None
        parts = self.marker.split(text.strip())
        if parts[0].strip():
            return None  # a lead-in before the list: the list is one action
        items = [" ".join(part.split()) for part in parts[1:]]
        if len(items) < MIN_BULLETS or not all(items):
            return None
        # every sentence of every bullet an imperative: a bullet running on into a sentence that
        # is none ("Results of each audit reported to ...", a closing paragraph after the list,
        # a milestone) shows the list is the parts of one action with its note
        if not all(self.imperative.match(sentence) for item in items for sentence in SENTENCE.split(item)):
            return None
        return items

    @staticmethod
    def rows_are_actions(table) -> bool:
        """The plan gives a recommendation several rows (its cell merged down over them, or its
        ref on more than one row): each row is then one action, and a bullet list in its Actions
        cell, under the row's one lead, date and status, the steps of that action. A plan of one
        row a recommendation (the Home Office template) lists the recommendation's actions in
        that row's cell, a bullet each."""
        said = [_recommendation_of(row) for row in table.rows]
        refs = [row.recommendation_ref for row in table.rows if row.recommendation_ref]
        if len(refs) != len(set(refs)):
            return True
        return any(above and not this for above, this in zip(said, said[1:]))

    @staticmethod
    def of(p: Patterns) -> ActionBullets:
        return p.derived("plan.action_bullets", ActionBullets)


def _recommendation_of(row) -> str | None:
    """What the row itself prints of its recommendation: its ref or its recommendation cell
    (a row under a cell merged down over it prints neither)."""
    return row.recommendation_ref or row.cells.get("recommendation")
