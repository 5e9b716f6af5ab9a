"""The BLAS thread limit around extraction is applied and then restored."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_info

from counterclaim._blas import one_blas_thread


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_one_blas_thread_inside_and_restored_after() -> None:
    np.ones((4, 4)) @ np.ones((4, 4))  # BLAS loaded
    before = _blas_threads()
    with one_blas_thread():
        assert all(n == 1 for n in _blas_threads())
    assert _blas_threads() == before
