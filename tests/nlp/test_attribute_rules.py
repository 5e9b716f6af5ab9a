"""The attribute ruler's table look-up finds exactly the matches spaCy's Matcher finds."""

from __future__ import annotations

from spacy.pipeline import AttributeRuler

from counterclaim.nlp._attribute_rules import RuleIndex, install
from counterclaim.nlp.pipeline import load_pipeline

SENTENCES = [
    "Gunmen stormed a police post in the north on Tuesday, killing four officers, a spokesman said.",
    "There is no sign that the group was behind it, and they're gon na look into it, y' all said.",
    "Let 's be clear: it wasn't us, the rebels said, and we ain't done nothin' wrong.",
    "I told him that he'd been warned; she could have left before the bomb went off.",
    "Everyone who had seen something said nothing, because somebody had threatened them.\n\nMORE TO FOLLOW",
    "THE ARMY SAID TODAY THAT GUERRILLAS HAD ATTACKED THE FARM, WHERE THE PRESIDENT IS STAYING.",
]


def _parsed(nlp, texts):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


def test_the_index_returns_the_matchers_matches():
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    for doc in _parsed(nlp, SENTENCES + [s.lower() for s in SENTENCES]):
        expected = AttributeRuler.match(ruler, doc)  # the class's own method: spaCy's Matcher
        assert index(doc) == expected
        assert index(doc) == expected  # and again from the warm table


def test_the_pipeline_ruler_uses_the_index():
    assert isinstance(load_pipeline().get_pipe("attribute_ruler").match, RuleIndex)


def test_patterns_beyond_plain_conditions_keep_the_matcher():
    nlp = load_pipeline()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "bomb", "OP": "+"}]], {"POS": "NOUN"})

    class Pipeline:
        pipe_names = ["attribute_ruler"]

        def get_pipe(self, name):
            return ruler

    assert not install(Pipeline())
    assert "match" not in vars(ruler)


def test_the_token_writer_sets_what_spacys_method_sets():
    from spacy.attrs import LEMMA, MORPH, POS, TAG

    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert "set_annotations" in vars(ruler)  # the pipeline's ruler writes through `_token_writer`
    texts = SENTENCES + [s.lower() for s in SENTENCES]
    for ours, theirs in zip(_parsed(nlp, texts), _parsed(nlp, texts), strict=True):
        matches = ruler.match(ours)
        assert matches
        ruler.set_annotations(ours, matches)
        AttributeRuler.set_annotations(ruler, theirs, matches)
        assert (ours.to_array([TAG, POS, MORPH, LEMMA]) == theirs.to_array([TAG, POS, MORPH, LEMMA])).all()
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]


def test_a_rule_index_outside_its_match_is_reported_as_spacy_reports_it():
    import pytest

    from counterclaim.nlp._attribute_rules import _token_writer

    nlp = load_pipeline()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "car"}, {"LOWER": "bomb"}]], {"POS": "NOUN"}, index=5)
    (doc,) = _parsed(nlp, ["A car bomb went off near the market."])
    with pytest.raises(ValueError, match="E1001|index"):
        _token_writer(ruler)(doc, AttributeRuler.match(ruler, doc))
