"""Fixtures for every test folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def private_table_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point the on-disk table cache at a folder of this session: tests neither read the user's
    ~/.cache/counterclaim (an entry written by other code could hide a bug) nor write into it. Child
    processes the tests start inherit the variable."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COUNTERCLAIM_CACHE_DIR", str(tmp_path_factory.mktemp("table-cache")))
        yield
