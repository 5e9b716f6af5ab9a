"""A person's name the tagger ends on a particle ("Ursula von der" | "Leyen", the surname read as a place) runs on
through the particles to the capitalised word after them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_ACT = "Gunmen killed 14 people at a university in Prague on Thursday. "


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ("Commission chief Ursula von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_a_name_with_particles_is_whole(speaker: str, name: str) -> None:
    text = _ACT + f'{speaker} said she was shocked by the "senseless violence" and offered her sympathy.'
    claims = analyze(text, published="2023-12-22").claims
    assert [(c.kind, c.source.actor) for c in claims] == [("sympathy", name)]


def test_a_name_the_tagger_reads_whole_is_unchanged() -> None:
    # near miss: the particle inside a name the tagger already reads whole
    text = _ACT + "Belgian minister Vincent Van Quickenborne offered his sympathy to the families of the victims."
    claims = analyze(text, published="2023-12-22").claims
    assert [(c.kind, c.source.actor) for c in claims] == [("sympathy", "Vincent Van Quickenborne")]
