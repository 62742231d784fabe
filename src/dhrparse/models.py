"""Output records, exactly as docs/CONTRACT.md names them (schema version 1).

These pydantic models are the single source of the JSON shape: `dhrparse schema`
prints the JSON Schema generated from them. Fields beyond the contract are
additions, never renames.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import GenerateJsonSchema

SCHEMA_VERSION = "1"

Precision = Literal["day", "month", "season", "year", "unknown"]
StatusValue = Literal["complete", "in_progress", "not_started", "unknown"]
Level = Literal["overview", "agency"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # A long report gives hundreds of thousands of records, and pydantic keeps on each the set
    # of field names it was given: a set of a dozen names outweighs the record's own values.
    # Records given the same names share one set. Pydantic adds a name to a record's set in
    # place when the field is set: the record first takes the shared set that holds the name
    # too, so a shared set never changes.

    def model_post_init(self, context: Any, /) -> None:
        _object_setattr(self, "__pydantic_fields_set__", shared_names(self.__pydantic_fields_set__))

    def __setattr__(self, name: str, value: Any) -> None:
        names = self.__pydantic_fields_set__
        if name not in names and name in type(self).model_fields:
            _object_setattr(self, "__pydantic_fields_set__", shared_names(names | {name}))
        super().__setattr__(name, value)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)  # (with a set of its own, updated)
        _object_setattr(copied, "__pydantic_fields_set__", shared_names(copied.__pydantic_fields_set__))
        return copied


_object_setattr = object.__setattr__
_NAME_SETS: dict[frozenset[str], set[str]] = {}


def shared_names(names: set[str]) -> set[str]:
    """The one set of these field names every record given them holds (see Record)."""
    return _NAME_SETS.setdefault(frozenset(names), names)


class Location(Record):
    page: int | None = None
    line_start: int
    line_end: int
    section: str | None = None


class DateValue(Record):
    raw: str
    start: str | None = None
    end: str | None = None
    precision: Precision = "unknown"
    approximate: bool = False
    relative: bool = False


# What could not be read, and where: never a silent drop. Published (JSON, schema, the library's
# `dhrparse.Warning`) under its original name "Warning"; no docstring, which the schema would print.
class ExtractionWarning(Record):
    model_config = ConfigDict(extra="forbid", title="Warning")

    code: str
    message: str
    location: Location | None = None


class Source(Record):
    name: str
    path: str | None = None
    sha256: str
    format: Literal["pdf", "text", "docx", "html"]
    pages: int | None = None


class Victim(Record):
    pseudonym: str
    age: int | None = None


class Review(Record):
    review_id: str | None = None
    review_type: Literal["DHR", "SCR", "SAR", "joint"] | None = Field(
        None,
        description="the contract's kind of review: a DARDR is a DHR, a child safeguarding practice review an SCR",
    )
    review_type_printed: str | None = Field(
        None,
        description="the kind of review as the report names itself (DHR, DARDR, SAR, CSPR, SCR, APR, CPR, CMR, NRP, joint)",
    )
    area: str | None = None
    doc_kind: Literal["overview_report", "executive_summary", "action_plan"] | None = None
    author: str | None = None
    victims: list[Victim] = Field(default_factory=list)
    date_of_death: DateValue | None = None


Scope = Literal["national", "regional", "local"]


class ThemeEvidence(Record):
    theme: str
    cues: list[str] = Field(
        default_factory=list, description="the words of the recommendation that decided the theme"
    )


# A record read from a review's text (a recommendation, an action, a chronology entry): its own
# id and its review's lead its fields. (No docstring: the schema would print it.)
class ReviewRecord(Record):
    id: str
    review_id: str | None = Field(
        None,
        description="id of the review the record belongs to (its Document's "
        "review.review_id), so a record read on its own still names its review",
    )


class Recommendation(ReviewRecord):
    ref: str | None = None
    parent_ref: str | None = None
    level: Level = "overview"
    agency: str | None = None
    agency_printed: str | None = Field(None, description="the agency as printed, before canonicalisation")
    title: str | None = None
    text: str
    outcome: str | None = None
    aliases: list[str] = Field(default_factory=list)
    alias_locations: list[Location] = Field(
        default_factory=list, description="where each other wording was found"
    )
    themes: list[str] = Field(default_factory=list, description="theme codes (THEMES.md), most central first")
    theme_evidence: list[ThemeEvidence] = Field(
        default_factory=list, description="the cue words behind each theme"
    )
    scope: Scope | None = Field(
        None, description="national / regional / local; null when no addressee is named"
    )
    location: Location


class Status(Record):
    raw: str | None = None
    value: StatusValue = "unknown"
    rag: str | None = Field(None, description="RAG colour when the plan gives one")
    judged_from: str | None = Field(
        None,
        description="the text the value was judged from when the status cell printed no status "
        "word: a progress or update cell, the status cell's own sentence, or a 'Completed' in the "
        "date column (some prefixed with their cell, 'progress: ...')",
    )


class Action(ReviewRecord):
    ref: str | None = None
    recommendation_ref: str | None = None
    recommendation_id: str | None = None
    recommendation_source: str | None = Field(
        None,
        description="source name of the document holding "
        "the linked recommendation, when it is another file of the same review",
    )
    agency_section: str | None = None
    action: str | None = None
    lead: str | None = None
    desired_outcome: str | None = None
    monitoring: str | None = None
    success_measure: str | None = None
    progress: str | None = None
    target_date: DateValue | None = None
    status: Status = Field(default_factory=Status)
    scope: str | None = None
    extra: dict[str, str] = Field(default_factory=dict, description="columns with no canonical field")
    location: Location


class ChronologyEvent(ReviewRecord):
    ref: str | None = None
    heading: str | None = None
    date: DateValue | None = None
    text: str
    agencies: list[str] = Field(default_factory=list)
    extra: dict[str, str] = Field(
        default_factory=dict,
        description="a chronology table's other cells (time, source record, the panel's comment)",
    )
    location: Location


class Document(Record):
    schema_version: str = SCHEMA_VERSION
    source: Source
    review: Review = Field(default_factory=Review)
    recommendations: list[Recommendation] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    chronology: list[ChronologyEvent] = Field(default_factory=list)
    warnings: list[ExtractionWarning] = Field(default_factory=list)


RECORD_TYPES: dict[str, type[Record]] = {
    "review": Review,
    "recommendations": Recommendation,
    "actions": Action,
    "chronology": ChronologyEvent,
    "warnings": ExtractionWarning,
}


class _PublishedNames(GenerateJsonSchema):
    """The schema names records as users have always seen them (ExtractionWarning is "Warning")."""

    def normalize_name(self, name: str) -> str:
        return "Warning" if name == "ExtractionWarning" else super().normalize_name(name)


def json_schema() -> dict[str, Any]:
    return Document.model_json_schema(schema_generator=_PublishedNames)
