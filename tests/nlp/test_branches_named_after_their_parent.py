"""A branch named after its parent ("The Mali-based affiliate of al-Qaeda, Jama'at Nusrat al-Islam wal-Muslimin
(JNIM), said ...") speaks as the branch the apposition names, though the parser hangs the name on the parent's
(sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze

_ACT = "Gunmen attacked an army position near Tera on Tuesday, killing 21 soldiers. "


def test_the_apposition_after_the_parent_names_the_speaker() -> None:
    text = _ACT + (
        "The Mali-based affiliate of al-Qaeda, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said in a statement "
        "on Wednesday that its fighters had attacked an army position near Tera and seized weapons."
    )
    result = analyze(text, published="2024-12-12")
    assert [(c.source.actor, c.subject.actor if c.subject else None, c.polarity) for c in result.claims] == [
        ("JNIM", "JNIM", "affirm")
    ]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("JNIM", "claimed")]


def test_an_unnamed_affiliate_is_no_named_branch() -> None:
    # near miss: no group set in apposition, so no branch is named
    text = _ACT + "An affiliate of al-Qaeda said on Wednesday that its fighters had attacked the position."
    result = analyze(text, published="2024-12-12")
    assert all(c.source.actor != "JNIM" for c in result.claims)


def test_a_plural_or_an_ally_set_in_apposition_speaks_too() -> None:
    # the shared branch table, read by lemma, plus an ally: the apposition names who speaks
    text = _ACT + (
        "A regional ally of al-Qaeda, Ansarul Islam, said in a statement on Wednesday that its fighters had "
        "attacked the position."
    )
    result = analyze(text, published="2024-12-12")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Ansar al-Islam", "claimed")]
