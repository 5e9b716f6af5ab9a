"""An earlier attack on the site the lead told of is its own background record: 'the line' pointing back to a
pipeline or railway named before is that structure (not a merge into the lead), and 'the same base / school'
is the lead's place, its town included."""

from __future__ import annotations

from counterclaim import analyze


def test_an_earlier_attack_on_the_line_is_a_record_of_its_own():
    text = ("Saboteurs blew up a gas pipeline near El-Arish on Friday. Militants bombed the line near Rafah "
            "on January 14.")
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 2
    lead, earlier = incidents
    assert lead.date.value is not None and lead.date.value.isoformat() == "2024-03-08"
    assert earlier.date.value is not None and earlier.date.value.isoformat() == "2024-01-14"


def test_the_line_with_a_kind_of_its_own_does_not_point_back():
    text = ("Saboteurs blew up a gas pipeline near El-Arish on Friday. Troops on the front line were put on alert "
            "on Saturday.")
    assert len(analyze(text, published="2024-03-14").incidents) == 1


def test_an_earlier_attack_on_the_same_base_keeps_the_leads_town():
    text = ("Gunmen attacked an army base in Tal Afar on Monday, killing two soldiers. In January, militants "
            "fired rockets at the same base, wounding four.")
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 2
    assert incidents[1].location is not None and incidents[1].location.name == "Tal Afar"


def test_an_earlier_attack_elsewhere_stops_at_the_country():
    text = ("Gunmen attacked an army base in Tal Afar on Monday, killing two soldiers. In January, militants "
            "fired rockets at a police station, wounding four.")
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 2
    assert incidents[1].location is not None and incidents[1].location.name == "Iraq"


def test_the_same_track_runs_through_many_towns_and_keeps_only_the_country():
    text = ("Maoists blew up a railway track near Chandil on Tuesday. Rebels had blown up the same track near "
            "Kusumtoli halt on September 2.")
    incidents = analyze(text, published="2024-10-10").incidents
    assert len(incidents) == 2
    assert incidents[1].location is None or incidents[1].location.name != "Chandil"
