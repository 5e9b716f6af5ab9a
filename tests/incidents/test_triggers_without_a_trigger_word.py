"""Attacks told without a listed trigger word ('seized by gunmen', 'set ablaze', 'the bodies of ...') are read by
thirteen wording readers; `find_triggers` asks them only of the words that can open one of those wordings. The
gate must let through every word any of the readers accepts."""

from __future__ import annotations

from counterclaim.incidents import triggers as T
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse

SENTENCES = [
    "Armed men seized a fishing trawler off the coast and took the crew to an island.",
    "Four travellers were seized on the highway and taken away by unknown men.",
    "A youth threw a petrol bomb at the police station late on Sunday.",
    "The bodies of two farmers, bound and bullet-riddled, were found in a ditch outside the village.",
    "A mob lynched a cattle trader and beat his driver with sticks.",
    "Rioters set the district office ablaze after the funeral.",
    "Suspected rebels razed the hamlet and drove its people into the forest.",
    "Militants blew up a bridge on the main road to the border.",
    "A man rammed his truck into a crowd gathered for the parade.",
    "The bomber blew himself up at the gate of the compound.",
    "Police found an incendiary device under a parked car near the court.",
    "The murder of a local councillor shocked the town.",
    "Two journalists were gunned down outside their office.",
    "Police lathi-charged the protesters outside the assembly.",
    "The killing of the shopkeeper was condemned by traders.",
]
READERS = [
    lambda t, lem: T._seized_by_armed_men(t, lem), lambda t, lem: T._seized_people(t, lem),
    lambda t, lem: T._weapon_thrown(t, lem), lambda t, lem: T._killed_person(t, lem),
    lambda t, lem: T._killing_of_a_person(t), lambda t, lem: T._bodies_of_victims(t), lambda t, lem: T._beaten(t, lem),
    lambda t, lem: T._structure_destroyed(t), lambda t, lem: T._rammed_people(t), lambda t, lem: T._blew_oneself_up(t),
    lambda t, lem: T._incendiary_weapon(t), lambda t, lem: T._set_ablaze(t), lambda t, lem: T._razed(t),
]


def test_the_gate_lets_through_every_word_a_reader_accepts() -> None:
    accepted = []
    for text in SENTENCES:
        for tok in parse(text):
            lem = T._hurt_people(tok) or T._martyred(tok) or T.base_form(tok)
            if any(read(tok, lem) for read in READERS):
                accepted.append(tok.text)
                assert T._may_tell_an_attack_unlisted(tok, lem, tok.lower_), (text, tok.text)
    assert len(accepted) >= 8, accepted  # the sentences do exercise the readers


def test_unlisted_wordings_still_give_strong_triggers() -> None:
    sent = next(iter(parse(SENTENCES[0]).sents))
    assert any(t.strong and sent.doc[t.token_i].lower_ == "seized" for t in find_triggers(sent))
    sent = next(iter(parse(SENTENCES[5]).sents))
    assert any(t.strong for t in find_triggers(sent))
