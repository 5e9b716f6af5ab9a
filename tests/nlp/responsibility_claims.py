"""Shared by the claim tests of this folder: the responsibility claims and condemnations a text makes, as plain
tuples."""

from __future__ import annotations

from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims


def blames(nlp: Language, text: str) -> set[tuple[str | None, str, str, bool]]:
    """(source affiliation, subject, polarity, hedged) of every responsibility claim that names a subject."""
    doc = nlp(text)
    return {(c.source.affiliation, c.subject.actor, c.polarity, c.hedged)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility" and c.subject}


def unhedged_blames(nlp: Language, text: str) -> set[tuple[str | None, str, str]]:
    """The same without the hedge: (source affiliation, subject, polarity)."""
    return {b[:3] for b in blames(nlp, text)}


def self_blames(nlp: Language, text: str) -> set[tuple[str | None, str, str, bool]]:
    """(source affiliation, subject, polarity, whether the source speaks of its own side) of the same claims."""
    doc = nlp(text)
    return {(c.source.affiliation, c.subject.actor, c.polarity, c.is_self)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility" and c.subject}


def condemners(nlp: Language, text: str) -> set[str | None]:
    """The source affiliation of every condemnation."""
    doc = nlp(text)
    return {m.claim.source.affiliation for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "condemnation"}


def kinds(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    """(kind, source affiliation, subject or None) of every claim, whatever its kind."""
    doc = nlp(text)
    return {(c.kind, c.source.affiliation, c.subject.actor if c.subject else None)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim)}


def ledger(nlp: Language, text: str, *fields: str) -> set[tuple]:
    """(source affiliation, subject or None, *the named claim fields) of every responsibility claim, e.g.
    `ledger(nlp, text, "polarity", "hedged")`."""
    doc = nlp(text)
    return {(c.source.affiliation, c.subject.actor if c.subject else None, *(getattr(c, f) for f in fields))
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility"}
