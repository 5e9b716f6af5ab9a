"""One person shot dead is one dead, however the harm is worded: "shot a guard dead", "fatally shot", "was shot
down" (a person); and one told shot, then shot dead (or shot dead, then shot in the chest) is counted once.
Sentences written for these tests (session 19)."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a customs officer dead and injured his driver near Gombe.", [("killed", 1), ("injured", 1)]),
        ("Bandits shot a village chief dead in Zurmi on Sunday.", [("killed", 1)]),
        # "fatally" before the verb tells a death (GTD train: 3 of 3 such summaries count the dead)
        ("Suspected rebels fatally shot a court clerk as he left his office.", [("killed", 1)]),
        ("Two herders were fatally stabbed at a market in Yola.", [("killed", 2)]),
        ("The attacker fired three times, fatally wounding the magistrate.", [("killed", 1)]),
        ("The attacker fired once, fatally wounding Musa Bello.", [("killed", 1)]),  # a named victim too
        # a person shot down is gunned down (GTD train: 1 of 1)
        ("A retired colonel was shot down by unknown gunmen in Maiduguri.", [("killed", 1)]),
    ],
)
def test_one_shot_dead_is_killed(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five traders were wounded, two of them fatally.", [("injured", 3), ("killed", 2)]),  # a share after it
        ("Rebels shot down an army helicopter near Kidal.", []),  # an aircraft counts no one
        ("Gunmen shot a nurse in the arm in Bida.", [("injured", 1)]),
        ("The attacker fired once, wounding Musa Bello.", [("injured", 1)]),
    ],
)
def test_near_misses_keep_their_reading(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


def test_one_shot_then_shot_dead_moves_to_the_dead(nlp: Language) -> None:
    from counterclaim.nlp.quantities import read_casualties

    victims, _ = read_casualties(nlp("Gunmen shot a tailor in Potiskum on Monday. He was shot dead outside his stall."))
    assert [(m.kind, m.casualties.min, m.moved) for m in victims] == [("injured", 1, False), ("killed", 1, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a cobbler dead in Potiskum on Monday. The cobbler was shot twice in the back.", [("killed", 1)]),
        # someone else shot after the one shot dead stays hurt
        ("Gunmen shot a cobbler dead in Potiskum on Monday. A passer-by was shot in the leg.",
         [("killed", 1), ("injured", 1)]),
    ],
)
def test_one_shot_dead_then_shot_again_is_no_second_casualty(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time after the person is no part of his phrase (seen mining GTD train rows)
        ("Rebels fatally shot a prison warder Tuesday night outside a bar in Huaraz.", [("killed", 1)]),
        # people shot, then told killed by "the" and the same noun, are those dead
        ("Militants shot two traders in Baidoa. The traders were later killed in front of a crowd.", [("killed", 2)]),
    ],
)
def test_shot_people_told_dead_later_in_other_words(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


def test_shot_people_taken_to_hospital_stay_hurt(nlp: Language) -> None:
    victims, _ = counts(nlp, "Militants shot two traders in Baidoa. The traders were taken to hospital.")
    assert victims == [("injured", 2)]


def test_an_acronym_before_the_counted_noun_is_part_of_its_phrase(nlp: Language) -> None:
    # "WHO" qualifies the noun; the tagger may take it for the pronoun (session 19)
    victims, _ = counts(nlp, "One WHO vaccinator was killed and another was hurt in the ambush near Bannu.")
    assert victims == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later death negated or feared folds no hurt person into the dead
        ("Gunmen shot a shopkeeper in Jos. He was not shot dead, his brother said.", [("injured", 1)]),
        ("Gunmen shot a shopkeeper in Jos. His family feared he would be shot dead.", [("injured", 1)]),
        # near miss: told done, the hurt one moves to the dead (`moved`: the raw list keeps both mentions)
        ("Gunmen shot a shopkeeper in Jos. He was shot dead outside his stall.", [("injured", 1), ("killed", 1)]),
    ],
)
def test_a_death_negated_or_feared_folds_no_hurt_into_the_dead(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy in capitals: the parse takes "WHO" for the pronoun subject, not a compound
        ("ONE WHO VACCINATOR WAS KILLED AND ANOTHER WAS HURT NEAR TANK.", [("killed", 1), ("injured", 1)]),
        # near miss: a relative "who" after the counted noun is no acronym
        ("TWO MEN WHO WERE GUARDING THE POST WERE KILLED.", [("killed", 2)]),
    ],
)
def test_an_acronym_in_capitals_wire_copy_is_part_of_the_phrase(text: str, expected: list) -> None:
    from counterclaim.nlp.pipeline import parse
    from counterclaim.nlp.quantities import read_casualties

    victims, _ = read_casualties(parse(text))  # the pipeline the API runs (its parse of capitals differs)
    assert [(m.kind, m.casualties.min) for m in victims] == expected
