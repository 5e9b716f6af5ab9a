"""People named or counted as the target of an attack, then killed or hurt by a pronoun ("killing them",
"wounding him"), and single persons listed with an office or a shared article, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an office 'head of a (body)' opens a list: the list goes on after the body's noun
        ("Near Gwoza, insurgents beheaded the head of a hamlet and two of his sons.", 3),
        ("The head of a farming cooperative and two men close to him were killed by raiders.", 3),
        ("Bandits shot dead the head of a vigilante group and his deputy in Zamfara.", 2),
        ("Gunmen killed the head of a local council in Helmand on Friday.", 1),
        # a definite person opening a comma list before a shared 'were'
        ("The head of the water board, his driver and two guards were killed in the ambush.", 4),
        ("The parish priest, his cook and a neighbour were hacked to death overnight.", 3),
        # one article shared by two coordinated person nouns
        ("Militants killed a police officer and civilian at the checkpoint in Bannu.", 2),
        ("The driver and conductor were killed when the minibus hit the mine.", 2),
    ],
)
def test_single_persons_listed_are_each_counted(nlp: Language, text: str, killed: int) -> None:
    victims, _ = counts(nlp, text)
    assert [n for kind, n in victims if kind == "killed"] == [killed]


def test_a_shared_article_keeps_two_verbs_apart(nlp: Language) -> None:
    victims, _ = counts(nlp, "Militants killed a police officer and wounded a shopkeeper in Bannu.")
    assert victims == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize(
    ("text", "victims", "perps"),
    [
        # people fired on or attacked, then 'killing / wounding them (all of them, both)'
        ("Bandits opened fire on four farmers in a field near Gusau, killing them.", [("killed", 4)], []),
        ("Gunmen fired at three traders outside the market, killing all of them.", [("killed", 3)], []),
        ("Raiders ambushed two rangers on the park road, killing both.", [("killed", 2)], []),
        ("A gunman shot at five pilgrims near the shrine, wounding them.", [("injured", 5)], []),
        # the people fired on are attackers: perpetrators killed
        ("Troops opened fire on the three kidnappers, killing them.", [], [("killed", 3)]),
        ("Guards opened fire on the two bombers, detonating their vests and killing them.", [], [("killed", 2)]),
    ],
)
def test_people_fired_on_then_killed_by_a_pronoun(nlp: Language, text: str, victims: list[tuple[str, int]],
                                                  perps: list[tuple[str, int]]) -> None:
    assert counts(nlp, text) == (victims, perps)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # a name the tagger may take for a building is still the one shot at, whom "him" points to
        ("Gunmen shot at Ade Okon outside his shop in Owerri, killing him.", [("killed", 1)]),
        ("Unknown men shot at Chukwudi Eze as he left church, killing him.", [("killed", 1)]),
        # one person hit, then 'injuring her / wounding him'
        ("Youths threw stones at a passing car and hit Dana Levi in the face, injuring her.", [("injured", 1)]),
        ("Youths dropped a rock from an overpass and hit Noa Feld in the head, injuring her.", [("injured", 1)]),
        ("A gunman opened fire on a night watchman at the depot, wounding him.", [("injured", 1)]),
        # the hurt are counted before: the pronoun restates them
        ("Two guards were wounded. A gunman opened fire on a guard at the gate, wounding him.", [("injured", 2)]),
    ],
)
def test_one_person_shot_at_then_felled_by_a_pronoun(nlp: Language, text: str,
                                                     victims: list[tuple[str, int]]) -> None:
    assert counts(nlp, text) == (victims, [])


def test_an_attacker_shot_is_not_the_one_hurt(nlp: Language) -> None:
    assert counts(nlp, "Police shot at a gunman near the border post, wounding him.")[0] == []
