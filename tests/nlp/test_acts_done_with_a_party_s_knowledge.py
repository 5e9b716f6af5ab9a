"""An act done "with the knowledge" (consent, approval) of a party charges that party with it, as "with the
support of X" does: "the attack had been 'prepared and organised' with the knowledge of Iranian security
services" accuses Iran (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze

_ACT = "A gunman stormed the Azerbaijani embassy in Tehran on Friday, killing a guard. "


def test_an_attack_organised_with_a_state_s_knowledge_accuses_it() -> None:
    text = _ACT + (
        'The Azerbaijani foreign ministry said the attack had been "prepared and organised" with the knowledge '
        "of Iranian security services. Iran rejected the accusation."
    )
    result = analyze(text, published="2023-02-04")
    assert [(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity) for c in result.claims] == [
        ("Azerbaijan", "Iran", "affirm"),
        ("Iran", "Iran", "deny"),
    ]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Iran", "contested")]


def test_knowledge_of_a_place_accuses_no_one() -> None:
    # near miss: the knowledge is the gunman's own, of the building
    text = _ACT + "Police said the gunman had acted with detailed knowledge of the embassy's layout."
    assert analyze(text, published="2023-02-04").claims == []


def test_no_knowledge_of_a_party_is_no_charge_nor_a_claim() -> None:
    # "with no knowledge of": a denial of the party's part, never its claim nor an accusation
    for text in (
        _ACT + "Iran said the gunman acted alone, with no knowledge of the authorities.",
        _ACT + "Azerbaijan's foreign ministry said the gunman had acted with no knowledge of the Iranian authorities.",
    ):
        assert [c for c in analyze(text, published="2023-02-04").claims if c.polarity == "affirm"] == []


def test_a_strike_carried_out_with_a_state_s_approval_accuses_it_of_nothing() -> None:
    # the striker's own side telling who allowed its strike charges no one; only preparing an attack with a
    # party's knowledge does
    strike = "A US drone strike killed a senior militia commander in Baghdad on Wednesday. "
    for tail in ("with the approval of the Iraqi government.", "with the knowledge of Iraqi officials.",
                 "with the consent of Iraq."):
        text = strike + "The Pentagon said the strike was carried out " + tail
        assert analyze(text, published="2023-02-04").claims == []


def test_connivance_keeps_the_support_nouns_reading() -> None:
    # "connivance" is a support noun: the regime's security services are Iran's, as for "with the support of"
    text = _ACT + (
        "The Azerbaijani foreign ministry said the attack was organised with the connivance of the Iranian "
        "regime's security services."
    )
    result = analyze(text, published="2023-02-04")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Iran", "alleged")]
