"""Role fillers (MUC-4 roles) from upper-case wire copy and normal-case news, with the shipped model."""

from __future__ import annotations

import pytest

from counterclaim.incidents import roles
from counterclaim.incidents._role_features import candidates
from counterclaim.nlp.pipeline import load_pipeline

WIRE = (
    "SAN SALVADOR, 14 MAR 90 -- URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) "
    "TODAY EXPLODED A CAR BOMB OUTSIDE THE OFFICES OF THE NATIONAL TELEPHONE COMPANY IN THE CAPITAL.  "
    "POLICE SAID THE CAR BOMB DESTROYED THE FRONT OF THE BUILDING AND KILLED ENGINEER ROBERTO "
    "SALAZAR MEJIA, WHO WAS WALKING BY.  THE FMLN HAS NOT CLAIMED RESPONSIBILITY FOR THE ATTACK."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def wire_roles(nlp):
    return roles.find_roles(nlp(WIRE))


def _texts(found, role):
    return {m.span.text.lower() for m in found if m.role == role}


def test_spans_index_the_original_text(wire_roles, nlp):
    doc = nlp(WIRE)
    n_sents = len(list(doc.sents))
    assert wire_roles
    for m in wire_roles:
        assert WIRE[m.span.start:m.span.end] == m.span.text
        assert m.role in roles.ROLES
        assert 0 <= m.sent < n_sents
        assert 0.0 < m.score <= 1.0


def test_wire_copy_fillers(wire_roles):
    assert "car bomb" in _texts(wire_roles, "weapons")
    orgs = _texts(wire_roles, "perpetrator_organizations")
    assert orgs & {"farabundo marti national liberation front", "fmln"}
    # The acronym in parentheses is the same organisation: one entity, not two.
    assert len(orgs & {"farabundo marti national liberation front", "fmln"}) == 1
    assert "roberto salazar mejia" in _texts(wire_roles, "victims")


def test_case_does_not_matter(nlp, wire_roles):
    body = WIRE.split("-- ", 1)[1]
    news = ". ".join(s.strip().capitalize() for s in body.split(".  ") if s.strip())
    news = news.replace("fmln", "FMLN").replace("farabundo marti national liberation front",
                                                  "Farabundo Marti National Liberation Front")
    news = news.replace("roberto salazar mejia", "Roberto Salazar Mejia")
    found = roles.find_roles(nlp(news))
    assert "car bomb" in _texts(found, "weapons")
    assert "roberto salazar mejia" in _texts(found, "victims")
    for m in found:
        assert news[m.span.start:m.span.end] == m.span.text


def test_an_article_without_violence_yields_few_or_no_fillers(nlp):
    text = ("THE CENTRAL BANK ANNOUNCED TODAY THAT COFFEE EXPORTS ROSE BY 12 PERCENT IN THE FIRST QUARTER, "
            "AND THE FINANCE MINISTER SAID THAT INFLATION WILL FALL BELOW 20 PERCENT THIS YEAR.")
    found = roles.find_roles(nlp(text))
    assert not [m for m in found if m.role in ("weapons", "victims", "perpetrator_individuals")]


def test_upper_case_text_is_reparsed_with_the_same_offsets(nlp):
    doc = nlp("GUNMEN SHOT TWO POLICEMEN IN LIMA.")
    low = roles.case_normalised(doc)
    assert low is not doc
    assert low.text == doc.text.lower()
    normal = nlp("Gunmen shot two policemen in Lima.")
    assert roles.case_normalised(normal) is normal


def test_candidates_cover_names_the_parser_splits(nlp):
    doc = roles.case_normalised(nlp("UNIDENTIFIED MEN MURDERED JOSE ANTONIO RODRIGUEZ PORTH IN HIS HOME."))
    spans = {doc[a:b].text for a, b, _ in candidates(doc)}
    assert "jose antonio rodriguez porth" in spans
    assert "unidentified men" in spans
    assert "his home" in spans or "home" in spans


def test_names_contained_in_longer_names_merge():
    assert roles._contained("galan", "luis carlos galan")
    assert roles._contained("luis carlos galan", "luis carlos galan sarmiento")
    assert not roles._contained("luis galan", "luis carlos galan")
    assert not roles._contained("bomb", "bomb")
