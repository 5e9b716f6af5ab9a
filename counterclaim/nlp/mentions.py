"""Intermediate mentions the nlp readers hand to `incidents.build`.

Each carries the contract model it will become plus the index of the sentence it was found in
(`doc.sents` order), which the incident builder uses to tie facts to incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..models import ActorRef, Casualties, Claim, IncidentDate, Location


@dataclass
class CasualtyMention:
    kind: Literal["killed", "injured"]
    casualties: Casualties
    sent: int
    several_attacks: bool = False
    """The figure totals several attacks ("Nine killed in two attacks"): no one incident's toll."""
    adds: bool = False
    """The figure counts people besides those counted before ("Three more died", "Two guards were also
    killed", "Another five people were wounded"): it adds to the running toll."""
    revises: bool = False
    """The figure is a toll or total that replaces the ones before, even a lower one ("the toll rose to 14",
    "officials later lowered the death toll to three", "In all, 14 people died")."""
    respective: int | None = None
    """The figure's place in a list the sentence pairs with another ("in Kirkuk and Mosul, killing five and seven
    people respectively": 0 for five, 1 for seven); each figure is its own event's toll."""
    moved: bool = False
    """Dead who were counted injured before ("Two of the injured later died", "The pastor later died of his
    wounds", "wounding a guard, who died in hospital"): they leave the injured and join the killed."""
    superseded: bool = False
    """An earlier report of the toll that the text marks as such ("Officials initially put the toll at 26",
    "First reports said eight died"): any later figure of its kind replaces it, and it replaces none."""
    private: bool = False
    """Residents' or witnesses' own figure ("but residents put the toll at eleven", "according to witnesses"):
    they speak for themselves, so the officials' or the report's figure of its kind wins over it."""


@dataclass
class DateMention:
    date: IncidentDate
    sent: int


@dataclass
class PlaceMention:
    location: Location
    sent: int
    level: Literal["city", "admin", "country", "sea"]


@dataclass
class ActorMention:
    ref: ActorRef
    sent: int
    assumed: bool = False
    """A titled person whose affiliation the text does not state: the story's country is assumed."""


@dataclass
class ClaimMention:
    claim: Claim
    sent: int
    extra: dict = field(default_factory=dict)
