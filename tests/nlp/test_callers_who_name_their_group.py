"""A caller who says whom he speaks for ("a caller claiming to speak for X", "a man who said he spoke for X",
"..., the caller said, identifying himself as a spokesman for X"): his "we" is X's, also when "the caller" speaks in
a later sentence. Before, the "we" went to the officials named earlier (their state's own claim) or to no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "A roadside bomb killed four soldiers near Bannu, Pakistan, on Monday, officials said. "
_TTP = ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", True)


@pytest.mark.parametrize("sentences", [
    "\"We planted the bomb,\" the caller told a reporter, identifying himself as a spokesman for the Pakistani "
    "Taliban.",
    "A caller claiming to speak for the Pakistani Taliban phoned a news agency. \"We planted the bomb,\" the caller "
    "said.",
    "A man who said he was a spokesman for the Pakistani Taliban telephoned a local journalist. \"We planted the "
    "bomb,\" the caller said.",
])
def test_the_callers_we_is_his_groups_claim(nlp: Language, sentences: str) -> None:
    found = self_blames(nlp, _STORY + sentences)
    assert _TTP in found
    assert not any(source == "Pakistan" for source, _, _, _ in found)


def test_a_caller_who_names_no_group_makes_no_state_claim(nlp: Language) -> None:
    found = self_blames(nlp, _STORY + "An anonymous caller phoned a news agency. \"We planted the bomb,\" the "
                                      "caller said.")
    assert not any(source == "Pakistan" for source, _, _, _ in found)


@pytest.mark.parametrize("sentences", [
    "A man who said he had spoken to Pakistani Taliban fighters told a news agency that the group planted the bomb.",
    "A woman who said she had spoken with Pakistani Taliban commanders said the group would strike again.",
    "A man told reporters he had heard the blast, claiming that the Pakistani Taliban planted the bomb.",
])
def test_a_witness_who_names_the_group_is_not_its_voice(nlp: Language, sentences: str) -> None:
    assert not any(is_self for _, _, _, is_self in self_blames(nlp, _STORY + sentences))


@pytest.mark.parametrize("sentences", [
    "A man who said he spoke on behalf of the Pakistani Taliban told a news agency that the group planted the bomb.",
    "\"We planted the bomb,\" the caller said, claiming to be a commander of the Pakistani Taliban.",
])
def test_a_caller_speaking_on_behalf_of_his_group_claims_for_it(nlp: Language, sentences: str) -> None:
    assert _TTP in self_blames(nlp, _STORY + sentences)
