"""An unlisted name closed by a lower-case landmark noun ("near Lido beach", "by the Jubba river") is a site by a
town, not a town: the town the text places the act in is finer (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze


def test_a_beach_gives_way_to_the_city() -> None:
    text = "Al-Shabaab gunmen stormed a seafront restaurant near Lido beach in Mogadishu on Friday, killing six diners."
    incidents = analyze(text, published="2026-09-14").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Mogadishu"
