"""The output contract: what each stage hands the next and what the CLI, store and exports serialise.

Every extracted value carries the character offsets of its evidence (`Span`) or is absent
(`None`). Offsets index the analysed document text, so `text[span.start:span.end] == span.text`.
Models forbid unknown keys so that a typo in producer code fails loudly instead of silently
dropping data. Dump with `model_dump(mode="json", by_alias=True)` (the claim field `self`).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "over", "at least", "about", "up to", "under", "vague"]
ActorType = Literal["person", "organization", "state", "group"]
ClaimKind = Literal["responsibility", "condemnation", "warning", "sympathy"]
Polarity = Literal["affirm", "deny"]
Status = Literal["corroborated", "claimed", "alleged", "contested", "denied"]
STATUS_ORDER: tuple[Status, ...] = ("corroborated", "claimed", "alleged", "contested", "denied")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """Character offsets into the document text; `text` is always `document[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Label(_Model):
    """A codebook label (GTD strings exactly) with a confidence and the words that support it."""

    label: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)


class IncidentDate(_Model):
    """When it happened, only as far as the text says; all-null when it does not."""

    value: dt.date | None = None
    precision: Literal["day", "week", "month", "year"] | None = None
    basis: Literal["explicit", "relative"] | None = None
    evidence: Span | None = None


class Location(_Model):
    """The most specific place the text ties to the incident, resolved offline to GeoNames."""

    name: str
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    evidence: Span


class Casualties(_Model):
    """A casualty figure as stated, with the bounds it implies (see docs/conventions.md)."""

    stated: int | None = None
    qualifier: Qualifier = "exact"
    min: int | None = None
    max: int | None = None
    claimed_by_perpetrator: bool = False
    includes_perpetrators: bool = Field(
        default=False,
        description="the stated figure counts perpetrators among the casualties "
        "('40 people, including 9 attackers, were killed')",
    )
    evidence: Span


class Perpetrator(_Model):
    """A candidate perpetrator and its attribution status, with the claims behind it."""

    actor: str
    status: Status
    claims: list[str] = Field(default_factory=list)


class Roles(_Model):
    """MUC-4 style role fillers: the text spans that fill each role of the incident."""

    perpetrator_individuals: list[Span] = Field(default_factory=list)
    perpetrator_organizations: list[Span] = Field(default_factory=list)
    targets: list[Span] = Field(default_factory=list)
    victims: list[Span] = Field(default_factory=list)
    weapons: list[Span] = Field(default_factory=list)


class Incident(_Model):
    id: str
    summary: str
    date: IncidentDate = Field(default_factory=IncidentDate)
    location: Location | None = None
    attack_types: list[Label] = Field(default_factory=list)
    weapon_types: list[Label] = Field(default_factory=list)
    target_types: list[Label] = Field(default_factory=list)
    killed: Casualties | None = None
    injured: Casualties | None = None
    perpetrators_killed: Casualties | None = Field(
        default=None, description="perpetrators' own deaths, as stated; not part of `killed` unless it says so"
    )
    perpetrators_injured: Casualties | None = Field(
        default=None, description="perpetrators' own injuries, as stated; not part of `injured` unless it says so"
    )
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    roles: Roles = Field(default_factory=Roles)
    evidence: list[Span] = Field(default_factory=list)


class ActorRef(_Model):
    """An actor as mentioned: the words used, the canonical name and who it speaks for."""

    text: str
    actor: str
    type: ActorType
    affiliation: str | None = None
    evidence: Span


class Claim(_Model):
    id: str
    kind: ClaimKind
    source: ActorRef
    subject: ActorRef | None = None
    polarity: Polarity = "affirm"
    is_self: bool = Field(default=False, alias="self")
    hedged: bool = False
    cue: Span
    cameo: str | None = None
    incident: str | None = None
    evidence: Span
    also: list[Span] = Field(default_factory=list, description="repeats of the same statement")


class Actor(_Model):
    actor: str
    type: ActorType
    affiliation: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class DocumentInfo(_Model):
    id: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    n_chars: int


class AnalysisResult(_Model):
    """Everything counterclaim extracted from one document."""

    document: DocumentInfo
    incidents: list[Incident] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


def output_json_schema() -> dict:
    """JSON Schema of one document's output, generated from the models (`counterclaim schema`).

    It names its dialect: pydantic writes draft 2020-12 (`$defs`), and a validator left to guess (ajv defaults
    to draft-07) may read it by other rules."""
    schema = AnalysisResult.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
