"""Hand-built analysis results for store tests: fast, deterministic, independent of the extractor.

Also importable from subprocess scripts (kill -9 and full-disk tests) by putting this folder on sys.path.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.ingest.article import Article
from counterclaim.models import (
    ActorRef,
    AnalysisResult,
    Casualties,
    Claim,
    DocumentInfo,
    Incident,
    IncidentDate,
    Label,
    Location,
    Span,
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def actor(text: str, words: str, name: str, affiliation: str | None = None, type: str = "group") -> ActorRef:
    return ActorRef(text=words, actor=name, type=type, affiliation=affiliation or name, evidence=span(text, words))


def claim(
    text: str, cid: str, source: ActorRef, subject: ActorRef | None, cue: str, *, deny: bool = False,
    hedged: bool = False, self_: bool = False, kind: str = "responsibility", cameo: str | None = None,
) -> Claim:
    return Claim(
        id=cid, kind=kind, source=source, subject=subject, polarity="deny" if deny else "affirm", self=self_,
        hedged=hedged, cue=span(text, cue), cameo=cameo, incident="i1", evidence=span(text, cue),
    )


# Three reports of one bombing (rising toll, claim, accusation, denial) and one unrelated shooting.
ARTICLES = [
    Article(
        id="kabul-1", published=dt.date(2024, 6, 3), url="https://example.org/kabul-1", title="Blast hits Kabul",
        text="A suicide bomber killed 9 people at a checkpoint in Kabul on Monday, officials said. "
             "An Afghan official suggested the Haqqani network may have been behind the bombing.",
    ),
    Article(
        id="kabul-2", published=dt.date(2024, 6, 4), url="https://example.org/kabul-2", title="Kabul toll rises",
        text="The toll from Monday's suicide bombing in Kabul rose to 14, the health ministry said. "
             "The Islamic State claimed responsibility through its Amaq agency. "
             "The Haqqani network denied any role in the attack.",
    ),
    Article(
        id="kabul-3", published=dt.date(2024, 6, 5), url="https://example.org/kabul-3", title="US confirms claim",
        text="US officials confirmed the Islamic State claim for the Kabul bombing that killed 14 people. "
             "The United Nations condemned the attack.",
    ),
    Article(
        id="lagos-1", published=dt.date(2024, 7, 10), url="https://example.org/lagos-1", title="Shooting in Lagos",
        text="Gunmen shot dead 3 traders at a market in Lagos on Tuesday, police said. No group claimed it.",
    ),
]

_KABUL = dict(name="Kabul", country="Afghanistan", country_code="AF", lat=34.52813, lon=69.17233, geonames_id=1138958)
_LAGOS = dict(name="Lagos", country="Nigeria", country_code="NG", lat=6.45407, lon=3.39467, geonames_id=2332459)


def _incident(text: str, place: dict, place_word: str, killed: int, killed_word: str, date: dt.date,
              date_word: str, attack: str, weapon: str) -> Incident:
    return Incident(
        id="i1", summary=text.split(". ")[0] + ".",
        date=IncidentDate(value=date, precision="day", basis="relative", evidence=span(text, date_word))
        if date_word in text else IncidentDate(),
        location=Location(**place, evidence=span(text, place_word)),
        attack_types=[Label(label=attack, confidence=0.9)],
        weapon_types=[Label(label=weapon, confidence=0.8)],
        target_types=[Label(label="Private Citizens & Property", confidence=0.6)],
        killed=Casualties(stated=killed, min=killed, max=killed, evidence=span(text, killed_word)),
    )


def result_for(article: Article) -> AnalysisResult:
    """A plausible extractor output for the ARTICLES above (and an empty one for any other text)."""
    t = article.text
    info = DocumentInfo(id=article.id, title=article.title, url=article.url, published=article.published,
                        n_chars=len(t))
    monday = dt.date(2024, 6, 3)
    isis = None
    if "Kabul" in t and article.id.startswith("kabul"):
        incident = _incident(t, _KABUL, "Kabul", 14 if "14" in t else 9, "14" if "14" in t else "9", monday,
                             "Monday", "Bombing/Explosion", "Explosives")
        claims: list[Claim] = []
        if "suggested" in t:
            claims.append(claim(t, "c1", actor(t, "An Afghan official", "Afghan official", "Afghanistan", "person"),
                                actor(t, "Haqqani network", "Haqqani Network"), "suggested", hedged=True,
                                cameo="112"))
        if "claimed responsibility" in t:
            isis = actor(t, "The Islamic State", "Islamic State")
            claims.append(claim(t, "c1", isis, isis, "claimed responsibility", self_=True, cameo="015"))
            haq = actor(t, "The Haqqani network", "Haqqani Network")
            claims.append(claim(t, "c2", haq, haq, "denied any role", deny=True, self_=True, cameo="016"))
        if "confirmed" in t:
            claims.append(claim(t, "c1", actor(t, "US officials", "US officials", "United States", "person"),
                                actor(t, "Islamic State", "Islamic State"), "confirmed", cameo="112"))
            claims.append(claim(t, "c2", actor(t, "The United Nations", "United Nations"), None, "condemned",
                                kind="condemnation", cameo="111"))
        return AnalysisResult(document=info, incidents=[incident], claims=claims)
    if "Lagos" in t:
        incident = _incident(t, _LAGOS, "Lagos", 3, "3", dt.date(2024, 7, 9), "Tuesday", "Armed Assault", "Firearms")
        return AnalysisResult(document=info, incidents=[incident])
    return AnalysisResult(document=info)


def fake_analyzer(batch: list[Article]) -> list[AnalysisResult | Exception]:
    return [result_for(a) for a in batch]


def filler(n: int, start: int = 0, size: int = 200, incidents: bool = False) -> list[Article]:
    """`n` distinct documents, fast to store; with `incidents`, every third reports a Lagos shooting."""
    lagos = "Gunmen shot dead 3 traders at a market in Lagos on Tuesday, police said. "
    return [
        Article(id=f"filler-{i}",
                text=f"Document {i}. " + (lagos if incidents and i % 3 == 0 else "")
                + ("Routine council minutes. " * (size // 25)),
                published=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300))
        for i in range(start, start + n)
    ]
