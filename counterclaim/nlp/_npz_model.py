"""What every shipped model file shares: an `.npz` read without pickle, a clear error naming the command
that rebuilds it, and "not built yet" as None so callers can fall back."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Self

import numpy as np

from ..errors import ConfigError

_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The zip entries' timestamp: numpy's `savez_compressed` stamps the wall clock on each entry, so two
builds of the same arrays would differ in bytes; a fixed stamp makes `counterclaim train` reproducible to
the byte."""


def write_npz(path: str | Path, **arrays: object) -> None:
    """`np.savez_compressed` with fixed entry timestamps and name order: the same arrays give the same bytes
    (`np.load` reads it as any `.npz`)."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_name(path.name + ".npz")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(arrays[name]), allow_pickle=False)
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, buffer.getvalue())


class NpzModel:
    KIND: ClassVar[str] = "model"
    """What the model is, for error messages ("cue tagger is malformed ...")."""
    REBUILD: ClassVar[str] = "counterclaim train all"

    @classmethod
    def load(cls, path: str | Path) -> Self:
        raise NotImplementedError

    @classmethod
    def load_if_built(cls, path: str | Path) -> Self | None:
        """The model at `path`, or None when it has not been built (callers then fall back)."""
        path = Path(path)
        return cls.load(path) if path.is_file() else None

    @classmethod
    def read_npz(cls, path: str | Path, build: Callable[[np.lib.npyio.NpzFile], Self]) -> Self:
        """`build` from the arrays at `path` (never unpickled); any missing or malformed array becomes a
        ConfigError that says how to rebuild the file."""
        try:
            with np.load(path, allow_pickle=False) as z:
                return build(z)
        except (KeyError, ValueError, OSError) as exc:
            raise ConfigError(f"{path}: {cls.KIND} is malformed ({exc}); rebuild it with `{cls.REBUILD}`") from exc
