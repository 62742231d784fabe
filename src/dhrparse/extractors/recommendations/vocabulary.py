"""The words and expressions recommendations are found by, compiled once per Patterns.

Labels ("Recommendation 2:", "NR1 –"), sub-part markers ("(ii)"), outcome blocks ("Expected
outcome:"), the headings of recommendations sections and of single-agency lists, and the
cue words of a recommending sentence all live in patterns/recommendations.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.patterns import Patterns


@dataclass
class Label:
    """A recommendation's label as printed: "Recommendation 2:", "Rec 3 -", "NR1 –", "SAR 2:"."""

    ref: str | None
    sep: str
    rest: str
    code: bool = False  # numbered with a series code ("NR1"), not the word "Recommendation"
    # the body a label names in brackets ("Recommendation N2 (Department for Education)")
    addressee: str | None = None
    series: str | None = None  # the series word before the label ("National Recommendation 1")


@dataclass(frozen=True)
class Vocabulary:
    label: re.Pattern
    code_label: re.Pattern
    lettered_label: re.Pattern  # "1a", "2b": a finding's recommendations lettered under its number
    code_prefixes: frozenset
    agency_codes: frozenset  # "IMR": an agency's own recommendation wherever it is printed
    agency_code_label: re.Pattern  # "Police 1:", "HB.1", "ASC 1": numbered within an agency
    sub_part: re.Pattern
    addressed_only: re.Pattern  # "The Home Office should:": who must act, and nothing they must do
    outcome: re.Pattern
    addressee_line: re.Pattern  # "Response required from: <agency>" under a recommendation
    stop_labels: re.Pattern  # one alternation of every stop label (most prose blocks are asked)
    stop_inline: re.Pattern
    agency_section: list
    agency_in_heading: re.Pattern
    agency_suffix: re.Pattern
    overview_section: list
    overview_part: list  # "Overview report recommendations": the overview's own part of the chapter
    not_rec_section: list
    plan_heading: list
    named_headings: list
    mixed_heading: list
    self_list_intro: list
    summary_intro: list
    not_rec: list
    recommending: re.Pattern
    asking: re.Pattern  # wording that asks someone to act wherever it is printed
    committing: re.Pattern  # an agency's "X will <verb>" for itself
    table_agency: re.Pattern
    table_recommendation: re.Pattern
    table_ref: re.Pattern
    table_addressee: re.Pattern  # a column naming whom a recommendation is for ("Organisation(s)")
    table_finding: re.Pattern  # a column of the findings the recommendations answer ("What we found")
    label_scope: re.Pattern  # the scope a label's brackets name before the body ("single agency –")
    short_names: re.Pattern
    appendix_word: re.Pattern  # the word opening an appendix's title ("Appendix", "Atodiad")
    max_heading_words: int = 18
    keep_code_prefix: bool = True  # "NR1" stays "NR1" (else "1")

    @classmethod
    def of(cls, patterns: Patterns) -> Vocabulary:
        """The vocabulary of `patterns`, built on first use and kept with them."""
        return patterns.derived("recommendations.vocabulary", cls.load)

    @classmethod
    def load(cls, p: Patterns) -> Vocabulary:
        g = lambda k: re.compile(p.get(f"recommendations.{k}"), re.I)  # noqa: E731
        return cls(
            label=g("label"),
            code_label=re.compile(p.get("recommendations.code_label")),
            lettered_label=re.compile(p.get("recommendations.lettered_label", r"(?!x)x"), re.S),
            code_prefixes=frozenset(p.list("recommendations.code_prefixes")),
            agency_codes=frozenset(c.upper() for c in p.list("recommendations.agency_level_codes")),
            agency_code_label=re.compile(p.get("recommendations.agency_code_label", r"(?!x)x")),
            sub_part=g("sub_part"),
            addressed_only=g("addressed_only"),
            outcome=g("outcome"),
            addressee_line=re.compile(p.get("recommendations.addressee_line", r"(?!x)x"), re.I),
            stop_labels=p.joined("recommendations.stop_labels"),
            stop_inline=g("stop_inline"),
            agency_section=p.regexes("recommendations.agency_section"),
            agency_in_heading=re.compile(p.get("recommendations.agency_in_heading")),
            agency_suffix=re.compile(p.get("recommendations.agency_heading_suffix", r"(?!x)x"), re.I),
            overview_section=p.regexes("recommendations.overview_section"),
            overview_part=p.regexes("actions.plan.overview_section"),
            not_rec_section=p.regexes("recommendations.not_recommendation_section"),
            plan_heading=p.regexes("recommendations.action_plan_heading"),
            named_headings=p.regexes("headings.named"),
            mixed_heading=p.regexes("coverage.mixed_recommendations_heading"),
            self_list_intro=p.regexes("recommendations.self_list_intro"),
            summary_intro=p.regexes("recommendations.summary_list_intro"),
            not_rec=p.regexes("recommendations.not_recommendation"),
            recommending=g("recommending"),
            asking=g("asking"),
            committing=re.compile(p.get("recommendations.committing"), re.I),
            table_agency=g("table.agency"),
            table_recommendation=g("table.recommendation"),
            table_ref=g("table.ref"),
            table_addressee=g("table.addressee"),
            table_finding=g("table.finding"),
            label_scope=g("label_scope"),
            short_names=g("short_name"),
            appendix_word=g("appendix_word"),
            max_heading_words=int(p.get("recommendations.agency_heading_max_words", 18)),
            keep_code_prefix=bool(p.get("recommendations.keep_code_prefix", True)),
        )

    def label_match(
        self, text: str, in_chapter: bool, series: frozenset, numbered: frozenset = frozenset()
    ) -> Label | None:
        """The label opening `text`; a series code (one of `series`, the codes this document
        numbers its recommendations with) only counts inside a recommendations chapter
        (`in_chapter`), since narrative codes name people ("SW1", "PC2"); so does a lettered
        label, unless the chapter numbers recommendations with whole numbers too (`numbered`:
        "2a" is then a part of a numbered list, "1 ...", "2 ...", "2a ...", read with it)."""
        m = self.label.match(text)
        if m and (m.group("ref") or m.group("sep")):
            return Label(
                ref=m.group("ref"),
                sep=m.group("sep") or "",
                rest=m.group("rest") or "",
                # (the scope the label names before its body, "single agency – Police": the body)
                addressee=self.label_scope.sub("", m.group("qual") or "").strip() or None,
                series=m.group("series"),
            )
        c = self.code_label.match(text)
        if c and (c.group("prefix") in self.code_prefixes or (in_chapter and c.group("prefix") in series)):
            ref = c.group("ref") if self.keep_code_prefix else c.group("num")
            return Label(ref=ref, sep=c.group("sep") or "", rest=c.group("rest") or "", code=True)
        if c and c.group("prefix") in self.agency_codes and self.asking.search(c.group("rest") or ""):
            # "IMR 2 The Police should ...": an agency's own recommendation, listed in a plan's
            # preamble or a report's narrative as well as in a chapter, printed with or without
            # a separator; its text must ask someone to act (an "IMR 2" cell or aside does not)
            return Label(ref=c.group("ref"), sep=c.group("sep") or "", rest=c.group("rest"), code=True)
        return (self.agency_code_match(text) or self.lettered_match(text, numbered)) if in_chapter else None

    def lettered_match(self, text: str, numbered: frozenset) -> Label | None:
        """A recommendation lettered under its finding's number ("1b Dunmoor Police should ..."),
        its text asking someone to act, in a chapter that numbers no recommendation with a whole
        number."""
        m = self.lettered_label.match(text)
        if m is None or numbered or not self.asking.search(m.group("rest")):
            return None
        return Label(ref=m.group("ref"), sep="", rest=m.group("rest"))

    def agency_code_match(self, text: str) -> Label | None:
        """A recommendation numbered within its agency ("Police 1: Mid Vale Police should ...",
        "HB.2 The Health Board should ..."): the ref keeps the agency's prefix as printed."""
        a = self.agency_code_label.match(text)
        if a is None or not self.asking.search(a.group("rest") or ""):
            return None
        return Label(ref=a.group("ref"), sep=a.group("sep") or "", rest=a.group("rest"), code=True)

    def sub_part_match(self, text: str) -> tuple[str, str] | None:
        """(part, rest) of a sub-part marker at the start of text: "(ii) text" -> ("ii", "text")."""
        m = self.sub_part.match(text)
        if not m:
            return None
        return (m.group("part") or m.group("part2")).lower(), m.group("rest")

    def is_stop(self, text: str) -> bool:
        return self.stop_labels.search(text) is not None
