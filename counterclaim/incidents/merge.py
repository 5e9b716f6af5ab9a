"""Merged incidents: one record per real violent incident, from the document-level records.

Two steps, both with provenance:

1. **Clustering** (`IncidentMerger`): each document-level `Incident` is scored against candidate
   merged incidents found by blocking — the same story, or the same country within a date window
   sharing a name or attack type — on place (gazetteer distance from lat/lon, else names), date,
   attack type, casualties, perpetrators and summary words. It joins the best candidate above a
   threshold or starts a new merged incident. Hard evidence keeps records apart (dates more than a
   few days apart, places far apart in the same country, different countries), so two incidents of
   one article never merge. Merged ids are derived from the first member's key and never change;
   a late report joins an existing cluster and never renames it.
2. **Values** (`merged_view`): canonical fields with ranges where sources disagree (casualties as
   min..max over sources plus the latest figure by publication date), the most specific place,
   the most precise date, the union of labels with support counts, and perpetrators from all
   members' claims via `ledger.perpetrators`.

    merger = IncidentMerger()
    mid = merger.add(DocMeta(id="a1", published=date), incident, story_id="s-..")   # "m-1a2b3c4d5e6f"
    view = merged_view([(meta, incident, claims_of_that_incident), ...])
    rows = merger.state()                               # save; later: IncidentMerger.from_state(rows)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..codebooks.iso3166 import demonyms
from ..models import Casualties, Claim, Incident, IncidentDate, Location, Perpetrator, Qualifier, Span
from ..nlp._calendar import DAY_PARTS, MONTHS, WEEKDAYS
from ..nlp._cues import (
    ARMED_FIGHTER_NOUNS,
    ATTACKER_NOUNS,
    GENERIC_PERPETRATORS,
    QUARTER_WORDS,
    SECURITY_FORCE_NOUNS,
    SHIP_KINDS,
)
from ..nlp._ordinals import CARDINAL_NUMBERS, TENS
from ._features import term_counts
from .ledger import perpetrators


@dataclass(frozen=True)
class DocMeta:
    """The document facts merging needs (publication date orders tolls; id gives provenance)."""

    id: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class MergeConfig:
    """Knobs of incident merging (documented in docs/merging.md)."""

    threshold: float = 0.6
    """Minimum score (mean of the best and the average pair score) to join a merged incident."""
    date_window_days: int = 3
    """Explicit incident dates further apart than this never merge."""
    max_distance_km: float = 50.0
    """Resolved places further apart than this never merge."""


# --- the merged record -------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Sourced(_Model):
    """Where a merged value came from: the document and the evidence span in it."""

    document: str
    incident: str | None = None
    """None for a claim of a document that tells no incident of its own (see `merged_view`'s `commentary`)."""
    published: dt.date | None = None
    evidence: Span | None = None


class CasualtyReport(Sourced):
    """One source's casualty figure as stated."""

    stated: int | None = None
    qualifier: Qualifier = "exact"
    min: int | None = None
    max: int | None = None
    claimed_by_perpetrator: bool = False
    includes_perpetrators: bool = False


class CasualtyRange(_Model):
    """Casualties across sources: "killed: 60-137, latest 137 per 5 sources".

    `low`/`high` span every source's bounds (min, else stated); `latest` is the current toll: the figure of the
    most recently published report, a revision down too, unless that report only repeats a figure published
    before a higher one (see `_current`); `n_sources` counts documents.
    """

    low: int | None = None
    high: int | None = None
    latest: int | None = None
    latest_qualifier: Qualifier | None = None
    latest_document: str | None = None
    n_sources: int = 0
    reports: list[CasualtyReport] = Field(default_factory=list)


class LabelSupport(_Model):
    """A codebook label with how many documents support it, highest support first."""

    label: str
    support: int
    confidence: float
    documents: list[str] = Field(default_factory=list)


class MergedIncident(_Model):
    """One real incident as all its reports tell it."""

    id: str
    story: str | None = None
    documents: list[str]
    """Document ids (as given in the input's `id`), in publication order."""
    members: list[Sourced] = Field(default_factory=list)
    """(document, incident id) of every document-level record merged here."""
    summary: str
    date: IncidentDate = Field(default_factory=IncidentDate)
    date_source: Sourced | None = None
    location: Location | None = None
    location_source: Sourced | None = None
    attack_types: list[LabelSupport] = Field(default_factory=list)
    weapon_types: list[LabelSupport] = Field(default_factory=list)
    target_types: list[LabelSupport] = Field(default_factory=list)
    killed: CasualtyRange | None = None
    injured: CasualtyRange | None = None
    perpetrators_killed: CasualtyRange | None = None
    """The perpetrators' own dead (a bomber, gunmen shot by police), apart from the victims in `killed`."""
    perpetrators_injured: CasualtyRange | None = None
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    claims: list[Sourced] = Field(default_factory=list)
    """The claims behind the ledger, as (document, incident) with the claim's evidence span."""
    first_published: dt.date | None = None
    last_published: dt.date | None = None


Member = tuple[DocMeta, Incident, Sequence[Claim]]
"""One document-level record with its document and the claims the extractor tied to it."""


def _sourced(meta: DocMeta, incident: Incident, evidence: Span | None) -> Sourced:
    return Sourced(document=meta.id, incident=incident.id, published=meta.published, evidence=evidence)


def _pub_key(published: dt.date | None) -> tuple[bool, dt.date]:
    """Publication order, undated documents last."""
    return (published is None, published or dt.date.max)


def _place_rank(loc: Location) -> int:
    """How specific a place is: a town with coordinates beats a province, which beats a country."""
    if loc.name and loc.country and loc.name.lower() == loc.country.lower():
        return 0
    if (loc.admin1 and loc.name.lower() == loc.admin1.lower()) or not loc.country_code:
        return 1  # a province, or a sea or region without a country: wide areas
    if loc.geonames_id is None and loc.lat is not None:
        # a sea area with the country the text ties it to ("in the Red Sea off Yemen"): wider than a town, its centroid
        # hundreds of km from where the ship was hit, but it beats the same sea without a country
        return 2
    return 3 if loc.lat is not None and loc.lon is not None else 2


def _best_place(members: Sequence[Member]) -> tuple[Location, Sourced] | None:
    """The most specific place; ties go to the place most reports give, then to the earliest report."""
    placed = [(m, m[1].location) for m in members if m[1].location is not None]
    if not placed:
        return None
    support: dict[str, int] = {}
    for _, loc in placed:
        key = str(loc.geonames_id) if loc.geonames_id else loc.name.lower()  # type: ignore[union-attr]
        support[key] = support.get(key, 0) + 1

    def rank(item: tuple[Member, Location | None]) -> tuple[int, int, bool, dt.date]:
        (meta, _, _), loc = item
        assert loc is not None
        key = str(loc.geonames_id) if loc.geonames_id else loc.name.lower()
        return (-_place_rank(loc), -support[key], *_pub_key(meta.published))

    (meta, incident, _), loc = min(placed, key=rank)
    assert loc is not None
    return loc, _sourced(meta, incident, loc.evidence)


_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def _within(inner: IncidentDate, outer: IncidentDate) -> bool:
    """Whether a date falls inside a coarser one's period (a coarse date is the first day of its period)."""
    a, b = inner.value, outer.value
    assert a is not None and b is not None
    if outer.precision == "year":
        return a.year == b.year
    if outer.precision == "month":
        return (a.year, a.month) == (b.year, b.month)
    return 0 <= (a - b).days < (7 if outer.precision == "week" else 1)


def _best_date(members: Sequence[Member]) -> tuple[IncidentDate, Sourced] | None:
    """The most precise date, explicit before relative among equals, then the earliest.

    Precision comes first: a follow-up's "in October 2026" is explicit, but the first report's "on Friday" names the
    day inside it, and a merged incident dated to the month would lose that day (GTD's iday). A relative date
    outside a coarser explicit one's period (a weekday resolved a week off) does not count.
    """
    dated = [m for m in members if m[1].date.value is not None]
    if not dated:
        return None
    explicit = [m[1].date for m in dated if m[1].date.basis == "explicit"]

    def fits(m: Member) -> bool:
        d = m[1].date
        coarser = [e for e in explicit if _PRECISION.get(e.precision, 4) > _PRECISION.get(d.precision, 4)]
        return d.basis == "explicit" or all(_within(d, e) for e in coarser)

    def rank(m: Member) -> tuple[int, int, dt.date]:
        d = m[1].date
        return (_PRECISION.get(d.precision, 4), 0 if d.basis == "explicit" else 1, d.value or dt.date.max)

    meta, incident, _ = min([m for m in dated if fits(m)] or dated, key=rank)
    return incident.date, _sourced(meta, incident, incident.date.evidence)


def _labels(members: Sequence[Member], attr: str) -> list[LabelSupport]:
    """Union of the members' labels; support = number of documents giving it.

    "Unknown" is what a report gives when it cannot tell, not a label against one another report tells: it is kept
    only when no report tells any other (three reports of an army post "attacked" and one of gunmen who "opened fire"
    give Firearms, where Unknown's three documents ranked it first and GTD's weaptype1 read Unknown).
    """
    support: dict[str, LabelSupport] = {}
    for meta, incident, _ in members:
        for label in getattr(incident, attr):
            s = support.setdefault(label.label, LabelSupport(label=label.label, support=0, confidence=0.0))
            if meta.id not in s.documents:
                s.documents.append(meta.id)
                s.support += 1
            s.confidence = max(s.confidence, label.confidence)
    if len(support) > 1:
        support.pop("Unknown", None)
    return sorted(support.values(), key=lambda s: (-s.support, -s.confidence, s.label))


def _low(c: CasualtyReport) -> int | None:
    return c.min if c.min is not None else (c.stated if c.qualifier != "vague" else None)


def _high(c: CasualtyReport) -> int | None:
    if c.max is not None:
        return c.max
    if c.qualifier in ("exact", "about"):
        return c.stated
    return c.min


def _figure(r: CasualtyReport) -> int | None:
    """A report's figure as a number to compare: the stated one, else its ceiling, else its floor ("nearly 60" is 60,
    with no floor; "dozens" is its floor 12)."""
    for v in (r.stated, r.max, r.min):
        if v is not None:
            return v
    return None


def _current(reports: Sequence[CasualtyReport], revised: frozenset[int] = frozenset()) -> CasualtyReport:
    """The report whose figure is the current toll: the most recently published one (DESIGN.md: when a text updates
    a toll, the current figure wins), a revision down included ("revised the death toll down to 15" after "at least
    40" gives 15).

    One report is no update: a later one that only repeats a figure an earlier report published, after a higher
    figure was published since ("the April 3 suicide bombing ... that killed seven people" in a follow-up a week
    after the toll had risen from seven to 13) recalls the first count and leaves the current one. Among reports
    of one day the higher figure is the later (tolls rise within a day).

    A vague report ("dozens", "scores") gives no number to update a numbered toll with: it is the current one only
    when its floor is above the current figure ("hundreds" after "at least 20"), or when no report gave a number
    ("dozens" after "at least 20" leaves 20; DESIGN.md's "dozens" is a floor of 12, not a new count).

    A later figure under half of the current one's floor, where the merger would read another attack, is a count
    revised down only when its sentence says so (`revised`: "revised the death toll down to 14", "lowered the toll
    to 14"); without such words it restates an older count that outlets still carry ("A suicide bomber
    killed seven worshippers" the day after "at least 31" was published) and leaves the current one. A lower figure
    above that line (11 where 19 was told) is the newer count, and so is any figure after a vague floor ("45 killed"
    the day after "hundreds": DESIGN.md's current figure wins).
    """

    def order(r: CasualtyReport) -> tuple[bool, dt.date, int]:
        v = _figure(r)
        return (*_pub_key(r.published), v if v is not None else -1)

    ordered = sorted(reports, key=order)

    def repeats_an_earlier_figure(r: CasualtyReport) -> bool:
        v = _figure(r)
        if v is None or r.published is None:
            return False
        before = [(e.published, _figure(e)) for e in ordered if e.published is not None and e.published < r.published]
        return any(f == v and any(day > first and g is not None and g > v for day, g in before) for first, f in before)

    def vague_below(r: CasualtyReport, current: CasualtyReport) -> bool:
        v, c = _figure(r), _figure(current)
        return r.qualifier == "vague" and c is not None and (v is None or v <= c)

    def stale_below(r: CasualtyReport, current: CasualtyReport) -> bool:
        # a vague floor ("hundreds") is no count a later exact one restates: the health ministry's 45 updates it
        v, floor = _figure(r), _low(current)
        return (
            current.qualifier != "vague"
            and v is not None
            and floor is not None
            and 2 * v < floor
            and id(r) not in revised
        )

    current = ordered[0]
    for r in ordered[1:]:
        if not repeats_an_earlier_figure(r) and not vague_below(r, current) and not stale_below(r, current):
            current = r
    return current


def _says_revised(incident: Incident, c: Casualties) -> bool:
    """Whether the sentence of a casualty figure says the count was revised ("revised the death toll down to 14",
    "lowered the toll to seven"; not "in Lower Dir district" nor "the hall was reduced to rubble")."""
    from ..nlp.quantities import revised_figure  # here: the store opens without spaCy (the reader imports it)

    for span in incident.evidence:
        if span.start <= c.evidence.start and c.evidence.end <= span.end:
            return revised_figure(span.text, c.evidence.start - span.start, c.evidence.end - span.start)
    return False


def casualty_range(members: Sequence[Member], attr: str) -> CasualtyRange | None:
    """Casualty figures across reports: the span of their bounds and the latest figure.

    A perpetrator's own count only counts toward the range when no other source gives a figure
    (claimants inflate); it stays among the reports either way.
    """
    reports: list[CasualtyReport] = []
    revised: set[int] = set()
    for meta, incident, _ in sorted(members, key=lambda m: _pub_key(m[0].published)):
        c: Casualties | None = getattr(incident, attr)
        if c is not None:
            if _says_revised(incident, c):
                revised.add(len(reports))
            reports.append(
                CasualtyReport(
                    document=meta.id,
                    incident=incident.id,
                    published=meta.published,
                    evidence=c.evidence,
                    stated=c.stated,
                    qualifier=c.qualifier,
                    min=c.min,
                    max=c.max,
                    claimed_by_perpetrator=c.claimed_by_perpetrator,
                    includes_perpetrators=c.includes_perpetrators,
                )
            )
    if not reports:
        return None
    basis = [r for r in reports if not r.claimed_by_perpetrator] or reports
    lows = [v for v in (_low(r) for r in basis) if v is not None]
    highs = [v for v in (_high(r) for r in basis) if v is not None] + lows
    latest = _current(basis, frozenset(id(r) for n, r in enumerate(reports) if n in revised))
    return CasualtyRange(
        low=min(lows, default=None),
        high=max(highs, default=None),
        latest=_figure(latest),  # "dozens" alone is its floor, 12 (vague), as GTD's nkill and the range count it
        latest_qualifier=latest.qualifier,
        latest_document=latest.document,
        n_sources=len({r.document for r in reports}),
        reports=reports,
    )


Commentary = tuple[DocMeta, Sequence[Claim]]
"""A document that tells no incident of its own, with its responsibility claims ("India rejected the charge")."""


def merged_view(
    members: Sequence[Member],
    merged_id: str | None = None,
    story: str | None = None,
    commentary: Sequence[Commentary] = (),
) -> MergedIncident:
    """Combine the members of one merged incident into canonical values with provenance.

    Claim ids are made unique across documents as "<document id>/<claim id>" in the ledger. `commentary` adds the
    claims of documents that tell no incident of their own but speak of this one (the store gives those of the
    incident's story when it holds no other incident): they count in the ledger and among the documents.
    """
    if not members:
        raise ValueError("merged_view needs at least one member")
    members = sorted(members, key=lambda m: _pub_key(m[0].published))
    first_meta, first_incident, _ = members[0]
    documents = list(dict.fromkeys(m[0].id for m in members))
    claims: list[Claim] = []
    claim_refs: list[Sourced] = []
    seen: set[tuple[str, str]] = set()
    for meta, incident, tied in members:
        for c in tied:
            if (meta.id, c.id) in seen:
                continue
            seen.add((meta.id, c.id))
            claims.append(c.model_copy(update={"id": f"{meta.id}/{c.id}"}))
            claim_refs.append(_sourced(meta, incident, c.evidence))
    for meta, said in sorted(commentary, key=lambda m: _pub_key(m[0].published)):
        for c in said:
            if (meta.id, c.id) in seen:
                continue
            seen.add((meta.id, c.id))
            claims.append(c.model_copy(update={"id": f"{meta.id}/{c.id}"}))
            claim_refs.append(Sourced(document=meta.id, published=meta.published, evidence=c.evidence))
        if said and meta.id not in documents:
            documents.append(meta.id)
    date = _best_date(members)
    place = _best_place(members)
    published = [m[0].published for m in members if m[0].published is not None]
    published += [meta.published for meta, said in commentary if said and meta.published is not None]
    pub_of = {m[0].id: m[0].published for m in members} | {meta.id: meta.published for meta, _ in commentary}
    documents.sort(key=lambda d: _pub_key(pub_of.get(d)))  # stable: a day's documents keep their order
    return MergedIncident(
        id=merged_id or merged_id_for(IncidentKey(first_meta.id, first_incident.id)),
        story=story,
        documents=documents,
        members=[_sourced(meta, inc, None) for meta, inc, _ in members],
        summary=first_incident.summary,
        date=date[0] if date else IncidentDate(),
        date_source=date[1] if date else None,
        location=place[0] if place else None,
        location_source=place[1] if place else None,
        attack_types=_labels(members, "attack_types"),
        weapon_types=_labels(members, "weapon_types"),
        target_types=_labels(members, "target_types"),
        killed=casualty_range(members, "killed"),
        injured=casualty_range(members, "injured"),
        perpetrators_killed=casualty_range(members, "perpetrators_killed"),
        perpetrators_injured=casualty_range(members, "perpetrators_injured"),
        perpetrators=perpetrators(claims) or _unclaimed(members),
        claims=claim_refs,
        first_published=min(published, default=None),
        last_published=max(published, default=None),
    )


def _unclaimed(members: Sequence[Member]) -> list[Perpetrator]:
    """Without claims in hand, keep the members' own perpetrator lists (first status wins)."""
    out: dict[str, Perpetrator] = {}
    for _, incident, _ in members:
        for p in incident.perpetrators:
            out.setdefault(p.actor, p)
    return list(out.values())


# --- clustering ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentKey:
    """A document-level incident record: (document id, incident id within that document)."""

    doc_id: str
    incident_id: str


def merged_id_for(key: IncidentKey) -> str:
    """A merged incident's id comes from its first record, so late reports never rename it."""
    return "m-" + hashlib.sha1(f"{key.doc_id}#{key.incident_id}".encode()).hexdigest()[:12]


def _date_or_none(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- details that tell two attacks of one city and day apart ------------------------------------

_SUBPLACE_HEADS = "|".join(
    sorted(
        QUARTER_WORDS
        | {"district", "colony", "bazaar", "market", "chowk", "road", "street", "square", "avenue", "lane", "boulevard"}
    )
)
"""A town's quarters (the place reader's) and its districts, markets and streets."""
_NAME = r"(?:[A-Z][\w'\-]*\s+(?:(?:al|el|ul|de|la)-?\s*)?){0,3}[A-Z][\w'\-]*"
_SUBPLACE = re.compile(rf"\b(?:(?P<city>[A-Z][\w\-]*)'s\s+)?(?P<name>{_NAME})\s+(?P<head>(?i:{_SUBPLACE_HEADS}))\b")
_SHIP = re.compile(
    rf"\b(?:{'|'.join(sorted(SHIP_KINDS))})\s+(?P<intro>(?:named|called|M/?[VT])\s+)?(?P<quote>[\"\u201c'\u2018])?"
    rf"(?P<name>{_NAME})"
)
"""A ship named after its kind ("the tanker Marlin Luanda", "the bulk carrier Star Nasia"): at sea the ship is the spot
that tells one attack from another in the same sea on the same day."""
_NOT_A_SHIP_AFTER = ARMED_FIGHTER_NOUNS | ATTACKER_NOUNS | GENERIC_PERPETRATORS | SECURITY_FORCE_NOUNS
"""Nouns after a capitalised word that make it the attackers', not the ship's name: "the vessel Houthi rebels hit"."""
_SUBPLACE_GENERIC = frozenset(
    "mv mt the al el ul de la city old new main central north south east west northern southern eastern western "
    "upper lower grand great little police government army border red green".split()
)
_NOT_A_NAME = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"the", "a", "an", "this", "that", "in", "on", "at", "near"}


_HELD_BY = re.compile(r"-(?:\w+ed|held|run|led|majority|minority|speaking)$")
"""A community's or a force's hold on a quarter ("a Taliban-controlled district", "the Houthi-held port", "a
Shia-dominated neighbourhood", "a Christian-majority area"): an adjective, no name of the spot."""


def _shouted(text: str) -> bool:
    """All-caps copy ("A CAR BOMB EXPLODED NEAR A CROWDED MARKET IN BAGHDAD"): its capitals mark no proper name."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _subplaces(incident: Incident) -> list[str]:
    """The words of the places inside a town that the incident's sentences name: a district, a neighbourhood, a
    road, a square or a bazaar ("in Baghdad's Sadr City district" -> sadr; "in the Dora neighbourhood" -> dora;
    "on Zarghoon Road" -> zarghoon), and at sea the ship ("the tanker Marlin Luanda" -> marlin, luanda). Two reports of
    one place and day that each name such a spot and share no word of it tell two attacks (see `pair_score`); the town
    itself, its province and its country are not among them, nor a community's or a nation's adjective ("a Shiite
    district", "a Taliban-controlled area", "an Afghan market"), nor anything in all-caps copy."""
    loc = incident.location
    known = {w.lower() for w in " ".join(x for x in (loc.name, loc.admin1, loc.country) if x).split()} if loc else set()
    out: set[str] = set()
    for span in incident.evidence[:6]:
        if _shouted(span.text):
            continue  # "A CAR BOMB EXPLODED NEAR A CROWDED MARKET": capitals tell no name in all-caps copy
        for m in (*_SUBPLACE.finditer(span.text), *_SHIP.finditer(span.text)):
            words = [w.strip("'").lower() for w in m.group("name").split()]
            mark = ""
            if m.re is _SHIP:
                after = re.match(r"\s+([a-z]+)", span.text[m.end() :])
                if (after and after.group(1) in _NOT_A_SHIP_AFTER) or any(w in demonyms() for w in words):
                    continue  # "the vessel Houthi rebels hit", "the tanker Iranian forces seized": no ship's name
                # a name run of two words, or one introduced ("the MV Tutor", "a ship named Tutor", quoted), is sure
                sure = bool(m.group("intro") or m.group("quote")) or len(words) >= 2
                mark = _SHIP_MARK if sure else _SHIP_GUESS
            indefinite = words[0] in ("a", "an") or span.text[: m.start("name")].split()[-1:] in (["a"], ["an"])
            while words and words[0] in _NOT_A_NAME:  # "The Dora", "Monday market", a sentence's first word
                words.pop(0)
            if m.re is _SUBPLACE and indefinite and len(words) == 1:
                continue  # "a Shiite district", "a Hazara neighbourhood": a kind of district, no name of one
            words = [
                w
                for w in words
                if w not in _SUBPLACE_GENERIC
                and w not in known
                and not w.endswith("'s")
                and not _HELD_BY.search(w)
                and w not in demonyms()
            ]
            out.update(mark + w for w in words)
    return sorted(out)


_SHIP_MARK = "ship:"
"""Marks a ship's words among the spots: a ship is one place, so two ships surely named apart are two attacks."""
_SHIP_GUESS = "ship?:"
"""Marks the words of a ship's name of one word, neither introduced nor quoted ("the tanker Pablo", or "the vessel
Houthis struck"): a spot like a district's, one detail, no veto alone."""


def _ship_words(f: IncidentFeatures, sure: bool = False) -> set[str]:
    marks = (_SHIP_MARK,) if sure else (_SHIP_MARK, _SHIP_GUESS)
    return {w.split(":", 1)[1] for w in f.subplaces if w.startswith(marks)}


def _spots_differ(a: IncidentFeatures, b: IncidentFeatures, ships: bool) -> bool:
    """Whether both records name a spot (a ship, or a district or road) and their spots share no word."""
    if ships:
        sa, sb = _ship_words(a), _ship_words(b)
    else:
        sa = {w for w in a.subplaces if not w.startswith((_SHIP_MARK, _SHIP_GUESS))}
        sb = {w for w in b.subplaces if not w.startswith((_SHIP_MARK, _SHIP_GUESS))}
    return bool(sa and sb and not sa & sb)


def _ships_surely_differ(a: IncidentFeatures, b: IncidentFeatures) -> bool:
    """Both records surely name a ship ("the bulk carrier Star Nasia", "the tanker Marlin Luanda") and no ship word
    is shared: two ships, two attacks."""
    return bool(_ship_words(a, sure=True) and _ship_words(b, sure=True) and _spots_differ(a, b, ships=True))


_TIMES_OF_DAY = {
    **{part: part for part in DAY_PARTS},  # the date reader's parts of a day, and the words for their hours
    **dict.fromkeys(("dawn", "daybreak", "sunrise", "early"), "morning"),
    **dict.fromkeys(("noon", "midday", "lunchtime"), "afternoon"),
    **dict.fromkeys(("dusk", "sunset"), "evening"),
    **dict.fromkeys(("midnight", "overnight", "late"), "night"),
}
_TIME_WORD = re.compile(r"\b(" + "|".join(_TIMES_OF_DAY) + r")\b", re.IGNORECASE)
_TIMES_APART = frozenset({frozenset({"morning", "evening"}), frozenset({"afternoon", "night"})})
"""Times of one day that cannot be one attack's: morning and evening, afternoon and night. Night and morning meet in
the small hours ("shortly after midnight", "early on Sunday"), afternoon and evening at dusk."""


def _time_of_day(incident: Incident) -> str | None:
    """The part of the day the incident's date phrase names, within a few words of it ("on Tuesday morning", "late on
    Saturday", "early Sunday", "on Friday night"); None when it names none."""
    ev = incident.date.evidence
    if ev is None:
        return None
    for span in incident.evidence[:6]:
        if span.start <= ev.start and ev.end <= span.end:
            window = span.text[max(0, ev.start - span.start - 12) : ev.end - span.start + 12]
            found = {_TIMES_OF_DAY[m.group(1).lower()] for m in _TIME_WORD.finditer(window)}
            return found.pop() if len(found) == 1 else None
    found = {_TIMES_OF_DAY[m.group(1).lower()] for m in _TIME_WORD.finditer(ev.text)}
    return found.pop() if len(found) == 1 else None


Bounds = tuple[int | None, int | None]
"""A casualty figure's (least, most) as merging compares it: "at least 12" -> (12, None), "nearly 60" -> (None, 60)."""


@dataclass
class IncidentFeatures:
    """What merging compares, JSON-serialisable so the store can persist it."""

    doc_id: str
    incident_id: str
    story: str | None = None
    published: dt.date | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    country: str | None = None
    place: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    place_rank: int = 0
    attack_types: list[str] = field(default_factory=list)
    target_types: list[str] = field(default_factory=list)
    killed: Bounds | None = None
    injured: Bounds | None = None
    actors: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    subplaces: list[str] = field(default_factory=list)
    time_of_day: str | None = None
    captives: list[str] = field(default_factory=list)
    """The captives' counts with their noun ("27 passenger"; `_captives`); empty in features saved before them."""

    @classmethod
    def of(cls, doc: DocMeta, incident: Incident, story: str | None) -> IncidentFeatures:
        loc = incident.location
        words = set(term_counts(" ".join([incident.summary, *(e.text for e in incident.evidence[:6])])))
        actors = {p.actor.lower() for p in incident.perpetrators}
        for span in (*incident.roles.perpetrator_organizations, *incident.roles.perpetrator_individuals):
            actors.add(span.text.lower())

        def bounds(c: Casualties | None) -> Bounds | None:
            if c is None:
                return None
            low = c.min if c.min is not None else (c.stated if c.qualifier != "vague" else None)
            high = c.max if c.max is not None else (c.stated if c.qualifier in ("exact", "about") else None)
            return (low, high)

        return cls(
            doc_id=doc.id,
            incident_id=incident.id,
            story=story,
            published=doc.published,
            date=incident.date.value,
            date_precision=incident.date.precision,
            country=loc.country_code if loc else None,
            place=loc.name.lower() if loc else None,
            geonames_id=loc.geonames_id if loc else None,
            # only a town's coordinates measure a distance: a sea area's are a rough centroid, and two outlets name
            # the Red Sea and the Gulf of Aden for one ship struck near the strait between them
            lat=loc.lat if loc and loc.geonames_id is not None else None,
            lon=loc.lon if loc and loc.geonames_id is not None else None,
            place_rank=_place_rank(loc) if loc else 0,
            attack_types=sorted({lbl.label for lbl in incident.attack_types if lbl.label != "Unknown"}),
            target_types=sorted({lbl.label for lbl in incident.target_types if lbl.label != "Unknown"}),
            killed=bounds(incident.killed),
            injured=bounds(incident.injured),
            actors=sorted(actors),
            words=sorted(words),
            subplaces=_subplaces(incident),
            time_of_day=_time_of_day(incident),
            captives=_captives(incident),
        )

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for k in ("published", "date"):
            out[k] = out[k].isoformat() if out[k] else None
        for k in ("killed", "injured"):
            out[k] = list(out[k]) if out[k] is not None else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IncidentFeatures:
        data = dict(data)
        for k in ("published", "date"):
            data[k] = _date_or_none(data.get(k))
        for k in ("killed", "injured"):
            data[k] = tuple(data[k]) if data.get(k) is not None else None
        return cls(**data)


def _km(a: IncidentFeatures, b: IncidentFeatures) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_DATE_SLACK = {"day": 1, "week": 7, "month": 31, "year": 366}
"""The days a date of each precision spans (a coarse date is the first day of its period)."""


def _counts_agree(
    a: Bounds | None,
    b: Bounds | None,
    a_published: dt.date | None = None,
    b_published: dt.date | None = None,
    *,
    may_fall: bool = False,
) -> float | None:
    """1 when two casualty figures can describe the same toll, 0 when they tell two attacks, None when they say
    nothing either way.

    Tolls rise between reports, they do not fall. A later report's higher figure never counts against a merge:
    it agrees up to about twice the earlier one, or however high when the earlier one had no ceiling ("at least
    12", then 93); beyond that (five killed, then "at least 40" the next day) it is no evidence either way. A later
    report whose figure is under half of what an earlier report gave as its least ("seven killed" on Sunday, "two
    guards killed" in Monday's paper) tells another attack (an outlet giving 15 where another gave 19 still agrees).
    Reports of one day, or of unknown order, cannot tell a rise: figures far apart (the higher over five times the
    lower, plus five) disagree.

    `may_fall` is for the wounded: their count falls between reports as the lightly hurt go home and outlets count
    those still in hospital ("wounding 42" on Saturday, "14 were hurt" in Sunday's paper), so a later lower figure
    is no evidence either way.
    """
    if a is None or b is None:
        return None
    va = a[0] if a[0] is not None else a[1]
    vb = b[0] if b[0] is not None else b[1]
    ordered = a_published is not None and b_published is not None and a_published != b_published
    if ordered:
        (_, early, v_early), (_, late, v_late) = sorted(((a_published, a, va), (b_published, b, vb)))
        if early[0] is not None and late[1] is not None and 2 * late[1] < early[0]:
            return None if may_fall else 0.0
        if v_early is not None and v_late is not None and v_late > max(3, 2 * v_early + 2):
            return 1.0 if early[1] is None else None  # a toll that rose; "at least 12" left room for it
    if va is None or vb is None:
        return None
    lo, hi = sorted((va, vb))
    if hi <= max(3, 2 * lo + 2):
        return 1.0
    return 0.0 if hi > 5 * lo + 5 else 0.5


def _dates_agree(a: IncidentFeatures, b: IncidentFeatures) -> float:
    """How well two incident dates agree, in [0, 1].

    Two day-precise dates agree fully only on the same day: one day apart is what an attack overnight or told
    across time zones gives, but also what two attacks in one city on consecutive days give ("a car bomb on
    Sunday", "mortar shells on Monday"), so it is half an agreement and the other evidence decides. A coarser
    date ("last week", "in March") agrees with any day inside its period (a day of slack either side).
    """
    assert a.date is not None and b.date is not None
    gap = abs((a.date - b.date).days)
    if (a.date_precision or "day") == "day" and (b.date_precision or "day") == "day":
        return 1.0 if gap == 0 else (0.5 if gap == 1 else 0.2)
    # the earlier date's period must reach the later date (a coarse date is the start of its period); the order
    # is by date alone, so two records of one date never compare their precisions (one may be None)
    (lo, lo_p), (hi, _) = sorted(((a.date, a.date_precision), (b.date, b.date_precision)), key=lambda d: d[0])
    inside = (hi - lo).days < _DATE_SLACK.get(lo_p or "day", 1) + 1
    return 1.0 if inside else 0.4


def _countries_conflict(a: IncidentFeatures, b: IncidentFeatures) -> bool:
    """Two countries rule a merge out, unless both records name the same place and only one of them found it in
    the gazetteer: an unresolved name's country is a guess from the dateline or the nationality words around it
    ("WASHINGTON — ... Rwandan forces carried out Sunday's drone strike on the airport in Goma"), so the country
    the gazetteer gives the same name wins and the records may still merge on the rest of the evidence."""
    if not (a.country and b.country and a.country != b.country):
        return False
    return not (a.place and a.place == b.place and (a.geonames_id is None) != (b.geonames_id is None))


_TARGET_WEIGHT = 0.5
"""Target types weigh half what attack types do in the pair score and never gate a merge: outlets label one attack's
target differently. Of 120 scored pairs of different GTD-train incidents of one city and day whose target types share
nothing, 23 stay apart at this weight (13 without the feature, 41 when it gated)."""


_CAPTIVITY = frozenset({"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)"})
_CAPTIVITY_DAYS = 31
"""A hostage-taking lasts: its end (captives killed, freed or ransomed) comes days or weeks after the abduction."""


_NUMBER_WORDS = {**CARDINAL_NUMBERS, **TENS}
_CAPTIVE_NUMBER = r"(?P<n>\d[\d,]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_CAPTIVE_NOUN = r"(?P<noun>[a-z]+(?:[\s\-]+[a-z]+)?)"
_HELD_VERBS = r"(?:abduct|kidnapp?|seiz|snatch|releas|rescu)\w*|free|freed|freeing|held|holding|took|taken|taking"
_CAPTIVES_TOLD = (
    # "abducted 27 passengers", "kidnapped at least 20 worshippers", "freed the 27 bus passengers"
    re.compile(
        rf"\b(?:{_HELD_VERBS})\s+(?:(?:at\s+least|some|about|all|the|of\s+the)\s+)*{_CAPTIVE_NUMBER}\s+"
        rf"{_CAPTIVE_NOUN}\b",
        re.IGNORECASE,
    ),
    # "the 27 bus passengers abducted near Kaduna", "14 passengers who were kidnapped", "20 hostages held"
    re.compile(
        rf"\b{_CAPTIVE_NUMBER}\s+{_CAPTIVE_NOUN}\s+(?:(?:who|that)\s+)?(?:(?:were|had\s+been|"
        rf"are|have\s+been|was)\s+)?(?:{_HELD_VERBS})\b",
        re.IGNORECASE,
    ),
)
_ANY_CAPTIVES = frozenset({"people", "persons", "hostages", "captives", "abductees", "victims", "others"})
"""Nouns that count the captives whatever they are: they agree with any captive noun of the same count."""
_CAPTIVE_FLOOR = 10
"""Counts under ten are too common to tell one kidnapping (two farmers, three travellers) from another."""


def _captives(incident: Incident) -> list[str]:
    """The captives' counts the incident's sentences tell with their noun: "abducted 27 passengers" and "four of the
    27 bus passengers abducted" -> "27 passenger". Only a number on abducted, held or freed people counts: "about 30
    km from Kaduna" or a toll is none."""
    from ..nlp.quantities import PERSON_NOUNS  # here: the store opens without spaCy (the reader imports it)

    out: set[str] = set()
    for span in incident.evidence[:6]:
        for pattern in _CAPTIVES_TOLD:
            for m in pattern.finditer(span.text):
                raw = m.group("n").lower().replace(",", "")
                n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
                if n is None or n < _CAPTIVE_FLOOR:
                    continue
                for noun in re.split(r"[\s\-]+", m.group("noun").lower()):  # "27 bus passengers": the people's noun
                    one = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
                    one = {"men": "man", "women": "woman", "children": "child"}.get(noun, one)
                    if noun in _ANY_CAPTIVES or one in PERSON_NOUNS:
                        out.add(f"{n} *" if noun in _ANY_CAPTIVES else f"{n} {one}")
                        break
    return sorted(out)


def _same_captives(a: IncidentFeatures, b: IncidentFeatures) -> bool:
    """Both records are hostage-takings and tell one count of captives with one noun (the captives': "abducted 27
    passengers", "four of the 27 bus passengers ... were killed"): the later one may tell the end of the captivity,
    dated days after the abduction and after the first report was published. Any other number ("about 30 km from
    Kaduna") is no captives' count, and 20 passengers are not 20 worshippers; without a shared count the records keep
    the usual date window ("hostages" or "people" agree with any noun of the count)."""
    if not (_CAPTIVITY & set(a.attack_types) and _CAPTIVITY & set(b.attack_types)):
        return False

    def split(f: IncidentFeatures) -> set[tuple[str, str]]:
        return {tuple(c.split(" ", 1)) for c in f.captives}  # type: ignore[misc]

    return any(na == nb and (ka == kb or "*" in (ka, kb)) for na, ka in split(a) for nb, kb in split(b))


def pair_score(a: IncidentFeatures, b: IncidentFeatures, config: MergeConfig) -> float | None:
    """How likely two records describe the same incident, in [0, 1]; None when evidence forbids it."""
    if a.doc_id == b.doc_id:
        return None  # one article's incidents are distinct by construction
    if _countries_conflict(a, b):
        return None
    captivity = _same_captives(a, b)
    if a.date and b.date:
        slack = max(_DATE_SLACK.get(a.date_precision or "day", 1), _DATE_SLACK.get(b.date_precision or "day", 1))
        window = _CAPTIVITY_DAYS if captivity else config.date_window_days
        if abs((a.date - b.date).days) > max(slack, window):
            return None
    # A report cannot describe an incident that happened after it was published (a captivity's end can).
    for x, y in ((a, b), (b, a)):
        if x.date and y.published and x.date > y.published + dt.timedelta(days=1) and not captivity:
            return None
    km = _km(a, b)
    if km is not None and km > config.max_distance_km and min(a.place_rank, b.place_rank) >= 3:
        return None
    # Two places inside the town that share no word (a checkpoint in Sadr City, a minibus in Dora), or two times of
    # one day that cannot meet (Tuesday morning, Tuesday evening), are what outlets tell two attacks of one city and
    # day apart by: each halves the agreement of the place or the date, and keeps the records apart when a second
    # detail disagrees too (the other of them, tolls that conflict).
    if _ships_surely_differ(a, b):
        return 0.0  # two ships named apart ("the bulk carrier Star Nasia", "the tanker Marlin Luanda")
    # a ship's name of one word ("the tanker Pablo") is one detail as a district is
    subplaces_differ = _spots_differ(a, b, ships=False) or _spots_differ(a, b, ships=True)
    times_differ = a.date is not None and a.date == b.date and frozenset({a.time_of_day, b.time_of_day}) in _TIMES_APART
    parts: list[tuple[float, float]] = []  # (weight, agreement)
    if a.story and a.story == b.story:
        parts.append((1.0, 1.0))
    place_weight = 0.5 if subplaces_differ else 1.0
    if a.geonames_id and a.geonames_id == b.geonames_id:
        parts.append((2.0, place_weight))
    elif km is not None:
        parts.append((2.0, place_weight * max(0.0, 1.0 - km / config.max_distance_km)))
    elif a.place and b.place:
        parts.append((1.0, place_weight * (1.0 if a.place == b.place else 0.3)))
    if a.country and a.country == b.country:
        parts.append((0.5, 1.0))
    if a.date and b.date:
        agree = max(_dates_agree(a, b), 0.5) if captivity else _dates_agree(a, b)  # an abduction and its end
        parts.append((1.5, agree * (0.5 if times_differ else 1.0)))
    elif a.published and b.published:
        gap = abs((a.published - b.published).days)
        parts.append((0.5, 1.0 if gap <= 2 else (0.5 if gap <= config.date_window_days else 0.0)))
    if a.attack_types and b.attack_types:
        sa, sb = set(a.attack_types), set(b.attack_types)
        parts.append((1.0, len(sa & sb) / len(sa | sb)))
    if a.target_types and b.target_types:
        # a weak feature only: outlets label one attack's target differently (a hotel stormed is Business to one,
        # Government (Diplomatic) and Tourists to another that names the embassy staff among the dead)
        sa, sb = set(a.target_types), set(b.target_types)
        parts.append((_TARGET_WEIGHT, len(sa & sb) / len(sa | sb)))
    specifics: list[tuple[float, float]] = []  # what tells one attack from another of the same place and group
    for agree in (
        _counts_agree(a.killed, b.killed, a.published, b.published),
        _counts_agree(a.injured, b.injured, a.published, b.published, may_fall=True),
    ):
        if agree is not None:
            specifics.append((0.75, agree))
    tolls_conflict = any(v == 0.0 for _, v in specifics)
    if a.actors and b.actors:
        parts.append((1.0, 1.0 if set(a.actors) & set(b.actors) else 0.2))
    if a.words and b.words:
        sa, sb = set(a.words), set(b.words)
        specifics.append((1.0, min(1.0, 2.5 * len(sa & sb) / len(sa | sb))))
    # Two days told to the day that differ, or two attack types with nothing in common, are a mild penalty in the
    # score (half an agreement on the date; none on the types): one attack is told a day apart (overnight, across
    # time zones) and by its other side (the gunmen of a car bomb siege). They keep two records apart only with
    # tolls that clearly conflict (a later report far below an earlier one; two reports of one day far apart) and
    # words that do not make up for it: the place, the story and the group are what two attacks of one city share
    # ("a bomb at a Shia mosque, killing 11" and "three Taliban guards were shot dead" the same Friday). No toll,
    # or a toll that rose, is no evidence against a merge.
    days_differ = (
        a.date is not None
        and b.date is not None
        and a.date != b.date
        and (a.date_precision or "day") == "day"
        and (b.date_precision or "day") == "day"
    )
    types_differ = bool(a.attack_types and b.attack_types and not set(a.attack_types) & set(b.attack_types))
    if (
        tolls_conflict
        and (days_differ or types_differ)
        and sum(w * v for w, v in specifics) / sum(w for w, _ in specifics) < 0.4
    ):
        return 0.0
    # attack types are no second detail (one siege is told as a car bomb at the gate in the afternoon and as gunmen
    # storming the hotel at night), nor are target types: they never gate a merge (`_TARGET_WEIGHT`), and one bombing
    # is told by its police checkpoint and by the market beside it
    if (subplaces_differ or times_differ) and subplaces_differ + times_differ + tolls_conflict >= 2:
        return 0.0
    parts += specifics
    if not parts:
        return 0.0
    return sum(w * v for w, v in parts) / sum(w for w, _ in parts)


@dataclass
class _Cluster:
    id: str
    members: list[IncidentFeatures] = field(default_factory=list)


def _bucket(d: dt.date, days: int) -> int:
    return d.toordinal() // max(1, days)


class IncidentMerger:
    """Incremental clustering of document-level incidents into merged incidents with stable ids.

    Candidates come from blocks: the same story, the same resolved place, or the same country and
    (event or publication) date bucket, or a shared perpetrator name. A record joins the candidate
    cluster whose members score highest on average, if that average reaches `threshold` and no
    member forbids it (another incident of the same article, a different country, dates or places
    too far apart); otherwise it starts a merged incident of its own.
    """

    def __init__(self, config: MergeConfig | None = None) -> None:
        self.config = config or MergeConfig()
        self._clusters: dict[str, _Cluster] = {}
        self._of: dict[IncidentKey, str] = {}
        self._features: dict[IncidentKey, IncidentFeatures] = {}
        self._blocks: dict[str, list[str]] = defaultdict(list)

    def _block_keys(self, f: IncidentFeatures) -> list[str]:
        keys = []
        if f.story:
            keys.append("s:" + f.story)
        if f.geonames_id:
            keys.append(f"g:{f.geonames_id}")
        when = f.date or f.published
        if f.country and when:
            w = max(1, self.config.date_window_days)
            b = _bucket(when, w)
            keys += [f"c:{f.country}:{b}", f"c:{f.country}:{b - 1}", f"c:{f.country}:{b + 1}"]
        elif f.country and f.place:
            keys.append(f"p:{f.country}:{f.place}")
        for actor in f.actors[:3]:
            keys.append("a:" + actor)
        return keys

    def _candidates(self, f: IncidentFeatures) -> list[_Cluster]:
        seen: dict[str, None] = {}
        for key in self._block_keys(f):
            for cid in self._blocks.get(key, ())[-200:]:
                seen[cid] = None
        return [self._clusters[c] for c in seen]

    def _score(self, f: IncidentFeatures, cluster: _Cluster) -> float | None:
        scores = []
        for m in cluster.members[-20:]:
            s = pair_score(f, m, self.config)
            if s is None:
                return None
            scores.append(s)
        # Hard conflicts are checked against every member, not only the most recent ones.
        for m in cluster.members[:-20]:
            if m.doc_id == f.doc_id or _countries_conflict(m, f):
                return None
        return max(scores) * 0.5 + sum(scores) / len(scores) * 0.5 if scores else None

    def _place(self, f: IncidentFeatures) -> str:
        key = IncidentKey(f.doc_id, f.incident_id)
        known = self._of.get(key)
        if known is not None:
            return known
        best, best_score = None, self.config.threshold
        for cluster in self._candidates(f):
            s = self._score(f, cluster)
            if s is not None and s >= best_score:
                best, best_score = cluster, s
        if best is None:
            return self._new_cluster(f)
        self._attach(best, f)
        return best.id

    def _new_cluster(self, f: IncidentFeatures) -> str:
        cluster = _Cluster(id=merged_id_for(IncidentKey(f.doc_id, f.incident_id)))
        self._clusters[cluster.id] = cluster
        self._attach(cluster, f)
        return cluster.id

    def _attach(self, cluster: _Cluster, f: IncidentFeatures) -> None:
        cluster.members.append(f)
        key = IncidentKey(f.doc_id, f.incident_id)
        self._of[key] = cluster.id
        self._features[key] = f
        for key in self._block_keys(f):
            block = self._blocks[key]
            if not block or block[-1] != cluster.id:
                block.append(cluster.id)

    def add(self, doc: DocMeta, incident: Incident, story_id: str | None = None) -> str:
        """Place one document-level incident; returns its merged incident id (idempotent per key)."""
        return self._place(IncidentFeatures.of(doc, incident, story_id))

    def add_document(self, doc: DocMeta, incidents: Sequence[Incident], story_id: str | None = None) -> list[str]:
        """Place all incidents of one document; two incidents of one document never merge together.

        The document's records are matched to merged incidents best pair first, not in the order the
        article tells them: an article on Monday's mortar attack that recalls Sunday's car bombing in the
        same city tells the new attack first, and placed first it would take the bombing's merged incident
        (the better match of its background record) and push that record into an incident of its own.
        """
        feats = [IncidentFeatures.of(doc, incident, story_id) for incident in incidents]
        out: list[str | None] = [self._of.get(IncidentKey(f.doc_id, f.incident_id)) for f in feats]
        taken = {mid for mid in out if mid is not None}
        pairs: list[tuple[float, int, str]] = []
        for n, f in enumerate(feats):
            if out[n] is not None:
                continue
            for cluster in self._candidates(f):
                if cluster.id in taken:
                    continue
                s = self._score(f, cluster)
                if s is not None and s >= self.config.threshold:
                    pairs.append((-s, n, cluster.id))
        for _, n, cid in sorted(pairs):
            if out[n] is None and cid not in taken:
                self._attach(self._clusters[cid], feats[n])
                out[n] = cid
                taken.add(cid)
        placed: list[str] = []
        for n, f in enumerate(feats):
            mid = out[n]
            if mid is None:  # no match: an incident of its own
                mid = self._new_cluster(f)
            placed.append(mid)
        return placed

    def merged_of(self, key: IncidentKey) -> str | None:
        return self._of.get(key)

    def of_story(self, story: str) -> list[str]:
        """The merged incidents holding a record of `story`."""
        return list(dict.fromkeys(self._blocks.get("s:" + story, ())))

    def clusters(self) -> dict[str, list[IncidentKey]]:
        """Merged id -> member keys in insertion order."""
        return {cid: [IncidentKey(m.doc_id, m.incident_id) for m in c.members] for cid, c in self._clusters.items()}

    def __len__(self) -> int:
        return len(self._of)

    def state(self, since: int = 0) -> list[dict[str, Any]]:
        """JSON-serialisable rows {"doc_id", "incident_id", "merged_id", "features"} in insertion order.

        `since=n` skips the first n rows: a store that saved n rows asks only for the new ones.
        """
        rows = []
        for key, mid in itertools.islice(self._of.items(), since, None):
            rows.append(
                {
                    "doc_id": key.doc_id,
                    "incident_id": key.incident_id,
                    "merged_id": mid,
                    "features": self._features[key].to_json(),
                }
            )
        return rows

    @classmethod
    def from_state(cls, rows: Iterable[dict[str, Any]], config: MergeConfig | None = None) -> IncidentMerger:
        """Rebuild from `state()` rows: every record keeps its merged incident."""
        self = cls(config)
        for row in rows:
            feats = row["features"]
            f = feats if isinstance(feats, IncidentFeatures) else IncidentFeatures.from_json(feats)
            key = IncidentKey(f.doc_id, f.incident_id)
            if key in self._of:
                continue
            mid = str(row["merged_id"])
            cluster = self._clusters.get(mid)
            if cluster is None:
                cluster = self._clusters[mid] = _Cluster(id=mid)
            self._attach(cluster, f)
        return self
