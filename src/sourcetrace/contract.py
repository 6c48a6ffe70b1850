"""The one typed contract every layer reads and writes.

`Article` is what ingest hands the engine; `Analysis` is what the engine returns and the
JSON contract (schema_version "1"); `ArticleError` is what a batch records for an input that
could not be analysed. `sourcetrace schema` prints the JSON Schema generated from these
classes, and `schema/analysis.schema.json` is that output, checked by a test.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

SCHEMA_VERSION = "1"

AttributionType = Literal["direct", "indirect", "mixed", "nominal", "according_to"]
Stance = Literal["assert", "warn", "admit", "believe", "deny", "no_response", "question"]
SourceKind = Literal["person", "group", "organization", "document", "media"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the analysed text: `text == analysis.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Source(_Model):
    id: str
    name: str = Field(description="Canonical name: the fullest name or description in the article. A document "
                                  "is named by whom a reader credits it to, its author (\"figures released by the "
                                  "authority\": the authority's full name) or else its outlet (\"a report in the "
                                  "Valdmor Ledger\"), with its own words, less dates, as its description.")
    kind: SourceKind
    named: bool
    count: int | None = Field(None, description="Members of a group source, when the text states it.")
    description: str | None = Field(None, description="Role or description, e.g. \"Afghanistan's army chief\".")
    member_of: str | None = Field(None, description="The group source this one belongs to (\"one of the generals\").")
    mentions: list[Span] = Field(default_factory=list)


class Attribution(_Model):
    id: str
    source_id: str | None
    type: AttributionType
    stance: Stance
    source: Span | None = Field(description="The mention of the source inside this attribution, if any.")
    cue: Span | None
    content: Span = Field(description="From the first to the last character of the content.")
    content_parts: list[Span] = Field(
        default_factory=list, description="The content's pieces when a cue or aside interrupts it."
    )
    recipient: str | None = Field(None, description="Who was told, e.g. a news agency.")
    channel: str | None = Field(None, description="How it was said, e.g. \"via text messages\".")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    statement: bool = Field(True, description="True when the cue reports something said or written; false when "
                                              "it reports what the source felt, wanted or did.")


class Quantity(_Model):
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None = None
    per: str | None = None
    approximate: bool = False


class DateRef(_Model):
    text: str
    value: str | None = Field(description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null.")
    resolved: bool


class Claim(_Model):
    id: str
    text: str
    start: int
    end: int
    attribution_ids: list[str] = Field(default_factory=list)
    same_as: list[str] = Field(default_factory=list)
    supported_by: list[str] = Field(default_factory=list)
    denied_by: list[str] = Field(default_factory=list)
    no_response: list[str] = Field(default_factory=list)
    unattributed: bool = False
    single_source: bool = Field(
        False, description="One source supports it; a group of a stated size or of sources named "
                           "together counts as that many.")
    anonymous_only: bool = False
    document_based: bool = False
    check_worthiness: float = Field(0.0, ge=0.0, le=1.0)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)


class Audit(_Model):
    sources: int = 0
    named: int = 0
    unnamed: int = 0
    by_kind: dict[str, int] = Field(default_factory=dict)
    direct_share: float = 0.0
    denials: int = 0
    no_responses: int = 0
    second_hand: int = 0
    single_source_claims: int = 0
    anonymous_only_claims: int = 0
    unattributed_claims: int = 0


class Meta(_Model):
    title: str | None = None
    date: str | None = Field(None, description="Publication date, ISO format, when known.")
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = Field(None, description="ISO 639-1 code of the text's language, when detected.")
    notes: list[str] = Field(default_factory=list, description="What ingest had to do, e.g. undecodable bytes.")
    extra: dict[str, JsonValue] = Field(default_factory=dict, description="Input fields with no place above.")


def parse_iso_date(value: object) -> date | None:
    """A date or date-time, or its ISO text (a time and zone allowed after the date), as the
    calendar date it names; None for anything else. The one reading of `Meta.date`: ingest
    writes it with this, claims resolve "last year" against what this reads back."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for parse in (datetime.fromisoformat, date.fromisoformat):
        try:
            parsed = parse(text)
        except ValueError:
            continue
        return parsed.date() if isinstance(parsed, datetime) else parsed
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


class Article(_Model):
    """One input as ingest read it: `ref` is its identity at the source (an id, path or URL)."""

    ref: str | None = None
    text: str
    meta: Meta = Field(default_factory=Meta)


class ArticleError(_Model):
    """An input that ended without an analysis, and why."""

    ref: str
    reason: str = Field(description="A short key: unreadable, bad_input, too_large, over_budget, engine_error, …")
    message: str = Field(description="One line a person can read.")


class Analysis(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    ref: str | None = Field(None, description="The article's ref, as ingest gave it.")
    text: str
    meta: Meta = Field(default_factory=Meta)
    sources: list[Source] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    audit: Audit = Field(default_factory=Audit)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str) -> "Analysis":
        return cls.model_validate_json(data)

    def source(self, source_id: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def json_schema() -> str:
    return json.dumps(Analysis.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
