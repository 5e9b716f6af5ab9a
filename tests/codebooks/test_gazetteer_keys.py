"""The shipped city table is keyed as `name_key` keys the text: a key the function would write otherwise can never
be looked up (a table built before a change to `name_key` must be rebuilt with `python -m
counterclaim.codebooks.gazetteer`)."""

from __future__ import annotations

from counterclaim.codebooks.gazetteer import load_gazetteer, name_key


def test_every_city_key_is_its_own_name_key() -> None:
    keys = load_gazetteer().cities.keys.blob.decode().split("\n")
    # lower-case single-spaced ASCII keys are left as they are; check every other key
    odd = [k for k in keys if not k.isascii() or k != k.lower() or k != " ".join(k.split())]
    assert [k for k in odd if name_key(k) != k] == []


def test_letters_without_a_decomposition_are_found_as_news_copy_writes_them() -> None:
    gaz = load_gazetteer()
    assert "PL" in {c.country_code for c in gaz.cities_named(name_key("Wesoła"))}
    assert "DK" in {c.country_code for c in gaz.cities_named(name_key("Stenløse"))}


def test_the_common_word_list_follows_the_city_keys_not_the_added_region_spellings() -> None:
    common = load_gazetteer().common_words
    # a Polish town keyed "lack" since the rebuild: an English word, so read as a town only with support
    assert "lack" in common
    # spellings the module adds because news copy names those regions by them are names, though WordNet lists them
    assert "kurdistan" not in common and "darfur" not in common
