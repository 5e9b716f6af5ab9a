"""A relevant report keeps its best perpetrator individual even when it scores a little under the threshold."""

from __future__ import annotations

import pytest

from counterclaim.incidents import roles
from counterclaim.nlp.pipeline import load_pipeline

PI = "perpetrator_individuals"


def _r(score, role, start, end, key):
    return roles.Ranked(score, role, start, end, key)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _perpetrators(nlp, text):
    return {m.span.text.lower() for m in roles.find_roles(nlp(text)) if m.role == PI}


@pytest.mark.parametrize(("text", "who"), [
    ("LIMA, 20 JAN 90 -- A BOMB PLANTED BY SUBVERSIVES EXPLODED TODAY AT THE ENTRANCE OF A BANK BRANCH IN "
     "MIRAFLORES, DESTROYING ITS WINDOWS. NOBODY WAS HURT.", "subversives"),
    ("SAN SALVADOR, 8 APR 90 -- A MAYOR WAS KIDNAPPED LAST NIGHT IN USULUTAN. HIS WIFE SAID THE KIDNAPPERS "
     "WERE REBELS.", "rebels"),
])
def test_a_perpetrator_named_by_a_common_noun_is_kept(nlp, text, who):
    assert who in _perpetrators(nlp, text)


def test_the_best_perpetrator_candidate_joins_when_none_passed_the_threshold():
    picked = [_r(0.8, "weapons", 2, 3, "bomb")]
    ranked = [_r(0.8, "weapons", 2, 3, "bomb"), _r(0.35, "victims", 9, 10, "mayor"),
              _r(0.32, PI, 5, 6, "subversives"), _r(0.31, PI, 12, 13, "rebels")]
    assert roles.one_perpetrator(picked, ranked, 0.4) == [picked[0], ranked[2]]


def test_no_fallback_when_a_perpetrator_was_picked_or_the_best_is_too_weak_or_taken():
    ranked = [_r(0.6, PI, 0, 2, "armed men"), _r(0.35, PI, 5, 6, "gunmen")]
    assert roles.one_perpetrator(ranked[:1], ranked, 0.4) == ranked[:1]
    assert roles.one_perpetrator([], [_r(0.2, PI, 5, 6, "gunmen")], 0.4) == []
    taken = [_r(0.7, "victims", 4, 7, "two gunmen killed")]
    assert roles.one_perpetrator(taken, [*taken, _r(0.35, PI, 5, 6, "gunmen")], 0.4) == taken
