"""People felled "along with" the one just told share that fate and add to the toll, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen fired on a car in Mingora, Pakistan. Ahmad Khan, a local party leader, was killed in the attack, "
         "along with his driver.", 2, None),
        ("Gunmen fired on a car in Mingora, Pakistan. The mayor was killed along with two of his guards.", 3, None),
        ("Gunmen fired on a car in Mingora, Pakistan. The mayor was killed along with his two guards.", 3, None),
        ("A bomb hit a bus in Quetta. The driver was wounded together with four passengers.", None, 5),
    ],
)
def test_along_with_adds(text: str, killed: int | None, injured: int | None) -> None:
    inc = analyze(text).incidents[0]
    assert (inc.killed and inc.killed.stated, inc.injured and inc.injured.stated) == (killed, injured)


def test_along_with_after_another_verb_is_no_casualty() -> None:
    inc = analyze("Gunmen killed a guard in Quetta and fled along with their two accomplices.").incidents[0]
    assert inc.killed.stated == 1


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A guard was killed as a gunman, together with three accomplices, raided a bank in Abuja on Friday.",
         1, None),
        ("The driver was killed when his lorry, along with two others, was struck by a rocket.", 1, None),
        ("A soldier was wounded when a gunman, along with two accomplices, opened fire on a checkpoint in Gao.",
         None, 1),
    ],
)
def test_along_with_in_another_clause_adds_nobody(text: str, killed: int | None, injured: int | None) -> None:
    """ "along with" inside a "when / as" clause is of that clause's subject, not of the one felled before."""
    inc = analyze(text).incidents[0]
    assert (inc.killed and inc.killed.stated, inc.injured and inc.injured.stated) == (killed, injured)
