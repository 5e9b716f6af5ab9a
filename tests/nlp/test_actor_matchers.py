"""The actors' phrase matchers tokenize their patterns with the loaded pipeline's own tokenizer (building a
second English tokenizer per process cost 0.2 s), and a doc from any other pipeline still gets one of its own."""

from __future__ import annotations

import pytest
import spacy
import spacy.lang.en

from counterclaim.nlp import actors
from counterclaim.nlp.pipeline import load_pipeline, loaded_pipeline, parse

TEXT = "Suicide bombers struck a police station in Mogadishu, and al-Shabaab later claimed the attack."


def test_matchers_reuse_the_loaded_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = parse(TEXT)
    assert loaded_pipeline(doc.vocab) is load_pipeline()

    def no_second_tokenizer(*args, **kwargs):
        raise AssertionError("a second English tokenizer was built")

    monkeypatch.setattr(spacy.lang.en, "English", no_second_tokenizer)
    monkeypatch.setattr(actors, "_MATCHERS", {})
    found = {m.ref.actor for m in actors.find_actors(doc)}
    assert "Al-Shabaab" in found


def test_a_doc_of_another_pipeline_gets_its_own_tokenizer() -> None:
    blank = spacy.blank("en")
    assert loaded_pipeline(blank.vocab) is None
    pattern = actors._tokenizer(blank.make_doc(""))(["Islamic State"])[0]
    assert pattern.vocab is blank.vocab and [t.text for t in pattern] == ["Islamic", "State"]
