"""The gazetteer's per-key caches give what the table gives, read it once per key and hand out copies."""

from __future__ import annotations

from counterclaim.codebooks.gazetteer import load_gazetteer, name_key


def test_cities_named_reads_the_table_once_per_key_and_returns_copies(monkeypatch):
    gaz = load_gazetteer()
    key = name_key("Springfield")
    gaz._named.pop(key, None)
    expected = sorted(gaz.cities.lookup(key), key=lambda c: -c.population)
    calls = []
    real = gaz.cities.lookup
    monkeypatch.setattr(gaz.cities, "lookup", lambda k: calls.append(k) or real(k))
    first = gaz.cities_named(key)
    first.clear()  # a caller emptying its list does not empty the next caller's
    assert gaz.cities_named(key) == expected and expected
    assert calls == [key]


def test_name_key_is_unchanged_by_its_cache():
    for text in ("  Ma’rib\n", "Saint-Étienne", "Al  Anbār", "São Tomé"):
        assert name_key(text) == name_key(str(text))
    assert name_key("Ma’rib") == "ma'rib" and name_key("Saint-Étienne") == "saint-etienne"


def test_the_byte_column_bisects_as_the_list_of_strings_does():
    """The city keys are kept as UTF-8 bytes and bisected byte-wise: the positions equal those of the sorted
    list of strings, accents and a string past every key included."""
    import bisect

    import numpy as np

    from counterclaim.codebooks.gazetteer import _Lines

    keys = sorted(["al anbar", "anbar", "aden", "ma'rib", "marib", "saint-etienne", "são tomé", "zawiya",
                   "zürich", "عدن", *(f"town {i:03d}" for i in range(100))])
    column = _Lines(np.frombuffer("\n".join(keys).encode(), dtype=np.uint8))
    assert len(column) == len(keys) and [column[i] for i in range(len(keys))] == keys and column[-1] == keys[-1]
    probes = [*keys, "", "a", "al", "town 05", "town 050x", "zz", "zürich ", "\uffff"]
    for probe in probes:
        assert column.bisect(probe.encode()) == bisect.bisect_left(keys, probe), probe
