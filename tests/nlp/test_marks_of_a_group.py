"""An act said to bear a group's "mark", "imprint", "trademark" or "signatures" is a hedged accusation, as its
"hallmarks" are; marks of anything but an actor, or a mark found missing ("lacked X's signature"), name no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Gunmen stormed a seaside restaurant in Mogadishu on Friday, killing 14 diners. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    '"This bears every mark of al-Shabaab," the security minister said.',
    "The security minister said the attack carried the imprint of al-Shabaab.",
    "The raid bears the trademark of al-Shabaab, the security minister said.",
    "The security minister said the assault had all the trademarks of al-Shabaab.",
    "The security minister said the bombing showed the signatures of al-Shabaab.",
])
def test_the_mark_of_a_group_is_a_hedged_accusation(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Somalia", "Al-Shabaab", "affirm", True)}


def test_marks_of_no_actor_accuse_no_one(nlp: Language) -> None:
    assert blames(nlp, LEAD + "The security minister said the victims had marks of torture.") == set()


@pytest.mark.parametrize("sentence", [
    "The security minister said the raid did not bear al-Shabaab's signature.",
    "The security minister said the raid had none of al-Shabaab's hallmarks.",
    "The security minister said the raid lacked al-Shabaab's trademark and blamed a local clan militia.",
    "The security minister said the raid did not carry the hallmarks of al-Shabaab.",
    "The security minister said the raid bore no hallmarks of al-Shabaab.",
    "The security minister said the raid had none of the hallmarks of al-Shabaab.",
])
def test_a_mark_found_missing_accuses_no_one(nlp: Language, sentence: str) -> None:
    # the speaker finds the group's mark missing: no accusation, hedged or firm
    assert blames(nlp, LEAD + sentence) == set()
