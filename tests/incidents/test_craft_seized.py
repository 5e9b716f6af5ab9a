"""A ship, a bus or a plane seized by armed men is a hijacking told without the word; a state's forces seizing
a boat are no incident."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Pirates seized an oil tanker off Cotonou on Sunday, the shipping company said.",
        "Armed men seized a passenger bus near Zhob on Monday, officials said.",
    ],
)
def test_a_craft_seized_by_armed_men_is_an_incident(text):
    assert len(analyze(text, published="2024-03-14").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The navy seized a boat carrying rifles off Aden on Tuesday.",
        "Coast guards seized a fishing vessel in the bay on Tuesday for fishing without a licence.",
    ],
)
def test_a_craft_seized_by_the_state_is_none(text):
    assert analyze(text, published="2024-03-14").incidents == []
