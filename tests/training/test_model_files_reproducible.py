"""A rebuilt model file must equal the committed one byte for byte when its arrays are the same: numpy's own
`savez_compressed` stamps the wall clock on every zip entry, so `counterclaim train` could never be checked
by comparing files."""

from __future__ import annotations

import zipfile

import numpy as np

from counterclaim.nlp._hashed import HashedLogistic
from counterclaim.nlp._npz_model import write_npz


def test_the_same_arrays_written_twice_give_the_same_bytes(tmp_path, monkeypatch):
    arrays = {"weights": np.arange(12, dtype=np.float32), "bias": np.float64(-0.25), "names": np.array(["a", "b"])}
    write_npz(tmp_path / "first.npz", **arrays)
    # a later clock must not reach the file
    monkeypatch.setattr("time.time", lambda: 2_000_000_000.0)
    write_npz(tmp_path / "second.npz", **dict(reversed(list(arrays.items()))))
    assert (tmp_path / "first.npz").read_bytes() == (tmp_path / "second.npz").read_bytes()
    with np.load(tmp_path / "second.npz", allow_pickle=False) as z:
        assert sorted(z.files) == ["bias", "names", "weights"]
        np.testing.assert_array_equal(z["weights"], arrays["weights"])
        assert list(z["names"]) == ["a", "b"]
    with zipfile.ZipFile(tmp_path / "first.npz") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_path_without_the_suffix_gets_it_as_numpy_does(tmp_path):
    write_npz(tmp_path / "model", w=np.zeros(3))
    assert (tmp_path / "model.npz").is_file()


def test_a_saved_model_reloads_and_saves_to_the_same_bytes(tmp_path):
    model = HashedLogistic(weights=np.linspace(-1, 1, 64, dtype=np.float32), bias=0.5, threshold=0.3,
                           meta={"seed": 7})
    model.save(tmp_path / "a.npz")
    HashedLogistic.load(tmp_path / "a.npz").save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    again = HashedLogistic.load(tmp_path / "b.npz")
    assert again.threshold == 0.3 and again.meta == {"seed": 7}
