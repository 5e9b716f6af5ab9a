"""Doc -> incident records + claims + actors, every field with its evidence.  (in progress)"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import Actor, Claim, Incident
from ..nlp.actors import find_actors
from ..nlp.attribution import find_claims
from ..nlp.dates import find_dates
from ..nlp.places import find_places
from ..nlp.quantities import find_casualties


def build_records(doc: Doc, published: dt.date | None) -> tuple[list[Incident], list[Claim], list[Actor]]:
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    find_dates(doc, published)
    find_places(doc)
    find_casualties(doc)
    return [], [c.claim for c in claims], []
