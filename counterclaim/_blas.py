"""One BLAS thread around extraction's matrix products.

They are small (a few hundred token vectors against a model's weights), where OpenBLAS's extra threads
mostly spin; on a busy 2-core machine they made a 139x96 by 96x256 product take 50 ms instead of 0.5 ms.
The batch CLI already limits its processes (`cli._batch`); this covers the library call and the scorers.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which BLAS runs single-threaded (restored on exit)."""
    return _controller().limit(limits=1, user_api="blas")
