"""Round-ups with "COUNTRY:" section labels (QA pass 6): the headline opens nothing, each section is its own
incident in its own country. On texts written for these tests."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.nlp._sections import section_country, section_labels

_PUBLISHED = "2025-11-10"

DIGEST = (
    "Weekly security digest: violence in the Lake Chad basin, Yemen and Afghanistan\n\n"
    "CAMEROON: Gunmen killed 11 villagers in the hamlet of Ngoubou on Tuesday, local officials said.\n\n"
    "AFGHANISTAN: Gunmen shot dead a female judge in the Dand district on Wednesday.\n\n"
    "CHAD: Soldiers repelled an attack on an army post near Bol on Saturday, the army said. Two soldiers were "
    "lightly injured.\n"
)


def test_labels_need_two_countries() -> None:
    assert [code for _, code in section_labels(DIGEST)] == ["CM", "AF", "TD"]
    assert section_labels("NOTE: Gunmen killed two people in Kabul on Monday.") == ()
    assert section_country(DIGEST, DIGEST.index("Ngoubou")) == "CM"
    assert section_country(DIGEST, 5) is None


def test_each_section_is_one_incident_in_its_country() -> None:
    incidents = analyze(DIGEST, published=_PUBLISHED).incidents
    got = [(i.location.name if i.location else None, i.location.country_code if i.location else None,
            i.injured.stated if i.injured else None) for i in incidents]
    assert got == [("Ngoubou", "CM", None), ("Dand", "AF", None), ("Bol", "TD", 2)]
    assert [i.date.value.isoformat() if i.date else None for i in incidents] == [
        "2025-11-04", "2025-11-05", "2025-11-08"]


def test_a_section_incident_without_a_place_takes_its_label_country() -> None:
    text = ("CAMEROON: Gunmen killed 11 villagers in the hamlet of Ngoubou on Tuesday, local officials said.\n\n"
            "PAKISTAN: Gunmen on motorbikes shot dead a polio worker and his police escort in a remote valley on "
            "Wednesday.\n")
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [i.location.country_code if i.location else None for i in incidents] == ["CM", "PK"]
    assert incidents[1].location is not None and incidents[1].location.evidence.text == "PAKISTAN"
