"""The vendored stop-word list must stay the one story clustering was tuned with."""

import pytest

from counterclaim.incidents._stop_words import ENGLISH_STOP_WORDS


def test_same_words_as_scikit_learn():
    text = pytest.importorskip("sklearn.feature_extraction.text")
    assert ENGLISH_STOP_WORDS == text.ENGLISH_STOP_WORDS


def test_function_words_are_stop_words_and_content_words_are_not():
    assert {"the", "which", "whereas"} <= ENGLISH_STOP_WORDS
    assert not {"bomb", "attack", "killed"} & ENGLISH_STOP_WORDS
