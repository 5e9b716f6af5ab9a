"""A bad COUNTERCLAIM_* variable is one ConfigError naming the variable (the CLI prints it as one line), not
pydantic's multi-line report, and a zero batch size or character limit is refused rather than crashing later."""

from __future__ import annotations

import pytest

from counterclaim.errors import ConfigError
from counterclaim.settings import Settings


def test_a_batch_size_that_is_not_a_number_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERCLAIM_BATCH_SIZE", "lots")
    with pytest.raises(ConfigError, match=r"COUNTERCLAIM_BATCH_SIZE='lots': .*integer"):
        Settings()


@pytest.mark.parametrize("variable", ["COUNTERCLAIM_BATCH_SIZE", "COUNTERCLAIM_MAX_CHARS"])
def test_zero_or_negative_sizes_are_refused(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, "0")
    with pytest.raises(ConfigError, match=rf"{variable}='0': .*greater than or equal to 1"):
        Settings()


def test_a_bad_keyword_names_the_keyword_not_a_variable() -> None:
    with pytest.raises(ConfigError, match=r"batch_size=-2"):
        Settings(batch_size=-2)


def test_good_values_still_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERCLAIM_BATCH_SIZE", "8")
    assert Settings().batch_size == 8
