"""Victims told by name, in pairs or by their burns, on sentences written for these tests: names beside a
plural ("Police officers A and B were killed"), "stabbed X to death", "X was shot and died from his wounds",
a rank with a surname NER takes for an organisation, "Both police officers", "the other", "badly burned", a list
that names the ones counted ("two hurt, a Kenyan and a Nigerian") and "He suffered minor burns"; a name shot
before who "died from his wounds" or "survived his wounds"."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Police officers Ali Musa and Peter Okon were killed by gunmen in Kano.", [("killed", 2)]),
        ("Police officers Ali Musa and Peter Okon were wounded.", [("injured", 2)]),
        ("Gunmen stabbed police sergeant Ade Bello to death in Jos.", [("killed", 1)]),
        ("Gunmen ambushed Ade Bello near his home. Ade Bello was shot in the chest and died from his wounds.",
         [("killed", 1)]),
        ("Gunmen ambushed a constable near his home. Constable Bello was shot in the chest and died from his "
         "wounds.", [("killed", 1)]),
        ("Gunmen ambushed a patrol car carrying two officers. Both police officers were seriously wounded.",
         [("injured", 2)]),
        ("Gunmen attacked two farmers near Jos. One was killed and the other was badly injured.",
         [("killed", 1), ("injured", 1)]),
        ("Gunmen threw petrol bombs at a police station. One officer was badly burned.", [("injured", 1)]),
        ("Gunmen set fire to a house in the village and two women were burned alive inside.", [("killed", 2)]),
        ("Two policemen were injured, a Kenyan and a Nigerian.", [("injured", 2)]),
        ("The blast left two policemen injured - a Kenyan and a Nigerian.", [("injured", 2)]),
        # an "a" inside the clause ("in a bomb blast") opens no list: the policeman is one more
        ("Three farmers were wounded in a bomb blast near Jos on Sunday, and a policeman.", [("injured", 4)]),
        ("Gunmen fired at the house of councillor Ade Bello. He suffered minor burns.", [("injured", 1)]),
        ("Gunmen shot at a trader in Jos. She sustained gunshot wounds.", [("injured", 1)]),
        ("Two guards, Musa Ali and Peter Okon, were shot by gunmen in Jos. Guard Okon later died from his "
         "injuries.", [("killed", 1)]),
        ("Musa Ali was shot three times as he walked home. Ali died from his wounds a week later.", [("killed", 1)]),
        ("Gunmen ambushed Officer Peter Okon in Jos. Okon would die of his gunshot wounds in hospital.",
         [("killed", 1)]),
        ("Gunmen fired on a patrol in Jos. Sergeant Peter Okon was shot, but survived his wounds.", [("injured", 1)]),
    ],
)
def test_victims_named_paired_or_burned(nlp: Language, text: str, victims: list[tuple[str, int]]) -> None:
    assert counts(nlp, text)[0] == victims


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Ade Bello was shot in the leg during the raid.", []),  # shot alone tells no kind
        ("Twelve shops were burned.", []),  # things burned hurt no one
        # one of the dead told before may be the one who died of his wounds
        ("Three people were killed when gunmen attacked Jos. Musa Ali was shot in the chest. Ali died from his "
         "wounds later.", [("killed", 3)]),
        ("Two police officers, Ali Musa and Peter Okon, were killed.", [("killed", 2)]),  # counted once
        # a death denied or only feared is no death
        ("Ade Bello was shot outside his shop in Jos on Friday. Doctors said Bello will not die of his injuries.",
         []),
        ("Ade Bello was shot outside his shop in Jos on Friday. Doctors said Bello might die of his injuries.", []),
    ],
)
def test_no_more_than_the_text_says(nlp: Language, text: str, victims: list[tuple[str, int]]) -> None:
    assert counts(nlp, text)[0] == victims


def test_the_other_of_two_attackers_is_no_victim(nlp: Language) -> None:
    """ "the other" stands for one of the nearest plural before it: here the attackers."""
    text = "Two militants stormed the army post on Friday. One was killed by soldiers and the other was wounded."
    assert "injured" not in [kind for kind, _ in counts(nlp, text)[0]]
