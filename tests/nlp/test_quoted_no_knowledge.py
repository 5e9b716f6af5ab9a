"""A group's quoted "We know nothing about this attack" denies it, as "it had no knowledge of the attack" does:
knowing is a state the speaker is in, not a habit told in the present."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "A car bomb killed eight people outside a hotel in Mogadishu on Friday. "
AS = "Al-Shabaab"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity")


@pytest.mark.parametrize("text", [
    '"We know nothing about this attack," al-Shabaab spokesman Abdiaziz Abu Musab said.',
    'Al-Shabaab said it knows nothing about the bombing.',
    '"We don\'t know anything about this attack," an al-Shabaab spokesman said.',
    'Al-Shabaab said it did not know anything about the bombing.',
])
def test_a_group_that_knows_nothing_of_the_act_denies_it(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _LEDE + text) == {(AS, AS, "deny")}


@pytest.mark.parametrize("text", [
    '"We know nothing about the route the attackers took," the police chief said.',
    '"We know who did this," the police chief said.',
    'Police said they did not know anything about the bombers.',
])
def test_other_knowledge_denies_nothing(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _LEDE + text) == set()
