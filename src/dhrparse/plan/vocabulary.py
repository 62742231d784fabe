"""The words a plan is read by: row refs, recommendation statements, plan section headings
("Individual Agency Recommendations for X", the `agency_section_after_rows` headings printed
below the rows they govern), "Update:" labels and running footers, compiled once per
Patterns (patterns/actions.toml [plan])."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import expression_alternation
from dhrparse.vocab.refs import display_ref

_NEVER = "(?!x)x"


def holds_agency_word(words: list[str], agency_words) -> bool:
    """A name holds a word an agency's name holds ("Police", "Trust": patterns'
    agency_heading_words), its brackets and quotes taken off: the question an agency's band
    across a table asks of its words, in corpus text (`names_band`) and in -layout text
    (plan.layout_bands)."""
    return any(w.lower().strip("(),'’") in agency_words for w in words)


class PlanVocabulary:
    def __init__(self, p: Patterns):
        self.p = p
        self._compile_refs(p)
        self.statement = regex.compile(p.get("actions.plan.recommendation_statement"), regex.I)
        self.band_statement = regex.compile(p.get("actions.plan.recommendation_band_statement"), regex.I)
        # (a header's last line naming the target date after the lead's name: plan.header_bands)
        self.closing_target_names = {w.lower() for w in p.list("actions.plan.closing_target_names")}
        self.plan_title = regex.compile(expression_alternation(p.list("actions.plan.plan_title")), regex.I)
        self.update = regex.compile(p.get("actions.plan.update_label"), regex.I)
        self.page_footer = regex.compile(p.get("actions.plan.page_footer", _NEVER), regex.I)
        # a heading over the agencies' part of a plan that names no agency
        self.agency_part = regex.compile(p.get("actions.plan.agency_part", _NEVER), regex.I)
        # every line of the plan is asked whether it opens a section or a recommendation
        # statement: one alternation of all those expressions answers "no" (the common case)
        # in one call
        self.statement_or_section = regex.compile(
            expression_alternation(
                [p.get("actions.plan.recommendation_statement")]
                + p.list("actions.plan.overview_section")
                + p.list("actions.plan.agency_section")
                + p.list("actions.plan.agency_section_after_rows")
            ),
            regex.I,
        )
        self.not_agency_heading = p.regexes("actions.plan.not_agency_heading")
        self.theme_band = regex.compile(p.get("actions.plan.theme_band", _NEVER), regex.I)
        self.scope_cell = regex.compile(p.get("actions.plan.scope_cell", _NEVER), regex.I)
        self.empty_cell = regex.compile(p.get("actions.plan.empty_cell", _NEVER), regex.I)
        # the titles a report's parts are printed under ("Appendix 2: Terms of Reference",
        # "Glossary", "Executive Summary", "Introduction"): the segmenter's own expressions
        self.part_named = p.joined("headings.named")
        self.part_known = p.joined("headings.known_sections")
        self.agency_heading_words = {w.lower() for w in p.list("actions.plan.agency_heading_words")}

    def _compile_refs(self, p: Patterns) -> None:
        """The expressions a row's ref is read by: opening a row or an action cell, alone in
        its cell, in words, inside a recommendation's cell."""
        row_ref = p.get("actions.plan.row_ref")
        label = f"(?:(?i:{p.get('actions.plan.ref_label', _NEVER)}))?"
        cell_ref = f"{row_ref}|{p.get('actions.plan.cell_code', _NEVER)}"
        # a printed line opening a row: its ref, then the first cell's text
        self.row = regex.compile(rf"^\s*(?P<ref>{row_ref})\s+(?P<rest>\S.*)$")
        # an action cell opening with the action's own number ("1.2 Audit ...", "P1.1 Revise ...")
        self.action_ref = regex.compile(
            rf"^\s*(?P<ref>{p.get('actions.plan.action_ref', _NEVER)})\s+(?P<rest>\p{{Lu}}.*)$"
        )
        # a printed line holding a row's ref alone (its first cell, the next cells on the lines below)
        self.ref_line = regex.compile(rf"^\s*(?P<ref>{row_ref})\s*$")
        # a word that is a row's ref or a recommendation's code, whole ("2.1", "R3", "1a")
        self.ref_word_whole = regex.compile(rf"^(?:{cell_ref})$")
        # a ref cell holding the ref alone ("Ref: 2.1", "(3)")
        self.ref_only = regex.compile(rf"^\s*{label}\(?(?P<ref>{cell_ref})\)?[.:]?\s*$")  # ("1a." too)
        # ... and in a table's cell an action's "1A" too, its recommendation's number and a capital
        # (`cell_ref`; never a printed line's word: in plain text a lone "2B" may be anything)
        capital = p.get("actions.plan.capital_lettered_ref", _NEVER)
        self.own_number = regex.compile(rf"^\s*{label}\(?(?P<ref>{cell_ref}|{capital})\)?[.:]?\s*$")
        # a recommendation's number in words alone in its cell ("One", "Recommendation Four")
        self.ref_word = regex.compile(
            rf"^\s*{label}(?P<ref>{p.get('actions.plan.ref_word', _NEVER)})[.:]?\s*$"
        )
        # the ref printed inside a recommendation cell ("1. The partnership should ...")
        self.ref_in_cell = regex.compile(
            rf"^\s*(?:{label}\(?(?P<ref>{row_ref})(?:\)|\s*[:–-])?"
            rf"|{p.get('actions.plan.ref_in_words', _NEVER)})\s+(?P<rest>\S.*)$"
        )
        # ... and, in a recommendation cell merged down over its actions, a code and a dash before
        # the recommendation's short title ("SR1 – Risk information at transfer": plan.titled_cells)
        self.merged_cell_ref = regex.compile(
            rf"{self.ref_in_cell.pattern}|^\s*(?P<ref>{p.get('actions.plan.cell_code', _NEVER)})\s*[–—]\s+(?P<rest>\S.*)$"
        )

    def names_report_part(self, title: str, numbered: bool) -> bool:
        """A heading's title naming a part of a report, not of a plan: a part always headed so
        ("Appendix 2: ...", "Glossary", "Executive Summary"), or, numbered in the report's
        heading numbering, a section reports are built from ("9. Conclusions"; unnumbered,
        "LEARNING AND DEVELOPMENT" in capitals may be a lead cell)."""
        return bool(self.part_named.search(title) or numbered and self.part_known.search(title))

    def cell_ref(self, text: str) -> str | None:
        """The ref a cell holds alone, as printed ("2.1", "(3)"), or as its number where the
        cell names it in words ("Three" is "3"), an action's "1A" too; None for a cell holding more."""
        m = self.own_number.match(text)
        if m:
            return m.group("ref")
        m = self.ref_word.match(text)
        return display_ref(m.group("ref")) if m else None

    def stands_for_nothing(self, text: str) -> bool:
        """A cell holding a mark that stands for nothing ("-", "N/A", "None") or nothing at all."""
        return bool(self.empty_cell.match(text.strip()))

    @staticmethod
    def of(p: Patterns) -> PlanVocabulary:
        return p.derived("plan.vocabulary", PlanVocabulary)

    def part_of(self, text: str) -> bool:
        """A line naming a part of a plan: a section heading, or the heading over the agencies'
        part that names no agency ("Single agency recommendations")."""
        return self.section_of(text) is not None or bool(self.agency_part.match(text))

    def part_or_theme(self, text: str) -> bool:
        """A line printed across a plan's table that the table goes on under: a part of the
        plan, or a band naming the theme the rows under it share ("Theme 2: Working together")."""
        return self.part_of(text) or bool(self.theme_band.match(text))

    def names_band(self, text: str) -> bool:
        """A band line across a plan's table naming whose rows follow: a part of the plan
        ("Multi-agency recommendations"), or an agency by the words an agency's name holds
        ("Kelby Police"; two words at least, a lone "Police" may be a cell's wrapped word)."""
        words = text.split()
        return self.part_of(text) or (len(words) >= 2 and holds_agency_word(words, self.agency_heading_words))

    def section_of(self, text: str) -> tuple[str, bool] | None:
        """(section name, whether the heading may name the rows printed above it) of a plan
        section heading, or None."""
        if not self.statement_or_section.match(text):
            return None
        for rx in self.p.regexes("actions.plan.overview_section"):
            if rx.match(text):
                return "overview", False
        for key, after_rows in (
            ("actions.plan.agency_section", False),
            ("actions.plan.agency_section_after_rows", True),
        ):
            for rx in self.p.regexes(key):
                m = rx.match(text)
                if m:
                    return flatten(m.group("agency")).strip(" :–-"), after_rows
        return None
