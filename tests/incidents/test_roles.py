"""Role fillers (MUC-4 roles) from upper-case wire copy and normal-case news, with the shipped model."""

from __future__ import annotations

import pytest

from counterclaim.incidents import roles
from counterclaim.incidents._role_features import candidates, clause_anchor
from counterclaim.nlp.pipeline import load_pipeline, parse

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


def test_upper_case_text_is_read_through_one_cased_parse(nlp):
    text = "GUNMEN SHOT TWO POLICEMEN IN LIMA."
    doc = nlp(text)  # not made by parse_pipe: re-parsed on demand, same offsets and text
    normal_form = roles.case_normalised(doc)
    assert normal_form is not doc
    assert normal_form.text == text
    assert [t.idx for t in normal_form] == [t.idx for t in doc]
    assert normal_form[1].pos_ == "VERB"
    parsed = parse(text)  # made by parse_pipe: read as it is, no second parse
    assert roles.case_normalised(parsed) is parsed
    normal = nlp("Gunmen shot two policemen in Lima.")
    assert roles.case_normalised(normal) is normal


def test_candidates_cover_names_the_parser_splits(nlp):
    doc = roles.case_normalised(nlp("UNIDENTIFIED MEN MURDERED JOSE ANTONIO RODRIGUEZ PORTH IN HIS HOME."))
    spans = {doc[a:b].text.lower() for a, b, _ in candidates(doc)}
    assert "jose antonio rodriguez porth" in spans
    assert "unidentified men" in spans
    assert "his home" in spans or "home" in spans


def test_names_contained_in_longer_names_merge():
    assert roles._contained("galan", "luis carlos galan")
    assert roles._contained("luis carlos galan", "luis carlos galan sarmiento")
    assert not roles._contained("luis galan", "luis carlos galan")
    assert not roles._contained("bomb", "bomb")


def _r(score, role, start, end, key):
    return roles.Ranked(score, role, start, end, key)


THRESHOLDS = dict.fromkeys(roles.ROLES, 0.3)


def test_overlapping_fillers_of_different_roles_survive_when_the_policy_allows():
    # "MEMBERS OF THE FMLN" (tokens 0-4) as individuals, "FMLN" (token 3) as the organisation.
    ranked = [_r(0.9, "perpetrator_individuals", 0, 4, "members of fmln"),
              _r(0.8, "perpetrator_organizations", 3, 4, "fmln")]
    blocked = roles.select(ranked, THRESHOLDS, {}, 10, roles.Policy(overlap_within_role=False))
    assert [r.key for r in blocked] == ["members of fmln"]
    both = roles.select(ranked, THRESHOLDS, {}, 10, roles.Policy(overlap_within_role=True))
    assert [r.key for r in both] == ["members of fmln", "fmln"]


def test_an_entity_can_be_represented_by_its_longest_name():
    ranked = [_r(0.9, "victims", 7, 8, "roldan"), _r(0.5, "victims", 1, 4, "antonio roldan betancur"),
              _r(0.2, "victims", 9, 10, "cerezo")]
    best = roles.select(ranked, THRESHOLDS, {}, 12, roles.Policy(longest=False))
    assert [r.key for r in best] == ["roldan"]
    longest = roles.select(ranked, THRESHOLDS, {}, 12, roles.Policy(longest=True))
    assert [(r.key, r.score) for r in longest] == [("antonio roldan betancur", 0.9)]


def test_a_weapon_inside_a_longer_weapon_filler_is_the_same_weapon():
    picked = [_r(0.9, "weapons", 1, 3, "car bomb"), _r(0.8, "targets", 4, 6, "bomb shelter"),
              _r(0.7, "weapons", 8, 9, "bomb"), _r(0.6, "weapons", 12, 13, "dynamite"),
              _r(0.5, "victims", 15, 16, "bomb")]
    kept = roles.fold_weapons(picked)
    assert [(r.role, r.key) for r in kept] == [("weapons", "car bomb"), ("targets", "bomb shelter"),
                                               ("weapons", "dynamite"), ("victims", "bomb")]
    assert roles.fold_weapons([_r(0.7, "weapons", 8, 9, "bomb")]) == [_r(0.7, "weapons", 8, 9, "bomb")]


def test_a_device_named_in_full_and_then_by_its_head_noun_is_one_weapon(nlp):
    text = ("LIMA, 3 JUN 90 -- SHINING PATH GUERRILLAS DETONATED A CAR BOMB LAST NIGHT IN FRONT OF A BANK BRANCH "
            "IN THE MIRAFLORES DISTRICT.  THE BOMB DESTROYED THE FRONT OF THE BANK AND DAMAGED NEARBY HOUSES, "
            "BUT CAUSED NO CASUALTIES, POLICE REPORTED.")
    assert _texts(roles.find_roles(nlp(text)), "weapons") == {"car bomb"}


def test_coordinated_names_share_the_predicate_of_their_coordination(nlp):
    doc = roles.case_normalised(nlp("REBELS KIDNAPPED TWO ENGINEERS, A DRIVER AND A COOK FROM THE DAM SITE."))
    cook = next(t for t in doc if t.lower_ == "cook")
    assert cook.dep_ == "conj"  # hangs off its neighbour, not the verb
    assert clause_anchor(cook) == ("dobj", "kidnap")
    assert clause_anchor(next(t for t in doc if t.lower_ == "rebels")) == ("nsubj", "kidnap")
    shot = roles.case_normalised(nlp("THE MAYOR OF THE TOWN AND HIS DRIVER WERE SHOT BY GUNMEN ON A MOTORCYCLE."))
    by_word = {t.lower_: clause_anchor(t) for t in shot}
    assert by_word["driver"] == by_word["mayor"] == ("nsubjpass", "shoot")
    assert by_word["gunmen"] == ("by", "shoot")  # the agent, named by its preposition


def test_a_role_can_need_a_more_relevant_document_than_others(nlp):
    model = roles.RoleModel.load()
    open_gates = roles.RoleModel(model.meta | {"role_gates": dict.fromkeys(roles.ROLES, 0.0), "gate": 0.0},
                                 _arrays())
    assert "roberto salazar mejia" in _texts(roles.find_roles(nlp(WIRE), open_gates), "victims")
    shut = roles.RoleModel(model.meta | {"role_gates": {**dict.fromkeys(roles.ROLES, 0.0), "victims": 1.01},
                                         "gate": 0.0}, _arrays())
    found = roles.find_roles(nlp(WIRE), shut)
    assert not _texts(found, "victims")
    assert "car bomb" in _texts(found, "weapons")


def _arrays():
    import numpy as np

    with np.load(roles.ARTIFACT.with_suffix(".npz"), allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}


def test_span_roots_agree_with_spacy_on_every_range(nlp):
    from counterclaim.incidents._role_features import SpanRoots

    doc = nlp("Two gunmen on a motorbike shot dead a judge and his driver outside a courthouse in the city , "
              "police said . The attackers fled - no group has yet said it carried out the killing .")
    tokens = list(doc)
    root_of = SpanRoots(tokens, [t.head.i for t in tokens])
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            assert root_of(a, b) == doc[a:b].root.i, doc[a:b].text


def test_span_features_are_the_same_whether_or_not_the_context_knows_the_span(nlp):
    from counterclaim.incidents._role_features import DocContext, span_features

    doc = nlp("Rebels of the northern front kidnapped a mayor and two aid workers near the border on Sunday.")
    cands = candidates(doc)
    labels = [i % 7 for i in range(len(doc))]
    known = DocContext(doc, cands, 0.42, labels)
    for a, b, origin in cands:
        alone = DocContext(doc, [], 0.42, labels)  # the span's root, string and contexts found without the list
        same = span_features(doc, a, b, origin, known)
        assert same == span_features(doc, a, b, origin, known)  # shared strings give the same list twice
        assert [f for f in same if not f.startswith(("cnt=", "firstocc=", "ov="))] == \
            [f for f in span_features(doc, a, b, origin, alone) if not f.startswith(("cnt=", "firstocc=", "ov="))]
