"""Attribution relations from the parse: source, cue, content on sentences written for these tests."""

from __future__ import annotations

import zlib
from dataclasses import replace

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.models import Span
from counterclaim.nlp.cue_extent import EXTENT_BITS, CueExtent
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quotes import (
    Attribution,
    CueLexicon,
    cue_variants,
    find_attributions,
    load_cues,
    speaker_colons,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    atts = find_attributions(nlp(text))
    for a in atts:
        for span in (a.source, a.cue, a.content):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return [(a.source.text if a.source else None, a.cue.text, a.content.text) for a in atts]


def test_said_that_clause(nlp: Language) -> None:
    triples = _triples(nlp, "The interior minister said that the bomb had been hidden in a parked car.")
    assert triples == [("The interior minister", "said", "that the bomb had been hidden in a parked car")]


def test_according_to(nlp: Language) -> None:
    [(source, cue, content)] = _triples(nlp, "According to local police, the gunmen fled towards the border.")
    assert (source, cue) == ("local police", "According to")
    assert "the gunmen fled towards the border" in content


def test_quote_before_speaker(nlp: Language) -> None:
    [(source, cue, content)] = _triples(nlp, "“We will not negotiate with kidnappers,” the governor said on Monday.")
    assert source == "the governor"
    assert cue.startswith("said")
    assert "We will not negotiate with kidnappers" in content


def test_speech_reported_inside_a_quote_is_not_a_second_attribution(nlp: Language) -> None:
    text = "The spokesman said the commander told him that the convoy was ambushed."
    triples = _triples(nlp, text)
    assert [t[1] for t in triples] == ["said"]


def test_plain_narration_has_no_attribution(nlp: Language) -> None:
    assert _triples(nlp, "Two trucks burned near the river after the explosion.") == []


def test_frames_restrict_cues_to_clauses(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a police post near the river.")
    assert find_attributions(doc, frames=frozenset({"acc", "comp"})) == []


def test_threshold_controls_which_lemmas_are_cues(nlp: Language) -> None:
    doc = nlp("The ministry announced that schools would reopen.")
    strict = CueLexicon(priors={"announce|comp": 0.4}, threshold=0.5)
    loose = CueLexicon(priors={"announce|comp": 0.4}, threshold=0.3)
    assert find_attributions(doc, strict) == []
    assert [a.cue.text for a in find_attributions(doc, loose)] == ["announced"]


def test_shipped_lexicon_is_learned_not_the_seed() -> None:
    lex = load_cues()
    assert lex.meta.get("source", "").startswith("PolNeAR")
    assert lex.prior("say", "comp") > lex.prior("eat", "comp")


def test_transcript_speakers_are_sources(nlp: Language) -> None:
    text = ("Partial transcript as follows:\n\"WALLACE: Let us start with the news from Ohio.\n"
            "\"PENCE: Well, look, the governor thinks this is a close race.\nPoll: Voters are split.")
    doc = nlp(text)
    assert [doc[i - 1].text for i in speaker_colons(doc)] == ["WALLACE", "PENCE"]
    speakers = [t[0] for t in _triples(nlp, text) if t[1] == ":"]
    assert speakers[:2] == ["WALLACE", "PENCE"]


def test_source_leaves_out_the_speakers_circumstances(nlp: Language) -> None:
    text = "The mayor, speaking outside the flooded town hall, said the bridge would reopen in May."
    [(source, cue, _)] = _triples(nlp, text)
    assert (source, cue) == ("The mayor", "said")
    [(source, _, _)] = _triples(nlp, "Even her oldest allies say the budget cannot pass this year.")
    assert source == "her oldest allies"


def test_source_keeps_a_relative_clause(nlp: Language) -> None:
    [(source, _, _)] = _triples(nlp, "The mayor, who grew up near the river, said the bridge would reopen in May.")
    assert source == "The mayor, who grew up near the river"


def test_cue_variants_are_the_other_readings_of_one_cue(nlp: Language) -> None:
    doc = nlp("The harbour master said on Tuesday that the ferry would resume service.")
    w = np.zeros(1 << EXTENT_BITS)
    for f, v in (("s|l=R|on", 5.0), ("s|l=R|tuesday", 3.0)):
        w[zlib.crc32(f.encode("utf-8")) & ((1 << EXTENT_BITS) - 1)] += v
    extent = CueExtent(w, bias=-2.0, threshold=0.5)  # "on" p 0.95, "Tuesday" p 0.73
    said = doc[3]
    att = Attribution(None, Span(start=said.idx, end=said.idx + 4, text="said"), Span(start=0, end=1, text="T"))
    readings = [a.cue.text for a in cue_variants(doc, said.i, att, extent, (0.5, 0.9, 1.01))]
    assert readings == ["said on Tuesday", "said on"]  # the head alone is `att` itself: not repeated
    assert cue_variants(doc, said.i, att, None, (0.5,)) == []


def test_source_keeps_a_percent_sign_but_not_a_trailing_comma(nlp: Language) -> None:
    [(source, cue, _)] = _triples(nlp, "About 61% said the new bridge toll was too high.")
    assert (source, cue) == ("About 61%", "said")
    # near miss: the comma after the speaker's phrase still stays out
    [(source, _, _)] = _triples(nlp, "The ferry operator, Harbour Lines, said the toll would stay.")
    assert source == "The ferry operator, Harbour Lines"
    text = "The new ferry film ― which follows three captains over a long winter ― argues that the toll is unfair."
    [(source, _, _)] = _triples(nlp, text)
    assert source == "The new ferry film ― which follows three captains over a long winter"


def test_source_leaves_out_a_relative_clause_that_is_speech_of_its_own(nlp: Language) -> None:
    text = "The harbour master, who told reporters the pier was unsafe, said on Friday that it would close."
    [(source, _, _)] = [t for t in _triples(nlp, text) if "said" in t[1]]
    assert source == "The harbour master"
    # near miss: a relative clause that describes the speaker stays in the source
    [(source, _, _)] = _triples(nlp, "The mayor, who grew up near the river, said the bridge would reopen in May.")
    assert source == "The mayor, who grew up near the river"


def test_source_starts_after_a_dateline_dash(nlp: Language) -> None:
    text = "DENVER (AP) — Democratic presidential hopeful Ada Morrow said the ferry toll would rise."
    sources = [t[0] for t in _triples(nlp, text) if "said" in t[1]]
    assert sources == ["Democratic presidential hopeful Ada Morrow"]
    [(source, _, _)] = _triples(nlp, "BANGOR - State Rep. Ada Morrow told reporters the ferry toll would rise.")
    assert source == "State Rep. Ada Morrow"
    # near miss: a dash inside running text is no dateline
    text = "The budget gap came up again. Ada Morrow - the ferry board's chair - said the toll would rise."
    sources = [t[0] for t in _triples(nlp, text) if "said" in t[1]]
    assert sources and sources[0].startswith("Ada Morrow")


def _source_of(nlp: Language, text: str, cue: str = "said") -> str | None:
    [source] = [t[0] for t in _triples(nlp, text) if t[1].strip(", ") == cue]
    return source


def test_a_bracket_or_a_capital_before_a_dash_is_no_dateline(nlp: Language) -> None:
    # a party tag in brackets or an acronym before an aside's dash is the speaker's own phrase, not a wire dateline
    text = "Sen. Ada Morrow (D-Maine) — the ferry bill's chief sponsor — said the toll would rise."
    assert _source_of(nlp, text) == "Sen. Ada Morrow (D-Maine) — the ferry bill's chief sponsor"
    text = "A spokesman for the IDF — Israel's military — said the strike hit a weapons depot."
    assert _source_of(nlp, text) == "A spokesman for the IDF — Israel's military"
    assert _source_of(nlp, "The UN - which runs the camp - said 40 people had died.") == "The UN - which runs the camp"
    text = "NATO — the alliance's top body — said the troops would stay."
    assert _source_of(nlp, text) == "NATO — the alliance's top body"
    # near miss: a real dateline still goes
    text = "WASHINGTON (Reuters) - U.S. Secretary of State Ada Morrow said the talks would resume."
    assert _source_of(nlp, text) == "U.S. Secretary of State Ada Morrow"


def test_the_speaker_after_a_dateline_is_the_source(nlp: Language) -> None:
    # the parse takes the dateline's city for the subject (of the verb, or with the speaker hung on it)
    text = "KABUL, Afghanistan (AP) — A Taliban spokesman said the group carried out the attack."
    assert _source_of(nlp, text) == "A Taliban spokesman"
    text = "LONDON — The Metropolitan Police said a man had been arrested."
    assert _source_of(nlp, text) == "The Metropolitan Police"
    text = "ISLAMABAD, Pakistan - A police official said the bomber was a teenager."
    assert _source_of(nlp, text) == "A police official"
    # near miss: a sentence with no dateline keeps the subject's whole phrase
    assert _source_of(nlp, "The Metropolitan Police said a man had been arrested.") == "The Metropolitan Police"


def test_a_relative_clause_that_reports_nothing_stays_in_the_source(nlp: Language) -> None:
    # the verb is often a cue ("reports", "called", "claimed", "accused", "fear"), but this clause reports no content
    for text, source in (
        ("The ferry operator, who reports to the transport minister, said the toll would stay.",
         "The ferry operator, who reports to the transport minister"),
        ("The neighbour, who called the police, said she heard two shots.", "The neighbour, who called the police"),
        ("The coach, who claimed the title last year, said the team was ready.",
         "The coach, who claimed the title last year"),
        ("The man, who was accused of the bombing, said he was innocent.", "The man, who was accused of the bombing"),
    ):
        assert _source_of(nlp, text) == source
    # near miss: a clause that reports something of its own leaves the source
    text = "The minister, who said last week that the army would withdraw, told reporters the troops would stay."
    assert _source_of(nlp, text, "told") == "The minister"


def test_source_ends_without_a_dash_or_an_open_mark_but_keeps_a_closed_bracket(nlp: Language) -> None:
    assert _source_of(nlp, "Reporters Without Borders (RSF) said two journalists were killed.") == \
        "Reporters Without Borders (RSF)"
    assert _source_of(nlp, "Gov. Ada Morrow (D-Maine) said the ferry toll would rise.") == "Gov. Ada Morrow (D-Maine)"
    text = "Critics of the plan — including the mayor’s own party ‚ said the toll was too high."
    assert _source_of(nlp, text) == "Critics of the plan — including the mayor’s own party"
    text = "The new ferry film ‒ which follows three captains over a long winter ‒ argues that the toll is unfair."
    assert _source_of(nlp, text, "argues") == "The new ferry film ‒ which follows three captains over a long winter"
    text = "Ada Morrow, the host of the radio show “Harbour Talk” said the toll was too high."
    assert _source_of(nlp, text) == "Ada Morrow, the host of the radio show “Harbour Talk”"
    # near miss: a closing mark whose opening one lies outside the source still goes
    text = "The ferry report (its authors, the harbour board, said) was unfair."
    assert [t[0] for t in _triples(nlp, text) if t[1] == "said"] in ([], [None], ["its authors, the harbour board"])


def test_the_relative_clause_cut_reads_the_lexicon_it_is_given(nlp: Language) -> None:
    text = "The harbour master, who told reporters the pier was unsafe, said on Friday that it would close."
    shipped = load_cues()
    doc = nlp(text)
    sources = [a.source.text for a in find_attributions(doc, lexicon=shipped) if a.cue.text.startswith("said")]
    assert sources == ["The harbour master"]
    # a lexicon in which "tell" heads no cue: the clause is no speech of its own, so it stays
    lex = replace(shipped, priors={k: v for k, v in shipped.priors.items() if not k.startswith("tell|")})
    sources = [a.source.text for a in find_attributions(doc, lexicon=lex) if a.cue.text.startswith("said")]
    assert sources == ["The harbour master, who told reporters the pier was unsafe"]
