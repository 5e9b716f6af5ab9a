"""The type rules' pre-filter (`_word_patterns.needed_strings`) skips a pattern only when the text cannot match it:
the hits are the same as with every pattern run."""

import re

import pytest

from counterclaim.incidents import _type_rules
from counterclaim.incidents._word_patterns import compile_words, may_match, needed_strings, searchable
from counterclaim.nlp import _prefilter

SENTENCES = [
    "Gunmen opened fire on a wedding party in a village north of the capital, killing four guests.",
    "A car bomb exploded outside a police station on Monday, wounding six officers and a passer-by.",
    "Suspected militants abducted two aid workers from a clinic and demanded a ransom for their release.",
    "Attackers set fire to a school and torched three houses before fleeing into the forest.",
    "A man rammed his truck into a crowd of shoppers at a market, then stabbed a security guard.",
    "Rebels ambushed an army convoy near the border; the soldiers came under fire for an hour.",
    "The mayor was shot dead by two men on a motorcycle as he left the town hall.",
    "A journalist was beaten by unknown assailants and was hurt, his newspaper said.",
    "Fighters stormed the hotel and held guests hostage inside for two days before troops ended the siege.",
    "Nothing was reported about the damage to the mosque after the explosion.",
    "The ship was hijacked off the coast and its crew taken captive.",
    "THE MILITIA RAIDED A CHURCH AND KIDNAPPED THE PASTOR.",
    "Saboteurs toppled a telecom tower and ripped up railway tracks; a Party activist was strangled.",
    "Youths torched dozens of homes, then gunmen seized two farmers and carried them off into the bush.",
    "Soldiers fired into a crowd of protesters; a grenade was thrown at the bank before the raid on the mall.",
    "An aid worker of an NGO was poisoned and a school bus was attacked by men with machetes.",
    "Gunmen opened ſire on the crowd and a ſhooting followed at the checkpoint.",  # long s folds to s
    "Officers at the \u212aampala checkpoint said the KIDNAPPİNG was over.",  # Kelvin sign, dotted capital I
]


def _unfiltered(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(_type_rules, "may_match", lambda needed, low: True)
        m.setattr(_prefilter, "may_match", lambda needed, low: True)
        return _type_rules.rule_hits(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_filtered_hits_equal_all_patterns_run(monkeypatch, text):
    assert _type_rules.rule_hits(text) == _unfiltered(monkeypatch, text)


def test_every_type_rule_gets_a_filter_that_skips_an_unrelated_text():
    low = searchable("The council met on Tuesday to discuss the budget for next year.")
    assert all(n is not None for n in _type_rules._NEEDED)
    assert sum(may_match(n, low) for n in _type_rules._NEEDED) < len(_type_rules._NEEDED) // 4


def test_needed_strings_of_alternations_and_optional_parts():
    assert needed_strings(compile_words(r"blasts?|bomb(?:ing|ed)?")) == ("blast", "bomb")
    # an optional opening word is no requirement; the word after it is
    assert needed_strings(compile_words(r"(?:car )?bombs?")) == ("bomb",)
    # a word made of any letters gives nothing to require
    assert needed_strings(compile_words(r"[\w-]+ attack")) == (" attack",)
    assert needed_strings(re.compile(r"\w+")) is None


def test_a_folding_character_turns_the_filter_off():
    assert searchable("a ſhooting") is None
    assert searchable("Café attack") == "café attack"
    # the long s matches "shooting" under ignore case, so the filter must not skip the pattern
    assert compile_words("shooting").search("a ſhooting")
