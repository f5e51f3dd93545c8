"""The per-article output contract of OUTPUT.md, as pydantic models.

Field names here are a public contract: add fields freely, never rename. The JSON
Schema published by `marsad schema` is generated from these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PER", "ORG", "GPE", "LOC"]
Role = Literal["source", "target", "participant"]
Status = Literal[
    "occurred",
    "ongoing",
    "planned",
    "intended",
    "attempted",
    "postponed",
    "cancelled",
    "refused",
    "denied",
    "hypothetical",
]
Precision = Literal["day", "week", "month", "year"]
EventType = Literal[
    "CONSULT",
    "AGREE",
    "COOPERATE",
    "SUPPORT",
    "AID",
    "REQUEST",
    "CONCEDE",
    "RETREAT",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]

__all__ = [
    "ArticleInfo",
    "DateInfo",
    "EntityOut",
    "EventOut",
    "Extraction",
    "Participant",
    "SpanOut",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanOut(_Model):
    """A span of `article.text`: `text == article.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ArticleInfo(_Model):
    id: str
    url: str | None = None
    source: str | None = None
    title: str = ""
    published: str | None = None
    author: str | None = None
    text: str


class EntityOut(_Model):
    id: str
    kb_id: str | None = None
    type: EntityType
    subtype: str | None = None
    name_ar: str
    name_en: str
    country: str | None = None
    title: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: list[SpanOut] = Field(default_factory=list)


class Participant(_Model):
    entity: str
    role: Role


class DateInfo(_Model):
    value: str | None = None
    precision: Precision | None = None
    text: str | None = None


class EventOut(_Model):
    id: str
    type: EventType
    mode: str | None = None
    status: Status = "occurred"
    participants: list[Participant] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    location: str | None = None
    date: DateInfo = Field(default_factory=DateInfo)
    attributed_to: list[str] = Field(default_factory=list)
    evidence: list[SpanOut] = Field(default_factory=list)
    cameo: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    explanation: str | None = None


class Extraction(_Model):
    """One article's output: the article, its entities and its events."""

    article: ArticleInfo
    entities: list[EntityOut] = Field(default_factory=list)
    events: list[EventOut] = Field(default_factory=list)
    pipeline_version: str | None = None
