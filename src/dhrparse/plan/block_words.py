"""The words that open a column-block table's action cell (plan.block_cells): the plan's verbs
that tell an instruction, a body "to" act, a merged Scope cell, a recurring target and a month
printed alone, compiled once per Patterns and only when first asked."""

from __future__ import annotations

from functools import cached_property

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words
from dhrparse.vocab.alternation import literal_alternation

# words after a participle that close its clause ("Review completed by the Board")
CLOSING = ("by", "in", "on", "at", "and", "with", "to", "for", "from", "out")
STATUS_WORDS_AT = 4  # a status phrase opening a cell stands within its first words


class ColumnBlockWords:
    """The words that open an action cell, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        self.p = p
        # more verbs that tell an instruction, only as a whole cell's capitalised first word
        # (plan.column_roles): a wrapped line opening with one carries a sentence on
        more = literal_alternation(p.list("actions.column_blocks.instruction_verbs"))
        self.instruction = regex.compile(rf"(?i)^(?:{more})\b")
        self.object_words = {w.lower() for w in p.list("actions.column_blocks.object_words")}
        # past participles with no "-ed" ("written", "sent"): a milestone's clause closes on them
        self.participles = {w.lower() for w in p.list("actions.column_blocks.participles")}
        # a running foot's page label printed apart from its number ("Page" / "12")
        self.page_label = regex.compile(p.get("actions.column_blocks.page_label") or "(?!x)x", regex.I)

    # (the expressions below are compiled when first asked: a document whose plan prints no column
    # blocks asks none of them)
    @cached_property
    def _verbs(self) -> str:
        verbs = self.p.list("actions.column_blocks.action_verbs")
        return literal_alternation(verbs, spaced=True, longest_first=True)

    @cached_property
    def imperative(self) -> regex.Pattern:
        return regex.compile(rf"(?i)^\W*(?:{self._verbs})\b")

    @cached_property
    def body_to(self) -> regex.Pattern:
        """ "Chair of the Partnership to write ...": a body or role, then "to" and the verb."""
        return regex.compile(rf"^\p{{Lu}}[\w'’-]*(?:\s+[\w'’(),-]+){{0,6}}?\s+to\s+(?:(?i:{self._verbs}))\b")

    @cached_property
    def scope(self) -> list[regex.Pattern]:
        """A merged Scope cell ("Local", "National") is a column of its own, not a lead."""
        return [regex.compile(rx, regex.I) for rx in (self.p.get("scope.printed") or {}).values()]

    @cached_property
    def span(self) -> regex.Pattern:
        """A timescale counted from the plan's sign-off instead of a date ("Within 6 months"):
        the target column's cell, dated by plan.timescale_anchor where the plan says from when."""
        return regex.compile(self.p.get("actions.plan.timescale_anchor.span") or "(?!x)x", regex.I)

    @cached_property
    def recurring(self) -> regex.Pattern:
        """A target cell naming a recurring time instead of a date ("Six-monthly", "Quarterly")."""
        recurring = literal_alternation(self.p.list("actions.row_runs.recurring_targets"), longest_first=True)
        return regex.compile(r"(?i)^\W*(?:" + recurring + r")\W*$")

    @cached_property
    def month_alone(self) -> regex.Pattern:
        """A month's name alone ("June"): a target date whose year a narrow column wrapped onto a
        line pdftotext printed apart, never a body's name."""
        months = literal_alternation((self.p.get("dates.months") or {}).keys(), longest_first=True)
        return regex.compile(r"(?i)^\W*(?:" + months + r")\.?\s*$")

    @cached_property
    def scope_cell_words(self) -> frozenset[str]:
        """The words a printed Scope cell holds beside its scope words ("Single agency")."""
        return frozenset(w.lower() for w in self.p.list("scope.printed_cell.words"))

    def is_scope(self, text: str) -> bool:
        """A merged Scope cell: every word a scope word or one printed beside it ("Local",
        "Single agency"). A role naming a scope word ("Partnership Manager", "Area Lead") is a
        lead's cell, not a Scope."""
        words = text.split()
        return (
            0 < len(words) <= 2
            and any(rx.search(text) for rx in self.scope)
            and all(
                w.lower() in self.scope_cell_words or any(rx.search(w) for rx in self.scope) for w in words
            )
        )

    @cached_property
    def verdicts(self) -> regex.Pattern:
        """A merged acceptance cell's words alone, one verdict or a few rows' ("Partially" /
        "accepted" / "Accepted"): the agencies' answer to the recommendation, no lead and no
        status (patterns' tracker `acceptance_words`)."""
        alt = literal_alternation(
            self.p.list("actions.tracker.acceptance_words"), spaced=True, longest_first=True
        )
        return regex.compile(rf"(?i)^\s*(?:(?:{alt})\W*)+$")

    def is_merged_label(self, text: str) -> bool:
        """A merged cell beside the recommendation that is no row's value: its Scope ("Local")
        or its acceptance ("Partially accepted")."""
        return self.is_scope(text) or bool(self.verdicts.match(text))

    def status_in_object(self, text: str) -> bool:
        """An instruction whose object holds a status word describing it ("Audit 25 closed
        self-neglect cases"): the word stands before more of the object, where a milestone's
        participle closes its clause ("Audit completed.", "Review closed by the Board", "Update
        complete – form live") and a status opens a progress cell ("Complete – guide issued")."""
        words = text.split()
        if not self.imperative.match(text) or status_words(words[0].strip(".,;:"), self.p):
            return False
        for k, word in enumerate(words[1:STATUS_WORDS_AT], 1):
            if status_words(word.strip(".,;:"), self.p) is not None:
                after = words[k + 1].lower() if k + 1 < len(words) else ""
                # (more of the object after it: a word, not a dash or a joining word)
                return word[-1] not in ".,;:" and after[:1].isalnum() and after not in CLOSING
        return False  # (a status phrase of several words, "on track")

    @staticmethod
    def of(p: Patterns) -> ColumnBlockWords:
        return p.derived("plan.column_block_words", ColumnBlockWords)
